#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace sb {

// What a connector gets its password or token from: injected, never made inside a connector,
// so the app reads the OS keychain and tests hand secrets over in memory.
struct SecretReply {
    enum class Outcome { Found, NotFound, Failed };
    Outcome outcome = Outcome::NotFound;
    QString secret;
    QString message; // Failed: a sentence for a person (unlock the keyring...)
};

class SecretProvider {
public:
    virtual ~SecretProvider() = default;
    // Asynchronous: done runs exactly once, later, in context's thread (never if context is
    // destroyed first).
    virtual void read(const QString &key, QObject *context, std::function<void(const SecretReply &)> done) = 0;
};

// The OS keychain (CredentialStore). Stateless: one instance serves every thread.
class KeychainSecrets : public SecretProvider {
public:
    void read(const QString &key, QObject *context, std::function<void(const SecretReply &)> done) override;
};

// Secrets held in memory: tests, and a password given on the command line (--password-stdin).
class MemorySecrets : public SecretProvider {
public:
    MemorySecrets() = default;
    MemorySecrets(const QString &key, const QString &secret) { set(key, secret); }
    void set(const QString &key, const QString &secret) { m_secrets.insert(key, secret); }
    void read(const QString &key, QObject *context, std::function<void(const SecretReply &)> done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace sb
