#pragma once

#include <QString>

class QHeaderView;
class QSplitter;

namespace sb {

// Remembers per user (QSettings) how a person arranged a view, like the window's size: a
// splitter's sizes, and a list's column widths, order and hidden columns, under
// "layout/<name>/…". The name becomes the widget's object name when it has none. What was saved
// is restored at once; what the person changes with the mouse is saved when they let go, so
// the sizes the code computes (columns fitted to their first rows) are never taken for a
// choice. The sort order is not part of it: lists sort in SQL, and reopen in their own order.
// Returns whether a saved layout was applied. Call it once the view has set its own defaults.
bool rememberLayout(QSplitter *splitter, const QString &name);
bool rememberLayout(QHeaderView *header, const QString &name);

// Forgets every remembered layout (Settings' "reset layouts", and the tests).
void forgetLayouts();

} // namespace sb
