#include "QuoteEditor.h"

#include "QuoteCurrencyBox.h"
#include "QuoteLineDelegate.h"
#include "HandoffDialog.h"
#include "QuoteLinesModel.h"
#include "models/domain/Vocabulary.h"
#include "models/store/ApprovalFacts.h"
#include "models/store/Database.h"
#include "models/store/QuoteStore.h"
#include "models/store/SyncStates.h"
#include "ui/common/AppContext.h"
#include "ui/common/SyncStateIcons.h"
#include "ui/documents/QuoteDocumentBar.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

namespace {
constexpr double kLowMarginPct = 15.0;

QString badgeStyle(const QString &state)
{
    QString color = QStringLiteral("#757575");
    if (state == QLatin1String("pending_approval"))
        color = QStringLiteral("#ef6c00");
    else if (state == QLatin1String("approved") || state == QLatin1String("accepted"))
        color = QStringLiteral("#2e7d32");
    else if (state == QLatin1String("rejected"))
        color = QStringLiteral("#c62828");
    else if (state == QLatin1String("sent"))
        color = QStringLiteral("#1565c0");
    else if (state == QLatin1String("ordered"))
        color = QStringLiteral("#6a1b9a");
    return QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; padding: 2px 8px; }").arg(color);
}
} // namespace

QString QuoteEditor::approver()
{
    return QSettings().value(QStringLiteral("quotes/approver"), QStringLiteral("zhao.min")).toString();
}

