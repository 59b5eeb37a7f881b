#include "Database.h"
#include "RawStatement.h"

#include "Migrations.h"
#include "SqliteFailure.h"
#include "SearchText.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <atomic>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "salesbridge.store", QtInfoMsg)

namespace sb {

namespace {
QAtomicInt g_connectionCounter;

} // namespace

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

QString describeSqliteFailure(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("sb::Database", "The disk is full: nothing of this was written. Free some space on the disk "
                                                           "of the workspace and try again.");
    case SQLITE_IOERR:
        // A full disk is SQLITE_FULL (ENOSPC) when a write stops short, but a write refused
        // outright (EFBIG at a size limit, ENOSPC on some file systems, EIO) is an I/O error.
        return QCoreApplication::translate("sb::Database", "The workspace could not be written: the disk is full or failing (or "
                                                           "the file reached a size limit). Nothing of this was kept. Free some "
                                                           "space or check the disk, then try again.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("sb::Database", "The workspace file is damaged. Close SalesBridge and open it again: it "
                                                           "checks the file and offers to keep a copy and start a fresh workspace.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("sb::Database", "The workspace cannot be written (the file or its folder is read-only, "
                                                           "or the folder is missing).");
    default:
        return QString();
    }
}

namespace {
std::atomic<bool> g_damageSeen{false};
thread_local int t_openFailure = 0;
}

int lastOpenFailureCode()
{
    return t_openFailure;
}

bool damagedPageSeen()
{
    return g_damageSeen.load();
}

QString describeSqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    const int primary = sqliteCode(e) & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        g_damageSeen = true;
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (text.trimmed().isEmpty())
        text = e.driverText();
    text = text.trimmed();
    const QString plain = describeSqliteFailure(sqliteCode(e));
    return plain.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(plain, text);
}

QString describeSqliteError(sqlite3 *db)
{
    const int code = sqlite3_extended_errcode(db);
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        g_damageSeen = true;
    const QString text = QString::fromUtf8(sqlite3_errmsg(db)).trimmed();
    const QString plain = describeSqliteFailure(code);
    return plain.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(plain, text);
}

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Database::~Database()
{
    m_raw.clear(); // finalized while the connection is open
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    t_openFailure = 0;
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (!options.create)
                return Result<std::unique_ptr<Database>>::fail(
                    QCoreApplication::translate("sb::Database", "The workspace %1 does not exist.").arg(QDir::toNativeSeparators(path)));
            if (!QDir().mkpath(info.absolutePath()))
                return Result<std::unique_ptr<Database>>::fail(
                    QCoreApplication::translate("sb::Database", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
            // Create the file ourselves so it is private from its first byte (customer data).
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)
                || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                return Result<std::unique_ptr<Database>>::fail(
                    QCoreApplication::translate("sb::Database", "Cannot create the workspace %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        }
    }

    std::unique_ptr<Database> db(new Database());
    db->m_path = path;
    db->m_connectionName = QStringLiteral("sb-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open()) {
        t_openFailure = sqliteCode(db->m_db.lastError());
        return Result<std::unique_ptr<Database>>::fail(
            QCoreApplication::translate("sb::Database", "Cannot open the workspace %1: %2").arg(QDir::toNativeSeparators(path), db->m_db.lastError().text()));
    }

    if (Status s = db->configure(); !s) {
        // t_openFailure was set where the failure happened. A refused file is left as it is:
        // closing must not fold a -wal into it.
        if (sqlite3 *h = db->handle())
            sqlite3_db_config(h, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        return Result<std::unique_ptr<Database>>::fail(s.error());
    }
    if (Status s = db->migrate(options.targetVersion); !s) {
        // t_openFailure was set where the failure happened
        return Result<std::unique_ptr<Database>>::fail(s.error());
    }
    return Result<std::unique_ptr<Database>>::ok(std::move(db));
}

Status Database::configure()
{
    // Read before writing anything: a newer or foreign file must be left exactly as it is.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        t_openFailure = sqliteCode(q.lastError());
        return Status::fail(QCoreApplication::translate("sb::Database", "%1 is not a readable SalesBridge workspace: %2")
                                .arg(QDir::toNativeSeparators(m_path), describeSqlError(q)));
    }
    m_version = q.value(0).toInt();
    if (m_version > kSchemaVersion)
        return Status::fail(QCoreApplication::translate("sb::Database", "The workspace %1 was written by a newer SalesBridge (data version %2; this "
                                "version reads up to %3). It has not been changed; please update SalesBridge.")
                                .arg(QDir::toNativeSeparators(m_path))
                                .arg(m_version)
                                .arg(kSchemaVersion));
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return Status::fail(describeSqlError(q));
    const int appId = q.value(0).toInt();
    if (m_version == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
            return Status::fail(describeSqlError(q));
        if (q.value(0).toInt() > 0 && appId != kApplicationId)
            return Status::fail(QCoreApplication::translate("sb::Database", "%1 is a database of another program, not a SalesBridge workspace. "
                                    "It has not been changed.").arg(QDir::toNativeSeparators(m_path)));
    } else if (appId != kApplicationId) {
        return Status::fail(QCoreApplication::translate("sb::Database", "%1 is a database of another program, not a SalesBridge workspace. "
                                "It has not been changed.").arg(QDir::toNativeSeparators(m_path)));
    }

    const char *pragmas[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA temp_store=MEMORY",
        "PRAGMA cache_size=-16000", // 16 MB page cache per connection
    };
    for (const char *p : pragmas) {
        if (!q.exec(QString::fromLatin1(p))) {
            t_openFailure = sqliteCode(q.lastError());
            return Status::fail(QCoreApplication::translate("sb::Database", "Cannot prepare the workspace: %1").arg(describeSqlError(q)));
        }
    }
    if (sqlite3 *h = handle()) {
        if (!registerSearchFunctions(h, &m_indexLive))
            return Status::fail(QCoreApplication::translate("sb::Database", "Cannot register the search functions."));
    } else {
        return Status::fail(QCoreApplication::translate("sb::Database", "The SQLite driver did not expose its handle."));
    }
    return Status::ok();
}

Status Database::migrate(int targetVersion)
{
    const auto &steps = migrations();
    for (const Migration &step : steps) {
        if (step.version <= m_version || step.version > targetVersion)
            continue;
        Transaction tx(*this);
        if (!tx.isActive()) {
            t_openFailure = sqlite3_extended_errcode(handle());
            return Status::fail(QCoreApplication::translate("sb::Database", "Cannot start upgrading the workspace: %1").arg(tx.error()));
        }
        char *err = nullptr;
        const QByteArray script = step.sql;
        if ((t_openFailure = sqlite3_exec(handle(), script.constData(), nullptr, nullptr, &err)) != SQLITE_OK) {
            const QString reason = QString::fromUtf8(err ? err : "unknown error");
            sqlite3_free(err);
            return Status::fail(QCoreApplication::translate("sb::Database", "Upgrading the workspace to data version %1 failed (%2). "
                                    "Nothing was changed.").arg(step.version).arg(reason));
        }
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(step.version))
            || !q.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)))
            return Status::fail(describeSqlError(q));
        if (Status s = tx.commit(); !s) {
            t_openFailure = sqlite3_extended_errcode(handle()); // before the rollback
            return Status::fail(QCoreApplication::translate("sb::Database", "Upgrading the workspace to data version %1 failed (%2). "
                                    "Nothing was changed.").arg(step.version).arg(s.error()));
        }
        qCDebug(lcStore) << "migrated" << m_path << "to version" << step.version;
        m_version = step.version;
    }
    return Status::ok();
}

