#include "InventoryView.h"

#include "models/domain/Vocabulary.h"
#include "models/itemmodels/ListFilters.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/RecordReader.h"
#include "models/store/SearchStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/ListPanel.h"
#include "ui/common/MasterDetail.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

namespace {
struct Colors {
    QColor text;
    QColor background;
};

Colors colorsFor(WarehouseAvailabilityModel::Verdict v)
{
    switch (v) {
    case WarehouseAvailabilityModel::AvailableNow:
        return {QColor(0x1b, 0x5e, 0x20), QColor(0xe8, 0xf5, 0xe9)};
    case WarehouseAvailabilityModel::AvailableByForecast:
        return {QColor(0x8a, 0x4b, 0x00), QColor(0xff, 0xf3, 0xe0)};
    case WarehouseAvailabilityModel::NotEnough:
        break;
    }
    return {QColor(0xb7, 0x1c, 0x1c), QColor(0xff, 0xeb, 0xee)};
}

QString quantityText(double q)
{
    return QLocale().toString(q, 'g', 12);
}

QString withUnit(double q, const QString &unit)
{
    return unit.isEmpty() ? quantityText(q) : QStringLiteral("%1 %2").arg(quantityText(q), unit);
}
} // namespace

// ---------------------------------------------------------------------------------------------

void WarehouseAvailabilityModel::setRows(const QList<WarehouseAvailability> &rows, const QString &unit)
{
    beginResetModel();
    m_rows = rows;
    m_unit = unit;
    endResetModel();
}

WarehouseAvailabilityModel::Verdict WarehouseAvailabilityModel::verdictOf(const WarehouseAvailability &a)
{
    if (a.enoughNow)
        return AvailableNow;
    return a.enoughForecast ? AvailableByForecast : NotEnough;
}

QString WarehouseAvailabilityModel::verdictText(Verdict v)
{
    switch (v) {
    case AvailableNow:
        return tr("available now");
    case AvailableByForecast:
        return tr("available by forecast");
    case NotEnough:
        break;
    }
    return tr("not enough");
}

int WarehouseAvailabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WarehouseAvailabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WarehouseAvailabilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const WarehouseAvailability &a = m_rows.at(index.row());
    const Verdict v = verdictOf(a);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Warehouse:
            return a.warehouse;
        case OnHand:
            return withUnit(a.onHand, m_unit);
        case Forecast:
            return withUnit(a.forecast, m_unit);
        case VerdictColumn:
            return verdictText(v);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == OnHand || index.column() == Forecast)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn)
            return colorsFor(v).text;
        break;
    case Qt::BackgroundRole:
        if (index.column() == VerdictColumn)
            return colorsFor(v).background;
        break;
    case Qt::ToolTipRole:
        if (index.column() == Forecast)
            return tr("On hand plus what is expected in, minus what is promised out");
        break;
    case VerdictRole:
        return int(v);
    }
    return QVariant();
}

QVariant WarehouseAvailabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Warehouse:
            return tr("Warehouse");
        case OnHand:
            return tr("On hand");
        case Forecast:
            return tr("Forecast");
        case VerdictColumn:
            return tr("For this quantity");
        }
    }
    if (role == Qt::TextAlignmentRole && (section == OnHand || section == Forecast))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return QVariant();
}

// ---------------------------------------------------------------------------------------------

InventoryView::InventoryView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_store(ctx.db())
    , m_list(new ListPanel(lists::stock(ctx.db(), nullptr), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_quantity(new QSpinBox(this))
    , m_answer(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new WarehouseAvailabilityModel(this))
    , m_body(new QWidget(this))
    , m_empty(new QLabel(tr("Select a product to check its stock."), this))
{
    m_list->setSearch(filters::productSearch, tr("Product code, name or specification"));
    m_list->addView(tr("In stock"), filters::productsInStock());
    m_list->addView(tr("Out of stock"), filters::productsOutOfStock());
    connect(m_list, &ListPanel::errorOccurred, &m_ctx, &AppContext::reportError);
    connect(m_list, &ListPanel::currentChanged, this, [this](qint64 id) {
        if (id > 0)
            showProduct(id);
    });

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_quantity->setRange(1, 99999999);
    m_quantity->setValue(1);
    m_quantity->setGroupSeparatorShown(true);
    m_quantity->setAccelerated(true);
    m_quantity->setToolTip(tr("How many the customer asks for"));
    connect(m_quantity, qOverload<int>(&QSpinBox::valueChanged), this, &InventoryView::check);
    auto *quantityLabel = new QLabel(tr("Customer asks for"), this);
    quantityLabel->setBuddy(m_quantity);

    QFont answerFont = m_answer->font();
    answerFont.setPointSizeF(answerFont.pointSizeF() * 1.2);
    answerFont.setBold(true);
    m_answer->setFont(answerFont);
    m_answer->setWordWrap(true);
    m_answer->setMargin(8);
    m_answer->setAutoFillBackground(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WarehouseAvailabilityModel::Warehouse, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);

    auto *quantityRow = new QHBoxLayout;
    quantityRow->addWidget(quantityLabel);
    quantityRow->addWidget(m_quantity);
    quantityRow->addStretch(1);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_subtitle);
    bodyLayout->addSpacing(8);
    bodyLayout->addLayout(quantityRow);
    bodyLayout->addWidget(m_answer);
    bodyLayout->addWidget(m_table, 1);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    QWidget *detail = makeDetailPane(m_empty, m_body, false, this);
    layoutMasterDetail(this, m_splitter, m_list, detail, 3, 2, {850, 490});
    rememberLayout(m_splitter, QStringLiteral("inventorySplitter"));
    m_list->rememberLayout(QStringLiteral("stockList"));

    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("product") || entity == QLatin1String("stock_level")
            || entity == QLatin1String("warehouse") || entity == QLatin1String("sync"))
            refresh();
    });
    m_list->selectRow(0);
}

