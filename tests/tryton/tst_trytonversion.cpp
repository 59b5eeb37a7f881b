// A Tryton record's version (TrytonMapping.h) and the lock a write sends with it (TrytonOp.h),
// without a server. Tryton on SQLite counts _timestamp in whole seconds: an edit in the same
// second as the version the cache holds must still read as another version, while the lock
// must carry Tryton's own _timestamp, which trytond compares as it is.
#include "sync/connectors/tryton/TrytonMapping.h"
#include "sync/connectors/tryton/TrytonOp.h"

#include <QJsonObject>
#include <QTest>

using namespace sb;
using namespace sb::tryton;

class TestTrytonVersion : public QObject {
    Q_OBJECT
private slots:
    void editInTheSameSecondIsAnotherVersion();
    void neverWrittenTakesItsCreateDate();
    void fractionalTimestampIsTakenAsItIs();
    void lockCarriesTrytonsOwnTimestamp();
    void withoutTimestampTheDatesAreTheVersion();
};

namespace {
QJsonObject at(int second, int microsecond)
{
    return QJsonObject{{QStringLiteral("__class__"), QStringLiteral("datetime")}, {QStringLiteral("year"), 2026},
                       {QStringLiteral("month"), 12}, {QStringLiteral("day"), 7}, {QStringLiteral("hour"), 18},
                       {QStringLiteral("minute"), 2}, {QStringLiteral("second"), second}, {QStringLiteral("microsecond"), microsecond}};
}

QJsonObject row(const QString &timestamp, const QJsonValue &writeDate, const QJsonValue &createDate = at(1, 500))
{
    return QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("_timestamp"), timestamp},
                       {QStringLiteral("write_date"), writeDate}, {QStringLiteral("create_date"), createDate}};
}
} // namespace

void TestTrytonVersion::editInTheSameSecondIsAnotherVersion()
{
    // Two writes 0.2 s apart, in the same second: trytond gives both the same _timestamp.
    const QString first = versionOf(row(QStringLiteral("1796666521"), at(41, 120000)));
    const QString second = versionOf(row(QStringLiteral("1796666521"), at(41, 320000)));
    QVERIFY(first != second);
    QCOMPARE(first, QStringLiteral("1796666521#120000"));
    // The same row read twice is the same version.
    QCOMPARE(versionOf(row(QStringLiteral("1796666521"), at(41, 120000))), first);
}

void TestTrytonVersion::neverWrittenTakesItsCreateDate()
{
    QCOMPARE(versionOf(row(QStringLiteral("1796666461"), QJsonValue::Null, at(1, 500))), QStringLiteral("1796666461#500"));
}

void TestTrytonVersion::fractionalTimestampIsTakenAsItIs()
{
    // trytond on PostgreSQL: EXTRACT(EPOCH) has the microseconds already.
    QCOMPARE(versionOf(row(QStringLiteral("1796666521.12"), at(41, 120000))), QStringLiteral("1796666521.12"));
}

void TestTrytonVersion::lockCarriesTrytonsOwnTimestamp()
{
    const QString version = versionOf(row(QStringLiteral("1796666521"), at(41, 120000)));
    const QJsonObject lock = lockContext(QStringLiteral("party.party"), 3, version);
    QCOMPARE(lock.value(QStringLiteral("_timestamp")).toObject().value(QStringLiteral("party.party,3")).toString(),
             QStringLiteral("1796666521"));
    // A version kept before the microseconds were added locks the same way.
    QCOMPARE(lockContext(QStringLiteral("party.party"), 3, QStringLiteral("1796666521"))
                 .value(QStringLiteral("_timestamp")).toObject().value(QStringLiteral("party.party,3")).toString(),
             QStringLiteral("1796666521"));
    // Versions that are not one record's timestamp take no lock.
    QVERIFY(lockContext(QStringLiteral("party.party"), 3, QStringLiteral("7:1796666521#1;8:1796666522#2")).isEmpty());
    QVERIFY(lockContext(QStringLiteral("party.party"), 3, QString()).isEmpty());
}

void TestTrytonVersion::withoutTimestampTheDatesAreTheVersion()
{
    QJsonObject o = row(QString(), at(41, 120000));
    o.remove(QStringLiteral("_timestamp"));
    const QString version = versionOf(o);
    QVERIFY2(version.contains(QLatin1Char('/')), qPrintable(version));
    QVERIFY(lockContext(QStringLiteral("party.party"), 3, version).isEmpty());
}

QTEST_GUILESS_MAIN(TestTrytonVersion)
#include "tst_trytonversion.moc"
