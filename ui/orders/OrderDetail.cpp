#include "OrderDetail.h"

#include "models/domain/Vocabulary.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/OrderStore.h"
#include "models/store/RecordReader.h"
#include "ui/common/AppContext.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
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

FulfilmentStep::State stepState(Fulfilment::State s)
{
    switch (s) {
    case Fulfilment::Done:
        return FulfilmentStep::Done;
    case Fulfilment::Current:
        return FulfilmentStep::Current;
    case Fulfilment::Problem:
        return FulfilmentStep::Problem;
    case Fulfilment::NotReached:
        break;
    }
    return FulfilmentStep::NotReached;
}

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
    , m_terms(new QLabel(this))
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
    m_terms->setObjectName(QStringLiteral("orderTerms"));
    m_terms->setWordWrap(true);
    m_terms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->addWidget(m_terms, 3, 0, 1, 4);
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

    auto customer = CustomerStore(m_ctx.db()).name(m_customerId);
    const QString customerName = customer ? customer.value().value_or(QString()) : QString();
    m_customer->setText(QStringLiteral("<a href=\"customer\">%1</a>").arg(customerName.toHtmlEscaped()));

    const QString state = o.value(QStringLiteral("state")).toString();
    m_state->setText(vocab::orderStateLabel(state));
    m_total->setText(formatMoney(o.value(QStringLiteral("total_cents")).toLongLong(),
                                 o.value(QStringLiteral("currency")).toString(), locale));

    m_ordered->setText(formatDate(o.value(QStringLiteral("order_date")).toString(), locale));
    auto fulfilment = OrderStore(m_ctx.db()).fulfilment(orderId);
    if (!fulfilment)
        m_ctx.reportError(fulfilment.error());
    const QString promised = o.value(QStringLiteral("promised_date")).toString();
    QString promisedText = promised.isEmpty() ? tr("no date") : formatDate(promised, locale).toHtmlEscaped();
    if (fulfilment && fulfilment.value().lateToShip)
        promisedText += QStringLiteral(" <span style=\"color:%1\"><b>%2</b></span>").arg(kProblem.name(), tr("late to ship"));
    m_promised->setText(promisedText);
    auto terms = OrderStore(m_ctx.db()).terms(orderId);
    if (!terms)
        m_ctx.reportError(terms.error());
    QStringList termParts;
    if (terms) {
        const OrderTerms &t = terms.value();
        if (!t.customerPo.isEmpty())
            termParts << tr("Customer PO %1").arg(t.customerPo);
        if (!t.paymentTerms.isEmpty())
            termParts << tr("Payment terms: %1").arg(t.paymentTerms);
        if (!t.shipTo.isEmpty())
            termParts << tr("Ship to: %1").arg(t.shipTo);
        if (!t.invoiceTo.isEmpty() && t.invoiceTo != t.shipTo)
            termParts << tr("Invoice to: %1").arg(t.invoiceTo);
    }
    m_terms->setText(termParts.join(QStringLiteral("  ·  ")));
    m_terms->setVisible(!termParts.isEmpty());

    m_chain->setSteps(fulfilment ? describeSteps(fulfilment.value()) : QList<FulfilmentStep>());
    setTables(orderId);
    m_empty->hide();
    m_body->show();
}

void OrderDetail::reload()
{
    showOrder(m_orderId);
}

QList<FulfilmentStep> OrderDetail::describeSteps(const Fulfilment &f)
{
    const QLocale locale;
    const OrderProgress &p = f.progress;
    FulfilmentStep ordered{stepState(f.state(Fulfilment::Order)), tr("Ordered"), QString()};
    FulfilmentStep shipped{stepState(f.state(Fulfilment::Shipment)), tr("Shipment"), QString()};
    FulfilmentStep invoiced{stepState(f.state(Fulfilment::Invoice)), tr("Invoice"), QString()};
    FulfilmentStep paid{stepState(f.state(Fulfilment::Payment)), tr("Payment"), QString()};

    ordered.detail = ordered.state == FulfilmentStep::Done ? formatDate(p.orderDate, locale) : vocab::orderStateLabel(p.state);
    if (f.cancelled)
        return {ordered, shipped, invoiced, paid};

    if (shipped.state == FulfilmentStep::Done) {
        shipped.title = tr("Shipped");
        shipped.detail = formatDate(p.lastShippedOn, locale);
        if (f.allDelivered)
            shipped.detail += QLatin1Char('\n') + tr("delivered %1").arg(formatDate(p.lastDeliveredAt, locale));
    } else if (shipped.state == FulfilmentStep::Problem || p.nextShipmentState.isEmpty()) {
        shipped.detail = vocab::deliveryStateLabel(p.shipmentState);
    } else {
        // What the customer waits for: the open shipment planned first.
        shipped.detail = vocab::shipmentStateLabel(p.nextShipmentState);
        if (!p.nextShipmentPlanned.isEmpty())
            shipped.detail += QLatin1Char('\n') + tr("planned %1").arg(formatDate(p.nextShipmentPlanned, locale));
        if (p.shipmentState == QLatin1String("partial"))
            shipped.detail.prepend(vocab::deliveryStateLabel(p.shipmentState) + QLatin1Char('\n'));
    }

    if (invoiced.state == FulfilmentStep::Done) {
        invoiced.title = tr("Invoiced");
        invoiced.detail = formatDate(p.lastInvoiceDate, locale);
        if (!p.lastInvoiceNumber.isEmpty())
            invoiced.detail += QLatin1Char('\n') + p.lastInvoiceNumber;
    } else {
        invoiced.detail = vocab::invoiceStateLabel(p.invoiceState);
    }

    if (paid.state == FulfilmentStep::Done) {
        paid.title = tr("Paid");
        paid.detail = formatDate(p.lastPaidAt, locale);
    } else if (f.awaitingPayment) {
        paid.detail = tr("%1 to pay").arg(formatMoney(p.toPayCents, p.currency, locale));
        if (!p.dueDate.isEmpty())
            paid.detail += QLatin1Char('\n')
                + (f.paymentOverdue ? tr("overdue since %1") : tr("due %1")).arg(formatDate(p.dueDate, locale));
    } else {
        paid.detail = formatMoney(p.totalCents, p.currency, locale);
    }
    return {ordered, shipped, invoiced, paid};
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
