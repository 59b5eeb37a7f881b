#include "OrderDetail.h"

#include "models/domain/Vocabulary.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/RecordReader.h"
#include "ui/common/AppContext.h"

#include <QDate>
#include <QGridLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace sb {

namespace {
const QColor kDone(0x2e, 0x7d, 0x32);
const QColor kCurrent(0x15, 0x65, 0xc0);
const QColor kNotReached(0x9e, 0x9e, 0x9e);
const QColor kProblem(0xc6, 0x28, 0x28);

QColor stepColor(FulfilmentStep::State s)
{
    switch (s) {
    case FulfilmentStep::Done:
        return kDone;
    case FulfilmentStep::Current:
        return kCurrent;
    case FulfilmentStep::Problem:
        return kProblem;
    case FulfilmentStep::NotReached:
        break;
    }
    return kNotReached;
}

QString today() { return QDate::currentDate().toString(Qt::ISODate); }

QTableView *makeTable(QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}
} // namespace

// ---------------------------------------------------------------------------------------------

FulfilmentChain::FulfilmentChain(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FulfilmentChain::setSteps(const QList<FulfilmentStep> &steps)
{
    m_steps = steps;
    updateGeometry();
    update();
}

QSize FulfilmentChain::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    const int diameter = fm.height() + 8;
    // Circle, title and up to three detail lines under it.
    return QSize(4 * fm.averageCharWidth() * 12, diameter + 10 + 4 * fm.lineSpacing() + 6);
}

QSize FulfilmentChain::sizeHint() const
{
    const QSize min = minimumSizeHint();
    return QSize(4 * fontMetrics().averageCharWidth() * 20, min.height());
}

void FulfilmentChain::paintEvent(QPaintEvent *)
{
    if (m_steps.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const int n = int(m_steps.size());
    const qreal columnWidth = qreal(width()) / n;
    const qreal diameter = fm.height() + 8;
    const qreal top = 4;
    const qreal cy = top + diameter / 2;

    // Connectors first, so the circles sit on top of them.
    for (int i = 1; i < n; ++i) {
        const qreal x0 = columnWidth * (i - 1) + columnWidth / 2 + diameter / 2;
        const qreal x1 = columnWidth * i + columnWidth / 2 - diameter / 2;
        const bool reached = m_steps.at(i - 1).state == FulfilmentStep::Done;
        QPen pen(reached ? kDone : kNotReached, 2, reached ? Qt::SolidLine : Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x0, cy), QPointF(x1, cy));
    }

    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < n; ++i) {
        const FulfilmentStep &s = m_steps.at(i);
        const QColor c = stepColor(s.state);
        const qreal cx = columnWidth * i + columnWidth / 2;
        const QRectF circle(cx - diameter / 2, top, diameter, diameter);
        switch (s.state) {
        case FulfilmentStep::Done: {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(circle);
            QPainterPath tick;
            tick.moveTo(circle.left() + diameter * 0.28, cy);
            tick.lineTo(circle.left() + diameter * 0.44, circle.top() + diameter * 0.68);
            tick.lineTo(circle.left() + diameter * 0.74, circle.top() + diameter * 0.32);
            p.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
            break;
        }
        case FulfilmentStep::Current:
            p.setPen(QPen(c, 2.5));
            p.setBrush(palette().base());
            p.drawEllipse(circle.adjusted(1, 1, -1, -1));
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(QPointF(cx, cy), diameter * 0.2, diameter * 0.2);
            break;
        case FulfilmentStep::Problem:
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(circle);
            p.setPen(Qt::white);
            p.setFont(bold);
            p.drawText(circle, Qt::AlignCenter, QStringLiteral("!"));
            break;
        case FulfilmentStep::NotReached:
            p.setPen(QPen(c, 1.5, Qt::DashLine));
            p.setBrush(palette().base());
            p.drawEllipse(circle.adjusted(1, 1, -1, -1));
            break;
        }

        const int textWidth = int(columnWidth) - 2;
        const int x = int(cx - textWidth / 2.0);
        int y = int(top + diameter + 6);
        p.setFont(bold);
        p.setPen(s.state == FulfilmentStep::NotReached ? palette().color(QPalette::PlaceholderText)
                                                       : palette().color(QPalette::WindowText));
        p.drawText(QRect(x, y, textWidth, fm.lineSpacing()), Qt::AlignHCenter | Qt::AlignTop,
                   QFontMetrics(bold).elidedText(s.title, Qt::ElideRight, textWidth));
        y += fm.lineSpacing();
        p.setFont(font());
        p.setPen(s.state == FulfilmentStep::Problem ? kProblem : palette().color(QPalette::PlaceholderText));
        const QStringList lines = s.detail.split(QLatin1Char('\n'));
        for (int l = 0; l < qMin(3, int(lines.size())); ++l) {
            p.drawText(QRect(x, y, textWidth, fm.lineSpacing()), Qt::AlignHCenter | Qt::AlignTop,
                       fm.elidedText(lines.at(l), Qt::ElideRight, textWidth));
            y += fm.lineSpacing();
        }
    }
}

