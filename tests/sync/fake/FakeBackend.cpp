#include "FakeBackend.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace sb {

namespace {

QJsonObject toJson(const FakeRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("version"), QString::number(r.version)},
                       {QStringLiteral("modified_at"), r.modifiedAt()},
                       {QStringLiteral("key"), r.key},
                       {QStringLiteral("fields"), QJsonObject::fromVariantMap(r.fields)},
                       {QStringLiteral("deleted"), r.deleted}};
}

QJsonObject recordBody(const FakeRecord &r)
{
    return QJsonObject{{QStringLiteral("record"), toJson(r)}};
}

bool pullOrder(const FakeRecord *a, const FakeRecord *b)
{
    return a->modifiedMs != b->modifiedMs ? a->modifiedMs < b->modifiedMs : a->id < b->id;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

QString FakeRecord::modifiedAt() const
{
    return QDateTime::fromMSecsSinceEpoch(modifiedMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

RemoteRecord FakeRecord::toRemote() const
{
    RemoteRecord r;
    r.remoteId = id;
    r.version = QString::number(version);
    r.modifiedAt = modifiedAt();
    r.fields = fields;
    r.deleted = deleted;
    return r;
}

FakeBackend::FakeBackend(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_random(1u)
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeBackend::onNewConnection);
    m_server->listen(QHostAddress::LocalHost, 0);
}

FakeBackend::~FakeBackend() = default;

bool FakeBackend::isListening() const
{
    return m_server->isListening();
}

QUrl FakeBackend::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void FakeBackend::setCapabilities(const QString &entity, const ConnectorCapabilities &caps)
{
    EntityOptions &o = m_options[entity];
    o.nativeIdempotency = caps.nativeIdempotency;
    o.tombstones = caps.tombstones;
    o.optimisticLocking = caps.optimisticLocking;
}

void FakeBackend::setNativeIdempotency(const QString &entity, bool on) { m_options[entity].nativeIdempotency = on; }
void FakeBackend::setTombstones(const QString &entity, bool on) { m_options[entity].tombstones = on; }
void FakeBackend::setOptimisticLocking(const QString &entity, bool on) { m_options[entity].optimisticLocking = on; }
void FakeBackend::setClockSkew(qint64 ms) { m_skewMs = ms; }

void FakeBackend::addRule(const QString &entity, const QString &field, Rule valid, const QString &message)
{
    m_rules[entity].append({field, std::move(valid), message});
}

void FakeBackend::clearRules(const QString &entity)
{
    if (entity.isEmpty())
        m_rules.clear();
    else
        m_rules.remove(entity);
}

void FakeBackend::inject(const Fault &fault) { m_faults.append(fault); }
void FakeBackend::clearFaults() { m_faults.clear(); }
void FakeBackend::setSeed(quint32 seed) { m_random.seed(seed); }

// ---- direct access -------------------------------------------------------------------------

FakeRecord FakeBackend::insert(const QString &entity, const QVariantMap &fields, const QString &key)
{
    FakeRecord r;
    r.id = nextId(entity);
    r.version = 1;
    r.modifiedMs = nextStamp();
    r.fields = fields;
    r.key = key;
    if (!key.isEmpty())
        r.appliedKeys.insert(key);
    m_data[entity].insert(r.id, r);
    return r;
}

bool FakeBackend::edit(const QString &entity, const QString &id, const QVariantMap &changes)
{
    FakeRecord *r = live(entity, id);
    if (!r)
        return false;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        r->fields.insert(it.key(), it.value());
    ++r->version;
    r->modifiedMs = nextStamp();
    return true;
}

bool FakeBackend::remove(const QString &entity, const QString &id)
{
    FakeRecord *r = live(entity, id);
    if (!r)
        return false;
    // Kept as a tombstone; pulls show it only where the entity has tombstones.
    r->deleted = true;
    ++r->version;
    r->modifiedMs = nextStamp();
    // A customer takes its contacts with it, as a real server's foreign key does (Tryton's party
    // cascades to its contact mechanisms): no contact is left pointing at nothing.
    if (entity == QLatin1String("customer")) {
        auto contacts = m_data.find(QStringLiteral("contact"));
        if (contacts != m_data.end())
            for (FakeRecord &c : *contacts)
                if (!c.deleted && c.fields.value(QStringLiteral("customer_id")).toString() == id) {
                    c.deleted = true;
                    ++c.version;
                    c.modifiedMs = nextStamp();
                }
    }
    return true;
}

QList<FakeRecord> FakeBackend::records(const QString &entity) const
{
    QList<const FakeRecord *> sorted;
    for (const FakeRecord &r : table(entity))
        if (!r.deleted)
            sorted.append(&r);
    std::sort(sorted.begin(), sorted.end(), pullOrder);
    QList<FakeRecord> out;
    for (const FakeRecord *r : sorted)
        out.append(*r);
    return out;
}

std::optional<FakeRecord> FakeBackend::record(const QString &entity, const QString &id) const
{
    const auto table = m_data.constFind(entity);
    if (table == m_data.cend())
        return std::nullopt;
    const auto it = table->constFind(id);
    if (it == table->cend() || it->deleted)
        return std::nullopt;
    return *it;
}

int FakeBackend::count(const QString &entity) const
{
    return int(records(entity).size());
}

std::optional<FakeRecord> FakeBackend::findByKey(const QString &entity, const QString &key, bool withDeleted) const
{
    if (key.isEmpty())
        return std::nullopt;
    for (const FakeRecord &r : table(entity))
        if ((withDeleted || !r.deleted) && r.key == key)
            return r;
    return std::nullopt;
}

int FakeBackend::requestCount(const QByteArray &method, const QString &pathPrefix) const
{
    return int(std::count_if(m_requestLog.cbegin(), m_requestLog.cend(), [&](const auto &entry) {
        return (method.isEmpty() || entry.first == method) && entry.second.startsWith(pathPrefix);
    }));
}

int FakeBackend::createsForKey(const QString &key) const
{
    return m_createsPerKey.value(key);
}

int FakeBackend::commandsForKey(const QString &key) const
{
    return m_commandsPerKey.value(key);
}

void FakeBackend::resetCounters()
{
    m_requestLog.clear();
    m_createsPerKey.clear();
    m_commandsPerKey.clear();
}

// ---- the wire ------------------------------------------------------------------------------

void FakeBackend::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeBackend::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("sbServed").toBool())
        return; // one request per connection
    // Peek until the whole request is there, so no per-socket buffer is needed.
    const QByteArray data = socket->peek(socket->bytesAvailable());
    const int headerEnd = int(data.indexOf("\r\n\r\n"));
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qint64 contentLength = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = int(lines[i].indexOf(':'));
        if (colon > 0 && lines[i].left(colon).trimmed().toLower() == "content-length")
            contentLength = lines[i].mid(colon + 1).trimmed().toLongLong();
    }
    const qint64 total = headerEnd + 4 + contentLength;
    if (data.size() < total)
        return;
    socket->read(total);
    socket->setProperty("sbServed", true);
    if (requestLine.size() < 2) {
        send(socket, error(400, QStringLiteral("bad request line")));
        return;
    }

    Request request;
    request.method = requestLine[0];
    const QUrl target(QStringLiteral("http://fake") + QString::fromLatin1(requestLine[1]));
    request.path = target.path(QUrl::FullyDecoded);
    const auto items = QUrlQuery(target).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        request.query.insert(item.first, item.second);
    request.body = data.mid(headerEnd + 4, contentLength);
    serve(socket, request);
}

