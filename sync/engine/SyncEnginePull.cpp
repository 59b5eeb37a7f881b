// The pull half of SyncEngine: pages in, written in order with their cursors, deletions
// reconciled, records held for a missing parent retried; and the WAL checkpoints a cycle's
// writing spaces out. (The push half and the cycle are in SyncEngine.cpp.)
#include "SyncEngine.h"

#include "RecordApplier.h"
#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/DeletionCheckStore.h"
#include "models/store/Entity.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcSyncTrace)

namespace sb {

void SyncEngine::spaceCheckpoints()
{
    if (auto r = m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(kCycleCheckpointPages)); !r)
        log(QStringLiteral("warning"), QString(), 0, r.error()); // writes go on with the usual checkpoints
    else
        m_checkpointDue = true;
}

void SyncEngine::checkpointAfterCycle()
{
    if (!std::exchange(m_checkpointDue, false))
        return;
    if (auto r = m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(kDefaultCheckpointPages)); !r)
        log(QStringLiteral("warning"), QString(), 0, r.error());
    // PASSIVE: copies what no reader still needs, never waits for readers or blocks writers.
    // SQLite refuses it while a statement of this connection is open ("database table is
    // locked"): the cached ones are reset first. If it is refused anyway nothing is lost (SQLite
    // checkpoints at the next commit past 1,000 pages); said in the log category, not in the
    // sync log the user reads.
    m_db.finishStatements();
    if (auto r = m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); !r)
        qCInfo(lcSync).noquote() << "WAL checkpoint after the cycle left to SQLite:" << r.error();
}

namespace {
constexpr int kOverlapMs = 5000; // re-read a little behind the cursor: server clocks and commits are not ordered
} // namespace

PullCursor SyncEngine::loadCursor(const PullTask &task)
{
    PullCursor c;
    auto r = m_db.exec(QStringLiteral("SELECT cursor_time, cursor_id, token FROM pull_cursors WHERE connector_id = ? AND entity = ?"),
                       {task.slot->rowId, task.entity});
    if (r && r.value().next()) {
        c.time = r.value().value(0).toString();
        c.id = r.value().value(1).toString();
        c.token = r.value().value(2).toString();
    }
    if (!c.time.isEmpty()) {
        const QDateTime t = QDateTime::fromString(c.time, Qt::ISODateWithMs);
        if (t.isValid()) {
            c.time = t.addMSecs(-kOverlapMs).toUTC().toString(Qt::ISODateWithMs);
            c.id.clear();
        }
    }
    return c;
}

void SyncEngine::nextPull()
{
    if (m_cancelled || m_pulls.isEmpty()) {
        finish();
        return;
    }
    if (!m_pulls.first().slot->keychain.isEmpty()) { // its password could not be read this cycle
        m_pulls.removeFirst();
        QMetaObject::invokeMethod(this, &SyncEngine::nextPull, Qt::QueuedConnection);
        return;
    }
    m_logSystem = m_pulls.first().slot->system;
    m_cursor = loadCursor(m_pulls.first());
    m_pulls.first().full = m_cursor.isEmpty();
    m_pulls.first().seen.clear();
    pullPage();
}

void SyncEngine::pullPage()
{
    PullTask &task = m_pulls.first();
    startCall(task.slot->connector->pull(task.entity, m_cursor, m_pageSize),
              [this](const RemoteResult &r) { onPage(r); });
}

