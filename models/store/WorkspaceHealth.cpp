#include "WorkspaceHealth.h"

#include "SqliteFailure.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace sb {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

quint32 bigEndian(const QByteArray &bytes, int offset, int size)
{
    quint32 v = 0;
    for (int i = 0; i < size; ++i)
        v = (v << 8) | quint8(bytes.at(offset + i));
    return v;
}

// A -wal file with at least one frame (its header alone is 32 bytes).
bool walHasFrames(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > 32;
}

// Runs one read on a read-only connection and hands each row to take(); false and the
// reason on the first failure (rows read before it are kept).
template <typename Take>
bool readRows(sqlite3 *h, const char *sql, Take take, QString *problem)
{
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        QVariantMap row;
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            const QString name = QString::fromUtf8(sqlite3_column_name(st, c));
            switch (sqlite3_column_type(st, c)) {
            case SQLITE_INTEGER: row.insert(name, qint64(sqlite3_column_int64(st, c))); break;
            case SQLITE_FLOAT: row.insert(name, sqlite3_column_double(st, c)); break;
            case SQLITE_NULL: row.insert(name, QVariant()); break;
            default: row.insert(name, QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)))); break;
            }
        }
        take(row);
        rc = SQLITE_OK;
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok && problem && problem->isEmpty())
        *problem = QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(st);
    return ok;
}

// Inserts rows into table with the columns both the row and the fresh table have.
int carryRows(Database &db, const QString &table, const QList<QVariantMap> &rows, QString *problem)
{
    auto info = db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    if (!info) {
        *problem = info.error();
        return 0;
    }
    QStringList columns;
    while (info.value().next())
        columns << info.value().value(0).toString();
    int carried = 0;
    for (const QVariantMap &row : rows) {
        QStringList names;
        QVariantList values;
        for (const QString &c : columns) {
            if (row.contains(c)) {
                names << c;
                values << row.value(c);
            }
        }
        if (names.isEmpty())
            continue;
        const QString sql = QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                                .arg(table, names.join(QLatin1Char(',')),
                                     QStringList(QList<QString>(names.size(), QStringLiteral("?"))).join(QLatin1Char(',')));
        auto r = db.exec(sql, values);
        if (!r) {
            if (problem->isEmpty())
                *problem = r.error();
            continue;
        }
        if (r.value().numRowsAffected() > 0)
            ++carried;
    }
    return carried;
}

} // namespace

QString checkMarkerPath(const QString &workspacePath)
{
    return workspacePath + QStringLiteral(".check");
}

FileDiagnosis diagnoseWorkspaceFile(const QString &path)
{
    FileDiagnosis d;
    QFile f(path);
    const qint64 size = f.size();
    if (size == 0 || !f.open(QIODevice::ReadOnly))
        return d; // empty: a new workspace; unreadable: SQLite's open says why
    const QByteArray header = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        d.kind = FileDiagnosis::Kind::NotSqlite;
        d.message = QCoreApplication::translate("sb::WorkspaceHealth", "%1 is not a SalesBridge workspace: it is not a database at all (another kind of file, or a workspace "
                       "whose beginning was overwritten).").arg(native(path));
        return d;
    }
    if (header.size() < 100) {
        d.kind = FileDiagnosis::Kind::Truncated;
        d.message = QCoreApplication::translate("sb::WorkspaceHealth", "The workspace %1 is cut short: it ends inside its first page (%2 bytes).").arg(native(path)).arg(size);
        return d;
    }
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        d.kind = FileDiagnosis::Kind::NotSqlite;
        d.message = QCoreApplication::translate("sb::WorkspaceHealth", "The workspace %1 is damaged: its first page is unreadable.").arg(native(path));
        return d;
    }
    const quint32 pages = bigEndian(header, 28, 4);
    const bool pagesValid = pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    // A database file is whole pages. Pages past the end of the file may still be in the
    // -wal (written since the last checkpoint); without one, the file must hold them all.
    if (size % pageSize != 0 || (pagesValid && !walHasFrames(path) && quint64(size) < quint64(pages) * pageSize)) {
        d.kind = FileDiagnosis::Kind::Truncated;
        d.message = QCoreApplication::translate("sb::WorkspaceHealth", "The workspace %1 is cut short: it holds %2 bytes of the %3 it should have (the copy or the disk "
                       "lost its end).")
                        .arg(native(path))
                        .arg(size)
                        .arg(pagesValid ? quint64(pages) * pageSize : quint64(size / pageSize + 1) * pageSize);
    }
    return d;
}

