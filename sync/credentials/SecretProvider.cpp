#include "SecretProvider.h"

#include "CredentialStore.h"

#include <QMetaObject>

namespace sb {

void KeychainSecrets::read(const QString &key, QObject *context, std::function<void(const SecretReply &)> done)
{
    auto *store = new CredentialStore(QStringLiteral("SalesBridge"), context);
    auto finish = [store, done](const SecretReply &reply) {
        store->deleteLater();
        done(reply);
    };
    QObject::connect(store, &CredentialStore::secretRead, context, [finish](const QString &, const QString &secret) {
        finish(SecretReply{SecretReply::Outcome::Found, secret, {}});
    });
    QObject::connect(store, &CredentialStore::notFound, context,
                     [finish](const QString &) { finish(SecretReply{SecretReply::Outcome::NotFound, {}, {}}); });
    QObject::connect(store, &CredentialStore::failed, context, [finish](const QString &, const QString &message) {
        finish(SecretReply{SecretReply::Outcome::Failed, {}, message});
    });
    store->read(key);
}

void MemorySecrets::read(const QString &key, QObject *context, std::function<void(const SecretReply &)> done)
{
    SecretReply reply;
    if (m_secrets.contains(key))
        reply = SecretReply{SecretReply::Outcome::Found, m_secrets.value(key), {}};
    QMetaObject::invokeMethod(context, [done, reply] { done(reply); }, Qt::QueuedConnection);
}

void readRememberedSecret(SecretProvider *provider, const QString &key, const QString &given,
                          const std::shared_ptr<QString> &memo, bool trim, QObject *context,
                          std::function<void(const QString &)> found, std::function<void(const SecretReply &)> missing)
{
    if (!given.isEmpty() || !provider) {
        found(given);
        return;
    }
    if (memo && !memo->isEmpty()) {
        found(*memo);
        return;
    }
    provider->read(key, context, [memo, trim, found = std::move(found), missing = std::move(missing)](const SecretReply &secret) {
        const QString value = trim ? secret.secret.trimmed() : secret.secret;
        if (secret.outcome != SecretReply::Outcome::Found || value.isEmpty()) {
            SecretReply why = secret;
            if (why.outcome == SecretReply::Outcome::Found)
                why.outcome = SecretReply::Outcome::NotFound; // only blanks
            missing(why);
            return;
        }
        if (memo)
            *memo = value;
        found(value);
    });
}

} // namespace sb