std::optional<Fault> FakeBackend::takeFault(const Request &request)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.remaining == 0 || (!f.method.isEmpty() && f.method != request.method))
            continue;
        if (f.exactPath ? request.path != f.pathPrefix : !request.path.startsWith(f.pathPrefix))
            continue;
        if (f.probability < 1.0 && m_random.generateDouble() >= f.probability)
            continue;
        const Fault hit = f;
        if (f.remaining > 0 && --f.remaining == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

void FakeBackend::serve(QTcpSocket *socket, const Request &request)
{
    m_requestLog.append({request.method, request.path});
    emit requestReceived(request.method, request.path);

    const std::optional<Fault> fault = takeFault(request);
    if (!fault) {
        send(socket, route(request, PageMode::Normal));
        return;
    }
    switch (fault->kind) {
    case Fault::ConnectionReset:
        socket->abort();
        return;
    case Fault::CommitThenReset:
        route(request, PageMode::Normal);
        socket->abort();
        return;
    case Fault::Delay: {
        const Reply reply = route(request, PageMode::Normal);
        QTimer::singleShot(fault->delayMs, socket, [socket, reply] {
            if (socket->state() == QAbstractSocket::ConnectedState)
                send(socket, reply);
        });
        return;
    }
    case Fault::Status: {
        if (fault->commitFirst)
            route(request, PageMode::Normal);
        Reply reply = error(fault->statusCode, fault->message.isEmpty() ? QStringLiteral("injected failure") : fault->message);
        if (!fault->retryAfterRaw.isEmpty())
            reply.headers.append({"Retry-After", fault->retryAfterRaw});
        else if (fault->retryAfterSeconds >= 0)
            reply.headers.append({"Retry-After", QByteArray::number(fault->retryAfterSeconds)});
        send(socket, reply);
        return;
    }
    case Fault::Truncate:
        send(socket, route(request, PageMode::Normal), true);
        return;
    case Fault::Malformed: {
        route(request, PageMode::Normal);
        Reply reply;
        reply.body = "{\"records\": [{\"id\": \"x-1\", \"fields\": {"; // JSON that stops mid-object
        send(socket, reply);
        return;
    }
    case Fault::DuplicatePage:
        send(socket, route(request, PageMode::Duplicate));
        return;
    case Fault::ReorderPage:
        send(socket, route(request, PageMode::Reorder));
        return;
    case Fault::CursorInvalid:
        send(socket, error(410, QStringLiteral("cursor_invalid")));
        return;
    }
}

void FakeBackend::send(QTcpSocket *socket, const Reply &reply, bool truncate)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (reply.status != 204) {
        out += "Content-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    }
    for (const auto &header : reply.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += truncate ? reply.body.left(reply.body.size() / 2) : reply.body;
    socket->write(out);
    socket->disconnectFromHost(); // after the buffered bytes are written
}

FakeBackend::Reply FakeBackend::json(int status, const QJsonObject &body)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

FakeBackend::Reply FakeBackend::error(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

// ---- the API -------------------------------------------------------------------------------

FakeBackend::Reply FakeBackend::route(const Request &request, PageMode mode)
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts[0] != QLatin1String("api"))
        return error(404, QStringLiteral("no such route"));
    const QString &entity = parts[1];
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return error(400, QStringLiteral("the body is not a JSON object"));
        body = doc.object();
    }
    const QByteArray &m = request.method;
    if (parts.size() == 2 && m == "GET")
        return list(entity, request, mode);
    if (parts.size() == 2 && m == "POST")
        return create(entity, body);
    if (parts.size() == 3 && m == "GET" && parts[2] == QLatin1String("ids"))
        return ids(entity);
    if (parts.size() == 3 && m == "POST" && parts[2] == QLatin1String("fetch"))
        return fetch(entity, body);
    if (parts.size() == 3 && m == "POST" && parts[2] == QLatin1String("batch"))
        return createBatch(entity, body);
    if (parts.size() == 3 && m == "POST" && parts[2] == QLatin1String("by-keys"))
        return byKeys(entity, body);
    if (parts.size() == 3 && m == "PATCH" && parts[2] == QLatin1String("batch"))
        return updateBatch(entity, body);
    if (parts.size() == 3 && m == "PATCH")
        return update(entity, parts[2], body);
    if (parts.size() == 3 && m == "DELETE")
        return erase(entity, parts[2]);
    if (parts.size() == 4 && m == "GET" && parts[2] == QLatin1String("by-key"))
        return byKey(entity, parts[3]);
    if (parts.size() == 5 && m == "POST" && parts[3] == QLatin1String("commands"))
        return command(entity, parts[2], parts[4], body);
    if (parts.size() == 6 && m == "GET" && parts[3] == QLatin1String("commands") && parts[4] == QLatin1String("by-key"))
        return commandByKey(entity, parts[2], parts[5]);
    return error(405, QStringLiteral("no such operation"));
}

