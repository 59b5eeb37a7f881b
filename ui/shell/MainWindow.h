#pragma once

#include "ui/settings/SyncSettings.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;

namespace sb {

class AppContext;
class ApprovalInboxView;
class ApprovalNotifier;
class CalendarView;
class ConnectivityMonitor;
class CustomersView;
class DashboardView;
class GlobalSearch;
class InventoryView;
class LogisticsView;
class MessageBar;
class OrdersView;
class PendingChangesView;
class PipelineView;
class QuotesView;
class ReminderBanner;
class ReminderNotifier;
class ServiceView;
class SyncRunner;
class SyncStatusIndicator;
class SystemStatusBadges;
struct SyncSummary;

// The main window: navigation on the left, one page per area, the global search (Ctrl+K),
// a message bar for errors, and a status bar with connectivity and pending changes.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The values are the pages' places in the stack and what is remembered as the last page:
    // new pages go at the end. The navigation lists them in navOrder().
    enum Page { Customers, Pipeline, Quotes, Orders, Inventory, Logistics, Approvals, Service, Pending, Calendar, Dashboard, PageCount };
    Q_ENUM(Page)

    // workspaceLabel: shown in the title ("Demo workspace", a file name...).
    MainWindow(AppContext &ctx, const QString &workspaceLabel, QWidget *parent = nullptr);
    ~MainWindow() override;

    static Page defaultPageFor(const QString &role);
    void showPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page);
    GlobalSearch *globalSearch() const { return m_search; }
    MessageBar *messageBar() const { return m_messages; }
    // Pages are built the first time they are needed: a cold start builds only the start page.
    CustomersView *customers();
    PipelineView *pipeline();
    QuotesView *quotes();
    ApprovalInboxView *approvals();
    OrdersView *orders();
    InventoryView *inventory();
    LogisticsView *logistics();
    ServiceView *service();
    PendingChangesView *pendingChanges();
    CalendarView *calendar();
    DashboardView *dashboard();
    static const QList<Page> &navOrder();
    bool isPageBuilt(Page page) const;
    QLabel *pendingLabel() const { return m_pendingLabel; }
    // Runs F5 and the automatic cycles; without one, F5 only explains. Not owned. Gets the
    // interval of the sync settings at once.
    void setSyncRunner(SyncRunner *runner);
    SyncRunner *syncRunner() const;
    // The Sync settings (interval, catch up when back online), as Settings stores them for this
    // workspace; applied to the runner now and to any runner set later.
    void applySyncSettings(int intervalMinutes, bool syncWhenOnline);
    SyncPreferences syncPreferences() const { return m_syncPrefs; }
    ConnectivityMonitor *connectivity() const { return m_connectivity; }
    SyncStatusIndicator *syncStatus() const { return m_syncStatus; }
    SystemStatusBadges *systemStatus() const { return m_systems; }
    ApprovalNotifier *approvalNotifier() const { return m_notifier; }
    ReminderNotifier *reminders() const { return m_reminders; }
    // Reminders where there is no tray.
    ReminderBanner *reminderBanner() const { return m_reminderBanner; }

public slots:
    void newRecord();
    void openSearch();
    void syncNow();
    void importCustomers();
    void importContacts();
    void exportCurrentList();
    void showSettings();
    void showShortcutHelp(); // F1, Ctrl+/: the sheet of every shortcut of the window and page
    void refreshCounts();

signals:
    // Settings added, edited or removed a back end: whoever builds the SyncRunner (app/) may
    // need one now, or a new one. The connectivity probe already follows.
    void connectorsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildPages();
    template <typename View>
    View *ensure(Page page, View *&slot);
    void buildMenus();
    void buildStatusBar();
    void buildTray();
    void buildReminders(QWidget *central);
    void showReminder(qint64 activityId, const QString &title, const QString &text);
    QListWidgetItem *navItem(Page page) const;
    void open(const QString &entity, qint64 id);
    void restoreLayout();
    void importCsv(bool contacts);
    void syncFinished(const sb::SyncSummary &summary);
    void loadServers(); // the enabled connectors' addresses, for the connectivity probe

    AppContext &m_ctx;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    MessageBar *m_messages;
    GlobalSearch *m_search;
    QLabel *m_connectivityLabel;
    QLabel *m_pendingLabel;
    SyncStatusIndicator *m_syncStatus;
    SystemStatusBadges *m_systems;
    ConnectivityMonitor *m_connectivity;
    QTimer *m_countTimer;
    QSystemTrayIcon *m_tray = nullptr;
    ApprovalNotifier *m_notifier; // what the tray says about approvals
    ReminderNotifier *m_reminders;
    ReminderBanner *m_reminderBanner = nullptr;
    qint64 m_trayReminderId = 0; // the item of the tray's last message, when it was a reminder
    SyncPreferences m_syncPrefs;
    CustomersView *m_customers = nullptr;
    PipelineView *m_pipeline = nullptr;
    QuotesView *m_quotes = nullptr;
    OrdersView *m_orders = nullptr;
    InventoryView *m_inventory = nullptr;
    LogisticsView *m_logistics = nullptr;
    ApprovalInboxView *m_approvals = nullptr;
    ServiceView *m_service = nullptr;
    PendingChangesView *m_pending = nullptr;
    CalendarView *m_calendar = nullptr;
    DashboardView *m_dashboard = nullptr;
};

} // namespace sb
