#pragma once

#include "FakeFault.h"
#include "sync/engine/Connector.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace sb {

// What the fake server does per entity (test-side: the engine reads only whether pulls report
// deletions, Connector::reportsDeletions).
struct ConnectorCapabilities {
    bool nativeIdempotency = false; // the server itself skips a repeated idempotency key
    bool tombstones = false;        // pulls report deletions
    bool optimisticLocking = false; // updates can be refused when base_version is stale
    bool rateLimited = false;       // the server answers 429 with Retry-After
};

// A record as the fake server holds it.
struct FakeRecord {
    QString id;        // server-assigned, "c-17"
    int version = 0;   // +1 on every write
    qint64 modifiedMs = 0; // server clock (with skew), ms since the epoch
    QVariantMap fields;
    QString key;       // the idempotency key of the create that made it (searchable: by-key)
    QSet<QString> appliedKeys; // keys of every write applied to it
    bool deleted = false;

    QString modifiedAt() const; // ISO 8601 UTC with ms, as the API sends it
    RemoteRecord toRemote() const;
};

// A stateful ERP-like back end serving real HTTP/1.1 on 127.0.0.1 (one request per connection),
// with fault injection per method and path. The REST API it serves:
//   GET    /api/{e}?since_time=T&since_id=I&limit=N -> {"records":[...],"next":{"time","id"},"has_more"}
//   POST   /api/{e}          {"fields","key"}                 -> 201 {"record"} (200 for a known key
//                                                                 with native idempotency, also
//                                                                 when that record was deleted since)
//   PATCH  /api/{e}/{id}     {"fields","base_version","key"}  -> 200 {"record"} / 409 / 404 / 422
//   DELETE /api/{e}/{id}                                      -> 204 / 404
//   GET    /api/{e}/by-key/{key} -> {"record"} (with "deleted": true once deleted) / 404
//   GET    /api/{e}/ids -> {"ids"}
//   POST   /api/{e}/{id}/commands/{name} {"key","args"}      -> 200 {"record"} (sets "last_command"
//                                                                 and "state" to args.state if given;
//                                                                 no native idempotency: a repeated key
//                                                                 applies again, as on most servers)
//   GET    /api/{e}/{id}/commands/by-key/{key} -> {"record"} once a command with that key applied / 404
//   POST   /api/{e}/fetch    {"ids":[...]}                    -> {"records":[...]}
//   POST   /api/{e}/batch    {"records":[{"fields","key"}...]} -> 201 {"records"} in order; all or
//                                                                 none: 422 "record N: ..." at the
//                                                                 first refusal, nothing applied
//   PATCH  /api/{e}/batch    {"records":[{"id","fields","base_version","key"}...]} -> 200 {"records"};
//                                                                 all or none: 404 / 409 / 422
//   POST   /api/{e}/by-keys  {"keys":[...]}                   -> {"records"} the keys made (tombstones too)
// Records are {"id","version","modified_at","fields","deleted"}; versions are sent as strings.
class FakeBackend : public QObject {
    Q_OBJECT
public:
    // Returns true when the field's value (invalid QVariant when absent) is acceptable.
    using Rule = std::function<bool(const QVariant &value)>;

    explicit FakeBackend(QObject *parent = nullptr); // listens at once on 127.0.0.1, port 0
    ~FakeBackend() override;

    bool isListening() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>

    // Behaviour per entity. Defaults: no native idempotency, no tombstones, optimistic locking on.
    void setCapabilities(const QString &entity, const ConnectorCapabilities &caps);
    void setNativeIdempotency(const QString &entity, bool on);
    void setTombstones(const QString &entity, bool on);
    void setOptimisticLocking(const QString &entity, bool on);
    // Shifts the server clock (and so modified_at of later writes); may be negative.
    void setClockSkew(qint64 ms);
    // Rules checked on POST and PATCH against the merged record; a failure answers 422.
    void addRule(const QString &entity, const QString &field, Rule valid, const QString &message);
    void clearRules(const QString &entity = {});

