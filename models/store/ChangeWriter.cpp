#include "ChangeWriter.h"

#include "Database.h"
#include "models/domain/Vocabulary.h"
#include "Outbox.h"
#include "SyncStates.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QJsonObject>
#include <QUuid>

namespace sb {

namespace {

// SQLite hands integers back as qlonglong and Qt widgets produce int or double: compare by value.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() && (a.isNull() || a == b);
    if (a.canConvert<double>() && b.canConvert<double>() && a.typeId() != QMetaType::QString
        && b.typeId() != QMetaType::QString)
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

QVariant normalized(const QVariant &v)
{
    // An empty text field is "no value", like in every form people know.
    if (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty())
        return QVariant();
    return v;
}
} // namespace

Status ChangeWriter::checkColumns(const Entity &entity, const QVariantMap &fields) const
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!entity.columns.contains(it.key()))
            return Status::fail(QCoreApplication::translate("sb::ChangeWriter", "%1 has no field %2.").arg(entity.name, it.key()));
    return Status::ok();
}

Result<qint64> ChangeWriter::create(const Entity &entity, const QVariantMap &fields)
{
    if (Status s = checkColumns(entity, fields); !s)
        return Result<qint64>::fail(s.error());
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<qint64>::fail(tx.error());

    QStringList names;
    QStringList marks;
    QVariantList values;
    QVariantMap payload;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QVariant v = normalized(it.value());
        names << it.key();
        marks << QStringLiteral("?");
        values << v;
        payload.insert(it.key(), v);
    }
    const QString now = Database::nowUtc();
    names << QStringLiteral("local_state") << QStringLiteral("created_at") << QStringLiteral("updated_at");
    marks << Outbox::createdState() << QStringLiteral("?") << QStringLiteral("?");
    values << now << now;
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(entity.table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    // Imports create thousands of rows with the same fields: keep the prepared INSERT.
    QSqlQuery &insert = m_db.cached(sql);
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    if (!insert.exec())
        return Result<qint64>::fail(describeSqlError(insert));
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Status s = enqueue(entity, id, OutboxOp::Create, payload, QVariant()); !s)
        return Result<qint64>::fail(s.error());
    if (Status s = tx.commit(); !s)
        return Result<qint64>::fail(s.error());
    return Result<qint64>::ok(id);
}

Status ChangeWriter::update(const Entity &entity, qint64 id, const QVariantMap &changes)
{
    if (Status s = checkColumns(entity, changes); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());

    const QStringList keys = changes.keys();
    auto current = m_db.exec(QStringLiteral("SELECT %1, remote_version FROM %2 WHERE id = ? AND %3")
                                 .arg(keys.join(QLatin1Char(',')), entity.table, sql::live()),
                             {id});
    if (!current)
        return Status::fail(current.error());
    if (!current.value().next())
        return Status::fail(QCoreApplication::translate("sb::ChangeWriter", "This %1 no longer exists in the workspace.").arg(vocab::entityLabel(entity.name)));

    QStringList sets;
    QVariantList values;
    QVariantMap payload;
    for (int i = 0; i < keys.size(); ++i) {
        const QVariant v = normalized(changes.value(keys.at(i)));
        if (sameValue(current.value().value(i), v))
            continue;
        sets << keys.at(i) + QStringLiteral(" = ?");
        values << v;
        payload.insert(keys.at(i), v);
    }
    if (payload.isEmpty())
        return Status::ok();
    const QVariant baseVersion = current.value().value(int(keys.size()));
    sets << QStringLiteral("updated_at = ?")
         << Outbox::stateAfterEdit();
    values << Database::nowUtc() << id;
    auto r = m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity.table, sets.join(QLatin1Char(','))),
                       values);
    if (!r)
        return Status::fail(r.error());
    if (Status s = enqueue(entity, id, OutboxOp::Update, payload, baseVersion); !s)
        return s;
    return tx.commit();
}

Status ChangeWriter::remove(const Entity &entity, qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::fail(tx.error());
    auto version = m_db.scalar(QStringLiteral("SELECT remote_version FROM %1 WHERE id = ?").arg(entity.table), {id});
    if (!version)
        return Status::fail(version.error());
    bool found = false;
    if (Status s = Outbox(m_db).markDeletedHere(entity, id, &found); !s)
        return s;
    if (!found)
        return Status::fail(QCoreApplication::translate("sb::ChangeWriter", "This %1 no longer exists in the workspace.").arg(vocab::entityLabel(entity.name)));
    if (Status s = enqueue(entity, id, OutboxOp::Delete, {}, version.value()); !s)
        return s;
    return tx.commit();
}

Status ChangeWriter::command(const Entity &entity, qint64 id, const QString &name, const QVariantMap &arguments)
{
    const QVariantMap payload{{QStringLiteral("command"), name}, {QStringLiteral("args"), arguments}};
    auto version = m_db.scalar(QStringLiteral("SELECT remote_version FROM %1 WHERE id = ?").arg(entity.table), {id});
    if (!version)
        return Status::fail(version.error());
    return enqueue(entity, id, OutboxOp::Command, payload, version.value());
}

Status ChangeWriter::enqueue(const Entity &entity, qint64 id, OutboxOp op, const QVariantMap &payload, const QVariant &baseVersion)
{
    return Outbox(m_db).enqueue(entity, id, op, payload, baseVersion);
}

} // namespace sb
