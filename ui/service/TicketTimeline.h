#pragma once

#include "models/store/ServiceStore.h"

#include <QTreeWidget>

namespace sb {

// A ticket's history, newest first: each entry's time, author, kind (reply to the customer,
// internal comment, status, created) and text, and under it the files attached to it (name
// and size). Enter or a double click on a file asks to open it.
class TicketTimeline : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { When, Who, Kind, Text };
    enum Roles { EntryIndexRole = Qt::UserRole + 1, AttachmentIndexRole };

    explicit TicketTimeline(QWidget *parent = nullptr);

    void setEntries(const QList<TicketEntry> &entries);
    const QList<TicketEntry> &entries() const { return m_entries; }
    // The words for a history entry's kind, and what a status entry shows: the label of a
    // status code sent by the server, otherwise its text as written.
    static QString kindLabel(const QString &kind);
    static QString entryText(const TicketEntry &entry);
    // The item of the entry's n-th file (for tests and keyboard focus); null when none.
    QTreeWidgetItem *attachmentItem(int entryIndex, int attachmentIndex) const;

signals:
    void attachmentActivated(const TicketAttachment &attachment);

private:
    QList<TicketEntry> m_entries;
};

} // namespace sb
