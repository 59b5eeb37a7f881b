#pragma once

#include "sync/connectors/tryton/TrytonRpc.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace sb::testing {

// A real trytond for one test: a copy of the seeded template database (made once per build
// tree by scripts/tryton.sh init) started on a free loopback port, stopped at destruction.
class TrytonServer {
public:
    TrytonServer();
    ~TrytonServer();

    // The seeded template directory, created on first use (about 40 s); empty with error set.
    static QString ensureTemplate(QString *error);
    bool start(QString *error);
    // Starts a copy of another initialised directory (a benchmark's bigger database).
    bool startFrom(const QString &source, QString *error);
    void stop();

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    int port() const { return m_port; }
    QString directory() const { return m_dir.path(); }
    tryton::Config config(const QString &password = QStringLiteral("admin")) const;

    // A direct JSON-RPC call as admin, waited for (test set-up and checks only).
    QJsonValue call(const QString &method, const QJsonArray &params, const QJsonObject &context = {}, QString *error = nullptr);

    static int freePort();
    static QString script();

private:
    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<tryton::Session> m_session;
};

} // namespace sb::testing
