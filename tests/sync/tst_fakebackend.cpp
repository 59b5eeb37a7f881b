// The fake ERP back end and the HTTP layer, over real HTTP on loopback: the REST API behaves
// like a server with versions and cursors, and every injected fault reaches the engine as the
// RemoteErrorClass it must act on (Uncertain whenever a write may have been applied).
#include "fake/FakeBackend.h"
#include "fake/FakeConnector.h"
#include "sync/http/JsonHttpCall.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace sb;

namespace {

const QString kCustomers = QStringLiteral("customers");

QString name(RemoteErrorClass c)
{
    switch (c) {
    case RemoteErrorClass::None: return QStringLiteral("None");
    case RemoteErrorClass::Temporary: return QStringLiteral("Temporary");
    case RemoteErrorClass::Uncertain: return QStringLiteral("Uncertain");
    case RemoteErrorClass::Permanent: return QStringLiteral("Permanent");
    case RemoteErrorClass::Conflict: return QStringLiteral("Conflict");
    case RemoteErrorClass::NotFound: return QStringLiteral("NotFound");
    case RemoteErrorClass::CursorInvalid: return QStringLiteral("CursorInvalid");
    case RemoteErrorClass::Malformed: return QStringLiteral("Malformed");
    }
    return {};
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariantMap customer(const QString &customerName)
{
    return {{QStringLiteral("name"), customerName}, {QStringLiteral("city"), QStringLiteral("Lyon")}};
}

QStringList messages; // what the log handler saw
void captureLog(QtMsgType, const QMessageLogContext &, const QString &text)
{
    messages.append(text);
}

} // namespace

class TestFakeBackend : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void createThenPull();
    void largeWriteArrivesWhole();
    void pullSinceCursorReturnsOnlyNewer();
    void tombstonesOnlyWhereEnabled();
    void staleBaseVersionIsConflict();
    void goneRecordIsNotFound();
    void faultClasses_data();
    void faultClasses();
    void commitThenResetCreatesOnceAndLookupFindsIt();
    void retryAfterSecondsAndDate();
    void parseRetryAfter();
    void validationRuleIsPermanentWithMessage();
    void duplicateAndReorderedPages();
    void clockSkewMovesModifiedAtBackwards();
    void nativeIdempotencyReturnsSameRecord();
    void lookupOfUnknownKeyIsNotFound();
    void lookupOfADeletedRecordsKeyFindsItDeleted();
    void listIdsAndFetch();
    void probabilityFaultsAreReproducible();
    void connectionRefusedIsTemporary();
    void abortEndsOnce();
    void gatedAnswerWaitsForItsGate();
    void secretsNeverReachLogsOrMessages();

private:
    // Starts the call and waits (event loop, test only) for its one finished().
    void run(RemoteCall *raw, RemoteResult &out);
    RemoteResult pullAll(const PullCursor &cursor = {}, int pageSize = 100);

    std::unique_ptr<FakeBackend> m_backend;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeConnector> m_connector;
};

