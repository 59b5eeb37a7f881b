#include "RtConnector.h"

#include "RtHistory.h"
#include "RtMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace sb::rt {

namespace {

// How many items a full page holds: what the server says it used, else what was asked.
int perPageOf(const Reply &reply, int asked)
{
    const QJsonValue v = reply.json.object().value(QLatin1String("per_page"));
    return v.isDouble() && v.toInt() > 0 ? v.toInt() : asked;
}

QString idOf(const QJsonObject &item)
{
    return text(item.value(QLatin1String("id")));
}

QUrlQuery search(const QString &ticketSql, int page, int perPage)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), ticketSql);
    q.addQueryItem(QStringLiteral("fields"), collectionFields());
    q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("LastUpdated"));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("ASC"));
    q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("ASC"));
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    return q;
}

// One pull call: a page of tickets changed since the cursor. The cursor is the last second
// delivered (time), the ids delivered at that second (id, comma-separated) and, while more
// than a page of tickets share that second, the page to read next (token).
struct PullRun : std::enable_shared_from_this<PullRun> {
    Op *op = nullptr;
    QDateTime since;         // the cursor's second: deletions after it are read on the last page
    QDateTime edge;          // invalid: from the start
    QSet<QString> edgeIds;
    int page = 1;
    int perPage = kMaxPerPage;
    QList<RemoteRecord> records;

    void fetch()
    {
        QString sql = QStringLiteral("Queue = %1").arg(quoted(op->settings().queue));
        if (edge.isValid())
            sql += QStringLiteral(" AND LastUpdated >= %1").arg(quoted(ticketSqlTime(edge)));
        auto self = shared_from_this();
        op->api("GET", QStringLiteral("tickets"), search(sql, page, perPage), {}, false, [self](const Reply &reply) {
            self->take(reply);
        });
    }

    void take(const Reply &reply)
    {
        const QJsonArray items = itemsOf(reply);
        const bool full = items.size() >= perPageOf(reply, perPage);
        QDateTime newest = edge;
        QSet<QString> newestIds = edgeIds;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const QString id = idOf(item);
            const QDateTime updated = rtTime(item.value(QLatin1String("LastUpdated")));
            if (id.isEmpty() || !updated.isValid())
                continue; // nothing a cache can hold
            if (edge.isValid() && updated == edge && edgeIds.contains(id))
                continue; // delivered by the page before (the same second is asked for again)
            records << recordFor(item, op->settings());
            if (!newest.isValid() || updated > newest) {
                newest = updated;
                newestIds.clear();
            }
            if (updated == newest)
                newestIds.insert(id);
        }
        const bool moved = newest != edge;
        if (moved)
            page = 1; // a new second: its query starts over
        else if (full)
            ++page; // a whole page in one second: the next page of the same query
        edge = newest;
        edgeIds = newestIds;
        if (full && records.isEmpty()) {
            fetch(); // an empty page would end the engine's pull
            return;
        }
        if (!full && since.isValid()) {
            readDeletions(1);
            return;
        }
        finishPage(full);
    }

    // Deleted tickets vanish from TicketSQL: their "deleted" status changes in the queue's
    // transactions since the cursor become tombstones (a ticket this pull sees is not deleted).
    void readDeletions(int deletionsPage)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"),
                       QStringLiteral("ObjectType = 'RT::Ticket' AND TicketQueue = %1 AND Type = 'Status' AND NewValue = 'deleted' AND Created >= %2")
                           .arg(quoted(op->settings().queue), quoted(ticketSqlTime(since))));
        q.addQueryItem(QStringLiteral("fields"), QStringLiteral("ObjectId,Created"));
        q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
        q.addQueryItem(QStringLiteral("page"), QString::number(deletionsPage));
        q.addQueryItem(QStringLiteral("per_page"), QString::number(kMaxPerPage));
        auto self = shared_from_this();
        op->api("GET", QStringLiteral("transactions"), q, {}, false, [self, deletionsPage](const Reply &reply) {
            const QJsonArray items = itemsOf(reply);
            QSet<QString> seen;
            for (const RemoteRecord &r : std::as_const(self->records))
                seen.insert(r.remoteId);
            for (const QJsonValue &v : items) {
                const QJsonObject t = v.toObject();
                const QString id = text(t.value(QLatin1String("ObjectId")));
                if (id.isEmpty() || seen.contains(id))
                    continue;
                RemoteRecord gone;
                gone.remoteId = id;
                gone.deleted = true;
                gone.modifiedAt = rtTime(t.value(QLatin1String("Created"))).toString(Qt::ISODate);
                self->records << gone;
                seen.insert(id);
            }
            if (items.size() >= kMaxPerPage) {
                self->readDeletions(deletionsPage + 1);
                return;
            }
            self->finishPage(false);
        });
    }

    void finishPage(bool full)
    {
        RemoteResult r;
        r.serverAnswered = true;
        r.records = records;
        r.hasMore = full;
        if (edge.isValid()) {
            r.next.time = edge.toString(Qt::ISODate);
            QStringList ids(edgeIds.cbegin(), edgeIds.cend());
            std::sort(ids.begin(), ids.end());
            r.next.id = ids.join(QLatin1Char(','));
        }
        if (page > 1)
            r.next.token = QString::number(page);
        op->finish(r);
    }
};

} // namespace

