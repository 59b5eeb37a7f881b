#include "AnswerReader.h"

#include "CalDavConnector.h"
#include "CalDavTexts.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QThreadPool>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSyncTrace) // the engine's trace of a cycle (SyncEngine.cpp)

namespace sb::caldav {

namespace {

constexpr qsizetype kHandOver = 25; // entries the worker reads before it hands them over

// A response of the answer as an entry; false for what is not a member's item (the collection
// itself, a sub-collection).
bool entryFor(const DavResponse &item, const QString &collection, const Settings &settings, AnswerState::Entry *entry)
{
    const QString path = normalPath(item.href);
    if (path == collection)
        return false;
    *entry = AnswerState::Entry();
    if (item.status == 404 || item.status == 410) { // deleted since the token
        entry->record.remoteId = path;
        entry->record.deleted = true;
        return true;
    }
    if (item.calendarData.isEmpty())
        return false; // not a calendar object (a sub-collection...)
    QString why;
    if (!CalDavConnector::recordFor(item.href, item.etag, item.calendarData, settings, &entry->record, &why)) {
        // Another client's item the cache cannot hold: the others still come.
        qCWarning(lcCalDav).noquote() << "left out" << path << ":" << why;
        entry->record = RemoteRecord();
        entry->unreadable = path;
    }
    return true;
}

} // namespace

AnswerState::AnswerState(std::shared_ptr<const Settings> s, QString token)
    : id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , askedToken(std::move(token))
    , settings(std::move(s))
    , collection(settings->collectionPath())
{
}

bool AnswerState::ready(qsizetype from, qsizetype count) const
{
    QMutexLocker lock(&m_mutex);
    // One entry beyond the page, so the page knows whether it is the last one.
    return m_ended || m_entries.size() > from + count;
}

AnswerState::Page AnswerState::take(qsizetype from, qsizetype count)
{
    QMutexLocker lock(&m_mutex);
    Page page;
    const qsizetype end = qMin(m_entries.size(), from + count);
    for (qsizetype i = from; i < end; ++i)
        page.entries << m_entries.at(i);
    // The engine asks for a page before the one before it is written: that one may be asked
    // again (its writing failed, the cycle was cancelled). What lies before both is written.
    const qsizetype written = qMin(m_previousFrom, from);
    for (; m_released < written; ++m_released)
        m_entries[m_released] = Entry();
    m_previousFrom = from;
    page.last = m_ended && end >= m_entries.size();
    if (page.last) {
        page.error = m_error;
        page.syncToken = m_syncToken;
    }
    return page;
}

qsizetype AnswerState::entryCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

bool AnswerState::failed() const
{
    QMutexLocker lock(&m_mutex);
    return m_ended && !m_error.isEmpty();
}

bool AnswerState::addChunk(QList<DavResponse> items)
{
    QMutexLocker lock(&m_mutex);
    Chunk chunk;
    chunk.items = std::move(items);
    m_chunks << std::move(chunk);
    if (m_helperRunning)
        return false;
    m_helperRunning = true;
    return true;
}

bool AnswerState::convertOne(bool helper)
{
    QList<DavResponse> items;
    qsizetype index = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_nextChunk >= m_chunks.size()) {
            if (helper)
                m_helperRunning = false;
            return false;
        }
        index = m_nextChunk++;
        items = std::exchange(m_chunks[index].items, {});
    }
    QList<Entry> entries;
    entries.reserve(items.size());
    if (!stop.load()) {
        for (const DavResponse &item : std::as_const(items)) {
            Entry entry;
            if (entryFor(item, collection, *settings, &entry))
                entries << std::move(entry);
        }
    }
    bool appended = false;
    {
        QMutexLocker lock(&m_mutex);
        m_chunks[index].entries = std::move(entries);
        m_chunks[index].done = true;
        // In the answer's order: a chunk goes in once every chunk before it is in.
        for (; m_appendedChunks < m_chunks.size() && m_chunks.at(m_appendedChunks).done; ++m_appendedChunks) {
            m_entries.append(std::exchange(m_chunks[m_appendedChunks].entries, {}));
            appended = true;
        }
        if (m_appendedChunks == m_chunks.size())
            m_chunksDone.wakeAll();
    }
    if (appended)
        emit progressed();
    return true;
}

void AnswerState::waitForChunks()
{
    QMutexLocker lock(&m_mutex);
    while (m_appendedChunks < m_chunks.size())
        m_chunksDone.wait(&m_mutex);
}

void AnswerState::end(const QString &syncToken, const QString &error)
{
    {
        QMutexLocker lock(&m_mutex);
        m_ended = true;
        m_syncToken = syncToken;
        m_error = error;
    }
    emit progressed();
}