void TestFakeBackend::init()
{
    m_backend = std::make_unique<FakeBackend>();
    QVERIFY(m_backend->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_connector = std::make_unique<FakeConnector>(m_nam.get(), m_backend->baseUrl(), QStringList{kCustomers});
    m_connector->setTimeoutMs(300);
}

void TestFakeBackend::cleanup()
{
    m_connector.reset();
    m_nam.reset();
    m_backend.reset();
}

void TestFakeBackend::run(RemoteCall *raw, RemoteResult &out)
{
    std::unique_ptr<RemoteCall> call(raw);
    QSignalSpy finished(call.get(), &RemoteCall::finished);
    call->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    out = finished.first().first().value<RemoteResult>();
    QTest::qWait(20); // a second finished() would show up here
    QCOMPARE(finished.count(), 1);
}

RemoteResult TestFakeBackend::pullAll(const PullCursor &cursor, int pageSize)
{
    RemoteResult r;
    run(m_connector->pull(kCustomers, cursor, pageSize), r);
    return r;
}

void TestFakeBackend::createThenPull()
{
    RemoteResult created;
    run(m_connector->create(kCustomers, customer(QStringLiteral("Acme")), newKey()), created);
    QCOMPARE(name(created.error), name(RemoteErrorClass::None));
    QVERIFY(created.record.remoteId.startsWith(QLatin1String("c-")));
    QCOMPARE(created.record.version, QStringLiteral("1"));

    const RemoteResult page = pullAll();
    QCOMPARE(name(page.error), name(RemoteErrorClass::None));
    QCOMPARE(page.records.size(), 1);
    QCOMPARE(page.records[0].remoteId, created.record.remoteId);
    QCOMPARE(page.records[0].fields.value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
    QCOMPARE(page.next.id, created.record.remoteId);
    QCOMPARE(page.next.time, created.record.modifiedAt);
    QVERIFY(!page.hasMore);
}

void TestFakeBackend::largeWriteArrivesWhole()
{
    // Bigger than Qt's upload chunks: the read-once body must still deliver every byte.
    const QString notes = QString(300 * 1024, QLatin1Char('n')) + QStringLiteral("end");
    QVariantMap fields = customer(QStringLiteral("Big"));
    fields.insert(QStringLiteral("notes"), notes);
    // 300 KB within the class's 300 ms: the sanitizer build sends it several times slower
    // (scripts/sanitizer-env.sh sets the factor).
    m_connector->setTimeoutMs(300 * qMax(1, qEnvironmentVariableIntValue("SB_TIME_LIMIT_FACTOR")));
    RemoteResult created;
    run(m_connector->create(kCustomers, fields, newKey()), created);
    QVERIFY2(created.ok(), qPrintable(created.message));
    QCOMPARE(m_backend->record(kCustomers, created.record.remoteId)->fields.value(QStringLiteral("notes")).toString(), notes);
}

void TestFakeBackend::pullSinceCursorReturnsOnlyNewer()
{
    const FakeRecord a = m_backend->insert(kCustomers, customer(QStringLiteral("A")));
    const FakeRecord b = m_backend->insert(kCustomers, customer(QStringLiteral("B")));
    m_backend->insert(kCustomers, customer(QStringLiteral("C")));

    const RemoteResult first = pullAll({}, 2);
    QCOMPARE(first.records.size(), 2);
    QVERIFY(first.hasMore);
    QCOMPARE(first.next.id, b.id);

    const RemoteResult second = pullAll(first.next, 2);
    QCOMPARE(second.records.size(), 1);
    QCOMPARE(second.records[0].fields.value(QStringLiteral("name")).toString(), QStringLiteral("C"));
    QVERIFY(!second.hasMore);

    QVERIFY(m_backend->edit(kCustomers, a.id, {{QStringLiteral("city"), QStringLiteral("Nantes")}}));
    const RemoteResult third = pullAll(second.next);
    QCOMPARE(third.records.size(), 1);
    QCOMPARE(third.records[0].remoteId, a.id);
    QCOMPARE(third.records[0].version, QStringLiteral("2"));

    const RemoteResult nothing = pullAll(third.next);
    QVERIFY(nothing.ok());
    QVERIFY(nothing.records.isEmpty());
    QCOMPARE(nothing.next.id, third.next.id); // an empty page keeps the cursor where it was
}

void TestFakeBackend::tombstonesOnlyWhereEnabled()
{
    const FakeRecord a = m_backend->insert(kCustomers, customer(QStringLiteral("A")));
    const RemoteResult before = pullAll();
    QVERIFY(m_backend->remove(kCustomers, a.id));
    QVERIFY(pullAll(before.next).records.isEmpty()); // no tombstones: it just vanishes
    QCOMPARE(m_backend->count(kCustomers), 0);

    m_backend->setTombstones(kCustomers, true);
    const RemoteResult after = pullAll(before.next);
    QCOMPARE(after.records.size(), 1);
    QVERIFY(after.records[0].deleted);
}

void TestFakeBackend::staleBaseVersionIsConflict()
{
    RemoteResult created;
    run(m_connector->create(kCustomers, customer(QStringLiteral("Acme")), newKey()), created);
    QVERIFY(created.ok());
    const QString id = created.record.remoteId;
    QVERIFY(m_backend->edit(kCustomers, id, {{QStringLiteral("city"), QStringLiteral("Paris")}}));

    RemoteResult stale;
    run(m_connector->update(kCustomers, id, {{QStringLiteral("name"), QStringLiteral("Acme SA")}}, QStringLiteral("1"),
                            newKey()),
        stale);
    QCOMPARE(name(stale.error), name(RemoteErrorClass::Conflict));
    QCOMPARE(stale.record.version, QStringLiteral("2")); // the server's side, for the merge
    QCOMPARE(stale.record.fields.value(QStringLiteral("city")).toString(), QStringLiteral("Paris"));
    QCOMPARE(m_backend->record(kCustomers, id)->fields.value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));

    RemoteResult fresh;
    run(m_connector->update(kCustomers, id, {{QStringLiteral("name"), QStringLiteral("Acme SA")}}, QStringLiteral("2"),
                            newKey()),
        fresh);
    QVERIFY2(fresh.ok(), qPrintable(fresh.message));
    QCOMPARE(fresh.record.version, QStringLiteral("3"));
}

void TestFakeBackend::goneRecordIsNotFound()
{
    const FakeRecord a = m_backend->insert(kCustomers, customer(QStringLiteral("A")));
    QVERIFY(m_backend->remove(kCustomers, a.id));
    RemoteResult update;
    run(m_connector->update(kCustomers, a.id, customer(QStringLiteral("B")), QStringLiteral("1"), newKey()), update);
    QCOMPARE(name(update.error), name(RemoteErrorClass::NotFound));
    RemoteResult removal;
    run(m_connector->remove(kCustomers, a.id, newKey()), removal);
    QCOMPARE(name(removal.error), name(RemoteErrorClass::NotFound));
}

void TestFakeBackend::faultClasses_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("recordsAfter"); // one record exists before

    const QString list = QStringLiteral("/api/customers");
    const auto none = name(RemoteErrorClass::None);
    const auto temporary = name(RemoteErrorClass::Temporary);
    const auto uncertain = name(RemoteErrorClass::Uncertain);
    const auto malformed = name(RemoteErrorClass::Malformed);

    // Qt resends a read by itself after a lost connection: only a lasting fault reaches us.
    QTest::newRow("reset GET") << Fault::reset().on("GET", list).always() << "pull" << temporary << 1;
    QTest::newRow("reset GET once") << Fault::reset().on("GET", list) << "pull" << none << 1;
    QTest::newRow("reset POST") << Fault::reset().on("POST", list) << "create" << uncertain << 1;
    QTest::newRow("reset PATCH") << Fault::reset().on("PATCH", list) << "update" << uncertain << 1;
    QTest::newRow("reset DELETE") << Fault::reset().on("DELETE", list) << "delete" << uncertain << 1;
    QTest::newRow("commit+reset POST") << Fault::commitThenReset().on("POST", list) << "create" << uncertain << 2;
    QTest::newRow("commit+reset DELETE") << Fault::commitThenReset().on("DELETE", list) << "delete" << uncertain << 0;
    QTest::newRow("503 GET") << Fault::status(503).on("GET", list) << "pull" << temporary << 1;
    QTest::newRow("503 POST") << Fault::status(503).on("POST", list) << "create" << temporary << 1;
    QTest::newRow("429 POST") << Fault::status(429).on("POST", list).retryAfter(1) << "create" << temporary << 1;
    QTest::newRow("500 GET") << Fault::status(500).on("GET", list) << "pull" << temporary << 1;
    QTest::newRow("500 POST") << Fault::status(500).on("POST", list) << "create" << uncertain << 1;
    QTest::newRow("500 after commit POST") << Fault::status(500).on("POST", list).afterCommit() << "create" << uncertain << 2;
    QTest::newRow("400 POST") << Fault::status(400, QStringLiteral("bad")).on("POST", list) << "create"
                              << name(RemoteErrorClass::Permanent) << 1;
    QTest::newRow("truncate GET") << Fault::truncate().on("GET", list) << "pull" << malformed << 1;
    QTest::newRow("truncate POST") << Fault::truncate().on("POST", list) << "create" << uncertain << 2;
    QTest::newRow("malformed GET") << Fault::malformed().on("GET", list) << "pull" << malformed << 1;
    QTest::newRow("malformed POST") << Fault::malformed().on("POST", list) << "create" << uncertain << 2;
    QTest::newRow("malformed PATCH") << Fault::malformed().on("PATCH", list) << "update" << uncertain << 1;
    QTest::newRow("delay GET") << Fault::delay(1500).on("GET", list) << "pull" << temporary << 1;
    QTest::newRow("delay POST") << Fault::delay(1500).on("POST", list) << "create" << uncertain << 2;
    QTest::newRow("410 GET") << Fault::cursorInvalid().on("GET", list) << "pull" << name(RemoteErrorClass::CursorInvalid) << 1;
    QTest::newRow("fault elsewhere") << Fault::reset().on("GET", QStringLiteral("/api/orders")) << "pull" << none << 1;
}

