#pragma once
// Inside the Tryton connector: one connector operation (Op, a chain of RPC calls that ends in
// exactly one finished()) and the read-ahead of content-independent reads. Shared by
// TrytonConnector.cpp (reads) and TrytonWrites.cpp (creates, updates, deletions).
#include "TrytonConnector.h"
#include "TrytonContacts.h"
#include "TrytonMapping.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace sb::tryton {

// A read whose request does not depend on the answer before it (the id ranges of a first sync)
// is sent as soon as trytond begins that answer, so it never waits for this side to parse,
// convert and write a page. One read ahead at a time; the next pull of that range takes it.
struct ReadAhead {
    QString key; // method and parameters
    QPointer<Request> request;
    QMetaObject::Connection arrival;
    bool arrived = false;
    bool sent = false; // its body has left
    Reply reply;
    QElapsedTimer age;
    static constexpr int kFreshMs = 10000; // older than that, it is read again
    static constexpr int kSendWaitMs = 30;   // how long an answer waits for the read-ahead to leave

    // Hands over what there is and forgets it; the request, if still out, is the taker's.
    ReadAhead take()
    {
        QObject::disconnect(arrival);
        ReadAhead taken;
        taken.request = request;
        taken.arrived = arrived;
        taken.sent = sent;
        taken.reply = reply;
        request = nullptr;
        key.clear();
        arrived = false;
        sent = false;
        reply = Reply();
        return taken;
    }
    void drop()
    {
        if (Request *r = take().request.data())
            r->abort();
    }
};

// A read: method, parameters and the context it adds to the session's.
struct ReadCall {
    QString method;
    QJsonArray params;
    QJsonObject context = {};
    QString key() const
    {
        return method + QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact))
               + QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact));
    }
};

// One connector operation: a chain of RPC calls that ends in exactly one finished().
class Op : public RemoteCall {
public:
    using Body = std::function<void(Op &)>;
    Op(Session *session, std::shared_ptr<TrytonConnector::Lookups> lookups, Body body, unsigned needs = Lookups::All)
        : m_session(session)
        , m_lookups(std::move(lookups))
        , m_body(std::move(body))
        , m_needs(needs)
    {
    }

    void start() override { loadLookups(); }

