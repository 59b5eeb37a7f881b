#include "BulkWriter.h"

#include "Database.h"

#include <QCoreApplication>

namespace sb {

namespace {
const QStringList &syncColumns()
{
    static const QStringList cols = {QStringLiteral("id"),           QStringLiteral("remote_system"),
                                     QStringLiteral("remote_id"),    QStringLiteral("remote_version"),
                                     QStringLiteral("base_snapshot"), QStringLiteral("created_at"),
                                     QStringLiteral("updated_at")};
    return cols;
}
} // namespace

BulkWriter::BulkWriter(Database &db, const Entity &entity, const QStringList &columns)
    : m_query(db.sql())
    , m_columns(columns)
{
    for (const QString &c : columns) {
        if (!entity.columns.contains(c) && !syncColumns().contains(c)) {
            m_error = QCoreApplication::translate("sb::BulkWriter", "%1 has no field %2.").arg(entity.name, c);
            return;
        }
    }
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(entity.table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    if (!m_query.prepare(sql))
        m_error = describeSqlError(m_query);
}

Result<qint64> BulkWriter::insert(const QVariantList &values)
{
    if (!isValid())
        return Result<qint64>::fail(m_error);
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec())
        return Result<qint64>::fail(describeSqlError(m_query));
    return Result<qint64>::ok(m_query.lastInsertId().toLongLong());
}

} // namespace sb
