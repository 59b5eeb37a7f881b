#pragma once

#include "models/store/SearchStore.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sb {

class SqlWindowModel;
class SyncStateProxy;

// A list screen's body: a fast filter box, saved views, a sortable table over a windowed
// model with sync badges, a row count and CSV export. Every list in the app is one of these.
class ListPanel : public QWidget {
    Q_OBJECT
public:
    ListPanel(SqlWindowModel *model, QWidget *parent = nullptr);

    // How typed text becomes a filter (full-text search for customers, prefix for orders...).
    void setSearch(const std::function<SearchCondition(const QString &)> &toCondition,
                   const QString &placeholder);
    // A saved view: a name and its condition (models/itemmodels/ListFilters.h), combined with
    // the search.
    void addView(const QString &name, const SearchCondition &filter);
    void setSearchText(const QString &text); // applies at once (no typing delay)
    // Picks a saved view by its position (0 is "All", then the views in the order added).
    void setCurrentView(int index);
    int currentView() const;

    SqlWindowModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *totalLabel() const { return m_total; }
    QLineEdit *filterEdit() const { return m_filter; }
    qint64 currentId() const;
    void selectRow(int row);
    // Selects the record when it is among the first searchRows rows (a window is not scanned
    // further: the caller shows the record anyway). Returns whether it was found.
    bool selectId(qint64 id, int searchRows = 1000);
    void refresh();
    // Column widths follow the contents: when the panel is made, and again when the first rows
    // come into a list that opened empty (a first sync), unless the user has resized a column.
    // A cap keeps long names from pushing the columns after them out of view; a fixed width is
    // kept as given.
    void capColumn(int column, int maxWidth);
    void fixColumn(int column, int width);
    // The columns' widths, order and hidden ones come back as the person left them, under
    // this name (ui/common/LayoutMemory.h). Call it after capColumn / fixColumn.
    void rememberLayout(const QString &name);
    // How the row count reads: exact(n) for a counted list, atLeast(n) when the model stopped
    // counting at its cap n ("10,000+ customers"). Defaults: "%n record(s)", "%Ln+ record(s)".
    void setCountTexts(const std::function<QString(int)> &exact, const std::function<QString(int)> &atLeast);
    QLabel *countLabel() const { return m_count; }
    // Counts every row of a list that stopped at its cap (what clicking the count does).
    void countAll();
    // Writes what the list shows (all rows, not only the visible ones) as CSV.
    bool exportTo(const QString &path, QString *error = nullptr);

public slots:
    void exportInteractive();

signals:
    void currentChanged(qint64 id);
    void activated(qint64 id);
    void errorOccurred(const QString &message);

private:
    void applyFilter();
    void updateCount();
    void sizeColumns();

    SqlWindowModel *m_model;
    SyncStateProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_views;
    QLabel *m_count;
    QLabel *m_total; // the model's money total per currency, when it has one
    QTimer *m_debounce;
    std::function<SearchCondition(const QString &)> m_toCondition;
    std::function<QString(int)> m_exactText, m_atLeastText;
    QList<SearchCondition> m_viewFilters;
    QHash<int, int> m_caps, m_fixed;
    bool m_sizedToRows = false;   // the columns were sized with rows in the list
    bool m_sizing = false;        // sizeColumns at work (not the user resizing)
    bool m_userResized = false;
};

} // namespace sb
