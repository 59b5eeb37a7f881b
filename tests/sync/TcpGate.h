#pragma once

// A test's "network": a TCP forwarder on a fixed loopback port in front of a server. Closed, the
// port refuses connections (what a laptop off the network sees); open, every connection is piped
// to the server. The port is reserved at construction and stays the same across close and open,
// so URLs pointing at the gate stay valid.
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace sb::test {

class TcpGate {
public:
    explicit TcpGate(QUrl target)
        : m_target(std::move(target))
    {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, 0))
            m_port = probe.serverPort();
        probe.close(); // the port is free again, and refuses connections until open()
    }
    ~TcpGate() { close(); }

    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    bool isOpen() const { return m_server && m_server->isListening(); }

    bool open()
    {
        if (isOpen())
            return true;
        m_server = new QTcpServer;
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { accept(); });
        return m_server->listen(QHostAddress::LocalHost, m_port);
    }

    // Stops accepting and cuts the connections in progress, like a cable pulled.
    void close()
    {
        if (!m_server)
            return;
        for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets))
            if (s)
                s->abort();
        m_sockets.clear();
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }

    int connectionsForwarded() const { return m_forwarded; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            ++m_forwarded;
            auto *upstream = new QTcpSocket(client);
            m_sockets << client << upstream;
            auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
                QObject::connect(from, &QTcpSocket::readyRead, to, [from, to] {
                    if (to->state() == QAbstractSocket::ConnectedState)
                        to->write(from->readAll());
                });
            };
            pipe(client, upstream);
            pipe(upstream, client);
            QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
                if (client->bytesAvailable())
                    upstream->write(client->readAll()); // what arrived before the upstream was ready
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
                if (upstream->bytesAvailable())
                    client->write(upstream->readAll());
                client->disconnectFromHost();
            });
            QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
            QObject::connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
            upstream->connectToHost(QHostAddress(m_target.host()), quint16(m_target.port()));
        }
    }

    QUrl m_target;
    quint16 m_port = 0;
    QTcpServer *m_server = nullptr;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_forwarded = 0;
};

} // namespace sb::test
