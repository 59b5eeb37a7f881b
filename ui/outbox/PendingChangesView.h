#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace sb {

class AppContext;
class ConflictPanel;
class DeletionCheckPanel;
class ListPanel;
class SystemStatusModel;

// The sync centre: how each configured back end fared (a table above the tabs: state, last
// sync, last success, last error), every change made here that waits for a back-end system
// (Pending), the changes no configured system takes, kept here by design with the reason (Kept
// on this computer), the changes a server refused with its reason and a Retry (Failed), the
// fields changed on both sides waiting for a decision (Conflicts), and what each sync did
// (Sync log). A change not sent yet (pending or refused) can be discarded: its record goes back
// to the server's version, shown before it is done.
class PendingChangesView : public QWidget {
    Q_OBJECT
public:
    enum Tab { PendingTab, KeptTab, FailedTab, ConflictsTab, LogTab };

    explicit PendingChangesView(AppContext &ctx, QWidget *parent = nullptr);
    ListPanel *list() const { return m_pending; } // the pending changes
    ListPanel *keptList() const { return m_kept; } // kept on this computer by design
    ListPanel *failedList() const { return m_failed; }
    QTableView *systemsTable() const { return m_systems; }
    SystemStatusModel *systemsModel() const { return m_systemsModel; }
    ListPanel *logList() const { return m_log; }
    ConflictPanel *conflicts() const { return m_conflicts; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *discardButton() const { return m_discard; }       // on the Pending tab
    QPushButton *discardFailedButton() const { return m_discardFailed; }
    QLabel *summary() const { return m_summary; }
    DeletionCheckPanel *deletionCheck() const { return m_deletionCheck; }
    void showTab(Tab tab);

public slots:
    void refresh();

signals:
    void syncRequested(); // "Check for deletions now": the check is asked for, a sync should start

private:
    QWidget *buildPendingTab();
    QWidget *buildFailedTab();
    QWidget *buildKeptTab();
    void refreshSystems();
    void showEntry(qint64 outboxId);
    void showFailed(qint64 outboxId);
    void retrySelected();
    void openSelected(ListPanel *list);
    // Shows what discarding the selected change does (the record back to the server's
    // version, dropped, or a deletion undone) and does it once confirmed.
    void discardSelected(ListPanel *list);

    AppContext &m_ctx;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    ListPanel *m_pending;
    QPlainTextEdit *m_detail;
    ListPanel *m_kept;
    SystemStatusModel *m_systemsModel;
    QTableView *m_systems;
    ListPanel *m_failed;
    QLabel *m_failedReason;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QPushButton *m_discardFailed;
    ConflictPanel *m_conflicts;
    ListPanel *m_log;
    DeletionCheckPanel *m_deletionCheck;
};

} // namespace sb
