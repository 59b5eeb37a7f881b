#include "RecordApplier.h"
#include "models/store/Outbox.h"

#include "ForeignKeys.h"
#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/RawStatement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>

#include <tuple>

namespace sb {

namespace {
// Appends text as UTF-8 without a temporary array in between.
void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype at = out.size();
    out.resize(at + text.size() * 3);
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    char *end = encoder.appendToBuffer(out.data() + at, text);
    out.truncate(end - out.constData());
}
} // namespace

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    // Runs without anything to escape (nearly all text) are converted in one go.
    const char16_t *chars = QStringView(text).utf16();
    const qsizetype size = text.size();
    qsizetype start = 0;
    out += '"';
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = chars[i];
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        if (i > start)
            appendUtf8(out, QStringView(chars + start, i - start));
        if (c < 0x20) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            out += '\\';
            out += char(c);
        }
        start = i + 1;
    }
    if (size > start)
        appendUtf8(out, QStringView(chars + start, size - start));
    out += '"';
}

namespace {
// A flat map of text, numbers, booleans and nulls (every base snapshot) is written directly:
// the QJsonObject route cost more than inserting the row. Anything else returns false.
bool appendScalarJson(QByteArray &out, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out += "null";
        return true;
    case QMetaType::Bool:
        out += v.toBool() ? "true" : "false";
        return true;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
        out += QByteArray::number(v.toLongLong());
        return true;
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (!qIsFinite(d))
            return false;
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        return true;
    }
    case QMetaType::QString:
        if (v.isNull()) // how SQL NULL often arrives
            out += "null";
        else
            appendJsonString(out, v.toString());
        return true;
    default:
        return false;
    }
}
} // namespace

QByteArray toJsonUtf8(const QVariantMap &map)
{
    QByteArray out;
    out.reserve(48 * (map.size() + 1));
    out += '{';
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it != map.cbegin())
            out += ',';
        appendJsonString(out, it.key());
        out += ':';
        if (!appendScalarJson(out, it.value()))
            return QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact);
    }
    out += '}';
    return out;
}

QString toJsonText(const QVariantMap &map)
{
    return QString::fromUtf8(toJsonUtf8(map));
}

QVariantMap fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object().toVariantMap();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool an = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bn = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (an || bn)
        return an == bn;
    const bool aText = a.typeId() == QMetaType::QString;
    const bool bText = b.typeId() == QMetaType::QString;
    if (!aText && !bText)
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

RecordApplier::RecordApplier(Database &db, QString system, const Connector *connector)
    : m_db(db)
    , m_system(std::move(system))
    , m_connector(connector)
{
}

bool RecordApplier::sameInsertShape(const QString &table, const QVariantMap &fields) const
{
    if (table != m_insertTable || fields.size() != m_insertKeys.size())
        return false;
    qsizetype i = 0;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it, ++i)
        if (it.key() != m_insertKeys.at(i))
            return false;
    return true;
}

Result<QVariantMap> RecordApplier::toLocal(const Entity &entity, const QVariantMap &fields, QString *missingParent)
{
    // The fields the table has: a connector's record mostly has no others, and then the map is
    // taken as it is (shared) instead of being rebuilt entry by entry.
    auto columns = m_columnSets.constFind(entity.name);
    if (columns == m_columnSets.cend()) {
        const QStringList &list = entity.columns;
        columns = m_columnSets.insert(entity.name, QSet<QString>(list.cbegin(), list.cend()));
    }
    QVariantMap out = fields;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!columns->contains(it.key()))
            out.remove(it.key()); // copies the map the first time only
    for (const ForeignKey &fk : foreignKeys(entity.name)) {
        if (!out.contains(fk.field) || out.value(fk.field).isNull())
            continue;
        const Entity *parent = entities::byName(fk.parentEntity);
        const RemoteRef ref = RemoteRef::from(out.value(fk.field), m_system);
        qint64 local = 0;
        if (parent && ref.system == m_system)
            local = localIdFor(*parent, ref.id); // the page's look-ups first
        if (parent && !local && !ref.id.isEmpty())
            local = resolve(*parent, ref.system, ref.id);
        if (parent && !local && !ref.code.isEmpty())
            local = resolveCode(*parent, ref.code);
        for (qsizetype i = 0; parent && !local && i < ref.codes.size(); ++i)
            local = resolveCode(*parent, ref.codes.at(i));
        if (!local && fk.optional) {
            out.insert(fk.field, QVariant());
            continue;
        }
        if (!local) {
            if (missingParent)
                *missingParent = fk.parentEntity;
            return Result<QVariantMap>::fail(
                QCoreApplication::translate("sb::RecordApplier", "The server sent a %1 whose %2 is unknown here.")
                    .arg(vocab::entityLabel(entity.name), vocab::entityLabel(fk.parentEntity)));
        }
        out.insert(fk.field, local);
    }
    // A record that names its contact but not its customer (a calendar meeting with a
    // customer's contact among its attendees) belongs to the contact's customer.
    if (entity.columns.contains(QLatin1String("customer_id")) && entity.columns.contains(QLatin1String("contact_id"))
        && out.value(QStringLiteral("customer_id")).isNull() && !out.value(QStringLiteral("contact_id")).isNull()) {
        QSqlQuery &q = m_db.cached(QStringLiteral("SELECT customer_id FROM contacts WHERE id = ?"));
        q.bindValue(0, out.value(QStringLiteral("contact_id")));
        if (q.exec() && q.next())
            out.insert(QStringLiteral("customer_id"), q.value(0));
        q.finish();
    }
    return Result<QVariantMap>::ok(out);
}

