#pragma once

#include "ui/common/AppContext.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QIcon;

namespace sb {

class Database;

// What the tray tells about approvals while SalesBridge runs. check() reads the snapshot of
// the requests (ApprovalInbox::notices) and compares it with the previous one: a request newly
// waiting for this person, and one of their own requests newly approved, rejected or revoked,
// each become notify(title, text). The first check only takes the snapshot: what was there at
// start is not news. No tray here: the main window shows the messages, tests spy on notify.
class ApprovalNotifier : public QObject {
    Q_OBJECT
public:
    ApprovalNotifier(Database &db, Session session, QObject *parent = nullptr);

    int waitingCount() const { return int(m_waiting.size()); }
    // The app icon with the number of waiting requests on it (the icon itself for 0).
    static QIcon badged(const QIcon &icon, int count);

public slots:
    void check();

signals:
    void notify(const QString &title, const QString &text);

private:
    Database &m_db;
    Session m_session;
    bool m_primed = false;
    QHash<qint64, QString> m_mine; // my own requests: id -> state
    QSet<qint64> m_waiting;        // requests waiting for me
};

} // namespace sb
