#include "CustomerPicker.h"

#include "models/store/CustomerStore.h"

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
    auto r = CustomerStore(m_db).matches(text(), kMaxMatches);
    if (!r)
        return; // a search that fails shows no matches; the list screens report store errors
    for (const CustomerMatch &m : r.value()) {
        QStringList extra;
        for (const QString &e : {m.code, m.region, m.grade})
            if (!e.isEmpty())
                extra << e;
        auto *item = new QStandardItem(extra.isEmpty() ? m.name : tr("%1 — %2").arg(m.name, extra.join(QStringLiteral(" · "))));
        item->setData(m.id, kIdRole);
        item->setData(m.name, kNameRole);
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
    auto r = CustomerStore(m_db).name(id);
    const bool found = r && r.value().has_value();
    choose(found ? id : 0, found ? *r.value() : QString());
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