void TestFakeBackend::faultClasses()
{
    QFETCH(Fault, fault);
    QFETCH(QString, op);
    QFETCH(QString, expected);
    QFETCH(int, recordsAfter);

    const FakeRecord seed = m_backend->insert(kCustomers, customer(QStringLiteral("Seed")));
    m_backend->inject(fault);
    const QString key = newKey();
    RemoteCall *call = nullptr;
    if (op == QLatin1String("pull"))
        call = m_connector->pull(kCustomers, {}, 100);
    else if (op == QLatin1String("create"))
        call = m_connector->create(kCustomers, customer(QStringLiteral("New")), key);
    else if (op == QLatin1String("update"))
        call = m_connector->update(kCustomers, seed.id, customer(QStringLiteral("Renamed")), QStringLiteral("1"), key);
    else
        call = m_connector->remove(kCustomers, seed.id, key);
    RemoteResult result;
    run(call, result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(name(result.error), expected);
    QVERIFY(result.ok() || !result.message.isEmpty());
    QVERIFY2(!result.message.contains(QLatin1String("Error")), qPrintable(result.message)); // no Qt enum names
    // Qt's HTTP stack resends a request on its own after a lost connection; for a write that
    // would repeat a committed change, so JsonHttpCall must have stopped it.
    if (op != QLatin1String("pull"))
        QCOMPARE(m_backend->requestCount(), 1);
    QCOMPARE(m_backend->count(kCustomers), recordsAfter);
    if (op == QLatin1String("create"))
        QVERIFY(m_backend->createsForKey(key) == recordsAfter - 1);
}

void TestFakeBackend::commitThenResetCreatesOnceAndLookupFindsIt()
{
    m_backend->inject(Fault::commitThenReset().on("POST", QStringLiteral("/api/customers")));
    const QString key = newKey();
    RemoteResult created;
    run(m_connector->create(kCustomers, customer(QStringLiteral("Acme")), key), created);
    QCOMPARE(name(created.error), name(RemoteErrorClass::Uncertain));
    QCOMPARE(m_backend->createsForKey(key), 1); // not 2: Qt's own resend of the POST was refused

    // What the engine does next: look it up by its key instead of creating again.
    RemoteResult lookup;
    run(m_connector->lookupByKey(kCustomers, key, {}), lookup);
    QVERIFY2(lookup.ok(), qPrintable(lookup.message));
    QVERIFY(lookup.found);
    QCOMPARE(lookup.record.remoteId, m_backend->findByKey(kCustomers, key)->id);
    QCOMPARE(m_backend->count(kCustomers), 1);
}

void TestFakeBackend::retryAfterSecondsAndDate()
{
    m_backend->inject(Fault::status(503).on("GET", QStringLiteral("/api/customers")).retryAfter(2));
    RemoteResult seconds = pullAll();
    QCOMPARE(name(seconds.error), name(RemoteErrorClass::Temporary));
    QCOMPARE(seconds.retryAfterMs, 2000);

    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(5);
    const QByteArray httpDate = QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    m_backend->inject(Fault::status(429).on("GET", QStringLiteral("/api/customers")).retryAfterHeader(httpDate));
    RemoteResult date = pullAll();
    QCOMPARE(name(date.error), name(RemoteErrorClass::Temporary));
    QVERIFY2(date.retryAfterMs > 3000 && date.retryAfterMs <= 5000, QByteArray::number(date.retryAfterMs));

    m_backend->inject(Fault::status(503).on("GET", QStringLiteral("/api/customers")));
    QCOMPARE(pullAll().retryAfterMs, -1);
}

void TestFakeBackend::parseRetryAfter()
{
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 27), Qt::UTC);
    QCOMPARE(JsonHttpCall::parseRetryAfter("2", now), 2000);
    QCOMPARE(JsonHttpCall::parseRetryAfter(" 0 ", now), 0);
    QCOMPARE(JsonHttpCall::parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now), 10000);
    QCOMPARE(JsonHttpCall::parseRetryAfter("Sun, 06 Nov 1994 08:49:17 GMT", now), 0); // in the past
    QCOMPARE(JsonHttpCall::parseRetryAfter("999999999", now), 24 * 3600 * 1000);   // capped at a day
    QCOMPARE(JsonHttpCall::parseRetryAfter("soon", now), -1);
    QCOMPARE(JsonHttpCall::parseRetryAfter("-3", now), -1);
    QCOMPARE(JsonHttpCall::parseRetryAfter("", now), -1);
}