void SyncEngine::onPage(const RemoteResult &result)
{
    if (m_pageWaiting) { // the next page answered before this one was written: write it now
        m_parked = result;
        runPendingApply();
        return;
    }
    if (m_cancelled) {
        finish();
        return;
    }
    PullTask &task = m_pulls.first();
    const Entity *entity = entities::byName(task.entity);
    auto nextEntity = [this] {
        m_pulls.removeFirst();
        QMetaObject::invokeMethod(this, &SyncEngine::nextPull, Qt::QueuedConnection);
    };
    if (result.error == RemoteErrorClass::CursorInvalid) {
        if (task.restarts++ == 0) {
            log(QStringLiteral("warning"), task.entity, 0, QCoreApplication::translate("sb::SyncEngine", "The server asked to start over; reading everything again"));
            auto r = m_db.exec(QStringLiteral("DELETE FROM pull_cursors WHERE connector_id = ? AND entity = ?"),
                               {task.slot->rowId, task.entity});
            if (!r)
                m_summary.errors << r.error();
            m_cursor = PullCursor();
            task.full = true;
            task.seen.clear();
            pullPage();
            return;
        }
        systemError(task.slot, QCoreApplication::translate("sb::SyncEngine", "%1: the server keeps refusing to continue; try again later").arg(vocab::entityLabel(task.entity)));
        nextEntity();
        return;
    }
    if (result.keychain) {
        keychainRefused(*task.slot, {}, result.message); // the rest of its pulls are skipped (nextPull)
        nextEntity();
        return;
    }
    noteAnswer(task.slot, result);
    if (!result.ok() || !entity) {
        systemError(task.slot, QCoreApplication::translate("sb::SyncEngine", "%1: %2").arg(vocab::entityLabel(task.entity), result.message));
        log(QStringLiteral("error"), task.entity, 0, result.message);
        if (result.error == RemoteErrorClass::Temporary) {
            // The server cannot be reached (or is busy): asking it for every other kind of record
            // would only repeat the same message. They wait for the next cycle.
            Slot *slot = task.slot;
            int skipped = 0;
            for (int i = m_pulls.size() - 1; i > 0; --i)
                if (m_pulls.at(i).slot == slot) {
                    m_pulls.removeAt(i);
                    ++skipped;
                }
            if (skipped > 0)
                log(QStringLiteral("warning"), QString(), 0,
                    QCoreApplication::translate("sb::SyncEngine", "%n more kind(s) of record from this server wait for the next sync",
                                                nullptr, skipped));
        }
        nextEntity();
        return;
    }
    // A page that went through with something a person should know (a calendar item that
    // could not be read and was left out): in the sync log, never only in the debug output.
    if (!result.message.isEmpty())
        log(QStringLiteral("warning"), task.entity, 0, result.message);
    // A page may repeat records (overlap, duplicated pages): the latest version of each wins.
    QHash<QString, qsizetype> latest; // remote id -> index in records
    QList<RemoteRecord> records;
    records.reserve(result.records.size());
    for (const RemoteRecord &r : result.records) {
        auto it = latest.find(r.remoteId);
        if (it == latest.end()) {
            latest.insert(r.remoteId, records.size());
            records << r;
        } else if (std::make_pair(r.modifiedAt, r.version) > std::make_pair(records.at(*it).modifiedAt, records.at(*it).version)) {
            records[*it] = r;
        }
    }
    // The next page is asked for before this one is written, so the server reads it while the
    // cache writes. The writing waits for one turn of this thread's event loop, which lets the
    // network stack send the request first.
    const bool advanced = result.next.time != m_cursor.time || result.next.id != m_cursor.id || result.next.token != m_cursor.token;
    const bool more = result.hasMore && !result.records.isEmpty() && advanced;
    if (!more) {
        applyPage(records, result.next, result.hasMore, advanced, nullptr);
        return;
    }
    RemoteCall *prefetch = task.slot->connector->pull(task.entity, result.next, m_pageSize);
    // The page is written once the request for the next one is out (the network thread takes
    // a request's body from this thread's event loop: writing first would hold the server up
    // for as long as the writing takes), or after kSendWaitMs. Until it is written, the next
    // page's answer waits (m_parked) whenever it comes.
    m_pageWaiting = true;
    m_pendingApply = [this, records = std::move(records), next = result.next, hasMore = result.hasMore, advanced,
                      call = QPointer<RemoteCall>(prefetch), cycle = m_cycle] {
        if (cycle != m_cycle)
            return; // a cycle that was cancelled; its page comes again
        if (!m_running || m_pulls.isEmpty()) {
            m_pageWaiting = false;
            m_parked.reset();
            return;
        }
        applyPage(records, next, hasMore, advanced, call.data());
    };
    connect(prefetch, &RemoteCall::sent, this, &SyncEngine::runPendingApply, Qt::QueuedConnection);
    m_sendWait->start(kSendWaitMs);
    startCall(prefetch, [this](const RemoteResult &r) { onPage(r); });
}

void SyncEngine::runPendingApply()
{
    if (!m_pendingApply)
        return;
    m_sendWait->stop();
    const std::function<void()> apply = std::move(m_pendingApply);
    m_pendingApply = nullptr;
    apply();
}

