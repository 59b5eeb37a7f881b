#pragma once

#include "ActivityForm.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace sb {

class AppContext;
class CustomerPicker;

// Planned work of a customer: a meeting, visit or call at a time and for a while, or a task due
// at a time. New (activityId 0) or opened from "Coming up", the calendar or a reminder. The time
// is typed in a time zone (the computer's by default) and stored in UTC with that zone; the
// attendees are the customer's contacts that have an e-mail address (ticked) and any other
// addresses typed; a reminder goes off that long before. Saved as 'planned' through
// ActivityStore (the outbox); an open item can be marked done or cancelled from here.
// Without a customer (customerId 0, from an empty slot of the calendar) the form asks for one
// first. What ActivityStore refuses is said under the field at fault.
class ScheduleDialog : public QDialog {
    Q_OBJECT
public:
    ScheduleDialog(AppContext &ctx, qint64 customerId, qint64 activityId, QWidget *parent = nullptr);

    // For a new item: its kind (meeting, visit, call, task) and, when known, when it starts
    // (local time of the computer; else the next full hour).
    void preset(const QString &kind, const QDateTime &start = QDateTime());
    // The zones offered: the computer's, Asia/Shanghai, UTC and a few a sales team meets in.
    static QStringList offeredZones();
    // The reminder choices in minutes; -1 is none.
    static QList<int> reminderChoices();

    qint64 activityId() const { return m_activityId; }
    qint64 customerId() const { return m_customerId; }
    // What the last save stored as the status: planned, done or cancelled.
    QString savedStatus() const { return m_savedStatus; }

    CustomerPicker *customerPicker() const { return m_picker; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QComboBox *durationBox() const { return m_duration; }
    QComboBox *zoneBox() const { return m_zone; }
    QLineEdit *locationEdit() const { return m_location; }
    QListWidget *attendeeList() const { return m_attendees; }
    QLineEdit *otherEmailsEdit() const { return m_otherEmails; }
    QComboBox *reminderBox() const { return m_reminder; }
    QComboBox *opportunityBox() const { return m_opportunity; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *doneButton() const { return m_doneButton; }
    QPushButton *cancelItemButton() const { return m_cancelButton; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;
    void markDone();
    void cancelItem();

private:
    void buildForm();
    void load();
    void setCustomer(qint64 customerId);
    void fillAttendees(const QList<Attendee> &chosen);
    void updateForKind();
    void updateLocalHint();
    void selectData(QComboBox *box, const QVariant &value, const QString &labelIfMissing);
    QDateTime startUtc() const;
    QVariantMap fields() const;
    bool save(const QString &status);

    AppContext &m_ctx;
    qint64 m_customerId;
    qint64 m_activityId;
    qint64 m_loadedContactId = 0;
    QString m_loadedStart, m_loadedEnd, m_loadedStatus, m_savedStatus;
    CustomerPicker *m_picker = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind;
    QLineEdit *m_subject;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLabel *m_durationLabel;
    QComboBox *m_duration;
    QComboBox *m_zone;
    QLabel *m_localHint;
    QLineEdit *m_location;
    QListWidget *m_attendees;
    QLineEdit *m_otherEmails;
    QComboBox *m_reminder;
    QComboBox *m_opportunity;
    QPlainTextEdit *m_notes;
    QLabel *m_state;
    QPushButton *m_doneButton;
    QPushButton *m_cancelButton;
    QLabel *m_error;
    std::unique_ptr<FieldRefusal> m_refusal; // not a QObject: owned here
};

} // namespace sb
