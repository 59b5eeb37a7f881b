#include "CustomerPicker.h"

#include "models/store/Database.h"
#include "models/store/SearchStore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace sb {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
constexpr int kMaxMatches = 20;
} // namespace

CustomerPicker::CustomerPicker(Database &db, QWidget *parent)
    : QLineEdit(parent)
    , m_db(db)
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
    , m_debounce(new QTimer(this))
{
    setPlaceholderText(tr("Type a customer name or code"));
    setClearButtonEnabled(true);
    // The model already holds only the matches: show them all, insert the bare name.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kNameRole);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &CustomerPicker::searchNow);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (m_id != 0) {
            m_id = 0;
            emit customerChanged(0);
        }
        m_debounce->start();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.data(kIdRole).toLongLong(), index.data(kNameRole).toString()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        // Enter on an unambiguous text picks the only match, like a combo box would.
        if (m_id == 0) {
            searchNow();
            if (m_matches->rowCount() == 1)
                choose(m_matches->item(0)->data(kIdRole).toLongLong(), m_matches->item(0)->data(kNameRole).toString());
        }
    });
}

void CustomerPicker::searchNow()
{
    m_debounce->stop();
    m_matches->clear();
    const SearchCondition c = SearchStore::condition(SearchKind::Customer, QStringLiteral("c.id"), text());
    if (c.sql.isEmpty())
        return;
    auto r = m_db.exec(QStringLiteral("SELECT c.id, c.name, c.code, c.region, c.grade FROM customers c WHERE %1 "
                                      "AND c.local_state <> 3 ORDER BY c.name COLLATE NOCASE LIMIT %2")
                           .arg(c.sql)
                           .arg(kMaxMatches),
                       c.bindings);
    if (!r)
        return; // a search that fails shows no matches; the list screens report store errors
    QSqlQuery &q = r.value();
    while (q.next()) {
        QStringList extra;
        for (int i = 2; i <= 4; ++i)
            if (!q.value(i).toString().isEmpty())
                extra << q.value(i).toString();
        auto *item = new QStandardItem(extra.isEmpty() ? q.value(1).toString()
                                                       : tr("%1 — %2").arg(q.value(1).toString(), extra.join(QStringLiteral(" · "))));
        item->setData(q.value(0).toLongLong(), kIdRole);
        item->setData(q.value(1).toString(), kNameRole);
        m_matches->appendRow(item);
    }
    if (hasFocus() && m_matches->rowCount() > 0)
        m_completer->complete();
}

void CustomerPicker::setCustomer(qint64 id)
{
    if (id <= 0) {
        clear();
        choose(0, QString());
        return;
    }
    auto r = m_db.scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {id});
    choose(r && !r.value().isNull() ? id : 0, r ? r.value().toString() : QString());
}

void CustomerPicker::choose(qint64 id, const QString &name)
{
    m_debounce->stop();
    setText(name);
    if (m_completer->popup())
        m_completer->popup()->hide();
    if (m_id != id) {
        m_id = id;
        emit customerChanged(id);
    }
}

} // namespace sb