Result<QHash<QString, QVariantList>> RecordApplier::sentValues(const Entity &entity, qint64 localId)
{
    using R = Result<QHash<QString, QVariantList>>;
    // An update's payload holds what its attempts sent (OutboxQueue::markInFlight), in local form.
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "SELECT payload FROM outbox WHERE entity = ? AND record_id = ? AND state <> 'done' AND op = 'update' "
        "AND state = 'in_flight'")); // "<> 'done'": the index of open entries, not the record's history
    q.bindValue(0, entity.name);
    q.bindValue(1, localId);
    if (!q.exec())
        return R::fail(describeSqlError(q));
    QHash<QString, QVariantList> out;
    while (q.next()) {
        const QVariantMap payload = fromJsonText(q.value(0).toString());
        for (auto it = payload.cbegin(); it != payload.cend(); ++it)
            out[it.key()] << it.value();
    }
    return R::ok(out);
}

bool RecordApplier::hasPendingChanges(const Entity &entity, qint64 localId, qint64 exceptOutboxId)
{
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "SELECT count(*) FROM outbox WHERE entity = ? AND record_id = ? AND state <> 'done' AND id <> ?"));
    q.bindValue(0, entity.name);
    q.bindValue(1, localId);
    q.bindValue(2, exceptOutboxId);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