QuoteEditor::QuoteEditor(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_catalog(new ProductCatalog(this))
    , m_lines(new QuoteLinesModel(m_catalog, this))
    , m_stack(new QStackedWidget(this))
    , m_number(new QLabel(this))
    , m_customer(new QLabel(this))
    , m_stateBadge(new QLabel(this))
    , m_currency(new QuoteCurrencyBox(ctx.db(), this))
    , m_meta(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_table(new QTableView(this))
    , m_lineError(new QLabel(this))
    , m_addLine(new QPushButton(tr("Add line"), this))
    , m_removeLine(new QPushButton(tr("Remove line"), this))
    , m_subtotal(new QLabel(this))
    , m_discount(new QLabel(this))
    , m_total(new QLabel(this))
    , m_margin(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_submit(new QPushButton(tr("Submit for approval"), this))
    , m_withdraw(new QPushButton(tr("Withdraw request"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_documents(new QuoteDocumentBar(ctx, this))
{
    reloadCatalog();

    auto *empty = new QLabel(tr("Select a quote in the list, or press Ctrl+N to start a new one."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);

    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_number->setFont(big);
    m_customer->setTextFormat(Qt::RichText);
    m_customer->setFont(big);
    m_customer->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_customer, &QLabel::linkActivated, this, [this] {
        if (m_customerId > 0)
            m_ctx.requestOpen(QStringLiteral("customer"), m_customerId);
    });
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setTextFormat(Qt::RichText);
    connect(m_meta, &QLabel::linkActivated, this, [this] {
        if (m_orderId > 0)
            m_ctx.requestOpen(QStringLiteral("order"), m_orderId);
    });
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_lineError->setObjectName(QStringLiteral("lineError"));
    m_lineError->setWordWrap(true);
    m_lineError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_lineError->hide();

    m_table->setModel(m_lines);
    m_table->setItemDelegate(new QuoteLineDelegate(m_catalog, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    // The product keeps a readable width ("code  name", not "伺服…") however narrow the window:
    // the description stretches and, when even that is not enough, the table scrolls.
    h->resizeSection(QuoteLinesModel::Product,
                     m_table->fontMetrics().horizontalAdvance(QStringLiteral("TST-SRV-0000  交流伺服电机 750W")) + 24);
    h->setSectionResizeMode(QuoteLinesModel::Description, QHeaderView::Stretch);
    const QString widest = formatMoney(Q_INT64_C(99999999999), QStringLiteral("USD")); // the longer currency signs
    const int digits = m_table->fontMetrics().horizontalAdvance(widest) + 16;
    h->resizeSection(QuoteLinesModel::Quantity, m_table->fontMetrics().horizontalAdvance(QStringLiteral("Quantity00")) + 16);
    h->resizeSection(QuoteLinesModel::UnitPrice, digits);
    h->resizeSection(QuoteLinesModel::Discount, m_table->fontMetrics().horizontalAdvance(QStringLiteral("Discount0")) + 16);
    h->resizeSection(QuoteLinesModel::LineTotal, digits);

    auto *header = new QHBoxLayout;
    header->addWidget(m_number);
    header->addSpacing(8);
    header->addWidget(m_customer, 1);
    header->addWidget(m_currency);
    header->addWidget(m_stateBadge);
    connect(m_currency, &QuoteCurrencyBox::failed, &m_ctx, &AppContext::reportError);
    connect(m_currency, &QuoteCurrencyBox::currencyChanged, this, [this](const QString &currency) {
        m_lines->setCurrency(currency);
        updateTotals();
        if (m_lines->rowCount() > 0) // nothing converts the prices: say so rather than let them pass as dollars
            m_ctx.reportInfo(tr("Quote %1 is now in %2. The prices were kept as typed, not converted: check them.")
                                 .arg(m_number->text(), currency));
        emit quoteChanged(m_quoteId);
        m_ctx.notifyChanged(QStringLiteral("quote"));
    });

    auto *totals = new QGridLayout;
    totals->setHorizontalSpacing(14);
    const QList<QPair<QString, QLabel *>> rows = {
        {tr("Subtotal"), m_subtotal}, {tr("Discount"), m_discount}, {tr("Total"), m_total}, {tr("Margin"), m_margin}};
    for (int i = 0; i < rows.size(); ++i) {
        auto *name = new QLabel(rows.at(i).first, this);
        name->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rows.at(i).second->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rows.at(i).second->setMinimumWidth(m_table->fontMetrics().horizontalAdvance(widest + QStringLiteral(" (00.0%)")));
        totals->addWidget(name, i, 0);
        totals->addWidget(rows.at(i).second, i, 1);
    }
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    auto *lineButtons = new QVBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch();
    auto *below = new QHBoxLayout;
    below->addLayout(lineButtons);
    below->addStretch(1);
    below->addLayout(totals);

    auto *actions = new QHBoxLayout;
    m_save->setToolTip(tr("Save the lines (Ctrl+S)"));
    m_submit->setToolTip(tr("Send the quote to %1 for approval").arg(approver()));
    actions->addWidget(m_save);
    actions->addWidget(m_submit);
    m_withdraw->setObjectName(QStringLiteral("withdrawApproval"));
    m_withdraw->setToolTip(tr("Take the approval request back; the quote becomes a draft again"));
    actions->addWidget(m_withdraw);
    m_delete->setObjectName(QStringLiteral("deleteQuote"));
    m_delete->setToolTip(tr("Delete this draft quote (Delete in the list)"));
    actions->addWidget(m_delete);
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_quoteId); });
    actions->addStretch(1);
    connect(m_documents, &QuoteDocumentBar::quoteChanged, this, [this](qint64 id) {
        if (id == m_quoteId && !m_dirty)
            reload();
        emit quoteChanged(id);
    });
    // Turning a quote into an order is the sales office's job (and the manager's).
    if (m_ctx.session().isOffice() || m_ctx.session().isManager()) {
        m_createOrder = new QPushButton(tr("Create order"), this);
        m_createOrder->setToolTip(tr("Hand the approved quote to the ERP as a sales order"));
        actions->addWidget(m_createOrder);
        connect(m_createOrder, &QPushButton::clicked, this, &QuoteEditor::createOrder);
    }

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_meta);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_lineError);
    layout->addLayout(below);
    auto *documents = new QHBoxLayout; // a row of its own, so the editor keeps its narrow width
    documents->addStretch(1);
    documents->addWidget(m_documents);
    layout->addLayout(documents);
    layout->addLayout(actions);

    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &QuoteEditor::save);
    addAction(saveAction);

    connect(m_addLine, &QPushButton::clicked, this, &QuoteEditor::addLine);
    connect(m_removeLine, &QPushButton::clicked, this, &QuoteEditor::removeSelectedLines);
    connect(m_save, &QPushButton::clicked, this, &QuoteEditor::save);
    connect(m_submit, &QPushButton::clicked, this, &QuoteEditor::submitForApproval);
    connect(m_withdraw, &QPushButton::clicked, this, &QuoteEditor::confirmWithdraw);
    connect(m_lines, &QuoteLinesModel::refused, this, [this](const QModelIndex &index, const QString &message) {
        m_refusalPending = true;
        m_lineError->setText(message);
        m_lineError->show();
        m_table->setCurrentIndex(index); // back on the cell at fault, ready to type again
    });
    connect(m_lines, &QuoteLinesModel::modelReset, this, [this] {
        m_refusalPending = false;
        m_lineError->hide();
    });
    connect(m_lines, &QuoteLinesModel::edited, this, [this] {
        m_refusalPending = false;
        m_lineError->hide();
        setDirty(true);
        updateTotals();
    });
    connect(m_lines, &QAbstractItemModel::modelReset, this, &QuoteEditor::updateTotals);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QuoteEditor::updateActions);
    load(0);
}

bool QuoteEditor::isEditable() const
{
    return m_quoteId > 0 && (m_state == QLatin1String("draft") || m_state == QLatin1String("rejected"));
}

QString QuoteEditor::numberText() const
{
    return m_number->text();
}

void QuoteEditor::reloadCatalog()
{
    if (Status s = m_catalog->load(m_ctx.db()); !s)
        m_ctx.reportError(s.error());
}

void QuoteEditor::load(qint64 quoteId)
{
    m_quoteId = 0;
    m_customerId = 0;
    m_state.clear();
    m_orderRequested = false;
    m_orderable = false;
    m_orderId = 0;
    if (quoteId > 0) {
        auto r = QuoteStore(m_ctx.db()).header(quoteId);
        if (!r) {
            m_ctx.reportError(r.error());
        } else if (r.value()) {
            const QuoteHeader &h = *r.value();
            m_quoteId = quoteId;
            m_state = h.state;
            m_orderRequested = h.orderRequested;
            m_orderable = h.orderable;
            m_orderId = h.orderId;
            m_customerId = h.customerId;
            m_number->setText(h.number);
            m_customer->setText(QStringLiteral("<a href='customer'>%1</a>").arg(h.customerName.toHtmlEscaped()));
            m_customer->setToolTip(tr("Open the customer file"));
            m_stateBadge->setText(vocab::quoteStateLabel(m_state));
            m_stateBadge->setStyleSheet(badgeStyle(m_state));
            QStringList meta;
            if (!h.customerGrade.isEmpty())
                meta << tr("Grade %1").arg(h.customerGrade);
            if (!h.validUntil.isEmpty())
                meta << tr("Valid until %1").arg(formatDate(h.validUntil));
            if (!h.owner.isEmpty())
                meta << tr("Owner %1").arg(h.owner);
            if (h.localState != sqlValue(LocalState::Clean) || !h.syncError.toString().isEmpty())
                meta << syncStateText(h.localState, h.syncError); // the sync state is never hidden
            for (QString &part : meta)
                part = part.toHtmlEscaped();
            if (h.orderId > 0) // the ERP's order, once it came back
                meta << QStringLiteral("<a href='order'>%1</a>")
                            .arg(tr("Order %1").arg(h.orderNumber.isEmpty() ? tr("(no number yet)") : h.orderNumber).toHtmlEscaped());
            m_meta->setText(meta.join(QStringLiteral(" &nbsp;·&nbsp; ")));
            auto lines = QuoteStore(m_ctx.db()).lines(quoteId);
            if (!lines)
                m_ctx.reportError(lines.error());
            m_lines->setLines(lines ? lines.value() : QList<QuoteLine>(), h.currency);
            m_currency->setQuote(quoteId, h.currency, isEditable());
        }
    }
    if (m_quoteId == 0)
        m_lines->setLines({}, QString());
    m_lines->setEditable(isEditable());
    m_stack->setCurrentIndex(m_quoteId > 0 ? 1 : 0);
    m_documents->setQuote(m_quoteId);
    loadBanner();
    setDirty(false);
    updateTotals();
}

void QuoteEditor::reload()
{
    load(m_quoteId);
}

void QuoteEditor::loadBanner()
{
    m_banner->hide();
    m_approvalId = 0;
    m_canWithdraw = false;
    if (m_quoteId <= 0)
        return;
    auto latest = ApprovalInbox(m_ctx.db()).latestForQuote(m_quoteId);
    if (!latest || latest.value() <= 0) {
        if (!latest)
            m_ctx.reportError(latest.error());
        return;
    }
    ApprovalStore approvals(m_ctx.db());
    auto facts = approvals.facts(latest.value());
    auto queued = approvals.queuedDecision(latest.value());
    if (!facts || !queued) {
        m_ctx.reportError(!facts ? facts.error() : queued.error());
        return;
    }
    m_approvalId = latest.value();
    const ApprovalFacts &a = facts.value();
    const ApprovalStore::Queued &q = queued.value();
    const bool withdrawing = q.command == QLatin1String("withdraw");
    QString text;
    QString color = QStringLiteral("#fff3e0");
    if (a.state == QLatin1String("pending") && m_state == QLatin1String("pending_approval")) {
        const QString since = formatRelative(a.submittedAt);
        if (!a.node.isEmpty())
            text = tr("Waiting at %1 for %2 since %3.").arg(a.node, a.approver, since);
        else if (!a.approver.isEmpty())
            text = tr("Waiting for %1's approval since %2.").arg(a.approver, since);
        else
            text = tr("Waiting for approval since %1.").arg(since);
        if (withdrawing && q.failed) {
            color = QStringLiteral("#ffebee");
            text += QLatin1Char('\n') + tr("The withdrawal was not taken: %1").arg(q.error);
        } else if (withdrawing) {
            color = QStringLiteral("#eceff1");
            text += QLatin1Char('\n') + tr("Your withdrawal waits to be sent with the next sync.");
        }
        auto oaUser = ApprovalInbox(m_ctx.db()).myOaUser();
        const bool mine = a.requester == m_ctx.session().user || (oaUser && !oaUser.value().isEmpty() && a.requester == oaUser.value());
        m_canWithdraw = mine && (!withdrawing || q.failed);
    } else if (a.state == QLatin1String("rejected") && m_state == QLatin1String("rejected")) {
        color = QStringLiteral("#ffebee");
        text = tr("Rejected by %1 %2: “%3”. Change the lines and submit again.")
                   .arg(a.approver, formatRelative(a.decidedAt), a.decisionComment);
    } else if (a.state == QLatin1String("approved") && m_state == QLatin1String("approved")) {
        color = QStringLiteral("#e8f5e9");
        text = a.decisionComment.isEmpty()
                   ? tr("Approved by %1 %2.").arg(a.approver, formatRelative(a.decidedAt))
                   : tr("Approved by %1 %2: “%3”.").arg(a.approver, formatRelative(a.decidedAt), a.decisionComment);
    } else if (a.state == QLatin1String("withdrawn") && m_state == QLatin1String("draft")) {
        color = QStringLiteral("#eceff1");
        text = tr("The approval request was withdrawn %1. Submit the quote again when it is ready.")
                   .arg(formatRelative(a.decidedAt.isEmpty() ? a.submittedAt : a.decidedAt));
    } else if (a.state == QLatin1String("revoked") && m_state == QLatin1String("draft")) {
        color = QStringLiteral("#ffebee");
        text = tr("Approval revoked %1: the quote needs a new approval before it can become an order.")
                   .arg(formatRelative(a.decidedAt.isEmpty() ? a.submittedAt : a.decidedAt));
    }
    if (text.isEmpty())
        return;
    m_banner->setText(text);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: #212121; padding: 6px; border-radius: 4px; }").arg(color));
    m_banner->show();
}

void QuoteEditor::updateTotals()
{
    const QuoteTotals t = m_lines->totals();
    const QString currency = m_lines->currency();
    const QLocale locale;
    m_subtotal->setText(formatMoney(t.subtotalCents, currency));
    m_discount->setText(t.discountCents > 0 ? tr("%1 (%2%)").arg(formatMoney(t.discountCents, currency),
                                                                 locale.toString(t.discountPct(), 'f', 1))
                                            : formatMoney(0, currency));
    m_total->setText(formatMoney(t.totalCents, currency));
    const double margin = t.marginPct();
    if (margin < 0) {
        m_margin->setText(m_lines->rowCount() > 0 ? tr("cost unknown") : QStringLiteral("–"));
        m_margin->setStyleSheet(QString());
        m_margin->setToolTip(tr("The margin needs the cost of every product on the quote."));
    } else {
        m_margin->setText(locale.toString(margin, 'f', 1) + QLatin1Char('%'));
        m_margin->setStyleSheet(margin < kLowMarginPct ? QStringLiteral("color: #c62828; font-weight: bold") : QString());
        m_margin->setToolTip(margin < kLowMarginPct ? tr("Below %1%: the approver will look hard at this discount.")
                                                          .arg(locale.toString(kLowMarginPct, 'f', 0))
                                                    : QString());
    }
    updateActions();
}

void QuoteEditor::updateActions()
{
    const bool editable = isEditable();
    m_addLine->setEnabled(editable);
    m_removeLine->setEnabled(editable && m_table->selectionModel()->hasSelection());
    m_save->setEnabled(editable && m_dirty);
    m_submit->setEnabled(editable && m_lines->rowCount() > 0);
    m_withdraw->setVisible(m_canWithdraw);
    m_delete->setVisible(editable);
    if (m_createOrder) {
        m_createOrder->setEnabled(!m_orderRequested && m_orderable);
        m_createOrder->setToolTip(m_orderRequested ? tr("The order is on its way to the ERP (see Pending changes)")
                                                   : tr("Hand the approved quote to the ERP as a sales order"));
    }
}

void QuoteEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateActions();
}

