#include "ContactDialog.h"

#include "models/store/CustomerStore.h"
#include "ui/common/AppContext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sb {

ContactDialog::ContactDialog(AppContext &ctx, qint64 customerId, qint64 contactId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_customerId(customerId)
    , m_contactId(contactId)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_mobile(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_primary(new QCheckBox(tr("&Primary contact"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contactId ? tr("Edit contact") : tr("New contact"));
    m_name->setObjectName(QStringLiteral("contactName"));
    m_email->setObjectName(QStringLiteral("contactEmail"));
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);
    m_error->setObjectName(QStringLiteral("contactError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Mobile:"), m_mobile);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_primary);
    form->addRow(tr("N&otes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    load();
}

void ContactDialog::load()
{
    if (!m_contactId)
        return;
    auto r = CustomerStore(m_ctx.db()).contact(m_contactId);
    if (!r) {
        m_error->setText(r.error());
        m_error->show();
        return;
    }
    const QVariantMap &c = r.value();
    m_name->setText(c.value(QStringLiteral("name")).toString());
    m_title->setText(c.value(QStringLiteral("title")).toString());
    m_phone->setText(c.value(QStringLiteral("phone")).toString());
    m_mobile->setText(c.value(QStringLiteral("mobile")).toString());
    m_email->setText(c.value(QStringLiteral("email")).toString());
    m_primary->setChecked(c.value(QStringLiteral("is_primary")).toInt() != 0);
    m_notes->setPlainText(c.value(QStringLiteral("notes")).toString());
}

void ContactDialog::accept()
{
    auto text = [](QLineEdit *e) { return e->text().trimmed().isEmpty() ? QVariant() : QVariant(e->text().trimmed()); };
    const QVariantMap fields{{QStringLiteral("name"), m_name->text().trimmed()},
                             {QStringLiteral("title"), text(m_title)},
                             {QStringLiteral("phone"), text(m_phone)},
                             {QStringLiteral("mobile"), text(m_mobile)},
                             {QStringLiteral("email"), text(m_email)},
                             {QStringLiteral("is_primary"), m_primary->isChecked() ? 1 : 0},
                             {QStringLiteral("notes"), m_notes->toPlainText().trimmed().isEmpty() ? QVariant() : QVariant(m_notes->toPlainText())}};
    CustomerStore store(m_ctx.db());
    Status s = Status::ok();
    if (m_contactId) {
        s = store.updateContact(m_contactId, fields);
    } else {
        auto id = store.addContact(m_customerId, fields);
        s = id ? Status::ok() : Status::fail(id.error());
        if (id)
            m_contactId = id.value();
    }
    if (!s) {
        m_error->setText(s.error());
        m_error->show();
        // The field the refusal names gets the focus.
        QLineEdit *field = s.error().contains(m_email->text()) && !m_email->text().isEmpty() ? m_email
                           : s.error().contains(m_phone->text()) && !m_phone->text().isEmpty() ? m_phone
                           : s.error().contains(m_mobile->text()) && !m_mobile->text().isEmpty() ? m_mobile
                                                                                                  : m_name;
        field->setFocus();
        field->selectAll();
        return;
    }
    m_ctx.notifyChanged(QStringLiteral("contact"));
    QDialog::accept();
}

} // namespace sb
