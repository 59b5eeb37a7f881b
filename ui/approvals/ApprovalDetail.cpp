#include "ApprovalDetail.h"

#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/QuoteStore.h"
#include "ui/common/AppContext.h"
#include "ui/quotes/QuoteLinesModel.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

namespace {
QString stateColor(const QString &state)
{
    if (state == QLatin1String("pending"))
        return QStringLiteral("#ef6c00");
    if (state == QLatin1String("approved"))
        return QStringLiteral("#2e7d32");
    if (state == QLatin1String("rejected"))
        return QStringLiteral("#c62828");
    return QStringLiteral("#757575");
}

QString pct(double v)
{
    return v < 0 ? QStringLiteral("–") : QLocale().toString(v, 'f', 1) + QLatin1Char('%');
}

QString longTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}
} // namespace

ApprovalDetail::ApprovalDetail(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_catalog(new ProductCatalog(this))
    , m_lines(new QuoteLinesModel(m_catalog, this))
    , m_body(new QWidget(this))
    , m_empty(new QLabel(tr("Select a request to see what decides it."), this))
    , m_title(new QLabel(m_body))
    , m_subtitle(new QLabel(m_body))
    , m_state(new QLabel(m_body))
    , m_notice(new QLabel(m_body))
    , m_linesTitle(new QLabel(m_body))
    , m_summary(new QLabel(m_body))
    , m_table(new QTableView(m_body))
    , m_steps(new QLabel(m_body))
    , m_openQuote(new QPushButton(tr("Open quote"), m_body))
    , m_openCustomer(new QPushButton(tr("Customer file"), m_body))
    , m_grid(new QGridLayout)
{
    if (Status s = m_catalog->load(ctx.db()); !s)
        ctx.reportError(s.error());
    m_lines->setEditable(false);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_amount = addFact(tr("Amount"), 0, 0);
    m_discount = addFact(tr("Discount"), 0, 2);
    m_margin = addFact(tr("Margin"), 1, 0);
    m_grade = addFact(tr("Customer grade"), 1, 2);
    m_orders = addFact(tr("Orders, last 12 months"), 2, 0);
    m_revenue = addFact(tr("Revenue, last 12 months"), 2, 2);
    m_tickets = addFact(tr("Open service tickets"), 3, 0);
    m_history = addFact(tr("Rejected before"), 3, 2);
    m_requester = addFact(tr("Requested by"), 4, 0);
    m_node = addFact(tr("Approval step"), 4, 2);
    m_node->setWordWrap(true);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    QFont bold = m_amount->font();
    bold.setBold(true);
    m_amount->setFont(bold);

    QFont section = m_linesTitle->font();
    section.setBold(true);
    m_linesTitle->setFont(section);
    m_table->setModel(m_lines);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QuoteLinesModel::Description, QHeaderView::Stretch);
    m_table->setMinimumHeight(110);
    m_notice->setObjectName(QStringLiteral("approvalNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    // The lines as the request carries them, for a quote this laptop does not hold.
    m_summary->setObjectName(QStringLiteral("approvalSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); padding: 4px; }"));
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setWordWrap(true);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_state, 0, Qt::AlignTop);
    auto *links = new QHBoxLayout;
    links->addWidget(m_openQuote);
    links->addWidget(m_openCustomer);
    links->addStretch(1);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(titleRow);
    body->addWidget(m_subtitle);
    body->addWidget(m_notice);
    body->addSpacing(4);
    body->addLayout(m_grid);
    body->addSpacing(4);
    body->addWidget(m_linesTitle);
    body->addWidget(m_table, 1);
    body->addWidget(m_summary);
    body->addWidget(m_steps);
    body->addLayout(links);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_body, 1);

    connect(m_openQuote, &QPushButton::clicked, this, [this] {
        if (m_facts.subjectEntity == QLatin1String("quote") && m_facts.subjectId > 0)
            m_ctx.requestOpen(QStringLiteral("quote"), m_facts.subjectId);
    });
    connect(m_openCustomer, &QPushButton::clicked, this, [this] {
        if (m_facts.customerId > 0)
            m_ctx.requestOpen(QStringLiteral("customer"), m_facts.customerId);
    });
    clear();
}

