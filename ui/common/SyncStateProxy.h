#pragma once

#include <QIdentityProxyModel>

namespace sb {

// Puts the sync badge and its explanation on the first column of any SqlWindowModel.
class SyncStateProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace sb
