#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

class QTimer;

namespace sb {

// Online / offline as the status bar shows it. Uses QNetworkInformation when the platform has
// a backend; otherwise (and to know whether *our servers* answer) probes the configured
// back ends with a TCP connect every interval.
class ConnectivityMonitor : public QObject {
    Q_OBJECT
public:
    enum class State { NoServer, Checking, Online, Offline };
    Q_ENUM(State)

    explicit ConnectivityMonitor(QObject *parent = nullptr);

    void setServers(const QList<QUrl> &servers);
    void setInterval(int msec);
    State state() const { return m_state; }
    void checkNow();

signals:
    void stateChanged(sb::ConnectivityMonitor::State state);
    // The servers answer again after a check found them all unreachable (Offline -> Online,
    // whatever "Checking" came between). Not emitted for the first Online after start-up.
    void backOnline();

private:
    void setState(State s);

    QList<QUrl> m_servers;
    QTimer *m_timer;
    State m_state = State::NoServer;
    State m_lastSettled = State::NoServer; // the last state other than Checking
    int m_outstanding = 0;
    bool m_anyUp = false;
};

} // namespace sb
