#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sb {

class AppContext;

// Adds a contact to a customer (contactId 0) or edits one: name, title, phone, mobile, e-mail,
// primary, notes. What the store refuses is said under the form, at the field.
class ContactDialog : public QDialog {
    Q_OBJECT
public:
    ContactDialog(AppContext &ctx, qint64 customerId, qint64 contactId, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLabel *errorLabel() const { return m_error; }
    qint64 contactId() const { return m_contactId; }
    void accept() override;

private:
    void load();

    AppContext &m_ctx;
    qint64 m_customerId;
    qint64 m_contactId;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QLineEdit *m_phone;
    QLineEdit *m_mobile;
    QLineEdit *m_email;
    QCheckBox *m_primary;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
};

} // namespace sb
