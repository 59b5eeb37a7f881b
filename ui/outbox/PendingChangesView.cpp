#include "PendingChangesView.h"

#include "models/domain/Vocabulary.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/Database.h"
#include "models/store/ServiceStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

PendingChangesView::PendingChangesView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_summary(new QLabel(this))
    , m_list(new ListPanel(lists::outbox(ctx.db(), nullptr), this))
    , m_detail(new QPlainTextEdit(this))
{
    m_list->setObjectName(QStringLiteral("outboxList"));
    m_list->addView(tr("Failed"), QStringLiteral("x.state = 'failed'"));
    m_summary->setWordWrap(true);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a change to see what will be sent."));
    auto *open = new QPushButton(tr("&Open record"), this);
    connect(open, &QPushButton::clicked, this, [this] {
        const int row = m_list->table()->currentIndex().row();
        if (row < 0)
            return;
        const QString entity = m_list->model()->value(row, QStringLiteral("entity")).toString();
        const qint64 id = m_list->model()->value(row, QStringLiteral("record_id")).toLongLong();
        m_ctx.requestOpen(entity, id);
    });
    connect(m_list, &ListPanel::currentChanged, this, &PendingChangesView::showEntry);
    connect(m_list, &ListPanel::errorOccurred, &ctx, &AppContext::reportError);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    auto *detailBox = new QWidget(split);
    auto *dl = new QVBoxLayout(detailBox);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_detail, 1);
    dl->addWidget(open, 0, Qt::AlignLeft);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(&ctx, &AppContext::recordsChanged, this, &PendingChangesView::refresh);
    refresh();
}

void PendingChangesView::refresh()
{
    m_list->refresh();
    OutboxStore store(m_ctx.db());
    auto c = store.counts();
    if (!c) {
        m_ctx.reportError(c.error());
        return;
    }
    m_summary->setText(c.value().pending + c.value().failed == 0
                           ? tr("Everything is sent. Changes you make offline wait here until they reach "
                                "the ERP, OA and after-sales systems.")
                           : tr("%n change(s) waiting to be sent", nullptr, c.value().pending)
                                 + (c.value().failed ? QStringLiteral(" · ") + tr("%n failed", nullptr, c.value().failed)
                                                     : QString()));
}

void PendingChangesView::showEntry(qint64 outboxId)
{
    if (outboxId < 0) {
        m_detail->clear();
        return;
    }
    auto r = m_ctx.db().exec(QStringLiteral("SELECT entity, record_id, op, payload, idempotency_key, created_at, "
                                            "state, attempts, last_error FROM outbox WHERE id = ?"),
                             {outboxId});
    if (!r) {
        m_ctx.reportError(r.error());
        return;
    }
    QSqlQuery &q = r.value();
    if (!q.next()) {
        m_detail->clear();
        return;
    }
    const QByteArray pretty = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).toJson(QJsonDocument::Indented);
    QString text = tr("%1 %2 #%3 · %4\nQueued %5 · key %6\nAttempts: %7")
                       .arg(vocab::outboxOpLabel(q.value(2).toString()), vocab::entityLabel(q.value(0).toString()))
                       .arg(q.value(1).toLongLong())
                       .arg(vocab::outboxStateLabel(q.value(6).toString()), formatRelative(q.value(5).toString()),
                            q.value(4).toString())
                       .arg(q.value(7).toInt());
    if (!q.value(8).isNull())
        text += QLatin1Char('\n') + tr("Last error: %1").arg(q.value(8).toString());
    text += QStringLiteral("\n\n") + QString::fromUtf8(pretty);
    m_detail->setPlainText(text);
}

} // namespace sb