std::shared_ptr<AnswerState> readAnswer(QByteArray body, std::shared_ptr<const Settings> settings, const QString &askedToken)
{
    // Deleted by the thread it lives in, whichever side lets go of it last.
    std::shared_ptr<AnswerState> state(new AnswerState(std::move(settings), askedToken), [](AnswerState *s) { s->deleteLater(); });
    QThreadPool::globalInstance()->start([state, body = std::move(body)] {
        QElapsedTimer clock;
        clock.start();
        // This worker reads the XML and hands its items over in chunks; a helper turns them into
        // records meanwhile, and this worker joins it once the XML is read. Reading an item
        // (libical) costs four times what finding it in the XML does.
        QList<DavResponse> chunk;
        const auto handOver = [&state](QList<DavResponse> items) {
            if (state->addChunk(std::move(items)))
                QThreadPool::globalInstance()->start([state] {
                    while (state->convertOne(true)) {
                    }
                });
        };
        QString token;
        QString error;
        const bool read = readMultistatus(
            body,
            [&](const DavResponse &item) {
                if (state->stop.load())
                    return false;
                chunk << item;
                if (chunk.size() >= kHandOver)
                    handOver(std::exchange(chunk, {}));
                return true;
            },
            &token, &error);
        if (!chunk.isEmpty())
            handOver(std::move(chunk));
        while (state->convertOne(false)) {
        }
        state->waitForChunks();
        qCDebug(lcSyncTrace).noquote() << "read the calendar's answer:" << state->entryCount() << "items in" << clock.elapsed() << "ms";
        if (!read)
            state->end(QString(), error);
        else if (state->stop.load())
            state->end(QString(), Texts::tr("Cancelled"));
        else if (token.isEmpty())
            state->end(QString(), Texts::tr("The calendar server's answer carries no sync token."));
        else
            state->end(token, QString());
    });
    return state;
}

QString pageCursorId(const QString &answerId, qsizetype position)
{
    return answerId + QLatin1Char('@') + QString::number(position);
}

bool parsePageCursorId(const QString &id, QString *answerId, qsizetype *position)
{
    const qsizetype at = id.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return false;
    bool ok = false;
    *position = id.mid(at + 1).toLongLong(&ok);
    *answerId = id.left(at);
    return ok && *position >= 0;
}

AnswerPageCall::AnswerPageCall(std::shared_ptr<AnswerState> state, qsizetype from, qsizetype count)
    : m_state(std::move(state))
    , m_from(from)
    , m_count(qMax<qsizetype>(1, count))
{
    connect(m_state.get(), &AnswerState::progressed, this, &AnswerPageCall::tryFinish, Qt::QueuedConnection);
}

void AnswerPageCall::start()
{
    // Nothing goes over the network: the page is "sent" at once, so the engine writes the page
    // before it while this one is read.
    QTimer::singleShot(0, this, [this] {
        if (!m_done)
            emit sent();
        tryFinish();
    });
}

void AnswerPageCall::abort()
{
    if (m_done)
        return;
    m_done = true;
    RemoteResult r;
    r.error = RemoteErrorClass::Temporary;
    r.message = Texts::tr("Cancelled");
    emit finished(r);
}

void AnswerPageCall::tryFinish()
{
    if (m_done || !m_state->ready(m_from, m_count))
        return;
    const AnswerState::Page page = m_state->take(m_from, m_count);
    m_from += page.entries.size();
    for (const AnswerState::Entry &e : page.entries) {
        if (e.unreadable.isEmpty())
            m_result.records << e.record;
        else
            m_unreadable << e.unreadable;
    }
    // A page of left-out items only: the page goes on, so it carries at least one record
    // (the engine reads a page without records as the end).
    if (!page.last && m_result.records.isEmpty()) {
        tryFinish();
        return;
    }
    m_done = true;
    if (!page.error.isEmpty()) {
        RemoteResult failed;
        failed.error = RemoteErrorClass::Malformed;
        failed.serverAnswered = true;
        failed.message = page.error;
        emit finished(failed);
        return;
    }
    RemoteResult r = std::move(m_result);
    r.serverAnswered = true;
    if (!m_unreadable.isEmpty())
        r.message = Texts::tr("%n calendar item(s) could not be read and were left out: %1", nullptr, int(m_unreadable.size()))
                        .arg(m_unreadable.join(QLatin1String(", ")));
    r.hasMore = !page.last;
    if (page.last) {
        r.next.token = page.syncToken;
    } else {
        r.next.id = pageCursorId(m_state->id, m_from);
        r.next.token = m_state->askedToken;
    }
    emit finished(r);
}

} // namespace sb::caldav
