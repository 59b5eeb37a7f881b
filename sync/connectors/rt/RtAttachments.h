#pragma once
// Files attached to ticket history in Request Tracker, downloaded when a person opens one.
#include "RtClient.h"
#include "sync/engine/AttachmentSource.h"

#include <memory>

class QNetworkAccessManager;

namespace sb::rt {

class RtAttachments : public AttachmentSource {
public:
    RtAttachments(QNetworkAccessManager *nam, Settings settings);
    // Asks RT for the file's size first (a search that reads no content): one above maxBytes
    // is refused without downloading it. Then GET attachment/:id, whose content is base64.
    AttachmentFetch *fetch(const QString &attachmentId, qint64 maxBytes) override;
    // RT's own page of the ticket (Ticket/Display.html?id=N).
    QUrl webUrl(const QString &ticketNumber) const override;

private:
    QNetworkAccessManager *m_nam;
    std::shared_ptr<const Settings> m_settings;
};

} // namespace sb::rt
