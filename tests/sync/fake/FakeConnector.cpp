#include "FakeConnector.h"

#include "sync/http/JsonHttpCall.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace sb {

namespace {

QString segment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

void setMalformed(RemoteResult &result, const char *what)
{
    result.error = RemoteErrorClass::Malformed;
    result.message = QCoreApplication::translate("sb::FakeConnector", "The server's reply lacks %1.")
                         .arg(QLatin1String(what));
}

} // namespace

FakeConnector::FakeConnector(QNetworkAccessManager *nam, QUrl baseUrl, QStringList entities, QString system)
    : m_nam(nam)
    , m_base(std::move(baseUrl))
    , m_entities(std::move(entities))
    , m_system(std::move(system))
{
}

ConnectorCapabilities FakeConnector::capabilities(const QString &entity) const
{
    ConnectorCapabilities fallback;
    fallback.optimisticLocking = true;
    return m_caps.value(entity, fallback);
}

QNetworkRequest FakeConnector::request(const QString &path, const QString &query) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query, QUrl::StrictMode);
    QNetworkRequest req(url);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token);
    return req;
}

JsonHttpCall *FakeConnector::call(const QNetworkRequest &req, const QByteArray &method, const QJsonObject &body,
                                  bool mutating) const
{
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return new JsonHttpCall(m_nam, req, method, bytes, mutating, m_timeoutMs);
}

RemoteCall *FakeConnector::pull(const QString &entity, const PullCursor &cursor, int pageSize)
{
    QUrlQuery query;
    // Values are percent-encoded here so that a '+' in a time offset is not read as a space.
    if (!cursor.time.isEmpty())
        query.addQueryItem(QStringLiteral("since_time"), segment(cursor.time));
    if (!cursor.id.isEmpty())
        query.addQueryItem(QStringLiteral("since_id"), segment(cursor.id));
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    JsonHttpCall *c = call(request(QStringLiteral("/api/%1").arg(segment(entity)), query.query(QUrl::FullyEncoded)),
                           "GET", {}, false);
    c->setParser(&FakeConnector::readPage);
    return c;
}

RemoteCall *FakeConnector::create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey)
{
    const QJsonObject body{{QStringLiteral("fields"), QJsonObject::fromVariantMap(fields)},
                           {QStringLiteral("key"), idempotencyKey}};
    JsonHttpCall *c = call(request(QStringLiteral("/api/%1").arg(segment(entity))), "POST", body, true);
    c->setParser(&FakeConnector::readRecordReply);
    return c;
}

RemoteCall *FakeConnector::update(const QString &entity, const QString &remoteId, const QVariantMap &fields,
                                  const QString &baseVersion, const QString &idempotencyKey)
{
    QJsonObject body{{QStringLiteral("fields"), QJsonObject::fromVariantMap(fields)},
                     {QStringLiteral("key"), idempotencyKey}};
    if (!baseVersion.isEmpty())
        body.insert(QStringLiteral("base_version"), baseVersion);
    JsonHttpCall *c = call(request(QStringLiteral("/api/%1/%2").arg(segment(entity), segment(remoteId))), "PATCH",
                           body, true);
    c->setParser(&FakeConnector::readRecordReply);
    return c;
}

RemoteCall *FakeConnector::remove(const QString &entity, const QString &remoteId, const QString &idempotencyKey)
{
    QNetworkRequest req = request(QStringLiteral("/api/%1/%2").arg(segment(entity), segment(remoteId)));
    req.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    return call(req, "DELETE", {}, true);
}

RemoteCall *FakeConnector::lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &fields)
{
    Q_UNUSED(fields) // the fake keeps idempotency keys itself
    JsonHttpCall *c = call(request(QStringLiteral("/api/%1/by-key/%2").arg(segment(entity), segment(idempotencyKey))),
                           "GET", {}, false);
    c->setNotFoundIsAnswer(true);
    c->setParser([](const QJsonDocument &doc, RemoteResult &result) {
        readRecordReply(doc, result);
        result.found = result.ok();
    });
    return c;
}

namespace {

void readRecords(const QJsonDocument &doc, RemoteResult &result)
{
    const QJsonValue records = doc.object().value(QLatin1String("records"));
    if (!records.isArray())
        return setMalformed(result, "records");
    for (const QJsonValue &v : records.toArray()) {
        RemoteRecord r;
        if (!FakeConnector::readRecord(v, r))
            return setMalformed(result, "a record's id or fields");
        result.records.append(r);
    }
}

} // namespace

RemoteCall *FakeConnector::createBatch(const QString &entity, const QList<BatchItem> &items)
{
    QJsonArray records;
    for (const BatchItem &item : items)
        records.append(QJsonObject{{QStringLiteral("fields"), QJsonObject::fromVariantMap(item.fields)}, {QStringLiteral("key"), item.key}});
    JsonHttpCall *c = call(request(QStringLiteral("/api/%1/batch").arg(segment(entity))), "POST",
                           QJsonObject{{QStringLiteral("records"), records}}, true);
    c->setParser(&readRecords);
    return c;
}

RemoteCall *FakeConnector::updateBatch(const QString &entity, const QList<BatchItem> &items)
{
    QJsonArray records;
    for (const BatchItem &item : items) {
        QJsonObject o{{QStringLiteral("id"), item.remoteId}, {QStringLiteral("fields"), QJsonObject::fromVariantMap(item.fields)},
                      {QStringLiteral("key"), item.key}};
        if (!item.baseVersion.isEmpty())
            o.insert(QStringLiteral("base_version"), item.baseVersion);
        records.append(o);
    }
    JsonHttpCall *c = call(request(QStringLiteral("/api/%1/batch").arg(segment(entity))), "PATCH",
                           QJsonObject{{QStringLiteral("records"), records}}, true);
    c->setParser(&readRecords);
    return c;
}

