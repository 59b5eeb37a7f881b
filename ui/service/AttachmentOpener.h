#pragma once

#include "models/store/ServiceStore.h"
#include "sync/engine/AttachmentSource.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QUrl>
#include <functional>

namespace sb {

class AppContext;

// Opens a file attached to a ticket's history: one written here and not sent yet from the
// bytes the reply carries, one the server has through the workspace's AttachmentSource (a
// download a person can cancel, up to the limit set in "service/attachmentLimitMb"). The file
// is saved under the cache location's "attachments" folder and handed to the desktop.
class AttachmentOpener : public QObject {
    Q_OBJECT
public:
    AttachmentOpener(AppContext &ctx, QWidget *parent);

    // ticketNumber: for the server's page of the ticket when a file is above the limit.
    void open(const TicketAttachment &attachment, const QString &ticketNumber);

    // The largest file opened here, in bytes (QSettings "service/attachmentLimitMb", default 20).
    static qint64 limitBytes();
    static int limitMb();
    // Where a file is saved: <cache>/attachments/<id>-<name without path or odd characters>.
    static QString savePath(const QString &id, const QString &name);
    // How a size reads for a person: "12 KB", "3.4 MB".
    static QString sizeText(qint64 bytes);

    // Tests replace what hands a file to the desktop (default QDesktopServices::openUrl).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    QProgressDialog *progressDialog() const { return m_progress; }
    bool busy() const { return m_fetch != nullptr; }

signals:
    void opened(const QString &path); // saved and handed to the desktop
    void failed(const QString &message);

private:
    void saveAndOpen(const QString &id, const QString &name, const QByteArray &content);
    void fail(const QString &message);
    void offerServerPage(const TicketAttachment &attachment, const QString &ticketNumber, qint64 limit);

    AppContext &m_ctx;
    QWidget *m_parent;
    QPointer<AttachmentFetch> m_fetch;
    QPointer<QProgressDialog> m_progress;
    bool m_cancelled = false;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace sb
