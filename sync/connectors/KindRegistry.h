#pragma once

#include "models/store/ConnectorStore.h"
#include "sync/engine/Connector.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sb {

class AttachmentSource;

class SecretProvider;

// One setting of a kind, as Settings and `salesbridge connect` ask for it. Keys url, database
// and username are ConnectorConfig's columns; other keys go in its options; a secret goes to
// the secret provider (the keychain) only, under secretKey(config).
struct SettingField {
    enum class Type { Text, Url, Secret };
    QString key;
    const char *label;        // untranslated; shown through KindRegistry::text()
    Type type = Type::Text;
    bool required = true;
    QString placeholder;
    const char *whenMissing = nullptr; // untranslated sentence when a required field is empty
};

// What a kind takes: an entity it serves ("ticket") or a command ("quote.confirm"), as the
// owner (it creates new ones) or as the fallback when no owner is set up (tickets go to the
// after-sales system when there is one, else to the ERP's complaints).
struct Claim {
    enum class Strength { Owner, Fallback };
    QString key;
    Strength strength = Strength::Owner;
};

// One registration per kind of back end. Nothing outside sync/connectors/<kind>/ names a
// kind's types: the factory, the connectors store's users, Settings and the command line read
// this.
struct ConnectorKind {
    QString id;        // "tryton": the connectors table's kind
    QString role;      // erp, oa, calendar, aftersales: the system its rows belong to
    const char *label; // untranslated ("Tryton ERP"), shown through KindRegistry::text()
    QList<SettingField> fields;
    QList<Claim> claims; // entities (parents before children) and commands
    std::function<std::unique_ptr<Connector>(const ConnectorConfig &, QNetworkAccessManager &, SecretProvider &)> make;
    // Where files attached to records of this kind are downloaded from (null: it keeps none).
    std::function<std::unique_ptr<AttachmentSource>(const ConnectorConfig &, QNetworkAccessManager &, SecretProvider &)> attachments;
};

class KindRegistry {
public:
    KindRegistry() = default;
    void add(ConnectorKind kind);

    // The kinds this build syncs with (sync/connectors/BuiltInKinds.cpp).
    static const KindRegistry &builtIn();

    const ConnectorKind *find(const QString &id) const;
    const QList<ConnectorKind> &kinds() const { return m_kinds; }

    // A message for a person when the settings cannot work (unknown kind, no address, a
    // required field empty, plain http to another computer not confirmed), else empty.
    // fieldKey: the field the message is about (empty: the kind itself).
    QString validate(const ConnectorConfig &config, QString *fieldKey = nullptr) const;
    // The config for a kind: its system is the kind's role.
    ConnectorConfig configFor(const QString &kindId) const;
    std::unique_ptr<Connector> make(const ConnectorConfig &config, QNetworkAccessManager &nam, SecretProvider &secrets,
                                    QString *error = nullptr) const;

    static QString text(const char *untranslated); // label of a kind or field, translated
    static QString roleLabel(const QString &role); // "erp" -> "ERP"
    // Where a kind's secret is kept in the keychain.
    static QString secretKey(const ConnectorConfig &config);

    // Plain http:// to a host that is not this computer sends the password in clear: refused
    // (validate and make say why) unless the person confirmed it for this server, which sets the
    // option below. The address (host) the confirmation is for, else empty.
    static inline const QString kAllowPlainHttp = QStringLiteral("allow_plain_http");
    static QString plainHttpHost(const ConnectorConfig &config);
    static bool isLoopback(const QUrl &url);

private:
    QList<ConnectorKind> m_kinds;
};

} // namespace sb