bool FulfilmentChain::event(QEvent *event)
{
    // Narrow windows elide the words under a step; the tooltip gives them whole.
    if (event->type() == QEvent::ToolTip && !m_steps.isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = qBound(0, int(help->pos().x() * m_steps.size() / qMax(1, width())), int(m_steps.size()) - 1);
        const FulfilmentStep &s = m_steps.at(i);
        QToolTip::showText(help->globalPos(), s.title + QLatin1Char('\n') + s.detail, this);
        return true;
    }
    return QWidget::event(event);
}

// ---------------------------------------------------------------------------------------------

OrderDetail::OrderDetail(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_title(new QLabel(this))
    , m_customer(new QLabel(this))
    , m_state(new QLabel(this))
    , m_total(new QLabel(this))
    , m_ordered(new QLabel(this))
    , m_promised(new QLabel(this))
    , m_empty(new QLabel(tr("Select an order to see where it is."), this))
    , m_body(new QWidget(this))
    , m_chain(new FulfilmentChain(this))
    , m_tabs(new QTabWidget(this))
    , m_lines(makeTable(this))
    , m_shipments(makeTable(this))
    , m_invoices(makeTable(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_customer->setTextFormat(Qt::RichText);
    m_customer->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_customer->setToolTip(tr("Open the customer file"));
    connect(m_customer, &QLabel::linkActivated, this, [this] {
        if (m_customerId > 0)
            m_ctx.requestOpen(QStringLiteral("customer"), m_customerId);
    });
    m_customer->setWordWrap(true);
    m_promised->setTextFormat(Qt::RichText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    facts->addWidget(caption(tr("Customer"), this), 0, 0);
    facts->addWidget(m_customer, 0, 1);
    facts->addWidget(caption(tr("State"), this), 0, 2);
    facts->addWidget(m_state, 0, 3);
    facts->addWidget(caption(tr("Total"), this), 1, 0);
    facts->addWidget(m_total, 1, 1);
    facts->addWidget(caption(tr("Ordered"), this), 1, 2);
    facts->addWidget(m_ordered, 1, 3);
    facts->addWidget(caption(tr("Promised"), this), 2, 2);
    facts->addWidget(m_promised, 2, 3);
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(3, 1);

    m_tabs->addTab(m_lines, QString());
    m_tabs->addTab(m_shipments, QString());
    m_tabs->addTab(m_invoices, QString());
    connect(m_shipments, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_shipmentModel)
            m_ctx.requestOpen(QStringLiteral("shipment"), m_shipmentModel->idAt(index.row()));
    });
    m_shipments->setToolTip(tr("Double-click a shipment to follow it in Logistics"));

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addLayout(facts);
    bodyLayout->addSpacing(6);
    bodyLayout->addWidget(m_chain);
    bodyLayout->addSpacing(6);
    bodyLayout->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_body, 1);
    clear();
}

