#include "ConnectorStore.h"

#include "Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sb {

namespace {
// lupdate files Texts::tr() under the context declared here, the one looked up at run time.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(sb::ConnectorStore)
};
} // namespace

QString ConnectorConfig::setting(const QString &key) const
{
    if (key == QLatin1String("url"))
        return url;
    if (key == QLatin1String("database"))
        return databaseName;
    if (key == QLatin1String("username"))
        return username;
    return options.value(key).toString();
}

void ConnectorConfig::setSetting(const QString &key, const QString &value)
{
    if (key == QLatin1String("url"))
        url = value;
    else if (key == QLatin1String("database"))
        databaseName = value;
    else if (key == QLatin1String("username"))
        username = value;
    else if (value.isEmpty())
        options.remove(key);
    else
        options.insert(key, value);
}

Result<QList<ConnectorConfig>> ConnectorStore::select(const QString &where)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, system, kind, url, database_name, username, enabled, options "
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
        c.options = QJsonDocument::fromJson(r.value(7).toString().toUtf8()).object().toVariantMap();
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

Result<qint64> ConnectorStore::save(const ConnectorConfig &c)
{
    using R = Result<qint64>;
    if (c.system.trimmed().isEmpty() || c.kind.trimmed().isEmpty())
        return R::fail(Texts::tr("Choose the type of server."));
    auto clash = m_db.scalar(QStringLiteral("SELECT count(*) FROM connectors WHERE system = ? AND kind = ? AND url = ? AND id <> ?"),
                             {c.system, c.kind, c.url, c.id});
    if (!clash)
        return R::fail(clash.error());
    if (clash.value().toInt() > 0)
        return R::fail(Texts::tr("This server is already configured."));
    if (c.enabled) {
        auto other = m_db.scalar(QStringLiteral("SELECT url FROM connectors WHERE system = ? AND enabled = 1 AND id <> ?"),
                                 {c.system, c.id});
        if (!other)
            return R::fail(other.error());
        if (other.value().isValid())
            return R::fail(Texts::tr("Another server (%1) already plays this part for the workspace. Turn it off or remove it first.")
                               .arg(other.value().toString()));
    }
    const QString options = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(c.options)).toJson(QJsonDocument::Compact));
    if (c.id == 0) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO connectors (system, kind, url, database_name, username, options, enabled) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {c.system, c.kind, c.url, c.databaseName, c.username, options, c.enabled ? 1 : 0});
        if (!q)
            return R::fail(q.error());
        return R::ok(q.value().lastInsertId().toLongLong());
    }
    auto q = m_db.exec(QStringLiteral("UPDATE connectors SET system = ?, kind = ?, url = ?, database_name = ?, username = ?, "
                                      "options = ?, enabled = ? WHERE id = ?"),
                       {c.system, c.kind, c.url, c.databaseName, c.username, options, c.enabled ? 1 : 0, c.id});
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
