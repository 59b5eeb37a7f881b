#pragma once

// Helpers of the workspace fault tests (tst_workspacehealth, tst_diskfull): a small workspace
// with a back end and unsent changes, the real salesbridge program, byte-level damage.

#include "models/demo/DemoGenerator.h"
#include "models/store/ChangeWriter.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace sb::faults {

// A workspace of `customers` demo customers, one ERP back end and `unsent` pending edits.
inline bool makeWorkspace(const QString &path, int customers = 120, int unsent = 3)
{
    auto opened = Database::open(path);
    if (!opened)
        return false;
    Database &db = *opened.value();
    DemoGenerator generator(db, DemoGenerator::Options{customers, 7, QStringLiteral("wang.fang")});
    if (!generator.generate())
        return false;
    if (!db.exec(QStringLiteral("INSERT INTO connectors (system, kind, url, database_name, username, options, enabled) "
                                "VALUES ('erp', 'tryton', 'http://127.0.0.1:8000', 'crm', 'alice', '{}', 1)")))
        return false;
    auto ids = db.exec(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT ?"), {unsent});
    if (!ids)
        return false;
    ChangeWriter writer(db);
    while (ids.value().next()) {
        if (!writer.update(entities::customer(), ids.value().value(0).toLongLong(),
                           {{QStringLiteral("notes"), QStringLiteral("edited before the damage")}}))
            return false;
    }
    return true;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Overwrites `bytes` bytes at `offset` with `value`.
inline bool overwrite(const QString &path, qint64 offset, int bytes, char value)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    return f.write(QByteArray(bytes, value)) == bytes;
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

// The real program, with its home in dir (never the user's own workspaces).
inline QProcess *startApp(const QString &home, const QStringList &args, QObject *parent = nullptr)
{
    auto *p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(SB_APP_PATH), args);
    return p;
}

inline Run runApp(const QString &home, const QStringList &args)
{
    std::unique_ptr<QProcess> p(startApp(home, args));
    Run r;
    if (!p->waitForFinished(60000))
        return r;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
    return r;
}

// A file size limit on this process (RLIMIT_FSIZE): a write past `bytes` fails the way a full
// disk does (SIGXFSZ ignored, so the write returns an error instead of killing the process).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { lift(); }
    bool ok() const { return m_ok; }
    void lift()
    {
        if (m_ok)
            setrlimit(RLIMIT_FSIZE, &m_old);
        m_ok = false;
    }

private:
    rlimit m_old{};
    bool m_ok = false;
};

} // namespace sb::faults
