#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace sb {

class AppContext;
class ConflictPanel;
class ListPanel;

// The sync centre: every change made here that has not reached the back-end systems yet
// (Pending), the changes a server refused with its reason and a Retry (Failed), the fields
// changed on both sides waiting for a decision (Conflicts), and what each sync did (Sync log).
class PendingChangesView : public QWidget {
    Q_OBJECT
public:
    enum Tab { PendingTab, FailedTab, ConflictsTab, LogTab };

    explicit PendingChangesView(AppContext &ctx, QWidget *parent = nullptr);
    ListPanel *list() const { return m_pending; } // the pending changes
    ListPanel *failedList() const { return m_failed; }
    ListPanel *logList() const { return m_log; }
    ConflictPanel *conflicts() const { return m_conflicts; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *summary() const { return m_summary; }
    void showTab(Tab tab);

public slots:
    void refresh();

private:
    QWidget *buildPendingTab();
    QWidget *buildFailedTab();
    void showEntry(qint64 outboxId);
    void showFailed(qint64 outboxId);
    void retrySelected();
    void openSelected(ListPanel *list);

    AppContext &m_ctx;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    ListPanel *m_pending;
    QPlainTextEdit *m_detail;
    ListPanel *m_failed;
    QLabel *m_failedReason;
    QPushButton *m_retry;
    ConflictPanel *m_conflicts;
    ListPanel *m_log;
};

} // namespace sb
