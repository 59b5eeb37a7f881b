#pragma once

#include "models/store/PipelineStore.h"

#include <QFrame>

class QLabel;
class QListView;

namespace sb {

class Database;
class SqlWindowModel;
class StageColumnModel;

// The thin bar under a column header: on track / overdue / no activity, in proportion.
class ActivityStateBar : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    void setSummary(const StageSummary &summary);
    QSize sizeHint() const override { return QSize(120, 5); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    StageSummary m_summary;
};

// One stage of the kanban: a header with the count and the sums of the deals (one per currency), the state bar,
// and the cards in a list view over a windowed model (a column of 30k deals stays cheap).
class KanbanColumn : public QFrame {
    Q_OBJECT
public:
    KanbanColumn(Database &db, const QString &stage, QWidget *parent = nullptr);

    const QString &stage() const { return m_stage; }
    QListView *view() const { return m_view; }
    StageColumnModel *model() const { return m_model; }
    SqlWindowModel *window() const { return m_window; }
    QLabel *headerLabel() const { return m_title; }
    QLabel *totalsLabel() const { return m_totals; }

    // totalLines: the most currencies any lane shows (the header keeps that many lines).
    void setSummary(const StageSummary &summary, int totalLines = 1);
    void setOwnerFilter(const QString &owner); // empty: everyone's deals
    void refresh();

    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    bool selectId(qint64 id);

private:
    QString m_stage;
    SqlWindowModel *m_window;
    StageColumnModel *m_model;
    QLabel *m_title;
    QLabel *m_totals;
    ActivityStateBar *m_bar;
    QListView *m_view;
};

} // namespace sb
