#include "ShortcutHelp.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QHash>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb {

namespace {

// "&Search everywhere…" reads "Search everywhere" on the sheet.
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x01), QLatin1Char('&'));
    text = text.trimmed();
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.section(QLatin1Char('\t'), 0, 0).trimmed();
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList parts;
    for (const QKeySequence &k : keys)
        if (!k.isEmpty())
            parts << k.toString(QKeySequence::NativeText);
    return parts.join(QStringLiteral(", "));
}

// Left out: what the page keeps hidden now (the customer file while the list shows, a
// manager's buttons for a rep).
bool shownUnder(const QObject *o, const QWidget *root)
{
    for (auto *w = qobject_cast<const QWidget *>(o); w && w != root; w = w->parentWidget())
        if (w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide))
            return false;
    return true;
}

class Collector {
public:
    QList<ShortcutEntry> entries;

    void addAction(QAction *a, const QString &area)
    {
        if (!a || a->isSeparator() || seen.contains(a))
            return;
        seen.insert(a);
        if (a->menu()) { // a submenu: its title is not an action
            addMenu(a->menu(), area);
            return;
        }
        const QString keys = keysText(a->shortcuts());
        const QString text = plainText(a->text());
        if (!keys.isEmpty() && !text.isEmpty() && a->isVisible())
            entries.append({area, text, keys});
    }

    void addMenu(QMenu *menu, const QString &area)
    {
        const auto actions = menu->actions();
        for (QAction *a : actions)
            addAction(a, area);
    }

    // The actions, QShortcuts and buttons under root, except inside the subtrees in skip.
    void addWidgetTree(QWidget *root, const QString &area, const QList<QWidget *> &skip)
    {
        auto skipped = [&](QObject *o) {
            for (QObject *p = o; p && p != root; p = p->parent())
                if (skip.contains(qobject_cast<QWidget *>(p)))
                    return true;
            return false;
        };
        QList<QWidget *> widgets{root};
        widgets += root->findChildren<QWidget *>();
        for (QWidget *w : std::as_const(widgets)) {
            if (skipped(w) || !shownUnder(w, root) || qobject_cast<QMenu *>(w) || qobject_cast<QMenuBar *>(w))
                continue;
            const auto actions = w->actions();
            for (QAction *a : actions)
                addAction(a, area);
            if (auto *b = qobject_cast<QAbstractButton *>(w)) {
                const QKeySequence key = b->shortcut();
                // A button's own text gives it Alt+letter; only keys set on purpose count.
                if (!key.isEmpty() && key != QKeySequence::mnemonic(b->text()) && !b->text().isEmpty())
                    entries.append({area, plainText(b->text()), keysText({key})});
            }
        }
        const auto shortcuts = root->findChildren<QShortcut *>();
        for (QShortcut *s : shortcuts) {
            if (skipped(s) || !s->isEnabled() || !shownUnder(s->parent(), root))
                continue;
            const QString keys = keysText(s->keys());
            if (!keys.isEmpty() && !s->whatsThis().isEmpty())
                entries.append({area, s->whatsThis(), keys});
        }
    }

private:
    QSet<QAction *> seen;
};

} // namespace

QList<ShortcutEntry> collectShortcuts(QMainWindow *window, QWidget *page, const QString &pageName)
{
    Collector c;
    const auto menus = window->menuBar()->actions();
    for (QAction *m : menus)
        if (m->menu())
            c.addMenu(m->menu(), plainText(m->text()));
    if (page)
        c.addWidgetTree(page, pageName, {});
    // What works anywhere in the window and is in no menu (the search box, banners...); the
    // pages not shown keep theirs to themselves.
    QList<QWidget *> skip;
    if (page && page->parentWidget())
        skip << page->parentWidget();
    c.addWidgetTree(window, QCoreApplication::translate("ShortcutHelp", "Window"), skip);

    // One line per thing in an area: two keys for it (Ctrl+Return, Ctrl+Enter) join on it.
    QList<ShortcutEntry> unique;
    QHash<QString, int> lineOf;
    for (const ShortcutEntry &e : std::as_const(c.entries)) {
        const QString line = e.area + QLatin1Char('\n') + e.action;
        const auto it = lineOf.constFind(line);
        if (it == lineOf.constEnd()) {
            lineOf.insert(line, int(unique.size()));
            unique << e;
            continue;
        }
        ShortcutEntry &merged = unique[*it];
        for (const QString &k : e.keys.split(QStringLiteral(", ")))
            if (!merged.keys.split(QStringLiteral(", ")).contains(k))
                merged.keys += QStringLiteral(", ") + k;
    }
    return unique;
}

ShortcutHelpDialog::ShortcutHelpDialog(const QList<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_nothing(new QLabel(tr("No shortcut matches."), this))
{
    setObjectName(QStringLiteral("shortcutHelp"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Filter by action or key, e.g. \"sync\" or \"Ctrl+1\""));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("shortcutTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setForegroundRole(QPalette::PlaceholderText);
    m_nothing->hide();

    QFont areaFont = m_tree->font();
    areaFont.setBold(true);
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutEntry &e : entries) {
        if (!group || group->text(0) != e.area) {
            group = new QTreeWidgetItem(m_tree, {e.area});
            group->setFirstColumnSpanned(true);
            group->setFont(0, areaFont);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {e.action, e.keys});
        item->setFlags(Qt::ItemIsEnabled);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tree->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_nothing, 1);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutHelpDialog::applyFilter);
    resize(560, 640);
    m_filter->setFocus();
}

void ShortcutHelpDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    int shown = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool areaMatches = !needle.isEmpty() && group->text(0).contains(needle, Qt::CaseInsensitive);
        int inGroup = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty() || areaMatches || item->text(0).contains(needle, Qt::CaseInsensitive)
                               || item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            inGroup += match ? 1 : 0;
        }
        group->setHidden(inGroup == 0);
        shown += inGroup;
    }
    m_tree->setVisible(shown > 0);
    m_nothing->setVisible(shown == 0);
}

QStringList ShortcutHelpDialog::visibleLines() const
{
    QStringList lines;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden())
                lines << group->text(0) + QStringLiteral(" / ") + group->child(i)->text(0) + QStringLiteral(" / ")
                             + group->child(i)->text(1);
    }
    return lines;
}

} // namespace sb