void TestFakeBackend::validationRuleIsPermanentWithMessage()
{
    RemoteResult before;
    run(m_connector->create(kCustomers, {{QStringLiteral("name"), QStringLiteral("No VAT")}}, newKey()), before);
    QVERIFY(before.ok());

    // The rule arrives "while the client was offline".
    m_backend->addRule(kCustomers, QStringLiteral("vat"), [](const QVariant &v) { return !v.toString().isEmpty(); },
                       QStringLiteral("A VAT number is required."));
    const QString key = newKey();
    RemoteResult after;
    run(m_connector->create(kCustomers, {{QStringLiteral("name"), QStringLiteral("Still no VAT")}}, key), after);
    QCOMPARE(name(after.error), name(RemoteErrorClass::Permanent));
    QCOMPARE(after.message, QStringLiteral("A VAT number is required.")); // the server's words, as they are
    QCOMPARE(m_backend->createsForKey(key), 0);

    RemoteResult update;
    run(m_connector->update(kCustomers, before.record.remoteId, {{QStringLiteral("city"), QStringLiteral("Metz")}}, {},
                            newKey()),
        update);
    QCOMPARE(name(update.error), name(RemoteErrorClass::Permanent)); // the merged record is checked
}

void TestFakeBackend::duplicateAndReorderedPages()
{
    for (int i = 0; i < 4; ++i)
        m_backend->insert(kCustomers, customer(QStringLiteral("C%1").arg(i)));
    const QList<FakeRecord> server = m_backend->records(kCustomers);

    m_backend->inject(Fault::duplicatePage().on("GET", QStringLiteral("/api/customers")));
    const RemoteResult duplicated = pullAll();
    QVERIFY(duplicated.ok());
    QCOMPARE(duplicated.records.size(), 6);
    QCOMPARE(duplicated.records[4].remoteId, duplicated.records[0].remoteId);
    QCOMPARE(duplicated.next.id, server.last().id); // the cursor is still the true end

    m_backend->inject(Fault::reorderPage().on("GET", QStringLiteral("/api/customers")));
    const RemoteResult reordered = pullAll();
    QCOMPARE(reordered.records.size(), 4);
    QCOMPARE(reordered.records.first().remoteId, server.last().id);
    QCOMPARE(reordered.next.id, server.last().id);
}

