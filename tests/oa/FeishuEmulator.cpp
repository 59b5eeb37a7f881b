#include "FeishuEmulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTimer>

namespace sb::testing {

FeishuEmulator::FeishuEmulator()
    : m_nam(std::make_unique<QNetworkAccessManager>())
{
}

FeishuEmulator::~FeishuEmulator()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(2000);
    }
}

bool FeishuEmulator::start(QString *error)
{
    QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *error = QStringLiteral("python3 is not installed (scripts/deps.sh installs it)");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(python, {QStringLiteral(SB_SOURCE_DIR "/scripts/feishu_emulator.py"), QStringLiteral("--port"), QStringLiteral("0")});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("the emulator did not start: ") + m_process->errorString();
        return false;
    }
    QElapsedTimer t;
    t.start();
    QByteArray out;
    while (t.elapsed() < 20000) {
        m_process->waitForReadyRead(500);
        out += m_process->readAllStandardOutput();
        const int at = out.indexOf("LISTENING ");
        const int end = out.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_port = out.mid(at + 10, end - at - 10).trimmed().toInt();
            return m_port > 0;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    *error = QStringLiteral("the emulator did not say where it listens: ") + QString::fromUtf8(out + m_process->readAllStandardError());
    return false;
}

QJsonObject FeishuEmulator::request(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkRequest req(QUrl(url().toString() + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = method == "GET" ? m_nam->get(req)
                                           : m_nam->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    QJsonObject out;
    if (!reply->isFinished()) {
        reply->abort();
        out.insert(QStringLiteral("error"), QStringLiteral("the emulator did not answer ") + path);
    } else {
        const QByteArray data = reply->readAll();
        out = QJsonDocument::fromJson(data).object();
        if (out.isEmpty())
            out.insert(QStringLiteral("error"), QString::fromUtf8(data.left(300)));
    }
    reply->deleteLater();
    return out;
}

QJsonObject FeishuEmulator::control(const QString &path, const QJsonObject &body)
{
    return request("POST", QStringLiteral("/_emulator/") + path, body);
}

QJsonObject FeishuEmulator::state()
{
    return request("GET", QStringLiteral("/_emulator/state"), {});
}

int FeishuEmulator::calls(const QString &key)
{
    return state().value(QLatin1String("calls")).toObject().value(key).toInt();
}

int FeishuEmulator::codeCount(int code)
{
    return state().value(QLatin1String("codes")).toObject().value(QString::number(code)).toInt();
}

QJsonObject FeishuEmulator::act(const QString &action, const QString &instanceCode, const QString &userId, const QString &comment)
{
    QJsonObject body{{QStringLiteral("action"), action}, {QStringLiteral("instance_code"), instanceCode}, {QStringLiteral("user_id"), userId}};
    if (!comment.isEmpty())
        body.insert(QStringLiteral("comment"), comment);
    return control(QStringLiteral("act"), body);
}

QString FeishuEmulator::output() const
{
    return m_process ? QString::fromUtf8(m_process->readAllStandardError().right(2000)) : QString();
}

} // namespace sb::testing
