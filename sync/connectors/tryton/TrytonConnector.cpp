#include "TrytonConnector.h"
#include "TrytonMapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>
#include <functional>
#include <optional>

namespace sb {

using tryton::Reply;
using tryton::Request;
using tryton::Session;
using namespace tryton; // the mapping (TrytonMapping.h)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::TrytonConnector", text);
}

// Page position inside one pull: "after=<last id>;start=<server time at the first page>".
struct PagePos {
    int after = 0;
    QString start;
    int warehouse = 0; // stock levels: index into the warehouse list
    int last = 0;      // contacts on a first sync: the highest party id
    static PagePos parse(const QString &token)
    {
        PagePos p;
        for (const QString &part : token.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const int eq = part.indexOf(QLatin1Char('='));
            const QString k = part.left(eq), v = part.mid(eq + 1);
            if (k == QLatin1String("after"))
                p.after = v.toInt();
            else if (k == QLatin1String("start"))
                p.start = v;
            else if (k == QLatin1String("wh"))
                p.warehouse = v.toInt();
            else if (k == QLatin1String("last"))
                p.last = v.toInt();
        }
        return p;
    }
    QString text() const
    {
        return QStringLiteral("after=%1;start=%2;wh=%3;last=%4").arg(after).arg(start).arg(warehouse).arg(last);
    }
};

} // namespace

namespace tryton {
// A read whose request does not depend on the answer before it (the party ranges of a first
// sync's contacts) is asked for as soon as that answer is in, before it is converted and
// written: trytond works meanwhile. One at a time; the next pull of that range takes it.
struct ReadAhead {
    QString key; // method and parameters
    QPointer<Request> request;
    QMetaObject::Connection arrival;
    bool arrived = false;
    Reply reply;
    QElapsedTimer age;
    static constexpr int kFreshMs = 10000; // older than that, it is read again

    // Hands over what there is and forgets it; the request, if still out, is the taker's.
    ReadAhead take()
    {
        QObject::disconnect(arrival);
        ReadAhead taken;
        taken.request = request;
        taken.arrived = arrived;
        taken.reply = reply;
        request = nullptr;
        key.clear();
        arrived = false;
        reply = Reply();
        return taken;
    }
    void drop()
    {
        if (Request *r = take().request.data())
            r->abort();
    }
};
} // namespace tryton

namespace {
using tryton::ReadAhead;

QString readKey(const QString &method, const QJsonArray &params)
{
    return method + QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
}

// One connector operation: a chain of RPC calls that ends in exactly one finished().
class Op : public RemoteCall {
public:
    using Body = std::function<void(Op &)>;
    Op(Session *session, std::shared_ptr<TrytonConnector::Lookups> lookups, Body body)
        : m_session(session)
        , m_lookups(std::move(lookups))
        , m_body(std::move(body))
    {
    }

