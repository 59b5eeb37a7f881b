#pragma once

#include "models/store/Result.h"

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QToolButton;

namespace sb {

class DashboardTableModel;

// One figure of the dashboard in a frame: its title, its chart (or, for the tiles, any widget)
// and "Export PNG…" / "Export CSV…" as buttons and in the context menu. The CSV is the
// model's data (every currency), the PNG what the panel shows.
class DashboardPanel : public QFrame {
    Q_OBJECT
public:
    // fileStem: the suggested file name without extension ("pipeline-by-rep").
    DashboardPanel(const QString &title, const QString &fileStem, DashboardTableModel *model, QWidget *parent = nullptr);

    // The chart shown from now on (the panel owns it; the previous one is deleted).
    void setChart(QChart *chart);
    // A panel that shows another widget than a chart (the key figure tiles).
    void setBody(QWidget *body);
    QChartView *chartView() const { return m_view; }
    QChart *chart() const;
    DashboardTableModel *model() const { return m_model; }
    QString fileStem() const { return m_stem; }
    QString title() const;
    QToolButton *pngButton() const { return m_png; }
    QToolButton *csvButton() const { return m_csv; }

    Status exportPng(const QString &path) const;
    Status exportCsv(const QString &path) const;

public slots:
    // Ask for a file, then export; a failure goes to failed().
    void choosePng();
    void chooseCsv();

signals:
    void failed(const QString &message);
    void exported(const QString &path);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString suggested(const QString &extension) const;
    QWidget *m_body = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_title;
    QToolButton *m_png;
    QToolButton *m_csv;
    DashboardTableModel *m_model;
    QString m_stem;
};

} // namespace sb
