#pragma once
// The server side of the connector fuzz targets: a QNetworkAccessManager whose every request is
// answered from the fuzz input instead of the network, so the connector's own code (JsonHttpCall,
// its envelope and payload readers, the mapping to records) reads hostile answers exactly as it
// reads a real server's.
//
// The input is a list of answers separated by a line "~~~":
//   ?substring        optional first line: this answer is for requests whose method, URL or body
//                     contains substring (it answers every such request); answers without it are
//                     given in order to the requests no keyed answer matches (the last one repeats)
//   HTTP/1.1 404 x    optional status line, then "Name: value" header lines and an empty line;
//                     without it the answer is 200 with the target's default Content-Type
//   body              the rest
// "$id" in an answer becomes the JSON-RPC id of the request it answers. After kMaxRequests
// requests, or when no answer fits, the connection is closed (a transport error).
#include "sync/engine/Connector.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <cstdint>
#include <cstring>
#include <memory>

namespace sbfuzz {

// One Qt application for the whole run (libFuzzer calls the target many times in one process).
inline void ensureApp()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.info=false;*.warning=false");
    static QCoreApplication app(argc, argv);
}

struct Answer {
    QByteArray key;     // empty: in order
    int status = 200;   // 0: the connection closes without an answer
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

inline QList<Answer> splitAnswers(const QByteArray &input, const QByteArray &contentType)
{
    QList<Answer> out;
    qsizetype from = 0;
    const QByteArray sep("\n~~~\n");
    while (from <= input.size()) {
        qsizetype to = input.indexOf(sep, from);
        if (to < 0)
            to = input.size();
        QByteArray text = input.mid(from, to - from);
        from = to + sep.size();
        Answer a;
        if (text.startsWith('?')) {
            const qsizetype nl = text.indexOf('\n');
            a.key = text.mid(1, nl < 0 ? -1 : nl - 1);
            text = nl < 0 ? QByteArray() : text.mid(nl + 1);
        }
        bool typed = false;
        if (text.startsWith("HTTP/")) {
            qsizetype end = text.indexOf("\n\n");
            const QByteArray head = text.left(end < 0 ? text.size() : end);
            text = end < 0 ? QByteArray() : text.mid(end + 2);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
            a.status = status.value(1).toInt();
            a.reason = status.mid(2).join(' ');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines.at(i).left(colon).trimmed();
                typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
                a.headers.append({name, lines.at(i).mid(colon + 1).trimmed()});
            }
        }
        if (!typed && !contentType.isEmpty())
            a.headers.append({"Content-Type", contentType});
        a.body = text;
        out.append(a);
        if (to == input.size())
            break;
    }
    return out;
}

class FakeReply : public QNetworkReply {
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const Answer *answer, const QByteArray &id,
              QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        if (answer && answer->status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer->status);
            setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, answer->reason);
            for (const auto &h : answer->headers)
                setRawHeader(h.first, h.second);
            m_body = answer->body;
            m_body.replace("$id", id);
        } else {
            setError(QNetworkReply::RemoteHostClosedError, QStringLiteral("closed"));
        }
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (error() != NoError)
                    emit errorOccurred(error());
                else {
                    emit metaDataChanged();
                    emit readyRead();
                }
                setFinished(true);
                emit finished();
            },
            Qt::QueuedConnection);
    }
    void abort() override {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_body.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_body.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_body.size() ? -1 : 0;
        memcpy(data, m_body.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_pos = 0;
};

class FakeNetwork : public QNetworkAccessManager {
public:
    static constexpr int kMaxRequests = 64;
    FakeNetwork(const QByteArray &input, const QByteArray &contentType) : m_answers(splitAnswers(input, contentType)) {}

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        QByteArray body;
        if (outgoing && outgoing->isOpen())
            body = outgoing->peek(1 << 20);
        QByteArray verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        const QByteArray what = verb + ' ' + request.url().toEncoded() + ' ' + body;
        const QByteArray id = QByteArray::number(QJsonDocument::fromJson(body).object().value(QLatin1String("id")).toInt());
        const Answer *answer = nullptr;
        if (++m_requests <= kMaxRequests) {
            for (const Answer &a : m_answers)
                if (!a.key.isEmpty() && what.contains(a.key)) {
                    answer = &a;
                    break;
                }
            if (!answer) {
                const Answer *last = nullptr;
                int seen = 0;
                for (const Answer &a : m_answers) {
                    if (!a.key.isEmpty())
                        continue;
                    last = &a;
                    if (seen++ == m_inOrder) {
                        answer = &a;
                        break;
                    }
                }
                ++m_inOrder;
                if (!answer)
                    answer = last;
            }
        }
        return new FakeReply(request, op, answer, id, this);
    }

private:
    QList<Answer> m_answers;
    int m_requests = 0;
    int m_inOrder = 0;
};

// The first line of the input picks what the connector is asked: "<entity> <call>", call one of
// pull (from the start), more (from a cursor), ids (listIds), test (testConnection). Unknown
// words pick by hash, so a mutated line still asks something.
struct Ask {
    QString entity;
    QString call;
    QByteArray rest;
};

inline Ask askOf(const QByteArray &input, const QStringList &entities)
{
    const qsizetype nl = input.indexOf('\n');
    const QByteArray line = nl < 0 ? input : input.left(nl);
    Ask ask;
    ask.rest = nl < 0 ? QByteArray() : input.mid(nl + 1);
    const QList<QByteArray> words = line.split(' ');
    const QString entity = QString::fromUtf8(words.value(0));
    ask.entity = entities.contains(entity) ? entity : entities.value(int(qHash(entity) % uint(entities.size())));
    static const QStringList calls{QStringLiteral("pull"), QStringLiteral("more"), QStringLiteral("ids"), QStringLiteral("test")};
    const QString call = QString::fromUtf8(words.value(1));
    ask.call = calls.contains(call) ? call : calls.value(int(qHash(call) % uint(calls.size())));
    return ask;
}

// Runs one connector call to its finished(). A call that never finishes is a finding too:
// scripts/fuzz.sh gives libFuzzer a -timeout.
inline sb::RemoteResult run(sb::RemoteCall *call)
{
    QPointer<sb::RemoteCall> guard(call);
    QEventLoop loop;
    bool done = false;
    sb::RemoteResult result;
    QObject::connect(call, &sb::RemoteCall::finished, &loop, [&](const sb::RemoteResult &r) {
        done = true;
        result = r;
        loop.quit();
    });
    call->start();
    if (!done)
        loop.exec();
    delete guard.data();
    // Replies and calls scheduled for deletion go now, so nothing outlives the input.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return result;
}

// Asks what the first line says; a pull goes on through up to four more pages with the cursor
// each page gives, as the engine would.
inline void ask(sb::Connector &connector, const Ask &ask)
{
    if (ask.call == QLatin1String("ids")) {
        run(connector.listIds(ask.entity));
        return;
    }
    if (ask.call == QLatin1String("test")) {
        run(connector.testConnection());
        return;
    }
    sb::PullCursor cursor;
    if (ask.call == QLatin1String("more"))
        cursor = sb::PullCursor{QStringLiteral("2024-05-01T10:00:00.000Z"), QStringLiteral("7"), QStringLiteral("tok-1")};
    for (int page = 0; page < 5; ++page) {
        const sb::RemoteResult r = run(connector.pull(ask.entity, cursor, 50));
        if (!r.ok() || !r.hasMore)
            break;
        cursor = r.next;
    }
}

} // namespace sbfuzz
