#pragma once

#include "models/store/ConnectorStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QNetworkAccessManager;
class QPushButton;
class QLabel;
class QLineEdit;

namespace sb {

class CredentialStore;
class Database;

// Adds or edits one back end (a row of the connectors table). The password goes to the system
// keychain under CredentialStore::keyFor(system, url, user) and nowhere else; Save finishes only
// when the keychain has it. If the keychain refuses, nothing is changed and the reason stays
// on screen.
class ConnectorDialog : public QDialog {
    Q_OBJECT
public:
    // config.id 0: a new server.
    ConnectorDialog(Database &db, CredentialStore &credentials, const ConnectorConfig &config, QWidget *parent = nullptr);

    static QString kindLabel(const QString &kind);     // "tryton" -> "Tryton ERP"
    static QString systemLabel(const QString &system); // "erp" -> "ERP"
    static QString systemForKind(const QString &kind); // the system a kind of server stands for

    ConnectorConfig config() const { return m_config; } // as saved, once accepted
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
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
    ConnectorConfig fromForm() const;
    void showProblem(const QString &message, QWidget *field);
    void setBusy(bool busy, const QString &message = {});
    void kindChanged();
    void passwordStored(const QString &key);
    void passwordFailed(const QString &key, const QString &message);
    void testConnection(); // logs in with what the form says and counts the customers
    void showSuccess(const QString &message);

    Database &m_db;
    CredentialStore &m_credentials;
    ConnectorConfig m_original; // as it was when the dialog opened (restored if the keychain fails)
    ConnectorConfig m_config;
    QString m_pendingKey; // the keychain entry being written
    bool m_busy = false;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLabel *m_databaseLabel;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_enabled;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_test;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace sb