const QStringList &essentialTables()
{
    static const QStringList tables{QStringLiteral("connectors"), QStringLiteral("owner_rules"), QStringLiteral("outbox"),
                                    QStringLiteral("id_map"),     QStringLiteral("pull_cursors"), QStringLiteral("conflicts"),
                                    QStringLiteral("app_meta")};
    return tables;
}

IntegrityReport checkIntegrity(Database &db, bool full, const QStringList &tables)
{
    IntegrityReport report;
    report.full = full && tables.isEmpty();
    QElapsedTimer timer;
    timer.start();
    const QString pragma = full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check");
    QStringList statements;
    if (tables.isEmpty())
        statements << QStringLiteral("PRAGMA %1(10)").arg(pragma);
    for (const QString &table : tables) // SQLite checks one table and its indexes (3.33+)
        statements << QStringLiteral("PRAGMA %1(%2)").arg(pragma, table);
    for (const QString &statement : std::as_const(statements)) {
        QSqlQuery q(db.sql());
        if (!q.exec(statement)) {
            report.problems << describeSqlError(q);
            continue;
        }
        while (q.next() && report.problems.size() < 10) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                report.problems << line;
        }
        if (q.lastError().isValid())
            report.problems << describeSqlError(q);
    }
    report.ok = report.problems.isEmpty();
    report.ms = timer.elapsed();
    return report;
}

