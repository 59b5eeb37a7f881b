// RawStatement (models/store/RawStatement) binds a pulled record's values through SQLite's own
// interface: a row it writes must read back as the same row Qt's SQLite driver writes from the
// same values, byte for byte and type for type.
#include "models/store/Database.h"
#include "models/store/RawStatement.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QtTest>

using namespace sb;

class TestRawStatement : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sameRowAsQtsDriver_data();
    void sameRowAsQtsDriver();
    void textAfterLongerTextKeepsItsLength();
    void utf8TextIsTextNotABlob();
    void loneSurrogateBecomesReplacementCharacter();
    void bindErrorIsReported();

private:
    // typeof() and hex() of the value in row id.
    QPair<QString, QString> stored(qint64 id);
    std::unique_ptr<Database> m_db;
};

void TestRawStatement::init()
{
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_db = opened.take();
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v)")));
}

void TestRawStatement::cleanup()
{
    m_db.reset();
}

QPair<QString, QString> TestRawStatement::stored(qint64 id)
{
    auto r = m_db->exec(QStringLiteral("SELECT typeof(v), hex(v) FROM t WHERE id = ?"), {id});
    if (!r || !r.value().next())
        return {};
    return {r.value().value(0).toString(), r.value().value(1).toString()};
}

void TestRawStatement::sameRowAsQtsDriver_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("chinese") << QVariant(QStringLiteral("客户同意, 下周报价"));
    QTest::newRow("emoji (a surrogate pair)") << QVariant(QStringLiteral("👍 done"));
    QTest::newRow("empty text") << QVariant(QString(QLatin1String("")));
    QTest::newRow("null text") << QVariant(QString());
    QTest::newRow("control characters") << QVariant(QStringLiteral("a\tb\r\nc\x01"));
    QTest::newRow("long text") << QVariant(QString(20000, QChar(0x4e2d)));
    QTest::newRow("int") << QVariant(42);
    QTest::newRow("long long") << QVariant(qint64(1) << 40);
    QTest::newRow("double") << QVariant(2.5);
    QTest::newRow("bool") << QVariant(true);
    QTest::newRow("blob") << QVariant(QByteArray("\x00\x01\xff", 3));
    QTest::newRow("date-time") << QVariant(QDateTime(QDate(2026, 12, 7), QTime(9, 30, 5, 120), Qt::UTC));
    QTest::newRow("no value") << QVariant();
}

void TestRawStatement::sameRowAsQtsDriver()
{
    QFETCH(QVariant, value);
    RawStatement &raw = m_db->raw(QStringLiteral("INSERT INTO t (id, v) VALUES (?, ?)"));
    raw.bind(0, 1);
    raw.bind(1, value);
    QVERIFY2(raw.run(), "RawStatement insert");
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO t (id, v) VALUES (?, ?)"), {2, value}));
    const auto ours = stored(1);
    QVERIFY(!ours.first.isEmpty());
    QCOMPARE(ours, stored(2));
}

void TestRawStatement::textAfterLongerTextKeepsItsLength()
{
    // The UTF-8 buffer is kept from one value to the next: a short text after a long one must
    // not carry the long one's tail.
    RawStatement &raw = m_db->raw(QStringLiteral("INSERT INTO t (id, v) VALUES (?, ?)"));
    const QStringList texts{QString(5000, QChar(0x5ba2)), QStringLiteral("ok"), QString(QLatin1String("")), QStringLiteral("客户")};
    for (int i = 0; i < texts.size(); ++i) {
        raw.bind(0, i + 1);
        raw.bind(1, texts.at(i));
        QVERIFY(raw.run());
    }
    for (int i = 0; i < texts.size(); ++i) {
        auto r = m_db->scalar(QStringLiteral("SELECT v FROM t WHERE id = ?"), {i + 1});
        QVERIFY(r);
        QCOMPARE(r.value().toString(), texts.at(i));
    }
    QCOMPARE(stored(3).first, QStringLiteral("text")); // empty, not NULL
}

void TestRawStatement::utf8TextIsTextNotABlob()
{
    RawStatement &raw = m_db->raw(QStringLiteral("INSERT INTO t (id, v) VALUES (?, ?)"));
    raw.bind(0, 1);
    raw.bindUtf8(1, QStringLiteral("{\"subject\":\"拜访\"}").toUtf8());
    QVERIFY(raw.run());
    raw.bind(0, 2);
    raw.bindUtf8(1, QByteArray());
    QVERIFY(raw.run());
    QCOMPARE(stored(1).first, QStringLiteral("text"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT v FROM t WHERE id = 1")).value().toString(), QStringLiteral("{\"subject\":\"拜访\"}"));
    QCOMPARE(stored(2), qMakePair(QStringLiteral("text"), QString(QLatin1String(""))));
}

void TestRawStatement::loneSurrogateBecomesReplacementCharacter()
{
    // Not valid text: stored as U+FFFD, valid UTF-8 that reads back.
    QString broken = QStringLiteral("a");
    broken += QChar(0xd800);
    RawStatement &raw = m_db->raw(QStringLiteral("INSERT INTO t (id, v) VALUES (?, ?)"));
    raw.bind(0, 1);
    raw.bind(1, broken);
    QVERIFY(raw.run());
    QCOMPARE(stored(1), qMakePair(QStringLiteral("text"), QStringLiteral("61EFBFBD")));
}

void TestRawStatement::bindErrorIsReported()
{
    RawStatement &raw = m_db->raw(QStringLiteral("INSERT INTO t (id, v) VALUES (?, ?)"));
    raw.bind(0, 1);
    raw.bindUtf8(5, "out of range"); // no such parameter
    const Status s = raw.run();
    QVERIFY(!s);
    QVERIFY2(!s.error().isEmpty(), "the failure says why");
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM t")).value().toInt(), 0);
    // The statement works again afterwards.
    raw.bind(0, 1);
    raw.bind(1, QStringLiteral("again"));
    QVERIFY(raw.run());
}

QTEST_GUILESS_MAIN(TestRawStatement)
#include "tst_rawstatement.moc"
