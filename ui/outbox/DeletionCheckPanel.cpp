#include "DeletionCheckPanel.h"

#include "models/domain/Vocabulary.h"
#include "models/store/DeletionCheckStore.h"
#include "ui/common/AppContext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace sb {

DeletionCheckPanel::DeletionCheckPanel(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_label(new QLabel(this))
    , m_check(new QPushButton(tr("Check for &deletions now"), this))
{
    setObjectName(QStringLiteral("deletionCheck"));
    m_label->setObjectName(QStringLiteral("deletionCheckLabel"));
    m_label->setWordWrap(true);
    m_check->setObjectName(QStringLiteral("checkDeletionsNow"));
    m_check->setToolTip(tr("Records archived on a server leave this computer with every sync. Records deleted outright "
                           "there are found by comparing every record with the server, which runs once a day by itself. "
                           "This runs it with a sync now."));
    connect(m_check, &QPushButton::clicked, this, &DeletionCheckPanel::requestCheck);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_check);
    refresh();
}

void DeletionCheckPanel::refresh()
{
    auto r = DeletionCheckStore(m_ctx.db()).load();
    if (!r) {
        m_ctx.reportError(r.error());
        return;
    }
    const DeletionCheckInfo info = r.value();
    const QLocale locale;
    QString text;
    if (info.lastAt.isEmpty()) {
        text = tr("Records deleted on the servers: not checked yet.");
    } else {
        const QDateTime at = QDateTime::fromString(info.lastAt, Qt::ISODateWithMs).toLocalTime();
        const QString when = at.date() == QDate::currentDate()
                                 ? tr("today %1").arg(locale.toString(at.time(), QLocale::ShortFormat))
                                 : formatRelative(info.lastAt, locale);
        text = tr("Last check for deleted records: %1, %2 records in %3 s, %4 removed.")
                   .arg(when, locale.toString(info.idsChecked), locale.toString(info.durationMs / 1000.0, 'f', 1))
                   .arg(info.removed);
    }
    if (info.requested)
        text += QLatin1Char(' ') + tr("The next sync checks again, as asked.");
    m_label->setText(text);
}

void DeletionCheckPanel::requestCheck()
{
    if (Status s = DeletionCheckStore(m_ctx.db()).request(); !s) {
        m_ctx.reportError(s.error());
        return;
    }
    refresh();
    emit syncRequested();
}

} // namespace sb
