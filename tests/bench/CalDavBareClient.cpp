#include "CalDavBareClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QXmlStreamReader>

#include <libical/ical.h>

namespace sb::bench {

namespace {
const QString kDav = QStringLiteral("DAV:");
const QString kCalDav = QStringLiteral("urn:ietf:params:xml:ns:caldav");
} // namespace

QString BareClient::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Inline: return QStringLiteral("sync-collection with calendar-data");
    case Mode::Multiget: return QStringLiteral("sync-collection, then calendar-multiget");
    case Mode::GetEach: return QStringLiteral("sync-collection, then a GET per item");
    }
    return {};
}

BareClient::BareClient(const QUrl &calendar, const testing::CalUser &user, Mode mode, int batch)
    : m_calendar(calendar)
    , m_auth("Basic " + (user.name + QLatin1Char(':') + user.password).toUtf8().toBase64())
    , m_mode(mode)
    , m_batch(batch)
{
}

BareClient::Read BareClient::read()
{
    Read r;
    QElapsedTimer t;
    t.start();
    const QByteArray prop = m_mode == Mode::Inline ? QByteArray("<D:getetag/><C:calendar-data/>") : QByteArray("<D:getetag/>");
    const QByteArray report = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                              "<D:sync-collection xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
                              "<D:sync-token/><D:sync-level>1</D:sync-level><D:prop>"
                              + prop + "</D:prop></D:sync-collection>";
    QStringList hrefs;
    const QByteArray listing = call(r, "REPORT", m_calendar, report, {}, 207);
    if (r.error.isEmpty())
        readMultistatus(r, listing, &hrefs);
    if (m_mode == Mode::Multiget) {
        for (qsizetype from = 0; from < hrefs.size() && r.error.isEmpty(); from += m_batch) {
            QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                              "<C:calendar-multiget xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
                              "<D:prop><D:getetag/><C:calendar-data/></D:prop>";
            for (const QString &href : hrefs.mid(from, m_batch))
                body += "<D:href>" + href.toHtmlEscaped().toUtf8() + "</D:href>";
            body += "</C:calendar-multiget>";
            const QByteArray answer = call(r, "REPORT", m_calendar, body, "1", 207);
            if (r.error.isEmpty())
                readMultistatus(r, answer, nullptr);
        }
    } else if (m_mode == Mode::GetEach) {
        for (const QString &href : std::as_const(hrefs)) {
            const QByteArray text = call(r, "GET", m_calendar.resolved(QUrl(href)), {}, {}, 200);
            if (!r.error.isEmpty())
                break;
            parseCalendar(r, text);
        }
    }
    r.ms = t.elapsed();
    return r;
}

QByteArray BareClient::call(Read &r, const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &depth, int expect)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_auth);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SalesBridge-bench"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/xml; charset=utf-8"));
    if (!depth.isEmpty())
        request.setRawHeader("Depth", depth);
    request.setTransferTimeout(300000);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray bytes = reply->readAll();
    if (status != expect)
        r.error = QStringLiteral("%1 %2: HTTP %3 %4 %5")
                      .arg(QString::fromLatin1(verb), url.toString())
                      .arg(status)
                      .arg(reply->errorString(), QString::fromUtf8(bytes.left(300)));
    reply->deleteLater();
    ++r.calls;
    r.bytes += bytes.size();
    return bytes;
}

void BareClient::readMultistatus(Read &r, const QByteArray &xml, QStringList *hrefs)
{
    QXmlStreamReader reader(xml);
    bool inPropstat = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto ns = reader.namespaceUri();
            const auto name = reader.name();
            if (ns == kDav && name == QLatin1String("propstat")) {
                inPropstat = true;
            } else if (ns == kDav && name == QLatin1String("href") && !inPropstat) {
                const QString href = reader.readElementText();
                if (hrefs)
                    hrefs->append(href);
            } else if (ns == kDav && name == QLatin1String("sync-token")) {
                r.token = reader.readElementText();
            } else if (ns == kCalDav && name == QLatin1String("calendar-data")) {
                parseCalendar(r, reader.readElementText().toUtf8());
            }
        } else if (reader.isEndElement() && reader.namespaceUri() == kDav && reader.name() == QLatin1String("propstat")) {
            inPropstat = false;
        }
    }
    if (reader.hasError())
        r.error = QStringLiteral("unreadable multistatus: %1").arg(reader.errorString());
}

void BareClient::parseCalendar(Read &r, const QByteArray &text)
{
    QElapsedTimer t;
    t.start();
    icalcomponent *calendar = icalparser_parse_string(text.constData());
    if (!calendar) {
        r.error = QStringLiteral("libical could not read an item: %1").arg(QString::fromUtf8(text.left(200)));
        return;
    }
    ++r.items;
    r.events += icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT);
    r.todos += icalcomponent_count_components(calendar, ICAL_VTODO_COMPONENT);
    icalcomponent_free(calendar);
    r.parseMs += t.elapsed();
}

} // namespace sb::bench
