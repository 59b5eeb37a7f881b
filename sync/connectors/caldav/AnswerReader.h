#pragma once
// A sync-collection answer read into records on a worker thread and handed to the engine in
// pages (docs/caldav-connector.md, "Reading an answer"). The calendar sends a delta, or a whole
// calendar on a first read, in one answer; reading it (the XML, then every item through libical)
// costs about as much as the engine's writing of the records. Read on a worker, the first page is
// written while the rest is still being read.
//
// A page's cursor names the reader (a random id) and the position, with the token the answer was
// asked with: the same connector goes on from there; a new process, or a reader that is gone,
// asks that token again (the records read twice are unchanged the second time).
#include "CalDavClient.h"

#include <QMutex>
#include <QObject>
#include <QUuid>
#include <QWaitCondition>

#include <atomic>
#include <memory>

namespace sb::caldav {

// What the worker has read so far; shared by the worker and the pages that wait for it.
class AnswerState : public QObject {
    Q_OBJECT
public:
    struct Entry {
        RemoteRecord record;
        QString unreadable; // the path of an item that could not be read (left out), else empty
    };

    AnswerState(std::shared_ptr<const Settings> settings, QString askedToken);

    const QString id; // names this answer in a page's cursor
    const QString askedToken;
    const std::shared_ptr<const Settings> settings;
    const QString collection; // the collection's own path (its response is not an item)
    std::atomic<bool> stop{false}; // the connector no longer needs it: the worker ends early

    // Entries [from, from + count) when that many are read, or what there is once reading ended.
    // ready() tells whether take() would give a full page (or the end) now.
    bool ready(qsizetype from, qsizetype count) const;
    struct Page {
        QList<Entry> entries;
        bool last = false; // no entry after these
        QString error;     // the answer could not be read (set only on the last page)
        QString syncToken; // the answer's token (on the last page)
    };
    Page take(qsizetype from, qsizetype count);
    qsizetype entryCount() const; // entries read so far (deletions and unreadable items included)
    bool failed() const; // reading ended with an error: the answer is not to be taken again

    // Worker side. The XML is read on one worker; the items it finds are turned into entries
    // (libical, most of the cost) in chunks by that worker and one helper, and appended in the
    // answer's order as the chunks before them are done.
    void end(const QString &syncToken, const QString &error);
    // Hands a chunk to the converters; true when no helper is converting: the caller starts one.
    bool addChunk(QList<DavResponse> items);
    // Converts the next chunk nobody took; false when none is left (a helper then counts as gone).
    bool convertOne(bool helper);
    void waitForChunks(); // until every chunk handed in is converted and appended

signals:
    void progressed(); // emitted from the worker thread: queued to the waiting pages

private:
    struct Chunk {
        QList<DavResponse> items;
        QList<Entry> entries;
        bool done = false;
    };

    mutable QMutex m_mutex;
    QWaitCondition m_chunksDone;
    QList<Chunk> m_chunks;         // handed in; let go of once appended
    qsizetype m_nextChunk = 0;     // the first chunk nobody has taken
    qsizetype m_appendedChunks = 0; // chunks before this one are in m_entries
    bool m_helperRunning = false;
    QList<Entry> m_entries;
    qsizetype m_previousFrom = 0; // where the page before the last one taken began
    qsizetype m_released = 0;     // entries before this one are written and let go
    bool m_ended = false;
    QString m_syncToken;
    QString m_error;
};

// Starts reading body (a 207 sync-collection answer) on a worker thread.
std::shared_ptr<AnswerState> readAnswer(QByteArray body, std::shared_ptr<const Settings> settings, const QString &askedToken);

// A page cursor's "id": "<answer id>@<position>"; false when id is not one.
QString pageCursorId(const QString &answerId, qsizetype position);
bool parsePageCursorId(const QString &id, QString *answerId, qsizetype *position);

// One page of an answer being read: finishes once the worker has read it.
class AnswerPageCall : public RemoteCall {
    Q_OBJECT
public:
    AnswerPageCall(std::shared_ptr<AnswerState> state, qsizetype from, qsizetype count);
    void start() override;
    void abort() override;

private:
    void tryFinish();

    std::shared_ptr<AnswerState> m_state;
    qsizetype m_from;
    qsizetype m_count;
    bool m_done = false;
    RemoteResult m_result;    // the records gathered so far
    QStringList m_unreadable; // the items left out so far
};

} // namespace sb::caldav
