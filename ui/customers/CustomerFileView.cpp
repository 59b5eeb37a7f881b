#include "CustomerFileView.h"

#include "ActivityDialog.h"
#include "AddressesPanel.h"
#include "ComingUpPanel.h"
#include "ContactDialog.h"

#include "CustomerDialog.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/ListModels.h"
#include "models/itemmodels/SyncLists.h"
#include "models/store/ConflictStore.h"
#include "models/store/ActivityStore.h"
#include "models/store/CategoryStore.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/RoutingStore.h"
#include "models/store/ServiceStore.h"
#include "models/store/SyncStates.h"
#include "ui/common/AppContext.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/ListPanel.h"
#include "ui/common/SyncStateIcons.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

CustomerFileView::CustomerFileView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_activityKind(new QComboBox(this))
    , m_activitySubject(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_comingUp(new ComingUpPanel(ctx, this))
    , m_timelineHost(new QWidget(this))
    , m_banner(new QFrame(this))
    , m_stateRow(new QFrame(m_banner))
    , m_conflictRow(new QFrame(m_banner))
    , m_stateIcon(new QLabel(m_stateRow))
    , m_stateText(new QLabel(m_stateRow))
    , m_conflictText(new QLabel(m_conflictRow))
    , m_failedDetails(new QPushButton(tr("&Details…"), m_stateRow))
    , m_resolve(new QPushButton(tr("&Resolve…"), m_conflictRow))
{
    auto *back = new QToolButton(this);
    back->setText(tr("← Customers"));
    back->setToolTip(tr("Back to the list (Alt+Left)"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &CustomerFileView::backRequested);
    auto *edit = new QPushButton(tr("&Edit"), this);
    connect(edit, &QPushButton::clicked, this, &CustomerFileView::editCustomer);
    auto *newQuote = new QPushButton(tr("New &quote"), this);
    connect(newQuote, &QPushButton::clicked, this, [this] { m_ctx.requestOpen(QStringLiteral("new-quote"), m_id); });
    auto *complaint = new QPushButton(tr("File a &complaint"), this);
    connect(complaint, &QPushButton::clicked, this, [this] { m_ctx.requestOpen(QStringLiteral("new-ticket"), m_id); });

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long company names must not push the buttons off a 1366-pixel laptop screen.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(120);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_badge->setObjectName(QStringLiteral("syncBadge"));

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(m_title, 1);
    top->addWidget(m_badge);
    top->addWidget(edit);
    top->addWidget(newQuote);
    top->addWidget(complaint);

    // Logging a visit is the most frequent thing a rep does here: the kind and a subject on one
    // line, Enter opens the report with them filled in (date, contact, outcome, next step).
    for (const QString &k : vocab::activityKinds())
        m_activityKind->addItem(vocab::activityKindLabel(k), k);
    m_activitySubject->setObjectName(QStringLiteral("activitySubject"));
    m_activitySubject->setPlaceholderText(tr("Log a visit, call or note… (Ctrl+L, Enter)"));
    connect(m_activitySubject, &QLineEdit::returnPressed, this, &CustomerFileView::logActivity);
    // The texts name the keys on the shortcut sheet (F1).
    QAction *logAction = addAction(tr("Log a visit, call or note"), QKeySequence(Qt::CTRL | Qt::Key_L));
    logAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(logAction, &QAction::triggered, this, &CustomerFileView::focusLogActivity);
    // Planned work one keystroke away too (Ctrl+Shift+M and T are free in the whole window).
    const struct {
        QKeySequence key;
        void (CustomerFileView::*slot)();
        const char *text;
    } scheduling[] = {{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &CustomerFileView::scheduleMeeting, QT_TR_NOOP("Schedule a meeting")},
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &CustomerFileView::addFollowUpTask, QT_TR_NOOP("Add a follow-up task")}};
    for (const auto &s : scheduling) {
        auto *a = new QAction(tr(s.text), this);
        a->setShortcut(s.key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, s.slot);
        addAction(a);
    }
    auto *logButton = new QPushButton(tr("&Log…"), this);
    logButton->setObjectName(QStringLiteral("logActivity"));
    logButton->setToolTip(tr("Log a visit report: date, contact, outcome and next step"));
    connect(logButton, &QPushButton::clicked, this, &CustomerFileView::logActivity);
    auto *logRow = new QHBoxLayout;
    logRow->addWidget(m_activityKind);
    logRow->addWidget(m_activitySubject, 1);
    logRow->addWidget(logButton);

    auto *timelineBox = new QWidget(this);
    auto *tl = new QVBoxLayout(timelineBox);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(m_comingUp);
    auto *timelineTitle = new QLabel(tr("<b>Timeline</b>"), timelineBox);
    // An activity of the timeline opens (Enter, double click) to be edited, or is deleted.
    auto *openActivity = new QPushButton(tr("&Open…"), timelineBox);
    openActivity->setObjectName(QStringLiteral("openActivity"));
    connect(openActivity, &QPushButton::clicked, this, [this] { openTimelineEntry(); });
    m_deleteActivity = new QPushButton(tr("Dele&te"), timelineBox);
    m_deleteActivity->setObjectName(QStringLiteral("deleteActivity"));
    m_deleteActivity->setToolTip(tr("Delete the selected activity (Delete); orders, quotes and the like are "
                                    "deleted where they live"));
    m_deleteActivity->setEnabled(false);
    connect(m_deleteActivity, &QPushButton::clicked, this, [this] { deleteActivity(currentActivityId()); });
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(timelineTitle, 1);
    titleRow->addWidget(openActivity);
    titleRow->addWidget(m_deleteActivity);
    tl->addLayout(titleRow);
    tl->addLayout(logRow);
    new QVBoxLayout(m_timelineHost);
    m_timelineHost->layout()->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(m_timelineHost, 1);

    m_tabs->setUsesScrollButtons(true);
    m_tabs->setMinimumWidth(320);
    timelineBox->setMinimumWidth(320);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(timelineBox);
    split->addWidget(m_tabs);
    // The timeline carries the visit reports: it gets the larger half.
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 3);
    rememberLayout(split, QStringLiteral("customerFileSplitter"));

    // The sync banner: what happens to this customer's changes, and the way to what needs a decision.
    m_banner->setObjectName(QStringLiteral("syncBanner"));
    m_stateRow->setObjectName(QStringLiteral("syncStateRow"));
    m_conflictRow->setObjectName(QStringLiteral("conflictRow"));
    m_stateText->setObjectName(QStringLiteral("syncStateText"));
    m_conflictText->setObjectName(QStringLiteral("conflictText"));
    m_failedDetails->setObjectName(QStringLiteral("failedDetails"));
    m_resolve->setObjectName(QStringLiteral("resolveConflicts"));
    m_failedDetails->setToolTip(tr("Show the refused change in Pending changes, where it can be sent again"));
    m_resolve->setToolTip(tr("Open Pending changes on this customer's conflicts to keep your value or take the server's"));
    for (QLabel *l : {m_stateText, m_conflictText}) {
        l->setTextFormat(Qt::PlainText); // a server's reason is shown as it came
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }
    auto *conflictIcon = new QLabel(m_conflictRow);
    conflictIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    auto *stateRow = new QHBoxLayout(m_stateRow);
    stateRow->setContentsMargins(8, 4, 8, 4);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_stateText, 1);
    stateRow->addWidget(m_failedDetails);
    auto *conflictRow = new QHBoxLayout(m_conflictRow);
    conflictRow->setContentsMargins(8, 4, 8, 4);
    conflictRow->addWidget(conflictIcon);
    conflictRow->addWidget(m_conflictText, 1);
    conflictRow->addWidget(m_resolve);
    m_conflictRow->setStyleSheet(QStringLiteral("QFrame#conflictRow { background: #fff4e5; border: 1px solid #ffcc80; "
                                                "border-radius: 3px; } QLabel { color: #7a4100; }"));
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->setSpacing(4);
    bannerLayout->addWidget(m_stateRow);
    bannerLayout->addWidget(m_conflictRow);
    m_banner->hide();
    connect(m_failedDetails, &QPushButton::clicked, this, [this] {
        if (m_failedOutboxId > 0)
            m_ctx.requestOpen(QStringLiteral("outbox"), m_failedOutboxId);
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (m_firstConflictId > 0)
            m_ctx.requestOpen(QStringLiteral("conflict"), m_firstConflictId);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_facts);
    layout->addWidget(split, 1);
}