FakeBackend::Reply FakeBackend::list(const QString &entity, const Request &request, PageMode mode)
{
    const QString sinceTime = request.query.value(QStringLiteral("since_time"));
    const QString sinceId = request.query.value(QStringLiteral("since_id"));
    qint64 sinceMs = std::numeric_limits<qint64>::min();
    if (!sinceTime.isEmpty()) {
        const QDateTime t = QDateTime::fromString(sinceTime, Qt::ISODateWithMs);
        if (!t.isValid())
            return error(400, QStringLiteral("since_time is not an ISO 8601 time"));
        sinceMs = t.toMSecsSinceEpoch();
    }
    bool limitOk = false;
    int limit = request.query.value(QStringLiteral("limit")).toInt(&limitOk);
    limit = limitOk ? qBound(1, limit, 1000) : 100;

    const bool tombstones = options(entity).tombstones;
    QList<const FakeRecord *> matching;
    for (const FakeRecord &r : table(entity)) {
        if (r.deleted && !tombstones)
            continue;
        if (r.modifiedMs > sinceMs || (r.modifiedMs == sinceMs && r.id > sinceId))
            matching.append(&r);
    }
    std::sort(matching.begin(), matching.end(), pullOrder);
    const QList<const FakeRecord *> page = matching.mid(0, limit);

    QJsonObject next{{QStringLiteral("time"), sinceTime}, {QStringLiteral("id"), sinceId}};
    if (!page.isEmpty())
        next = {{QStringLiteral("time"), page.last()->modifiedAt()}, {QStringLiteral("id"), page.last()->id}};
    QList<const FakeRecord *> sent = page;
    if (mode == PageMode::Duplicate)
        sent += page.mid(0, (page.size() + 1) / 2);
    else if (mode == PageMode::Reorder)
        std::reverse(sent.begin(), sent.end());
    QJsonArray records;
    for (const FakeRecord *r : sent)
        records.append(toJson(*r));
    return json(200, {{QStringLiteral("records"), records},
                      {QStringLiteral("next"), next},
                      {QStringLiteral("has_more"), matching.size() > page.size()}});
}