void InventoryView::refresh()
{
    m_list->refresh();
    if (m_productId > 0)
        showProduct(m_productId);
}

void InventoryView::openRecord(qint64 productId)
{
    m_list->selectId(productId);
    if (m_productId != productId)
        showProduct(productId);
}

void InventoryView::setQuantity(int quantity)
{
    m_quantity->setValue(quantity);
    check(); // valueChanged does not fire when the value stays the same
}

void InventoryView::showProduct(qint64 productId)
{
    auto product = readRecord(m_ctx.db(), entities::product(), productId);
    if (!product) {
        m_ctx.reportError(product.error());
        return;
    }
    const QVariantMap &p = product.value();
    m_productId = productId;
    m_unit = p.value(QStringLiteral("unit")).toString();
    m_title->setText(QStringLiteral("%1  %2").arg(p.value(QStringLiteral("code")).toString(),
                                                  p.value(QStringLiteral("name")).toString()));
    QStringList facts;
    const QString spec = p.value(QStringLiteral("spec")).toString();
    if (!spec.isEmpty())
        facts << spec;
    const QString category = p.value(QStringLiteral("category")).toString();
    if (!category.isEmpty())
        facts << category;
    facts << tr("list price %1 per %2")
                 .arg(formatMoney(p.value(QStringLiteral("list_price_cents")).toLongLong(),
                                  p.value(QStringLiteral("currency")).toString()),
                      m_unit);
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));
    m_quantity->setSuffix(m_unit.isEmpty() ? QString() : QLatin1Char(' ') + m_unit);
    m_empty->hide();
    m_body->show();
    check();
}

void InventoryView::check()
{
    if (m_productId <= 0)
        return;
    const int quantity = m_quantity->value();
    auto result = m_store.availability(m_productId, quantity);
    if (!result) {
        m_ctx.reportError(result.error());
        m_model->setRows({}, m_unit);
        m_answer->clear();
        return;
    }
    const QList<WarehouseAvailability> &rows = result.value();
    m_model->setRows(rows, m_unit);

    // The one line a rep reads out: where it can come from now, later, or that it cannot.
    QStringList now, later;
    double totalOnHand = 0;
    for (const WarehouseAvailability &a : rows) {
        totalOnHand += a.onHand;
        if (a.enoughNow)
            now << a.warehouse;
        else if (a.enoughForecast)
            later << a.warehouse;
    }
    const QLocale locale;
    const QString asked = withUnit(quantity, m_unit);
    WarehouseAvailabilityModel::Verdict verdict = WarehouseAvailabilityModel::NotEnough;
    QString text;
    if (!now.isEmpty()) {
        verdict = WarehouseAvailabilityModel::AvailableNow;
        text = tr("%1 available now in %2").arg(asked, locale.createSeparatedList(now));
    } else if (!later.isEmpty()) {
        verdict = WarehouseAvailabilityModel::AvailableByForecast;
        text = tr("%1 available by forecast in %2 (not on hand yet)").arg(asked, locale.createSeparatedList(later));
    } else if (rows.isEmpty()) {
        text = tr("Not enough: no warehouse is set up for this product.");
    } else if (totalOnHand >= quantity) {
        text = tr("Not enough in any one warehouse for %1: %2 on hand across all warehouses, ship from several")
                   .arg(asked, withUnit(totalOnHand, m_unit));
    } else {
        text = tr("Not enough: %1 asked, %2 on hand in all warehouses").arg(asked, withUnit(totalOnHand, m_unit));
    }
    m_answer->setText(text);
    const Colors c = colorsFor(verdict);
    QPalette pal = m_answer->palette();
    pal.setColor(QPalette::Window, c.background);
    pal.setColor(QPalette::WindowText, c.text);
    m_answer->setPalette(pal);
}

QString InventoryView::answer() const
{
    return m_answer->text();
}

} // namespace sb