const QList<FulfilmentStep> &OrderDetail::steps() const
{
    return m_chain->steps();
}

void OrderDetail::clear()
{
    m_orderId = 0;
    m_customerId = 0;
    m_number.clear();
    m_chain->setSteps({});
    setTables(0);
    m_body->hide();
    m_empty->show();
}

void OrderDetail::showOrder(qint64 orderId)
{
    if (orderId <= 0) {
        clear();
        return;
    }
    auto order = readRecord(m_ctx.db(), entities::order(), orderId);
    if (!order) {
        m_ctx.reportError(order.error());
        clear();
        return;
    }
    const QVariantMap &o = order.value();
    const QLocale locale;
    m_orderId = orderId;
    m_customerId = o.value(QStringLiteral("customer_id")).toLongLong();
    m_number = o.value(QStringLiteral("number")).toString();
    m_title->setText(m_number.isEmpty() ? tr("New order (not sent yet)") : tr("Order %1").arg(m_number));

    auto customer = m_ctx.db().scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {m_customerId});
    const QString customerName = customer ? customer.value().toString() : QString();
    m_customer->setText(QStringLiteral("<a href=\"customer\">%1</a>").arg(customerName.toHtmlEscaped()));

    const QString state = o.value(QStringLiteral("state")).toString();
    m_state->setText(vocab::orderStateLabel(state));
    m_total->setText(formatMoney(o.value(QStringLiteral("total_cents")).toLongLong(),
                                 o.value(QStringLiteral("currency")).toString(), locale));

    m_ordered->setText(formatDate(o.value(QStringLiteral("order_date")).toString(), locale));
    const QString promised = o.value(QStringLiteral("promised_date")).toString();
    QString promisedText = promised.isEmpty() ? tr("no date") : formatDate(promised, locale).toHtmlEscaped();
    const bool late = !promised.isEmpty() && promised < today()
        && o.value(QStringLiteral("shipment_state")).toString() != QLatin1String("sent")
        && state != QLatin1String("cancelled");
    if (late)
        promisedText += QStringLiteral(" <span style=\"color:%1\"><b>%2</b></span>").arg(kProblem.name(), tr("late to ship"));
    m_promised->setText(promisedText);

    m_chain->setSteps(computeSteps(o));
    setTables(orderId);
    m_empty->hide();
    m_body->show();
}

void OrderDetail::reload()
{
    showOrder(m_orderId);
}

