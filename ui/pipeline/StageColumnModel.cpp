#include "StageColumnModel.h"

#include "models/itemmodels/SqlWindowModel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace sb {

QString StageColumnModel::mimeType()
{
    return QStringLiteral("application/x-salesbridge-opportunity");
}

bool StageColumnModel::decode(const QMimeData *data, QList<qint64> *ids, QString *fromStage)
{
    if (!data || !data->hasFormat(mimeType()))
        return false;
    QByteArray bytes = data->data(mimeType());
    QDataStream in(&bytes, QIODevice::ReadOnly);
    QString stage;
    QList<qint64> list;
    in >> stage >> list;
    if (in.status() != QDataStream::Ok || list.isEmpty())
        return false;
    if (ids)
        *ids = list;
    if (fromStage)
        *fromStage = stage;
    return true;
}

StageColumnModel::StageColumnModel(SqlWindowModel *window, const QString &stage, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_window(window)
    , m_stage(stage)
{
    setSourceModel(window);
}

qint64 StageColumnModel::idAt(int row) const
{
    return m_window->idAt(row);
}

int StageColumnModel::rowOfId(qint64 id) const
{
    return m_window->rowOfId(id); // the pages in memory, else one query

}

QVariant StageColumnModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const int row = mapToSource(index).row();
    switch (role) {
    case CustomerRole:
        return m_window->value(row, QStringLiteral("customer"));
    case AmountRole:
        return m_window->value(row, QStringLiteral("amount_cents"));
    case CurrencyRole:
        return m_window->value(row, QStringLiteral("currency"));
    case ExpectedCloseRole:
        return m_window->value(row, QStringLiteral("expected_close"));
    case OwnerRole:
        return m_window->value(row, QStringLiteral("owner"));
    case OverdueRole:
        return m_window->value(row, QStringLiteral("overdue")).toInt() != 0;
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

Qt::ItemFlags StageColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land on the column, wherever the cursor is
    return QIdentityProxyModel::flags(index) | Qt::ItemIsDragEnabled;
}

QStringList StageColumnModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *StageColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes) {
        const qint64 id = idAt(mapToSource(i).row());
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << m_stage << ids;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    return mime;
}

bool StageColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    QString from;
    return action == Qt::MoveAction && decode(data, nullptr, &from) && from != m_stage;
}

bool StageColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<qint64> ids;
    QString from;
    decode(data, &ids, &from);
    emit moveRequested(ids, from, m_stage);
    return true;
}

} // namespace sb
