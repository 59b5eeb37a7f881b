#pragma once
// Inside the Feishu connector: what the pull of approvals keeps between cycles (in the cursor
// token), and the connector's memory of the last token it wrote. FeishuPull.cpp.
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sb::feishu {

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

// The last cursor token this connector wrote and the state it holds: the next page's cursor
// is that token, so its state is at hand without parsing it again.
struct PullMemo {
    QString token;
    PullState state;
};

} // namespace sb::feishu
