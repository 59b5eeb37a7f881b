#include "DroppingProxy.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>
#include <utility>

namespace sb::testing {

namespace {
// Index past the headers and the Content-Length, or -1 while incomplete.
qsizetype messageEnd(const QByteArray &data)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    qsizetype length = 0;
    for (const QByteArray &line : data.left(headerEnd).split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
    }
    const qsizetype end = headerEnd + 4 + length;
    return data.size() >= end ? end : -1;
}
} // namespace

DroppingProxy::DroppingProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstream(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &DroppingProxy::onConnection);
}

bool DroppingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void DroppingProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *request = new QByteArray;
        connect(client, &QObject::destroyed, [request] { delete request; });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, request] {
            request->append(client->readAll());
            const qsizetype end = messageEnd(*request);
            if (end < 0)
                return;
            const QByteArray message = request->left(end);
            request->remove(0, end);
            const QByteArray body = message.mid(message.indexOf("\r\n\r\n") + 4);
            const bool drop = dropReply && dropReply(body);
            // One upstream connection per request (trytond's server closes after each).
            auto *up = new QTcpSocket(this);
            auto *answer = new QByteArray;
            QPointer<QTcpSocket> c(client);
            connect(up, &QObject::destroyed, [answer] { delete answer; });
            auto begun = std::make_shared<bool>(false);
            connect(up, &QTcpSocket::connected, up, [this, up, message] {
                up->write(message);
                mostWorking = qMax(mostWorking, ++working);
            });
            connect(up, &QTcpSocket::readyRead, up, [this, up, answer, begun] {
                if (!std::exchange(*begun, true))
                    --working;
                answer->append(up->readAll());
            });
            connect(up, &QTcpSocket::disconnected, this, [this, up, answer, c, drop, begun] {
                answer->append(up->readAll());
                if (!std::exchange(*begun, true))
                    --working;
                up->deleteLater();
                if (!c)
                    return;
                if (drop) {
                    ++dropped;
                    c->abort(); // committed upstream; the client never hears of it
                    return;
                }
                ++forwarded;
                c->write(*answer);
                c->disconnectFromHost();
            });
            up->connectToHost(QHostAddress::LocalHost, m_upstream);
        });
    }
}

} // namespace sb::testing
