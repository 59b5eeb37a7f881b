#include "ConnectorDialog.h"

#include "models/store/Database.h"
#include "models/store/RoutingStore.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/credentials/CredentialStore.h"
#include "sync/credentials/SecretProvider.h"
#include "sync/engine/Routing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sb {

namespace {
QString objectNameFor(const QString &key)
{
    // connectorUrl, connectorDatabase, connectorUser, connectorPassword, connectorAppId...
    if (key == QLatin1String("username"))
        return QStringLiteral("connectorUser");
    QString name = QStringLiteral("connector");
    for (const QString &part : key.split(QLatin1Char('_')))
        name += part.left(1).toUpper() + part.mid(1);
    return name;
}
} // namespace

ConnectorDialog::ConnectorDialog(Database &db, CredentialStore &credentials, const ConnectorConfig &config, QWidget *parent,
                                 const KindRegistry *kinds)
    : QDialog(parent)
    , m_db(db)
    , m_credentials(credentials)
    , m_original(config)
    , m_config(config)
    , m_kinds(kinds ? *kinds : KindRegistry::builtIn())
    , m_kind(new QComboBox(this))
    , m_form(new QFormLayout)
    , m_enabled(new QCheckBox(tr("&Use this server when syncing"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_test(m_buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole))
{
    m_plainHttpHost = config.options.value(KindRegistry::kAllowPlainHttp).toString();
    setObjectName(QStringLiteral("connectorDialog"));
    setWindowTitle(config.id ? tr("Edit server connection") : tr("Add a server connection"));
    setMinimumWidth(480);

    for (const ConnectorKind &k : m_kinds.kinds())
        m_kind->addItem(KindRegistry::text(k.label), k.id);
    if (!config.kind.isEmpty() && m_kind->findData(config.kind) < 0)
        m_kind->addItem(config.kind, config.kind); // made elsewhere: shown, and refused on save
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(config.kind)));
    m_kind->setObjectName(QStringLiteral("connectorKind"));
    m_enabled->setObjectName(QStringLiteral("connectorEnabled"));
    m_enabled->setChecked(config.id == 0 || config.enabled);

    m_error->setObjectName(QStringLiteral("connectorError"));
    m_error->setTextFormat(Qt::PlainText); // messages carry what was typed
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0; "
                                          "border-radius: 3px; padding: 6px; }"));
    m_error->hide();

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *kindLabelW = new QLabel(tr("Server &type:"), this);
    kindLabelW->setBuddy(m_kind);
    m_form->addRow(kindLabelW, m_kind);

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
    connect(&m_credentials, &CredentialStore::written, this, &ConnectorDialog::passwordStored);
    connect(&m_credentials, &CredentialStore::failed, this, &ConnectorDialog::passwordFailed);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    kindChanged();
    // Editing usually means a new password or address; a new server starts at its address.
    QLineEdit *first = config.id ? secretEdit() : urlEdit();
    if (!first && !m_fieldRows.isEmpty())
        first = qobject_cast<QLineEdit *>(m_fieldRows.value(1));
    if (first)
        first->setFocus();
}

const ConnectorKind *ConnectorDialog::kind() const
{
    return m_kinds.find(m_kind->currentData().toString());
}

QLineEdit *ConnectorDialog::secretEdit() const
{
    if (const ConnectorKind *k = kind())
        for (const SettingField &f : k->fields)
            if (f.type == SettingField::Type::Secret)
                return m_fields.value(f.key);
    return nullptr;
}

QString ConnectorDialog::typedSecret() const
{
    QLineEdit *e = secretEdit();
    return e ? e->text() : QString();
}

void ConnectorDialog::kindChanged()
{
    // What was typed stays where the new kind has the same field.
    QHash<QString, QString> typed;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        typed.insert(it.key(), it.value()->text());
    for (QWidget *w : std::as_const(m_fieldRows))
        w->deleteLater();
    m_fieldRows.clear();
    m_fields.clear();
    while (m_form->rowCount() > 1) {
        // The rows' widgets go above (or stay: m_enabled); their layout items are ours to delete.
        const QFormLayout::TakeRowResult taken = m_form->takeRow(1);
        delete taken.labelItem;
        delete taken.fieldItem;
    }
    const ConnectorKind *k = kind();
    QWidget *previous = m_kind;
    if (k) {
        for (const SettingField &f : k->fields) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(objectNameFor(f.key));
            edit->setPlaceholderText(f.placeholder);
            if (f.type == SettingField::Type::Secret) {
                edit->setEchoMode(QLineEdit::Password);
                edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
                edit->setPlaceholderText(m_config.id ? tr("Leave empty to keep the saved password")
                                                     : tr("Kept in the system keychain only"));
                edit->setText(typed.value(f.key));
            } else {
                edit->setText(typed.contains(f.key) ? typed.value(f.key) : m_config.setting(f.key));
            }
            // A problem shown for what was typed goes once the person types again.
            connect(edit, &QLineEdit::textEdited, m_error, [this] {
                if (!m_busy)
                    m_error->hide();
            });
            auto *label = new QLabel(KindRegistry::text(f.label), this);
            label->setBuddy(edit);
            m_form->addRow(label, edit);
            m_fieldRows << label << edit;
            m_fields.insert(f.key, edit);
            setTabOrder(previous, edit);
            previous = edit;
        }
    }
    m_form->addRow(QString(), m_enabled);
    setTabOrder(previous, m_enabled);
}