void TestFakeBackend::clockSkewMovesModifiedAtBackwards()
{
    const FakeRecord a = m_backend->insert(kCustomers, customer(QStringLiteral("A")));
    const FakeRecord b = m_backend->insert(kCustomers, customer(QStringLiteral("B")));
    QVERIFY(b.modifiedMs > a.modifiedMs); // strictly increasing at a constant skew
    const RemoteResult seen = pullAll();

    m_backend->setClockSkew(-60 * 1000);
    const FakeRecord late = m_backend->insert(kCustomers, customer(QStringLiteral("Late")));
    QVERIFY(late.modifiedMs < b.modifiedMs);
    // A cursor taken before the clock went back misses the record: why pulls need an overlap.
    QVERIFY(pullAll(seen.next).records.isEmpty());
    PullCursor overlap;
    overlap.time = QDateTime::fromString(seen.next.time, Qt::ISODateWithMs).addSecs(-120).toString(Qt::ISODateWithMs);
    QCOMPARE(pullAll(overlap).records.size(), 3);
}

void TestFakeBackend::nativeIdempotencyReturnsSameRecord()
{
    m_backend->setNativeIdempotency(kCustomers, true);
    const QString key = newKey();
    RemoteResult first;
    run(m_connector->create(kCustomers, customer(QStringLiteral("Acme")), key), first);
    RemoteResult again;
    run(m_connector->create(kCustomers, customer(QStringLiteral("Acme")), key), again);
    QVERIFY(first.ok() && again.ok());
    QCOMPARE(again.record.remoteId, first.record.remoteId);
    QCOMPARE(m_backend->count(kCustomers), 1);
    QCOMPARE(m_backend->createsForKey(key), 1);

    // Without it, the same key creates twice: the engine must look up before re-creating.
    m_backend->setNativeIdempotency(kCustomers, false);
    RemoteResult blind;
    run(m_connector->create(kCustomers, customer(QStringLiteral("Acme")), key), blind);
    QCOMPARE(m_backend->createsForKey(key), 2);
}