QString notServed(const QString &entity)
{
    return QCoreApplication::translate("sb::rt::Op", "Request Tracker does not keep %1 records.").arg(entity);
}

RtConnector::RtConnector(QNetworkAccessManager *nam, Settings settings)
    : m_nam(nam)
    , m_settings(std::make_shared<const Settings>(std::move(settings)))
{
}

Op *RtConnector::op(Op::Body body)
{
    return new Op(m_nam, m_settings, std::move(body));
}

void RtConnector::getTicket(Op &op, const QString &id, std::function<void(const QJsonObject &)> done)
{
    getTicketReply(op, id, [done](const Reply &reply) { done(reply.json.object()); });
}

void RtConnector::getTicketReply(Op &op, const QString &id, std::function<void(const Reply &)> done)
{
    op.api("GET", QStringLiteral("ticket/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {}, {}, false, done,
           [&op](const RemoteResult &r, int status) {
               if (status != 404)
                   return false;
               RemoteResult gone = r;
               gone.error = RemoteErrorClass::NotFound;
               gone.serverAnswered = true;
               op.finish(gone);
               return true;
           });
}

RemoteCall *RtConnector::pull(const QString &entity, const PullCursor &cursor, int pageSize)
{
    if (entity == QLatin1String("ticket_event"))
        return History::pull(op({}), cursor, pageSize, *m_settings);
    if (entity != QLatin1String("ticket"))
        return ImmediateCall::refused(notServed(entity));
    auto run = std::make_shared<PullRun>();
    if (!cursor.time.isEmpty()) {
        QDateTime t = QDateTime::fromString(cursor.time, Qt::ISODateWithMs);
        if (!t.isValid()) {
            RemoteResult r;
            r.error = RemoteErrorClass::CursorInvalid;
            r.message = QCoreApplication::translate("sb::rt::Op", "The tickets' sync position could not be read; the tickets are read again.");
            return new ImmediateCall(r);
        }
        // RT keeps whole seconds: the engine's overlap may have put milliseconds in.
        t = t.toUTC();
        run->edge = QDateTime(t.date(), QTime(t.time().hour(), t.time().minute(), t.time().second()), Qt::UTC);
        run->since = run->edge;
        if (run->edge == t) // the cursor this connector wrote: its ids at that second are delivered
            for (const QString &id : cursor.id.split(QLatin1Char(','), Qt::SkipEmptyParts))
                run->edgeIds.insert(id);
    }
    bool ok = false;
    const int page = cursor.token.toInt(&ok);
    run->page = ok && page > 1 && !run->edgeIds.isEmpty() ? page : 1;
    run->perPage = qBound(1, pageSize, kMaxPerPage);
    return op([run](Op &o) {
        run->op = &o;
        run->fetch();
    });
}

RemoteCall *RtConnector::create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey)
{
    if (entity == QLatin1String("ticket_event"))
        return History::create(op({}), fields, idempotencyKey, *m_settings);
    if (entity != QLatin1String("ticket"))
        return ImmediateCall::refused(notServed(entity));
    QString why;
    const QJsonObject body = createBody(fields, idempotencyKey, *m_settings, &why);
    if (body.isEmpty())
        return ImmediateCall::refused(why);
    return op([body](Op &o) {
        o.api("POST", QStringLiteral("ticket"), {}, QJsonDocument(body), true, [&o](const Reply &created) {
            QString id = idOf(created.json.object());
            if (id.isEmpty()) // the id is also the end of the Location
                id = QString::fromLatin1(created.location.mid(created.location.lastIndexOf('/') + 1));
            if (id.isEmpty()) {
                o.fail(RemoteErrorClass::Uncertain,
                       QCoreApplication::translate("sb::rt::Op", "Request Tracker filed the ticket but did not say its number; it is looked up before anything is sent again."));
                return;
            }
            getTicket(o, id, [&o](const QJsonObject &ticket) {
                RemoteResult r;
                r.serverAnswered = true;
                r.record = recordFor(ticket, o.settings());
                o.finish(r);
            });
        });
    });
}

