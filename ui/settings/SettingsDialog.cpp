#include "SettingsDialog.h"

#include "ConnectorDialog.h"
#include "DocumentSettingsPage.h"
#include "RetentionSettings.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/engine/Routing.h"
#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "sync/credentials/CredentialStore.h"
#include "ui/common/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb {

namespace {
QString kindLabel(const QString &kind)
{
    const ConnectorKind *k = KindRegistry::builtIn().find(kind);
    return k ? KindRegistry::text(k->label) : kind;
}
} // namespace


namespace {
enum Column { SystemColumn, KindColumn, UrlColumn, DatabaseColumn, UserColumn, EnabledColumn, ColumnCount };

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #616161;")); // secondary, still readable (about 6:1 on white)
    return l;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    build(nullptr);
}

SettingsDialog::SettingsDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent)
{
    build(&ctx);
}

void SettingsDialog::build(AppContext *ctx)
{
    m_ctx = ctx;
    if (ctx && ctx->db().path() != QLatin1String(":memory:"))
        m_workspacePath = ctx->db().path();
    m_storedSync = SyncPreferences::load(m_workspacePath);
    m_ownCredentials = new CredentialStore(QStringLiteral("SalesBridge"), this);
    m_credentials = m_ownCredentials;

    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    setMinimumWidth(640);
    resize(780, 440); // room for a full server address in the Connections table
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(buildGeneralPage(), tr("General"));
    m_tabs->addTab(buildSyncPage(), tr("Sync"));
    if (m_ctx)
        m_tabs->addTab(buildConnectionsPage(), tr("Connections"));
    m_documents = new DocumentSettingsPage(this);
    m_tabs->addTab(m_documents, tr("Documents"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    // Ctrl+Tab / Ctrl+Shift+Tab switch tabs; inside a tab, Tab follows the form, then the buttons.
}

QWidget *SettingsDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_role = new QComboBox(page);
    m_user = new QLineEdit(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_role->setObjectName(QStringLiteral("role"));
    m_user->setObjectName(QStringLiteral("userName"));
    QSettings settings;
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(QStringLiteral("ui/language")).toString())));
    for (const QString &r : vocab::roles())
        m_role->addItem(vocab::roleLabel(r), r);
    m_role->setCurrentIndex(qMax(0, m_role->findData(settings.value(QStringLiteral("session/role"), QStringLiteral("rep")).toString())));
    m_user->setText(settings.value(QStringLiteral("session/user"), QStringLiteral("wang.fang")).toString());

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&User name"), m_user);
    form->addRow(hint(tr("The language and the role apply when SalesBridge starts next time."), page));
    return page;
}

QWidget *SettingsDialog::buildSyncPage()
{
    auto *page = new QWidget(this);
    m_interval = new QComboBox(page);
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    QList<int> choices = SyncPreferences::intervalChoices();
    if (!choices.contains(m_storedSync.intervalMinutes)) { // set by hand in the settings file: keep it
        choices << m_storedSync.intervalMinutes;
        std::sort(choices.begin(), choices.end());
    }
    for (int minutes : choices)
        m_interval->addItem(minutes == 0 ? tr("Off (only when I press F5)") : tr("Every %n minute(s)", nullptr, minutes),
                            minutes);
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(m_storedSync.intervalMinutes)));
    m_whenOnline = new QCheckBox(tr("Sync as soon as the &network comes back"), page);
    m_whenOnline->setObjectName(QStringLiteral("syncWhenOnline"));
    m_whenOnline->setChecked(m_storedSync.syncWhenOnline);

    auto *form = new QFormLayout(page);
    auto *intervalLabel = new QLabel(tr("Sync &automatically:"), page);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, m_interval);
    form->addRow(QString(), m_whenOnline);
    form->addRow(hint(tr("Changes you make are kept on this computer and sent with the next sync; F5 syncs at any "
                         "time. The next automatic sync counts from the end of the last one."),
                      page));
    const QString scope = m_workspacePath.isEmpty()
        ? tr("These settings apply to every workspace.")
        : tr("These settings apply to this workspace (%1).").arg(QFileInfo(m_workspacePath).fileName());
    auto *scopeLabel = hint(scope, page);
    scopeLabel->setObjectName(QStringLiteral("syncScope"));
    scopeLabel->setToolTip(m_workspacePath);
    form->addRow(scopeLabel);
    m_retention = new RetentionSettingsBox(page);
    form->addRow(m_retention);
    setTabOrder(m_interval, m_whenOnline);
    setTabOrder(m_whenOnline, m_retention->logDays());
    return page;
}

