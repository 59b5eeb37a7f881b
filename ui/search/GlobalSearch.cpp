#include "GlobalSearch.h"

#include "SearchHitDelegate.h"

#include "models/domain/Vocabulary.h"
#include "models/store/SearchStore.h"
#include "ui/common/AppContext.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sb {

namespace {
enum { KindRole = Qt::UserRole + 1, IdRole };
} // namespace

GlobalSearch::GlobalSearch(AppContext &ctx, QWidget *parent)
    : QFrame(parent)
    , m_ctx(ctx)
    , m_input(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("globalSearch"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_input->setObjectName(QStringLiteral("globalSearchInput"));
    m_input->setPlaceholderText(tr("Search customers, contacts, opportunities, quotes, orders, tickets, shipments, products…"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setUniformItemSizes(true); // every hit is two lines (SearchHitDelegate)
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_results);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_input, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &GlobalSearch::runSearch);
    connect(m_input, &QLineEdit::returnPressed, this, &GlobalSearch::openCurrent);
    connect(m_results, &QListWidget::itemActivated, this, &GlobalSearch::openCurrent);
    hide();
}

void GlobalSearch::popup()
{
    QWidget *host = parentWidget();
    const int w = qMin(640, host->width() - 40);
    const int h = qMin(420, host->height() - 80);
    setGeometry((host->width() - w) / 2, 48, w, h);
    show();
    raise();
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
}

void GlobalSearch::runSearch()
{
    m_debounce->stop();
    m_results->clear();
    const QString text = m_input->text();
    if (text.trimmed().isEmpty())
        return;
    SearchStore store(m_ctx.db());
    auto r = store.search(text);
    if (!r) {
        m_ctx.reportError(tr("Search failed: %1").arg(r.error()));
        return;
    }
    for (const SearchHit &hit : r.value()) {
        const QString kind = vocab::entityLabel(searchKindEntity(hit.kind));
        const QString subtitle = hit.subtitle();
        // The text is what accessibility tools read and what a copy takes; the delegate paints the roles.
        auto *item = new QListWidgetItem(QStringLiteral("%1  ·  %2\n%3").arg(kind, hit.title, subtitle), m_results);
        item->setData(SearchHitDelegate::KindLabelRole, kind);
        item->setData(SearchHitDelegate::TitleRole, hit.title);
        item->setData(SearchHitDelegate::DetailRole, subtitle);
        item->setToolTip(subtitle);
        item->setData(KindRole, int(hit.kind));
        item->setData(IdRole, hit.id);
    }
    if (m_results->count() == 0) {
        auto *item = new QListWidgetItem(tr("Nothing found for \"%1\"").arg(text), m_results);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_results->setCurrentRow(0);
    }
}

void GlobalSearch::openCurrent()
{
    if (m_debounce->isActive())
        runSearch();
    QListWidgetItem *item = m_results->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const auto kind = SearchKind(item->data(KindRole).toInt());
    const qint64 id = item->data(IdRole).toLongLong();
    hide();
    // The main window opens every kind; a contact opens its customer's file.
    m_ctx.requestOpen(searchKindEntity(kind), id);
}

bool GlobalSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_results->currentRow() + step, m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace sb