void QuoteEditor::addLine()
{
    if (!isEditable())
        return;
    const int row = m_lines->addLine();
    const QModelIndex product = m_lines->index(row, QuoteLinesModel::Product);
    m_table->setCurrentIndex(product);
    if (isVisible())
        m_table->edit(product); // straight into choosing the product
}

void QuoteEditor::removeSelectedLines()
{
    if (!isEditable())
        return;
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << i.row();
    m_lines->removeLines(rows);
}

bool QuoteEditor::save()
{
    if (!isEditable())
        return false;
    // Ctrl+S while a cell is being edited saves what the cell shows, like every form does.
    const QModelIndex current = m_table->currentIndex();
    if (QWidget *editor = current.isValid() ? m_table->indexWidget(current) : nullptr)
        emit m_table->itemDelegate()->commitData(editor);
    // A refused value stops the save until it is typed again: saving the line with its old
    // value would quietly drop what the person typed.
    if (m_refusalPending) {
        m_lineError->show();
        return false;
    }
    if (!m_dirty)
        return true;
    const Status s = QuoteStore(m_ctx.db()).saveLines(m_quoteId, m_lines->lines());
    if (!s) {
        m_lineError->setText(s.error());
        m_lineError->show();
        m_ctx.reportError(s.error());
        return false;
    }
    reload(); // the saved lines get their ids; a rejected quote became a draft again
    emit quoteChanged(m_quoteId);
    m_ctx.notifyChanged(QStringLiteral("quote"));
    return true;
}

