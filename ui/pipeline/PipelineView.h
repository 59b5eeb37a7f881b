#pragma once

#include "models/store/PipelineStore.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QListView;
class QSplitter;

namespace sb {

class AppContext;
class FunnelChart;
class KanbanColumn;
class LostReasonDialog;
class NewOpportunityDialog;
class OpportunityDialog;

// The pipeline: a kanban with one column per stage (drag a card to move the deal, or use the
// keyboard: Ctrl+Right moves to the next stage) and, below it, the funnel of the open stages.
class PipelineView : public QWidget {
    Q_OBJECT
public:
    explicit PipelineView(AppContext &ctx, QWidget *parent = nullptr);

    // Test hooks: the columns, the funnel and the dialogs a person would fill.
    QList<KanbanColumn *> columns() const { return m_columnList; }
    KanbanColumn *column(const QString &stage) const { return m_columns.value(stage); }
    QListView *columnView(const QString &stage) const;
    FunnelChart *funnel() const { return m_funnel; }
    LostReasonDialog *lostReasonDialog() const;
    NewOpportunityDialog *newOpportunityDialog() const;
    QComboBox *ownerFilter() const { return m_owner; }

    // Moves a deal through the same mime data / dropMimeData path a real drag takes. True when
    // the deal moved; a drop on "lost" opens the reason dialog and moves only once it is given.
    bool moveByDrop(qint64 opportunityId, const QString &toStage);
    // Selects a card (looked up in its stage's column); false when it is not on the board.
    bool selectOpportunity(qint64 opportunityId);

    // The record view being shown by openRecord(), if any (it is modal).
    OpportunityDialog *recordDialog() const { return m_recordDialog; }

public slots:
    void refresh();
    void newRecord();
    // Opens the deal's record view (modal) over its card; the board refreshes after it.
    void openRecord(qint64 opportunityId);
    void deleteSelected(); // asks, naming the deal
    void moveSelectedToNextStage();
    void showMoveMenu(); // "Move to stage…" for the selected cards, at the current card

private:
    void requestMove(const QList<qint64> &ids, const QString &fromStage, const QString &toStage);
    bool applyMove(const QList<qint64> &ids, const QString &fromStage, const QString &toStage,
                   const QString &lostReason);
    void askLostReason(const QList<qint64> &ids, const QString &fromStage);
    void refreshSummaries(); // reads the board's figures (every deal) and shows them
    void showBoard();        // shows m_board in the headers and the funnel
    void showContextMenu(KanbanColumn *column, const QPoint &pos);
    KanbanColumn *activeColumn() const;
    QString ownerScope() const;

    AppContext &m_ctx;
    QHash<QString, KanbanColumn *> m_columns;
    QList<KanbanColumn *> m_columnList;
    QPointer<KanbanColumn> m_active;
    FunnelChart *m_funnel;
    BoardFigures m_board; // what the headers and the funnel show
    QSplitter *m_splitter;
    QComboBox *m_owner;
    QPointer<LostReasonDialog> m_lostDialog;
    QPointer<NewOpportunityDialog> m_newDialog;
    OpportunityDialog *m_recordDialog = nullptr; // set while openRecord() shows it
    bool m_notifying = false;
};

} // namespace sb
