#pragma once

#include "models/store/SearchStore.h"

#include <QDialog>
#include <QLineEdit>

class QComboBox;
class QCheckBox;
class QCompleter;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTimer;

namespace sb {

class AppContext;
class Database;

// A line edit that finds a customer or a product as you type (the same full-text search as
// the lists) and remembers which record was picked from its drop-down.
class RecordPicker : public QLineEdit {
    Q_OBJECT
public:
    RecordPicker(Database &db, SearchKind kind, QWidget *parent = nullptr);

    void setRecord(qint64 id, const QString &text);
    qint64 recordId() const { return m_id; }
    QCompleter *matches() const { return m_completer; }
    void lookUpNow(); // skips the typing delay

signals:
    void recordChanged(qint64 id);

private:
    void lookUp();
    void choose(qint64 id, const QString &text);

    Database &m_db;
    SearchKind m_kind;
    qint64 m_id = 0;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QTimer *m_debounce;
};

// Files a service ticket (a complaint, a repair request). Non-modal: shown with open(), it
// emits created() and closes once the ticket is in the cache and queued for the service desk.
// After loadTicket() it edits that ticket instead and emits saved().
class TicketDialog : public QDialog {
    Q_OBJECT
public:
    explicit TicketDialog(AppContext &ctx, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId);
    // Turns the dialog into the ticket's editor: its fields loaded, Save writes the changes
    // (the customer stays: a ticket is about one customer). False when it cannot be read.
    bool loadTicket(qint64 ticketId);
    qint64 ticketId() const { return m_ticketId; }

    RecordPicker *customerPicker() const { return m_customer; }
    RecordPicker *productPicker() const { return m_product; }
    QLineEdit *serialEdit() const { return m_serial; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *priorityBox() const { return m_priority; }
    QDateTimeEdit *dueEdit() const { return m_due; }
    QCheckBox *noDueBox() const { return m_noDue; }
    QComboBox *requestorBox() const { return m_requestor; } // data: contact id, 0 for none
    QPushButton *okButton() const;
    QString errorText() const;

    void accept() override;

signals:
    void created(qint64 ticketId);
    void saved(qint64 ticketId);

private:
    void updateOk();
    // The customer's contacts as requestors, "None" first; keeps contactId chosen when it is one.
    void loadRequestors(qint64 contactId);

    AppContext &m_ctx;
    qint64 m_ticketId = 0; // 0: a new ticket
    RecordPicker *m_customer;
    RecordPicker *m_product;
    QLineEdit *m_serial;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    QComboBox *m_priority;
    QDateTimeEdit *m_due;
    QCheckBox *m_noDue;
    QComboBox *m_requestor;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sb
