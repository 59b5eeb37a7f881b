#include "ConflictPanel.h"

#include "models/domain/Vocabulary.h"
#include "models/itemmodels/SyncLists.h"
#include "models/store/ConflictStore.h"
#include "models/store/Database.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

namespace {
QLabel *valueBox(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setFrameShape(QFrame::StyledPanel);
    l->setMargin(6);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    l->setMinimumHeight(40);
    return l;
}

QString shown(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("—") : v.toString();
}
} // namespace

ConflictPanel::ConflictPanel(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_list(new ListPanel(lists::conflicts(ctx.db(), nullptr), this))
    , m_detail(new QWidget(this))
    , m_title(new QLabel(m_detail))
    , m_base(valueBox(m_detail, QStringLiteral("conflictBase")))
    , m_mine(valueBox(m_detail, QStringLiteral("conflictMine")))
    , m_theirs(valueBox(m_detail, QStringLiteral("conflictTheirs")))
    , m_keepMine(new QPushButton(m_detail))
    , m_takeTheirs(new QPushButton(m_detail))
    , m_edit(new QPushButton(tr("&Edit…"), m_detail))
    , m_editRow(new QWidget(m_detail))
    , m_editor(new QLineEdit(m_editRow))
    , m_saveValue(new QPushButton(tr("&Use this value"), m_editRow))
{
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_edit->setObjectName(QStringLiteral("editValue"));
    m_editor->setObjectName(QStringLiteral("conflictValueEditor"));
    m_saveValue->setObjectName(QStringLiteral("saveConflictValue"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *grid = new QGridLayout;
    const QStringList heads = {tr("Before (last synced)"), tr("Mine (this computer)"), tr("Theirs (server)")};
    const QList<QLabel *> boxes = {m_base, m_mine, m_theirs};
    for (int i = 0; i < 3; ++i) {
        grid->addWidget(new QLabel(heads.at(i), m_detail), 0, i);
        grid->addWidget(boxes.at(i), 1, i);
        grid->setColumnStretch(i, 1);
    }

    auto *cancelEdit = new QPushButton(tr("Cancel"), m_editRow);
    auto *er = new QHBoxLayout(m_editRow);
    er->setContentsMargins(0, 0, 0, 0);
    er->addWidget(new QLabel(tr("New value:"), m_editRow));
    er->addWidget(m_editor, 1);
    er->addWidget(m_saveValue);
    er->addWidget(cancelEdit);
    m_editRow->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_edit);
    auto *open = new QPushButton(tr("&Open record"), m_detail);
    buttons->addWidget(open);
    buttons->addStretch(1);

    auto *dl = new QVBoxLayout(m_detail);
    dl->setContentsMargins(0, 4, 0, 0);
    dl->addWidget(m_title);
    dl->addLayout(grid);
    dl->addLayout(buttons);
    dl->addWidget(m_editRow);
    dl->addStretch(1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    // The record and the three values are what a decision needs: they share the width.
    QHeaderView *header = m_list->table()->horizontalHeader();
    for (int c : {2, 4, 5, 6})
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    connect(m_list, &ListPanel::currentChanged, this, &ConflictPanel::showConflict);
    connect(m_list, &ListPanel::errorOccurred, &ctx, &AppContext::reportError);
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictPanel::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &ConflictPanel::takeTheirs);
    connect(m_edit, &QPushButton::clicked, this, &ConflictPanel::startEdit);
    connect(m_saveValue, &QPushButton::clicked, this, &ConflictPanel::saveEdit);
    connect(m_editor, &QLineEdit::returnPressed, this, &ConflictPanel::saveEdit);
    connect(cancelEdit, &QPushButton::clicked, m_editRow, &QWidget::hide);
    connect(open, &QPushButton::clicked, this, [this] {
        const int row = m_list->table()->currentIndex().row();
        if (row >= 0)
            m_ctx.requestOpen(m_list->model()->value(row, QStringLiteral("entity")).toString(),
                              m_list->model()->value(row, QStringLiteral("record_id")).toLongLong());
    });
    showConflict(-1);
}

void ConflictPanel::refresh()
{
    m_list->refresh();
    // Keep a decision at hand: select the first open conflict when nothing is selected.
    if (m_list->table()->currentIndex().row() < 0 && m_list->model()->rowCount() > 0)
        m_list->selectRow(0);
    showConflict(m_list->currentId());
}

void ConflictPanel::showConflict(qint64 conflictId)
{
    m_editRow->hide();
    m_current = -1;
    ConflictStore store(m_ctx.db());
    Conflict found;
    const int row = m_list->table()->currentIndex().row();
    if (conflictId > 0 && row >= 0) {
        // Scoped to the row's record: that is also what keeps the read small.
        auto all = store.open(m_list->model()->value(row, QStringLiteral("entity")).toString(),
                              m_list->model()->value(row, QStringLiteral("record_id")).toLongLong());
        if (!all) {
            m_ctx.reportError(all.error());
        } else {
            for (const Conflict &c : all.value())
                if (c.id == conflictId)
                    found = c;
        }
    }
    const bool any = found.id > 0;
    m_detail->setEnabled(any);
    if (!any) {
        m_title->setText(m_list->model()->rowCount() ? tr("Select a conflict to decide it.")
                                                     : tr("No conflicts. When a field was changed both here and on a "
                                                          "server, it waits here for your decision."));
        m_base->clear();
        m_mine->clear();
        m_theirs->clear();
        m_keepMine->setText(tr("Keep &mine"));
        m_takeTheirs->setText(tr("Take &theirs"));
        m_edit->show();
        return;
    }
    m_current = found.id;
    m_entity = found.entity;
    const QString record = row >= 0 ? m_list->model()->data(m_list->model()->index(row, 2)).toString() : QString();
    const bool wholeRecord = found.field == QLatin1String("*");
    if (wholeRecord) {
        m_title->setText(tr("%1 “%2” was deleted on the server, but you edited it here.")
                             .arg(vocab::entityLabel(found.entity), record));
        m_base->setText(QStringLiteral("—"));
        m_mine->setText(tr("Edited here"));
        m_theirs->setText(tr("Deleted on the server"));
        m_keepMine->setText(tr("&Keep (send it again)"));
        m_takeTheirs->setText(tr("&Delete here"));
        m_edit->hide();
    } else {
        m_title->setText(tr("%1 “%2”: field “%3” was changed here and on the server.")
                             .arg(vocab::entityLabel(found.entity), record, found.field));
        m_base->setText(shown(found.base));
        m_mine->setText(shown(found.mine));
        m_theirs->setText(shown(found.theirs));
        m_keepMine->setText(tr("Keep &mine"));
        m_takeTheirs->setText(tr("Take &theirs"));
        m_edit->show();
    }
}

void ConflictPanel::keepMine()
{
    if (m_current <= 0)
        return;
    Status s = ConflictStore(m_ctx.db()).keepMine(m_current);
    finishDecision(s.isOk(), s.error());
}

void ConflictPanel::takeTheirs()
{
    if (m_current <= 0)
        return;
    Status s = ConflictStore(m_ctx.db()).takeTheirs(m_current);
    finishDecision(s.isOk(), s.error());
}

void ConflictPanel::startEdit()
{
    if (m_current <= 0)
        return;
    m_editor->setText(m_mine->text() == QStringLiteral("—") ? QString() : m_mine->text());
    m_editRow->show();
    m_editor->setFocus();
    m_editor->selectAll();
}

void ConflictPanel::saveEdit()
{
    if (m_current <= 0)
        return;
    Status s = ConflictStore(m_ctx.db()).useValue(m_current, m_editor->text());
    finishDecision(s.isOk(), s.error());
}

void ConflictPanel::finishDecision(bool ok, const QString &error)
{
    if (!ok) {
        m_ctx.reportError(error);
        return;
    }
    m_editRow->hide();
    // The record changed (or went): its views refresh, and so does the sync centre.
    m_ctx.notifyChanged(m_entity);
}

} // namespace sb
