#include "RtAttachments.h"

#include "RtMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>

namespace sb::rt {

namespace {

class Fetch : public AttachmentFetch {
public:
    Fetch(QNetworkAccessManager *nam, std::shared_ptr<const Settings> settings, QString id, qint64 maxBytes)
        : m_nam(nam), m_settings(std::move(settings)), m_id(std::move(id)), m_max(maxBytes)
    {
    }

    void start() override
    {
        if (m_id.toLongLong() <= 0) {
            done({}, QCoreApplication::translate("sb::rt::Op", "This file has no number in Request Tracker."));
            return;
        }
        const QString id = m_id;
        const qint64 max = m_max;
        m_op = new Op(m_nam, m_settings, [this, id, max](Op &o) {
            const QJsonArray query{QJsonObject{{QStringLiteral("field"), QStringLiteral("id")}, {QStringLiteral("value"), id}}};
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("fields"), QStringLiteral("ContentLength,Filename"));
            o.api("POST", QStringLiteral("attachments"), q, QJsonDocument(query), false, [this, &o, id, max](const Reply &found) {
                const QJsonArray items = itemsOf(found);
                if (items.isEmpty()) {
                    o.fail(RemoteErrorClass::NotFound, QCoreApplication::translate("sb::rt::Op", "Request Tracker no longer has this file."));
                    return;
                }
                const qint64 size = text(items.first().toObject().value(QLatin1String("ContentLength"))).toLongLong();
                if (size > max) {
                    const QLocale locale;
                    o.fail(RemoteErrorClass::Permanent,
                           QCoreApplication::translate("sb::rt::Op", "The file is %1, above the %2 that open here: open it in Request Tracker.")
                               .arg(locale.formattedDataSize(size), locale.formattedDataSize(max)));
                    return;
                }
                emit progress(0, size);
                o.api("GET", QStringLiteral("attachment/") + id, {}, {}, false, [this, &o, size](const Reply &file) {
                    m_content = QByteArray::fromBase64(file.json.object().value(QLatin1String("Content")).toString().toLatin1());
                    emit progress(m_content.size(), size);
                    RemoteResult r;
                    r.serverAnswered = true;
                    o.finish(r);
                });
            });
        });
        connect(m_op, &RemoteCall::finished, this, [this](const RemoteResult &r) {
            m_op->deleteLater();
            m_op = nullptr;
            done(r.ok() ? m_content : QByteArray(), r.ok() ? QString() : r.message);
        });
        m_op->start();
    }

    void abort() override
    {
        if (m_op)
            m_op->abort(); // finishes with an error
        else
            done({}, QCoreApplication::translate("sb::rt::Op", "The download was cancelled."));
    }

private:
    void done(const QByteArray &content, const QString &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        emit finished(content, error);
    }

    QNetworkAccessManager *m_nam;
    std::shared_ptr<const Settings> m_settings;
    QString m_id;
    qint64 m_max;
    QPointer<Op> m_op;
    QByteArray m_content;
    bool m_finished = false;
};

} // namespace

RtAttachments::RtAttachments(QNetworkAccessManager *nam, Settings settings)
    : m_nam(nam)
    , m_settings(std::make_shared<const Settings>(std::move(settings)))
{
}

AttachmentFetch *RtAttachments::fetch(const QString &attachmentId, qint64 maxBytes)
{
    return new Fetch(m_nam, m_settings, attachmentId, maxBytes);
}

QUrl RtAttachments::webUrl(const QString &ticketNumber) const
{
    if (ticketNumber.toLongLong() <= 0 || !m_settings->base.isValid())
        return {};
    QUrl url = m_settings->base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/Ticket/Display.html"));
    url.setQuery(QStringLiteral("id=") + QString::number(ticketNumber.toLongLong()));
    return url;
}

} // namespace sb::rt