    // Reads the lookups this operation needs that are not in yet, one request each (the
    // internal parties: two), then runs the body.
    void loadLookups()
    {
        const unsigned missing = m_needs & ~m_lookups->loaded;
        auto loaded = [this](Lookups::Part part) {
            m_lookups->loaded |= part;
            loadLookups();
        };
        auto all = [](const QJsonArray &fields, const QJsonValue &order = QJsonValue::Null) {
            return QJsonArray{QJsonArray(), 0, QJsonValue::Null, order, fields};
        };
        if (missing & Lookups::Countries) {
            // Countries and currencies translate ids to the codes the cache keeps.
            rpc(QStringLiteral("model.country.country.search_read"), all({QStringLiteral("code"), QStringLiteral("name")}), false,
                [this, loaded](const QJsonValue &countries) {
                    for (const QJsonValue &v : countries.toArray()) {
                        const QJsonObject c = v.toObject();
                        const int id = c.value(QLatin1String("id")).toInt();
                        m_lookups->countryCode.insert(id, str(c, "code"));
                        m_lookups->countryByKey.insert(str(c, "code").toUpper(), id);
                        m_lookups->countryByKey.insert(str(c, "name").toLower(), id);
                    }
                    loaded(Lookups::Countries);
                });
        } else if (missing & Lookups::Currencies) {
            rpc(QStringLiteral("model.currency.currency.search_read"), all({QStringLiteral("code")}), false,
                [this, loaded](const QJsonValue &currencies) {
                    for (const QJsonValue &v : currencies.toArray())
                        m_lookups->currencyCode.insert(v.toObject().value(QLatin1String("id")).toInt(), str(v.toObject(), "code"));
                    loaded(Lookups::Currencies);
                });
        } else if (missing & Lookups::InternalParties) {
            // The company's own party and its employees' are not customers.
            rpc(QStringLiteral("model.company.company.search_read"), all({QStringLiteral("party")}), false,
                [this, loaded, all](const QJsonValue &companies) {
                    QJsonArray parties;
                    for (const QJsonValue &v : companies.toArray())
                        parties.append(v.toObject().value(QLatin1String("party")));
                    rpc(QStringLiteral("model.company.employee.search_read"), all({QStringLiteral("party")}), false,
                        [this, loaded, parties](const QJsonValue &employees) mutable {
                            for (const QJsonValue &v : employees.toArray())
                                parties.append(v.toObject().value(QLatin1String("party")));
                            m_lookups->internalParties = parties;
                            loaded(Lookups::InternalParties);
                        },
                        QJsonObject{{QStringLiteral("active_test"), false}});
                });
        } else if (missing & Lookups::ComplaintTypes) {
            rpc(QStringLiteral("model.sale.complaint.type.search_read"),
                all({QStringLiteral("name")}, QJsonArray{QJsonValue(QJsonArray{QStringLiteral("id"), QStringLiteral("ASC")})}), false,
                [this, loaded](const QJsonValue &types) {
                    for (const QJsonValue &v : types.toArray()) {
                        const int id = v.toObject().value(QLatin1String("id")).toInt();
                        m_lookups->complaintType.insert(id, str(v.toObject(), "name"));
                        if (!m_lookups->defaultComplaintType)
                            m_lookups->defaultComplaintType = id;
                    }
                    loaded(Lookups::ComplaintTypes);
                });
        } else if (missing & Lookups::PaymentTerms) {
            rpc(QStringLiteral("model.account.invoice.payment_term.search_read"), all({QStringLiteral("name")}), false,
                [this, loaded](const QJsonValue &terms) {
                    for (const QJsonValue &v : terms.toArray())
                        m_lookups->paymentTerm.insert(v.toObject().value(QLatin1String("id")).toInt(), str(v.toObject(), "name"));
                    loaded(Lookups::PaymentTerms);
                });
        } else if (missing & Lookups::Categories) {
            // The category trees, in English (the names the cache stores) and in Chinese.
            const QJsonArray fields{QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("create_date"),
                                    QStringLiteral("write_date")};
            rpc(QStringLiteral("model.party.category.search_read"), all(fields, byId()), false,
                [this, loaded, all, fields](const QJsonValue &english) {
                    rpc(QStringLiteral("model.party.category.search_read"), all(fields, byId()), false,
                        [this, loaded, english](const QJsonValue &chinese) {
                            m_lookups->categories.load(english.toArray(), chinese.toArray());
                            loaded(Lookups::Categories);
                        },
                        categoryContext(QStringLiteral("zh_CN")));
                },
                categoryContext(QStringLiteral("en")));
        } else if (missing & Lookups::PartyKeys) {
            // Few: one per party made here ("SB-<key>" identifiers).
            rpc(QStringLiteral("model.party.identifier.search_read"),
                searchReadParams(QJsonArray{QJsonValue(clause(QStringLiteral("code"), QStringLiteral("like"), QStringLiteral("SB-%")))}, 0,
                                 QJsonValue::Null, QJsonArray{QStringLiteral("party"), QStringLiteral("code")}),
                false, [this, loaded](const QJsonValue &found) {
                    for (const QJsonValue &v : found.toArray())
                        m_lookups->partyKeys.insert(v.toObject().value(QLatin1String("party")).toInt(), keyFromRef(str(v.toObject(), "code")));
                    loaded(Lookups::PartyKeys);
                });
        } else {
            m_body(*this);
        }
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
        fail(m_mutated ? RemoteErrorClass::Uncertain : RemoteErrorClass::Temporary, Request::tr("The request was cancelled."));
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

    // As rpc() (a read), but the answer may come from ahead (a read-ahead of the same call).
    // `then`, the read that comes next, is sent as soon as trytond begins this answer: it has
    // the next request to work on while this answer travels, is parsed, converted and written,
    // and never works on two at once (its threads share one interpreter lock, and two requests
    // side by side cost it a quarter more CPU).
    void readAhead(const std::shared_ptr<ReadAhead> &ahead, const ReadCall &call, std::function<void(const QJsonValue &)> next,
                   const std::optional<ReadCall> &then)
    {
        if (m_done)
            return;
        auto handle = [this, next](const Reply &reply) {
            m_request = nullptr;
            if (m_done)
                return;
            if (reply.serverDate.isValid())
                serverDate = reply.serverDate;
            if (!reply.ok()) {
                failWith(reply);
                return;
            }
            next(reply.result);
        };
        Request *request = nullptr;
        const QString key = call.key();
        if (ahead->key == key && ahead->age.isValid() && ahead->age.elapsed() < ReadAhead::kFreshMs) {
            const ReadAhead taken = ahead->take();
            if (taken.arrived) {
                if (then)
                    startReadAhead(ahead, *then); // trytond is free: the next one goes now
                const Reply reply = taken.reply;
                QMetaObject::invokeMethod(this, &RemoteCall::sent, Qt::QueuedConnection);
                QMetaObject::invokeMethod(this, [handle, reply] { handle(reply); }, Qt::QueuedConnection);
                return;
            }
            request = taken.request.data();
            if (request)
                QMetaObject::invokeMethod(this, &RemoteCall::sent, Qt::QueuedConnection); // it went long ago
        } else {
            ahead->drop();
        }
        const bool started = request;
        if (!request) {
            request = m_session->call(call.method, call.params, false, call.context);
            connect(request, &Request::sent, this, &RemoteCall::sent);
        }
        m_request = request;
        if (then) {
            // Once trytond begins this answer: send `then`, and read this answer only once the
            // network thread has taken that request's body (at most kSendWaitMs).
            auto sendThen = [this, ahead, then = *then, current = QPointer<Request>(request), sentThen = std::make_shared<bool>(false)] {
                if (m_done || std::exchange(*sentThen, true))
                    return;
                startReadAhead(ahead, then);
                if (!current)
                    return;
                current->setGate([out = QPointer<Request>(ahead->request), ahead, session = QPointer<Session>(m_session)](std::function<void()> go) {
                    if (!out || !session || ahead->request != out || ahead->sent) {
                        go();
                        return;
                    }
                    auto once = [go = std::make_shared<std::function<void()>>(std::move(go))] {
                        if (auto f = std::exchange(*go, nullptr))
                            f();
                    };
                    QObject::connect(out, &Request::sent, session, once, Qt::SingleShotConnection);
                    QTimer::singleShot(ReadAhead::kSendWaitMs, session, once);
                });
            };
            if (request->isAnswering())
                sendThen();
            else
                connect(request, &Request::answering, this, sendThen);
            connect(request, &Request::finished, this, [sendThen](const Reply &reply) { // no headers came first
                if (reply.ok())
                    sendThen();
            });
        }
        connect(request, &Request::finished, this, handle);
        if (!started)
            request->start();
    }

    void startReadAhead(const std::shared_ptr<ReadAhead> &ahead, const ReadCall &call)
    {
        ahead->drop();
        Request *request = m_session->call(call.method, call.params, false, call.context);
        ahead->key = call.key();
        ahead->request = request;
        ahead->age.start();
        // The connector's session, not this operation, holds the answer until it is asked for.
        std::weak_ptr<ReadAhead> weak = ahead;
        connect(request, &Request::sent, m_session, [weak, request] {
            if (auto a = weak.lock(); a && a->request == request)
                a->sent = true;
        });
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
        r.keychain = reply.keychain;
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
    unsigned m_needs = Lookups::All;
    QPointer<Request> m_request;
    bool m_done = false;
    bool m_mutated = false;
    bool m_uncertainAfterWrite = false;
};

// Reads the groups of these parties and hands on those that contain one of wantedIds (all when empty).
inline void readGroups(Op &op, const QList<int> &parties, std::function<void(const QList<Group> &)> next)
{
    QJsonArray ps;
    for (int p : parties)
        ps.append(p);
    op.rpc(QStringLiteral("model.party.contact_mechanism.search_read"),
           searchReadParams(QJsonArray{QJsonValue(clause(QStringLiteral("party"), QStringLiteral("in"), ps))}, 0, QJsonValue::Null,
                            mechanismFields()),
           false, [next](const QJsonValue &rows) { next(groupMechanisms(rows.toArray())); });
}

// Finds what a create of this entity with this key (or these contents) made; next(0) when
// nothing. TrytonWrites.cpp.
void findCreated(Op &op, const QString &entity, const QString &key, const QVariantMap &fields, std::function<void(int)> next);
// Writes values to one record (with the lock of baseVersion where the model has one): a stale
// write ends the operation as a conflict carrying the ERP's record; then afterWrite().
void writeValues(Op &op, const Spec &s, int id, const QJsonObject &values, const QString &baseVersion,
                 std::function<void()> afterWrite);

// Optimistic lock of one write: Tryton's context _timestamp for the record at this version
// (nothing when the version is not a Tryton timestamp). TrytonWrites.cpp.
QJsonObject lockContext(const QString &model, int id, const QString &version);

// A new party's values with its outbox key as a party identifier "SB-<key>", made in the same
// call (one transaction): findCreated and the batch look-up find it by that. TrytonWrites.cpp.
QJsonObject partyCreateValues(QJsonObject values, const QString &key);

// The values of the complaint a ticket becomes (fields in remote form): its customer, its
// subject and text as the description, the ERP's first complaint type, and the outbox key in
// `reference` (findCreated finds it by that). Fails the operation and gives nothing when the
// ERP has no complaint types. TrytonWrites.cpp; a ticket created in the ERP and a ticket
// escalated to it (TrytonEscalation.cpp) both use it.
std::optional<QJsonObject> complaintValues(Op &op, const QVariantMap &ticket, const QString &key);

// The contract handoff's terms (the customer's PO, requested date, addresses, payment terms:
// arguments of quote.confirm) written on the sale while it can still take them: a draft, or a
// quotation set back to draft. A confirmed sale is left as it is. TrytonHandoff.cpp.
void writeHandoffTerms(Op &op, int sale, const QVariantMap &args, std::function<void()> next);

} // namespace sb::tryton
