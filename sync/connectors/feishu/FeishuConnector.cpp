#include "FeishuConnector.h"

#include "FeishuMapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sb::feishu {

namespace {


QUrlQuery byUserId()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("user_id_type"), QStringLiteral("user_id"));
    return q;
}

QString notServed(const QString &entity)
{
    return QCoreApplication::translate("sb::feishu::Op", "The OA system does not keep %1 records.").arg(entity);
}

} // namespace

FeishuConnector::FeishuConnector(QNetworkAccessManager *nam, Settings settings)
    : m_nam(nam)
    , m_settings(std::make_shared<const Settings>(std::move(settings)))
    , m_memo(std::make_shared<PullMemo>())
{
}

Op *FeishuConnector::op(Op::Body body)
{
    return new Op(m_nam, m_settings, std::move(body));
}

void FeishuConnector::getInstance(Op &op, const QString &idOrUuid, std::function<void(const QJsonObject &)> done,
                                  std::function<bool(const Answer &)> refused)
{
    QUrlQuery q = byUserId();
    q.addQueryItem(QStringLiteral("locale"), QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US"));
    op.api("GET", QStringLiteral("approval/v4/instances/") + QString::fromLatin1(QUrl::toPercentEncoding(idOrUuid)), q, {}, false,
           std::move(done), std::move(refused));
}

// ---------------------------------------------------------------------------------------------
// Pull

namespace {

constexpr qint64 kOverlapMs = 60 * 1000;            // creation-time listing overlap (clock skew)
constexpr qint64 kFirstWindowMs = 90LL * 86400 * 1000; // a new workspace lists this far back
constexpr qint64 kWindowMs = 30LL * 86400 * 1000;    // one listing call spans at most this
constexpr qint64 kRevokeWatchMs = 30LL * 86400 * 1000; // an approved instance is watched this long for a revocation
constexpr int kRecentKept = 200;

} // namespace

// What the pull knows between cycles: kept in the cursor token, committed with its records.
struct PullState {
    qint64 since = 0;       // the end of the last creation-time listing (ms)
    QStringList recent;     // the newest codes of that listing, to skip in the overlap
    struct Open {
        qint64 due = 0;     // next poll (ms)
        qint64 interval = 0;
        qint64 until = 0;   // approved: watched until then for a revocation; 0 while pending
        bool mine = false;  // holds a task of this laptop's user
        QString version;
    };
    QHash<QString, Open> open;
    QStringList queue;      // codes still to fetch in this pull

    static std::optional<PullState> parse(const QString &token)
    {
        PullState s;
        if (token.isEmpty())
            return s;
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(token.toUtf8(), &e).object();
        if (e.error != QJsonParseError::NoError || o.value(QLatin1String("v")).toInt() != 1)
            return std::nullopt;
        s.since = o.value(QLatin1String("since")).toString().toLongLong();
        for (const QJsonValue &v : o.value(QLatin1String("recent")).toArray())
            s.recent << v.toString();
        for (const QJsonValue &v : o.value(QLatin1String("queue")).toArray())
            s.queue << v.toString();
        const QJsonObject open = o.value(QLatin1String("open")).toObject();
        for (auto it = open.begin(); it != open.end(); ++it) {
            const QJsonArray a = it.value().toArray();
            Open x;
            x.due = a.at(0).toString().toLongLong();
            x.interval = a.at(1).toString().toLongLong();
            x.until = a.at(2).toString().toLongLong();
            x.mine = a.at(3).toBool();
            x.version = a.at(4).toString();
            s.open.insert(it.key(), x);
        }
        return s;
    }
    // Written by hand: it is written after every page, and a QJsonDocument of a thousand open
    // approvals built and dropped for each page cost more than the page's own records.
    QString token() const
    {
        auto quoted = [](QString &out, const QString &text) {
            out += QLatin1Char('"');
            for (const QChar c : text) {
                if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                    out += QLatin1Char('\\');
                if (c.unicode() >= 0x20)
                    out += c;
            }
            out += QLatin1Char('"');
        };
        auto list = [&quoted](QString &out, const QStringList &items) {
            out += QLatin1Char('[');
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (i)
                    out += QLatin1Char(',');
                quoted(out, items.at(i));
            }
            out += QLatin1Char(']');
        };
        QString out;
        out.reserve(128 + open.size() * 96 + (recent.size() + queue.size()) * 40);
        out += QStringLiteral("{\"v\":1,\"since\":\"%1\",\"recent\":").arg(since);
        list(out, recent);
        out += QStringLiteral(",\"queue\":");
        list(out, queue);
        out += QStringLiteral(",\"open\":{");
        bool first = true;
        for (auto it = open.cbegin(); it != open.cend(); ++it) {
            if (!std::exchange(first, false))
                out += QLatin1Char(',');
            quoted(out, it.key());
            out += QStringLiteral(":[\"%1\",\"%2\",\"%3\",%4,").arg(it->due).arg(it->interval).arg(it->until)
                       .arg(it->mine ? QStringLiteral("true") : QStringLiteral("false"));
            quoted(out, it->version);
            out += QLatin1Char(']');
        }
        out += QStringLiteral("}}");
        return out;
    }
};

