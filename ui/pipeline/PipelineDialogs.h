#pragma once

#include <QDialog>
#include <QList>
#include <QVariantMap>
#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sb {

class CustomerPicker;
class Database;

// Asks why deals were lost. OK stays disabled until there is a reason: a lost deal without
// one teaches nothing. Non-modal: shown with open(), the answer arrives as a signal.
class LostReasonDialog : public QDialog {
    Q_OBJECT
public:
    LostReasonDialog(const QList<qint64> &ids, const QString &fromStage, const QString &dealName,
                     QWidget *parent = nullptr);

    const QList<qint64> &ids() const { return m_ids; }
    const QString &fromStage() const { return m_from; }
    QComboBox *reasonBox() const { return m_reason; }
    QPushButton *okButton() const;
    QString reason() const;

signals:
    void reasonGiven(const QList<qint64> &ids, const QString &fromStage, const QString &reason);

private:
    QList<qint64> m_ids;
    QString m_from;
    QComboBox *m_reason;
    QDialogButtonBox *m_buttons;
};

// A new opportunity for a chosen customer. The submit handler writes it and returns the
// store's message on failure; the dialog stays open with the message until it succeeds.
class NewOpportunityDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<QString(const QVariantMap &fields)>;
    NewOpportunityDialog(Database &db, Submit submit, QWidget *parent = nullptr);

    CustomerPicker *customerPicker() const { return m_customer; }
    QLineEdit *titleEdit() const { return m_title; }
    QDoubleSpinBox *amountEdit() const { return m_amount; }
    QDateEdit *closeEdit() const { return m_close; }
    QComboBox *stageBox() const { return m_stage; }
    QVariantMap fields() const;
    QLabel *errorLabel() const { return m_error; }
    const QString &currency() const { return m_currency; } // the chosen customer's

public slots:
    void accept() override;

private:
    // Why the typed values cannot be created, and the field at fault; empty when fine.
    QString problem(QWidget **field) const;
    void setCurrency(const QString &currency);

    Submit m_submit;
    QString m_currency;
    CustomerPicker *m_customer;
    QLineEdit *m_title;
    QDoubleSpinBox *m_amount;
    QDateEdit *m_close;
    QComboBox *m_stage;
    QLabel *m_error;
};

} // namespace sb
