#include "SettingsDialog.h"

#include "models/domain/Vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>

namespace sb {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_user(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    QSettings settings;
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(QStringLiteral("ui/language")).toString())));
    for (const QString &r : vocab::roles())
        m_role->addItem(vocab::roleLabel(r), r);
    m_role->setCurrentIndex(qMax(0, m_role->findData(settings.value(QStringLiteral("session/role"), QStringLiteral("rep")).toString())));
    m_user->setText(settings.value(QStringLiteral("session/user"), QStringLiteral("wang.fang")).toString());

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&User name"), m_user);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    const bool changed = settings.value(QStringLiteral("ui/language")).toString() != m_language->currentData().toString()
        || settings.value(QStringLiteral("session/role")).toString() != m_role->currentData().toString()
        || settings.value(QStringLiteral("session/user")).toString() != m_user->text().trimmed();
    settings.setValue(QStringLiteral("ui/language"), m_language->currentData());
    settings.setValue(QStringLiteral("session/role"), m_role->currentData());
    if (!m_user->text().trimmed().isEmpty())
        settings.setValue(QStringLiteral("session/user"), m_user->text().trimmed());
    if (changed)
        emit restartNeeded();
    QDialog::accept();
}

} // namespace sb
