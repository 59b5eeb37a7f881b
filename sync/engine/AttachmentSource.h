#pragma once
// Files attached to a ticket's history are listed in the cache (name, type, size) and fetched
// from the after-sales server only when a person opens one. The UI asks an AttachmentSource;
// the workspace makes one for the connector that keeps tickets (Request Tracker).
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

namespace sb {

// One download: progress, then exactly one finished(). The caller deletes it (deleteLater)
// after finished; abort() ends it early with an error.
class AttachmentFetch : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void abort() = 0;

signals:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    // error is empty on success; a message for a person otherwise (never a secret).
    void finished(const QByteArray &content, const QString &error);
};

class AttachmentSource {
public:
    virtual ~AttachmentSource() = default;
    // The bytes of the attachment the cache lists under attachmentId ("id" in the history
    // entry's attachments). One larger than maxBytes is refused before it is read, with a
    // message that says its size and the limit.
    virtual AttachmentFetch *fetch(const QString &attachmentId, qint64 maxBytes) = 0;
    // The ticket in the server's own web pages, for a file above the limit; invalid if none.
    virtual QUrl webUrl(const QString &ticketNumber) const = 0;
};

} // namespace sb
