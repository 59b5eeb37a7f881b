#pragma once

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sb {

class AppContext;

// A visit report (or a call, meeting, note, task, e-mail) of a customer, new (activityId 0) or
// opened from the timeline: when it took place, with whom, the subject, notes, the outcome and
// the next step with its due date, optionally about one of the customer's opportunities.
// What the store refuses is said under the form and the field at fault gets the focus.
class ActivityDialog : public QDialog {
    Q_OBJECT
public:
    ActivityDialog(AppContext &ctx, qint64 customerId, qint64 activityId, QWidget *parent = nullptr);

    // For a new activity: what the one-line log in the customer file already said.
    void preset(const QString &kind, const QString &subject);

    QComboBox *kindBox() const { return m_kind; }
    QDateTimeEdit *whenEdit() const { return m_when; }
    QComboBox *contactBox() const { return m_contact; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPlainTextEdit *outcomeEdit() const { return m_outcome; }
    QLineEdit *nextStepEdit() const { return m_nextStep; }
    QCheckBox *dueBox() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *opportunityBox() const { return m_opportunity; }
    QLabel *errorLabel() const { return m_error; }
    qint64 activityId() const { return m_activityId; }
    void accept() override;

private:
    void fillChoices(qint64 contactId, qint64 opportunityId);
    void load();
    QVariantMap fields() const;
    void refuse(const QString &field, const QString &message);

    AppContext &m_ctx;
    qint64 m_customerId;
    qint64 m_activityId;
    QDateTime m_loadedAt; // the stored time, kept to the second when only the minutes are shown
    QString m_loadedAtText;
    QComboBox *m_kind;
    QDateTimeEdit *m_when;
    QComboBox *m_contact;
    QLineEdit *m_subject;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_outcome;
    QLineEdit *m_nextStep;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QComboBox *m_opportunity;
    QLabel *m_error;
};

} // namespace sb
