#include "CalDavKind.h"

#include "CalDavConnector.h"

#include <QtGlobal>

namespace sb::caldav {

ConnectorKind kind()
{
    ConnectorKind k;
    k.id = QStringLiteral("caldav");
    k.role = QStringLiteral("calendar");
    k.label = QT_TRANSLATE_NOOP("sb::KindRegistry", "CalDAV calendar");
    k.fields = {
        // The calendar collection itself, not the server's root: its members are the items.
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("sb::KindRegistry", "Calendar &address:"), SettingField::Type::Url, true,
         QStringLiteral("https://calendar.example.com/alice/sales-meetings/"), nullptr},
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("sb::KindRegistry", "User &name:"), SettingField::Type::Text, true, {},
         QT_TRANSLATE_NOOP("sb::KindRegistry", "Enter the user name of the calendar server.")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("sb::KindRegistry", "&Password:"), SettingField::Type::Secret, true, {}, nullptr},
    };
    for (const QString &entity : CalDavConnector::servedEntities())
        k.claims << Claim{entity, Claim::Strength::Owner};
    k.make = [](const ConnectorConfig &config, QNetworkAccessManager &nam, SecretProvider &secrets) -> std::unique_ptr<Connector> {
        Settings s;
        s.collection = QUrl(config.url);
        // The collection's members are below it: its address ends in a slash.
        if (!s.collection.path().endsWith(QLatin1Char('/')))
            s.collection.setPath(s.collection.path() + QLatin1Char('/'));
        s.username = config.username;
        s.secretKey = KindRegistry::secretKey(config);
        s.secrets = &secrets;
        // Times another client wrote without a zone are in this one (an option; else UTC).
        s.floatingZone = config.setting(QStringLiteral("time_zone"));
        return std::make_unique<CalDavConnector>(&nam, s);
    };
    return k;
}

} // namespace sb::caldav