void CustomerFileView::showCustomer(qint64 customerId)
{
    m_id = customerId;
    m_comingUp->setCustomer(customerId);
    rebuildLists();
    refresh();
}

void CustomerFileView::rebuildLists()
{
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    if (m_timeline)
        m_timeline->deleteLater();
    Database &db = m_ctx.db();
    m_timeline = new ListPanel(lists::timeline(db, m_id, nullptr), m_timelineHost);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timelineHost->layout()->addWidget(m_timeline);
    connect(m_timeline, &ListPanel::errorOccurred, &m_ctx, &AppContext::reportError);
    connect(m_timeline, &ListPanel::activated, this, [this] { openTimelineEntry(); });
    // Only an activity is deleted from here: the button says so by being enabled for one.
    connect(m_timeline, &ListPanel::currentChanged, this, [this] { m_deleteActivity->setEnabled(currentActivityId() > 0); });
    m_deleteActivity->setEnabled(false);
    // Subject, outcome, next step and detail are sentences: capped so the date, kind and contact
    // stay in view on a laptop screen (the whole text is in the report).
    for (int column : {3, 4, 5, 6})
        m_timeline->capColumn(column, 170);
    m_timeline->rememberLayout(QStringLiteral("customerTimeline"));
    auto *del = new QShortcut(QKeySequence::Delete, m_timeline, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    del->setWhatsThis(tr("Delete the selected activity"));
    connect(del, &QShortcut::activated, this, [this] { deleteActivity(currentActivityId()); });

    struct Related {
        SqlWindowModel *model;
        const char *entity;
    };
    const QList<Related> related = {
        {lists::contacts(db, m_id, nullptr), "contact"},     {lists::opportunities(db, m_id, nullptr), "opportunity"},
        {lists::quotes(db, m_id, nullptr), "quote"},         {lists::orders(db, m_id, nullptr), "order"},
        {lists::shipments(db, m_id, nullptr), "shipment"},   {lists::tickets(db, m_id, nullptr), "ticket"},
    };
    for (const Related &r : related) {
        auto *panel = new ListPanel(r.model, m_tabs);
        panel->setObjectName(QLatin1String(r.entity));
        const QString entity = QLatin1String(r.entity);
        connect(panel, &ListPanel::errorOccurred, &m_ctx, &AppContext::reportError);
        if (entity == QLatin1String("contact")) {
            m_tabs->addTab(buildContactsTab(panel), QString());
            // Beside the contacts: where the customer is, is billed and takes deliveries.
            m_addresses = new AddressesPanel(m_ctx, m_id, m_tabs);
            m_tabs->addTab(m_addresses, QString());
            continue;
        }
        connect(panel, &ListPanel::activated, this, [this, entity](qint64 id) { m_ctx.requestOpen(entity, id); });
        if (entity == QLatin1String("ticket"))
            arrangeTickets(panel);
        m_tabs->addTab(panel, QString());
    }
}

void CustomerFileView::arrangeTickets(ListPanel *panel)
{
    // In the customer's own file the customer column says nothing; what the desk promised
    // (status, due date) goes right after the number so it is in view in the narrow pane, and
    // the subject, the long text, after them. Columns of lists::tickets: ticket, subject,
    // customer, product, serial, status, priority, updated, due.
    QHeaderView *header = panel->table()->horizontalHeader();
    panel->table()->hideColumn(2);
    header->moveSection(header->visualIndex(5), 1); // status
    header->moveSection(header->visualIndex(8), 2); // due
}

QWidget *CustomerFileView::buildContactsTab(ListPanel *panel)
{
    // The customer's contacts: Enter or a double click edits one; add, edit and delete from the
    // buttons or the keyboard (Insert, Delete). A deletion goes through the outbox like any
    // change and can be undone from Pending changes until it is sent.
    m_contacts = panel;
    auto *page = new QWidget(m_tabs);
    auto *add = new QPushButton(tr("&New contact…"), page);
    add->setObjectName(QStringLiteral("newContact"));
    add->setShortcut(QKeySequence(Qt::Key_Insert));
    auto *edit = new QPushButton(tr("&Edit…"), page);
    edit->setObjectName(QStringLiteral("editContact"));
    auto *remove = new QPushButton(tr("&Delete"), page);
    remove->setObjectName(QStringLiteral("deleteContact"));
    connect(add, &QPushButton::clicked, this, [this] { editContact(0); });
    connect(edit, &QPushButton::clicked, this, [this] { editContact(m_contacts->currentId()); });
    connect(remove, &QPushButton::clicked, this, [this] { deleteContact(m_contacts->currentId()); });
    connect(panel, &ListPanel::activated, this, [this](qint64 id) { editContact(id); });
    auto *del = new QShortcut(QKeySequence::Delete, panel, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    del->setWhatsThis(tr("Delete the selected contact"));
    connect(del, &QShortcut::activated, this, [this] { deleteContact(m_contacts->currentId()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(0, 0, 0, 0);
    l->addLayout(buttons);
    l->addWidget(panel, 1);
    return page;
}

void CustomerFileView::editContact(qint64 contactId)
{
    if (contactId < 0 || !m_id)
        return;
    ContactDialog dialog(m_ctx, m_id, contactId, this);
    if (dialog.exec() == QDialog::Accepted)
        m_ctx.reportInfo(contactId ? tr("The contact was saved.") : tr("The contact was added."));
}

void CustomerFileView::deleteContact(qint64 contactId)
{
    if (contactId <= 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete contact"),
                                              tr("Delete this contact? The deletion is sent with the next sync; until then it "
                                                 "can be undone in Pending changes."),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = CustomerStore(m_ctx.db()).removeContact(contactId); !s) {
        m_ctx.reportError(s.error());
        return;
    }
    m_ctx.notifyChanged(QStringLiteral("contact"));
    m_ctx.reportInfo(tr("The contact was deleted; the deletion goes with the next sync."));
}

void CustomerFileView::refresh()
{
    if (!m_id)
        return;
    CustomerStore store(m_ctx.db());
    auto r = store.summary(m_id);
    if (!r) {
        m_ctx.reportError(r.error());
        return;
    }
    const CustomerSummary &s = r.value();
    const QVariantMap &c = s.customer;
    const QString currency = c.value(QStringLiteral("currency")).toString();
    m_title->setText(c.value(QStringLiteral("name")).toString());
    QStringList facts;
    const QString grade = c.value(QStringLiteral("grade")).toString();
    if (!grade.isEmpty())
        facts << tr("Grade <b>%1</b>").arg(vocab::gradeLabel(grade).toHtmlEscaped());
    if (!c.value(QStringLiteral("code")).toString().isEmpty())
        facts << c.value(QStringLiteral("code")).toString().toHtmlEscaped();
    facts << vocab::customerStatusLabel(c.value(QStringLiteral("status")).toString());
    // Regions and industries from the ERP's shared lists show in the UI's language.
    const bool chinese = QLocale().language() == QLocale::Chinese;
    if (const QString region = c.value(QStringLiteral("region")).toString(); !region.isEmpty()) {
        auto label = CategoryStore(m_ctx.db()).label(QStringLiteral("region"), region, chinese);
        facts << (label ? label.value() : region).toHtmlEscaped();
    }
    facts << tr("Owner %1").arg(c.value(QStringLiteral("owner")).toString().toHtmlEscaped());
    facts << tr("Open pipeline <b>%1</b> (%n deal(s))", nullptr, s.openOpportunities)
                 .arg(s.openPipeline.format(QLocale(), QStringLiteral(" · "), currency).toHtmlEscaped());
    facts << tr("Revenue %1").arg(s.revenue.format(QLocale(), QStringLiteral(" · "), currency).toHtmlEscaped());
    facts << (s.lastContactAt.isEmpty() ? tr("No contact logged yet")
                                        : tr("Last contact %1").arg(formatRelative(s.lastContactAt)));
    if (s.overdueActivities > 0)
        facts << tr("<span style='color:#c62828'>%n overdue activit(y/ies)</span>", nullptr, s.overdueActivities);
    if (s.openTickets > 0)
        facts << tr("%n open ticket(s)", nullptr, s.openTickets);
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    const int state = c.value(QStringLiteral("local_state")).toInt();
    const QVariant error = c.value(QStringLiteral("sync_error"));
    const bool hasError = !error.isNull() && !error.toString().isEmpty();
    const QIcon icon = syncStateIcon(state, hasError);
    m_badge->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(16, 16));
    m_badge->setToolTip(syncStateText(state, error));
    m_badge->setText(icon.isNull() ? QString() : QString());
    m_badge->setVisible(!icon.isNull());
    refreshSyncBanner(c);

    // The addresses' count is their list's (the header does not show it).
    const int counts[] = {s.contacts, 0, s.openOpportunities, s.quotes, s.orders, s.shipments, s.tickets};
    const QString titles[] = {tr("Contacts (%1)"), tr("Addresses (%1)"),   tr("Opportunities (%1)"), tr("Quotes (%1)"),
                              tr("Orders (%1)"),   tr("Shipments (%1)"),   tr("Tickets (%1)")};
    for (int i = 0; i < m_tabs->count() && i < 7; ++i) {
        m_tabs->setTabText(i, titles[i].arg(counts[i]));
        auto *panel = qobject_cast<ListPanel *>(m_tabs->widget(i));
        if (!panel) // the contacts' and addresses' pages hold their list under their buttons
            panel = m_tabs->widget(i)->findChild<ListPanel *>();
        if (panel)
            panel->refresh();
    }
    if (m_addresses)
        m_tabs->setTabText(1, titles[1].arg(m_addresses->list()->model()->rowCount()));
    // The opportunities tab counts all deals of the customer, the header only open ones.
    if (auto *opp = qobject_cast<ListPanel *>(m_tabs->widget(2)))
        m_tabs->setTabText(2, titles[2].arg(opp->model()->rowCount()));
    m_comingUp->refresh();
    if (m_timeline) {
        m_timeline->refresh();
        m_deleteActivity->setEnabled(currentActivityId() > 0);
    }
}

void CustomerFileView::refreshSyncBanner(const QVariantMap &customer)
{
    Database &db = m_ctx.db();
    const int state = customer.value(QStringLiteral("local_state")).toInt();
    QString reason = customer.value(QStringLiteral("sync_error")).toString();
    m_failedOutboxId = 0;
    auto failed = OutboxStore(db).firstRefused(QStringLiteral("customer"), m_id);
    if (!failed) {
        m_ctx.reportError(failed.error());
    } else if (failed.value().outboxId > 0) {
        m_failedOutboxId = failed.value().outboxId;
        if (reason.isEmpty())
            reason = failed.value().reason;
    }
    const bool isFailed = m_failedOutboxId > 0 || !customer.value(QStringLiteral("sync_error")).isNull();
    bool localOnly = false; // changed here, and no configured system takes customers
    if (!isFailed && state != sqlValue(LocalState::Clean)) {
        auto routed = RoutingStore(db).isRouted(QStringLiteral("customer"));
        if (!routed)
            m_ctx.reportError(routed.error());
        localOnly = routed && !routed.value();
    }
    const bool isPending = !isFailed && !localOnly && state != sqlValue(LocalState::Clean);
    if (localOnly) {
        m_stateText->setText(keptHereReason(QStringLiteral("customer")));
        m_stateText->setToolTip(tr("No configured server takes customers; the change is not lost and not late."));
        m_stateRow->setStyleSheet(QStringLiteral("QFrame#syncStateRow { background: #f2f2f2; border: 1px solid #d0d0d0; "
                                                 "border-radius: 3px; } QLabel { color: #424242; }"));
    } else if (isFailed) {
        m_stateText->setText(tr("Not accepted by the server: %1").arg(reason.isEmpty() ? tr("no reason given") : reason));
        m_stateText->setToolTip(tr("The server refused the last change of this customer. Fix the record and save it, "
                                   "or send it again from Pending changes."));
        m_stateRow->setStyleSheet(QStringLiteral("QFrame#syncStateRow { background: #fdecea; border: 1px solid #f5c2c0; "
                                                 "border-radius: 3px; } QLabel { color: #b71c1c; }"));
    } else if (isPending) {
        m_stateText->setText(state == sqlValue(LocalState::Deleted) ? tr("Deleted here, waiting to be sent")
                                                                    : tr("Waiting to be sent"));
        m_stateText->setToolTip(tr("Saved on this computer; the change goes to the server with the next sync."));
        m_stateRow->setStyleSheet(QStringLiteral("QFrame#syncStateRow { background: #e8f1fb; border: 1px solid #b6d4f2; "
                                                 "border-radius: 3px; } QLabel { color: #0d47a1; }"));
    }
    const QIcon icon = syncStateIcon(state, isFailed, localOnly);
    m_stateIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(16, 16));
    if (localOnly) { // the header badge says the same, not "pending"
        m_badge->setPixmap(icon.pixmap(16, 16));
        m_badge->setToolTip(syncStateText(state, QVariant(), true));
    }
    m_failedDetails->setVisible(m_failedOutboxId > 0);
    m_stateRow->setVisible(isFailed || isPending || localOnly);

    // Conflicts of the customer and of its contacts and addresses: one decision place for all.
    m_firstConflictId = 0;
    QStringList where;
    bool deletedOnServer = false;
    int count = 0;
    auto conflicts = ConflictStore(db).openOfCustomer(m_id);
    if (!conflicts) {
        m_ctx.reportError(conflicts.error());
    } else {
        for (const CustomerFileConflict &c : conflicts.value()) {
            ++count;
            if (!m_firstConflictId)
                m_firstConflictId = c.id;
            const bool whole = c.field == QLatin1String("*");
            if (whole && c.entity == QLatin1String("customer"))
                deletedOnServer = true;
            QString what = vocab::entityLabel(c.entity);
            if (!c.contactName.isEmpty())
                what += QLatin1Char(' ') + c.contactName;
            where << tr("%1: %2").arg(what, whole ? tr("deleted on the server") : c.field);
        }
    }
    if (count > 0) {
        m_conflictText->setText(deletedOnServer ? tr("Deleted on the server while you edited it here")
                                                : tr("%n field(s) in conflict", nullptr, count));
        m_conflictText->setToolTip(where.join(QLatin1Char('\n')));
    }
    m_conflictRow->setVisible(count > 0);
    m_banner->setVisible(m_stateRow->isVisibleTo(m_banner) || count > 0);
}

void CustomerFileView::focusLogActivity()
{
    m_activitySubject->setFocus(Qt::ShortcutFocusReason);
}

void CustomerFileView::logActivity()
{
    if (!m_id)
        return;
    ActivityDialog dialog(m_ctx, m_id, 0, this);
    dialog.preset(m_activityKind->currentData().toString(), m_activitySubject->text().trimmed());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_activitySubject->clear();
    m_ctx.reportInfo(tr("The activity was logged."));
}

qint64 CustomerFileView::currentActivityId() const
{
    if (!m_timeline)
        return -1;
    const QModelIndex current = m_timeline->table()->currentIndex();
    if (!current.isValid()
        || m_timeline->model()->value(current.row(), QStringLiteral("source")).toString() != QLatin1String("activity"))
        return -1;
    return m_timeline->model()->idAt(current.row());
}

void CustomerFileView::openTimelineEntry()
{
    const QModelIndex current = m_timeline ? m_timeline->table()->currentIndex() : QModelIndex();
    if (!current.isValid())
        return;
    const QString source = m_timeline->model()->value(current.row(), QStringLiteral("source")).toString();
    const qint64 id = m_timeline->model()->idAt(current.row());
    if (source == QLatin1String("activity"))
        editActivity(id);
    else // a quote, an order, a shipment or a ticket opens where it lives
        m_ctx.requestOpen(source, id);
}

void CustomerFileView::scheduleMeeting()
{
    m_comingUp->schedule(QStringLiteral("meeting"));
}

void CustomerFileView::addFollowUpTask()
{
    m_comingUp->schedule(QStringLiteral("task"));
}

void CustomerFileView::editActivity(qint64 activityId)
{
    if (activityId <= 0 || !m_id)
        return;
    auto current = ActivityStore(m_ctx.db()).get(activityId);
    if (current && current.value().value(QStringLiteral("status")).toString() == QLatin1String(ActivityStore::kPlanned)) {
        m_comingUp->openItem(activityId);
        return;
    }
    ActivityDialog dialog(m_ctx, m_id, activityId, this);
    if (dialog.exec() == QDialog::Accepted)
        m_ctx.reportInfo(tr("The activity was saved."));
}

void CustomerFileView::deleteActivity(qint64 activityId)
{
    if (activityId <= 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete activity"),
                                              tr("Delete this activity from the timeline? The deletion is sent with the next "
                                                 "sync; until then it can be undone in Pending changes."),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = ActivityStore(m_ctx.db()).remove(activityId); !s) {
        m_ctx.reportError(s.error());
        return;
    }
    m_ctx.notifyChanged(QStringLiteral("activity"));
    m_ctx.reportInfo(tr("The activity was deleted; the deletion goes with the next sync."));
}

void CustomerFileView::editCustomer()
{
    auto *dialog = new CustomerDialog(m_ctx, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::saved, this, [this] { refresh(); });
    dialog->open();
}

} // namespace sb
