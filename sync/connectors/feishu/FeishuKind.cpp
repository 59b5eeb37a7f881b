#include "FeishuKind.h"

#include "FeishuConnector.h"

#include <QtGlobal>

namespace sb::feishu {

ConnectorKind kind()
{
    ConnectorKind k;
    k.id = QStringLiteral("feishu");
    k.role = QStringLiteral("oa");
    k.label = QT_TRANSLATE_NOOP("sb::KindRegistry", "Feishu approvals (OA)");
    k.fields = {
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("sb::KindRegistry", "&Address:"), SettingField::Type::Url, true,
         QStringLiteral("https://open.feishu.cn"), nullptr},
        // The app id is the connection's user name: the keychain keeps the app secret under it.
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("sb::KindRegistry", "App &ID:"), SettingField::Type::Text, true,
         QStringLiteral("cli_..."), QT_TRANSLATE_NOOP("sb::KindRegistry", "Enter the app id of the company's Feishu app.")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("sb::KindRegistry", "App &secret:"), SettingField::Type::Secret, true, {},
         nullptr},
        {QStringLiteral("approval_code"), QT_TRANSLATE_NOOP("sb::KindRegistry", "Approval &definition:"), SettingField::Type::Text,
         true, {}, QT_TRANSLATE_NOOP("sb::KindRegistry", "Enter the code of the quote approval definition.")},
        {QStringLiteral("user_id"), QT_TRANSLATE_NOOP("sb::KindRegistry", "Your &user id:"), SettingField::Type::Text, true, {},
         QT_TRANSLATE_NOOP("sb::KindRegistry", "Enter your user id in the OA system: approvals are submitted and decided as you.")},
    };
    k.claims << Claim{QStringLiteral("approval"), Claim::Strength::Owner};
    for (const QString &name : FeishuConnector::commands())
        k.claims << Claim{QStringLiteral("approval.") + name, Claim::Strength::Owner};
    k.make = [](const ConnectorConfig &config, QNetworkAccessManager &nam, SecretProvider &secrets) -> std::unique_ptr<Connector> {
        Settings s;
        s.base = QUrl(config.url);
        s.appId = config.username;
        s.secretKey = KindRegistry::secretKey(config);
        s.secrets = &secrets;
        s.approvalCode = config.setting(QStringLiteral("approval_code"));
        s.userId = config.setting(QStringLiteral("user_id"));
        bool ok = false;
        const int poll = config.setting(QStringLiteral("poll_seconds")).toInt(&ok);
        if (ok && poll >= 0)
            s.pollSeconds = poll;
        return std::make_unique<FeishuConnector>(&nam, s);
    };
    return k;
}

} // namespace sb::feishu
