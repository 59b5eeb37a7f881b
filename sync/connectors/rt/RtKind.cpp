#include "RtKind.h"

#include "RtAttachments.h"
#include "RtConnector.h"

#include <QtGlobal>

namespace sb::rt {

ConnectorKind kind()
{
    ConnectorKind k;
    k.id = QStringLiteral("rt");
    k.role = QStringLiteral("aftersales");
    k.label = QT_TRANSLATE_NOOP("sb::KindRegistry", "Request Tracker (after-sales)");
    k.fields = {
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("sb::KindRegistry", "&Address:"), SettingField::Type::Url, true,
         QStringLiteral("https://rt.example.com"), nullptr},
        {QStringLiteral("queue"), QT_TRANSLATE_NOOP("sb::KindRegistry", "&Queue:"), SettingField::Type::Text, true,
         QStringLiteral("Service"), QT_TRANSLATE_NOOP("sb::KindRegistry", "Enter the queue service tickets are filed in.")},
        // The token belongs to this user: the keychain keeps it under the user's name.
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("sb::KindRegistry", "User &name:"), SettingField::Type::Text, true, {},
         QT_TRANSLATE_NOOP("sb::KindRegistry", "Enter the Request Tracker user the token was made for.")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("sb::KindRegistry", "Auth &token:"), SettingField::Type::Secret, true,
         QStringLiteral("1-23-0123abcd..."), nullptr},
    };
    for (const QString &entity : RtConnector::servedEntities())
        k.claims << Claim{entity, Claim::Strength::Owner};
    auto settings = [](const ConnectorConfig &config, SecretProvider &secrets) {
        Settings s;
        s.base = QUrl(config.url);
        s.queue = config.setting(QStringLiteral("queue"));
        if (s.queue.isEmpty())
            s.queue = QStringLiteral("Service");
        s.username = config.username;
        s.secretKey = KindRegistry::secretKey(config);
        s.secrets = &secrets;
        return s;
    };
    k.make = [settings](const ConnectorConfig &config, QNetworkAccessManager &nam, SecretProvider &secrets) -> std::unique_ptr<Connector> {
        return std::make_unique<RtConnector>(&nam, settings(config, secrets));
    };
    k.attachments = [settings](const ConnectorConfig &config, QNetworkAccessManager &nam,
                               SecretProvider &secrets) -> std::unique_ptr<AttachmentSource> {
        return std::make_unique<RtAttachments>(&nam, settings(config, secrets));
    };
    return k;
}

} // namespace sb::rt
