#include "ListPanel.h"

#include "LayoutMemory.h"
#include "SyncStateProxy.h"
#include "models/csv/ModelCsvExport.h"
#include "models/itemmodels/SqlWindowModel.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sb {

ListPanel::ListPanel(SqlWindowModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new SyncStateProxy(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_views(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_total(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);

    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->hide();
    m_views->addItem(tr("All"));
    m_viewFilters << SearchCondition(); // "All"
    m_views->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_views);
    bar->addWidget(m_count);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(false); // the model sorts in SQL: wire the header by hand
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *exportAction = new QAction(tr("Export to CSV…"), m_table);
    connect(exportAction, &QAction::triggered, this, &ListPanel::exportInteractive);
    m_table->addAction(exportAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    m_total->setObjectName(QStringLiteral("listTotal"));
    m_total->setTextFormat(Qt::PlainText);
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_total->hide();
    layout->addWidget(m_total);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ListPanel::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_views, qOverload<int>(&QComboBox::currentIndexChanged), this, &ListPanel::applyFilter);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) { m_model->sort(section, order); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentChanged(current.isValid() ? m_model->idAt(current.row()) : -1); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit activated(m_model->idAt(index.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListPanel::updateCount); // countAll()
    m_count->setObjectName(QStringLiteral("listCount"));
    m_count->setTextFormat(Qt::RichText);
    connect(m_count, &QLabel::linkActivated, this, &ListPanel::countAll);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_sizedToRows && !m_userResized && m_model->rowCount() > 0)
            sizeColumns();
    });
    // The last section stretches with the window: only the others tell of a person's hand.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        const QHeaderView *header = m_table->horizontalHeader();
        if (!m_sizing && header->visualIndex(logical) != header->count() - 1)
            m_userResized = true;
    });
    connect(m_model, &SqlWindowModel::errorOccurred, this, &ListPanel::errorOccurred);
    updateCount();
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    sizeColumns();
}

void ListPanel::sizeColumns()
{
    m_sizing = true;
    m_table->resizeColumnsToContents();
    for (auto it = m_caps.constBegin(); it != m_caps.constEnd(); ++it)
        m_table->setColumnWidth(it.key(), qMin(m_table->columnWidth(it.key()), it.value()));
    for (auto it = m_fixed.constBegin(); it != m_fixed.constEnd(); ++it)
        m_table->setColumnWidth(it.key(), it.value());
    m_sizing = false;
    m_sizedToRows = m_model->rowCount() > 0;
}

void ListPanel::capColumn(int column, int maxWidth)
{
    m_caps.insert(column, maxWidth);
    m_sizing = true;
    m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), maxWidth));
    m_sizing = false;
}

void ListPanel::fixColumn(int column, int width)
{
    m_fixed.insert(column, width);
    m_sizing = true;
    m_table->setColumnWidth(column, width);
    m_sizing = false;
}

void ListPanel::rememberLayout(const QString &name)
{
    // A restored layout is the person's choice: the first rows of a sync do not refit it.
    if (sb::rememberLayout(m_table->horizontalHeader(), name))
        m_userResized = true;
}

void ListPanel::setSearch(const std::function<SearchCondition(const QString &)> &toCondition, const QString &placeholder)
{
    m_toCondition = toCondition;
    m_filter->setPlaceholderText(placeholder);
    m_filter->show();
}

void ListPanel::addView(const QString &name, const SearchCondition &filter)
{
    m_views->addItem(name);
    m_viewFilters << filter;
    m_views->show();
}

void ListPanel::setSearchText(const QString &text)
{
    m_filter->setText(text);
    m_debounce->stop();
    applyFilter();
}

void ListPanel::setCurrentView(int index)
{
    if (index >= 0 && index < m_views->count())
        m_views->setCurrentIndex(index); // applies through currentIndexChanged
}

int ListPanel::currentView() const
{
    return m_views->currentIndex();
}

void ListPanel::applyFilter()
{
    // The search with its row and driven forms (SearchCondition), then the saved view.
    SearchCondition c = m_toCondition ? m_toCondition(m_filter->text()) : SearchCondition();
    m_model->setFilter(c.andAlso(m_viewFilters.value(m_views->currentIndex())));
}

void ListPanel::setCountTexts(const std::function<QString(int)> &exact, const std::function<QString(int)> &atLeast)
{
    m_exactText = exact;
    m_atLeastText = atLeast;
    updateCount();
}

void ListPanel::countAll()
{
    m_model->countAll();
    updateCount();
}

void ListPanel::updateCount()
{
    const int n = m_model->rowCount();
    if (m_model->countIsCapped()) {
        // A link: clicking it counts every row (scrolling to the end does too).
        const QString text = m_atLeastText ? m_atLeastText(n) : tr("%Ln+ record(s)", nullptr, n);
        m_count->setText(QStringLiteral("<a href=\"count\">%1</a>").arg(text.toHtmlEscaped()));
        m_count->setToolTip(tr("Counting stopped here to show the first rows at once. Click to count them all."));
    } else {
        m_count->setText((m_exactText ? m_exactText(n) : tr("%n record(s)", nullptr, n)).toHtmlEscaped());
        m_count->setToolTip(QString());
    }
    m_total->setVisible(m_model->hasMoneyTotal());
    m_total->setText(m_model->moneyTotalText());
}

qint64 ListPanel::currentId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->idAt(i.row()) : -1;
}

void ListPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_proxy->index(row, 0));
    m_table->scrollTo(m_proxy->index(row, 0));
}

void ListPanel::refresh()
{
    const qint64 current = currentId();
    m_model->refresh();
    // Keep the selection on the same record when it is still in the first page.
    selectId(current, 200);
}

bool ListPanel::selectId(qint64 id, int searchRows)
{
    for (int row = 0; row < qMin(m_model->rowCount(), searchRows); ++row) {
        if (m_model->idAt(row) == id) {
            selectRow(row);
            return true;
        }
    }
    return false;
}

bool ListPanel::exportTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    countAll(); // every row, not the first 10,000
    const Status s = exportModel(*m_model, file);
    if (!s) {
        file.cancelWriting();
        if (error)
            *error = s.error();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ListPanel::exportInteractive()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to CSV"), dir, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        emit errorOccurred(error);
}

} // namespace sb