Status RecordApplier::recordConflict(const Entity &entity, qint64 localId, const QString &field, const QVariant &base,
                                     const QVariant &mine, const QVariant &theirs, const QString &theirsVersion)
{
    auto wrap = [](const QVariant &v) { return toJsonText({{QStringLiteral("v"), v}}); };
    // One open conflict per field: a newer server value replaces the older one.
    auto existing = m_db.exec(QStringLiteral("DELETE FROM conflicts WHERE entity = ? AND record_id = ? AND field = ? "
                                             "AND resolved_at IS NULL"),
                              {entity.name, localId, field});
    if (!existing)
        return Status::fail(existing.error());
    auto r = m_db.exec(QStringLiteral("INSERT INTO conflicts (entity, record_id, field, base, mine, theirs, theirs_version, "
                                      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {entity.name, localId, field, wrap(base), wrap(mine), wrap(theirs), theirsVersion, Database::nowUtc()});
    return r ? Status::ok() : Status::fail(r.error());
}

Result<RecordApplier::Outcome> RecordApplier::apply(const Entity &entity, const RemoteRecord &record, QString *missingParent)
{
    using R = Result<Outcome>;
    const qint64 localId = localIdFor(entity, record.remoteId);
    if (record.deleted) {
        if (!localId)
            return R::ok(Outcome::Unchanged);
        return goneOnServer(entity, localId);
    }
    QString missing;
    auto theirs = toLocal(entity, record.fields, &missing);
    if (theirs && missing.isEmpty()) {
        // The customer left out for the contact to give (toLocal), and the contact not here
        // (a meeting whose attendees are no customer's contacts): it waits like a reference
        // that did not resolve.
        if (!record.fields.contains(QStringLiteral("customer_id")) && entity.columns.contains(QLatin1String("contact_id"))
            && entity.columns.contains(QLatin1String("customer_id")) && theirs.value().value(QStringLiteral("customer_id")).isNull())
            missing = QStringLiteral("customer");
    }
    if (!theirs || !missing.isEmpty()) {
        if (missing.isEmpty())
            return R::fail(theirs.error());
        if (record.optional) // not this cache's business (any more): never held
            return localId ? goneOnServer(entity, localId) : R::ok(Outcome::Unchanged);
        if (missingParent)
            *missingParent = missing;
        return R::ok(Outcome::Waiting);
    }
    const QVariantMap &t = theirs.value();
    const QString now = m_pageNow.isEmpty() ? Database::nowUtc() : m_pageNow;

    if (!localId && !record.idempotencyKey.isEmpty()) {
        // Our own create whose reply was lost: link it to the local row, never insert a twin.
        bool found = false;
        qint64 outboxId = 0;
        qint64 rowId = 0;
        if (m_pageCreatesKnown) { // the page's look-up (beginPage)
            const auto it = m_pageCreates.constFind(record.idempotencyKey);
            found = it != m_pageCreates.cend();
            if (found)
                std::tie(outboxId, rowId) = *it;
        } else {
            QSqlQuery &mine = m_db.cached(QStringLiteral("SELECT id, record_id FROM outbox WHERE idempotency_key = ? AND entity = ? "
                                                         "AND op = 'create'"));
            mine.bindValue(0, record.idempotencyKey);
            mine.bindValue(1, entity.name);
            if (!mine.exec())
                return R::fail(describeSqlError(mine));
            found = mine.next();
            outboxId = found ? mine.value(0).toLongLong() : 0;
            rowId = found ? mine.value(1).toLongLong() : 0;
            mine.finish();
        }
        if (found) {
            if (Status s = acknowledge(entity, rowId, record, outboxId); !s)
                return R::fail(s.error());
            Status done = Outbox(m_db).markDone(outboxId);
            return done ? R::ok(Outcome::Updated) : R::fail(done.error());
        }
    }

    if (!localId && isLinked(entity, record.remoteId)) {
        // Known here as another system's record (its home): its fields come from there.
        return R::ok(Outcome::Unchanged);
    }

    if (!localId) {
        // created_at is given rather than left to the column's default, which SQLite would
        // evaluate (strftime('now')) for every row. A page's records mostly have the same fields:
        // the statement's text is made again only when they differ from the last insert's.
        if (!sameInsertShape(entity.table, t)) {
            QString sql = QLatin1String("INSERT INTO ") + entity.table
                          + QLatin1String(" (remote_system,remote_id,remote_version,base_snapshot,local_state,updated_at,created_at");
            m_insertKeys.clear();
            for (auto it = t.cbegin(); it != t.cend(); ++it) {
                sql += QLatin1Char(',') + it.key();
                m_insertKeys << it.key();
            }
            sql += QLatin1String(") VALUES (?,?,?,?,?,?,?");
            for (qsizetype i = 0; i < t.size(); ++i)
                sql += QLatin1String(",?");
            sql += QLatin1Char(')');
            m_insertTable = entity.table;
            m_insertSql = sql;
        }
        const QString &sql = m_insertSql;
        // Pages bring thousands of rows with the same fields: keep the prepared INSERT, and
        // bind through SQLite's own interface (RawStatement: QSqlQuery's binding cost as much).
        RawStatement &insert = m_db.raw(sql);
        const QVariant clean = sqlValue(LocalState::Clean);
        int i = 0;
        for (const QVariant &v : {QVariant(m_system), QVariant(record.remoteId), QVariant(record.version)})
            insert.bind(i++, v);
        insert.bindUtf8(i++, toJsonUtf8(t)); // text, already UTF-8
        for (const QVariant &v : {clean, QVariant(now), QVariant(now)})
            insert.bind(i++, v);
        for (auto it = t.cbegin(); it != t.cend(); ++it)
            insert.bind(i++, it.value());
        if (Status s = insert.run(); !s)
            return R::fail(s.error());
        const qint64 newId = insert.lastInsertId();
        if (m_db.searchIndexDeferred() && Database::hasSearchIndex(entity.table))
            m_unindexed[entity.table].insert(newId);
        if (auto table = m_pageIds.find(entity.table); table != m_pageIds.end())
            table->insert(record.remoteId, newId);
        return R::ok(Outcome::Inserted);
    }

    if (Status s = indexBeforeChanging(entity, localId); !s)
        return R::fail(s.error());
    auto current = m_db.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity.table), {localId});
    if (!current)
        return R::fail(current.error());
    QSqlQuery &row = current.value();
    if (!row.next())
        return R::fail(QStringLiteral("row vanished"));
    const QSqlRecord rec = row.record();
    const QString version = row.value(rec.indexOf(QStringLiteral("remote_version"))).toString();
    const int localState = row.value(rec.indexOf(QStringLiteral("local_state"))).toInt();
    const QVariantMap base = fromJsonText(row.value(rec.indexOf(QStringLiteral("base_snapshot"))).toString());
    // Overlapping pages deliver records we already hold: the version says so.
    if (version == record.version && !record.version.isEmpty())
        return R::ok(Outcome::Unchanged);

    const bool edited = localState != 0 || hasPendingChanges(entity, localId);
    // A write of ours whose reply was lost shows up here as the server's value: it is ours (the
    // base), not a foreign change. Only the same field with the same value as we sent.
    QHash<QString, QVariantList> sent;
    if (edited) {
        auto ours = sentValues(entity, localId);
        if (!ours)
            return R::fail(ours.error());
        sent = ours.value();
    }
    auto sentByUs = [&](const QString &field, const QVariant &value) {
        for (const QVariant &v : sent.value(field))
            if (same(entity, field, v, value))
                return true;
        return false;
    };
    QStringList sets;
    QVariantList values;
    bool conflicted = false;
    for (auto it = t.cbegin(); it != t.cend(); ++it) {
        const QVariant mine = row.value(rec.indexOf(it.key()));
        if (same(entity, it.key(), mine, it.value()))
            continue;
        if (edited) {
            const QVariant b = base.value(it.key());
            if (same(entity, it.key(), it.value(), b) || sentByUs(it.key(), it.value()))
                continue; // only we changed it: keep mine, the outbox sends it
            if (!same(entity, it.key(), mine, b)) {
                if (Status s = recordConflict(entity, localId, it.key(), b, mine, it.value(), record.version); !s)
                    return R::fail(s.error());
                conflicted = true;
                continue;
            }
        }
        sets << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    sets << QStringLiteral("remote_version = ?") << QStringLiteral("base_snapshot = ?") << QStringLiteral("updated_at = ?");
    values << record.version << toJsonText(t) << now << localId;
    if (!edited)
        sets << Outbox::cleanState() << QStringLiteral("sync_error = NULL");
    auto r = m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity.table, sets.join(QLatin1Char(','))), values);
    if (!r)
        return R::fail(r.error());
    if (conflicted)
        return R::ok(Outcome::Conflicted);
    return R::ok(edited ? Outcome::Merged : Outcome::Updated);
}