void SyncEngine::applyPage(const QList<RemoteRecord> &records, const PullCursor &next, bool hasMore, bool advanced,
                           RemoteCall *prefetch)
{
    auto job = std::make_shared<PageJob>();
    job->records = records;
    job->next = next;
    job->hasMore = hasMore;
    job->advanced = advanced;
    job->prefetch = prefetch;
    job->cycle = m_cycle;
    job->clock.start();
    job->tx = std::make_unique<Transaction>(m_db);
    if (!job->tx->isActive())
        job->failure = job->tx->error();
    PullTask &task = m_pulls.first();
    if (job->failure.isEmpty())
        if (Status s = task.slot->applier->beginPage(*entities::byName(task.entity), job->records); !s)
            job->failure = s.error();
    applyChunk(job);
}

void SyncEngine::applyChunk(const std::shared_ptr<PageJob> &job)
{
    if (job->cycle != m_cycle || m_pulls.isEmpty())
        return; // the cycle ended meanwhile: the transaction rolls back with the job
    PullTask &task = m_pulls.first();
    const Entity *entity = entities::byName(task.entity);
    // While the next page's request is out, the page is written in slices with a turn of the
    // event loop between them: the network thread needs this thread's loop to hand over
    // request bodies and answers, and the server should not wait for the whole page.
    const qsizetype end = job->prefetch ? qMin(job->records.size(), job->index + kApplySlice) : job->records.size();
    for (; job->index < end && job->failure.isEmpty(); ++job->index) {
        const RemoteRecord &record = job->records.at(job->index);
        QString missingParent;
        auto outcome = task.slot->applier->apply(*entity, record, &missingParent);
        if (!outcome) {
            job->failure = outcome.error();
        } else if (outcome.value() == RecordApplier::Outcome::Waiting) {
            // Its parent is not here (not sent, or refused this cycle): held, the page goes on.
            if (Status s = task.slot->applier->hold(*entity, record, missingParent); !s)
                job->failure = s.error();
        } else if (Status s = task.slot->applier->released(*entity, record.remoteId); !s) {
            job->failure = s.error();
        } else if (outcome.value() == RecordApplier::Outcome::Conflicted) {
            ++job->conflicts;
        } else if (outcome.value() == RecordApplier::Outcome::Deleted) {
            ++job->deleted;
        } else if (outcome.value() != RecordApplier::Outcome::Unchanged) {
            ++job->applied;
        }
    }
    if (job->failure.isEmpty() && job->index < job->records.size()) {
        QMetaObject::invokeMethod(this, [this, job] { applyChunk(job); }, Qt::QueuedConnection);
        return;
    }
    finishPage(*job);
}

void SyncEngine::finishPage(PageJob &job)
{
    PullTask &task = m_pulls.first();
    RemoteCall *prefetch = job.prefetch.data();
    auto nextEntity = [this] {
        m_pulls.removeFirst();
        QMetaObject::invokeMethod(this, &SyncEngine::nextPull, Qt::QueuedConnection);
    };
    // The next page, if it answered while this one was written, is taken up at the end.
    auto takeParked = [this] {
        m_pageWaiting = false;
        if (!m_parked)
            return;
        const RemoteResult parked = std::move(*m_parked);
        m_parked.reset();
        onPage(parked);
    };
    QString failure = job.failure;
    if (failure.isEmpty()) {
        if (Status s = task.slot->applier->endPage(); !s)
            failure = s.error();
    } else {
        task.slot->applier->abandonPage();
    }
    if (failure.isEmpty() && !job.next.isEmpty()) {
        // The cursor moves with the page it belongs to, never ahead of it.
        auto r = m_db.exec(QStringLiteral("INSERT INTO pull_cursors (connector_id, entity, cursor_time, cursor_id, token, updated_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (connector_id, entity) DO UPDATE SET "
                                          "cursor_time = excluded.cursor_time, cursor_id = excluded.cursor_id, "
                                          "token = excluded.token, updated_at = excluded.updated_at"),
                           {task.slot->rowId, task.entity, job.next.time, job.next.id, job.next.token, Database::nowUtc()});
        if (!r)
            failure = r.error();
    }
    if (failure.isEmpty()) {
        if (Status s = job.tx->commit(); !s)
            failure = s.error();
    }
    job.tx.reset(); // rolls back when not committed
    if (!failure.isEmpty()) {
        m_pageWaiting = false;
        m_parked.reset(); // the next page, if it came already
        if (prefetch && m_call == prefetch) {
            disconnect(prefetch, nullptr, this, nullptr);
            prefetch->abort();
            prefetch->deleteLater();
            m_call = nullptr;
        }
        systemError(task.slot, QCoreApplication::translate("sb::SyncEngine", "%1: %2").arg(vocab::entityLabel(task.entity), failure));
        log(QStringLiteral("error"), task.entity, 0, failure);
        nextEntity();
        return;
    }
    qCDebug(lcSyncTrace).noquote() << "applied" << task.entity << job.records.size() << "records in" << job.clock.elapsed() << "ms";
    if (task.full)
        for (const RemoteRecord &record : std::as_const(job.records))
            task.seen.insert(record.remoteId);
    m_summary.pulled += job.applied;
    m_summary.conflicts += job.conflicts;
    m_summary.deleted += job.deleted;
    emit progress(QStringLiteral("pull"), task.entity, job.applied, -1);
    if (m_pageWaiting) {
        m_cursor = job.next; // the page asked for before this one was written is on its way
        takeParked();
        return;
    }
    if (job.hasMore && !job.advanced)
        systemError(task.slot, QCoreApplication::translate("sb::SyncEngine", "%1: the server sent the same page again; stopped to avoid a loop").arg(vocab::entityLabel(task.entity)));
    // Without tombstones, the ids this side holds are checked against the server's: after every
    // pull, or, where archiving comes in the delta (checksOnSchedule), when the check for
    // deletions runs this cycle. A pull from the start checks for free (it saw every id).
    if (!task.slot->connector->reportsDeletions(task.entity) && (task.full || !checksOnSchedule(task) || m_deletionCheck.run)) {
        reconcile();
        return;
    }
    nextEntity();
}

