#include "LogisticsView.h"

#include "models/domain/Vocabulary.h"
#include "models/itemmodels/ListFilters.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/Database.h"
#include "models/store/SearchStore.h"
#include "models/store/ShipmentStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/ListPanel.h"
#include "ui/common/MasterDetail.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

namespace {
const char kLate[] = "#c62828";
const char kDoneColor[] = "#2e7d32";
const char kCurrentColor[] = "#1565c0";
const char kFutureColor[] = "#9e9e9e";

QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QLabel *linkLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    return l;
}

QString link(const QString &text)
{
    return QStringLiteral("<a href=\"open\">%1</a>").arg(text.toHtmlEscaped());
}

QString colored(const char *color, const QString &text, bool bold = false)
{
    return QStringLiteral("<span style=\"color:%1\">%2%3%4</span>")
        .arg(QLatin1String(color), bold ? QStringLiteral("<b>") : QString(), text.toHtmlEscaped(),
             bold ? QStringLiteral("</b>") : QString());
}
} // namespace

LogisticsView::LogisticsView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_list(new ListPanel(lists::shipments(ctx.db(), 0, nullptr), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_body(new QWidget(this))
    , m_empty(new QLabel(tr("Select a shipment to follow it."), this))
    , m_title(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_state(valueLabel(this))
    , m_customer(linkLabel(this))
    , m_order(linkLabel(this))
    , m_warehouse(valueLabel(this))
    , m_carrier(valueLabel(this))
    , m_trackingLabel(valueLabel(this))
    , m_copy(new QToolButton(this))
    , m_planned(valueLabel(this))
    , m_shipped(valueLabel(this))
    , m_delivered(valueLabel(this))
    , m_confirmation(valueLabel(this))
{
    m_list->setSearch(filters::shipmentSearch, tr("Tracking number, shipment number or customer"));
    // The order of these views is the View enum's.
    m_list->addView(tr("To ship"), filters::shipmentsToShip());
    m_list->addView(tr("In transit"), filters::shipmentsInTransit());
    m_list->addView(tr("Delivered"), filters::shipmentsDelivered());
    m_list->addView(tr("Late"), filters::shipmentsLate());
    connect(m_list, &ListPanel::errorOccurred, &m_ctx, &AppContext::reportError);
    // Long company names would push the state columns, what this screen is about, out of view.
    m_list->capColumn(1, m_list->fontMetrics().averageCharWidth() * 28);
    connect(m_list, &ListPanel::currentChanged, this, [this](qint64 id) {
        if (id > 0)
            showShipment(id);
    });

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setTextFormat(Qt::RichText);
    m_progress->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    m_planned->setTextFormat(Qt::RichText);

    m_customer->setToolTip(tr("Open the customer file"));
    connect(m_customer, &QLabel::linkActivated, this, [this] {
        if (m_customerId > 0)
            m_ctx.requestOpen(QStringLiteral("customer"), m_customerId);
    });
    m_order->setToolTip(tr("Open the order"));
    connect(m_order, &QLabel::linkActivated, this, [this] {
        if (m_orderId > 0)
            m_ctx.requestOpen(QStringLiteral("order"), m_orderId);
    });

    m_copy->setText(tr("Copy"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setToolTip(tr("Copy the tracking number, to paste it into the carrier's site"));
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (m_tracking.isEmpty())
            return;
        QApplication::clipboard()->setText(m_tracking);
        m_ctx.reportInfo(tr("Tracking number %1 copied.").arg(m_tracking));
    });
    auto *trackingRow = new QHBoxLayout;
    trackingRow->setContentsMargins(0, 0, 0, 0);
    trackingRow->addWidget(m_trackingLabel);
    trackingRow->addWidget(m_copy);
    trackingRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("State"), m_state);
    form->addRow(tr("Customer"), m_customer);
    form->addRow(tr("Order"), m_order);
    form->addRow(tr("From warehouse"), m_warehouse);
    form->addRow(tr("Carrier"), m_carrier);
    form->addRow(tr("Tracking number"), trackingRow);
    form->addRow(tr("Planned"), m_planned);
    form->addRow(tr("Shipped"), m_shipped);
    form->addRow(tr("Delivered"), m_delivered);
    form->addRow(tr("Delivery confirmation"), m_confirmation);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_progress);
    bodyLayout->addSpacing(8);
    bodyLayout->addLayout(form);
    bodyLayout->addStretch(1);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    QWidget *detail = makeDetailPane(m_empty, m_body, true, this);
    layoutMasterDetail(this, m_splitter, m_list, detail, 2, 1, {900, 440});
    rememberLayout(m_splitter, QStringLiteral("logisticsSplitter"));
    m_list->rememberLayout(QStringLiteral("shipmentList"));

    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("shipment") || entity == QLatin1String("order")
            || entity == QLatin1String("customer") || entity == QLatin1String("sync"))
            refresh();
    });
    m_list->selectRow(0);
}

