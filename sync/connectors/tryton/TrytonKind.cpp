#include "TrytonKind.h"

#include "TrytonConnector.h"
#include "sync/credentials/SecretProvider.h"

#include <QtGlobal>

namespace sb::tryton {

ConnectorKind kind()
{
    ConnectorKind k;
    k.id = QStringLiteral("tryton");
    k.role = QStringLiteral("erp");
    k.label = QT_TRANSLATE_NOOP("sb::KindRegistry", "Tryton ERP");
    k.fields = {
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("sb::KindRegistry", "&Address:"), SettingField::Type::Url, true,
         QStringLiteral("https://erp.example.com:8000"), nullptr},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("sb::KindRegistry", "&Database:"), SettingField::Type::Text, true, {},
         QT_TRANSLATE_NOOP("sb::KindRegistry", "Enter the name of the Tryton database.")},
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("sb::KindRegistry", "User &name:"), SettingField::Type::Text, true, {},
         QT_TRANSLATE_NOOP("sb::KindRegistry", "Enter the user name to log in with.")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("sb::KindRegistry", "&Password:"), SettingField::Type::Secret, true, {},
         nullptr},
        // A rep's own scope: only the customers whose sales rep the login is.
        {QStringLiteral("scope_owner"), QT_TRANSLATE_NOOP("sb::KindRegistry", "Only customers &of (login):"), SettingField::Type::Text,
         false, QT_TRANSLATE_NOOP("sb::KindRegistry", "everyone's customers"), nullptr},
    };
    for (const QString &entity : TrytonConnector::servedEntities()) {
        // Complaints are the ERP's side of after-sales: tickets go there only while no
        // after-sales system is set up. The timeline goes to the party's notes only while no
        // OA calendar takes the activities.
        const bool fallback = entity == QLatin1String("ticket") || entity == QLatin1String("activity");
        k.claims << Claim{entity, fallback ? Claim::Strength::Fallback : Claim::Strength::Owner};
    }
    k.claims << Claim{QStringLiteral("quote.confirm"), Claim::Strength::Owner};
    // A service ticket escalated to a complaint in the ERP, whichever system the ticket lives in.
    k.claims << Claim{QStringLiteral("ticket.escalate"), Claim::Strength::Owner};
    k.make = [](const ConnectorConfig &config, QNetworkAccessManager &nam, SecretProvider &secrets) -> std::unique_ptr<Connector> {
        Config c;
        c.url = QUrl(config.url);
        c.database = config.databaseName;
        c.username = config.username;
        c.secretKey = KindRegistry::secretKey(config);
        c.secrets = &secrets;
        c.scopeOwner = config.setting(QStringLiteral("scope_owner")).trimmed();
        return std::make_unique<TrytonConnector>(&nam, c);
    };
    return k;
}

} // namespace sb::tryton