RemoteCall *RtConnector::lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &fields)
{
    if (entity == QLatin1String("ticket_event"))
        return History::lookupByKey(op({}), idempotencyKey, fields, *m_settings);
    if (entity != QLatin1String("ticket"))
        return ImmediateCall::refused(notServed(entity));
    if (idempotencyKey.isEmpty()) {
        RemoteResult r;
        r.found = false;
        return new ImmediateCall(r);
    }
    const QString sql = QStringLiteral("Queue = %1 AND CF.{%2} = %3")
                            .arg(quoted(m_settings->queue), m_settings->keyField, quoted(idempotencyKey));
    return op([sql](Op &o) {
        o.api("GET", QStringLiteral("tickets"), search(sql, 1, 10), {}, false, [&o](const Reply &reply) {
            RemoteResult r;
            r.serverAnswered = true;
            // The oldest, should two have been filed before the key was looked for.
            for (const QJsonValue &v : itemsOf(reply)) {
                const RemoteRecord record = recordFor(v.toObject(), o.settings());
                if (record.remoteId.isEmpty())
                    continue;
                if (!r.found || record.remoteId.toLongLong() < r.record.remoteId.toLongLong())
                    r.record = record;
                r.found = true;
            }
            o.finish(r);
        });
    });
}

RemoteCall *RtConnector::update(const QString &entity, const QString &remoteId, const QVariantMap &fields,
                                const QString &baseVersion, const QString &)
{
    if (entity == QLatin1String("ticket_event"))
        return ImmediateCall::refused(QCoreApplication::translate("sb::rt::Op", "Request Tracker keeps a ticket's history as it was written: a reply or comment cannot be changed there; add another."));
    if (entity != QLatin1String("ticket"))
        return ImmediateCall::refused(notServed(entity));
    QStringList notSent;
    const QJsonObject body = updateBody(fields, *m_settings, &notSent);
    if (body.isEmpty() && !notSent.isEmpty())
        return ImmediateCall::refused(QCoreApplication::translate("sb::rt::Op", "Request Tracker keeps what a ticket was filed with (its description, product and serial number) as its first message, which cannot be changed: add a comment instead."));
    // What RT keeps no place for is never dropped quietly: the rest goes, then the change is
    // refused with the reason, so the ticket shows it.
    const QString unsent = notSent.isEmpty() ? QString()
        : QCoreApplication::translate("sb::rt::Op", "Request Tracker keeps what a ticket was filed with (its description, product and serial number) as its first message, which cannot be changed: add a comment instead.");
    return op([remoteId, body, baseVersion, unsent](Op &o) {
        // The ticket as it is now: a change since the version this edit was made on is a
        // conflict (merged by the engine); the ETag (its last transaction) guards the write.
        getTicketReply(o, remoteId, [&o, remoteId, body, baseVersion, unsent](const Reply &now) {
            const RemoteRecord current = recordFor(now.json.object(), o.settings());
            auto conflict = [&o](const RemoteRecord &theirs) {
                RemoteResult r;
                r.error = RemoteErrorClass::Conflict;
                r.serverAnswered = true;
                r.record = theirs;
                r.message = QCoreApplication::translate("sb::rt::Op", "The ticket was changed in Request Tracker since it was last read.");
                o.finish(r);
            };
            if (current.deleted) {
                o.fail(RemoteErrorClass::NotFound, QCoreApplication::translate("sb::rt::Op", "The ticket was deleted in Request Tracker."));
                return;
            }
            if (!baseVersion.isEmpty() && current.version != baseVersion) {
                conflict(current);
                return;
            }
            if (body.isEmpty()) { // nothing RT keeps changed
                RemoteResult r;
                r.serverAnswered = true;
                r.record = current;
                o.finish(r);
                return;
            }
            o.api("PUT", QStringLiteral("ticket/") + remoteId, {}, QJsonDocument(body), true,
                  [&o, remoteId, unsent](const Reply &answer) {
                      // 200 even when a change is refused: the messages say which.
                      QStringList refused = refusedChanges(answer.json);
                      if (!unsent.isEmpty())
                          refused << unsent;
                      getTicket(o, remoteId, [&o, refused](const QJsonObject &ticket) {
                          RemoteResult r;
                          r.serverAnswered = true;
                          r.record = recordFor(ticket, o.settings());
                          if (!refused.isEmpty()) {
                              r.error = RemoteErrorClass::Permanent;
                              r.message = QCoreApplication::translate("sb::rt::Op", "Request Tracker refused a change: %1").arg(refused.join(QLatin1String(" ")));
                          }
                          o.finish(r);
                      });
                  },
                  [&o, remoteId, conflict](const RemoteResult &, int status) {
                      if (status != 412)
                          return false;
                      getTicket(o, remoteId, [&o, conflict](const QJsonObject &ticket) { conflict(recordFor(ticket, o.settings())); });
                      return true;
                  },
                  now.etag);
        });
    });
}