QWidget *SettingsDialog::buildConnectionsPage()
{
    auto *page = new QWidget(this);
    m_table = new QTableWidget(0, ColumnCount, page);
    m_table->setObjectName(QStringLiteral("connectorTable"));
    m_table->setHorizontalHeaderLabels({tr("System"), tr("Server type"), tr("Address"), tr("Database"), tr("User"),
                                        tr("In use")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Configured servers"));
    m_emptyConnections = hint(tr("No server is configured for this workspace yet. Add your ERP to send the changes "
                                 "made here and to receive what changed there."),
                              page);
    m_emptyConnections->setObjectName(QStringLiteral("noConnections"));

    m_add = new QPushButton(tr("&Add…"), page);
    m_edit = new QPushButton(tr("&Edit…"), page);
    m_remove = new QPushButton(tr("Re&move"), page);
    m_add->setObjectName(QStringLiteral("addConnector"));
    m_edit->setObjectName(QStringLiteral("editConnector"));
    m_remove->setObjectName(QStringLiteral("removeConnector"));
    m_remove->setToolTip(tr("Forget this server and remove its password from the system keychain (Delete)"));
    m_edit->setToolTip(tr("Change the address, user or password (Enter)"));

    m_connectionsMessage = new QLabel(page);
    m_connectionsMessage->setObjectName(QStringLiteral("connectionsMessage"));
    m_connectionsMessage->setTextFormat(Qt::PlainText);
    m_connectionsMessage->setWordWrap(true);
    m_connectionsMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connectionsMessage->hide();

    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addConnector);
    connect(m_edit, &QPushButton::clicked, this, &SettingsDialog::editConnector);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeConnector);
    connect(m_table, &QTableWidget::doubleClicked, this, &SettingsDialog::editConnector);
    m_table->installEventFilter(this); // Enter edits the row (instead of pressing OK), Delete removes it
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SettingsDialog::updateButtons);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row, 1);
    layout->addWidget(m_emptyConnections);
    layout->addWidget(m_connectionsMessage);
    layout->addWidget(hint(tr("Passwords are kept in the system keychain only, never in the workspace or the settings."),
                           page));
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setCredentialStore(nullptr);
    reloadConnectors();
    return page;
}

bool SettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && selectedRow() >= 0) {
            editConnector();
            return true;
        }
        if (key->matches(QKeySequence::Delete) && selectedRow() >= 0) {
            removeConnector();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SettingsDialog::setCredentialStore(CredentialStore *store)
{
    if (m_credentials)
        disconnect(m_credentials, nullptr, this, nullptr);
    m_credentials = store ? store : m_ownCredentials;
    // Removal answers: the connector is already gone; only the keychain's word is left to show.
    connect(m_credentials, &CredentialStore::failed, this, [this](const QString &key, const QString &message) {
        if (!m_removingKeys.remove(key))
            return;
        showConnectionsMessage(tr("The server was removed, but its password could not be removed from the system "
                                  "keychain: %1").arg(message),
                               true);
    });
    connect(m_credentials, &CredentialStore::removed, this, [this](const QString &key) { m_removingKeys.remove(key); });
}

void SettingsDialog::showPage(Page page)
{
    if (int(page) < m_tabs->count())
        m_tabs->setCurrentIndex(int(page));
}

SyncPreferences SettingsDialog::syncPreferences() const
{
    SyncPreferences p;
    p.intervalMinutes = m_interval->currentData().toInt();
    p.syncWhenOnline = m_whenOnline->isChecked();
    return p;
}

bool SettingsDialog::apply()
{
    QSettings settings;
    const bool restart = settings.value(QStringLiteral("ui/language")).toString() != m_language->currentData().toString()
        || settings.value(QStringLiteral("session/role")).toString() != m_role->currentData().toString()
        || settings.value(QStringLiteral("session/user")).toString() != m_user->text().trimmed();
    settings.setValue(QStringLiteral("ui/language"), m_language->currentData());
    settings.setValue(QStringLiteral("session/role"), m_role->currentData());
    if (!m_user->text().trimmed().isEmpty())
        settings.setValue(QStringLiteral("session/user"), m_user->text().trimmed());
    m_documents->apply();
    m_retention->apply(); // the next sync cycle prunes with these (SyncRunner reads them each cycle)
    const SyncPreferences sync = syncPreferences();
    SyncPreferences::save(m_workspacePath, sync);
    // Every page's values are in the one settings file: written here, once, and checked. Qt
    // writes it whole to a new file and renames it, so a failed write leaves the old file as it
    // was; the values still hold in this process until it ends.
    settings.sync();
    const bool saved = settings.status() == QSettings::NoError;

    if (restart)
        emit restartNeeded();
    if (sync != m_storedSync) {
        m_storedSync = sync;
        emit syncSettingsChanged(sync.intervalMinutes, sync.syncWhenOnline);
    }
    if (!saved) {
        QMessageBox::warning(this, tr("Settings not saved"),
                             tr("Your settings could not be written to %1. The disk may be full, or the folder may not "
                                "be writable.\n\nThey apply until SalesBridge closes. Free some space and press Apply "
                                "again to keep them.")
                                 .arg(QDir::toNativeSeparators(settings.fileName())));
        return false;
    }
    return true;
}

void SettingsDialog::accept()
{
    if (!apply())
        return;
    QDialog::accept();
}

void SettingsDialog::reloadConnectors()
{
    if (!m_table)
        return;
    const qint64 selected = selectedRow() >= 0 ? m_connectors.at(selectedRow()).id : 0;
    auto all = ConnectorStore(m_ctx->db()).all();
    if (!all) {
        showConnectionsMessage(all.error(), true);
        return;
    }
    m_connectors = all.value();
    m_table->setRowCount(int(m_connectors.size()));
    int reselect = -1;
    for (int row = 0; row < m_connectors.size(); ++row) {
        const ConnectorConfig &c = m_connectors.at(row);
        const QStringList cells = {KindRegistry::roleLabel(c.system), kindLabel(c.kind), c.url,
                                   c.databaseName, c.username, c.enabled ? tr("Yes") : tr("No")};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            m_table->setItem(row, col, item);
        }
        if (c.id == selected)
            reselect = row;
    }
    for (int col : {SystemColumn, KindColumn, DatabaseColumn, UserColumn, EnabledColumn})
        m_table->resizeColumnToContents(col);
    if (reselect < 0 && !m_connectors.isEmpty())
        reselect = 0;
    if (reselect >= 0)
        m_table->selectRow(reselect);
    m_emptyConnections->setVisible(m_connectors.isEmpty());
    updateButtons();
    // Where new records go follows the connectors: kept in the workspace for the lists, and a
    // configuration problem (two owners for one kind of record) stays on screen until settled.
    auto routing = Routing::load(m_ctx->db(), KindRegistry::builtIn());
    if (!routing) {
        showConnectionsMessage(routing.error(), true);
        return;
    }
    if (Status s = routing.value().save(m_ctx->db()); !s)
        showConnectionsMessage(s.error(), true);
    else if (!routing.value().problems().isEmpty())
        showConnectionsMessage(routing.value().problems().join(QLatin1Char('\n')), true);
}

