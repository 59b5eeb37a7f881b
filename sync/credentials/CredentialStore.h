#pragma once

#include <QObject>
#include <QString>

namespace sb {

// Passwords and tokens live only in the operating system's keychain (Secret Service, macOS
// Keychain, Windows Credential Manager) through QtKeychain: never in the cache, QSettings or
// a log. Every call is asynchronous and ends with exactly one of its two signals.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    explicit CredentialStore(QString service = QStringLiteral("SalesBridge"), QObject *parent = nullptr);

    // key: one per connector account, e.g. "erp:tryton:http://host:8000/db:admin"
    static QString keyFor(const QString &system, const QString &url, const QString &user);

    void write(const QString &key, const QString &secret);
    void read(const QString &key);
    void remove(const QString &key);

signals:
    void written(const QString &key);
    void secretRead(const QString &key, const QString &secret);
    void removed(const QString &key);
    void notFound(const QString &key);
    // A sentence for a person: what failed and what to do (unlock the keyring...).
    void failed(const QString &key, const QString &message);

private:
    QString m_service;
};

} // namespace sb
