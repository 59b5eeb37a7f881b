#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace sb {

class AppContext;
class ListPanel;
class SqlWindowModel;
class TicketDialog;

// Service tickets: the desk's queue with saved views, the selected ticket's facts and
// history, and the two things done most: comment and move the status on.
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

    qint64 ticketId() const { return m_ticketId; }
    ListPanel *list() const { return m_list; }
    QTableView *historyTable() const { return m_history; }
    QPlainTextEdit *commentBox() const { return m_comment; }
    QPushButton *commentButton() const { return m_addComment; }
    QComboBox *statusBox() const { return m_status; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    TicketDialog *openDialog() const; // the ticket dialog being filled, if any

private:
    TicketDialog *startDialog();
    void showTicket(qint64 ticketId);
    void addComment();
    void changeStatus(int index);
    void setHistory(qint64 ticketId);

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
    QComboBox *m_status;
    QLabel *m_description;
    QTableView *m_history;
    SqlWindowModel *m_historyModel = nullptr;
    QPlainTextEdit *m_comment;
    QPushButton *m_addComment;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPointer<TicketDialog> m_dialog;
};

} // namespace sb
