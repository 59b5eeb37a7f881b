#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace sb {

class AppContext;
class AttachmentOpener;
class ListPanel;
class ReplyBox;
class TicketDialog;
class TicketTimeline;

// Service tickets: the desk's queue with saved views, the selected ticket's facts and
// history with its files, and the things done most: reply or comment (with files), move the
// status on, escalate to an ERP complaint.
class ServiceView : public QWidget {
    Q_OBJECT
public:
    explicit ServiceView(AppContext &ctx, QWidget *parent = nullptr);

    void refresh();
    void openRecord(qint64 ticketId);
    void newRecord();                        // Ctrl+N
    void newTicketFor(qint64 customerId);    // "file a complaint" from the customer file
    void editTicket(qint64 ticketId);        // modal; Enter on the list, or Edit…
    void deleteTicket(qint64 ticketId);      // asks first; Delete on the list, or Delete…
    void escalateTicket(qint64 ticketId);    // asks for the reason; Ctrl+Shift+C, or Escalate…

    qint64 ticketId() const { return m_ticketId; }
    ListPanel *list() const { return m_list; }
    TicketTimeline *history() const { return m_history; }
    ReplyBox *replyBox() const { return m_reply; }
    QPlainTextEdit *commentBox() const;
    QPushButton *commentButton() const;
    AttachmentOpener *attachmentOpener() const { return m_opener; }
    QPushButton *escalateButton() const { return m_escalate; }
    QLabel *complaintLabel() const { return m_complaint; }
    QLabel *dueLabel() const { return m_due; }
    QLabel *requestorLabel() const { return m_requestor; }
    QComboBox *statusBox() const { return m_status; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    TicketDialog *openDialog() const; // the ticket dialog being filled, if any

private:
    TicketDialog *startDialog();
    void showTicket(qint64 ticketId);
    void changeStatus(int index);
    void setHistory(qint64 ticketId);
    void showEscalation(const QVariantMap &ticket);
    void showFilesNote();

    AppContext &m_ctx;
    qint64 m_ticketId = 0;
    qint64 m_customerId = 0;
    QString m_storedStatus;
    ListPanel *m_list;
    QSplitter *m_splitter;
    QWidget *m_body;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_number;
    QLabel *m_customer;
    QLabel *m_product;
    QLabel *m_serial;
    QLabel *m_priority;
    QLabel *m_owner;
    QLabel *m_due;
    QLabel *m_requestor;
    QLabel *m_complaint;
    QComboBox *m_status;
    QLabel *m_description;
    TicketTimeline *m_history;
    QLabel *m_filesNote;
    ReplyBox *m_reply;
    AttachmentOpener *m_opener;
    QString m_ticketNumber; // the server's, for its web page
    QPushButton *m_escalate;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPointer<TicketDialog> m_dialog;
};

} // namespace sb