ConnectorConfig ConnectorDialog::fromForm() const
{
    ConnectorConfig c = m_config;
    c.kind = m_kind->currentData().toString();
    if (const ConnectorKind *k = kind()) {
        c.system = k->role;
        c.options.clear();
        for (const SettingField &f : k->fields) {
            if (f.type == SettingField::Type::Secret)
                continue;
            QString value = m_fields.value(f.key)->text().trimmed();
            if (f.type == SettingField::Type::Url)
                while (value.endsWith(QLatin1Char('/')) && value.count(QLatin1Char('/')) > 2)
                    value.chop(1); // "http://host:8000/" and "http://host:8000" are one server (and one keychain entry)
            c.setSetting(f.key, value);
        }
    }
    if (!m_plainHttpHost.isEmpty())
        c.options.insert(KindRegistry::kAllowPlainHttp, m_plainHttpHost);
    c.enabled = m_enabled->isChecked();
    return c;
}

bool ConnectorDialog::confirmPlainHttp(const ConnectorConfig &c)
{
    const QString host = KindRegistry::plainHttpHost(c);
    if (host.isEmpty())
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Unencrypted connection"),
                    tr("%1 is reached over plain http, without encryption.").arg(host), QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("plainHttpWarning"));
    box.setInformativeText(tr("Your password and every record synced would travel in clear over the network, where others "
                              "can read them. Use an https address if the server has one.\n\nConnect to %1 without encryption anyway?")
                               .arg(host));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return false;
    m_plainHttpHost = host;
    return true;
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
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_enabled})
        w->setEnabled(!busy);
    for (QLineEdit *e : std::as_const(m_fields))
        e->setEnabled(!busy);
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
    ConnectorConfig c = fromForm();
    QString fieldKey;
    if (confirmPlainHttp(c))
        c = fromForm();
    if (const QString problem = m_kinds.validate(c, &fieldKey); !problem.isEmpty()) {
        showProblem(problem, m_fields.value(fieldKey));
        return;
    }
    // An edited connection with the password field left empty tests the saved password.
    const QString savedKey = m_original.id ? KindRegistry::secretKey(m_original) : QString();
    auto typed = std::make_shared<MemorySecrets>(KindRegistry::secretKey(c), typedSecret());
    static KeychainSecrets keychain;
    SecretProvider *secrets = typed.get();
    if (typedSecret().isEmpty()) {
        if (savedKey.isEmpty() || savedKey != KindRegistry::secretKey(c)) {
            showProblem(tr("Enter the password to test the connection."), secretEdit());
            return;
        }
        secrets = &keychain;
    }
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    std::shared_ptr<Connector> connector(m_kinds.make(c, *m_nam, *secrets).release());
    if (!connector) {
        showProblem(m_kinds.validate(c), m_kind);
        return;
    }
    setBusy(true, tr("Connecting to %1…").arg(c.url));
    RemoteCall *call = connector->testConnection();
    call->setParent(this);
    connect(call, &RemoteCall::finished, this, [this, call, connector, typed, c](const RemoteResult &reply) {
        call->deleteLater();
        setBusy(false);
        if (reply.ok())
            showSuccess(tr("Connected to %1 as %2: %3").arg(c.url, c.username, reply.message));
        else
            showProblem(tr("Could not connect: %1").arg(reply.message), nullptr);
    });
    call->start();
}

void ConnectorDialog::accept()
{
    if (m_busy)
        return;
    ConnectorConfig c = fromForm();
    QString fieldKey;
    if (confirmPlainHttp(c))
        c = fromForm();
    if (const QString problem = m_kinds.validate(c, &fieldKey); !problem.isEmpty()) {
        showProblem(problem, fieldKey.isEmpty() ? static_cast<QWidget *>(m_kind) : m_fields.value(fieldKey));
        return;
    }
    if (c.enabled) {
        // Two systems that would both own one kind of record: settled by an owner rule first.
        QList<ConnectorConfig> others;
        if (auto all = ConnectorStore(m_db).all())
            for (const ConnectorConfig &o : all.value())
                if (o.enabled && o.id != c.id)
                    others << o;
        auto rules = RoutingStore(m_db).ownerRules();
        const Routing routing = Routing::compute(others + QList<ConnectorConfig>{c}, m_kinds, rules ? rules.value() : QHash<QString, QString>());
        if (!routing.problems().isEmpty()) {
            showProblem(routing.problems().join(QLatin1Char('\n')), m_kind);
            return;
        }
    }
    const QString oldKey = m_original.id ? KindRegistry::secretKey(m_original) : QString();
    const QString newKey = KindRegistry::secretKey(c);
    const QString password = typedSecret();
    if (password.isEmpty() && !m_original.id) {
        showProblem(tr("Enter the password of this user. SalesBridge keeps it in the system keychain."), secretEdit());
        return;
    }
    if (password.isEmpty() && oldKey != newKey) {
        showProblem(tr("The address or the user changed: enter the password again."), secretEdit());
        return;
    }
    auto saved = ConnectorStore(m_db).save(c);
    if (!saved) {
        showProblem(saved.error(), urlEdit());
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
    const QString oldKey = m_original.id ? KindRegistry::secretKey(m_original) : QString();
    if (!oldKey.isEmpty() && oldKey != key) {
        // The server moved or the user changed: forget the old entry unless another server uses it.
        bool shared = false;
        if (auto all = ConnectorStore(m_db).all())
            for (const ConnectorConfig &other : all.value())
                shared = shared || KindRegistry::secretKey(other) == oldKey;
        if (!shared)
            m_credentials.remove(oldKey);
    }
    if (QLineEdit *secret = secretEdit())
        secret->clear();
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
                secretEdit());
}

void ConnectorDialog::reject()
{
    if (m_busy)
        return; // the keychain answers shortly; leaving now would leave a half-saved server
    QDialog::reject();
}

} // namespace sb