FakeBackend::Reply FakeBackend::create(const QString &entity, const QJsonObject &body)
{
    if (!body.value(QStringLiteral("fields")).isObject())
        return error(400, QStringLiteral("fields must be an object"));
    const QString key = body.value(QStringLiteral("key")).toString();
    if (options(entity).nativeIdempotency) {
        // A repeated key never creates again, not even after its record was deleted.
        if (const auto existing = findByKey(entity, key, true))
            return json(200, recordBody(*existing));
    }
    const QVariantMap fields = body.value(QStringLiteral("fields")).toObject().toVariantMap();
    if (const auto message = violatedRule(entity, fields))
        return error(422, *message);
    const FakeRecord r = insert(entity, fields, key);
    if (!key.isEmpty())
        ++m_createsPerKey[key];
    return json(201, recordBody(r));
}

FakeBackend::Reply FakeBackend::update(const QString &entity, const QString &id, const QJsonObject &body)
{
    FakeRecord *r = live(entity, id);
    if (!r)
        return error(404, QStringLiteral("not_found"));
    if (!body.value(QStringLiteral("fields")).isObject())
        return error(400, QStringLiteral("fields must be an object"));
    const EntityOptions opt = options(entity);
    const QString key = body.value(QStringLiteral("key")).toString();
    if (opt.nativeIdempotency && !key.isEmpty() && r->appliedKeys.contains(key))
        return json(200, recordBody(*r)); // a repeated update: already applied
    const QJsonValue base = body.value(QStringLiteral("base_version"));
    const QString baseVersion = base.isDouble() ? QString::number(base.toInteger()) : base.toString();
    if (opt.optimisticLocking && !baseVersion.isEmpty() && baseVersion != QString::number(r->version)) {
        return json(409, {{QStringLiteral("error"), QStringLiteral("conflict")},
                          {QStringLiteral("record"), toJson(*r)}});
    }
    QVariantMap merged = r->fields;
    const QVariantMap changes = body.value(QStringLiteral("fields")).toObject().toVariantMap();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        merged.insert(it.key(), it.value());
    if (const auto message = violatedRule(entity, merged))
        return error(422, *message);
    r->fields = merged;
    ++r->version;
    r->modifiedMs = nextStamp();
    if (!key.isEmpty())
        r->appliedKeys.insert(key);
    return json(200, recordBody(*r));
}

