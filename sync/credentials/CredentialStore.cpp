#include "CredentialStore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

#ifdef SB_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusMetaType>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QDBusVariant>
#endif

Q_LOGGING_CATEGORY(lcCredentials, "salesbridge.credentials", QtInfoMsg)

namespace sb {

namespace {

#ifdef SB_HAVE_QTDBUS
const QString kSecrets = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");

// No D-Bus session, or nothing on it provides (or could start) the Secret Service.
bool secretServiceAbsent()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return true;
    if (bus.interface()->isServiceRegistered(kSecrets))
        return false;
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    return !activatable.isValid() || !activatable.value().contains(kSecrets);
}
#endif

CredentialStore::Problem problemOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::AccessDenied: // libsecret's "is locked"
        return CredentialStore::Problem::Locked;
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::Problem::Refused;
    case QKeychain::NoBackendAvailable:
        return CredentialStore::Problem::Absent;
    default:
#ifdef SB_HAVE_QTDBUS
        // libsecret reports a missing session bus or service as a plain error.
        if (secretServiceAbsent())
            return CredentialStore::Problem::Absent;
#endif
        return CredentialStore::Problem::Other;
    }
}

} // namespace

QString CredentialStore::explain(Problem problem, const QString &detail, bool reading)
{
    switch (problem) {
    case Problem::Locked:
        return reading ? tr("The system keychain is locked, so SalesBridge cannot read the server's password. Unlock it "
                            "(for example by logging in again) and SalesBridge will sync again; nothing was sent meanwhile.")
                       : tr("The system keychain is locked. Unlock it (for example by logging in again) and try again.");
    case Problem::Absent:
        return reading ? tr("No system keychain is running (%1). SalesBridge keeps passwords only in the keychain: start "
                            "a desktop session with a keychain (GNOME Keyring, KWallet) and SalesBridge will sync again.")
                             .arg(detail)
                       : tr("No system keychain is available (%1). SalesBridge keeps passwords only in the keychain, so it "
                            "cannot remember this one.")
                             .arg(detail);
    case Problem::Refused:
        return reading ? tr("The system keychain refused to give SalesBridge the server's password (access denied or the "
                            "unlock was cancelled). Allow it or unlock the keychain and SalesBridge will sync again.")
                       : tr("The system keychain refused access. Unlock it and try again.");
    case Problem::None:
    case Problem::Other:
        break;
    }
    return reading ? tr("The system keychain could not be read: %1. SalesBridge will sync again once it answers.").arg(detail)
                   : tr("The system keychain reported an error: %1").arg(detail);
}

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString CredentialStore::keyFor(const QString &system, const QString &url, const QString &user)
{
    return system + QLatin1Char(':') + url + QLatin1Char(':') + user;
}

void CredentialStore::fail(const QString &key, Problem problem, const QString &detail, bool reading)
{
    m_problem = problem;
    qCWarning(lcCredentials) << "keychain failed for" << key << int(problem) << detail; // never the secret
    emit failed(key, explain(problem, detail, reading));
}

void CredentialStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            fail(key, problemOf(j->error()), j->errorString(), false);
            return;
        }
        emit written(key);
    });
    job->start();
}

void CredentialStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        if (j->error() == QKeychain::EntryNotFound) {
            checkNotFound(key);
            return;
        }
        if (j->error() != QKeychain::NoError) {
            fail(key, problemOf(j->error()), j->errorString(), true);
            return;
        }
        emit secretRead(key, static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void CredentialStore::checkNotFound(const QString &key)
{
#ifdef SB_HAVE_QTDBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        emit notFound(key);
        return;
    }
    // QtKeychain's libsecret schema: the key as "user", the service as "server".
    QDBusMessage search = QDBusMessage::createMethodCall(kSecrets, kServicePath, QStringLiteral("org.freedesktop.Secret.Service"),
                                                         QStringLiteral("SearchItems"));
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered)
    QMap<QString, QString> attributes{{QStringLiteral("user"), key}, {QStringLiteral("server"), m_service}};
    search << QVariant::fromValue(attributes);
    auto *watch = new QDBusPendingCallWatcher(bus.asyncCall(search, 5000), this);
    connect(watch, &QDBusPendingCallWatcher::finished, this, [this, key, bus](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> found = *w;
        if (found.isValid() && !found.argumentAt<1>().isEmpty()) {
            fail(key, Problem::Locked, QString(), true); // there, behind the lock
            return;
        }
        // Not among the searchable items: still locked as a whole means it may be there.
        QDBusMessage get = QDBusMessage::createMethodCall(kSecrets, QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                                                          QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        auto *lockWatch = new QDBusPendingCallWatcher(QDBusConnection(bus).asyncCall(get, 5000), this);
        connect(lockWatch, &QDBusPendingCallWatcher::finished, this, [this, key](QDBusPendingCallWatcher *lw) {
            lw->deleteLater();
            QDBusPendingReply<QDBusVariant> locked = *lw;
            if (locked.isValid() && locked.value().variant().toBool())
                fail(key, Problem::Locked, QString(), true);
            else
                emit notFound(key);
        });
    });
#else
    emit notFound(key);
#endif
}

void CredentialStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            fail(key, problemOf(j->error()), j->errorString(), false);
            return;
        }
        emit removed(key);
    });
    job->start();
}

} // namespace sb