bool SyncEngine::checksOnSchedule(const PullTask &task) const
{
    return !task.slot->connector->reportsDeletions(task.entity) && task.slot->connector->deletionCheckOnSchedule(task.entity);
}

void SyncEngine::planDeletionCheck()
{
    m_deletionCheck = DeletionCheckRun();
    for (const PullTask &t : std::as_const(m_pulls))
        if (checksOnSchedule(t))
            ++m_deletionCheck.pending;
    auto info = DeletionCheckStore(m_db).load();
    if (!info) {
        m_summary.errors << info.error();
        return;
    }
    if (m_deletionCheck.pending == 0) {
        // No connector here checks on a schedule: every cycle checks already, the request is met.
        if (info.value().requested)
            if (Status s = DeletionCheckStore(m_db).clearRequest(); !s)
                m_summary.errors << s.error();
        return;
    }
    m_deletionCheck.run = info.value().due(m_clock());
    if (m_deletionCheck.run)
        log(QStringLiteral("info"), QString(), 0,
            info.value().requested ? QCoreApplication::translate("sb::SyncEngine", "This sync checks for records deleted on the servers, as asked")
                                   : QCoreApplication::translate("sb::SyncEngine", "This sync checks for records deleted on the servers (due)"));
}

void SyncEngine::recordDeletionCheck()
{
    if (!m_deletionCheck.run)
        return;
    m_deletionCheck.run = false;
    if (m_deletionCheck.pending > 0 || m_deletionCheck.failed || m_cancelled) {
        // The request (or the due date) stays: the next cycle checks again.
        log(QStringLiteral("warning"), QString(), 0,
            QCoreApplication::translate("sb::SyncEngine", "The check for deleted records did not finish; the next sync checks again"));
        return;
    }
    const QLocale locale;
    log(QStringLiteral("info"), QString(), 0,
        QCoreApplication::translate("sb::SyncEngine", "Checked for deleted records: %1 records in %2 s, %3 removed")
            .arg(locale.toString(m_deletionCheck.ids), locale.toString(m_deletionCheck.ms / 1000.0, 'f', 1))
            .arg(m_deletionCheck.removed),
        m_deletionCheck.ms);
    if (Status s = DeletionCheckStore(m_db).recordRun(m_clock().toUTC().toString(Qt::ISODateWithMs), m_deletionCheck.ms,
                                                      m_deletionCheck.ids, m_deletionCheck.removed);
        !s)
        m_summary.errors << s.error();
}

