#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <functional>

namespace sb::testing {

// A loopback HTTP proxy in front of a real server: forwards each request, waits for the whole
// answer, and either passes it back or drops it (closes the client's connection without a
// byte) when dropReply says so. That is "the server committed, the reply was lost".
class DroppingProxy : public QObject {
    Q_OBJECT
public:
    explicit DroppingProxy(quint16 upstreamPort, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    // Called with each request body; true drops that request's reply.
    std::function<bool(const QByteArray &body)> dropReply;
    int forwarded = 0;
    int dropped = 0;
    // Requests upstream has been given and not yet begun to answer (its work in progress), and
    // the most there were at once.
    int working = 0;
    int mostWorking = 0;

private:
    void onConnection();

    QTcpServer m_server;
    quint16 m_upstream;
};

} // namespace sb::testing
