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

} // namespace

// As UTF-8, the workspace's encoding, converted by Qt into a buffer kept from one value to the
// next: SQLite's own conversion of UTF-16 cost twice as much (1.9 K instructions a value against
// 0.85 K, callgrind). Both give the same bytes for any text (a lone surrogate, which no valid
// text has, becomes U+FFFD here).
int RawStatement::bindText(int position, QStringView text)
{
    const qsizetype room = text.size() * 3;
    if (m_utf8.size() < room)
        m_utf8.resize(room);
    // Stateless: a text that ends in half a surrogate pair is not held back for the next one.
    char *begin = m_utf8.data();
    char *end = m_encoder.appendToBuffer(begin, text);
    // Never a null pointer, which SQLite would bind as NULL: an empty text is ''.
    return sqlite3_bind_text64(m_stmt, position, begin ? begin : "", sqlite3_uint64(end - begin), SQLITE_TRANSIENT, SQLITE_UTF8);
}

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
            rc = bindText(position, value.toDateTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QTime:
            rc = bindText(position, value.toTime().toString(u"hh:mm:ss.zzz"));
            break;
        case QMetaType::QString:
            rc = bindText(position, *static_cast<const QString *>(value.constData()));
            break;
        default:
            rc = bindText(position, value.toString());
            break;
        }
    }
    if (rc != SQLITE_OK && m_bindError.isEmpty())
        m_bindError = describeSqliteError(m_db);
}

void RawStatement::bindUtf8(int index, QByteArrayView text)
{
    if (!m_stmt)
        return;
    // A non-null pointer even for an empty text: SQLite binds a null pointer as NULL.
    const char *data = text.data() ? text.data() : "";
    if (sqlite3_bind_text64(m_stmt, index + 1, data, sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK
        && m_bindError.isEmpty())
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
