#pragma once

#include "models/store/ConnectorStore.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QDialogButtonBox;
class QNetworkAccessManager;
class QPushButton;
class QLabel;
class QLineEdit;

namespace sb {

class CredentialStore;
class Database;
class KindRegistry;
struct ConnectorKind;

// Adds or edits one back end (a row of the connectors table). The password goes to the system
// keychain under CredentialStore::keyFor(system, url, user) and nowhere else; Save finishes only
// when the keychain has it. If the keychain refuses, nothing is changed and the reason stays
// on screen.
class ConnectorDialog : public QDialog {
    Q_OBJECT
public:
    // config.id 0: a new server. The form shows the fields the kind registers (KindRegistry).
    ConnectorDialog(Database &db, CredentialStore &credentials, const ConnectorConfig &config, QWidget *parent = nullptr,
                    const KindRegistry *kinds = nullptr);

    // An editor of the kind's field by its key (url, database, username, password, ...), or null.
    QLineEdit *fieldEdit(const QString &key) const { return m_fields.value(key); }

    ConnectorConfig config() const { return m_config; } // as saved, once accepted
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *urlEdit() const { return fieldEdit(QStringLiteral("url")); }
    QLineEdit *databaseEdit() const { return fieldEdit(QStringLiteral("database")); }
    QLineEdit *userEdit() const { return fieldEdit(QStringLiteral("username")); }
    QLineEdit *passwordEdit() const { return fieldEdit(QStringLiteral("password")); }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *testButton() const { return m_test; }
    bool isBusy() const { return m_busy; }

public slots:
    void accept() override; // validates, saves, stores the password; stays open on a problem
    void reject() override;

signals:
    void saved(const sb::ConnectorConfig &config);

private:
    // Plain http to another computer: asks the person (default No); true when they agreed.
    bool confirmPlainHttp(const ConnectorConfig &c);
    ConnectorConfig fromForm() const;
    void showProblem(const QString &message, QWidget *field);
    void setBusy(bool busy, const QString &message = {});
    void kindChanged(); // rebuilds the form for the chosen kind, keeping what was typed
    const ConnectorKind *kind() const;
    QString typedSecret() const; // the value of the kind's secret field
    QLineEdit *secretEdit() const;
    void passwordStored(const QString &key);
    void passwordFailed(const QString &key, const QString &message);
    void testConnection(); // logs in with what the form says and counts the customers
    void showSuccess(const QString &message);

    Database &m_db;
    CredentialStore &m_credentials;
    ConnectorConfig m_original; // as it was when the dialog opened (restored if the keychain fails)
    ConnectorConfig m_config;
    QString m_pendingKey; // the keychain entry being written
    QString m_plainHttpHost; // the host the person agreed to reach over plain http
    bool m_busy = false;
    const KindRegistry &m_kinds;
    QComboBox *m_kind;
    QFormLayout *m_form;
    QHash<QString, QLineEdit *> m_fields; // by field key
    QList<QWidget *> m_fieldRows;         // labels and editors of the kind's fields
    QCheckBox *m_enabled;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_test;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace sb
