// The cache schema: fresh creation, upgrade from version 1 with data, refusal of newer and
// foreign files, file mode.
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/Migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace sb;

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void freshWorkspaceHasCurrentSchema();
    void everyEntityColumnExistsWithSyncColumns();
    void upgradeFromVersion1KeepsDataAndIndexesIt();
    void upgradeToVersion7KeepsApprovalsAndTheirQuotesFollow();
    void newerWorkspaceIsRefusedAndUntouched();
    void foreignDatabaseIsRefused();
    void corruptFileIsRefusedWithMessage();
    void fileIsPrivate();
    void migrationsAreOrdered();
};

void TestMigrations::freshWorkspaceHasCurrentSchema()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
    auto mode = db.value()->scalar(QStringLiteral("PRAGMA journal_mode"));
    QCOMPARE(mode.value().toString(), QStringLiteral("wal"));
    auto fk = db.value()->scalar(QStringLiteral("PRAGMA foreign_keys"));
    QCOMPARE(fk.value().toInt(), 1);
    for (const char *table : {"outbox", "id_map", "pull_cursors", "customer_fts", "customer_cjk", "connectors", "conflicts", "sync_log"}) {
        auto n = db.value()->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"),
                                    {QString::fromLatin1(table)});
        QVERIFY2(n && n.value().toInt() == 1, table);
    }
}

void TestMigrations::everyEntityColumnExistsWithSyncColumns()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(db, qPrintable(db.error()));
    // created_at and updated_at too: a pulled record's INSERT gives both (RecordApplier::apply).
    const QStringList sync = {QStringLiteral("remote_system"), QStringLiteral("remote_id"), QStringLiteral("remote_version"),
                              QStringLiteral("local_state"),   QStringLiteral("base_snapshot"), QStringLiteral("sync_error"),
                              QStringLiteral("created_at"),    QStringLiteral("updated_at")};
    for (const Entity *e : entities::all()) {
        auto r = db.value()->exec(QStringLiteral("PRAGMA table_info(%1)").arg(e->table));
        QVERIFY(r);
        QStringList columns;
        while (r.value().next())
            columns << r.value().value(1).toString();
        for (const QString &c : e->columns + sync)
            QVERIFY2(columns.contains(c), qPrintable(e->table + QLatin1Char('.') + c));
    }
}

void TestMigrations::upgradeFromVersion1KeepsDataAndIndexesIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto v1 = Database::open(path, Database::Options{1, true});
        QVERIFY2(v1, qPrintable(v1.error()));
        QCOMPARE(v1.value()->schemaVersion(), 1);
        QVERIFY(v1.value()->exec(QStringLiteral("INSERT INTO customers (name, short_name) VALUES (?, ?)"),
                                 {QStringLiteral("美的集团股份有限公司"), QStringLiteral("美的")}));
        QVERIFY(v1.value()->exec(QStringLiteral("INSERT INTO customers (name) VALUES ('Northwind Precision Ltd')")));
        auto fts = v1.value()->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'customer_fts'"));
        QCOMPARE(fts.value().toInt(), 0);
    }
    auto v2 = Database::open(path);
    QVERIFY2(v2, qPrintable(v2.error()));
    QCOMPARE(v2.value()->schemaVersion(), Database::kSchemaVersion);
    auto n = v2.value()->scalar(QStringLiteral("SELECT count(*) FROM customers"));
    QCOMPARE(n.value().toInt(), 2);
    // Rows written under version 1 are found by the search tables version 2 added.
    auto two = v2.value()->scalar(QStringLiteral("SELECT count(*) FROM customer_cjk WHERE customer_cjk MATCH '\"美的\"'"));
    QCOMPARE(two.value().toInt(), 1);
    auto latin = v2.value()->scalar(QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH '\"wind\"'"));
    QCOMPARE(latin.value().toInt(), 1);
}