RemoteCall *RtConnector::remove(const QString &entity, const QString &remoteId, const QString &)
{
    if (entity == QLatin1String("ticket_event"))
        return ImmediateCall::refused(QCoreApplication::translate("sb::rt::Op", "Request Tracker keeps a ticket's history as it was written: an entry cannot be deleted there."));
    if (entity != QLatin1String("ticket"))
        return ImmediateCall::refused(notServed(entity));
    return op([remoteId](Op &o) {
        // RT's deletion is a status: the ticket stays readable (GET) but leaves every search.
        o.api("DELETE", QStringLiteral("ticket/") + remoteId, {}, {}, true,
              [&o](const Reply &) {
                  RemoteResult r;
                  r.serverAnswered = true;
                  o.finish(r);
              },
              [&o](const RemoteResult &r, int status) {
                  if (status != 404)
                      return false;
                  RemoteResult gone = r;
                  gone.error = RemoteErrorClass::NotFound;
                  o.finish(gone);
                  return true;
              });
    });
}

namespace {

struct IdList : std::enable_shared_from_this<IdList> {
    Op *op = nullptr;
    QString sql;
    int page = 1;
    QStringList ids;

    void fetch()
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), sql);
        q.addQueryItem(QStringLiteral("fields"), QStringLiteral("id"));
        q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("per_page"), QString::number(kMaxPerPage));
        auto self = shared_from_this();
        op->api("GET", QStringLiteral("tickets"), q, {}, false, [self](const Reply &reply) {
            const QJsonArray items = itemsOf(reply);
            for (const QJsonValue &v : items)
                if (const QString id = idOf(v.toObject()); !id.isEmpty())
                    self->ids << id;
            if (!items.isEmpty() && items.size() >= perPageOf(reply, kMaxPerPage)) {
                ++self->page;
                self->fetch();
                return;
            }
            RemoteResult r;
            r.serverAnswered = true;
            r.ids = self->ids;
            self->op->finish(r);
        });
    }
};

} // namespace

RemoteCall *RtConnector::listIds(const QString &entity)
{
    if (entity != QLatin1String("ticket"))
        return ImmediateCall::refused(notServed(entity));
    // Deleted tickets are missing from TicketSQL: the engine's reconciliation removes them.
    auto list = std::make_shared<IdList>();
    list->sql = QStringLiteral("Queue = %1").arg(quoted(m_settings->queue));
    return op([list](Op &o) {
        list->op = &o;
        list->fetch();
    });
}

RemoteCall *RtConnector::testConnection()
{
    return op([](Op &o) {
        o.api("GET", QStringLiteral("rt"), {}, {}, false, [&o](const Reply &about) {
            const QString version = about.json.object().value(QLatin1String("Version")).toString();
            const QString queue = o.settings().queue;
            o.api("GET", QStringLiteral("tickets"), search(QStringLiteral("Queue = %1").arg(quoted(queue)), 1, 1), {}, false,
                  [&o, version, queue](const Reply &) {
                      RemoteResult r;
                      r.serverAnswered = true;
                      r.message = QCoreApplication::translate("sb::rt::Op", "Request Tracker %1, queue \"%2\", signed in as %3.")
                                      .arg(version, queue, o.settings().username);
                      o.finish(r);
                  });
        });
    });
}

} // namespace sb::rt
