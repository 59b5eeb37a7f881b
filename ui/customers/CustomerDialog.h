#pragma once

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QPushButton;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sb {

class AppContext;

// New / edit customer. Saves through CustomerStore (row + outbox entry in one transaction);
// a refused save keeps the dialog open with the reason, so nothing typed is lost.
class CustomerDialog : public QDialog {
    Q_OBJECT
public:
    // customerId 0: a new customer (with an optional primary contact).
    CustomerDialog(AppContext &ctx, qint64 customerId, QWidget *parent = nullptr);

    qint64 customerId() const { return m_id; }
    QLabel *errorLabel() const { return m_error; }
    QFrame *duplicateWarning() const { return m_duplicate; } // shown when the name is taken
    QLabel *duplicateText() const { return m_duplicateText; }
    QPushButton *createAnywayButton() const { return m_createAnyway; }
    void accept() override;

signals:
    void saved(qint64 customerId);

private:
    static void selectValue(QComboBox *box, const QString &value);
    static QString valueOf(const QComboBox *box);
    void load();
    void buildDuplicateWarning(QVBoxLayout *layout);
    // Why the typed values cannot be saved, and the field at fault; empty when fine.
    QString problem(QWidget **field) const;
    void showError(const QString &message, QWidget *field);
    // Shows the warning and returns true when another customer has this name and the person
    // has not yet chosen "Create anyway".
    bool warnIfDuplicate();
    QVariantMap fields() const;

    AppContext &m_ctx;
    qint64 m_id;
    QLineEdit *m_name, *m_shortName, *m_code, *m_tags;
    // Chosen from the shared lists (CategoryStore): the ERP's categories where one is set up.
    QComboBox *m_industry, *m_region, *m_owner;
    QComboBox *m_grade, *m_status, *m_currency;
    QDoubleSpinBox *m_credit;
    QPlainTextEdit *m_notes;
    QLineEdit *m_contactName = nullptr, *m_contactTitle = nullptr, *m_contactPhone = nullptr, *m_contactEmail = nullptr;
    QLabel *m_error;
    QFrame *m_duplicate = nullptr;
    QLabel *m_duplicateText = nullptr;
    QPushButton *m_createAnyway = nullptr;
    qint64 m_duplicateId = 0;
    bool m_duplicateAccepted = false;
    QString m_loadedNameKey; // the edited customer's name as it was, for the duplicate check
};

} // namespace sb
