#pragma once

#include <QObject>
#include <QString>

namespace sb {

class AttachmentSource;
class Database;

// Who is working: the role decides the default view and which actions exist.
struct Session {
    QString user = QStringLiteral("wang.fang");
    QString role = QStringLiteral("rep"); // rep, office, manager
    bool isManager() const { return role == QLatin1String("manager"); }
    bool isOffice() const { return role == QLatin1String("office"); }
};

// What every view is built with: the UI thread's cache connection, the session, and the
// channel views use to report errors, announce changes and ask to open a record elsewhere.
class AppContext : public QObject {
    Q_OBJECT
public:
    AppContext(Database &db, Session session, QObject *parent = nullptr)
        : QObject(parent), m_db(db), m_session(std::move(session)) {}

    Database &db() const { return m_db; }
    const Session &session() const { return m_session; }
    // Where files attached to ticket history are downloaded from; null when no after-sales
    // server is set up (the files are then listed, not opened). Owned by the window.
    AttachmentSource *attachmentSource() const { return m_attachments; }
    void setAttachmentSource(AttachmentSource *source) { m_attachments = source; }

    void reportError(const QString &message) { emit errorReported(message); }
    void reportInfo(const QString &message) { emit infoReported(message); }
    // A view wrote records of this entity ("customer", "quote"...): others refresh.
    void notifyChanged(const QString &entity) { emit recordsChanged(entity); }
    // Ask the main window to show a record: entity "customer", "order", "quote", "ticket"...
    void requestOpen(const QString &entity, qint64 id) { emit openRequested(entity, id); }

signals:
    void errorReported(const QString &message);
    void infoReported(const QString &message);
    void recordsChanged(const QString &entity);
    void openRequested(const QString &entity, qint64 id);

private:
    Database &m_db;
    Session m_session;
    AttachmentSource *m_attachments = nullptr;
};

} // namespace sb