FakeBackend::Reply FakeBackend::command(const QString &entity, const QString &id, const QString &name, const QJsonObject &body)
{
    FakeRecord *r = live(entity, id);
    if (!r)
        return error(404, QStringLiteral("not_found"));
    const QString key = body.value(QStringLiteral("key")).toString();
    const QJsonObject args = body.value(QStringLiteral("args")).toObject();
    r->fields.insert(QStringLiteral("last_command"), name);
    if (args.contains(QStringLiteral("state")))
        r->fields.insert(QStringLiteral("state"), args.value(QStringLiteral("state")).toString());
    ++r->version;
    r->modifiedMs = nextStamp();
    if (!key.isEmpty()) {
        r->appliedKeys.insert(key);
        ++m_commandsPerKey[key];
    }
    return json(200, recordBody(*r));
}

FakeBackend::Reply FakeBackend::commandByKey(const QString &entity, const QString &id, const QString &key)
{
    FakeRecord *r = live(entity, id);
    if (!r || !r->appliedKeys.contains(key))
        return error(404, QStringLiteral("not_found"));
    return json(200, recordBody(*r));
}

FakeBackend::Reply FakeBackend::erase(const QString &entity, const QString &id)
{
    if (!remove(entity, id))
        return error(404, QStringLiteral("not_found"));
    Reply r;
    r.status = 204;
    return r;
}

FakeBackend::Reply FakeBackend::byKey(const QString &entity, const QString &key)
{
    // A deleted record is answered as such ("deleted": true): the key did make a record, and a
    // client must not take the 404 of an unknown key as "never arrived" and create it again.
    if (const auto r = findByKey(entity, key, true))
        return json(200, recordBody(*r));
    return error(404, QStringLiteral("not_found"));
}

FakeBackend::Reply FakeBackend::ids(const QString &entity)
{
    QStringList all;
    for (const FakeRecord &r : table(entity))
        if (!r.deleted)
            all.append(r.id);
    all.sort();
    return json(200, {{QStringLiteral("ids"), QJsonArray::fromStringList(all)}});
}

FakeBackend::Reply FakeBackend::fetch(const QString &entity, const QJsonObject &body)
{
    if (!body.value(QStringLiteral("ids")).isArray())
        return error(400, QStringLiteral("ids must be an array"));
    QJsonArray records;
    const QJsonArray wanted = body.value(QStringLiteral("ids")).toArray();
    for (const QJsonValue &id : wanted)
        if (const auto r = record(entity, id.toString()))
            records.append(toJson(*r));
    return json(200, {{QStringLiteral("records"), records}});
}

std::optional<QString> FakeBackend::violatedRule(const QString &entity, const QVariantMap &fields) const
{
    for (const ValidationRule &rule : m_rules.value(entity))
        if (!rule.valid(fields.value(rule.field)))
            return rule.message;
    return std::nullopt;
}

const QMap<QString, FakeRecord> &FakeBackend::table(const QString &entity) const
{
    static const QMap<QString, FakeRecord> none;
    const auto it = m_data.constFind(entity);
    return it == m_data.cend() ? none : *it;
}

FakeRecord *FakeBackend::live(const QString &entity, const QString &id)
{
    auto table = m_data.find(entity);
    if (table == m_data.end())
        return nullptr;
    auto it = table->find(id);
    return it == table->end() || it->deleted ? nullptr : &*it;
}

qint64 FakeBackend::nextStamp()
{
    // Strictly increasing on the real clock, so two writes in one millisecond still order;
    // the skew is added afterwards so that changing it can move time backwards.
    m_lastRealMs = qMax(QDateTime::currentMSecsSinceEpoch(), m_lastRealMs + 1);
    return m_lastRealMs + m_skewMs;
}

QString FakeBackend::nextId(const QString &entity)
{
    const QString prefix = entity.isEmpty() ? QStringLiteral("x") : entity.left(1).toLower();
    return prefix + QLatin1Char('-') + QString::number(m_nextId++);
}

} // namespace sb
