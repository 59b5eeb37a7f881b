#include "FeishuConnector.h"

#include "FeishuMapping.h"
#include "FeishuPull.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

// The pull of approvals (FeishuConnector::pull): the plan of a cycle and its pages.
namespace sb::feishu {

namespace {

constexpr qint64 kOverlapMs = 60 * 1000;            // creation-time listing overlap (clock skew)
constexpr qint64 kFirstWindowMs = 90LL * 86400 * 1000; // a new workspace lists this far back
constexpr qint64 kWindowMs = 30LL * 86400 * 1000;    // one listing call spans at most this
constexpr qint64 kRevokeWatchMs = 30LL * 86400 * 1000; // an approved instance is watched this long for a revocation
constexpr int kRecentKept = 200;

} // namespace

namespace {

// One pull call: plans the cycle's fetches when the queue is empty, then fetches a page.
struct PullRun : std::enable_shared_from_this<PullRun> {
    Op *op = nullptr;
    PullState state;
    int pageSize = 100;
    qint64 now = 0;
    qint64 listTo = 0;
    bool listing = false; // listTo is set for this pull
    QSet<QString> todo;      // instances with a task of mine waiting
    QStringList listed;      // codes created since the last listing
    QList<RemoteRecord> records;
    int fetched = 0; // instances asked about in this call (a page's budget)
    std::shared_ptr<PullMemo> memo;

    qint64 baseInterval() const { return qint64(op->settings().pollSeconds) * 1000; }

    void begin()
    {
        // The token first: fetching it is an answer of the server, so its clock is known
        // before the first listing window is planned (a cached token means an earlier answer).
        op->withToken([self = shared_from_this()](const QString &) { self->start(); });
    }

    void start()
    {
        now = ServerClock::nowMs(op->settings());
        if (!state.queue.isEmpty()) {
            fetchNext();
            return;
        }
        todoPage(QString());
    }

    // The tasks waiting for this laptop's user: the manager's inbox, fresh every cycle.
    void todoPage(const QString &pageToken)
    {
        if (op->settings().userId.isEmpty()) {
            listFrom(windowStart());
            return;
        }
        QUrlQuery q = byUserId();
        q.addQueryItem(QStringLiteral("user_id"), op->settings().userId);
        q.addQueryItem(QStringLiteral("topic"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("200"));
        if (!pageToken.isEmpty())
            q.addQueryItem(QStringLiteral("page_token"), pageToken);
        auto self = shared_from_this();
        op->api("GET", QStringLiteral("approval/v4/tasks/query"), q, {}, false, [self](const QJsonObject &data) {
            for (const QJsonValue &v : data.value(QLatin1String("tasks")).toArray()) {
                const QJsonObject t = v.toObject();
                const QString code = t.value(QLatin1String("process_code")).toString();
                const QString definition = t.value(QLatin1String("definition_code")).toString();
                if (!code.isEmpty() && (definition.isEmpty() || definition == self->op->settings().approvalCode))
                    self->todo.insert(code);
            }
            const QString next = data.value(QLatin1String("page_token")).toString();
            if (data.value(QLatin1String("has_more")).toBool() && !next.isEmpty())
                self->todoPage(next);
            else
                self->listFrom(self->windowStart());
        });
    }

    qint64 windowStart() const { return state.since > 0 ? state.since - kOverlapMs : now - kFirstWindowMs; }

    // Instances created since the last listing, in windows of at most 30 days.
    void listFrom(qint64 from, const QString &pageToken = QString())
    {
        if (!listing) {
            // The server's time, once it has answered (the to-do list or the token came first):
            // the window ends, and the next listing starts, there.
            listing = true;
            now = ServerClock::nowMs(op->settings());
            listTo = now;
        }
        const qint64 to = qMin(from + kWindowMs, listTo);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("approval_code"), op->settings().approvalCode);
        q.addQueryItem(QStringLiteral("start_time"), QString::number(from));
        q.addQueryItem(QStringLiteral("end_time"), QString::number(to));
        q.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
        if (!pageToken.isEmpty())
            q.addQueryItem(QStringLiteral("page_token"), pageToken);
        auto self = shared_from_this();
        op->api("GET", QStringLiteral("approval/v4/instances"), q, {}, false, [self, from, to](const QJsonObject &data) {
            for (const QJsonValue &v : data.value(QLatin1String("instance_code_list")).toArray())
                self->listed << v.toString();
            const QString next = data.value(QLatin1String("page_token")).toString();
            if (data.value(QLatin1String("has_more")).toBool() && !next.isEmpty())
                self->listFrom(from, next);
            else if (to < self->listTo)
                self->listFrom(to);
            else
                self->plan();
        });
    }

