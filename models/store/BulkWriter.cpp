#include "BulkWriter.h"

#include "Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

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
    : m_db(db)
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
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(entity.table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
                               .toUtf8();
    sqlite3 *h = db.handle();
    if (!h) {
        m_error = QCoreApplication::translate("sb::BulkWriter", "The workspace is not open.");
        return;
    }
    if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(h));
        m_stmt = nullptr;
    }
}

BulkWriter::~BulkWriter()
{
    sqlite3_finalize(m_stmt);
}

Result<qint64> BulkWriter::insert(const QVariantList &values)
{
    if (!isValid())
        return Result<qint64>::fail(m_error);
    if (values.size() != m_columns.size())
        return Result<qint64>::fail(QStringLiteral("expected %1 values, got %2").arg(m_columns.size()).arg(values.size()));
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, i + 1);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, i + 1, v.toDouble());
                break;
            default: {
                // A null QString means "no value", as QtSql binds it.
                const QString text = v.toString();
                if (text.isNull()) {
                    rc = sqlite3_bind_null(m_stmt, i + 1);
                    break;
                }
                const QByteArray utf8 = text.toUtf8();
                rc = sqlite3_bind_text(m_stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return Result<qint64>::fail(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
        sqlite3_reset(m_stmt);
        return Result<qint64>::fail(message);
    }
    sqlite3_reset(m_stmt);
    return Result<qint64>::ok(sqlite3_last_insert_rowid(m_db.handle()));
}

} // namespace sb
