#include "ConnectivityMonitor.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcNetwork, "salesbridge.network", QtInfoMsg)

namespace sb {

ConnectivityMonitor::ConnectivityMonitor(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, &ConnectivityMonitor::checkNow);
    // Where the platform reports reachability changes, re-probe at once instead of waiting.
    if (QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                &ConnectivityMonitor::checkNow);
    } else {
        qCDebug(lcNetwork) << "no QNetworkInformation backend; probing servers";
    }
}

void ConnectivityMonitor::setServers(const QList<QUrl> &servers)
{
    m_servers = servers;
    if (m_servers.isEmpty()) {
        m_timer->stop();
        setState(State::NoServer);
        return;
    }
    m_timer->start();
    checkNow();
}

void ConnectivityMonitor::setInterval(int msec)
{
    m_timer->setInterval(msec);
}

void ConnectivityMonitor::checkNow()
{
    if (m_servers.isEmpty() || m_outstanding > 0)
        return;
    if (m_state == State::NoServer)
        setState(State::Checking);
    m_anyUp = false;
    m_outstanding = int(m_servers.size());
    for (const QUrl &url : m_servers) {
        auto *socket = new QTcpSocket(this);
        auto finish = [this, socket](bool up) {
            if (socket->property("done").toBool())
                return;
            socket->setProperty("done", true);
            socket->abort();
            socket->deleteLater();
            m_anyUp = m_anyUp || up;
            if (--m_outstanding == 0)
                setState(m_anyUp ? State::Online : State::Offline);
        };
        connect(socket, &QTcpSocket::connected, this, [finish] { finish(true); });
        connect(socket, &QTcpSocket::errorOccurred, this, [finish] { finish(false); });
        QTimer::singleShot(5000, socket, [finish] { finish(false); });
        const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
        socket->connectToHost(url.host(), quint16(port));
    }
}

void ConnectivityMonitor::setState(State s)
{
    if (s == m_state)
        return;
    const bool back = s == State::Online && m_lastSettled == State::Offline;
    m_state = s;
    if (s != State::Checking)
        m_lastSettled = s;
    emit stateChanged(s);
    if (back)
        emit backOnline();
}

} // namespace sb
