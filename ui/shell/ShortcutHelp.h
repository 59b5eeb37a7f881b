#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace sb {

// One line of the shortcut sheet: where it works, what it does, the keys.
struct ShortcutEntry {
    QString area;
    QString action;
    QString keys; // as the platform writes them ("Ctrl+0"), several joined by ", "
};

// Every shortcut the window answers, read from the live QActions, QShortcuts and buttons, so
// the sheet cannot drift from the program: the menus' actions by menu, then those of the
// current page (under pageName), then the rest of the window. A QShortcut says what it does
// with its whatsThis; buttons' mnemonics (Alt+letter) are left out, as in menus.
QList<ShortcutEntry> collectShortcuts(QMainWindow *window, QWidget *page, const QString &pageName);

// The sheet itself (F1, Ctrl+/): the shortcuts grouped by area, with a filter box that
// matches the action, the keys or the area.
class ShortcutHelpDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutHelpDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *tree() const { return m_tree; }
    // The lines shown under the filter, as "area / action / keys" (what a test reads).
    QStringList visibleLines() const;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_nothing;
};

} // namespace sb
