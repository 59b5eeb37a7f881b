#include "FakeKinds.h"

#include "FakeConnector.h"

namespace sb::fake {

namespace {
ConnectorKind fakeKind(const QString &id, const QString &role, const char *label, QList<Claim> claims)
{
    ConnectorKind k;
    k.id = id;
    k.role = role;
    k.label = label;
    k.fields = {{QStringLiteral("url"), "Address:", SettingField::Type::Url, true, {}, nullptr},
                {QStringLiteral("username"), "User:", SettingField::Type::Text, false, {}, nullptr},
                {QStringLiteral("token"), "Token:", SettingField::Type::Secret, false, {}, nullptr}};
    k.claims = claims;
    k.make = [claims, role](const ConnectorConfig &config, QNetworkAccessManager &nam, SecretProvider &) -> std::unique_ptr<Connector> {
        QStringList entities;
        for (const Claim &c : claims)
            if (!c.key.contains(QLatin1Char('.')))
                entities << c.key;
        auto connector = std::make_unique<FakeConnector>(&nam, QUrl(config.url), entities, role);
        connector->setTimeoutMs(config.options.value(QStringLiteral("timeout_ms"), 800).toInt());
        return connector;
    };
    return k;
}
Claim owner(const char *key)
{
    return Claim{QString::fromLatin1(key), Claim::Strength::Owner};
}
} // namespace

ConnectorKind erpKind()
{
    return fakeKind(QStringLiteral("fake-erp"), QStringLiteral("erp"), "Fake ERP",
                    {owner("customer"), owner("contact"), owner("quote"), owner("quote.confirm"),
                     Claim{QStringLiteral("ticket"), Claim::Strength::Fallback}});
}

ConnectorKind oaKind()
{
    return fakeKind(QStringLiteral("fake-oa"), QStringLiteral("oa"), "Fake OA",
                    {owner("approval"), owner("approval.approve"), owner("approval.reject")});
}

ConnectorKind afterSalesKind()
{
    return fakeKind(QStringLiteral("fake-aftersales"), QStringLiteral("aftersales"), "Fake after-sales",
                    {owner("ticket"), owner("ticket.close")});
}

KindRegistry registry()
{
    KindRegistry r;
    r.add(erpKind());
    r.add(oaKind());
    r.add(afterSalesKind());
    return r;
}

} // namespace sb::fake
