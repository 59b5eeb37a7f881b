#include "MailHandoff.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace sb {

MailHandoff::MailHandoff(QObject *parent) : QObject(parent) {}

QString MailHandoff::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
}

QStringList MailHandoff::arguments(const Message &m)
{
    QStringList args{QStringLiteral("--utf8"), QStringLiteral("--subject"), m.subject, QStringLiteral("--body"), m.body};
    if (!m.attachment.isEmpty())
        args << QStringLiteral("--attach") << m.attachment;
    if (!m.to.trimmed().isEmpty())
        args << m.to.trimmed();
    return args;
}

void MailHandoff::start(const Message &m)
{
    const QString xdgEmail = program();
    if (xdgEmail.isEmpty()) {
        // Queued, so the caller sees the same order of events whichever way it ends.
        QTimer::singleShot(0, this, [this] {
            finish(false, tr("No desktop mail hand-off (xdg-email, in the package xdg-utils) is installed."));
        });
        return;
    }
    // Parented to the application, not to this object: a mail program that keeps xdg-email
    // waiting must not be killed when the hand-off is forgotten.
    m_process = new QProcess(QCoreApplication::instance());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        finish(false, tr("The mail hand-off could not be started: %1").arg(m_process->errorString()));
        m_process->deleteLater(); // no finished() follows
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QString output = QString::fromLocal8Bit(m_process->readAll()).trimmed();
        if (status == QProcess::NormalExit && code == 0) {
            finish(true, QString());
            return;
        }
        // xdg-email's exit codes: 1 syntax, 2 a file is missing, 3 no mail program, 4 it failed.
        QString why = code == 3 ? tr("No mail program is set up on this desktop.")
                                : tr("The mail program did not take the message (xdg-email ended with code %1).").arg(code);
        if (!output.isEmpty())
            why += QLatin1Char(' ') + output.left(300);
        finish(false, why);
    });
    connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    QTimer::singleShot(m_graceMs, this, [this] { finish(true, QString()); });
    m_process->start(xdgEmail, arguments(m));
}

void MailHandoff::finish(bool ok, const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    if (ok)
        emit handedOver();
    else
        emit failed(reason);
}

} // namespace sb