bool QuoteEditor::submitForApproval()
{
    if (!isEditable() || !save())
        return false;
    auto r = QuoteStore(m_ctx.db()).submitForApproval(m_quoteId, m_ctx.session().user, approver());
    if (!r) {
        m_ctx.reportError(r.error());
        return false;
    }
    reload();
    m_ctx.reportInfo(tr("Quote %1 was sent to %2 for approval.").arg(m_number->text(), approver()));
    emit quoteChanged(m_quoteId);
    m_ctx.notifyChanged(QStringLiteral("quote"));
    m_ctx.notifyChanged(QStringLiteral("approval"));
    return true;
}

bool QuoteEditor::createOrder()
{
    if (m_quoteId <= 0 || !m_orderable || m_orderRequested)
        return false;
    auto *dialog = new HandoffDialog(m_ctx, m_quoteId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 quoteId = m_quoteId;
    const QString number = m_number->text();
    connect(dialog, &QDialog::accepted, this, [this, quoteId, number] {
        if (quoteId == m_quoteId)
            reload();
        emit quoteChanged(quoteId);
        m_ctx.notifyChanged(QStringLiteral("quote"));
        m_ctx.reportInfo(tr("Quote %1 goes to the ERP as an order with the next sync; the order appears here once the ERP "
                            "has confirmed it.").arg(number));
    });
    dialog->open();
    return true;
}

void QuoteEditor::confirmWithdraw()
{
    if (!m_canWithdraw)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Withdraw approval request"),
                                tr("Withdraw the approval request of quote %1?").arg(m_number->text()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmWithdraw"));
    box->setInformativeText(tr("The approver no longer sees it, and the quote becomes a draft you can change and submit "
                               "again."));
    box->button(QMessageBox::Yes)->setText(tr("&Withdraw"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 approvalId = m_approvalId;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, approvalId](QAbstractButton *button) {
        // The quote shown may have changed while the box was open: withdraw what was asked.
        if (box->standardButton(button) == QMessageBox::Yes && approvalId == m_approvalId)
            withdrawApproval();
    });
    box->open();
}

bool QuoteEditor::withdrawApproval()
{
    if (!m_canWithdraw || m_approvalId <= 0)
        return false;
    if (Status s = ApprovalStore(m_ctx.db()).withdraw(m_approvalId, m_ctx.session().user); !s) {
        m_ctx.reportError(s.error());
        return false;
    }
    reload();
    m_ctx.reportInfo(m_state == QLatin1String("draft")
                         ? tr("The approval request of quote %1 was withdrawn.").arg(m_number->text())
                         : tr("The withdrawal of quote %1's approval request goes to the OA system with the next sync.")
                               .arg(m_number->text()));
    emit quoteChanged(m_quoteId);
    m_ctx.notifyChanged(QStringLiteral("quote"));
    m_ctx.notifyChanged(QStringLiteral("approval"));
    return true;
}

} // namespace sb
