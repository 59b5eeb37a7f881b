#pragma once
// What the sync, connector and window tests share: one cycle of an engine, a value read from the
// workspace, a customer made the way a person makes one. A fixture that cannot do its part stops
// the test program with the reason (qFatal): that is a broken test, not a finding.
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "sync/engine/SyncEngine.h"

#include <QSignalSpy>
#include <QVariant>

namespace sb::testing {

enum class OnTimeout {
    Stop,   // qFatal: the engine would go on running under the next test
    Report, // a failed summary saying so: the engine is local to the caller and ends with it
};

// Starts a cycle of `engine` and waits for its summary.
inline SyncSummary runCycle(SyncEngine &engine, int timeoutMs = 20000, OnTimeout onTimeout = OnTimeout::Stop)
{
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (!done.wait(timeoutMs)) {
        if (onTimeout == OnTimeout::Stop)
            qFatal("the sync cycle did not finish within %d s", timeoutMs / 1000);
        SyncSummary failed{};
        failed.errors << QStringLiteral("the cycle did not finish");
        return failed;
    }
    return done.first().first().value<SyncSummary>();
}

// The first column of the first row of `sql`.
inline QVariant scalar(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto r = db.scalar(sql, bindings);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value();
}

// A customer made here (its outbox entry included), with its first contact when one is given.
inline qint64 createCustomer(Database &db, const QVariantMap &fields, const QVariantMap &contact = {})
{
    auto id = CustomerStore(db).create(fields, contact);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return id.value();
}

} // namespace sb::testing