// The last cursor token this connector wrote and the state it holds.
struct PullMemo {
    QString token;
    PullState state;
};

namespace {

// One pull call: plans the cycle's fetches when the queue is empty, then fetches a page.
struct PullRun : std::enable_shared_from_this<PullRun> {
    Op *op = nullptr;
    PullState state;
    int pageSize = 100;
    qint64 now = 0;
    qint64 listTo = 0;
    QSet<QString> todo;      // instances with a task of mine waiting
    QStringList listed;      // codes created since the last listing
    QList<RemoteRecord> records;
    int fetched = 0; // instances asked about in this call (a page's budget)
    std::shared_ptr<PullMemo> memo;

    qint64 baseInterval() const { return qint64(op->settings().pollSeconds) * 1000; }

    void begin()
    {
        now = QDateTime::currentMSecsSinceEpoch();
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
        listTo = now;
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
        state.since = listTo;
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

// ---------------------------------------------------------------------------------------------
// Writes

RemoteCall *FeishuConnector::create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey)
{
    if (entity != QLatin1String("approval"))
        return ImmediateCall::refused(notServed(entity));
    if (fields.value(QStringLiteral("state")).toString() != QLatin1String("pending"))
        return ImmediateCall::refused(QCoreApplication::translate("sb::feishu::Op", "Only a pending request can be submitted to the OA system."));
    if (m_settings->userId.isEmpty())
        return ImmediateCall::refused(QCoreApplication::translate("sb::feishu::Op", "Enter your OA user id in Settings > Connections to submit approvals."));
    const QString me = m_settings->userId;
    const QString code = m_settings->approvalCode;
    const QString form = QString::fromUtf8(QJsonDocument(formFor(fields)).toJson(QJsonDocument::Compact));
    return op([me, code, form, idempotencyKey](Op &o) {
        const QJsonObject body{{QStringLiteral("approval_code"), code},
                               {QStringLiteral("user_id"), me},
                               {QStringLiteral("form"), form},
                               {QStringLiteral("uuid"), idempotencyKey}};
        auto answerWith = [&o](const QJsonObject &instance) {
            RemoteResult r;
            r.serverAnswered = true;
            r.record = recordFor(instance, o.settings().userId);
            o.finish(r);
        };
        o.api("POST", QStringLiteral("approval/v4/instances"), {}, body, true,
              [&o, answerWith](const QJsonObject &data) {
                  getInstance(o, data.value(QLatin1String("instance_code")).toString(), answerWith);
              },
              [&o, answerWith, idempotencyKey](const Answer &a) {
                  if (a.code != 60012)
                      return false;
                  // This uuid made an instance already (an earlier attempt whose answer was
                  // lost): that one is the result, found by its uuid.
                  getInstance(o, idempotencyKey, answerWith);
                  return true;
              });
    });
}

RemoteCall *FeishuConnector::lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &)
{
    if (entity != QLatin1String("approval"))
        return ImmediateCall::refused(notServed(entity));
    return op([idempotencyKey](Op &o) {
        getInstance(
            o, idempotencyKey,
            [&o](const QJsonObject &instance) {
                RemoteResult r;
                r.serverAnswered = true;
                r.found = true;
                r.record = recordFor(instance, o.settings().userId);
                o.finish(r);
            },
            [&o](const Answer &a) {
                if (a.code != 1390003)
                    return false;
                RemoteResult r; // no instance has this uuid: the create goes
                r.serverAnswered = true;
                r.found = false;
                o.finish(r);
                return true;
            });
    });
}

RemoteCall *FeishuConnector::update(const QString &, const QString &, const QVariantMap &, const QString &, const QString &)
{
    return ImmediateCall::refused(QCoreApplication::translate("sb::feishu::Op", "An approval changes in the OA system only by its decisions: approve, reject or withdraw it."));
}

RemoteCall *FeishuConnector::remove(const QString &, const QString &, const QString &)
{
    return ImmediateCall::refused(QCoreApplication::translate("sb::feishu::Op", "An approval cannot be deleted from the OA system; withdraw it instead."));
}

RemoteCall *FeishuConnector::listIds(const QString &entity)
{
    // Deletions come with the pull (DELETED instances, unknown codes): never asked for.
    return ImmediateCall::refused(notServed(entity));
}

// ---------------------------------------------------------------------------------------------
// Commands

namespace {

// Whether the instance shows this command as done by me (an earlier attempt whose answer was lost).
bool appliedByMe(const QJsonObject &instance, const QString &me, const QString &name)
{
    if (name == QLatin1String("withdraw"))
        return instance.value(QLatin1String("status")).toString() == QLatin1String("CANCELED");
    const QString status = name == QLatin1String("approve") ? QStringLiteral("APPROVED") : QStringLiteral("REJECTED");
    return !taskOf(instance, me, status).isEmpty();
}

} // namespace

RemoteCall *FeishuConnector::command(const QString &entity, const QString &remoteId, const QString &name,
                                     const QVariantMap &args, const QString &)
{
    if (entity != QLatin1String("approval") || !commands().contains(name))
        return Connector::command(entity, remoteId, name, args, QString());
    if (remoteId.isEmpty())
        return ImmediateCall::refused(QCoreApplication::translate("sb::feishu::Op", "The request has not reached the OA system yet."));
    const QString me = m_settings->userId;
    const QString comment = args.value(QStringLiteral("comment")).toString();
    return op([remoteId, name, comment, me](Op &o) {
        auto answerWith = [&o](const QJsonObject &instance) {
            RemoteResult r;
            r.serverAnswered = true;
            r.record = recordFor(instance, o.settings().userId);
            o.finish(r);
        };
        // Refused, with what happened instead and the instance as it is now for the cache.
        auto refuseWith = [&o](const QJsonObject &instance, const QString &why) {
            RemoteResult r;
            r.serverAnswered = true;
            r.error = RemoteErrorClass::Permanent;
            r.record = recordFor(instance, o.settings().userId);
            r.message = why + QLatin1Char(' ') + describe(instance);
            o.finish(r);
        };
        // The instance first: the task to decide is read from it, and a decision taken
        // elsewhere in the meantime is told as such instead of an error code.
        getInstance(o, remoteId, [&o, remoteId, name, comment, me, answerWith, refuseWith](const QJsonObject &instance) {
            if (appliedByMe(instance, me, name)) {
                answerWith(instance);
                return;
            }
            const QString status = instance.value(QLatin1String("status")).toString();
            const QString approvalCode = instance.value(QLatin1String("approval_code")).toString();
            auto afterwards = [&o, remoteId, answerWith](const QJsonObject &) { getInstance(o, remoteId, answerWith); };
            auto decidedMeanwhile = [&o, remoteId, me, name, answerWith, refuseWith](const Answer &a) {
                if (a.code != 1390010 && a.code != 1390009 && a.code != 1390001)
                    return false;
                // Decided, withdrawn or handed on while the request was on its way: say by whom.
                getInstance(o, remoteId, [me, name, a, answerWith, refuseWith](const QJsonObject &now) {
                    if (appliedByMe(now, me, name))
                        answerWith(now);
                    else
                        refuseWith(now, Op::classify(a, true).message);
                });
                return true;
            };
            if (name == QLatin1String("withdraw")) {
                if (status != QLatin1String("PENDING")) {
                    refuseWith(instance, QCoreApplication::translate("sb::feishu::Op", "The request can no longer be withdrawn."));
                    return;
                }
                o.api("POST", QStringLiteral("approval/v4/instances/cancel"), byUserId(),
                      QJsonObject{{QStringLiteral("approval_code"), approvalCode},
                                  {QStringLiteral("instance_code"), remoteId},
                                  {QStringLiteral("user_id"), me}},
                      true, afterwards, decidedMeanwhile);
                return;
            }
            const QJsonObject task = taskOf(instance, me, QStringLiteral("PENDING"));
            if (task.isEmpty()) {
                refuseWith(instance, QCoreApplication::translate("sb::feishu::Op", "Your decision was not applied: the request no longer waits for you."));
                return;
            }
            QJsonObject body{{QStringLiteral("approval_code"), approvalCode},
                             {QStringLiteral("instance_code"), remoteId},
                             {QStringLiteral("user_id"), me},
                             {QStringLiteral("task_id"), task.value(QLatin1String("id")).toString()}};
            if (!comment.isEmpty())
                body.insert(QStringLiteral("comment"), comment);
            o.api("POST", name == QLatin1String("approve") ? QStringLiteral("approval/v4/tasks/approve")
                                                           : QStringLiteral("approval/v4/tasks/reject"),
                  byUserId(), body, true, afterwards, decidedMeanwhile);
        });
    });
}

RemoteCall *FeishuConnector::lookupCommand(const QString &entity, const QString &remoteId, const QString &name,
                                           const QVariantMap &args, const QString &idempotencyKey)
{
    if (entity != QLatin1String("approval") || !commands().contains(name) || remoteId.isEmpty())
        return Connector::lookupCommand(entity, remoteId, name, args, idempotencyKey);
    const QString me = m_settings->userId;
    return op([remoteId, name, me](Op &o) {
        getInstance(o, remoteId, [&o, name, me](const QJsonObject &instance) {
            RemoteResult r;
            r.serverAnswered = true;
            r.found = appliedByMe(instance, me, name);
            if (r.found)
                r.record = recordFor(instance, me);
            o.finish(r); // not found: the command goes again, and is told what happened if it cannot
        });
    });
}

RemoteCall *FeishuConnector::testConnection()
{
    return op([](Op &o) {
        const Settings &s = o.settings();
        QUrlQuery q = byUserId();
        q.addQueryItem(QStringLiteral("locale"), QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US"));
        o.api("GET", QStringLiteral("approval/v4/approvals/") + s.approvalCode, q, {}, false, [&o](const QJsonObject &definition) {
            const QString name = definition.value(QLatin1String("approval_name")).toString();
            const int steps = int(definition.value(QLatin1String("node_list")).toArray().size());
            if (o.settings().userId.isEmpty()) {
                RemoteResult r;
                r.serverAnswered = true;
                r.message = QCoreApplication::translate("sb::feishu::Op", "Feishu approval \"%1\" (%2), %n step(s).", nullptr, steps).arg(name, o.settings().approvalCode);
                o.finish(r);
                return;
            }
            QUrlQuery t = byUserId();
            t.addQueryItem(QStringLiteral("user_id"), o.settings().userId);
            t.addQueryItem(QStringLiteral("topic"), QStringLiteral("1"));
            t.addQueryItem(QStringLiteral("page_size"), QStringLiteral("200"));
            o.api("GET", QStringLiteral("approval/v4/tasks/query"), t, {}, false, [&o, name, steps](const QJsonObject &tasks) {
                const int waiting = tasks.value(QLatin1String("count")).toObject().value(QLatin1String("total")).toInt(
                    int(tasks.value(QLatin1String("tasks")).toArray().size()));
                RemoteResult r;
                r.serverAnswered = true;
                r.message = QCoreApplication::translate("sb::feishu::Op", "Feishu approval \"%1\" (%2), %n step(s).", nullptr, steps).arg(name, o.settings().approvalCode)
                            + QLatin1Char(' ')
                            + QCoreApplication::translate("sb::feishu::Op", "%1 has %n approval task(s) waiting.", nullptr, waiting).arg(o.settings().userId);
                o.finish(r);
            });
        });
    });
}

} // namespace sb::feishu