void TestFakeBackend::lookupOfUnknownKeyIsNotFound()
{
    RemoteResult lookup;
    run(m_connector->lookupByKey(kCustomers, newKey(), {}), lookup);
    QVERIFY2(lookup.ok(), qPrintable(lookup.message));
    QVERIFY(!lookup.found);
}

void TestFakeBackend::lookupOfADeletedRecordsKeyFindsItDeleted()
{
    // Like a real server, the fake remembers that a key made a record that is gone since.
    const QString key = newKey();
    RemoteResult created;
    run(m_connector->create(kCustomers, customer(QStringLiteral("Gone")), key), created);
    QVERIFY2(created.ok(), qPrintable(created.message));
    QVERIFY(m_backend->remove(kCustomers, created.record.remoteId));
    RemoteResult lookup;
    run(m_connector->lookupByKey(kCustomers, key, {}), lookup);
    QVERIFY2(lookup.ok(), qPrintable(lookup.message));
    QVERIFY(lookup.found);
    QVERIFY(lookup.record.deleted);
    QCOMPARE(lookup.record.remoteId, created.record.remoteId);
    QVERIFY(!m_backend->findByKey(kCustomers, key)); // live records only, unless asked
    QVERIFY(m_backend->findByKey(kCustomers, key, true));

    // With native idempotency the repeated key does not make it again either.
    m_backend->setNativeIdempotency(kCustomers, true);
    RemoteResult again;
    run(m_connector->create(kCustomers, customer(QStringLiteral("Gone")), key), again);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(again.record.deleted);
    QCOMPARE(m_backend->count(kCustomers), 0);
    QCOMPARE(m_backend->createsForKey(key), 1);
}

void TestFakeBackend::listIdsAndFetch()
{
    const FakeRecord a = m_backend->insert(kCustomers, customer(QStringLiteral("A")));
    const FakeRecord b = m_backend->insert(kCustomers, customer(QStringLiteral("B")));
    QVERIFY(m_backend->remove(kCustomers, b.id));
    RemoteResult ids;
    run(m_connector->listIds(kCustomers), ids);
    QCOMPARE(ids.ids, QStringList{a.id});

    m_backend->inject(Fault::reset().on("POST", QStringLiteral("/api/customers/fetch")).always());
    RemoteResult lost;
    run(m_connector->fetch(kCustomers, {a.id, b.id}), lost);
    QCOMPARE(name(lost.error), name(RemoteErrorClass::Temporary)); // a read, even if sent by POST
    m_backend->clearFaults();
    RemoteResult fetched;
    run(m_connector->fetch(kCustomers, {a.id, b.id}), fetched);
    QCOMPARE(fetched.records.size(), 1);
    QCOMPARE(fetched.records[0].remoteId, a.id);
}

void TestFakeBackend::probabilityFaultsAreReproducible()
{
    auto pattern = [this] {
        QString seen;
        m_backend->clearFaults();
        m_backend->setSeed(42);
        m_backend->inject(Fault::status(503).on("GET", QStringLiteral("/api/customers")).always().withProbability(0.5));
        for (int i = 0; i < 12; ++i)
            seen += pullAll().ok() ? QLatin1Char('.') : QLatin1Char('x');
        return seen;
    };
    const QString first = pattern();
    QVERIFY2(first.contains(QLatin1Char('.')) && first.contains(QLatin1Char('x')), qPrintable(first));
    QCOMPARE(pattern(), first);
}

void TestFakeBackend::connectionRefusedIsTemporary()
{
    const QUrl url = m_backend->baseUrl();
    m_backend.reset(); // nothing listens on that port any more
    FakeConnector gone(m_nam.get(), url, {kCustomers});
    RemoteResult created;
    run(gone.create(kCustomers, customer(QStringLiteral("Acme")), newKey()), created);
    QCOMPARE(name(created.error), name(RemoteErrorClass::Temporary)); // never sent: safe to resend
    m_backend = std::make_unique<FakeBackend>();
}