    void inject(const Fault &fault);
    void clearFaults();
    void setSeed(quint32 seed); // for Fault::withProbability

    // Direct server-side access ("someone edited it in the ERP").
    FakeRecord insert(const QString &entity, const QVariantMap &fields, const QString &key = {});
    bool edit(const QString &entity, const QString &id, const QVariantMap &changes);
    bool remove(const QString &entity, const QString &id);
    QList<FakeRecord> records(const QString &entity) const; // live ones, ordered by (modified_at, id)
    std::optional<FakeRecord> record(const QString &entity, const QString &id) const; // live only
    int count(const QString &entity) const;
    // The record a create with that key made. Like a real server, the back end remembers the key
    // of a record deleted since: withDeleted finds that tombstone too (GET by-key answers it).
    std::optional<FakeRecord> findByKey(const QString &entity, const QString &key, bool withDeleted = false) const;

    // What the server saw. Paths are without the query.
    int requestCount(const QByteArray &method = {}, const QString &pathPrefix = {}) const;
    int createsForKey(const QString &key) const; // creates applied with that key, across entities
    int commandsForKey(const QString &key) const; // commands applied with that key
    void resetCounters();

signals:
    void requestReceived(const QByteArray &method, const QString &path);

private:
    struct Request {
        QByteArray method;
        QString path;
        QHash<QString, QString> query;
        QByteArray body;
    };
    struct Reply {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct EntityOptions {
        bool nativeIdempotency = false;
        bool tombstones = false;
        bool optimisticLocking = true;
    };
    struct ValidationRule {
        QString field;
        Rule valid;
        QString message;
    };
    enum class PageMode { Normal, Duplicate, Reorder };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    std::optional<Fault> takeFault(const Request &request);
    void serve(QTcpSocket *socket, const Request &request);
    static void send(QTcpSocket *socket, const Reply &reply, bool truncate = false);
    static Reply json(int status, const QJsonObject &body);
    static Reply error(int status, const QString &message);

    Reply route(const Request &request, PageMode mode);
    Reply list(const QString &entity, const Request &request, PageMode mode);
    Reply create(const QString &entity, const QJsonObject &body);
    Reply update(const QString &entity, const QString &id, const QJsonObject &body);
    Reply command(const QString &entity, const QString &id, const QString &name, const QJsonObject &body);
    Reply commandByKey(const QString &entity, const QString &id, const QString &key);
    Reply erase(const QString &entity, const QString &id);
    Reply byKey(const QString &entity, const QString &key);
    Reply ids(const QString &entity);
    Reply fetch(const QString &entity, const QJsonObject &body);
    // Batches, all or none (FakeBackendBatch.cpp).
    Reply createBatch(const QString &entity, const QJsonObject &body);
    Reply updateBatch(const QString &entity, const QJsonObject &body);
    Reply byKeys(const QString &entity, const QJsonObject &body);

    std::optional<QString> violatedRule(const QString &entity, const QVariantMap &fields) const;
    const QMap<QString, FakeRecord> &table(const QString &entity) const; // no copy: callers keep pointers
    FakeRecord *live(const QString &entity, const QString &id);
    qint64 nextStamp();
    QString nextId(const QString &entity);
    EntityOptions options(const QString &entity) const { return m_options.value(entity); }

    QTcpServer *m_server;
    QHash<QString, QMap<QString, FakeRecord>> m_data; // entity -> id -> record (tombstones kept)
    QHash<QString, EntityOptions> m_options;
    QHash<QString, QList<ValidationRule>> m_rules;
    QList<Fault> m_faults;
    QRandomGenerator m_random;
    qint64 m_skewMs = 0;
    qint64 m_lastRealMs = 0;
    int m_nextId = 1;
    QList<QPair<QByteArray, QString>> m_requestLog;
    QHash<QString, int> m_createsPerKey;
    QHash<QString, int> m_commandsPerKey;
};

} // namespace sb
