#include "SecretProvider.h"

#include "CredentialStore.h"

#include <QMetaObject>
#include <QTimer>
#include <utility>

namespace sb {

void KeychainSecrets::read(const QString &key, QObject *context, std::function<void(const SecretReply &)> done)
{
    auto *store = new CredentialStore(QStringLiteral("SalesBridge"), context);
    auto *timer = new QTimer(store);
    timer->setSingleShot(true);
    auto reported = std::make_shared<bool>(false);
    // answered: the keychain's own answer (the store may go: its job is over). The timeout
    // reports without it and leaves the store to its job, which must not be deleted while
    // the keychain may still call back.
    auto finish = [store, timer, done, reported](const SecretReply &reply, bool answered) {
        if (answered)
            store->deleteLater();
        timer->stop();
        if (std::exchange(*reported, true))
            return;
        done(reply);
    };
    QObject::connect(store, &CredentialStore::secretRead, context, [finish](const QString &, const QString &secret) {
        finish(SecretReply{SecretReply::Outcome::Found, secret, {}}, true);
    });
    QObject::connect(store, &CredentialStore::notFound, context,
                     [finish](const QString &) { finish(SecretReply{SecretReply::Outcome::NotFound, {}, {}}, true); });
    QObject::connect(store, &CredentialStore::failed, context, [finish, store](const QString &, const QString &message) {
        finish(SecretReply{SecretReply::Outcome::Failed, {}, message, store->lastProblem()}, true);
    });
    const int seconds = qMax(1, m_timeoutMs / 1000);
    QObject::connect(timer, &QTimer::timeout, context, [finish, seconds] {
        finish(SecretReply{SecretReply::Outcome::Failed, {},
                           CredentialStore::explain(CredentialStore::Problem::Other,
                                                    CredentialStore::tr("it did not answer within %n second(s)", nullptr, seconds),
                                                    true),
                           CredentialStore::Problem::Other},
               false);
    });
    timer->start(m_timeoutMs);
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