void TestFakeBackend::abortEndsOnce()
{
    m_backend->inject(Fault::delay(2000).on("GET", QStringLiteral("/api/customers")));
    m_backend->inject(Fault::delay(2000).on("POST", QStringLiteral("/api/customers")));
    m_connector->setTimeoutMs(5000);
    for (RemoteCall *raw : {m_connector->pull(kCustomers, {}, 10),
                            m_connector->create(kCustomers, customer(QStringLiteral("A")), newKey())}) {
        std::unique_ptr<RemoteCall> call(raw);
        QSignalSpy finished(call.get(), &RemoteCall::finished);
        call->start();
        QTRY_VERIFY(m_backend->requestCount() > 0);
        call->abort();
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<RemoteResult>();
        // A write that left may have been applied; a read is simply retried.
        QCOMPARE(name(result.error), name(qobject_cast<JsonHttpCall *>(call.get())->isMutating()
                                              ? RemoteErrorClass::Uncertain
                                              : RemoteErrorClass::Temporary));
        call->abort();
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        m_backend->resetCounters();
    }
}

void TestFakeBackend::gatedAnswerWaitsForItsGate()
{
    // The answer's headers are announced (answering) when they come; its handling waits until
    // the gate says go, and an abort meanwhile ends the call once, for good.
    RemoteResult created;
    run(m_connector->create(kCustomers, customer(QStringLiteral("A")), newKey()), created);
    QCOMPARE(name(created.error), name(RemoteErrorClass::None));
    for (const bool abortFirst : {false, true}) {
        std::unique_ptr<RemoteCall> call(m_connector->pull(kCustomers, {}, 10));
        auto *http = qobject_cast<JsonHttpCall *>(call.get());
        QVERIFY(http);
        std::function<void()> go;
        http->setGate([&go](std::function<void()> g) { go = std::move(g); });
        QSignalSpy answering(call.get(), &RemoteCall::answering);
        QSignalSpy finished(call.get(), &RemoteCall::finished);
        call->start();
        QTRY_VERIFY(go != nullptr);
        QCOMPARE(answering.count(), 1);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        if (abortFirst)
            call->abort();
        go();
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<RemoteResult>();
        QCOMPARE(name(result.error), name(abortFirst ? RemoteErrorClass::Temporary : RemoteErrorClass::None));
        if (!abortFirst)
            QCOMPARE(result.records.size(), 1);
        QTest::qWait(20);
        QCOMPARE(finished.count(), 1);
    }
}

void TestFakeBackend::secretsNeverReachLogsOrMessages()
{
    const QByteArray secret = "tok-s3cr3t-42";
    messages.clear();
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QVERIFY(!lcHttpTrace().isDebugEnabled()); // the trace is off unless asked for
    QLoggingCategory::setFilterRules(QStringLiteral("salesbridge.sync.http*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);

    m_connector->setAccessToken(secret);
    RemoteResult ok;
    run(m_connector->pull(kCustomers, {}, 10), ok);
    m_backend->inject(Fault::status(500, QStringLiteral("db down")).on("POST", QStringLiteral("/api/customers")));
    RemoteResult failed;
    run(m_connector->create(kCustomers, customer(QStringLiteral("A")), newKey()), failed);
    // Credentials in the URL itself must not leak either.
    QUrl withSecrets = m_backend->baseUrl();
    withSecrets.setUserInfo(QStringLiteral("admin:") + QString::fromLatin1(secret));
    withSecrets.setPath(QStringLiteral("/api/customers/ids"));
    withSecrets.setQuery(QStringLiteral("access_token=") + QString::fromLatin1(secret));
    RemoteResult direct;
    run(new JsonHttpCall(m_nam.get(), QNetworkRequest(withSecrets), "GET", {}, false, 2000), direct);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(ok.ok() && direct.ok());
    QCOMPARE(name(failed.error), name(RemoteErrorClass::Uncertain));
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("GET /api/customers")), qPrintable(all)); // the trace is on
    QVERIFY2(!all.contains(QString::fromLatin1(secret)), qPrintable(all));
    QVERIFY(!failed.message.contains(QString::fromLatin1(secret)));
}

QTEST_GUILESS_MAIN(TestFakeBackend)
#include "tst_fakebackend.moc"
