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
    // Why the keychain would not answer, as far as it can be told (docs/reliability.md, "Keychain").
    enum class Problem {
        None,
        Locked,  // the keychain (its default collection) is locked and was not unlocked
        Absent,  // no keychain service: no D-Bus session, or nothing provides the Secret Service
        Refused, // access denied, or the person cancelled the unlock prompt
        Other,
    };

    explicit CredentialStore(QString service = QStringLiteral("SalesBridge"), QObject *parent = nullptr);

    // key: one per connector account, e.g. "erp:tryton:http://host:8000/db:admin"
    static QString keyFor(const QString &system, const QString &url, const QString &user);

    void write(const QString &key, const QString &secret);
    void read(const QString &key);
    void remove(const QString &key);

    // The problem behind the last failed() (None before any).
    Problem lastProblem() const { return m_problem; }
    // The sentence failed() carries for a problem: what happened and what to do. reading: the
    // sync wanted a password (it waits and tries again); else a password was to be stored.
    static QString explain(Problem problem, const QString &detail, bool reading);

signals:
    void written(const QString &key);
    void secretRead(const QString &key, const QString &secret);
    void removed(const QString &key);
    void notFound(const QString &key);
    // A sentence for a person: what failed and what to do (unlock the keyring...).
    void failed(const QString &key, const QString &message);

private:
    void fail(const QString &key, Problem problem, const QString &detail, bool reading);
    // QtKeychain (through libsecret) answers "not found" when the keychain is locked and no
    // unlock prompt could be shown or it was cancelled: the Secret Service is asked whether the
    // entry is there behind the lock before "not found" is believed.
    void checkNotFound(const QString &key);

    QString m_service;
    Problem m_problem = Problem::None;
};

} // namespace sb