    void plan()
    {
        QSet<QString> queued;
        auto add = [this, &queued](const QString &code) {
            if (!queued.contains(code)) {
                queued.insert(code);
                state.queue << code;
            }
        };
        const QSet<QString> recent(state.recent.cbegin(), state.recent.cend());
        for (const QString &code : std::as_const(listed))
            if (!recent.contains(code) && !state.open.contains(code))
                add(code);
        for (const QString &code : std::as_const(todo))
            if (!state.open.contains(code) || !state.open.value(code).mine)
                add(code); // a task new for me
        for (auto it = state.open.cbegin(); it != state.open.cend(); ++it)
            if (it->due <= now || (it->mine && !todo.contains(it.key())))
                add(it.key()); // due, or my task ended elsewhere
        // Never past the server's time: a listing made before the server had answered once in
        // this process ended at this computer's time, which may be ahead.
        state.since = ServerClock::known(op->settings()) ? qMin(listTo, ServerClock::nowMs(op->settings())) : listTo;
        state.recent = listed.mid(qMax<qsizetype>(0, listed.size() - kRecentKept));
        fetchNext();
    }

    void fetchNext()
    {
        // A page ends after pageSize instances, once it has a record to give: the engine takes
        // an empty page for the end of the pull, and unchanged instances give none.
        if ((fetched >= pageSize && !records.isEmpty()) || state.queue.isEmpty()) {
            done();
            return;
        }
        const QString code = state.queue.takeFirst();
        auto self = shared_from_this();
        FeishuConnector::getInstance(
            *op, code,
            [self](const QJsonObject &instance) {
                self->take(instance);
                self->fetchNext();
            },
            [self, code](const Answer &a) {
                if (a.code != 1390003)
                    return false;
                // Gone from the OA (deleted with its definition, or never visible to this app).
                RemoteRecord gone;
                gone.remoteId = code;
                gone.deleted = true;
                self->records << gone;
                ++self->fetched;
                self->state.open.remove(code);
                self->fetchNext();
                return true;
            });
    }

    void take(const QJsonObject &instance)
    {
        const QString code = instance.value(QLatin1String("instance_code")).toString();
        const QString version = versionOf(instance);
        const QString status = instance.value(QLatin1String("status")).toString();
        const qint64 ended = instance.value(QLatin1String("end_time")).toString().toLongLong();
        const bool known = state.open.contains(code);
        PullState::Open o = state.open.value(code);
        const bool changed = o.version != version;
        // The cache holds what the last pull of it gave (its cursor was committed with it):
        // an instance polled and found as it was is not read into a record again.
        const bool send = !known || changed;
        if (status == QLatin1String("PENDING") || (status == QLatin1String("APPROVED") && ended + kRevokeWatchMs > now)) {
            const qint64 base = baseInterval();
            const QString me = op->settings().userId;
            // The person's own requests and tasks are asked about every cycle (a few, and what
            // they wait for); everybody else's back off, so the office's laptop that sees the
            // whole company's approvals does not ask about each of them every few minutes.
            const bool involved = !me.isEmpty()
                                  && (instance.value(QLatin1String("user_id")).toString() == me
                                      || !taskOf(instance, me, QString()).isEmpty());
            if (status == QLatin1String("APPROVED"))
                o.interval = base * 16; // only a revocation can still come
            else if (involved)
                o.interval = 0;
            else
                o.interval = changed || o.interval == 0 ? base : qMin(o.interval * 2, base * 16);
            o.due = now + o.interval;
            o.until = status == QLatin1String("APPROVED") ? ended + kRevokeWatchMs : 0;
            o.mine = !taskOf(instance, op->settings().userId, QStringLiteral("PENDING")).isEmpty();
            o.version = version;
            state.open.insert(code, o);
        } else {
            state.open.remove(code);
        }
        if (send)
            records << recordFor(instance, op->settings().userId);
        ++fetched;
    }

    void done()
    {
        RemoteResult r;
        r.serverAnswered = true;
        r.records = records;
        r.hasMore = !state.queue.isEmpty();
        r.next.token = state.token();
        memo->token = r.next.token;
        memo->state = state;
        op->finish(r);
    }
};

} // namespace

RemoteCall *FeishuConnector::pull(const QString &entity, const PullCursor &cursor, int pageSize)
{
    if (entity != QLatin1String("approval"))
        return ImmediateCall::refused(notServed(entity));
    // The next page's cursor is the token this connector just wrote: its state is at hand.
    std::optional<PullState> state = !cursor.token.isEmpty() && m_memo->token == cursor.token
                                         ? std::optional<PullState>(m_memo->state)
                                         : PullState::parse(cursor.token);
    if (!state) {
        RemoteResult r;
        r.error = RemoteErrorClass::CursorInvalid;
        r.message = QCoreApplication::translate("sb::feishu::Op", "The approvals' sync position could not be read; the approvals are read again.");
        return new ImmediateCall(r);
    }
    return op([state = *state, pageSize, memo = m_memo](Op &o) {
        auto run = std::make_shared<PullRun>();
        run->op = &o;
        run->memo = memo;
        run->state = state;
        run->pageSize = qMax(1, pageSize);
        run->begin();
    });
}

} // namespace sb::feishu
