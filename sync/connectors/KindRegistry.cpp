#include "KindRegistry.h"

#include "sync/credentials/CredentialStore.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace sb {

namespace {
// lupdate files Texts::tr() under the context declared here, the one looked up at run time.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(sb::KindRegistry)
};
} // namespace

void KindRegistry::add(ConnectorKind kind)
{
    for (ConnectorKind &k : m_kinds)
        if (k.id == kind.id) {
            k = std::move(kind);
            return;
        }
    m_kinds.append(std::move(kind));
}

const ConnectorKind *KindRegistry::find(const QString &id) const
{
    for (const ConnectorKind &k : m_kinds)
        if (k.id == id)
            return &k;
    return nullptr;
}

QString KindRegistry::text(const char *untranslated)
{
    return Texts::tr(untranslated);
}

QString KindRegistry::roleLabel(const QString &role)
{
    if (role == QLatin1String("erp"))
        return Texts::tr("ERP");
    if (role == QLatin1String("oa"))
        return Texts::tr("OA approvals");
    if (role == QLatin1String("calendar"))
        return Texts::tr("OA calendar");
    if (role == QLatin1String("aftersales"))
        return Texts::tr("After-sales");
    return role;
}

QString KindRegistry::secretKey(const ConnectorConfig &config)
{
    return CredentialStore::keyFor(config.system, config.url, config.username);
}

ConnectorConfig KindRegistry::configFor(const QString &kindId) const
{
    ConnectorConfig c;
    c.kind = kindId;
    if (const ConnectorKind *k = find(kindId))
        c.system = k->role;
    return c;
}

QString KindRegistry::validate(const ConnectorConfig &c, QString *fieldKey) const
{
    if (fieldKey)
        fieldKey->clear();
    const ConnectorKind *kind = find(c.kind);
    if (!kind)
        return Texts::tr("SalesBridge cannot connect to a server of kind \"%1\".").arg(c.kind);
    if (c.system != kind->role)
        return Texts::tr("A %1 server is the workspace's %2, not its %3.").arg(text(kind->label), roleLabel(kind->role), roleLabel(c.system));
    for (const SettingField &f : kind->fields) {
        if (f.type == SettingField::Type::Secret)
            continue; // checked by the keychain and the server, never stored here
        const QString value = c.setting(f.key).trimmed();
        if (fieldKey)
            *fieldKey = f.key;
        if (f.type == SettingField::Type::Url) {
            const QUrl url(value, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
                || url.host().isEmpty())
                return Texts::tr("\"%1\" is not a server address. Use the form http://host:port.").arg(value);
        } else if (f.required && value.isEmpty()) {
            return f.whenMissing ? text(f.whenMissing) : Texts::tr("Fill in every field of the connection.");
        }
    }
    if (const QString host = plainHttpHost(c); !host.isEmpty()) {
        if (fieldKey)
            *fieldKey = QStringLiteral("url");
        return Texts::tr("The address %1 uses plain http: the password and everything synced would travel unencrypted "
                         "to %2. Use https, or confirm plain http for this server.")
            .arg(c.url, host);
    }
    if (fieldKey)
        fieldKey->clear();
    return {};
}

bool KindRegistry::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString KindRegistry::plainHttpHost(const ConnectorConfig &c)
{
    const QUrl url(c.url.trimmed());
    if (url.scheme() != QLatin1String("http") || url.host().isEmpty() || isLoopback(url))
        return {};
    if (c.options.value(kAllowPlainHttp).toString() == url.host())
        return {}; // confirmed for this very host; another address asks again
    return url.host();
}

std::unique_ptr<Connector> KindRegistry::make(const ConnectorConfig &config, QNetworkAccessManager &nam, SecretProvider &secrets,
                                              QString *error) const
{
    if (const QString host = plainHttpHost(config); !host.isEmpty()) {
        if (error)
            *error = validate(config);
        return nullptr;
    }
    const ConnectorKind *kind = find(config.kind);
    if (!kind || !kind->make) {
        if (error)
            *error = Texts::tr("SalesBridge cannot connect to a server of kind \"%1\".").arg(config.kind);
        return nullptr;
    }
    return kind->make(config, nam, secrets);
}

} // namespace sb