Salvage readSalvage(const QString &path)
{
    Salvage s;
    sqlite3 *h = nullptr;
    // Without a -wal the file is all there is: read it as immutable, so that reading makes no
    // -wal or -shm beside it (a missing -wal is itself a finding of the opening). With one,
    // SQLite reads the file through it, as the workspace was.
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setScheme(QStringLiteral("file"));
    uri.setQuery(QFileInfo::exists(path + QStringLiteral("-wal")) ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
    const QByteArray file = uri.toEncoded();
    if (sqlite3_open_v2(file.constData(), &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        s.readProblem = h ? QString::fromUtf8(sqlite3_errmsg(h)) : QCoreApplication::translate("sb::WorkspaceHealth", "cannot open the file");
        sqlite3_close(h);
        return s;
    }
    // A file cut short is refused whole unless SQLite may believe the file's size over its
    // header: writable_schema lets it (the connection is read-only, nothing is written).
    sqlite3_exec(h, "PRAGMA writable_schema=ON", nullptr, nullptr, nullptr);
    s.connectorsRead = readRows(h, "SELECT * FROM connectors ORDER BY id", [&](const QVariantMap &row) { s.connectors << row; }, &s.readProblem);
    readRows(h, "SELECT * FROM owner_rules", [&](const QVariantMap &row) { s.ownerRules << row; }, &s.readProblem);
    // The state index first (small, the usual way); the table itself if the index is damaged.
    for (const char *sql : {"SELECT count(*) AS n FROM outbox INDEXED BY outbox_state WHERE state IN ('pending','in_flight','failed')",
                            "SELECT count(*) AS n FROM outbox NOT INDEXED WHERE state <> 'done'"}) {
        QString problem;
        if (readRows(h, sql, [&](const QVariantMap &row) { s.unsent = row.value(QStringLiteral("n")).toInt(); }, &problem))
            break;
        s.unsent = -1;
        if (s.readProblem.isEmpty())
            s.readProblem = problem;
    }
    sqlite3_close(h);
    return s;
}

QString describeSalvage(const Salvage &s)
{
    QStringList parts;
    if (!s.connectors.isEmpty())
        parts << QCoreApplication::translate("sb::WorkspaceHealth", "It still holds the settings of %n server(s), which a fresh "
                                                                    "workspace takes over, so the next sync fills it again.",
                                             nullptr, int(s.connectors.size()));
    else if (s.connectorsRead)
        parts << QCoreApplication::translate("sb::WorkspaceHealth", "It had no servers set up.");
    else
        parts << QCoreApplication::translate("sb::WorkspaceHealth", "No server settings could be read from it: set up the servers again in a fresh workspace.");
    if (s.unsent > 0)
        parts << QCoreApplication::translate("sb::WorkspaceHealth", "%n change(s) made here had not been sent yet: they cannot "
                                                                    "be carried safely and stay in the kept copy.",
                                             nullptr, s.unsent);
    else if (s.unsent < 0)
        parts << QCoreApplication::translate("sb::WorkspaceHealth", "Whether changes made here were still unsent cannot be read; the kept copy holds whatever is left of them.");
    return parts.join(QLatin1Char(' '));
}

Result<FreshStart> keepCopyAndStartFresh(const QString &path)
{
    FreshStart fresh;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    fresh.keptAs = QStringLiteral("%1.damaged-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(fresh.keptAs); ++n)
        fresh.keptAs = QStringLiteral("%1.damaged-%2-%3").arg(path, stamp).arg(n);
    // The -wal and -shm move with the file and keep their suffixes: SQLite reads the copy
    // with its own log, as it was.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        if (!QFile::rename(path + suffix, fresh.keptAs + suffix)) {
            for (const QString &moved : std::as_const(fresh.keptFiles)) // put back what moved
                QFile::rename(moved, path + moved.mid(fresh.keptAs.size()));
            return Result<FreshStart>::fail(QCoreApplication::translate("sb::WorkspaceHealth", "The damaged workspace could not be moved aside to %1 (the folder may be "
                                               "read-only); nothing was changed.").arg(native(fresh.keptAs + suffix)));
        }
        fresh.keptFiles << fresh.keptAs + suffix;
    }
    QFile::remove(checkMarkerPath(path));

    const Salvage salvage = readSalvage(fresh.keptAs);
    fresh.unsentLeft = salvage.unsent;
    fresh.readProblem = salvage.readProblem;
    auto opened = Database::open(path);
    if (!opened)
        return Result<FreshStart>::fail(QCoreApplication::translate("sb::WorkspaceHealth", "The damaged workspace was kept as %1, but a fresh one could not be created: %2")
                                            .arg(native(fresh.keptAs), opened.error()));
    Database &db = *opened.value();
    Transaction tx(db);
    QString problem;
    fresh.connectorsCarried = carryRows(db, QStringLiteral("connectors"), salvage.connectors, &problem);
    fresh.rulesCarried = carryRows(db, QStringLiteral("owner_rules"), salvage.ownerRules, &problem);
    db.exec(QStringLiteral("INSERT OR REPLACE INTO app_meta (key, value) VALUES ('recovered_from', ?)"), {fresh.keptAs});
    if (Status s = tx.commit(); !s)
        return Result<FreshStart>::fail(QCoreApplication::translate("sb::WorkspaceHealth", "The damaged workspace was kept as %1; the fresh one could not take over its "
                                           "server settings: %2").arg(native(fresh.keptAs), s.error()));
    if (!problem.isEmpty() && fresh.readProblem.isEmpty())
        fresh.readProblem = problem;
    qCDebug(lcStore) << "fresh workspace" << path << "kept" << fresh.keptFiles << "connectors" << fresh.connectorsCarried;
    return Result<FreshStart>::ok(fresh);
}

QString describeFreshStart(const FreshStart &fresh)
{
    QString text = QCoreApplication::translate("sb::WorkspaceHealth", "The damaged workspace was kept as %1 (nothing was deleted). A fresh workspace took its place")
                       .arg(native(fresh.keptAs));
    text += fresh.connectorsCarried > 0
                ? QCoreApplication::translate("sb::WorkspaceHealth", " with the settings of %n server(s); the next sync fills it "
                                                                     "again from them.", nullptr, fresh.connectorsCarried)
                : QCoreApplication::translate("sb::WorkspaceHealth", "; no server settings could be carried, so set up the servers again.");
    if (fresh.unsentLeft > 0)
        text += QLatin1Char(' ')
              + QCoreApplication::translate("sb::WorkspaceHealth", "%n change(s) that had not been sent stay in the kept copy "
                                                                   "and were not sent.", nullptr, fresh.unsentLeft);
    else if (fresh.unsentLeft < 0)
        text += QLatin1Char(' ')
              + QCoreApplication::translate("sb::WorkspaceHealth", "Whether changes made here were still unsent cannot be read; "
                                                                   "the kept copy holds whatever is left of them.");
    return text;
}

WorkspaceOpening openWorkspace(const QString &givenPath, const OpeningOptions &options)
{
    WorkspaceOpening w;
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    const QFileInfo info(path);
    if (!info.exists() && options.create && !QDir().mkpath(info.absolutePath())) {
        w.outcome = WorkspaceOpening::Outcome::CannotWrite;
        w.message = QCoreApplication::translate("sb::WorkspaceHealth", "SalesBridge cannot create the folder %1 for the workspace (a read-only or full disk, or no "
                       "permission). Choose another place with --workspace, or free the disk.").arg(native(info.absolutePath()));
        return w;
    }

    w.lock = std::make_unique<WorkspaceLock>(path);
    switch (w.lock->acquire()) {
    case WorkspaceLock::State::Taken: break;
    case WorkspaceLock::State::TakenAfterUncleanEnd: w.uncleanEnd = true; break;
    case WorkspaceLock::State::HeldElsewhere:
        if (options.lock == OpeningOptions::Lock::IfFree)
            break;
        w.outcome = WorkspaceOpening::Outcome::InUse;
        w.message = QCoreApplication::translate("sb::WorkspaceHealth", "The workspace %1 is already open in another SalesBridge (%2). Only one SalesBridge at a time may work "
                       "on a workspace, so that every change is sent to the servers exactly once. Switch to that window, or "
                       "close it and try again.").arg(native(path), w.lock->holder());
        return w;
    case WorkspaceLock::State::CannotWrite:
        if (options.lock == OpeningOptions::Lock::IfFree)
            break;
        w.outcome = WorkspaceOpening::Outcome::CannotWrite;
        w.message = QCoreApplication::translate("sb::WorkspaceHealth", "%1 The workspace %2 needs a folder SalesBridge may write in, for itself and its journal. Check the "
                       "folder's permissions and free space, or choose another place with --workspace.")
                        .arg(w.lock->error(), native(path));
        return w;
    }

    const bool exists = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    if (exists) {
        const FileDiagnosis d = diagnoseWorkspaceFile(path);
        if (d.kind != FileDiagnosis::Kind::Fine) {
            w.outcome = WorkspaceOpening::Outcome::Damaged;
            w.message = d.message;
            w.salvage = readSalvage(path);
            return w;
        }
    }
    // After a clean end the last connection folded the -wal into the file and removed it. A
    // -wal left after an unclean end is normal (SQLite replays it); one after a clean end was
    // not written by this workspace's last run; none after an unclean end may mean lost work.
    const bool strayWal = !w.uncleanEnd && walHasFrames(path);
    if (exists && w.uncleanEnd && !QFileInfo::exists(path + QStringLiteral("-wal")))
        w.notes << QCoreApplication::translate("sb::WorkspaceHealth", "The last SalesBridge on this workspace did not end cleanly and its journal (%1-wal) is missing: changes "
                      "made in the minutes before that end may be lost; the next sync brings back what the servers have.")
                       .arg(QFileInfo(path).fileName());
    const bool marked = QFileInfo::exists(checkMarkerPath(path));

    Database::Options dbOptions;
    dbOptions.create = options.create;
    auto opened = Database::open(path, dbOptions);
    if (!opened) {
        const int code = lastOpenFailureCode();
        const int primary = code & 0xff;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
            w.outcome = WorkspaceOpening::Outcome::Damaged;
            w.message = QCoreApplication::translate("sb::WorkspaceHealth", "The workspace %1 is damaged: %2").arg(native(path), opened.error());
            w.salvage = readSalvage(path);
        } else if (!describeSqliteFailure(code).isEmpty()) {
            w.outcome = WorkspaceOpening::Outcome::CannotWrite;
            w.message = opened.error();
        } else {
            w.outcome = WorkspaceOpening::Outcome::Failed;
            w.message = opened.error();
        }
        return w;
    }
    if (exists && (w.uncleanEnd || strayWal || marked || options.forceCheck)) {
        w.checked = true;
        // The whole file up to a size; past it the tables the sync cannot do without (the whole
        // file of a million records takes minutes: `salesbridge check` runs it on demand, and a
        // damaged page met later asks the next opening for it).
        const bool whole = options.forceCheck || marked || QFileInfo(path).size() <= options.wholeFileCheckLimit;
        w.integrity = checkIntegrity(*opened.value(), options.fullCheck, whole ? QStringList() : essentialTables());
        qCDebug(lcStore) << (options.fullCheck ? "integrity_check" : "quick_check") << (whole ? "whole file" : "sync tables") << path
                        << w.integrity.ms << "ms" << (w.integrity.ok ? "ok" : "problems") << w.integrity.problems;
        if (!w.integrity.ok) {
            // Closing would fold the -wal into the damaged file: leave both as they are.
            sqlite3_db_config(opened.value()->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
            opened.value().reset();
            w.outcome = WorkspaceOpening::Outcome::Damaged;
            w.message = QCoreApplication::translate("sb::WorkspaceHealth", "The workspace %1 is damaged; the check of the whole file found: %2")
                            .arg(native(path), w.integrity.problems.mid(0, 3).join(QStringLiteral("; ")));
            w.salvage = readSalvage(path);
            return w;
        }
        QFile::remove(checkMarkerPath(path));
    }
    w.db = opened.take();
    w.outcome = WorkspaceOpening::Outcome::Opened;
    // A reader needed the lock only to learn of an unclean end: a window may start beside it.
    if (options.lock == OpeningOptions::Lock::IfFree)
        w.lock->release();
    return w;
}

} // namespace sb