Status RecordApplier::acknowledge(const Entity &entity, qint64 localId, const RemoteRecord &record, qint64 outboxId)
{
    m_pageIds.clear(); // a row changes its remote id: the page's id lookups start over
    if (Status s = indexBeforeChanging(entity, localId); !s)
        return s;
    const RemoteRef home = homeOf(entity, localId);
    if (!home.id.isEmpty() && home.system != m_system)
        return link(entity, localId, record.remoteId);
    QString missing;
    auto theirs = toLocal(entity, record.fields, &missing);
    const QVariantMap t = theirs ? theirs.value() : QVariantMap();
    const bool stillPending = hasPendingChanges(entity, localId, outboxId);
    if (Status s = adoptDuplicate(entity, localId, record.remoteId); !s)
        return s;
    QStringList sets{QStringLiteral("remote_system = ?"), QStringLiteral("remote_id = ?"), QStringLiteral("remote_version = ?"),
                     QStringLiteral("base_snapshot = ?"), QStringLiteral("sync_error = NULL")};
    QVariantList values{m_system, record.remoteId, record.version, toJsonText(t)};
    if (!stillPending) {
        // Nothing else queued: the server's values (normalized phone numbers, codes) are the truth,
        // except where the server cannot hold the finer local value (Connector::comparable).
        QVariantMap row;
        if (m_connector) {
            auto current = m_db.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity.table), {localId});
            if (current && current.value().next()) {
                const QSqlRecord rec = current.value().record();
                for (int i = 0; i < rec.count(); ++i)
                    row.insert(rec.fieldName(i), current.value().value(i));
            }
        }
        sets << Outbox::cleanState();
        for (auto it = t.cbegin(); it != t.cend(); ++it) {
            if (row.contains(it.key()) && !sameValue(row.value(it.key()), it.value())
                && same(entity, it.key(), row.value(it.key()), it.value()))
                continue;
            sets << it.key() + QStringLiteral(" = ?");
            values << it.value();
        }
    }
    values << localId;
    auto r = m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity.table, sets.join(QLatin1Char(','))), values);
    return r ? Status::ok() : Status::fail(r.error());
}

