#include "AttachmentOpener.h"

#include "sync/engine/AttachmentSource.h"
#include "ui/common/AppContext.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace sb {

namespace {
constexpr int kDefaultLimitMb = 20;

// A name that is only a name: no folders, no characters a file system refuses, not hidden.
QString safeName(const QString &name)
{
    QString out;
    for (const QChar c : QFileInfo(name).fileName()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char(' ') || c == QLatin1Char('(') || c == QLatin1Char(')'))
            out += c;
        else
            out += QLatin1Char('_');
    }
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    out = out.trimmed().left(120);
    return out.isEmpty() ? QStringLiteral("attachment") : out;
}
} // namespace

AttachmentOpener::AttachmentOpener(AppContext &ctx, QWidget *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_parent(parent)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
}

int AttachmentOpener::limitMb()
{
    const int mb = QSettings().value(QStringLiteral("service/attachmentLimitMb"), kDefaultLimitMb).toInt();
    return mb > 0 ? mb : kDefaultLimitMb;
}

qint64 AttachmentOpener::limitBytes()
{
    return qint64(limitMb()) * 1024 * 1024;
}

QString AttachmentOpener::savePath(const QString &id, const QString &name)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/attachments");
    return dir + QLatin1Char('/') + safeName(id) + QLatin1Char('-') + safeName(name);
}

QString AttachmentOpener::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void AttachmentOpener::open(const TicketAttachment &a, const QString &ticketNumber)
{
    if (!a.content.isEmpty()) {
        // Written here and not sent yet: the reply carries the bytes. Named by their hash, so
        // two unsent files of the same name do not overwrite each other.
        const QString key = QStringLiteral("local-")
            + QString::fromLatin1(QCryptographicHash::hash(a.content, QCryptographicHash::Sha1).toHex().left(12));
        saveAndOpen(key, a.name, a.content);
        return;
    }
    if (a.id.isEmpty()) {
        fail(tr("\"%1\" cannot be opened: the server has not listed it yet. Try again after the next sync.").arg(a.name));
        return;
    }
    AttachmentSource *source = m_ctx.attachmentSource();
    if (!source) {
        fail(tr("\"%1\" cannot be opened here: no after-sales server is set up, so attached files are only listed.")
                 .arg(a.name));
        return;
    }
    if (m_fetch) {
        fail(tr("Another file is still downloading; wait for it or cancel it first."));
        return;
    }
    const qint64 limit = limitBytes();
    if (a.size > limit) {
        offerServerPage(a, ticketNumber, limit);
        return;
    }

    m_cancelled = false;
    m_fetch = source->fetch(a.id, limit);
    if (!m_fetch) {
        fail(tr("\"%1\" cannot be downloaded now.").arg(a.name));
        return;
    }
    m_progress = new QProgressDialog(tr("Downloading \"%1\" (%2)…").arg(a.name, sizeText(a.size)), tr("Cancel"), 0, 0, m_parent);
    m_progress->setObjectName(QStringLiteral("attachmentProgress"));
    m_progress->setWindowTitle(tr("Open attachment"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300); // a small file opens without a flash of a dialog
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    AttachmentFetch *fetch = m_fetch;
    connect(m_progress, &QProgressDialog::canceled, fetch, [this, fetch] {
        m_cancelled = true;
        fetch->abort();
    });
    connect(fetch, &AttachmentFetch::progress, m_progress, [this](qint64 received, qint64 total) {
        if (!m_progress)
            return;
        if (total > 0) {
            // In KB, so a file of a few GB still fits the dialog's int range.
            m_progress->setMaximum(int(qMax<qint64>(1, total / 1024)));
            m_progress->setValue(int(qMin(received, total) / 1024));
        }
    });
    const QString id = a.id, name = a.name;
    connect(fetch, &AttachmentFetch::finished, this, [this, fetch, id, name](const QByteArray &content, const QString &error) {
        if (m_progress) {
            m_progress->disconnect(fetch);
            m_progress->close();
        }
        fetch->deleteLater();
        m_fetch = nullptr;
        if (m_cancelled) {
            m_ctx.reportInfo(tr("The download of \"%1\" was cancelled.").arg(name));
            return;
        }
        if (!error.isEmpty()) {
            fail(tr("\"%1\" could not be downloaded: %2").arg(name, error));
            return;
        }
        saveAndOpen(id, name, content);
    });
    fetch->start();
}

void AttachmentOpener::offerServerPage(const TicketAttachment &a, const QString &ticketNumber, qint64 limit)
{
    AttachmentSource *source = m_ctx.attachmentSource();
    const QUrl page = source && !ticketNumber.isEmpty() ? source->webUrl(ticketNumber) : QUrl();
    QMessageBox box(QMessageBox::Information, tr("File too large to open here"),
                    tr("\"%1\" is %2; files up to %3 open here.").arg(a.name, sizeText(a.size), sizeText(limit)),
                    QMessageBox::Close, m_parent);
    box.setObjectName(QStringLiteral("attachmentTooLarge"));
    QPushButton *web = nullptr;
    if (page.isValid()) {
        box.setInformativeText(tr("Open the ticket in the service desk's web pages to get it."));
        web = box.addButton(tr("Open ticket on the server"), QMessageBox::AcceptRole);
        box.setDefaultButton(web);
    } else {
        box.setInformativeText(tr("The limit is set in the settings (service/attachmentLimitMb)."));
    }
    box.exec();
    if (web && box.clickedButton() == web && !m_openUrl(page))
        fail(tr("The ticket's page could not be opened: %1").arg(page.toDisplayString()));
}

void AttachmentOpener::saveAndOpen(const QString &id, const QString &name, const QByteArray &content)
{
    const QString path = savePath(id, name);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        fail(tr("\"%1\" could not be saved: the folder %2 cannot be created.")
                 .arg(name, QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        fail(tr("\"%1\" could not be saved to %2: %3").arg(name, QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    if (!m_openUrl(QUrl::fromLocalFile(path))) {
        fail(tr("\"%1\" was saved to %2, but no program opened it.").arg(name, QDir::toNativeSeparators(path)));
        return;
    }
    emit opened(path);
}

void AttachmentOpener::fail(const QString &message)
{
    m_ctx.reportError(message);
    emit failed(message);
}

} // namespace sb
