#pragma once

#include <QList>

class QSplitter;
class QWidget;

namespace sb {

// The list-beside-detail layout of the record screens (orders, shipments, stock, tickets):
// a detail pane that shows a placeholder until a record is chosen, optionally scrollable,
// and the splitter with the list on the left.
QWidget *makeDetailPane(QWidget *placeholder, QWidget *body, bool scrollable, QWidget *parent);
void layoutMasterDetail(QWidget *owner, QSplitter *splitter, QWidget *master, QWidget *detail, int masterStretch,
                        int detailStretch, const QList<int> &sizes);

} // namespace sb
