#include "SyncStateProxy.h"

#include "SyncStateIcons.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/SyncStates.h"

namespace sb {

QVariant SyncStateProxy::data(const QModelIndex &index, int role) const
{
    if (index.column() == 0 && (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        const int state = QIdentityProxyModel::data(index, SqlWindowModel::SyncStateRole).toInt();
        const QVariant error = QIdentityProxyModel::data(index, SqlWindowModel::SyncErrorRole);
        const bool hasError = !error.isNull() && !error.toString().isEmpty();
        const bool localOnly = QIdentityProxyModel::data(index, SqlWindowModel::LocalOnlyRole).toBool();
        if (role == Qt::DecorationRole)
            return syncStateIcon(state, hasError, localOnly);
        if (state != sqlValue(LocalState::Clean) || hasError)
            return syncStateText(state, error, localOnly);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace sb