QLabel *ApprovalDetail::addFact(const QString &name, int row, int column)
{
    auto *label = new QLabel(name, m_body);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(m_body);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_grid->addWidget(label, row, column);
    m_grid->addWidget(value, row, column + 1);
    return value;
}

void ApprovalDetail::clear()
{
    m_facts = ApprovalFacts();
    m_queued = ApprovalStore::Queued();
    m_lines->setLines({}, QString());
    m_body->hide();
    m_empty->show();
}

bool ApprovalDetail::load(qint64 approvalId)
{
    auto facts = approvalId > 0 ? ApprovalStore(m_ctx.db()).facts(approvalId) : Result<ApprovalFacts>::fail(QString());
    if (!facts) {
        if (!facts.error().isEmpty())
            m_ctx.reportError(facts.error());
        clear();
        return false;
    }
    m_facts = facts.value();
    const ApprovalFacts &f = m_facts;
    const QLocale locale;
    m_title->setText(f.title);
    m_state->setText(vocab::approvalStateLabel(f.state));
    m_state->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; padding: 2px 8px; }")
                               .arg(stateColor(f.state)));
    QStringList asked{vocab::approvalKindLabel(f.kind),
                      tr("requested by %1 %2").arg(f.requester, formatRelative(f.submittedAt))};
    if (!f.approver.isEmpty() && f.state == QLatin1String("pending"))
        asked << (f.node.isEmpty() ? tr("waiting for %1").arg(f.approver) : tr("waiting at %1 for %2").arg(f.node, f.approver));
    else if (!f.approver.isEmpty())
        asked << tr("decided by %1").arg(f.approver);
    if (!f.customerName.isEmpty())
        asked << f.customerName;
    m_subtitle->setText(asked.join(QStringLiteral("  ·  ")));
    m_subtitle->setToolTip(longTime(f.submittedAt));

    m_amount->setText(formatMoney(f.amountCents, f.currency));
    m_discount->setText(pct(f.discountPct));
    m_margin->setText(f.marginPct < 0 ? tr("cost unknown") : pct(f.marginPct));
    const bool low = f.marginPct >= 0 && f.marginPct < kLowMarginPct;
    m_margin->setStyleSheet(low ? QStringLiteral("QLabel { color: #c62828; font-weight: bold; }") : QString());
    m_margin->setToolTip(low ? tr("Below %1%").arg(locale.toString(kLowMarginPct, 'f', 0)) : QString());
    m_grade->setText(f.grade.isEmpty() ? QStringLiteral("–") : vocab::gradeLabel(f.grade));
    m_grade->setToolTip(f.customerName);
    m_orders->setText(locale.toString(f.orders12m));
    m_revenue->setText(f.revenue12m.format(locale, QStringLiteral(" · "), f.currency));
    m_tickets->setText(locale.toString(f.openTickets));
    m_tickets->setStyleSheet(f.openTickets > 0 ? QStringLiteral("QLabel { color: #ef6c00; }") : QString());
    m_history->setText(locale.toString(f.rejectedBefore));
    m_requester->setText(f.requester.isEmpty() ? QStringLiteral("–") : f.requester);
    m_requester->setToolTip(longTime(f.submittedAt));
    m_node->setText(f.node.isEmpty() ? QStringLiteral("–") : f.node);

    const bool isQuote = f.subjectEntity == QLatin1String("quote") && f.subjectId > 0;
    QList<QuoteLine> lines;
    QString currency = f.currency;
    if (isQuote) {
        auto r = QuoteStore(m_ctx.db()).lines(f.subjectId);
        if (!r)
            m_ctx.reportError(r.error());
        else
            lines = r.value();
    }
    // A quote this laptop does not hold (or holds without lines) shows the lines the request
    // carries, as the OA form shows them.
    const bool fromRequest = lines.isEmpty() && !f.summary.isEmpty();
    if (isQuote && !fromRequest)
        m_linesTitle->setText(tr("Quote %1: %n line(s)", nullptr, int(lines.size())).arg(f.quoteNumber));
    else if (fromRequest)
        m_linesTitle->setText(f.quoteNumber.isEmpty() ? tr("Lines of the request") : tr("Quote %1: lines of the request").arg(f.quoteNumber));
    m_lines->setLines(lines, currency);
    m_summary->setText(f.summary);
    m_summary->setVisible(fromRequest);
    m_linesTitle->setVisible(isQuote || fromRequest);
    m_table->setVisible(isQuote && !fromRequest);
    m_openQuote->setVisible(isQuote);
    m_openCustomer->setEnabled(f.customerId > 0);

    QString steps = QStringLiteral("<b>%1</b><br>").arg(tr("Approval steps").toHtmlEscaped());
    QStringList items;
    for (const ApprovalStep &s : f.steps) {
        QString item = QStringLiteral("<span style='color:%1'>●</span> %2 — %3")
                           .arg(stateColor(s.state), s.approver.toHtmlEscaped(),
                                vocab::approvalStateLabel(s.state).toHtmlEscaped());
        if (!s.at.isEmpty())
            item += QStringLiteral(", ") + longTime(s.at).toHtmlEscaped();
        if (!s.comment.isEmpty())
            item += QStringLiteral(": “%1”").arg(s.comment.toHtmlEscaped());
        items << item;
    }
    if (items.isEmpty())
        items << tr("No step recorded yet.").toHtmlEscaped();
    m_steps->setText(steps + items.join(QStringLiteral("<br>")));
    showNotice();

    m_empty->hide();
    m_body->show();
    return true;
}