Status RecordApplier::takeFields(const Entity &entity, qint64 localId, const QVariantMap &fields)
{
    auto local = toLocal(entity, fields, nullptr); // other columns (remote_id, remote_version...) are dropped
    if (!local)
        return Status::fail(local.error());
    if (local.value().isEmpty())
        return Status::ok();
    if (Status s = indexBeforeChanging(entity, localId); !s)
        return s;
    QStringList sets;
    QVariantList values;
    for (auto it = local.value().cbegin(); it != local.value().cend(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    values << localId;
    auto r = m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity.table, sets.join(QLatin1Char(','))), values);
    return r ? Status::ok() : Status::fail(r.error());
}

Status RecordApplier::adoptDuplicate(const Entity &entity, qint64 localId, const QString &remoteId)
{
    // A create whose reply was lost, on a server that cannot tag records with our key, comes
    // back in a pull as a record we do not recognise. When the create is then found (by its
    // contents), that pulled copy is the same record: its children move over and it goes.
    auto dup = m_db.scalar(QStringLiteral("SELECT id FROM %1 WHERE remote_system = ? AND remote_id = ? AND id <> ?").arg(entity.table),
                           {m_system, remoteId, localId});
    if (!dup)
        return Status::fail(dup.error());
    const qint64 copy = dup.value().toLongLong();
    if (copy <= 0)
        return Status::ok();
    if (Status s = indexBeforeChanging(entity, copy); !s)
        return s;
    if (hasPendingChanges(entity, copy))
        return Status::fail(QCoreApplication::translate("sb::RecordApplier", "This %1 exists twice here and both copies have changes; "
                                                                            "resolve one in the sync centre.")
                                .arg(vocab::entityLabel(entity.name)));
    for (const Entity *child : entities::all())
        for (const ForeignKey &fk : foreignKeys(child->name))
            if (fk.parentEntity == entity.name) {
                auto moved = m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(child->table, fk.field), {localId, copy});
                if (!moved)
                    return Status::fail(moved.error());
            }
    auto gone = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity.table), {copy});
    if (!gone)
        return Status::fail(gone.error());
    auto unmap = m_db.exec(QStringLiteral("DELETE FROM id_map WHERE entity = ? AND local_id = ?"), {entity.name, copy});
    return unmap ? Status::ok() : Status::fail(unmap.error());
}

bool RecordApplier::same(const Entity &entity, const QString &field, const QVariant &a, const QVariant &b) const
{
    if (sameValue(a, b))
        return true;
    return m_connector && sameValue(m_connector->comparable(entity.name, field, a), m_connector->comparable(entity.name, field, b));
}

Result<RecordApplier::Outcome> RecordApplier::goneOnServer(const Entity &entity, qint64 localId, qint64 exceptOutboxId)
{
    using R = Result<Outcome>;
    m_pageIds.clear(); // a row may go: the page's id lookups start over
    if (Status s = indexBeforeChanging(entity, localId); !s)
        return R::fail(s.error());
    auto state = m_db.scalar(QStringLiteral("SELECT local_state FROM %1 WHERE id = ?").arg(entity.table), {localId});
    if (!state)
        return R::fail(state.error());
    if (state.value().isNull())
        return R::ok(Outcome::Unchanged);
    const int localState = state.value().toInt();
    // A row created here is clean as far as that create goes ("created" is the create itself).
    const bool clean = localState == sqlValue(LocalState::Clean) || (exceptOutboxId > 0 && localState == sqlValue(LocalState::Created));
    if (localState == sqlValue(LocalState::Deleted) || (clean && !hasPendingChanges(entity, localId, exceptOutboxId))) {
        auto r = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity.table), {localId});
        if (!r)
            return R::fail(r.error());
        Status done = Outbox(m_db).closeRecord(entity, localId);
        return done ? R::ok(Outcome::Deleted) : R::fail(done.error());
    }
    // Edited here, deleted there: a person decides, nothing is silently lost.
    if (Status s = recordConflict(entity, localId, QStringLiteral("*"), QVariant(), QStringLiteral("edited"),
                                  QStringLiteral("deleted"), QString());
        !s)
        return R::fail(s.error());
    return R::ok(Outcome::Conflicted);
}

} // namespace sb