void LogisticsView::setView(View view)
{
    m_list->setCurrentView(int(view)); // the View enum follows the order the views were added, "All" first
}

void LogisticsView::refresh()
{
    m_list->refresh();
    if (m_shipmentId > 0)
        showShipment(m_shipmentId);
}

void LogisticsView::openRecord(qint64 shipmentId)
{
    m_list->selectId(shipmentId);
    if (m_shipmentId != shipmentId)
        showShipment(shipmentId);
}

void LogisticsView::showShipment(qint64 shipmentId)
{
    auto detail = ShipmentStore(m_ctx.db()).detail(shipmentId);
    if (!detail) {
        m_ctx.reportError(detail.error());
        return;
    }
    const ShipmentDetail &d = detail.value();
    const QVariantMap &s = d.shipment;
    const QLocale locale;
    m_shipmentId = shipmentId;
    m_orderId = s.value(QStringLiteral("order_id")).toLongLong();
    m_customerId = s.value(QStringLiteral("customer_id")).toLongLong();
    m_tracking = s.value(QStringLiteral("tracking_number")).toString();
    const QString number = s.value(QStringLiteral("number")).toString();
    const QString state = s.value(QStringLiteral("state")).toString();
    m_title->setText(number.isEmpty() ? tr("New shipment (not sent yet)") : tr("Shipment %1").arg(number));

    // Where it is on its way: the states a shipment passes, the current one in bold.
    static const QStringList path = {QStringLiteral("waiting"), QStringLiteral("assigned"), QStringLiteral("picked"),
                                     QStringLiteral("packed"),  QStringLiteral("shipped"),  QStringLiteral("delivered")};
    const int at = int(path.indexOf(state));
    QStringList steps;
    if (state == QLatin1String("cancelled") || at < 0) {
        steps << colored(kLate, vocab::shipmentStateLabel(state), true);
    } else {
        for (int i = 0; i < path.size(); ++i) {
            const QString label = vocab::shipmentStateLabel(path.at(i));
            steps << (i < at ? colored(kDoneColor, label) : i == at ? colored(kCurrentColor, label, true)
                                                                     : colored(kFutureColor, label));
        }
    }
    m_progress->setText(steps.join(QStringLiteral(" &rsaquo; ")));
    m_state->setText(vocab::shipmentStateLabel(state).toHtmlEscaped());

    m_customer->setText(link(d.customerName));
    if (m_orderId > 0 && d.hasOrder)
        m_order->setText(link(d.orderNumber.isEmpty() ? tr("Order (not sent yet)") : d.orderNumber));
    else
        m_order->setText(tr("None"));
    m_warehouse->setText(d.hasWarehouse ? d.warehouseName : tr("Not set"));

    const QString carrier = s.value(QStringLiteral("carrier")).toString();
    m_carrier->setText(carrier.isEmpty() ? tr("Not assigned yet") : carrier);
    m_trackingLabel->setText(m_tracking.isEmpty() ? tr("None yet") : m_tracking);
    m_copy->setEnabled(!m_tracking.isEmpty());

    const QString planned = s.value(QStringLiteral("planned_date")).toString();
    QString plannedText = formatDate(planned, locale).toHtmlEscaped();
    const bool open = state != QLatin1String("shipped") && state != QLatin1String("delivered")
        && state != QLatin1String("cancelled");
    if (open && !planned.isEmpty()) {
        const qint64 daysLate = QDate::fromString(planned.left(10), Qt::ISODate).daysTo(QDate::currentDate());
        if (daysLate > 0)
            plannedText += QStringLiteral(" ")
                + QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                      .arg(QLatin1String(kLate), tr("%n day(s) late", nullptr, int(daysLate)).toHtmlEscaped());
    }
    m_planned->setText(plannedText.isEmpty() ? tr("Not planned") : plannedText);
    const QString shipped = s.value(QStringLiteral("effective_date")).toString();
    m_shipped->setText(shipped.isEmpty() ? tr("Not shipped yet") : formatDate(shipped, locale));
    const QString delivered = s.value(QStringLiteral("delivered_at")).toString();
    m_delivered->setText(delivered.isEmpty() ? tr("Not delivered yet") : formatDate(delivered, locale));
    const QString signedBy = s.value(QStringLiteral("delivery_confirmed_by")).toString();
    if (!signedBy.isEmpty())
        m_confirmation->setText(tr("Signed for by %1").arg(signedBy));
    else if (!delivered.isEmpty())
        m_confirmation->setText(tr("Delivered, no signature recorded"));
    else
        m_confirmation->setText(tr("Not confirmed yet"));

    m_empty->hide();
    m_body->show();
}

} // namespace sb