    void start() override
    {
        if (m_lookups->loaded) {
            m_body(*this);
            return;
        }
        // Countries and currencies translate ids to the codes the cache keeps.
        rpc(QStringLiteral("model.country.country.search_read"),
            QJsonArray{QJsonArray(), 0, QJsonValue::Null, QJsonValue::Null, QJsonArray{QStringLiteral("code"), QStringLiteral("name")}},
            false, [this](const QJsonValue &countries) {
                for (const QJsonValue &v : countries.toArray()) {
                    const QJsonObject c = v.toObject();
                    const int id = c.value(QLatin1String("id")).toInt();
                    m_lookups->countryCode.insert(id, str(c, "code"));
                    m_lookups->countryByKey.insert(str(c, "code").toUpper(), id);
                    m_lookups->countryByKey.insert(str(c, "name").toLower(), id);
                }
                rpc(QStringLiteral("model.currency.currency.search_read"),
                    QJsonArray{QJsonArray(), 0, QJsonValue::Null, QJsonValue::Null, QJsonArray{QStringLiteral("code")}}, false,
                    [this](const QJsonValue &currencies) {
                        for (const QJsonValue &v : currencies.toArray())
                            m_lookups->currencyCode.insert(v.toObject().value(QLatin1String("id")).toInt(), str(v.toObject(), "code"));
                        rpc(QStringLiteral("model.company.company.search_read"),
                            QJsonArray{QJsonArray(), 0, QJsonValue::Null, QJsonValue::Null, QJsonArray{QStringLiteral("party")}}, false,
                            [this](const QJsonValue &companies) {
                                for (const QJsonValue &v : companies.toArray())
                                    m_lookups->internalParties.append(v.toObject().value(QLatin1String("party")));
                                rpc(QStringLiteral("model.company.employee.search_read"),
                                    QJsonArray{QJsonArray(), 0, QJsonValue::Null, QJsonValue::Null, QJsonArray{QStringLiteral("party")}},
                                    false, [this](const QJsonValue &employees) {
                                        for (const QJsonValue &v : employees.toArray())
                                            m_lookups->internalParties.append(v.toObject().value(QLatin1String("party")));
                                        rpc(QStringLiteral("model.sale.complaint.type.search_read"),
                                            QJsonArray{QJsonArray(), 0, QJsonValue::Null,
                                                       QJsonArray{QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")}},
                                                       QJsonArray{QStringLiteral("name")}},
                                            false, [this](const QJsonValue &types) {
                                                for (const QJsonValue &v : types.toArray()) {
                                                    const int id = v.toObject().value(QLatin1String("id")).toInt();
                                                    m_lookups->complaintType.insert(id, str(v.toObject(), "name"));
                                                    if (!m_lookups->defaultComplaintType)
                                                        m_lookups->defaultComplaintType = id;
                                                }
                                                m_lookups->loaded = true;
                                                m_body(*this);
                                            });
                                    },
                                    QJsonObject{{QStringLiteral("active_test"), false}});
                            });
                    });
            });
    }

    void abort() override
    {
        if (m_done)
            return;
        if (Request *r = m_request.data()) {
            m_request = nullptr;
            disconnect(r, nullptr, this, nullptr);
            r->abort();
        }
        fail(m_mutated ? RemoteErrorClass::Uncertain : RemoteErrorClass::Temporary, tr("The request was cancelled."));
    }

    // One call; a failure ends the operation with it unless onError is given.
    void rpcReply(const QString &method, const QJsonArray &params, bool mutating, std::function<void(const Reply &)> next,
                  const QJsonObject &context = {})
    {
        if (m_done)
            return;
        Request *request = m_session->call(method, params, mutating, context);
        m_request = request;
        connect(request, &Request::finished, this, [this, mutating, next](const Reply &reply) {
            m_request = nullptr;
            if (m_done)
                return;
            if (reply.ok() && mutating)
                m_mutated = true;
            if (reply.serverDate.isValid())
                serverDate = reply.serverDate;
            next(reply);
        });
        connect(request, &Request::sent, this, &RemoteCall::sent);
        request->start(); // sent now: the server works while the caller goes on
    }

    void rpc(const QString &method, const QJsonArray &params, bool mutating, std::function<void(const QJsonValue &)> next,
             const QJsonObject &context = {})
    {
        rpcReply(method, params, mutating, [this, next](const Reply &reply) {
            if (!reply.ok()) {
                failWith(reply);
                return;
            }
            next(reply.result);
        }, context);
    }

    // As rpc() (a read), but the answer may come from ahead (a read-ahead of the same call),
    // and once it is in, the read-ahead of `then` (a method and its parameters) starts before
    // the answer is handed on.
    void readAhead(const std::shared_ptr<ReadAhead> &ahead, const QString &method, const QJsonArray &params,
                   std::function<void(const QJsonValue &)> next, std::optional<std::pair<QString, QJsonArray>> then)
    {
        if (m_done)
            return;
        auto handle = [this, ahead, next, then](const Reply &reply) {
            if (m_done)
                return;
            if (reply.serverDate.isValid())
                serverDate = reply.serverDate;
            if (!reply.ok()) {
                failWith(reply);
                return;
            }
            if (then)
                startReadAhead(ahead, then->first, then->second);
            next(reply.result);
        };
        const QString key = readKey(method, params);
        if (ahead->key == key && ahead->age.isValid() && ahead->age.elapsed() < ReadAhead::kFreshMs) {
            const ReadAhead taken = ahead->take();
            const Reply reply = taken.reply;
            Request *request = taken.request.data();
            if (taken.arrived) {
                QMetaObject::invokeMethod(this, &RemoteCall::sent, Qt::QueuedConnection);
                QMetaObject::invokeMethod(this, [handle, reply] { handle(reply); }, Qt::QueuedConnection);
                return;
            }
            if (request) {
                m_request = request;
                connect(request, &Request::finished, this, [this, handle](const Reply &reply) {
                    m_request = nullptr;
                    handle(reply);
                });
                QMetaObject::invokeMethod(this, &RemoteCall::sent, Qt::QueuedConnection); // it went long ago
                return;
            }
        }
        ahead->drop();
        rpcReply(method, params, false, handle);
    }

    void startReadAhead(const std::shared_ptr<ReadAhead> &ahead, const QString &method, const QJsonArray &params)
    {
        ahead->drop();
        Request *request = m_session->call(method, params, false, {});
        ahead->key = readKey(method, params);
        ahead->request = request;
        ahead->age.start();
        // The connector's session, not this operation, holds the answer until it is asked for.
        std::weak_ptr<ReadAhead> weak = ahead;
        ahead->arrival = connect(request, &Request::finished, m_session, [weak](const Reply &reply) {
            if (auto a = weak.lock()) {
                a->arrived = true;
                a->reply = reply;
                a->request = nullptr;
            }
        });
        request->start();
    }

    void failWith(const Reply &reply)
    {
        RemoteResult r;
        r.error = reply.error;
        r.message = reply.message;
        r.retryAfterMs = reply.retryAfterMs;
        // A create that wrote something and then stopped may be half done: say uncertain, so
        // the next attempt looks it up by key and finishes it instead of creating it again.
        if (m_uncertainAfterWrite && m_mutated && r.error != RemoteErrorClass::Permanent)
            r.error = RemoteErrorClass::Uncertain;
        finish(r);
    }

    void fail(RemoteErrorClass c, const QString &message)
    {
        RemoteResult r;
        r.error = c;
        r.message = message;
        finish(r);
    }

    void finish(const RemoteResult &result)
    {
        if (m_done)
            return;
        m_done = true;
        emit finished(result);
    }

    void setUncertainAfterWrite(bool on) { m_uncertainAfterWrite = on; }
    // Where the next pull starts: the server's clock at this call (Tryton has no "now" RPC).
    QString startTime() const
    {
        return (serverDate.isValid() ? serverDate : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs);
    }
    TrytonConnector::Lookups &lookups() { return *m_lookups; }

    QDateTime serverDate;

private:
    Session *m_session;
    std::shared_ptr<TrytonConnector::Lookups> m_lookups;
    Body m_body;
    QPointer<Request> m_request;
    bool m_done = false;
    bool m_mutated = false;
    bool m_uncertainAfterWrite = false;
};

// Reads the groups of these parties and hands on those that contain one of wantedIds (all when empty).
void readGroups(Op &op, const QList<int> &parties, std::function<void(const QList<Group> &)> next)
{
    QJsonArray ps;
    for (int p : parties)
        ps.append(p);
    op.rpc(QStringLiteral("model.party.contact_mechanism.search_read"),
           searchReadParams(QJsonArray{clause(QStringLiteral("party"), QStringLiteral("in"), ps)}, 0, QJsonValue::Null,
                            mechanismFields()),
           false, [next](const QJsonValue &rows) { next(groupMechanisms(rows.toArray())); });
}

} // namespace

QVariant TrytonConnector::comparable(const QString &entity, const QString &field, const QVariant &value) const
{
    if (entity == QLatin1String("opportunity") && field == QLatin1String("stage")) {
        // Won is Tryton's to say (a confirmed sale): a deal moved to Won here is converted there
        // and shows as won once its sale is confirmed.
        return value.toString() == QLatin1String("won") ? QStringLiteral("won") : opportunityStateFor(value.toString());
    }
    if (entity == QLatin1String("quote") && field == QLatin1String("state")) {
        return saleStateFor(value.toString());
    }
    if (entity == QLatin1String("ticket") && field == QLatin1String("status"))
        return complaintStateFor(value.toString());
    if (entity == QLatin1String("quote_line") && (field == QLatin1String("unit_price_cents") || field == QLatin1String("discount_pct")))
        return QVariant(); // the discount is folded into the price in Tryton: line_total decides
    return value;
}

// --- the connector -----------------------------------------------------------------------------

TrytonConnector::TrytonConnector(QNetworkAccessManager *nam, tryton::Config config)
    : m_session(new Session(nam, std::move(config)))
    , m_lookups(std::make_shared<Lookups>())
    , m_readAhead(std::make_shared<tryton::ReadAhead>())
{
}

TrytonConnector::~TrytonConnector()
{
    delete m_session;
}

QStringList TrytonConnector::entities() const
{
    QStringList out;
    for (const Spec &s : specs())
        out << s.entity;
    return out;
}

ConnectorCapabilities TrytonConnector::capabilities(const QString &entity) const
{
    ConnectorCapabilities c;
    const Spec *s = specFor(entity);
    c.optimisticLocking = s && s->lockable;
    return c;
}

namespace {

// Reads one page of a plain model with a keyset on id and a watermark on write/create date.
void pullPlain(Op &op, const Spec &spec, const PullCursor &cursor, int pageSize,
               std::function<void(QJsonArray rows, std::function<void(QList<RemoteRecord>)> done)> enrich = {})
{
    const PagePos pos = PagePos::parse(cursor.token);
    QJsonArray domain = domainOf(spec, op.lookups());
    if (!cursor.time.isEmpty())
        domain.append(deltaClause(cursor.time));
    if (pos.after > 0)
        domain.append(clause(QStringLiteral("id"), QStringLiteral(">"), pos.after));
    op.rpc(QStringLiteral("model.%1.search_read").arg(spec.model), searchReadParams(domain, 0, pageSize, spec.fields), false,
           [&op, spec, cursor, pageSize, pos, enrich](const QJsonValue &value) {
               const QJsonArray rows = value.toArray();
               auto finishPage = [&op, spec, cursor, pageSize, pos, rows](const QList<RemoteRecord> &records) {
                   RemoteResult r;
                   r.records = records;
                   PagePos next = pos;
                   if (next.start.isEmpty())
                       next.start = op.startTime();
                   if (!rows.isEmpty())
                       next.after = rows.last().toObject().value(QLatin1String("id")).toInt();
                   r.hasMore = rows.size() >= pageSize;
                   if (r.hasMore) {
                       r.next.time = cursor.time;
                       r.next.token = next.text();
                   } else {
                       // Done: the next pull starts at this one's start (the engine re-reads a little behind it).
                       r.next.time = next.start;
                   }
                   op.finish(r);
               };
               if (enrich) {
                   enrich(rows, finishPage);
                   return;
               }
               QList<RemoteRecord> records;
               for (const QJsonValue &v : rows)
                   records << toRecord(spec, v.toObject(), op.lookups());
               finishPage(records);
           },
           spec.context);
}

} // namespace

RemoteCall *TrytonConnector::pull(const QString &entity, const PullCursor &cursor, int pageSize)
{
    const Spec *spec = specFor(entity);
    if (!spec)
        return new Op(m_session, m_lookups, [entity](Op &op) {
            op.fail(RemoteErrorClass::Permanent, tr("The ERP connection does not serve %1.").arg(entity));
        });
    const Spec s = *spec;
    if (entity == QLatin1String("stock_level")) {
        // Stock moves do not touch the product's write_date: every pull reads all quantities,
        // one warehouse after another (a "locations" context per warehouse).
        return new Op(m_session, m_lookups, [s, cursor, pageSize](Op &op) {
            op.rpc(QStringLiteral("model.stock.location.search_read"),
                   searchReadParams(QJsonArray{clause(QStringLiteral("type"), QStringLiteral("="), QStringLiteral("warehouse"))}, 0,
                                    QJsonValue::Null, QJsonArray{QStringLiteral("id")}),
                   false, [&op, s, cursor, pageSize](const QJsonValue &whs) {
                       const QJsonArray warehouses = whs.toArray();
                       PagePos pos = PagePos::parse(cursor.token == QLatin1String("restart") ? QString() : cursor.token);
                       if (pos.warehouse >= warehouses.size()) {
                           RemoteResult r;
                           r.next.token = QStringLiteral("restart");
                           op.finish(r);
                           return;
                       }
                       const int wh = warehouses.at(pos.warehouse).toObject().value(QLatin1String("id")).toInt();
                       QJsonArray domain = s.domain;
                       domain.append(clause(QStringLiteral("id"), QStringLiteral(">"), pos.after));
                       QJsonObject ctx = s.context;
                       ctx.insert(QStringLiteral("locations"), QJsonArray{wh});
                       op.rpc(QStringLiteral("model.product.product.search_read"),
                              // One row more than a page says whether this warehouse goes on (no empty last page).
                              searchReadParams(domain, 0, pageSize + 1, s.fields), false,
                              [&op, pos, wh, pageSize, warehouses](const QJsonValue &value) {
                                  QJsonArray rows = value.toArray();
                                  const bool more = rows.size() > pageSize;
                                  if (more)
                                      rows.removeLast();
                                  RemoteResult r;
                                  for (const QJsonValue &v : rows) {
                                      const QJsonObject o = v.toObject();
                                      RemoteRecord rec;
                                      rec.remoteId = QStringLiteral("%1@%2").arg(idText(o)).arg(wh);
                                      const double q = o.value(QLatin1String("quantity")).toDouble();
                                      const double f = o.value(QLatin1String("forecast_quantity")).toDouble();
                                      rec.version = QStringLiteral("%1|%2").arg(q).arg(f);
                                      rec.fields.insert(QStringLiteral("product_id"), idText(o));
                                      rec.fields.insert(QStringLiteral("warehouse_id"), QString::number(wh));
                                      rec.fields.insert(QStringLiteral("on_hand"), q);
                                      rec.fields.insert(QStringLiteral("forecast"), f);
                                      r.records << rec;
                                  }
                                  PagePos next = pos;
                                  if (more) {
                                      next.after = rows.last().toObject().value(QLatin1String("id")).toInt();
                                  } else {
                                      next.after = 0;
                                      ++next.warehouse;
                                  }
                                  r.hasMore = next.warehouse < warehouses.size();
                                  r.next.token = r.hasMore ? next.text() : QStringLiteral("restart");
                                  op.finish(r);
                              },
                              ctx);
                   });
        });
    }
    if (entity == QLatin1String("contact") && cursor.time.isEmpty()) {
        // Reading everything (the first sync): page over ranges of party ids, so each page holds
        // whole groups in one call. (Sorting mechanisms by party would sort by the party's name.)
        return new Op(m_session, m_lookups, [s, cursor, pageSize, ahead = m_readAhead](Op &op) {
            const PagePos pos = PagePos::parse(cursor.token);
            const int span = qMax(1, pageSize / 2); // about two channels per party
            // Ranges with no channels (gaps in the ids, internal parties) are skipped here: the
            // engine takes an empty page as the end.
            auto readRange = std::make_shared<std::function<void(PagePos, int)>>();
            auto rangeParams = [&op, s, span](int after) {
                QJsonArray domain = domainOf(s, op.lookups());
                domain.append(clause(QStringLiteral("party"), QStringLiteral(">"), after));
                domain.append(clause(QStringLiteral("party"), QStringLiteral("<="), after + span));
                return searchReadParams(domain, 0, QJsonValue::Null, s.fields);
            };
            *readRange = [&op, span, readRange, rangeParams, ahead](PagePos from, int lastParty) {
                const QString method = QStringLiteral("model.party.contact_mechanism.search_read");
                std::optional<std::pair<QString, QJsonArray>> then;
                if (from.after + span < lastParty)
                    then = std::make_pair(method, rangeParams(from.after + span));
                op.readAhead(ahead, method, rangeParams(from.after), 
                       [&op, from, span, lastParty, readRange](const QJsonValue &rows) {
                           RemoteResult r;
                           for (const Group &g : groupMechanisms(rows.toArray()))
                               r.records << contactRecord(g);
                           PagePos next = from;
                           if (next.start.isEmpty())
                               next.start = op.startTime();
                           next.after = from.after + span;
                           next.last = lastParty;
                           r.hasMore = next.after < lastParty;
                           if (r.hasMore && r.records.isEmpty()) {
                               (*readRange)(next, lastParty);
                               return;
                           }
                           if (r.hasMore)
                               r.next.token = next.text();
                           else
                               r.next.time = next.start;
                           *readRange = nullptr; // breaks the self-reference
                           op.finish(r);
                       }, then);
            };
            if (pos.last > 0) {
                (*readRange)(pos, pos.last);
                return;
            }
            // The highest party id bounds the ranges (parties created meanwhile come with the next delta).
            op.rpc(QStringLiteral("model.party.party.search"),
                   QJsonArray{QJsonArray(), 0, 1, QJsonArray{QJsonArray{QStringLiteral("id"), QStringLiteral("DESC")}}}, false,
                   [readRange, pos](const QJsonValue &ids) { (*readRange)(pos, qMax(1, ids.toArray().at(0).toInt())); },
                   QJsonObject{{QStringLiteral("active_test"), false}});
        });
    }
    if (entity == QLatin1String("contact")) {
        return new Op(m_session, m_lookups, [s, cursor, pageSize](Op &op) {
            pullPlain(op, s, cursor, pageSize, [&op](QJsonArray rows, std::function<void(QList<RemoteRecord>)> done) {
                // A changed mechanism changes its whole group: read the groups of these parties.
                QList<int> parties;
                QSet<QPair<int, QString>> touched;
                for (const QJsonValue &v : rows) {
                    const QJsonObject m = v.toObject();
                    const int p = m.value(QLatin1String("party")).toInt();
                    if (!parties.contains(p))
                        parties << p;
                    touched.insert(qMakePair(p, str(m, "name").trimmed()));
                }
                if (parties.isEmpty()) {
                    done({});
                    return;
                }
                readGroups(op, parties, [touched, done](const QList<Group> &groups) {
                    QList<RemoteRecord> records;
                    for (const Group &g : groups)
                        if (touched.contains(qMakePair(g.party, g.name)))
                            records << contactRecord(g);
                    done(records);
                });
            });
        });
    }
    if (entity == QLatin1String("shipment")) {
        return new Op(m_session, m_lookups, [s, cursor, pageSize](Op &op) {
            pullPlain(op, s, cursor, pageSize, [&op, s](QJsonArray rows, std::function<void(QList<RemoteRecord>)> done) {
                // The sale of each shipment, for the order it belongs to.
                QJsonArray ids;
                for (const QJsonValue &v : rows)
                    ids.append(v.toObject().value(QLatin1String("id")));
                if (ids.isEmpty()) {
                    done({});
                    return;
                }
                op.rpc(QStringLiteral("model.sale.sale.search_read"),
                       searchReadParams(QJsonArray{clause(QStringLiteral("shipments"), QStringLiteral("in"), ids)}, 0, QJsonValue::Null,
                                        QJsonArray{QStringLiteral("shipments"), QStringLiteral("state")}),
                       false, [&op, s, rows, done](const QJsonValue &sales) {
                           QHash<int, int> saleOf;
                           for (const QJsonValue &v : sales.toArray()) {
                               const QJsonObject sale = v.toObject();
                               const QString state = str(sale, "state");
                               if (state == QLatin1String("draft") || state == QLatin1String("quotation"))
                                   continue;
                               for (const QJsonValue &sh : sale.value(QLatin1String("shipments")).toArray())
                                   saleOf.insert(sh.toInt(), sale.value(QLatin1String("id")).toInt());
                           }
                           QList<RemoteRecord> records;
                           for (const QJsonValue &v : rows) {
                               QJsonObject o = v.toObject();
                               const int sale = saleOf.value(o.value(QLatin1String("id")).toInt());
                               if (sale)
                                   o.insert(QStringLiteral("sb_sale"), sale);
                               records << toRecord(s, o, op.lookups());
                           }
                           done(records);
                       });
            });
        });
    }
    if (entity == QLatin1String("customer")) {
        return new Op(m_session, m_lookups, [s, cursor, pageSize](Op &op) {
            pullPlain(op, s, cursor, pageSize, [&op, s](QJsonArray rows, std::function<void(QList<RemoteRecord>)> done) {
                // Parties this app created carry their outbox key in an identifier: a pull that
                // meets one whose create reply was lost links it instead of adding a copy. The
                // identifiers are read once per cycle (they are few: one per party made here).
                auto build = [&op, s, rows, done] {
                    QList<RemoteRecord> records;
                    for (const QJsonValue &v : rows) {
                        RemoteRecord r = toRecord(s, v.toObject(), op.lookups());
                        r.idempotencyKey = op.lookups().partyKeys.value(r.remoteId.toInt());
                        records << r;
                    }
                    done(records);
                };
                if (op.lookups().keysLoaded || rows.isEmpty()) {
                    build();
                    return;
                }
                op.rpc(QStringLiteral("model.party.identifier.search_read"),
                       searchReadParams(QJsonArray{clause(QStringLiteral("code"), QStringLiteral("like"), QStringLiteral("SB-%"))},
                                        0, QJsonValue::Null, QJsonArray{QStringLiteral("party"), QStringLiteral("code")}),
                       false, [&op, build](const QJsonValue &found) {
                           for (const QJsonValue &v : found.toArray())
                               op.lookups().partyKeys.insert(v.toObject().value(QLatin1String("party")).toInt(),
                                                             keyFromRef(str(v.toObject(), "code")));
                           op.lookups().keysLoaded = true;
                           build();
                       });
            });
        });
    }
    return new Op(m_session, m_lookups, [s, cursor, pageSize](Op &op) { pullPlain(op, s, cursor, pageSize); });
}

namespace {

// Reads one record of a plain model as the cache's fields.
void readOne(Op &op, const Spec &spec, int id, std::function<void(const RemoteRecord &)> next)
{
    if (spec.entity == QLatin1String("contact")) {
        op.rpc(QStringLiteral("model.party.contact_mechanism.read"), QJsonArray{QJsonArray{id}, QJsonArray{QStringLiteral("party")}}, false,
               [&op, id, next](const QJsonValue &rows) {
                   const int party = rows.toArray().at(0).toObject().value(QLatin1String("party")).toInt();
                   readGroups(op, {party}, [&op, id, next](const QList<Group> &groups) {
                       const Group *g = groupWithAnchor(groups, id);
                       if (!g) {
                           op.fail(RemoteErrorClass::NotFound, tr("The contact no longer exists in the ERP."));
                           return;
                       }
                       next(contactRecord(*g));
                   });
               });
        return;
    }
    QJsonArray domain{clause(QStringLiteral("id"), QStringLiteral("="), id)};
    op.rpc(QStringLiteral("model.%1.search_read").arg(spec.model), searchReadParams(domain, 0, 1, spec.fields), false,
           [&op, spec, next](const QJsonValue &rows) {
               const QJsonArray a = rows.toArray();
               if (a.isEmpty()) {
                   op.fail(RemoteErrorClass::NotFound, tr("The record no longer exists in the ERP."));
                   return;
               }
               next(toRecord(spec, a.first().toObject(), op.lookups()));
           },
           QJsonObject{{QStringLiteral("active_test"), false}});
}

void finishWith(Op &op, const Spec &spec, int id)
{
    readOne(op, spec, id, [&op](const RemoteRecord &rec) {
        RemoteResult r;
        r.record = rec;
        r.found = true;
        op.finish(r);
    });
}

// Runs workflow buttons one after the other on one record.
void pressButtons(Op &op, const QString &model, int id, QStringList buttons, std::function<void()> next)
{
    if (buttons.isEmpty()) {
        next();
        return;
    }
    const QString button = buttons.takeFirst();
    op.rpc(QStringLiteral("model.%1.%2").arg(model, button), QJsonArray{QJsonArray{id}}, true,
           [&op, model, id, buttons, next](const QJsonValue &) { pressButtons(op, model, id, buttons, next); });
}

QJsonObject lockContext(const QString &model, int id, const QString &version)
{
    if (version.isEmpty() || version.contains(QLatin1Char('/')) || version.contains(QLatin1Char(':')))
        return {};
    return QJsonObject{{QStringLiteral("_timestamp"), QJsonObject{{QStringLiteral("%1,%2").arg(model).arg(id), version}}}};
}

} // namespace

RemoteCall *TrytonConnector::fetch(const QString &entity, const QStringList &remoteIds)
{
    const Spec *spec = specFor(entity);
    if (!spec || entity == QLatin1String("stock_level") || entity == QLatin1String("contact") || entity == QLatin1String("shipment"))
        return new Op(m_session, m_lookups, [](Op &op) {
            op.fail(RemoteErrorClass::Permanent, tr("These records cannot be read one by one from the ERP."));
        });
    const Spec s = *spec;
    return new Op(m_session, m_lookups, [s, remoteIds](Op &op) {
        op.rpc(QStringLiteral("model.%1.search_read").arg(s.model),
               searchReadParams(QJsonArray{clause(QStringLiteral("id"), QStringLiteral("in"), toIntArray(remoteIds))}, 0,
                                QJsonValue::Null, s.fields),
               false, [&op, s](const QJsonValue &rows) {
                   RemoteResult r;
                   for (const QJsonValue &v : rows.toArray())
                       r.records << toRecord(s, v.toObject(), op.lookups());
                   op.finish(r);
               },
               QJsonObject{{QStringLiteral("active_test"), false}});
    });
}

RemoteCall *TrytonConnector::listIds(const QString &entity)
{
    const Spec *spec = specFor(entity);
    if (!spec)
        return new Op(m_session, m_lookups, [](Op &op) { op.fail(RemoteErrorClass::Permanent, tr("Unknown record type.")); });
    const Spec s = *spec;
    if (entity == QLatin1String("contact")) {
        // A cached contact's id is its group's anchor (a phone, mobile or e-mail channel): the
        // contact exists while that channel does. Ids only: a tenth of reading the groups.
        // No filter on the party: contacts of an archived customer go with the customer (the
        // customers are reconciled first), and the join would make this the slowest call of a cycle.
        return new Op(m_session, m_lookups, [](Op &op) {
            QJsonArray domain;
            domain.append(clause(QStringLiteral("type"), QStringLiteral("in"),
                                 QJsonArray{QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("email")}));
            op.rpc(QStringLiteral("model.party.contact_mechanism.search"), QJsonArray{domain, 0, QJsonValue::Null, byId()}, false,
                   [&op](const QJsonValue &ids) {
                       RemoteResult r;
                       for (const QJsonValue &v : ids.toArray())
                           r.ids << QString::number(v.toInteger());
                       op.finish(r);
                   });
        });
    }
    if (entity == QLatin1String("stock_level")) {
        return new Op(m_session, m_lookups, [s](Op &op) {
            op.rpc(QStringLiteral("model.stock.location.search"),
                   QJsonArray{QJsonArray{clause(QStringLiteral("type"), QStringLiteral("="), QStringLiteral("warehouse"))}, 0,
                              QJsonValue::Null, QJsonValue::Null},
                   false, [&op, s](const QJsonValue &whs) {
                       op.rpc(QStringLiteral("model.product.product.search"), QJsonArray{s.domain, 0, QJsonValue::Null, byId()},
                              false, [&op, whs](const QJsonValue &products) {
                                  RemoteResult r;
                                  for (const QJsonValue &w : whs.toArray())
                                      for (const QJsonValue &p : products.toArray())
                                          r.ids << QStringLiteral("%1@%2").arg(p.toInteger()).arg(w.toInteger());
                                  op.finish(r);
                              },
                              s.context);
                   });
        });
    }
    // Archived records are not in the answer: for the cache they are gone (except products,
    // which are read with active_test = false and kept with active = 0). Addresses need no
    // filter on their party: those of an archived customer go with the customer.
    return new Op(m_session, m_lookups, [s](Op &op) {
        const QJsonArray domain = s.entity == QLatin1String("address") ? QJsonArray() : domainOf(s, op.lookups());
        op.rpc(QStringLiteral("model.%1.search").arg(s.model), QJsonArray{domain, 0, QJsonValue::Null, byId()}, false,
               [&op](const QJsonValue &ids) {
                   RemoteResult r;
                   for (const QJsonValue &v : ids.toArray())
                       r.ids << QString::number(v.toInteger());
                   op.finish(r);
               },
               s.context);
    });
}

namespace {

QString readOnlyMessage(const QString &entity)
{
    Q_UNUSED(entity)
    return tr("This information is kept in the ERP; change it there.");
}

// Finds what a create with this key (or these contents) made. next(0) when nothing.
void findCreated(Op &op, const QString &entity, const QString &key, const QVariantMap &fields, std::function<void(int)> next)
{
    auto firstId = [next](const QJsonValue &ids) {
        const QJsonArray a = ids.toArray();
        next(a.isEmpty() ? 0 : a.first().toInt());
    };
    const QJsonObject all{{QStringLiteral("active_test"), false}};
    auto search = [&op, firstId, all](const QString &model, const QJsonArray &domain) {
        op.rpc(QStringLiteral("model.%1.search").arg(model),
               QJsonArray{domain, 0, 1, QJsonArray{QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")}}}, false, firstId, all);
    };
    if (entity == QLatin1String("customer")) {
        search(QStringLiteral("party.party"), QJsonArray{clause(QStringLiteral("identifiers.code"), QStringLiteral("="), keyRef(key))});
    } else if (entity == QLatin1String("opportunity")) {
        search(QStringLiteral("sale.opportunity"), QJsonArray{clause(QStringLiteral("reference"), QStringLiteral("="), keyRef(key))});
    } else if (entity == QLatin1String("quote")) {
        search(QStringLiteral("sale.sale"), QJsonArray{clause(QStringLiteral("reference"), QStringLiteral("="), keyRef(key))});
    } else if (entity == QLatin1String("ticket")) {
        search(QStringLiteral("sale.complaint"), QJsonArray{clause(QStringLiteral("reference"), QStringLiteral("="), keyRef(key))});
    } else if (entity == QLatin1String("address")) {
        // Addresses carry no free field for a key: the same street and city of the same customer is the same address.
        search(QStringLiteral("party.address"),
               QJsonArray{clause(QStringLiteral("party"), QStringLiteral("="), idOrNull(fields.value(QStringLiteral("customer_id")))),
                          clause(QStringLiteral("street"), QStringLiteral("="), textOrNull(fields.value(QStringLiteral("street")))),
                          clause(QStringLiteral("city"), QStringLiteral("="), textOrNull(fields.value(QStringLiteral("city"))))});
    } else if (entity == QLatin1String("contact")) {
        // A person's channels are grouped by name: a group with this name is this contact.
        const int party = idOf(fields.value(QStringLiteral("customer_id")));
        const QString name = fields.value(QStringLiteral("name")).toString().trimmed();
        readGroups(op, {party}, [next, name](const QList<Group> &groups) {
            for (const Group &g : groups)
                if (g.name == name) {
                    next(g.anchor());
                    return;
                }
            next(0);
        });
    } else if (entity == QLatin1String("quote_line") || entity == QLatin1String("order_line")) {
        // Lines are numbered per sale (sequence = position): the line at this position is this line.
        const QString parent = entity == QLatin1String("quote_line") ? QStringLiteral("quote_id") : QStringLiteral("order_id");
        QJsonArray domain{clause(QStringLiteral("sale"), QStringLiteral("="), idOrNull(fields.value(parent))),
                          clause(QStringLiteral("type"), QStringLiteral("="), QStringLiteral("line")),
                          clause(QStringLiteral("sequence"), QStringLiteral("="), fields.value(QStringLiteral("position")).toInt())};
        search(QStringLiteral("sale.line"), domain);
    } else if (entity == QLatin1String("order")) {
        next(0);
    } else {
        next(0);
    }
}

// The first address of a customer, for a sale's invoice and shipment address.
void firstAddress(Op &op, int party, std::function<void(int)> next)
{
    op.rpc(QStringLiteral("model.party.address.search"),
           QJsonArray{QJsonArray{clause(QStringLiteral("party"), QStringLiteral("="), party)}, 0, 1,
                      QJsonArray{QJsonArray{QStringLiteral("sequence"), QStringLiteral("ASC")}, QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")}}},
           false, [next](const QJsonValue &ids) {
               const QJsonArray a = ids.toArray();
               next(a.isEmpty() ? 0 : a.first().toInt());
           });
}

// After a create or an update: bring the record to the state the cache asks for.
void completeState(Op &op, const QString &entity, int id, const QVariantMap &fields, std::function<void()> next)
{
    if (entity == QLatin1String("opportunity") && fields.contains(QStringLiteral("stage"))) {
        const QString target = TrytonConnector::opportunityStateFor(fields.value(QStringLiteral("stage")).toString());
        op.rpc(QStringLiteral("model.sale.opportunity.read"), QJsonArray{QJsonArray{id}, QJsonArray{QStringLiteral("state")}}, false,
               [&op, id, target, fields, next](const QJsonValue &rows) {
                   const QString from = str(rows.toArray().at(0).toObject(), "state");
                   const QStringList path = opportunityPath(from, target);
                   if (path.isEmpty() && from != target && !(from == QLatin1String("won") && target == QLatin1String("converted"))) {
                       op.fail(RemoteErrorClass::Permanent,
                               tr("In the ERP this deal already has a quote (state \"%1\"): cancel or confirm that quote there.").arg(from));
                       return;
                   }
                   pressButtons(op, QStringLiteral("sale.opportunity"), id, path, [&op, id, target, fields, next] {
                       // "lost" clears nothing, but the reason is written after the button, as Tryton's client does.
                       if (target == QLatin1String("lost") && fields.contains(QStringLiteral("lost_reason"))) {
                           op.rpc(QStringLiteral("model.sale.opportunity.write"),
                                  QJsonArray{QJsonArray{id}, QJsonObject{{QStringLiteral("lost_reason"),
                                                                          textOrNull(fields.value(QStringLiteral("lost_reason")))}}},
                                  true, [next](const QJsonValue &) { next(); });
                           return;
                       }
                       next();
                   });
               });
        return;
    }
    if (entity == QLatin1String("ticket") && fields.contains(QStringLiteral("status"))) {
        const QString target = TrytonConnector::complaintStateFor(fields.value(QStringLiteral("status")).toString());
        op.rpc(QStringLiteral("model.sale.complaint.read"), QJsonArray{QJsonArray{id}, QJsonArray{QStringLiteral("state")}}, false,
               [&op, id, target, next](const QJsonValue &rows) {
                   const QString from = str(rows.toArray().at(0).toObject(), "state");
                   QStringList path;
                   if (from == QLatin1String("draft") && target != QLatin1String("draft"))
                       path << QStringLiteral("wait");
                   if ((from == QLatin1String("draft") || from == QLatin1String("waiting")) && target == QLatin1String("done"))
                       path << QStringLiteral("approve"); // approving runs the complaint's actions, then done
                   if ((from == QLatin1String("draft") || from == QLatin1String("waiting")) && target == QLatin1String("rejected"))
                       path << QStringLiteral("reject");
                   if (target == QLatin1String("draft") && (from == QLatin1String("waiting") || from == QLatin1String("rejected")
                                                            || from == QLatin1String("cancelled")))
                       path << QStringLiteral("draft");
                   pressButtons(op, QStringLiteral("sale.complaint"), id, path, next);
               });
        return;
    }
    if (entity == QLatin1String("quote") && fields.contains(QStringLiteral("state"))) {
        const QString target = TrytonConnector::saleStateFor(fields.value(QStringLiteral("state")).toString());
        op.rpc(QStringLiteral("model.sale.sale.read"), QJsonArray{QJsonArray{id}, QJsonArray{QStringLiteral("state")}}, false,
               [&op, id, target, next](const QJsonValue &rows) {
                   const QString from = str(rows.toArray().at(0).toObject(), "state");
                   pressButtons(op, QStringLiteral("sale.sale"), id, salePath(from, target), next);
               });
        return;
    }
    next();
}

} // namespace

RemoteCall *TrytonConnector::lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &fields)
{
    const Spec *spec = specFor(entity);
    if (!spec || !spec->writable)
        return new Op(m_session, m_lookups, [entity](Op &op) {
            RemoteResult r;
            r.found = false;
            op.finish(r);
        });
    const Spec s = *spec;
    return new Op(m_session, m_lookups, [s, idempotencyKey, fields](Op &op) {
        op.setUncertainAfterWrite(true);
        if (s.entity == QLatin1String("order")) {
            // The handoff confirms the quote's sale: found once that sale is confirmed.
            const int sale = idOf(fields.value(QStringLiteral("quote_id")));
            op.rpc(QStringLiteral("model.sale.sale.read"), QJsonArray{QJsonArray{sale}, QJsonArray{QStringLiteral("state")}}, false,
                   [&op, s, sale](const QJsonValue &rows) {
                       const QString state = str(rows.toArray().at(0).toObject(), "state");
                       if (state == QLatin1String("draft") || state == QLatin1String("quotation")) {
                           RemoteResult r;
                           op.finish(r);
                           return;
                       }
                       finishWith(op, s, sale);
                   });
            return;
        }
        findCreated(op, s.entity, idempotencyKey, fields, [&op, s, fields](int id) {
            if (!id) {
                RemoteResult r;
                op.finish(r);
                return;
            }
            // Found: finish what the first attempt may have left half done (a workflow step).
            completeState(op, s.entity, id, fields, [&op, s, id] { finishWith(op, s, id); });
        });
    });
}

RemoteCall *TrytonConnector::create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey)
{
    const Spec *spec = specFor(entity);
    if (!spec || !spec->writable)
        return new Op(m_session, m_lookups, [entity](Op &op) { op.fail(RemoteErrorClass::Permanent, readOnlyMessage(entity)); });
    const Spec s = *spec;
    return new Op(m_session, m_lookups, [s, fields, idempotencyKey](Op &op) {
        op.setUncertainAfterWrite(true);
        const QString e = s.entity;
        if (e == QLatin1String("order")) {
            // The contract handoff: the quote's sale is quoted and confirmed in Tryton, which
            // makes it the order (with its shipment and invoice).
            const int sale = idOf(fields.value(QStringLiteral("quote_id")));
            if (sale <= 0) {
                op.fail(RemoteErrorClass::Permanent, tr("An order reaches the ERP from its quote; this order has none."));
                return;
            }
            completeState(op, QStringLiteral("quote"), sale, {{QStringLiteral("state"), QStringLiteral("ordered")}},
                          [&op, s, sale] { finishWith(op, s, sale); });
            return;
        }
        // Looked up first, always: a create that went through before its reply was lost is
        // finished instead of made twice.
        findCreated(op, e, idempotencyKey, fields, [&op, s, e, fields, idempotencyKey](int existing) {
            if (existing) {
                completeState(op, e, existing, fields, [&op, s, existing] { finishWith(op, s, existing); });
                return;
            }
            if (e == QLatin1String("order_line")) {
                op.fail(RemoteErrorClass::Permanent, tr("The order line was not found in the ERP's order."));
                return;
            }
            auto createWith = [&op, s, e, fields](QJsonObject values) {
                op.rpc(QStringLiteral("model.%1.create").arg(s.model), QJsonArray{QJsonArray{values}}, true,
                       [&op, s, e, fields](const QJsonValue &ids) {
                           const int id = ids.toArray().at(0).toInt();
                           if (id <= 0) {
                               op.fail(RemoteErrorClass::Uncertain, tr("The ERP's reply to the create could not be read."));
                               return;
                           }
                           completeState(op, e, id, fields, [&op, s, id] { finishWith(op, s, id); });
                       });
            };
            if (e == QLatin1String("contact")) {
                const int party = idOf(fields.value(QStringLiteral("customer_id")));
                const QString name = fields.value(QStringLiteral("name")).toString().trimmed();
                QJsonArray mechanisms;
                for (const char *type : {"phone", "mobile", "email"}) {
                    const QString value = fields.value(QString::fromLatin1(type)).toString().trimmed();
                    if (!value.isEmpty())
                        mechanisms.append(QJsonObject{{QStringLiteral("party"), party}, {QStringLiteral("name"), name},
                                                      {QStringLiteral("type"), QString::fromLatin1(type)}, {QStringLiteral("value"), value}});
                }
                if (mechanisms.isEmpty()) {
                    op.fail(RemoteErrorClass::Permanent, tr("The ERP keeps contacts as phone numbers and e-mail addresses: add one."));
                    return;
                }
                op.rpc(QStringLiteral("model.party.contact_mechanism.create"), QJsonArray{mechanisms}, true,
                       [&op, s](const QJsonValue &ids) {
                           int anchor = 0;
                           for (const QJsonValue &v : ids.toArray())
                               anchor = anchor ? qMin(anchor, v.toInt()) : v.toInt();
                           finishWith(op, s, anchor);
                       });
                return;
            }
            QJsonObject values = toTryton(e, fields, op.lookups());
            if (e == QLatin1String("customer")) {
                values.insert(QStringLiteral("identifiers"),
                              QJsonArray{QJsonArray{QStringLiteral("create"),
                                                    QJsonArray{QJsonObject{{QStringLiteral("code"), keyRef(idempotencyKey)}}}}});
                createWith(values);
            } else if (e == QLatin1String("opportunity")) {
                values.insert(QStringLiteral("reference"), keyRef(idempotencyKey));
                createWith(values);
            } else if (e == QLatin1String("ticket")) {
                // A complaint needs a type: the first one (the ERP's administrator orders them).
                if (!op.lookups().defaultComplaintType) {
                    op.fail(RemoteErrorClass::Permanent, tr("The ERP has no complaint types: ask its administrator to add one."));
                    return;
                }
                values.insert(QStringLiteral("type"), op.lookups().defaultComplaintType);
                values.insert(QStringLiteral("reference"), keyRef(idempotencyKey));
                createWith(values);
            } else if (e == QLatin1String("quote")) {
                values.insert(QStringLiteral("reference"), keyRef(idempotencyKey));
                // Over RPC nothing fills the addresses the way Tryton's own client does: quote() needs them.
                firstAddress(op, values.value(QStringLiteral("party")).toInt(), [createWith, values](int address) mutable {
                    if (address) {
                        values.insert(QStringLiteral("invoice_address"), address);
                        values.insert(QStringLiteral("shipment_address"), address);
                    }
                    createWith(values);
                });
            } else if (e == QLatin1String("quote_line")) {
                values.insert(QStringLiteral("type"), QStringLiteral("line"));
                if (!values.contains(QStringLiteral("unit")) && values.value(QStringLiteral("product")).isDouble()) {
                    const int product = values.value(QStringLiteral("product")).toInt();
                    op.rpc(QStringLiteral("model.product.product.read"),
                           QJsonArray{QJsonArray{product}, QJsonArray{QStringLiteral("sale_uom"), QStringLiteral("default_uom")}}, false,
                           [createWith, values](const QJsonValue &rows) mutable {
                               const QJsonObject p = rows.toArray().at(0).toObject();
                               const int unit = p.value(QLatin1String("sale_uom")).toInt() ? p.value(QLatin1String("sale_uom")).toInt()
                                                                                           : p.value(QLatin1String("default_uom")).toInt();
                               if (unit)
                                   values.insert(QStringLiteral("unit"), unit);
                               createWith(values);
                           });
                    return;
                }
                createWith(values);
            } else {
                createWith(values);
            }
        });
    });
}

RemoteCall *TrytonConnector::update(const QString &entity, const QString &remoteId, const QVariantMap &fields,
                                    const QString &baseVersion, const QString &idempotencyKey)
{
    Q_UNUSED(idempotencyKey) // writes are idempotent: the same values again change nothing
    const Spec *spec = specFor(entity);
    if (!spec)
        return new Op(m_session, m_lookups, [entity](Op &op) { op.fail(RemoteErrorClass::Permanent, readOnlyMessage(entity)); });
    const Spec s = *spec;
    const int id = remoteId.toInt();
    return new Op(m_session, m_lookups, [s, id, fields, baseVersion](Op &op) {
        const QString e = s.entity;
        if (!s.writable) {
            // Pull-only records: nothing of a local edit can go; say so on the record.
            op.fail(RemoteErrorClass::Permanent, readOnlyMessage(e));
            return;
        }
        if (e == QLatin1String("order") || e == QLatin1String("order_line")) {
            // The ERP owns orders; local notes stay local. Acknowledge with the ERP's version.
            finishWith(op, s, id);
            return;
        }
        auto afterWrite = [&op, s, e, id, fields] {
            completeState(op, e, id, fields, [&op, s, id] { finishWith(op, s, id); });
        };
        if (e == QLatin1String("contact")) {
            // Rewrite the group: one mechanism per channel, the person's name on each.
            op.rpc(QStringLiteral("model.party.contact_mechanism.read"), QJsonArray{QJsonArray{id}, QJsonArray{QStringLiteral("party")}},
                   false, [&op, s, id, fields](const QJsonValue &rows) {
                       if (rows.toArray().isEmpty()) {
                           op.fail(RemoteErrorClass::NotFound, tr("The contact no longer exists in the ERP."));
                           return;
                       }
                       const int party = rows.toArray().at(0).toObject().value(QLatin1String("party")).toInt();
                       readGroups(op, {party}, [&op, s, id, party, fields](const QList<Group> &groups) {
                           const Group *g = groupWithAnchor(groups, id);
                           if (!g) {
                               op.fail(RemoteErrorClass::NotFound, tr("The contact no longer exists in the ERP."));
                               return;
                           }
                           const QString name = fields.contains(QStringLiteral("name")) ? fields.value(QStringLiteral("name")).toString().trimmed() : g->name;
                           QJsonArray writes; // [ids, values, ids, values...]
                           QJsonArray creates;
                           QJsonArray deletes;
                           for (const char *type : {"phone", "mobile", "email"}) {
                               const QString key = QString::fromLatin1(type);
                               const QJsonObject current = g->first(type);
                               if (!fields.contains(key)) {
                                   if (!current.isEmpty() && name != g->name) {
                                       writes.append(QJsonArray{current.value(QLatin1String("id"))});
                                       writes.append(QJsonObject{{QStringLiteral("name"), name}});
                                   }
                                   continue;
                               }
                               const QString value = fields.value(key).toString().trimmed();
                               if (current.isEmpty() && !value.isEmpty())
                                   creates.append(QJsonObject{{QStringLiteral("party"), party}, {QStringLiteral("name"), name},
                                                              {QStringLiteral("type"), key}, {QStringLiteral("value"), value}});
                               else if (!current.isEmpty() && value.isEmpty() && current.value(QLatin1String("id")).toInt() != id)
                                   deletes.append(current.value(QLatin1String("id")));
                               else if (!current.isEmpty()) {
                                   writes.append(QJsonArray{current.value(QLatin1String("id"))});
                                   writes.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
                               }
                           }
                           auto doDeletes = [&op, s, id, deletes] {
                               if (deletes.isEmpty()) {
                                   finishWith(op, s, id);
                                   return;
                               }
                               op.rpc(QStringLiteral("model.party.contact_mechanism.delete"), QJsonArray{deletes}, true,
                                      [&op, s, id](const QJsonValue &) { finishWith(op, s, id); });
                           };
                           auto doCreates = [&op, creates, doDeletes] {
                               if (creates.isEmpty()) {
                                   doDeletes();
                                   return;
                               }
                               op.rpc(QStringLiteral("model.party.contact_mechanism.create"), QJsonArray{creates}, true,
                                      [doDeletes](const QJsonValue &) { doDeletes(); });
                           };
                           if (writes.isEmpty()) {
                               doCreates();
                               return;
                           }
                           QJsonArray params = writes;
                           op.rpc(QStringLiteral("model.party.contact_mechanism.write"), params, true,
                                  [doCreates](const QJsonValue &) { doCreates(); });
                       });
                   });
            return;
        }
        const QJsonObject values = toTryton(e, fields, op.lookups());
        if (values.isEmpty()) {
            afterWrite();
            return;
        }
        op.rpcReply(QStringLiteral("model.%1.write").arg(s.model), QJsonArray{QJsonArray{id}, values}, true,
                    [&op, s, id, afterWrite](const Reply &reply) {
                        if (reply.error == RemoteErrorClass::Conflict) {
                            // Changed in Tryton since our base: hand the engine the current record to merge.
                            readOne(op, s, id, [&op, reply](const RemoteRecord &current) {
                                RemoteResult r;
                                r.error = RemoteErrorClass::Conflict;
                                r.message = reply.message;
                                r.record = current;
                                op.finish(r);
                            });
                            return;
                        }
                        if (!reply.ok()) {
                            op.failWith(reply);
                            return;
                        }
                        afterWrite();
                    },
                    s.lockable ? lockContext(s.model, id, baseVersion) : QJsonObject());
    });
}

RemoteCall *TrytonConnector::remove(const QString &entity, const QString &remoteId, const QString &idempotencyKey)
{
    Q_UNUSED(idempotencyKey)
    const Spec *spec = specFor(entity);
    if (!spec || !spec->writable || entity == QLatin1String("order") || entity == QLatin1String("order_line"))
        return new Op(m_session, m_lookups, [entity](Op &op) { op.fail(RemoteErrorClass::Permanent, readOnlyMessage(entity)); });
    const Spec s = *spec;
    const int id = remoteId.toInt();
    return new Op(m_session, m_lookups, [s, id](Op &op) {
        auto done = [&op](const QJsonValue &) {
            RemoteResult r;
            op.finish(r);
        };
        const QString e = s.entity;
        if (e == QLatin1String("customer") || e == QLatin1String("address")) {
            // Customers and addresses have history (sales, invoices): archived, as Tryton's own client does.
            op.rpc(QStringLiteral("model.%1.write").arg(s.model),
                   QJsonArray{QJsonArray{id}, QJsonObject{{QStringLiteral("active"), false}}}, true, done);
        } else if (e == QLatin1String("contact")) {
            op.rpc(QStringLiteral("model.party.contact_mechanism.read"), QJsonArray{QJsonArray{id}, QJsonArray{QStringLiteral("party")}},
                   false, [&op, id, done](const QJsonValue &rows) {
                       const int party = rows.toArray().at(0).toObject().value(QLatin1String("party")).toInt();
                       readGroups(op, {party}, [&op, id, done](const QList<Group> &groups) {
                           const Group *g = groupWithAnchor(groups, id);
                           QJsonArray ids;
                           if (g)
                               for (const QJsonObject &m : g->members)
                                   ids.append(m.value(QLatin1String("id")));
                           if (ids.isEmpty()) {
                               done(QJsonValue());
                               return;
                           }
                           op.rpc(QStringLiteral("model.party.contact_mechanism.delete"), QJsonArray{ids}, true, done);
                       });
                   });
        } else if (e == QLatin1String("quote")) {
            // A sale is deleted only once cancelled.
            op.rpc(QStringLiteral("model.sale.sale.cancel"), QJsonArray{QJsonArray{id}}, true, [&op, id, done](const QJsonValue &) {
                op.rpc(QStringLiteral("model.sale.sale.delete"), QJsonArray{QJsonArray{id}}, true, done);
            });
        } else {
            op.rpc(QStringLiteral("model.%1.delete").arg(s.model), QJsonArray{QJsonArray{id}}, true, done);
        }
    });
}

} // namespace sb
