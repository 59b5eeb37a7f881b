#include "RecordReader.h"

#include "Database.h"
#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sb {

Result<QVariantMap> readRecord(Database &db, const Entity &entity, qint64 id)
{
    auto r = db.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ? AND local_state <> 3").arg(entity.table), {id});
    if (!r)
        return Result<QVariantMap>::fail(r.error());
    QSqlQuery &q = r.value();
    if (!q.next())
        return Result<QVariantMap>::fail(
            QCoreApplication::translate("sb::RecordReader", "This %1 no longer exists in the workspace.").arg(vocab::entityLabel(entity.name)));
    QVariantMap out;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        out.insert(rec.fieldName(i), q.value(i));
    return Result<QVariantMap>::ok(out);
}

Result<qint64> customerOfRecord(Database &db, const Entity &entity, qint64 id)
{
    auto r = db.scalar(QStringLiteral("SELECT customer_id FROM %1 WHERE id = ?").arg(entity.table), {id});
    if (!r)
        return Result<qint64>::fail(r.error());
    return Result<qint64>::ok(r.value().toLongLong());
}

} // namespace sb