bool Database::hasSearchIndex(const QString &table)
{
    return !searchIndexStatements(table).isEmpty();
}

Status Database::indexForSearch(const QString &table, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Status::ok();
    QByteArray list = "[";
    for (qint64 id : ids) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(id);
    }
    list += ']';
    const QString json = QString::fromLatin1(list);
    for (const QString &statement : searchIndexStatements(table)) {
        QSqlQuery &q = cached(statement);
        q.bindValue(0, json);
        if (!q.exec())
            return Status::fail(describeSqlError(q));
    }
    return Status::ok();
}

void Database::finishStatements()
{
    for (QSqlQuery &q : m_statements)
        q.finish();
}

RawStatement &Database::raw(const QString &statement)
{
    auto it = m_raw.find(statement);
    if (it == m_raw.end())
        it = m_raw.emplace(statement, std::make_unique<RawStatement>(handle(), statement)).first;
    return *it->second;
}

QSqlQuery &Database::cached(const QString &statement)
{
    auto it = m_statements.find(statement);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(statement))
            qCWarning(lcStore) << "prepare failed:" << describeSqlError(q) << statement;
        it = m_statements.emplace(statement, std::move(q));
    }
    return it.value();
}

Result<QSqlQuery> Database::exec(const QString &statement, const QVariantList &bindings)
{
    QSqlQuery q(m_db);
    if (!q.prepare(statement))
        return Result<QSqlQuery>::fail(describeSqlError(q));
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    if (!q.exec())
        return Result<QSqlQuery>::fail(describeSqlError(q));
    return Result<QSqlQuery>::ok(std::move(q));
}

Result<QVariant> Database::scalar(const QString &statement, const QVariantList &bindings)
{
    auto r = exec(statement, bindings);
    if (!r)
        return Result<QVariant>::fail(r.error());
    QSqlQuery &q = r.value();
    return Result<QVariant>::ok(q.next() ? q.value(0) : QVariant());
}

} // namespace sb
