#include "SyncLists.h"
#include "models/store/Outbox.h"

#include "ListModels.h"
#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sb {

namespace {
QString h(const char *text) { return QCoreApplication::translate("SyncLists", text); }

SqlColumn column(const char *header, const QString &expr, SqlColumn::Format format = SqlColumn::Text,
                 std::function<QString(const QVariant &)> label = {})
{
    return SqlColumn{h(header), expr, format, std::move(label), QString()};
}

// The name of the record a row points at, looked up in the table of its entity.
QString recordNameExpr(const QString &alias)
{
    QStringList whens;
    for (const Entity *e : entities::all())
        whens << QStringLiteral("WHEN '%1' THEN (SELECT %2 FROM %3 WHERE id = %4.record_id)")
                     .arg(e->name, e->displayColumn, e->table, alias);
    return QStringLiteral("coalesce(CASE %1.entity %2 END, '#' || %1.record_id)").arg(alias, whens.join(QLatin1Char(' ')));
}

// Conflict values are stored as {"v": value}; a whole-record conflict has no field values.
QString conflictValue(const char *side)
{
    return QStringLiteral("CASE WHEN c.field = '*' THEN NULL ELSE json_extract(c.%1, '$.v') END").arg(QLatin1String(side));
}

QString levelLabel(const QVariant &v)
{
    const QString level = v.toString();
    if (level == QLatin1String("error"))
        return h(QT_TRANSLATE_NOOP("SyncLists", "Error"));
    if (level == QLatin1String("warning"))
        return h(QT_TRANSLATE_NOOP("SyncLists", "Warning"));
    return h(QT_TRANSLATE_NOOP("SyncLists", "Info"));
}

QString durationLabel(const QVariant &v)
{
    if (v.isNull())
        return QString();
    const qint64 ms = v.toLongLong();
    return ms < 1000 ? h(QT_TRANSLATE_NOOP("SyncLists", "%1 ms")).arg(ms)
                     : h(QT_TRANSLATE_NOOP("SyncLists", "%1 s")).arg(QLocale().toString(ms / 1000.0, 'f', 1));
}
} // namespace

namespace lists {

SqlWindowModel *outboxInStates(Database &db, const QList<OutboxState> &states, QObject *parent)
{
    // Same columns as the outbox list; only the scope differs. "x" is that list's alias.
    SqlWindowModel *m = outbox(db, parent);
    QStringList marks;
    QVariantList bindings;
    for (OutboxState s : states) {
        marks << QStringLiteral("?");
        bindings << QString(sqlValue(s));
    }
    m->setSource(QStringLiteral("outbox x"), QStringLiteral("x.id"), QString(),
                 QStringLiteral("%1 AND x.state IN (%2)").arg(sql::openEntry(QStringLiteral("x.")), marks.join(QLatin1Char(','))),
                 bindings);
    m->refresh();
    return m;
}

SqlWindowModel *outboxWaiting(Database &db, QObject *parent)
{
    SqlWindowModel *m = outbox(db, parent);
    m->setSource(QStringLiteral("outbox x"), QStringLiteral("x.id"), QString(), sql::waitingToSend(QStringLiteral("x.")));
    m->refresh();
    return m;
}

SqlWindowModel *outboxKeptHere(Database &db, QObject *parent)
{
    SqlWindowModel *m = outbox(db, parent);
    m->setSource(QStringLiteral("outbox x"), QStringLiteral("x.id"), QString(), sql::keptHere(QStringLiteral("x.")));
    // State, attempts and the engine's note say nothing here: the reason replaces them.
    QList<SqlColumn> columns = m->columns().mid(0, 4);
    columns << column(QT_TRANSLATE_NOOP("SyncLists", "Why it stays here"),
                      QStringLiteral("CASE WHEN x.op = '%1' THEN x.entity || '.' || json_extract(x.payload, '$.command') "
                                     "ELSE x.entity END")
                          .arg(sqlValue(OutboxOp::Command)),
                      SqlColumn::Text, [](const QVariant &v) { return keptHereReason(v.toString()); });
    m->setColumns(columns);
    m->refresh();
    return m;
}

SqlWindowModel *conflicts(Database &db, QObject *parent)
{
    auto *m = new SqlWindowModel(db, parent);
    m->setSource(QStringLiteral("conflicts c"), QStringLiteral("c.id"), QString(), QStringLiteral("c.resolved_at IS NULL"));
    m->addField(QStringLiteral("entity"), QStringLiteral("c.entity"));
    m->addField(QStringLiteral("record_id"), QStringLiteral("c.record_id"));
    m->addField(QStringLiteral("field"), QStringLiteral("c.field"));
    m->setColumns({
        column(QT_TRANSLATE_NOOP("SyncLists", "Since"), QStringLiteral("c.created_at"), SqlColumn::Relative),
        column(QT_TRANSLATE_NOOP("SyncLists", "Object"), QStringLiteral("c.entity"), SqlColumn::Text,
               [](const QVariant &v) { return vocab::entityLabel(v.toString()); }),
        column(QT_TRANSLATE_NOOP("SyncLists", "Record"), recordNameExpr(QStringLiteral("c"))),
        column(QT_TRANSLATE_NOOP("SyncLists", "Field"), QStringLiteral("c.field"), SqlColumn::Text,
               [](const QVariant &v) {
                   return v.toString() == QLatin1String("*")
                              ? h(QT_TRANSLATE_NOOP("SyncLists", "Whole record (deleted on the server)"))
                              : v.toString();
               }),
        column(QT_TRANSLATE_NOOP("SyncLists", "Base"), conflictValue("base")),
        column(QT_TRANSLATE_NOOP("SyncLists", "Mine"), conflictValue("mine")),
        column(QT_TRANSLATE_NOOP("SyncLists", "Theirs"), conflictValue("theirs")),
    });
    m->setDefaultSort(QStringLiteral("c.id"));
    m->refresh();
    return m;
}

SqlWindowModel *syncLog(Database &db, QObject *parent)
{
    auto *m = new SqlWindowModel(db, parent);
    m->setSource(QStringLiteral("sync_log l"), QStringLiteral("l.id"), QString());
    m->addField(QStringLiteral("level"), QStringLiteral("l.level"));
    m->addField(QStringLiteral("entity"), QStringLiteral("l.entity"));
    m->addField(QStringLiteral("record_id"), QStringLiteral("l.record_id"));
    m->setColumns({
        column(QT_TRANSLATE_NOOP("SyncLists", "Time"), QStringLiteral("l.at"), SqlColumn::Relative),
        column(QT_TRANSLATE_NOOP("SyncLists", "Level"), QStringLiteral("l.level"), SqlColumn::Text, levelLabel),
        column(QT_TRANSLATE_NOOP("SyncLists", "Object"), QStringLiteral("l.entity"), SqlColumn::Text,
               [](const QVariant &v) { return v.isNull() ? QString() : vocab::entityLabel(v.toString()); }),
        column(QT_TRANSLATE_NOOP("SyncLists", "Record"),
               QStringLiteral("CASE WHEN l.record_id IS NULL THEN NULL ELSE %1 END").arg(recordNameExpr(QStringLiteral("l")))),
        column(QT_TRANSLATE_NOOP("SyncLists", "Message"), QStringLiteral("l.message")),
        column(QT_TRANSLATE_NOOP("SyncLists", "Duration"), QStringLiteral("l.duration_ms"), SqlColumn::Number, durationLabel),
    });
    m->setDefaultSort(QStringLiteral("l.id DESC"));
    m->refresh();
    return m;
}

} // namespace lists

