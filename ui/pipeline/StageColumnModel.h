#pragma once

#include <QIdentityProxyModel>
#include <QList>

namespace sb {

class SqlWindowModel;

// One kanban column's rows with what the card needs as roles, and the drag and drop of deals
// between columns: the dragged ids travel as mime data, a drop asks the view to move them.
class StageColumnModel : public QIdentityProxyModel {
    Q_OBJECT
public:
    enum Roles {
        CustomerRole = Qt::UserRole + 100,
        AmountRole, // cents
        CurrencyRole,
        ExpectedCloseRole,
        OwnerRole,
        OverdueRole,
    };

    static QString mimeType(); // "application/x-salesbridge-opportunity"
    // Reads a drag's payload; false when it is not ours.
    static bool decode(const QMimeData *data, QList<qint64> *ids, QString *fromStage);

    StageColumnModel(SqlWindowModel *window, const QString &stage, QObject *parent = nullptr);

    const QString &stage() const { return m_stage; }
    SqlWindowModel *window() const { return m_window; }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when the deal is not in this column

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    // The move is a stage change in the cache, not a row removal: the column re-reads itself.
    bool removeRows(int, int, const QModelIndex & = QModelIndex()) override { return false; }

signals:
    // A drop landed here: the view decides (and may ask for a lost reason first).
    void moveRequested(const QList<qint64> &ids, const QString &fromStage, const QString &toStage);

private:
    SqlWindowModel *m_window;
    QString m_stage;
};

} // namespace sb