int SettingsDialog::selectedRow() const
{
    if (!m_table)
        return -1;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const int row = rows.first().row();
    return row < m_connectors.size() ? row : -1;
}

void SettingsDialog::updateButtons()
{
    const bool any = selectedRow() >= 0;
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
}

void SettingsDialog::showConnectionsMessage(const QString &text, bool error)
{
    m_connectionsMessage->setText(text);
    m_connectionsMessage->setStyleSheet(error ? QStringLiteral("QLabel { color: #b71c1c; background: #fdecea; border: 1px "
                                                               "solid #f5c2c0; border-radius: 3px; padding: 6px; }")
                                              : QStringLiteral("QLabel { color: #1b5e20; padding: 6px 0; }"));
    m_connectionsMessage->setVisible(!text.isEmpty());
}

void SettingsDialog::addConnector()
{
    ConnectorConfig c;
    openConnectorDialog(KindRegistry::builtIn().configFor(KindRegistry::builtIn().kinds().value(0).id));
}

void SettingsDialog::editConnector()
{
    const int row = selectedRow();
    if (row >= 0)
        openConnectorDialog(m_connectors.at(row));
}

void SettingsDialog::openConnectorDialog(const ConnectorConfig &config)
{
    if (!m_ctx || m_connectorDialog)
        return;
    auto *dialog = new ConnectorDialog(m_ctx->db(), *m_credentials, config, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectorDialog = dialog;
    const bool isNew = config.id == 0;
    connect(dialog, &ConnectorDialog::saved, this, [this, isNew](const ConnectorConfig &saved) {
        reloadConnectors();
        for (int row = 0; row < m_connectors.size(); ++row)
            if (m_connectors.at(row).id == saved.id)
                m_table->selectRow(row);
        showConnectionsMessage(isNew ? tr("%1 at %2 was added.").arg(kindLabel(saved.kind), saved.url)
                                     : tr("%1 at %2 was saved.").arg(kindLabel(saved.kind), saved.url),
                               false);
        emit connectorsChanged();
    });
    connect(dialog, &QDialog::finished, m_table, [this] { m_table->setFocus(); });
    dialog->open();
}

void SettingsDialog::removeConnector()
{
    const int row = selectedRow();
    if (row < 0 || m_connectorDialog)
        return;
    const ConnectorConfig c = m_connectors.at(row);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove server connection"),
                                tr("Remove the connection to %1 at %2?").arg(kindLabel(c.kind), c.url),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveConnector"));
    box->setInformativeText(tr("Records already in this workspace stay. Its password is removed from the system "
                               "keychain."));
    box->button(QMessageBox::Yes)->setText(tr("&Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, c](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        if (Status s = ConnectorStore(m_ctx->db()).remove(c.id); !s) {
            showConnectionsMessage(s.error(), true);
            return;
        }
        const QString key = KindRegistry::secretKey(c);
        reloadConnectors();
        bool shared = false; // another server of the same system, address and user keeps the entry
        for (const ConnectorConfig &other : std::as_const(m_connectors))
            shared = shared || KindRegistry::secretKey(other) == key;
        if (!shared) {
            m_removingKeys.insert(key);
            m_credentials->remove(key);
        }
        showConnectionsMessage(tr("%1 at %2 was removed.").arg(kindLabel(c.kind), c.url), false);
        emit connectorsChanged();
    });
    box->open();
}

} // namespace sb
