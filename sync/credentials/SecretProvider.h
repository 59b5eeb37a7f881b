#pragma once

#include "CredentialStore.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace sb {

// What a connector gets its password or token from: injected, never made inside a connector,
// so the app reads the OS keychain and tests hand secrets over in memory.
struct SecretReply {
    enum class Outcome { Found, NotFound, Failed };
    Outcome outcome = Outcome::NotFound;
    QString secret;
    QString message; // Failed: a sentence for a person (unlock the keyring...)
    CredentialStore::Problem problem = CredentialStore::Problem::None; // Failed: why
};

class SecretProvider {
public:
    virtual ~SecretProvider() = default;
    // Asynchronous: done runs exactly once, later, in context's thread (never if context is
    // destroyed first).
    virtual void read(const QString &key, QObject *context, std::function<void(const SecretReply &)> done) = 0;
};

// A connection's secret asked of the provider once and remembered in memo for the connector's
// life (its calls share memo): the given one when set (or when there is no provider), else the
// remembered one, else the provider's, remembered when found (trimmed first where trim is set,
// as for a token pasted with a line break). Exactly one of found and missing runs; missing gets
// the provider's reply: Failed (the keychain could not be read: its message says why) or
// NotFound (nothing stored, or only blanks). What comes from the provider comes later, and only
// while context lives; the rest at once.
void readRememberedSecret(SecretProvider *provider, const QString &key, const QString &given,
                          const std::shared_ptr<QString> &memo, bool trim, QObject *context,
                          std::function<void(const QString &)> found, std::function<void(const SecretReply &)> missing);

// The OS keychain (CredentialStore). Stateless: one instance serves every thread. A keychain
// that does not answer within timeoutMs (an unlock prompt nobody answers) is a failure
// (Problem::Other) so a sync cycle never hangs on it; a late answer is dropped.
class KeychainSecrets : public SecretProvider {
public:
    explicit KeychainSecrets(int timeoutMs = 120000) : m_timeoutMs(timeoutMs) {}
    void read(const QString &key, QObject *context, std::function<void(const SecretReply &)> done) override;

private:
    int m_timeoutMs;
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
