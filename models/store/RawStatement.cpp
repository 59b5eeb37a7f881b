#include "RawStatement.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTime>

#include <sqlite3.h>

namespace sb {

namespace {
// What QSqlResult treats as NULL: a null string, byte array, date or time is NULL; an empty
// string is not.
bool isSqlNull(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(v.constData())->isValid();
    case QMetaType::QDate:
        return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(v.constData())->isNull();
    default:
        return v.isNull();
    }
}

int bindText(sqlite3_stmt *stmt, int position, const QString &text)
{
    return sqlite3_bind_text16(stmt, position, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}
} // namespace

RawStatement::RawStatement(sqlite3 *db, const QString &statement)
    : m_db(db)
{
    if (!m_db) {
        m_prepareError = QCoreApplication::translate("sb::Database", "The workspace is not open.");
        return;
    }
    const QByteArray sql = statement.toUtf8();
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = describeSqliteError(m_db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

void RawStatement::bind(int index, const QVariant &value)
{
    if (!m_stmt)
        return;
    const int position = index + 1;
    int rc = SQLITE_OK;
    if (isSqlNull(value)) {
        rc = sqlite3_bind_null(m_stmt, position);
    } else {
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
            rc = sqlite3_bind_blob(m_stmt, position, bytes->constData(), int(bytes->size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::Bool:
        case QMetaType::Int:
            rc = sqlite3_bind_int(m_stmt, position, value.toInt());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_stmt, position, value.toDouble());
            break;
        case QMetaType::UInt:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_stmt, position, value.toLongLong());
            break;
        case QMetaType::QDateTime:
            rc = bindText(m_stmt, position, value.toDateTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QTime:
            rc = bindText(m_stmt, position, value.toTime().toString(u"hh:mm:ss.zzz"));
            break;
        case QMetaType::QString:
            rc = bindText(m_stmt, position, *static_cast<const QString *>(value.constData()));
            break;
        default:
            rc = bindText(m_stmt, position, value.toString());
            break;
        }
    }
    if (rc != SQLITE_OK && m_bindError.isEmpty())
        m_bindError = describeSqliteError(m_db);
}

Status RawStatement::run()
{
    if (!m_stmt)
        return Status::fail(m_prepareError);
    if (!m_bindError.isEmpty()) {
        const QString error = std::exchange(m_bindError, QString());
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return Status::fail(error);
    }
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    const QString error = rc == SQLITE_DONE ? QString() : describeSqliteError(m_db);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return error.isEmpty() ? Status::ok() : Status::fail(error);
}

qint64 RawStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

} // namespace sb
