#include "ConnectorDialog.h"

#include "models/store/Database.h"
#include "sync/connectors/tryton/TrytonRpc.h"
#include "sync/credentials/CredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sb {

namespace {
bool hasDatabase(const QString &kind)
{
    return kind == QLatin1String("tryton");
}
} // namespace

ConnectorDialog::ConnectorDialog(Database &db, CredentialStore &credentials, const ConnectorConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_credentials(credentials)
    , m_original(config)
    , m_config(config)
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_databaseLabel(new QLabel(tr("&Database:"), this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("&Use this server when syncing"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_test(m_buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("connectorDialog"));
    setWindowTitle(config.id ? tr("Edit server connection") : tr("Add a server connection"));
    setMinimumWidth(480);

    for (const QString &kind : ConnectorStore::knownKinds())
        m_kind->addItem(kindLabel(kind), kind);
    if (!config.kind.isEmpty() && m_kind->findData(config.kind) < 0)
        m_kind->addItem(kindLabel(config.kind), config.kind); // made elsewhere: shown, and refused on save
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(config.kind)));
    m_kind->setObjectName(QStringLiteral("connectorKind"));
    m_url->setObjectName(QStringLiteral("connectorUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://erp.example.com:8000"));
    m_url->setText(config.url);
    m_database->setObjectName(QStringLiteral("connectorDatabase"));
    m_database->setText(config.databaseName);
    m_user->setObjectName(QStringLiteral("connectorUser"));
    m_user->setText(config.username);
    m_password->setObjectName(QStringLiteral("connectorPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                    | Qt::ImhNoAutoUppercase);
    m_password->setPlaceholderText(config.id ? tr("Leave empty to keep the saved password")
                                             : tr("Kept in the system keychain only"));
    m_enabled->setObjectName(QStringLiteral("connectorEnabled"));
    m_enabled->setChecked(config.id == 0 || config.enabled);

    m_error->setObjectName(QStringLiteral("connectorError"));
    m_error->setTextFormat(Qt::PlainText); // messages carry what was typed
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0; "
                                          "border-radius: 3px; padding: 6px; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *kindLabelW = new QLabel(tr("Server &type:"), this);
    kindLabelW->setBuddy(m_kind);
    form->addRow(kindLabelW, m_kind);
    auto *urlLabel = new QLabel(tr("&Address:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, m_url);
    m_databaseLabel->setBuddy(m_database);
    form->addRow(m_databaseLabel, m_database);
    auto *userLabel = new QLabel(tr("User &name:"), this);
    userLabel->setBuddy(m_user);
    form->addRow(userLabel, m_user);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_enabled);

    auto *note = new QLabel(tr("The password is stored in the system keychain, never in the workspace or the settings."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #616161;"));

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveConnector"));
    m_test->setObjectName(QStringLiteral("testConnector"));
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &ConnectorDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectorDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectorDialog::kindChanged);
    // A problem shown for what was typed goes once the person types again.
    for (QLineEdit *e : {m_url, m_database, m_user, m_password})
        connect(e, &QLineEdit::textEdited, m_error, [this] {
            if (!m_busy)
                m_error->hide();
        });
    connect(&m_credentials, &CredentialStore::written, this, &ConnectorDialog::passwordStored);
    connect(&m_credentials, &CredentialStore::failed, this, &ConnectorDialog::passwordFailed);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_kind, m_url);
    setTabOrder(m_url, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_enabled);
    kindChanged();
    // Editing usually means a new password or address; a new server starts at its address.
    (config.id ? m_password : m_url)->setFocus();
}

QString ConnectorDialog::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("tryton"))
        return tr("Tryton ERP");
    return kind;
}

QString ConnectorDialog::systemLabel(const QString &system)
{
    if (system == QLatin1String("erp"))
        return tr("ERP");
    if (system == QLatin1String("oa"))
        return tr("OA");
    if (system == QLatin1String("aftersales"))
        return tr("After-sales");
    if (system == QLatin1String("approvals"))
        return tr("Approvals");
    return system;
}

QString ConnectorDialog::systemForKind(const QString &kind)
{
    if (kind == QLatin1String("tryton"))
        return QStringLiteral("erp");
    return {};
}

void ConnectorDialog::kindChanged()
{
    // Only Tryton has a database name today; other kinds hide the row.
    const bool shown = hasDatabase(m_kind->currentData().toString());
    m_databaseLabel->setVisible(shown);
    m_database->setVisible(shown);
}

ConnectorConfig ConnectorDialog::fromForm() const
{
    ConnectorConfig c = m_config;
    c.kind = m_kind->currentData().toString();
    const QString system = systemForKind(c.kind);
    if (!system.isEmpty())
        c.system = system;
    QString url = m_url->text().trimmed();
    while (url.endsWith(QLatin1Char('/')) && url.count(QLatin1Char('/')) > 2)
        url.chop(1); // "http://host:8000/" and "http://host:8000" are one server (and one keychain entry)
    c.url = url;
    c.databaseName = hasDatabase(c.kind) ? m_database->text().trimmed() : QString();
    c.username = m_user->text().trimmed();
    c.enabled = m_enabled->isChecked();
    return c;
}

void ConnectorDialog::showProblem(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

void ConnectorDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_url, m_database, m_user, m_password, m_enabled})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_test->setEnabled(!busy);
    if (busy) {
        m_error->setStyleSheet(QStringLiteral("QLabel { color: palette(text); padding: 6px; }"));
        m_error->setText(message);
        m_error->show();
    } else {
        m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0; "
                                              "border-radius: 3px; padding: 6px; }"));
    }
}