void TestMigrations::upgradeToVersion7KeepsApprovalsAndTheirQuotesFollow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    {
        auto v6 = Database::open(path, Database::Options{6, true});
        QVERIFY2(v6, qPrintable(v6.error()));
        Database &db = *v6.value();
        QVERIFY(db.exec(QStringLiteral("INSERT INTO customers (id, name) VALUES (1, '华东精密')")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO quotes (id, number, customer_id, state) VALUES (5, 'Q-5', 1, 'pending_approval')")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO approvals (id, kind, subject_entity, subject_id, customer_id, title, state, "
                                       "submitted_at, steps, local_state) VALUES (3, 'quote', 'quote', 5, 1, 'Quote Q-5', 'pending', "
                                       "'2026-12-01T08:00:00Z', '[]', 1)")));
    }
    auto v7 = Database::open(path);
    QVERIFY2(v7, qPrintable(v7.error()));
    Database &db = *v7.value();
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    // Kept with its id, its local state and its sync columns; the form's facts filled in.
    QCOMPARE(db.scalar(QStringLiteral("SELECT title || '|' || local_state || '|' || reference || '|' || customer_name FROM approvals WHERE id = 3"))
                 .value().toString(),
             QStringLiteral("Quote Q-5|1|Q-5|华东精密"));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO approvals (title) VALUES ('next')")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT max(id) FROM approvals")).value().toInt(), 4); // AUTOINCREMENT goes on
    // The quote follows its latest approval: decided, revoked, and back to a draft.
    QVERIFY(db.exec(QStringLiteral("UPDATE approvals SET state = 'approved' WHERE id = 3")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = 5")).value().toString(), QStringLiteral("approved"));
    QVERIFY(db.exec(QStringLiteral("UPDATE approvals SET state = 'revoked' WHERE id = 3")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = 5")).value().toString(), QStringLiteral("draft"));
    // An older request decided later does not move a quote a newer request holds.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO approvals (kind, subject_entity, subject_id, customer_id, title, state, submitted_at) "
                                   "VALUES ('quote', 'quote', 5, 1, 'again', 'pending', '2026-12-02T08:00:00Z')")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = 5")).value().toString(), QStringLiteral("pending_approval"));
    QVERIFY(db.exec(QStringLiteral("UPDATE approvals SET state = 'rejected' WHERE id = 3")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = 5")).value().toString(), QStringLiteral("pending_approval"));
    // A quote already ordered is past approval.
    QVERIFY(db.exec(QStringLiteral("UPDATE quotes SET state = 'ordered' WHERE id = 5")));
    QVERIFY(db.exec(QStringLiteral("UPDATE approvals SET state = 'withdrawn' WHERE title = 'again'")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT state FROM quotes WHERE id = 5")).value().toString(), QStringLiteral("ordered"));
}

void TestMigrations::newerWorkspaceIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(db.value()->exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 5)));
        QVERIFY(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    auto again = Database::open(path);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QStringLiteral("newer")), qPrintable(again.error()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestMigrations::foreignDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw, "CREATE TABLE invoices(x); INSERT INTO invoices VALUES (1);", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().contains(QStringLiteral("another program")), qPrintable(db.error()));
    // Still exactly the foreign program's table.
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(raw, "SELECT count(*) FROM sqlite_schema", -1, &st, nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(st, 0), 1);
    sqlite3_finalize(st);
    sqlite3_close(raw);
}

void TestMigrations::corruptFileIsRefusedWithMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(!db.error().isEmpty(), "a corrupt file must explain itself");
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray(4096, 'x'));
}

void TestMigrations::fileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/private.sqlite"));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    const QFileDevice::Permissions p = QFile::permissions(path);
    QVERIFY(p & QFileDevice::ReadOwner);
    QVERIFY(!(p & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));
}

void TestMigrations::migrationsAreOrdered()
{
    int last = 0;
    for (const Migration &m : migrations()) {
        QVERIFY(m.version == last + 1);
        last = m.version;
    }
    QCOMPARE(last, Database::kSchemaVersion);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
