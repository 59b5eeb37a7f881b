#pragma once

#include "ConnectorDialog.h"
#include "SyncSettings.h"
#include "models/store/ConnectorStore.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sb {

class AppContext;
class CredentialStore;
class DocumentSettingsPage;
class RetentionSettingsBox;

// Settings in four tabs (Documents: DocumentSettingsPage). General: language, role and user name. Sync: how often SalesBridge
// syncs by itself and whether it catches up as soon as the network is back (QSettings, per
// workspace when the dialog knows the workspace). Connections: the workspace's back ends, added,
// edited and removed through ConnectorDialog; their passwords live only in the system keychain.
// Nothing secret is ever written to QSettings.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { GeneralPage, SyncPage, ConnectionsPage };

    // Without a workspace: global sync settings, no Connections tab.
    explicit SettingsDialog(QWidget *parent = nullptr);
    explicit SettingsDialog(AppContext &ctx, QWidget *parent = nullptr);

    void showPage(Page page);
    QTabWidget *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QComboBox *intervalCombo() const { return m_interval; }
    QCheckBox *syncWhenOnlineCheck() const { return m_whenOnline; }
    RetentionSettingsBox *retentionSettings() const { return m_retention; } // on the Sync tab
    QTableWidget *connectorTable() const { return m_table; }
    QPushButton *addConnectorButton() const { return m_add; }
    QPushButton *editConnectorButton() const { return m_edit; }
    QPushButton *removeConnectorButton() const { return m_remove; }
    QLabel *connectionsMessage() const { return m_connectionsMessage; }
    DocumentSettingsPage *documentSettings() const { return m_documents; } // the Documents tab
    // The add / edit form while it is open (tests fill it like a person would).
    ConnectorDialog *connectorDialog() const { return m_connectorDialog; }
    // The keychain the Connections tab writes to; tests use their own service. Not owned.
    void setCredentialStore(CredentialStore *store);
    CredentialStore *credentialStore() const { return m_credentials; }

    QString workspacePath() const { return m_workspacePath; } // empty: global settings
    SyncPreferences syncPreferences() const; // as the form shows them

public slots:
    void accept() override;
    // Stores General and Sync; returns false when something could not be applied.
    bool apply();
    void addConnector();
    void editConnector();
    void removeConnector();
    void reloadConnectors();

signals:
    void restartNeeded();
    // Emitted by apply() when the values changed; the main window hands them to its SyncRunner.
    void syncSettingsChanged(int intervalMinutes, bool syncWhenOnline);
    // A back end was added, edited or removed (the main window probes the new list).
    void connectorsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build(AppContext *ctx);
    QWidget *buildGeneralPage();
    QWidget *buildSyncPage();
    QWidget *buildConnectionsPage();
    void openConnectorDialog(const ConnectorConfig &config);
    void updateButtons();
    void showConnectionsMessage(const QString &text, bool error);
    int selectedRow() const;

    AppContext *m_ctx = nullptr;
    QString m_workspacePath;
    SyncPreferences m_storedSync;
    CredentialStore *m_ownCredentials = nullptr;
    CredentialStore *m_credentials = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_interval = nullptr;
    QCheckBox *m_whenOnline = nullptr;
    RetentionSettingsBox *m_retention = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_emptyConnections = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_connectionsMessage = nullptr;
    QList<ConnectorConfig> m_connectors;
    QSet<QString> m_removingKeys; // keychain entries of removed servers, until the keychain answers
    QPointer<ConnectorDialog> m_connectorDialog;
    DocumentSettingsPage *m_documents = nullptr;
};

} // namespace sb
