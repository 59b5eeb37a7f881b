#include "ConnectorStore.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>

namespace sb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sb::ConnectorStore", text);
}
} // namespace

Result<QList<ConnectorConfig>> ConnectorStore::select(const QString &where)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, system, kind, url, database_name, username, enabled "
                                      "FROM connectors %1 ORDER BY id").arg(where));
    if (!q)
        return Result<QList<ConnectorConfig>>::fail(q.error());
    QList<ConnectorConfig> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ConnectorConfig c;
        c.id = r.value(0).toLongLong();
        c.system = r.value(1).toString();
        c.kind = r.value(2).toString();
        c.url = r.value(3).toString();
        c.databaseName = r.value(4).toString();
        c.username = r.value(5).toString();
        c.enabled = r.value(6).toBool();
        list << c;
    }
    return Result<QList<ConnectorConfig>>::ok(list);
}

Result<QList<ConnectorConfig>> ConnectorStore::all()
{
    return select(QString());
}

Result<QList<ConnectorConfig>> ConnectorStore::enabled()
{
    return select(QStringLiteral("WHERE enabled = 1"));
}

QStringList ConnectorStore::knownKinds()
{
    return {QStringLiteral("tryton")};
}

QString ConnectorStore::validate(const ConnectorConfig &c)
{
    if (!knownKinds().contains(c.kind))
        return tr("SalesBridge cannot connect to a server of kind \"%1\".").arg(c.kind);
    const QUrl url(c.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return tr("\"%1\" is not a server address. Use the form http://host:port.").arg(c.url);
    if (c.kind == QLatin1String("tryton") && c.databaseName.trimmed().isEmpty())
        return tr("Enter the name of the Tryton database.");
    if (c.username.trimmed().isEmpty())
        return tr("Enter the user name to log in with.");
    return {};
}

Result<qint64> ConnectorStore::save(const ConnectorConfig &c)
{
    using R = Result<qint64>;
    if (const QString problem = validate(c); !problem.isEmpty())
        return R::fail(problem);
    auto clash = m_db.scalar(QStringLiteral("SELECT count(*) FROM connectors WHERE system = ? AND kind = ? AND url = ? AND id <> ?"),
                             {c.system, c.kind, c.url, c.id});
    if (!clash)
        return R::fail(clash.error());
    if (clash.value().toInt() > 0)
        return R::fail(tr("This server is already configured."));
    if (c.id == 0) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO connectors (system, kind, url, database_name, username, enabled) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"),
                           {c.system, c.kind, c.url, c.databaseName, c.username, c.enabled ? 1 : 0});
        if (!q)
            return R::fail(q.error());
        return R::ok(q.value().lastInsertId().toLongLong());
    }
    auto q = m_db.exec(QStringLiteral("UPDATE connectors SET system = ?, kind = ?, url = ?, database_name = ?, username = ?, "
                                      "enabled = ? WHERE id = ?"),
                       {c.system, c.kind, c.url, c.databaseName, c.username, c.enabled ? 1 : 0, c.id});
    if (!q)
        return R::fail(q.error());
    return R::ok(c.id);
}

Status ConnectorStore::remove(qint64 id)
{
    // pull_cursors go with it (ON DELETE CASCADE).
    return Status::from(m_db.exec(QStringLiteral("DELETE FROM connectors WHERE id = ?"), {id}));
}

} // namespace sb
