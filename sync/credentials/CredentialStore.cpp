#include "CredentialStore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "salesbridge.credentials", QtInfoMsg)

namespace sb {

namespace {
QString explain(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialStore::tr("The system keychain refused access. Unlock it and try again.");
    case QKeychain::NoBackendAvailable:
        return CredentialStore::tr("No system keychain is available (%1). SalesBridge keeps passwords only in "
                                   "the keychain, so it cannot remember this one.").arg(detail);
    default:
        return CredentialStore::tr("The system keychain reported an error: %1").arg(detail);
    }
}
} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString CredentialStore::keyFor(const QString &system, const QString &url, const QString &user)
{
    return system + QLatin1Char(':') + url + QLatin1Char(':') + user;
}

void CredentialStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            qCWarning(lcCredentials) << "write failed for" << key << j->errorString(); // never the secret
            emit failed(key, explain(j->error(), j->errorString()));
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
            emit notFound(key);
            return;
        }
        if (j->error() != QKeychain::NoError) {
            qCWarning(lcCredentials) << "read failed for" << key << j->errorString();
            emit failed(key, explain(j->error(), j->errorString()));
            return;
        }
        emit secretRead(key, static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void CredentialStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            emit failed(key, explain(j->error(), j->errorString()));
            return;
        }
        emit removed(key);
    });
    job->start();
}

} // namespace sb