void SyncEngine::reconcile()
{
    PullTask &task = m_pulls.first();
    m_deletionCheck.clock.start();
    if (task.full) {
        // A pull from the start saw every record the server has: no need to ask for the list.
        RemoteResult all;
        all.ids = QStringList(task.seen.cbegin(), task.seen.cend());
        task.checked = all.ids.size();
        QMetaObject::invokeMethod(this, [this, all] { reconciled(all); }, Qt::QueuedConnection);
        return;
    }
    // The ids this side holds: those in the cache and those held for a missing parent.
    auto fail = [this](const QString &message) {
        RemoteResult failed;
        failed.error = RemoteErrorClass::Permanent;
        failed.message = message;
        QMetaObject::invokeMethod(this, [this, failed] { reconciled(failed); }, Qt::QueuedConnection);
    };
    const Entity *entity = entities::byName(task.entity);
    QStringList known;
    if (entity) {
        auto r = m_db.exec(QStringLiteral("SELECT remote_id FROM %1 WHERE remote_system = ? AND remote_id IS NOT NULL").arg(entity->table),
                           {task.slot->connector->system()});
        if (!r) {
            fail(r.error());
            return;
        }
        while (r.value().next())
            known << r.value().value(0).toString();
        auto held = task.slot->applier->heldIds(*entity);
        if (!held) {
            fail(held.error());
            return;
        }
        for (const QString &id : held.value())
            known << id;
    }
    task.checked = known.size();
    startCall(task.slot->connector->existingIds(task.entity, known), [this](const RemoteResult &result) { reconciled(result); });
}

void SyncEngine::reconciled(const RemoteResult &result)
{
    {
        PullTask &task = m_pulls.first();
        const Entity *entity = entities::byName(task.entity);
        const int deletedBefore = m_summary.deleted + m_summary.conflicts;
        bool checkedOk = false;
        if (!result.ok() || !entity) {
            systemError(task.slot, QCoreApplication::translate("sb::SyncEngine", "%1: %2").arg(vocab::entityLabel(task.entity), result.message));
        } else {
            const QSet<QString> remote(result.ids.cbegin(), result.ids.cend());
            auto r = m_db.exec(QStringLiteral("SELECT id, remote_id FROM %1 WHERE remote_system = ? AND remote_id IS NOT NULL")
                                   .arg(entity->table),
                               {task.slot->connector->system()});
            QList<qint64> gone;
            while (r && r.value().next())
                if (!remote.contains(r.value().value(1).toString()))
                    gone << r.value().value(0).toLongLong();
            Transaction tx(m_db);
            bool ok = tx.isActive();
            for (qint64 id : gone) {
                auto outcome = task.slot->applier->goneOnServer(*entity, id);
                if (!outcome) {
                    ok = false;
                    m_summary.errors << outcome.error();
                    break;
                }
                if (outcome.value() == RecordApplier::Outcome::Deleted)
                    ++m_summary.deleted;
                else if (outcome.value() == RecordApplier::Outcome::Conflicted)
                    ++m_summary.conflicts;
            }
            if (ok) {
                if (Status s = task.slot->applier->dropHeldNotIn(*entity, remote); !s) {
                    ok = false;
                    m_summary.errors << s.error();
                }
            }
            if (ok) {
                if (Status s = tx.commit(); !s)
                    m_summary.errors << s.error();
                else
                    checkedOk = true;
            }
        }
        if (m_deletionCheck.run && checksOnSchedule(task)) {
            --m_deletionCheck.pending;
            m_deletionCheck.failed = m_deletionCheck.failed || !checkedOk;
            m_deletionCheck.ms += m_deletionCheck.clock.elapsed();
            m_deletionCheck.ids += task.checked;
            m_deletionCheck.removed += m_summary.deleted + m_summary.conflicts - deletedBefore;
            qCDebug(lcSyncTrace).noquote() << "deletion check" << task.entity << task.checked << "ids in"
                                           << m_deletionCheck.clock.elapsed() << "ms";
        }
        m_pulls.removeFirst();
        QMetaObject::invokeMethod(this, &SyncEngine::nextPull, Qt::QueuedConnection);
    }
}

void SyncEngine::retryHeld()
{
    for (auto &slot : m_slots) {
        Transaction tx(m_db);
        if (!tx.isActive()) {
            m_summary.errors << tx.error();
            return;
        }
        auto retry = slot->applier->retryHeld();
        if (!retry) {
            m_summary.errors << retry.error();
            continue;
        }
        if (Status s = tx.commit(); !s) {
            m_summary.errors << s.error();
            continue;
        }
        m_summary.pulled += retry.value().applied;
        if (retry.value().waiting > 0)
            log(QStringLiteral("warning"), QString(), 0,
                QCoreApplication::translate("sb::SyncEngine",
                                            "%n record(s) from the server wait for the record they belong to, which the server "
                                            "has not sent (for example %1). They are kept and go in when it comes.",
                                            nullptr, retry.value().waiting)
                    .arg(retry.value().example));
    }
}

} // namespace sb