RemoteCall *FakeConnector::lookupBatch(const QString &entity, const QList<BatchItem> &items)
{
    QJsonArray keys;
    for (const BatchItem &item : items)
        keys.append(item.key);
    // A POST that only reads: not mutating, so a lost reply is simply retried.
    JsonHttpCall *c = call(request(QStringLiteral("/api/%1/by-keys").arg(segment(entity))), "POST",
                           QJsonObject{{QStringLiteral("keys"), keys}}, false);
    c->setParser(&readRecords);
    return c;
}

RemoteCall *FakeConnector::fetch(const QString &entity, const QStringList &remoteIds)
{
    const QJsonObject body{{QStringLiteral("ids"), QJsonArray::fromStringList(remoteIds)}};
    // A POST that only reads: not mutating, so a lost reply is simply retried.
    JsonHttpCall *c = call(request(QStringLiteral("/api/%1/fetch").arg(segment(entity))), "POST", body, false);
    c->setParser([](const QJsonDocument &doc, RemoteResult &result) {
        const QJsonValue records = doc.object().value(QLatin1String("records"));
        if (!records.isArray())
            return setMalformed(result, "records");
        for (const QJsonValue &v : records.toArray()) {
            RemoteRecord r;
            if (!readRecord(v, r))
                return setMalformed(result, "a record's id or fields");
            result.records.append(r);
        }
    });
    return c;
}

RemoteCall *FakeConnector::command(const QString &entity, const QString &remoteId, const QString &name, const QVariantMap &args,
                                   const QString &idempotencyKey)
{
    QVariantMap sent = args;
    sent.remove(QStringLiteral("record")); // the fake needs only the arguments
    const QJsonObject body{{QStringLiteral("key"), idempotencyKey}, {QStringLiteral("args"), QJsonObject::fromVariantMap(sent)}};
    JsonHttpCall *c = call(request(QStringLiteral("/api/%1/%2/commands/%3").arg(segment(entity), segment(remoteId), segment(name))),
                           "POST", body, true);
    c->setParser(&FakeConnector::readRecordReply);
    return c;
}

RemoteCall *FakeConnector::lookupCommand(const QString &entity, const QString &remoteId, const QString &name, const QVariantMap &args,
                                         const QString &idempotencyKey)
{
    Q_UNUSED(name)
    Q_UNUSED(args)
    JsonHttpCall *c = call(request(QStringLiteral("/api/%1/%2/commands/by-key/%3").arg(segment(entity), segment(remoteId), segment(idempotencyKey))),
                           "GET", {}, false);
    c->setNotFoundIsAnswer(true);
    c->setParser([](const QJsonDocument &doc, RemoteResult &result) {
        readRecordReply(doc, result);
        result.found = result.ok();
    });
    return c;
}

RemoteCall *FakeConnector::testConnection()
{
    JsonHttpCall *c = call(request(QStringLiteral("/api/%1/ids").arg(segment(m_entities.value(0)))), "GET", {}, false);
    c->setParser([](const QJsonDocument &doc, RemoteResult &result) {
        result.message = QStringLiteral("%1 records").arg(doc.object().value(QLatin1String("ids")).toArray().size());
    });
    return c;
}

RemoteCall *FakeConnector::listIds(const QString &entity)
{
    JsonHttpCall *c = call(request(QStringLiteral("/api/%1/ids").arg(segment(entity))), "GET", {}, false);
    c->setParser([](const QJsonDocument &doc, RemoteResult &result) {
        const QJsonValue ids = doc.object().value(QLatin1String("ids"));
        if (!ids.isArray())
            return setMalformed(result, "ids");
        for (const QJsonValue &v : ids.toArray())
            result.ids.append(v.toString());
    });
    return c;
}

bool FakeConnector::readRecord(const QJsonValue &value, RemoteRecord &out)
{
    const QJsonObject o = value.toObject();
    const QJsonValue id = o.value(QLatin1String("id"));
    const QJsonValue version = o.value(QLatin1String("version"));
    const QJsonValue fields = o.value(QLatin1String("fields"));
    if (!id.isString() || id.toString().isEmpty() || !fields.isObject())
        return false;
    out.remoteId = id.toString();
    out.version = version.isDouble() ? QString::number(version.toInteger()) : version.toString();
    out.modifiedAt = o.value(QLatin1String("modified_at")).toString();
    out.fields = fields.toObject().toVariantMap();
    out.deleted = o.value(QLatin1String("deleted")).toBool();
    out.idempotencyKey = o.value(QLatin1String("key")).toString(); // like a reference field in an ERP
    return true;
}

void FakeConnector::readRecordReply(const QJsonDocument &doc, RemoteResult &result)
{
    if (!readRecord(doc.object().value(QLatin1String("record")), result.record))
        setMalformed(result, "the record");
}

void FakeConnector::readPage(const QJsonDocument &doc, RemoteResult &result)
{
    const QJsonObject o = doc.object();
    const QJsonValue records = o.value(QLatin1String("records"));
    const QJsonValue next = o.value(QLatin1String("next"));
    if (!records.isArray() || !next.isObject())
        return setMalformed(result, "records or the next cursor");
    for (const QJsonValue &v : records.toArray()) {
        RemoteRecord r;
        if (!readRecord(v, r) || r.modifiedAt.isEmpty())
            return setMalformed(result, "a record's id, fields or modified_at");
        result.records.append(r);
    }
    result.next.time = next.toObject().value(QLatin1String("time")).toString();
    result.next.id = next.toObject().value(QLatin1String("id")).toString();
    result.hasMore = o.value(QLatin1String("has_more")).toBool();
}

} // namespace sb
