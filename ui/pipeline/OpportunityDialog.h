#pragma once

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QVariantMap>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace sb {

class AppContext;

// One opportunity, opened from its kanban card or from search everywhere: its fields to edit
// (title, amount and currency, expected close, probability, stage with the lost reason,
// description), who owns it, a link to its customer, and read-only lists of its quotes and
// activities. Save (Ctrl+S, Enter) writes through the store and the outbox; Delete asks first.
// What the store would refuse is said under the form and the field at fault gets the focus.
class OpportunityDialog : public QDialog {
    Q_OBJECT
public:
    OpportunityDialog(AppContext &ctx, qint64 opportunityId, QWidget *parent = nullptr);

    // Asks (naming the deal) and deletes through the outbox; true when it was deleted.
    static bool confirmDelete(AppContext &ctx, qint64 opportunityId, QWidget *parent);

    qint64 opportunityId() const { return m_id; }
    bool wasDeleted() const { return m_deleted; }
    QLineEdit *titleEdit() const { return m_title; }
    QLabel *customerLink() const { return m_customer; }
    QDoubleSpinBox *amountEdit() const { return m_amount; }
    QComboBox *currencyBox() const { return m_currency; }
    QDateEdit *closeEdit() const { return m_close; }
    QSpinBox *probabilityEdit() const { return m_probability; }
    QComboBox *stageBox() const { return m_stage; }
    QLineEdit *lostReasonEdit() const { return m_lostReason; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QTreeWidget *quotesList() const { return m_quotes; }
    QTreeWidget *activitiesList() const { return m_activities; }
    QLabel *errorLabel() const { return m_error; } // what is not about one field
    QLabel *fieldError(QWidget *field) const;       // the line under a checked field
    QPushButton *saveButton() const;
    QPushButton *deleteButton() const { return m_delete; }
    // What Save would write (the store keeps only what differs from the record).
    QVariantMap changes() const;

public slots:
    void accept() override; // saves
    void deleteRecord();

private:
    void load();
    void loadLists();
    void stageChanged();
    void showProblem(const QString &message, QWidget *field);
    // Why the typed values cannot be saved, and the field at fault; empty when fine.
    QString problem(QWidget **field) const;
    void openElsewhere(const QString &entity, qint64 id);

    AppContext &m_ctx;
    qint64 m_id;
    qint64 m_customerId = 0;
    int m_loadedProbability = 0;
    int m_autoProbability = 0; // what the stage set; a different value was typed
    QString m_loadedStage;
    QDate m_loadedClose;
    bool m_deleted = false;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_title;
    QLabel *m_customer;
    QDoubleSpinBox *m_amount;
    QComboBox *m_currency;
    QDateEdit *m_close;
    QSpinBox *m_probability;
    QComboBox *m_stage;
    QLineEdit *m_lostReason;
    QLabel *m_owner;
    QPlainTextEdit *m_description;
    QTreeWidget *m_quotes;
    QTreeWidget *m_activities;
    QLabel *m_error;
    QHash<QWidget *, QLabel *> m_fieldErrors;
    QDialogButtonBox *m_buttons;
    QPushButton *m_delete;
};

} // namespace sb