void ConnectorDialog::showSuccess(const QString &message)
{
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; background: #e8f5e9; border: 1px solid #b9dfbb; "
                                          "border-radius: 3px; padding: 6px; }"));
    m_error->setText(message);
    m_error->show();
}

void ConnectorDialog::testConnection()
{
    if (m_busy)
        return;
    const ConnectorConfig c = fromForm();
    if (const QString problem = ConnectorStore::validate(c); !problem.isEmpty()) {
        showProblem(problem, nullptr);
        return;
    }
    tryton::Config config;
    config.url = QUrl(c.url);
    config.database = c.databaseName;
    config.username = c.username;
    config.password = m_password->text();
    config.timeoutMs = 20000;
    // An edited connection with the password field left empty tests the saved password.
    const QString savedKey = m_original.id ? CredentialStore::keyFor(m_original.system, m_original.url, m_original.username) : QString();
    if (config.password.isEmpty()) {
        if (savedKey.isEmpty() || savedKey != CredentialStore::keyFor(c.system, c.url, c.username)) {
            showProblem(tr("Enter the password to test the connection."), m_password);
            return;
        }
        config.keychainKey = savedKey;
    }
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    auto *session = new tryton::Session(m_nam, config, this);
    setBusy(true, tr("Connecting to %1…").arg(c.url));
    tryton::Request *request = session->call(QStringLiteral("model.party.party.search_count"), QJsonArray{QJsonArray()}, false);
    connect(request, &tryton::Request::finished, this, [this, session, c](const tryton::Reply &reply) {
        session->deleteLater();
        setBusy(false);
        if (reply.ok())
            showSuccess(tr("Connected to %1 as %2: the ERP holds %n party record(s).", nullptr, int(reply.result.toInteger()))
                            .arg(c.databaseName, c.username));
        else
            showProblem(tr("Could not connect: %1").arg(reply.message), nullptr);
    });
    request->start();
}

void ConnectorDialog::accept()
{
    if (m_busy)
        return;
    const ConnectorConfig c = fromForm();
    if (const QString problem = ConnectorStore::validate(c); !problem.isEmpty()) {
        // Point at the field the message is about, in the order the form asks.
        QWidget *field = m_kind;
        const QUrl url(c.url, QUrl::StrictMode);
        if (ConnectorStore::knownKinds().contains(c.kind)) {
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
                field = m_url;
            else if (hasDatabase(c.kind) && c.databaseName.isEmpty())
                field = m_database;
            else
                field = m_user;
        }
        showProblem(problem, field);
        return;
    }
    const QString oldKey = m_original.id ? CredentialStore::keyFor(m_original.system, m_original.url, m_original.username)
                                         : QString();
    const QString newKey = CredentialStore::keyFor(c.system, c.url, c.username);
    const QString password = m_password->text();
    if (password.isEmpty() && !m_original.id) {
        showProblem(tr("Enter the password of this user. SalesBridge keeps it in the system keychain."), m_password);
        return;
    }
    if (password.isEmpty() && oldKey != newKey) {
        showProblem(tr("The address or the user changed: enter the password again."), m_password);
        return;
    }
    auto saved = ConnectorStore(m_db).save(c);
    if (!saved) {
        showProblem(saved.error(), m_url);
        return;
    }
    m_config = c;
    m_config.id = saved.value();
    if (password.isEmpty()) { // the saved password still fits
        emit this->saved(m_config);
        QDialog::accept();
        return;
    }
    m_pendingKey = newKey;
    setBusy(true, tr("Saving the password in the system keychain…"));
    m_credentials.write(newKey, password);
}

void ConnectorDialog::passwordStored(const QString &key)
{
    if (!m_busy || key != m_pendingKey)
        return;
    m_pendingKey.clear();
    const QString oldKey = m_original.id ? CredentialStore::keyFor(m_original.system, m_original.url, m_original.username)
                                         : QString();
    if (!oldKey.isEmpty() && oldKey != key) {
        // The server moved or the user changed: forget the old entry unless another server uses it.
        bool shared = false;
        if (auto all = ConnectorStore(m_db).all())
            for (const ConnectorConfig &other : all.value())
                shared = shared || CredentialStore::keyFor(other.system, other.url, other.username) == oldKey;
        if (!shared)
            m_credentials.remove(oldKey);
    }
    m_password->clear();
    setBusy(false);
    m_error->hide();
    emit saved(m_config);
    QDialog::accept();
}

void ConnectorDialog::passwordFailed(const QString &key, const QString &message)
{
    if (!m_busy || key != m_pendingKey)
        return;
    m_pendingKey.clear();
    // Nothing half-done: a server without its password would only fail at the next sync.
    if (m_original.id == 0) {
        if (Status s = ConnectorStore(m_db).remove(m_config.id); !s)
            qWarning("could not take back the connector row: %s", qPrintable(s.error()));
        m_config = m_original;
    } else {
        if (auto s = ConnectorStore(m_db).save(m_original); !s)
            qWarning("could not restore the connector row: %s", qPrintable(s.error()));
        m_config = m_original;
    }
    setBusy(false);
    showProblem(tr("The password could not be stored in the system keychain, so nothing was saved.\n%1").arg(message),
                m_password);
}

void ConnectorDialog::reject()
{
    if (m_busy)
        return; // the keychain answers shortly; leaving now would leave a half-saved server
    QDialog::reject();
}

} // namespace sb