QString keptHereReason(const QString &key)
{
    const QString entity = key.section(QLatin1Char('.'), 0, 0);
    const QString command = key.section(QLatin1Char('.'), 1);
    const QString what = command.isEmpty()
                             ? vocab::entityLabel(entity)
                             : h(QT_TRANSLATE_NOOP("SyncLists", "%1 “%2”")).arg(vocab::entityLabel(entity), command);
    return h(QT_TRANSLATE_NOOP("SyncLists", "No server for %1 is set up yet: kept on this computer, sent once one is."))
        .arg(what);
}

Result<SyncCentreCounts> SyncCentreStore::counts()
{
    // The last finished cycle is the one log line without an object that carries a duration.
    auto r = m_db.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM outbox x WHERE %1), "
        "       (SELECT count(*) FROM outbox x WHERE %2 AND %3), "
        "       (SELECT count(*) FROM conflicts WHERE resolved_at IS NULL), "
        "       (SELECT max(at) FROM sync_log WHERE entity IS NULL AND duration_ms IS NOT NULL), "
        "       (SELECT count(*) FROM outbox x WHERE %4)")
                           .arg(sql::waitingToSend(QStringLiteral("x.")), sql::openEntry(QStringLiteral("x.")),
                                sql::outboxState(OutboxState::Failed, QStringLiteral("x.")), sql::keptHere(QStringLiteral("x."))));
    if (!r)
        return Result<SyncCentreCounts>::fail(r.error());
    SyncCentreCounts c;
    if (r.value().next()) {
        c.pending = r.value().value(0).toInt();
        c.failed = r.value().value(1).toInt();
        c.conflicts = r.value().value(2).toInt();
        c.lastSyncAt = r.value().value(3).toString();
        c.keptHere = r.value().value(4).toInt();
    }
    return Result<SyncCentreCounts>::ok(c);
}

Result<std::optional<QueuedChange>> SyncCentreStore::entry(qint64 outboxId)
{
    auto r = m_db.exec(QStringLiteral("SELECT entity, record_id, op, payload, idempotency_key, created_at, "
                                      "state, attempts, last_error FROM outbox WHERE id = ?"),
                       {outboxId});
    if (!r)
        return Result<std::optional<QueuedChange>>::fail(r.error());
    QSqlQuery &q = r.value();
    if (!q.next())
        return Result<std::optional<QueuedChange>>::ok(std::nullopt);
    QueuedChange e;
    e.entity = q.value(0).toString();
    e.recordId = q.value(1).toLongLong();
    e.op = outboxOpFrom(q.value(2).toString());
    e.payload = q.value(3).toString();
    e.idempotencyKey = q.value(4).toString();
    e.createdAt = q.value(5).toString();
    e.state = outboxStateFrom(q.value(6).toString());
    e.attempts = q.value(7).toInt();
    e.lastError = q.value(8);
    return Result<std::optional<QueuedChange>>::ok(e);
}

Status SyncCentreStore::retry(qint64 outboxId)
{
    return Outbox(m_db).retryEntry(outboxId); // the same rule as a new edit of the record
}

} // namespace sb
