#pragma once
// Inside the Tryton connector: one connector operation (Op, a chain of RPC calls that ends in
// exactly one finished()) and the read-ahead of content-independent reads. Shared by
// TrytonConnector.cpp (reads) and TrytonWrites.cpp (creates, updates, deletions).
#include "TrytonConnector.h"
#include "TrytonMapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace sb::tryton {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("sb::TrytonConnector", text);
}

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

inline QString readKey(const QString &method, const QJsonArray &params)
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
inline void readGroups(Op &op, const QList<int> &parties, std::function<void(const QList<Group> &)> next)
{
    QJsonArray ps;
    for (int p : parties)
        ps.append(p);
    op.rpc(QStringLiteral("model.party.contact_mechanism.search_read"),
           searchReadParams(QJsonArray{clause(QStringLiteral("party"), QStringLiteral("in"), ps)}, 0, QJsonValue::Null,
                            mechanismFields()),
           false, [next](const QJsonValue &rows) { next(groupMechanisms(rows.toArray())); });
}

} // namespace sb::tryton