QList<FulfilmentStep> OrderDetail::computeSteps(const QVariantMap &o)
{
    const QLocale locale;
    Database &db = m_ctx.db();
    const QString state = o.value(QStringLiteral("state")).toString();
    const QString shipState = o.value(QStringLiteral("shipment_state")).toString();
    const QString invState = o.value(QStringLiteral("invoice_state")).toString();
    const QString currency = o.value(QStringLiteral("currency")).toString();

    FulfilmentStep ordered{FulfilmentStep::Done, tr("Ordered"), formatDate(o.value(QStringLiteral("order_date")).toString(), locale)};
    FulfilmentStep shipped{FulfilmentStep::NotReached, tr("Shipment"), QString()};
    FulfilmentStep invoiced{FulfilmentStep::NotReached, tr("Invoice"), QString()};
    FulfilmentStep paid{FulfilmentStep::NotReached, tr("Payment"), QString()};

    if (state == QLatin1String("cancelled")) {
        ordered.state = FulfilmentStep::Problem;
        ordered.detail = vocab::orderStateLabel(state);
        return {ordered, shipped, invoiced, paid};
    }
    if (state == QLatin1String("draft")) {
        ordered.state = FulfilmentStep::Current;
        ordered.detail = vocab::orderStateLabel(state);
    }

    // Shipments: the latest movement tells the clerk what to say on the phone.
    auto ship = db.exec(QStringLiteral(
        "SELECT count(*), sum(state = 'delivered'), max(effective_date), max(delivered_at), "
        "  (SELECT state || '|' || coalesce(planned_date,'') FROM shipments x WHERE x.order_id = s.order_id "
        "     AND x.local_state <> 3 AND x.state NOT IN ('shipped','delivered','cancelled') "
        "     ORDER BY x.planned_date LIMIT 1) "
        "FROM shipments s WHERE s.order_id = ? AND s.local_state <> 3 AND s.state <> 'cancelled'"),
        {m_orderId});
    int shipCount = 0, deliveredCount = 0;
    QString lastShipped, lastDelivered, nextOpen;
    if (!ship) {
        m_ctx.reportError(ship.error());
    } else if (ship.value().next()) {
        const QSqlQuery &q = ship.value();
        shipCount = q.value(0).toInt();
        deliveredCount = q.value(1).toInt();
        lastShipped = q.value(2).toString();
        lastDelivered = q.value(3).toString();
        nextOpen = q.value(4).toString();
    }
    if (shipState == QLatin1String("sent")) {
        shipped.state = FulfilmentStep::Done;
        shipped.title = tr("Shipped");
        shipped.detail = formatDate(lastShipped, locale);
        if (shipCount > 0 && deliveredCount == shipCount)
            shipped.detail += QLatin1Char('\n') + tr("delivered %1").arg(formatDate(lastDelivered, locale));
    } else if (shipState == QLatin1String("exception")) {
        shipped.state = FulfilmentStep::Problem;
        shipped.detail = vocab::deliveryStateLabel(shipState);
    } else {
        shipped.detail = vocab::deliveryStateLabel(shipState);
        if (!nextOpen.isEmpty()) {
            const QString openState = nextOpen.section(QLatin1Char('|'), 0, 0);
            const QString planned = nextOpen.section(QLatin1Char('|'), 1);
            shipped.detail = vocab::shipmentStateLabel(openState);
            if (!planned.isEmpty())
                shipped.detail += QLatin1Char('\n') + tr("planned %1").arg(formatDate(planned, locale));
            if (shipState == QLatin1String("partial"))
                shipped.detail.prepend(vocab::deliveryStateLabel(shipState) + QLatin1Char('\n'));
        }
    }

    // Invoices and payment.
    auto inv = db.exec(QStringLiteral(
        "SELECT count(*), max(invoice_date), max(paid_at), "
        "  coalesce(sum(CASE WHEN state = 'posted' THEN amount_to_pay_cents ELSE 0 END), 0), "
        "  min(CASE WHEN state = 'posted' AND amount_to_pay_cents > 0 THEN due_date END), "
        "  (SELECT number FROM invoices y WHERE y.order_id = i.order_id AND y.local_state <> 3 "
        "     AND y.state <> 'cancelled' ORDER BY y.invoice_date DESC LIMIT 1) "
        "FROM invoices i WHERE i.order_id = ? AND i.local_state <> 3 AND i.state NOT IN ('cancelled','draft')"),
        {m_orderId});
    QString invoiceDate, paidAt, dueDate, invoiceNumber;
    qint64 toPay = 0;
    if (!inv) {
        m_ctx.reportError(inv.error());
    } else if (inv.value().next()) {
        const QSqlQuery &q = inv.value();
        invoiceDate = q.value(1).toString();
        paidAt = q.value(2).toString();
        toPay = q.value(3).toLongLong();
        dueDate = q.value(4).toString();
        invoiceNumber = q.value(5).toString();
    }
    if (invState == QLatin1String("invoiced") || invState == QLatin1String("paid")) {
        invoiced.state = FulfilmentStep::Done;
        invoiced.title = tr("Invoiced");
        invoiced.detail = formatDate(invoiceDate, locale);
        if (!invoiceNumber.isEmpty())
            invoiced.detail += QLatin1Char('\n') + invoiceNumber;
    } else if (invState == QLatin1String("exception")) {
        invoiced.state = FulfilmentStep::Problem;
        invoiced.detail = vocab::invoiceStateLabel(invState);
    } else {
        invoiced.detail = vocab::invoiceStateLabel(invState);
    }

    if (invState == QLatin1String("paid")) {
        paid.state = FulfilmentStep::Done;
        paid.title = tr("Paid");
        paid.detail = formatDate(paidAt, locale);
    } else if (invState == QLatin1String("invoiced")) {
        paid.detail = tr("%1 to pay").arg(formatMoney(toPay, currency, locale));
        if (!dueDate.isEmpty()) {
            const bool overdue = dueDate < today();
            paid.detail += QLatin1Char('\n')
                + (overdue ? tr("overdue since %1") : tr("due %1")).arg(formatDate(dueDate, locale));
            if (overdue)
                paid.state = FulfilmentStep::Problem;
        }
    } else {
        paid.detail = formatMoney(o.value(QStringLiteral("total_cents")).toLongLong(), currency, locale);
    }

    // A step not done is where the order stands when the step before it is done; shipping and
    // invoicing run side by side, so an invoiced order waits for both goods and money at once.
    QList<FulfilmentStep> steps{ordered, shipped, invoiced, paid};
    for (int i = 1; i < steps.size(); ++i) {
        FulfilmentStep &s = steps[i];
        if (s.state == FulfilmentStep::Done || s.state == FulfilmentStep::Problem)
            continue;
        s.state = steps.at(i - 1).state == FulfilmentStep::Done ? FulfilmentStep::Current : FulfilmentStep::NotReached;
    }
    return steps;
}

