#include "SyncStatusIndicator.h"

#include "models/domain/Vocabulary.h"
#include "sync/engine/SyncRunner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QToolButton>

namespace sb {

SyncStatusIndicator::SyncStatusIndicator(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_cancel(new QAction(tr("Cancel sync"), this))
    , m_cancelButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncStatusLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    m_cancel->setEnabled(false);
    m_cancelButton->setDefaultAction(m_cancel);
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->hide();
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_label);
    l->addWidget(m_cancelButton);
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (m_runner)
            m_runner->cancel();
        m_label->setText(tr("Cancelling sync…"));
        m_cancel->setEnabled(false);
    });
}

void SyncStatusIndicator::setRunner(SyncRunner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    if (!runner)
        return;
    connect(runner, &SyncRunner::started, this, &SyncStatusIndicator::onStarted);
    connect(runner, &SyncRunner::progress, this, &SyncStatusIndicator::onProgress);
    connect(runner, &SyncRunner::finished, this, &SyncStatusIndicator::onFinished);
    if (runner->isRunning())
        onStarted();
}

void SyncStatusIndicator::onStarted()
{
    m_label->setText(tr("Syncing…"));
    m_cancel->setEnabled(true);
    m_cancelButton->show();
}

void SyncStatusIndicator::onProgress(const QString &phase, const QString &entity, int done, int total)
{
    const QString count = total > 0 ? tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total))
                                    : QLocale().toString(done);
    if (phase == QLatin1String("push"))
        m_label->setText(tr("Sending changes… %1").arg(count));
    else
        m_label->setText(tr("Syncing %1 records… %2").arg(vocab::entityLabel(entity), count));
}

void SyncStatusIndicator::onFinished(const SyncSummary &summary)
{
    m_cancel->setEnabled(false);
    m_cancelButton->hide();
    m_label->setText(summary.cancelled ? tr("Sync cancelled")
                                       : tr("Synced at %1: %2")
                                             .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
                                                  describe(summary)));
    m_label->setToolTip(QString());
    if (!summary.cancelled && !summary.keychain.isEmpty()) {
        // The one thing a person can do something about: said in full, not as "1 error".
        // (What the other servers did stays in the tooltip.)
        m_label->setToolTip(m_label->text() + QLatin1Char('\n') + summary.keychain.join(QLatin1Char('\n')));
        // The first sentence fits a status bar; the whole (what to do) is in the tooltip and
        // in the window's message bar.
        QString headline = summary.keychain.first();
        if (const int end = headline.indexOf(QLatin1String(". ")); end > 0)
            headline = headline.left(end + 1);
        m_label->setText(tr("Not synced: %1").arg(headline));
    }
    emit finished(summary);
}

QString SyncStatusIndicator::describe(const SyncSummary &s)
{
    if (s.cancelled)
        return tr("cancelled");
    QStringList parts;
    parts << tr("%1 sent").arg(s.pushed) << tr("%1 received").arg(s.pulled);
    if (s.pushFailed)
        parts << tr("%1 refused").arg(s.pushFailed);
    if (s.conflicts)
        parts << tr("%n conflict(s)", nullptr, s.conflicts);
    if (s.retryLater)
        parts << tr("%1 to retry").arg(s.retryLater);
    if (!s.errors.isEmpty())
        parts << tr("%n error(s)", nullptr, int(s.errors.size()));
    return parts.join(QStringLiteral(", "));
}

} // namespace sb
