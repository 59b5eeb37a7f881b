#include "ServiceView.h"

#include "AttachmentOpener.h"
#include "ReplyBox.h"
#include "TicketDialog.h"
#include "TicketTimeline.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/ListFilters.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/ProductStore.h"
#include "models/store/RecordReader.h"
#include "models/store/SearchStore.h"
#include "models/store/ServiceStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/ListPanel.h"
#include "ui/common/MasterDetail.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QDateTime>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

namespace {
const QStringList &statuses()
{
    static const QStringList s = {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("stalled"),
                                  QStringLiteral("resolved"), QStringLiteral("rejected")};
    return s;
}

// Scrolling the detail pane over the status box must not move tickets to another status:
// every step would be written and queued for the service desk.
class IgnoreWheel : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *, QEvent *event) override { return event->type() == QEvent::Wheel; }
};

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

QLabel *value(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

ServiceView::ServiceView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_list(new ListPanel(lists::tickets(ctx.db(), 0, nullptr), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_body(new QWidget(this))
    , m_empty(new QLabel(tr("Select a ticket, or press %1 to file one.")
                             .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
                         this))
    , m_title(new QLabel(this))
    , m_number(value(this))
    , m_customer(new QLabel(this))
    , m_product(value(this))
    , m_serial(value(this))
    , m_priority(value(this))
    , m_owner(value(this))
    , m_due(value(this))
    , m_requestor(value(this))
    , m_complaint(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_description(value(this))
    , m_history(new TicketTimeline(this))
    , m_filesNote(new QLabel(this))
    , m_reply(new ReplyBox(ctx, this))
    , m_opener(new AttachmentOpener(ctx, this))
    , m_escalate(new QPushButton(tr("Escalate to ERP complaint…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    m_list->setSearch(filters::ticketSearch, tr("Customer or ticket number"));
    m_list->addView(tr("Open"), filters::ticketsOpen());
    m_list->addView(tr("Mine"), filters::ticketsOwnedBy(ctx.session().user));
    m_list->addView(tr("Urgent"), filters::ticketsUrgent());
    m_list->addView(tr("Resolved"), filters::ticketsResolved());
    connect(m_list, &ListPanel::errorOccurred, &m_ctx, &AppContext::reportError);
    // The desk reads status and priority first: show them next to the subject, and keep long
    // company and product names from pushing them out of view.
    QHeaderView *header = m_list->table()->horizontalHeader();
    header->moveSection(header->visualIndex(5), 2); // status
    header->moveSection(header->visualIndex(6), 3); // priority
    const int maxWidth = m_list->fontMetrics().averageCharWidth() * 24;
    for (int column : {2, 3})                        // customer, product
        m_list->capColumn(column, maxWidth);
    connect(m_list, &ListPanel::currentChanged, this, [this](qint64 id) {
        if (id > 0)
            showTicket(id);
    });

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_number->setForegroundRole(QPalette::PlaceholderText);
    m_customer->setTextFormat(Qt::RichText);
    m_customer->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_customer->setToolTip(tr("Open the customer file"));
    connect(m_customer, &QLabel::linkActivated, this, [this] {
        if (m_customerId > 0)
            m_ctx.requestOpen(QStringLiteral("customer"), m_customerId);
    });
    m_priority->setTextFormat(Qt::RichText);
    for (const QString &s : statuses())
        m_status->addItem(vocab::ticketStatusLabel(s), s);
    m_status->setToolTip(tr("Move the ticket on; the change is queued for the service desk"));
    connect(m_status, qOverload<int>(&QComboBox::activated), this, &ServiceView::changeStatus);
    m_status->installEventFilter(new IgnoreWheel(m_status));
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    connect(m_history, &TicketTimeline::attachmentActivated, this,
            [this](const TicketAttachment &a) { m_opener->open(a, m_ticketNumber); });
    m_filesNote->setForegroundRole(QPalette::PlaceholderText);
    m_filesNote->setWordWrap(true);
    showFilesNote();
    m_complaint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_complaint->setWordWrap(true);
    m_complaint->hide();
    const QKeySequence escalateKey(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_escalate->setToolTip(tr("Open an ERP complaint for this ticket (%1); asks for the reason")
                               .arg(escalateKey.toString(QKeySequence::NativeText)));
    connect(m_escalate, &QPushButton::clicked, this, [this] { escalateTicket(m_ticketId); });
    auto *escalate = new QShortcut(escalateKey, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    escalate->setWhatsThis(tr("Open an ERP complaint for this ticket"));
    connect(escalate, &QShortcut::activated, this, [this] {
        if (m_escalate->isVisible() && m_escalate->isEnabled())
            escalateTicket(m_ticketId);
    });
    // Ctrl+N is the main window's "New record", which calls newRecord() on this page.
    m_edit->setToolTip(tr("Edit the subject, description, priority, product, due date and requestor (Enter in the list)"));
    m_delete->setToolTip(tr("Delete the ticket (Delete in the list); undone from Pending changes until it is sent"));
    connect(m_edit, &QPushButton::clicked, this, [this] { editTicket(m_ticketId); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteTicket(m_ticketId); });
    connect(m_list, &ListPanel::activated, this, &ServiceView::editTicket);
    auto *del = new QShortcut(QKeySequence::Delete, m_list->table(), nullptr, nullptr, Qt::WidgetShortcut);
    del->setWhatsThis(tr("Delete the selected ticket"));
    connect(del, &QShortcut::activated, this, [this] { deleteTicket(m_ticketId); });

    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    facts->addWidget(caption(tr("Customer"), this), 0, 0);
    facts->addWidget(m_customer, 0, 1);
    facts->addWidget(caption(tr("Status"), this), 0, 2);
    facts->addWidget(m_status, 0, 3);
    facts->addWidget(caption(tr("Product"), this), 1, 0);
    facts->addWidget(m_product, 1, 1);
    facts->addWidget(caption(tr("Priority"), this), 1, 2);
    facts->addWidget(m_priority, 1, 3);
    facts->addWidget(caption(tr("Serial number"), this), 2, 0);
    facts->addWidget(m_serial, 2, 1);
    facts->addWidget(caption(tr("Owner"), this), 2, 2);
    facts->addWidget(m_owner, 2, 3);
    facts->addWidget(caption(tr("Requestor"), this), 3, 0);
    facts->addWidget(m_requestor, 3, 1);
    facts->addWidget(caption(tr("Due"), this), 3, 2);
    facts->addWidget(m_due, 3, 3);
    facts->setColumnStretch(1, 2);
    facts->setColumnStretch(3, 1);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_escalate, 0, Qt::AlignTop);
    titleRow->addWidget(m_edit, 0, Qt::AlignTop);
    titleRow->addWidget(m_delete, 0, Qt::AlignTop);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(titleRow);
    bodyLayout->addWidget(m_number);
    bodyLayout->addWidget(m_complaint);
    bodyLayout->addSpacing(4);
    bodyLayout->addLayout(facts);
    bodyLayout->addSpacing(4);
    bodyLayout->addWidget(caption(tr("Description"), this));
    bodyLayout->addWidget(m_description);
    bodyLayout->addSpacing(4);
    bodyLayout->addWidget(caption(tr("History"), this));
    bodyLayout->addWidget(m_history, 1);
    bodyLayout->addWidget(m_filesNote);
    bodyLayout->addWidget(m_reply);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    QWidget *detail = makeDetailPane(m_empty, m_body, true, this);
    layoutMasterDetail(this, m_splitter, m_list, detail, 1, 1, {700, 640});
    rememberLayout(m_splitter, QStringLiteral("serviceSplitter"));
    m_list->rememberLayout(QStringLiteral("ticketList"));

    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("ticket") || entity == QLatin1String("ticket_event")
            || entity == QLatin1String("customer") || entity == QLatin1String("sync"))
            refresh();
    });
    m_list->selectRow(0);
}

void ServiceView::refresh()
{
    m_list->refresh();
    if (m_ticketId > 0)
        showTicket(m_ticketId);
}

void ServiceView::openRecord(qint64 ticketId)
{
    m_list->selectId(ticketId);
    if (m_ticketId != ticketId)
        showTicket(ticketId);
}

TicketDialog *ServiceView::openDialog() const
{
    return m_dialog;
}

TicketDialog *ServiceView::startDialog()
{
    // One ticket at a time: a second Ctrl+N brings the half-filled form back.
    if (!m_dialog) {
        m_dialog = new TicketDialog(m_ctx, this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The dialog announced the change already, so the list holds the new ticket.
        connect(m_dialog, &TicketDialog::created, this, &ServiceView::openRecord);
        m_dialog->open();
    }
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void ServiceView::newRecord()
{
    startDialog();
}

void ServiceView::newTicketFor(qint64 customerId)
{
    TicketDialog *dialog = startDialog();
    if (dialog->customerPicker()->recordId() <= 0 || dialog->subjectEdit()->text().isEmpty())
        dialog->setCustomer(customerId);
}

void ServiceView::editTicket(qint64 ticketId)
{
    if (ticketId <= 0)
        return;
    TicketDialog dialog(m_ctx, this);
    if (!dialog.loadTicket(ticketId))
        return;
    if (dialog.exec() == QDialog::Accepted)
        m_ctx.reportInfo(tr("The ticket was saved."));
}

void ServiceView::deleteTicket(qint64 ticketId)
{
    if (ticketId <= 0)
        return;
    auto record = readRecord(m_ctx.db(), entities::ticket(), ticketId);
    if (!record) {
        m_ctx.reportError(record.error());
        return;
    }
    const QString subject = record.value().value(QStringLiteral("subject")).toString();
    const auto answer = QMessageBox::question(this, tr("Delete ticket"),
                                              tr("Delete the ticket \"%1\"? The deletion is sent with the next sync; until "
                                                 "then it can be undone in Pending changes.")
                                                  .arg(subject),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = ServiceStore(m_ctx.db()).removeTicket(ticketId); !s) {
        m_ctx.reportError(s.error());
        return;
    }
    if (m_ticketId == ticketId) {
        m_ticketId = 0;
        m_body->hide();
        m_empty->show();
    }
    m_ctx.notifyChanged(QStringLiteral("ticket"));
    m_ctx.reportInfo(tr("The ticket was deleted; the deletion goes with the next sync."));
}

void ServiceView::showTicket(qint64 ticketId)
{
    auto record = readRecord(m_ctx.db(), entities::ticket(), ticketId);
    if (!record) {
        m_ctx.reportError(record.error());
        return;
    }
    const QVariantMap &t = record.value();
    Database &db = m_ctx.db();
    m_ticketId = ticketId;
    m_customerId = t.value(QStringLiteral("customer_id")).toLongLong();
    m_title->setText(t.value(QStringLiteral("subject")).toString());

    const QString number = t.value(QStringLiteral("number")).toString();
    m_ticketNumber = number;
    const QString filed = formatRelative(t.value(QStringLiteral("created_at")).toString());
    m_number->setText(number.isEmpty() ? tr("New ticket, not sent yet · filed %1").arg(filed)
                                        : tr("Ticket %1 · filed %2").arg(number, filed));

    auto customer = CustomerStore(db).name(m_customerId);
    m_customer->setText(QStringLiteral("<a href=\"customer\">%1</a>")
                            .arg((customer ? customer.value().value_or(QString()) : QString()).toHtmlEscaped()));
    QString product = tr("None");
    if (const QVariant productId = t.value(QStringLiteral("product_id")); !productId.isNull()) {
        auto p = ProductStore(db).label(productId.toLongLong());
        if (p && p.value())
            product = *p.value();
    }
    m_product->setText(product);
    const QString serial = t.value(QStringLiteral("serial_number")).toString();
    m_serial->setText(serial.isEmpty() ? tr("None") : serial);
    const int priority = t.value(QStringLiteral("priority")).toInt();
    const QString priorityText = vocab::priorityLabel(priority).toHtmlEscaped();
    m_priority->setText(priority >= 4 ? QStringLiteral("<b style=\"color:#c62828\">%1</b>").arg(priorityText)
                                      : priorityText);
    m_owner->setText(t.value(QStringLiteral("owner")).toString());
    m_storedStatus = t.value(QStringLiteral("status")).toString();
    m_status->setCurrentIndex(m_status->findData(m_storedStatus));
    const QString description = t.value(QStringLiteral("description")).toString();
    m_description->setText(description.isEmpty() ? tr("No description.") : description);

    const QString due = t.value(QStringLiteral("due_at")).toString();
    const QDateTime dueAt = QDateTime::fromString(due, Qt::ISODate);
    if (due.isEmpty()) {
        m_due->setText(tr("No due date"));
    } else if (dueAt.isValid()) {
        const bool open = m_storedStatus != QLatin1String("resolved") && m_storedStatus != QLatin1String("rejected");
        const QString when = QLocale().toString(dueAt.toLocalTime(), QLocale::ShortFormat);
        m_due->setText(open && dueAt < QDateTime::currentDateTimeUtc() ? tr("%1 (overdue)").arg(when) : when);
    } else {
        m_due->setText(due);
    }
    QString requestor = tr("None");
    if (const qint64 contactId = t.value(QStringLiteral("contact_id")).toLongLong(); contactId > 0) {
        auto contact = CustomerStore(db).contact(contactId);
        requestor = contact ? contact.value().value(QStringLiteral("name")).toString() : tr("A deleted contact");
    }
    m_requestor->setText(requestor);
    showEscalation(t);

    m_reply->setTicket(ticketId);
    showFilesNote(); // the server or the limit may have been set up since
    setHistory(ticketId);
    m_empty->hide();
    m_body->show();
}

void ServiceView::setHistory(qint64 ticketId)
{
    auto entries = ServiceStore(m_ctx.db()).history(ticketId);
    if (!entries) {
        m_ctx.reportError(entries.error());
        return;
    }
    m_history->setEntries(entries.value());
}

void ServiceView::showFilesNote()
{
    m_filesNote->setText(m_ctx.attachmentSource()
                             ? tr("Files up to %1 MB open here (Enter or double-click on a file).").arg(AttachmentOpener::limitMb())
                             : tr("Attached files are listed only: no after-sales server is set up to download them from. "
                                  "Files written here open until they are sent."));
}

void ServiceView::showEscalation(const QVariantMap &ticket)
{
    const QString ref = ticket.value(QStringLiteral("complaint_ref")).toString();
    if (!ref.isEmpty()) {
        m_complaint->setText(tr("Escalated to ERP complaint %1").arg(ref));
        m_complaint->show();
        m_escalate->setEnabled(false);
        m_escalate->setToolTip(tr("This ticket is ERP complaint %1 already").arg(ref));
        return;
    }
    auto pending = ServiceStore(m_ctx.db()).escalationPending(m_ticketId);
    if (!pending)
        m_ctx.reportError(pending.error());
    const bool queued = pending && pending.value();
    m_complaint->setText(tr("Escalation to an ERP complaint is queued; the complaint's number shows here once the ERP "
                            "has opened it."));
    m_complaint->setVisible(queued);
    m_escalate->setEnabled(!queued);
}

void ServiceView::escalateTicket(qint64 ticketId)
{
    if (ticketId <= 0)
        return;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("escalateDialog"));
    ask.setWindowTitle(tr("Escalate to ERP complaint"));
    ask.setLabelText(tr("The ERP opens a complaint for this ticket (for a return, a credit note or a supplier claim).\n"
                        "Why, in a few words?"));
    ask.setInputMode(QInputDialog::TextInput);
    ask.setOkButtonText(tr("Escalate"));
    if (ask.exec() != QDialog::Accepted)
        return;
    if (Status s = ServiceStore(m_ctx.db()).escalate(ticketId, ask.textValue(), m_ctx.session().user); !s) {
        m_ctx.reportError(s.error());
        return;
    }
    m_ctx.notifyChanged(QStringLiteral("ticket"));
    m_ctx.reportInfo(tr("The escalation is queued; the ERP opens the complaint with the next sync."));
}

QPlainTextEdit *ServiceView::commentBox() const
{
    return m_reply->textEdit();
}

QPushButton *ServiceView::commentButton() const
{
    return m_reply->sendButton();
}

void ServiceView::changeStatus(int index)
{
    const QString status = m_status->itemData(index).toString();
    if (m_ticketId <= 0 || status == m_storedStatus)
        return;
    ServiceStore store(m_ctx.db());
    if (Status s = store.setStatus(m_ticketId, status, m_ctx.session().user); !s) {
        m_ctx.reportError(s.error());
        m_status->setCurrentIndex(m_status->findData(m_storedStatus));
        return;
    }
    m_storedStatus = status;
    m_ctx.notifyChanged(QStringLiteral("ticket"));
}

} // namespace sb