void OrderDetail::setTables(qint64 orderId)
{
    // The list models are bound to one order: build new ones per order and drop the old.
    const QList<SqlWindowModel *> old{m_lineModel, m_shipmentModel, m_invoiceModel};
    m_lineModel = m_shipmentModel = m_invoiceModel = nullptr;
    if (orderId > 0) {
        Database &db = m_ctx.db();
        m_lineModel = lists::orderLines(db, orderId, this);
        m_shipmentModel = lists::shipmentsOfOrder(db, orderId, this);
        m_invoiceModel = lists::invoicesOfOrder(db, orderId, this);
        for (SqlWindowModel *m : {m_lineModel, m_shipmentModel, m_invoiceModel}) {
            connect(m, &SqlWindowModel::errorOccurred, &m_ctx, &AppContext::reportError);
            if (!m->lastError().isEmpty())
                m_ctx.reportError(m->lastError());
        }
    }
    m_lines->setModel(m_lineModel);
    m_shipments->setModel(m_shipmentModel);
    m_invoices->setModel(m_invoiceModel);
    qDeleteAll(old);
    if (m_shipmentModel) {
        m_shipments->hideColumn(1); // the customer: the header already names it
        m_shipments->hideColumn(2); // the order: it is this one
    }
    for (QTableView *t : {m_lines, m_shipments, m_invoices}) {
        if (!t->model())
            continue;
        // Not the last column: sizing it by hand would stop it stretching to the edge.
        for (int c = 0; c + 1 < t->model()->columnCount(); ++c)
            t->resizeColumnToContents(c);
    }
    if (m_lineModel) {
        // Long product names give way (elided) so the quantities and totals stay in view.
        QHeaderView *header = m_lines->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(0, QHeaderView::Stretch);
    }

    const auto count = [](SqlWindowModel *m) { return m ? m->rowCount() : 0; };
    m_tabs->setTabText(0, tr("Lines (%1)").arg(QLocale().toString(count(m_lineModel))));
    m_tabs->setTabText(1, tr("Shipments (%1)").arg(QLocale().toString(count(m_shipmentModel))));
    m_tabs->setTabText(2, tr("Invoices (%1)").arg(QLocale().toString(count(m_invoiceModel))));
}

} // namespace sb
