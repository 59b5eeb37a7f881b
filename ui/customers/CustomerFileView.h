#pragma once

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace sb {

class AppContext;
class AddressesPanel;
class ComingUpPanel;
class ListPanel;

// The customer file (档案) on one screen: highlights at the top, the activity timeline in the
// middle with "log a visit" one keystroke away, related lists beside it.
class CustomerFileView : public QWidget {
    Q_OBJECT
public:
    explicit CustomerFileView(AppContext &ctx, QWidget *parent = nullptr);

    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_id; }
    void refresh();
    ListPanel *timeline() const { return m_timeline; }
    QTabWidget *related() const { return m_tabs; }
    ListPanel *contactsList() const { return m_contacts; }
    // contactId 0: a new contact of this customer. Modal; returns when the dialog closes.
    void editContact(qint64 contactId);
    void deleteContact(qint64 contactId); // asks first
    AddressesPanel *addresses() const { return m_addresses; }
    // The customer's planned items beside the timeline, and the way to schedule more.
    ComingUpPanel *comingUp() const { return m_comingUp; }
    // Opens a logged activity as its report (Enter or a double click on the timeline), a
    // planned one as what is planned. Modal; returns when the dialog closes.
    void editActivity(qint64 activityId);
    void deleteActivity(qint64 activityId); // asks first
    // The activity selected on the timeline; -1 when none, or when the row is not an activity.
    qint64 currentActivityId() const;
    // The sync banner under the title: "Waiting to be sent", "Not accepted by the server: …"
    // (with Details…) and "N fields in conflict — Resolve…". Hidden when all is synced.
    QFrame *syncBanner() const { return m_banner; }
    QLabel *syncStateLabel() const { return m_stateText; }
    QLabel *conflictLabel() const { return m_conflictText; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *failedDetailsButton() const { return m_failedDetails; }

public slots:
    void focusLogActivity();
    // Opens the visit report with the kind and subject typed on the log line. Modal.
    void logActivity();
    void scheduleMeeting(); // Ctrl+Shift+M. Modal.
    void addFollowUpTask(); // Ctrl+Shift+T. Modal.
    void editCustomer();

signals:
    void backRequested();

private:
    QWidget *buildContactsTab(ListPanel *panel);
    void arrangeTickets(ListPanel *panel);
    void openTimelineEntry();
    void rebuildLists();
    void refreshSyncBanner(const QVariantMap &customer);

    AppContext &m_ctx;
    qint64 m_id = 0;
    QLabel *m_title, *m_facts, *m_badge;
    QComboBox *m_activityKind;
    QLineEdit *m_activitySubject;
    ListPanel *m_timeline = nullptr;
    QTabWidget *m_tabs;
    ListPanel *m_contacts = nullptr;
    AddressesPanel *m_addresses = nullptr;
    ComingUpPanel *m_comingUp;
    QWidget *m_timelineHost;
    QFrame *m_banner;
    QFrame *m_stateRow, *m_conflictRow;
    QLabel *m_stateIcon, *m_stateText, *m_conflictText;
    QPushButton *m_failedDetails, *m_resolve;
    QPushButton *m_deleteActivity = nullptr;
    qint64 m_failedOutboxId = 0;
    qint64 m_firstConflictId = 0;
};

} // namespace sb