void ApprovalDetail::showNotice()
{
    auto queued = ApprovalStore(m_ctx.db()).queuedDecision(m_facts.id);
    if (!queued)
        m_ctx.reportError(queued.error());
    m_queued = queued ? queued.value() : ApprovalStore::Queued();
    const QString &command = m_queued.command;
    QString text;
    if (command.isEmpty()) {
        m_notice->hide();
        return;
    }
    if (m_queued.failed) {
        // The server's reason names who decided what meanwhile; then what was refused, and the
        // state the request really has now.
        const QString now = vocab::approvalStateLabel(m_facts.state);
        if (command == QLatin1String("approve"))
            text = tr("Your decision to approve was refused.\n%1\nThe request is now: %2.").arg(m_queued.error, now);
        else if (command == QLatin1String("reject"))
            text = tr("Your decision to reject was refused.\n%1\nThe request is now: %2.").arg(m_queued.error, now);
        else
            text = tr("The change made here was refused.\n%1\nThe request is now: %2.").arg(m_queued.error, now);
    } else if (command == QLatin1String("approve")) {
        text = tr("Your decision (approve) waits to be sent: it reaches the OA system with the next sync.");
    } else if (command == QLatin1String("reject")) {
        text = tr("Your decision (reject) waits to be sent: it reaches the OA system with the next sync.");
    } else if (command == QLatin1String("withdraw")) {
        text = tr("The withdrawal of this request waits to be sent with the next sync.");
    } else {
        text = tr("A change of this request waits to be sent with the next sync.");
    }
    m_notice->setText(text);
    m_notice->setStyleSheet(m_queued.failed
                                ? QStringLiteral("QLabel { background: #ffebee; color: #b71c1c; border: 1px solid #e57373; "
                                                 "border-radius: 4px; padding: 6px; }")
                                : QStringLiteral("QLabel { background: #e3f2fd; color: #0d47a1; border-radius: 4px; padding: 6px; }"));
    m_notice->show();
}

} // namespace sb
