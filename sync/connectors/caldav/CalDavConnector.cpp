#include "CalDavConnector.h"

#include "AnswerReader.h"
#include "CalDavTexts.h"

#include <QXmlStreamWriter>

namespace sb::caldav {

namespace {

// A 404 or 410: the item is gone from the calendar, and the call ends saying so (NotFound).
// Any other failure is left to the caller (false).
bool endIfGone(Op &o, const RemoteResult &failure, const Reply &reply)
{
    if (reply.status != 404 && reply.status != 410)
        return false;
    RemoteResult gone = failure;
    gone.error = RemoteErrorClass::NotFound;
    gone.serverAnswered = true;
    gone.message = Texts::tr("The item is no longer in the calendar.");
    o.finish(gone);
    return true;
}

constexpr int kFirstPage = 50;

const QByteArray kXml = QByteArrayLiteral("application/xml; charset=utf-8");
const QByteArray kCalendar = QByteArrayLiteral("text/calendar; charset=utf-8");

QString notServed(const QString &entity)
{
    return Texts::tr("The calendar keeps meetings and tasks, not %1 records.").arg(entity);
}

bool served(const QString &entity)
{
    return entity == QLatin1String("activity");
}

ReadContext contextOf(const Settings &s)
{
    return {s.username, s.floatingZone, QDateTime::currentDateTimeUtc()};
}

// <D:sync-collection>: the changes since token (empty: every member), with their data.
QByteArray syncCollectionBody(const QString &token)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(QStringLiteral("DAV:"), QStringLiteral("D"));
    w.writeNamespace(QStringLiteral("urn:ietf:params:xml:ns:caldav"), QStringLiteral("C"));
    w.writeStartElement(QStringLiteral("DAV:"), QStringLiteral("sync-collection"));
    w.writeTextElement(QStringLiteral("DAV:"), QStringLiteral("sync-token"), token);
    w.writeTextElement(QStringLiteral("DAV:"), QStringLiteral("sync-level"), QStringLiteral("1"));
    w.writeStartElement(QStringLiteral("DAV:"), QStringLiteral("prop"));
    w.writeEmptyElement(QStringLiteral("DAV:"), QStringLiteral("getetag"));
    w.writeEmptyElement(QStringLiteral("urn:ietf:params:xml:ns:caldav"), QStringLiteral("calendar-data"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray propfindBody(const QStringList &davProperties)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(QStringLiteral("DAV:"), QStringLiteral("D"));
    w.writeStartElement(QStringLiteral("DAV:"), QStringLiteral("propfind"));
    w.writeStartElement(QStringLiteral("DAV:"), QStringLiteral("prop"));
    for (const QString &p : davProperties)
        w.writeEmptyElement(QStringLiteral("DAV:"), p);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

Request propfind(const QStringList &davProperties, const char *depth)
{
    return {"PROPFIND", QString(), propfindBody(davProperties), kXml, {{"Depth", depth}}, false};
}

// GET href, then done(record). 404: NotFound, or notFound() when given. An item that cannot be
// read ends the operation (Uncertain after a write: what the server holds is not known).
void readItem(Op &o, const QString &href, bool afterWrite, std::function<void(const RemoteRecord &)> done,
              std::function<void()> notFound = {})
{
    o.send({"GET", href, {}, {}, {}, false},
           [&o, href, afterWrite, done](const Reply &reply) {
               RemoteRecord record;
               QString why;
               if (!CalDavConnector::recordFor(href, reply.etag, reply.body, o.settings(), &record, &why)) {
                   o.fail(afterWrite ? RemoteErrorClass::Uncertain : RemoteErrorClass::Malformed,
                          Texts::tr("The calendar item %1 cannot be read: %2").arg(href, why));
                   return;
               }
               done(record);
           },
           [&o, notFound](const RemoteResult &r, const Reply &reply) {
               if (notFound && (reply.status == 404 || reply.status == 410)) {
                   notFound();
                   return true;
               }
               return endIfGone(o, r, reply);
           });
}

void succeed(Op &o, const RemoteRecord &record)
{
    RemoteResult r;
    r.serverAnswered = true;
    r.record = record;
    o.finish(r);
}

void conflict(Op &o, const RemoteRecord &theirs)
{
    RemoteResult r;
    r.error = RemoteErrorClass::Conflict;
    r.serverAnswered = true;
    r.record = theirs;
    r.message = Texts::tr("The meeting was changed in the calendar since it was last read.");
    o.finish(r);
}

} // namespace

CalDavConnector::CalDavConnector(QNetworkAccessManager *nam, Settings settings)
    : m_nam(nam)
    , m_settings(std::make_shared<const Settings>(std::move(settings)))
    , m_answer(std::make_shared<std::shared_ptr<AnswerState>>())
{
}

CalDavConnector::~CalDavConnector()
{
    if (*m_answer)
        (*m_answer)->stop = true; // its worker ends at the next item
}

Op *CalDavConnector::op(Op::Body body)
{
    return new Op(m_nam, m_settings, std::move(body));
}

bool CalDavConnector::recordFor(const QString &href, const QByteArray &etag, const QByteArray &ics, const Settings &s,
                                RemoteRecord *record, QString *why)
{
    const auto item = ICalCodec::read(ics, contextOf(s));
    if (!item) {
        *why = item.error();
        return false;
    }
    *record = RemoteRecord();
    record->remoteId = normalPath(href);
    record->version = QString::fromUtf8(etag);
    record->modifiedAt = item.value().modifiedAt;
    record->idempotencyKey = item.value().idempotencyKey;
    if (!item.value().placeable) {
        // Names no customer and no one who could be a contact: not this cache's business. A
        // tombstone, so that a copy cached while it named someone leaves too.
        record->deleted = true;
        return true;
    }
    record->fields = item.value().fields;
    record->optional = item.value().optional;
    return true;
}

RemoteCall *CalDavConnector::pull(const QString &entity, const PullCursor &cursor, int pageSize)
{
    if (!served(entity))
        return ImmediateCall::refused(notServed(entity));
    // Radicale sends the whole delta (or, on a first read, the whole calendar) in one answer. It is
    // read on a worker thread and handed over in pages: the next page of the answer this
    // connector holds, or the answer asked again with the token it was asked with.
    QString answerId;
    qsizetype position = 0;
    if (parsePageCursorId(cursor.id, &answerId, &position) && *m_answer && (*m_answer)->id == answerId && !(*m_answer)->failed())
        return new AnswerPageCall(*m_answer, position, pageSize);
    const QString token = cursor.token;
    return op([token, pageSize, answer = m_answer, settings = m_settings](Op &o) {
        o.send({"REPORT", QString(), syncCollectionBody(token), kXml, {}, false},
               [&o, token, pageSize, answer, settings](const Reply &reply) {
                   if (*answer)
                       (*answer)->stop = true; // an earlier answer no one reads any more
                   *answer = readAnswer(reply.body, settings, token);
                   // A short first page: the engine starts writing while the rest is read.
                   auto *first = new AnswerPageCall(*answer, 0, qMin(pageSize, kFirstPage));
                   first->setParent(&o);
                   QObject::connect(first, &RemoteCall::finished, &o, [&o](const RemoteResult &r) { o.finish(r); });
                   first->start();
               },
               [&o, token](const RemoteResult &r, const Reply &reply) {
                   // RFC 6578: a token the server no longer knows (or never gave) is refused
                   // with DAV:valid-sync-token: start over with a full read.
                   if ((reply.status != 403 && reply.status != 409) || token.isEmpty() || !isInvalidSyncToken(reply.body))
                       return false;
                   RemoteResult again = r;
                   again.error = RemoteErrorClass::CursorInvalid;
                   again.serverAnswered = true;
                   again.message = Texts::tr("The calendar no longer knows the last sync position; it is read again in full.");
                   o.finish(again);
                   return true;
               });
    });
}

RemoteCall *CalDavConnector::create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey)
{
    if (!served(entity))
        return ImmediateCall::refused(notServed(entity));
    if (ICalCodec::fileNameForKey(idempotencyKey) == ICalCodec::fileNameForKey(QString()))
        return ImmediateCall::refused(Texts::tr("A meeting is filed in the calendar under its change's key, and this change has none."));
    const auto ics = ICalCodec::create(fields, ICalCodec::uidForKey(idempotencyKey), QDateTime::currentDateTimeUtc());
    if (!ics)
        return ImmediateCall::refused(ics.error());
    const QString href = m_settings->itemPath(ICalCodec::fileNameForKey(idempotencyKey));
    return op([href, body = ics.value()](Op &o) {
        // If-None-Match: * makes the href this key's alone: sent twice, it is made once.
        o.send({"PUT", href, body, kCalendar, {{"If-None-Match", "*"}}, true},
               [&o, href](const Reply &) { readItem(o, href, true, [&o](const RemoteRecord &r) { succeed(o, r); }); },
               [&o, href](const RemoteResult &, const Reply &reply) {
                   if (reply.status != 412)
                       return false;
                   // Made before under this key (a create whose answer was lost): that one.
                   readItem(o, href, true, [&o](const RemoteRecord &r) { succeed(o, r); });
                   return true;
               });
    });
}

RemoteCall *CalDavConnector::update(const QString &entity, const QString &remoteId, const QVariantMap &fields,
                                    const QString &baseVersion, const QString &)
{
    if (!served(entity))
        return ImmediateCall::refused(notServed(entity));
    return op([remoteId, fields, baseVersion](Op &o) {
        // The object as the server has it: an edit is applied to it, so what other clients
        // added survives; a change since the version this edit was made on is a conflict.
        o.send({"GET", remoteId, {}, {}, {}, false},
               [&o, remoteId, fields, baseVersion](const Reply &now) {
                   RemoteRecord current;
                   QString why;
                   if (!CalDavConnector::recordFor(remoteId, now.etag, now.body, o.settings(), &current, &why)) {
                       o.fail(RemoteErrorClass::Permanent, Texts::tr("The calendar item %1 cannot be read, so it is not changed: %2").arg(remoteId, why));
                       return;
                   }
                   if (!baseVersion.isEmpty() && current.version != baseVersion) {
                       conflict(o, current);
                       return;
                   }
                   const auto next = ICalCodec::update(now.body, fields, contextOf(o.settings()), QDateTime::currentDateTimeUtc());
                   if (!next) {
                       o.fail(RemoteErrorClass::Permanent, next.error());
                       return;
                   }
                   QList<QPair<QByteArray, QByteArray>> when;
                   if (!now.etag.isEmpty())
                       when.append({"If-Match", now.etag});
                   o.send({"PUT", remoteId, next.value(), kCalendar, when, true},
                          [&o, remoteId](const Reply &) {
                              readItem(o, remoteId, true, [&o](const RemoteRecord &r) { succeed(o, r); });
                          },
                          [&o, remoteId](const RemoteResult &, const Reply &reply) {
                              if (reply.status != 412)
                                  return false;
                              // Changed between the read and the write: merged by the engine.
                              readItem(o, remoteId, false, [&o](const RemoteRecord &r) { conflict(o, r); });
                              return true;
                          });
               },
               [&o](const RemoteResult &r, const Reply &reply) { return endIfGone(o, r, reply); });
    });
}

RemoteCall *CalDavConnector::remove(const QString &entity, const QString &remoteId, const QString &)
{
    if (!served(entity))
        return ImmediateCall::refused(notServed(entity));
    return op([remoteId](Op &o) {
        // Radicale answers 200 with a multistatus, others 204: any 2xx is done.
        o.send({"DELETE", remoteId, {}, {}, {}, true},
               [&o](const Reply &) {
                   RemoteResult r;
                   r.serverAnswered = true;
                   o.finish(r);
               },
               [&o](const RemoteResult &r, const Reply &reply) { return endIfGone(o, r, reply); });
    });
}

RemoteCall *CalDavConnector::lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &)
{
    if (!served(entity))
        return ImmediateCall::refused(notServed(entity));
    const QString href = m_settings->itemPath(ICalCodec::fileNameForKey(idempotencyKey));
    return op([href](Op &o) {
        readItem(o, href, false,
                 [&o](const RemoteRecord &record) {
                     RemoteResult r;
                     r.serverAnswered = true;
                     r.found = true;
                     r.record = record;
                     o.finish(r);
                 },
                 [&o] {
                     RemoteResult r;
                     r.serverAnswered = true;
                     r.found = false;
                     o.finish(r);
                 });
    });
}

RemoteCall *CalDavConnector::listIds(const QString &entity)
{
    if (!served(entity))
        return ImmediateCall::refused(notServed(entity));
    return op([](Op &o) {
        o.send(propfind({QStringLiteral("getetag")}, "1"), [&o](const Reply &reply) {
            const Multistatus m = parseMultistatus(reply.body);
            if (!m.ok) {
                o.fail(RemoteErrorClass::Malformed, m.error);
                return;
            }
            RemoteResult r;
            r.serverAnswered = true;
            const QString collection = o.settings().collectionPath();
            for (const DavResponse &item : m.responses)
                if (const QString path = normalPath(item.href); path != collection && item.status != 404)
                    r.ids << path;
            o.finish(r);
        });
    });
}

RemoteCall *CalDavConnector::testConnection()
{
    return op([](Op &o) {
        o.send(propfind({QStringLiteral("displayname"), QStringLiteral("resourcetype")}, "0"), [&o](const Reply &reply) {
            const Multistatus m = parseMultistatus(reply.body);
            if (!m.ok || m.responses.isEmpty()) {
                o.fail(RemoteErrorClass::Malformed, m.ok ? Texts::tr("The calendar server did not describe the address.") : m.error);
                return;
            }
            const DavResponse &c = m.responses.first();
            const QString where = o.settings().collection.toDisplayString(QUrl::RemoveUserInfo);
            if (!c.isCalendar) {
                o.fail(RemoteErrorClass::Permanent,
                       Texts::tr("%1 is not a calendar: give the address of the calendar itself (it ends in its name and a slash).").arg(where));
                return;
            }
            RemoteResult r;
            r.serverAnswered = true;
            r.message = Texts::tr("CalDAV calendar \"%1\" at %2, signed in as %3.")
                            .arg(c.displayName.isEmpty() ? o.settings().collectionPath() : c.displayName, where, o.settings().username);
            o.finish(r);
        });
    });
}

QVariant CalDavConnector::comparable(const QString &entity, const QString &field, const QVariant &value) const
{
    return served(entity) ? ICalCodec::comparable(field, value) : value;
}

} // namespace sb::caldav
