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

} // namespace sb
