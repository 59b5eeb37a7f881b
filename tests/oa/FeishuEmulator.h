#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace sb::testing {

// The Feishu Approval v4 emulator (scripts/feishu_emulator.py) on a free loopback port for one
// test, driven through its control API (/_emulator/...). Stopped at destruction.
class FeishuEmulator {
public:
    FeishuEmulator();
    ~FeishuEmulator();
    bool start(QString *error);
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    static QString appId() { return QStringLiteral("cli_salesbridge"); }
    static QString appSecret() { return QStringLiteral("sb-demo-secret"); }

    // POST /_emulator/<path> with a JSON body; the answer (an error text in "error" on failure).
    QJsonObject control(const QString &path, const QJsonObject &body = {});
    QJsonObject state();
    QJsonArray instances() { return state().value(QLatin1String("instances")).toArray(); }
    // How many calls of "<METHOD> <path template>" the emulator counted.
    int calls(const QString &key);
    int codeCount(int code);
    // What a person does in the Feishu app: approve, reject, transfer, cancel, delete_instance.
    QJsonObject act(const QString &action, const QString &instanceCode, const QString &userId, const QString &comment = {});
    // Whether the emulator process is still up (a crash shows in its output).
    QString output() const;

private:
    QJsonObject request(const QByteArray &method, const QString &path, const QJsonObject &body);

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_port = 0;
};

} // namespace sb::testing
