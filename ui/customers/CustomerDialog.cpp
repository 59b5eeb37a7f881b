#include "CustomerDialog.h"

#include "models/domain/Vocabulary.h"
#include "models/store/CustomerStore.h"
#include "ui/common/AppContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <cmath>

namespace sb {

CustomerDialog::CustomerDialog(AppContext &ctx, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_id(customerId)
{
    setWindowTitle(customerId ? tr("Edit customer") : tr("New customer"));
    auto edit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        return e;
    };
    m_name = edit("name");
    m_shortName = edit("shortName");
    m_code = edit("code");
    m_code->setPlaceholderText(tr("given by the ERP when empty"));
    m_industry = edit("industry");
    m_region = edit("region");
    m_owner = edit("owner");
    m_owner->setText(ctx.session().user);
    m_tags = edit("tags");
    m_tags->setPlaceholderText(tr("comma separated"));
    m_grade = new QComboBox(this);
    m_grade->setObjectName(QStringLiteral("grade"));
    m_grade->addItem(tr("(none)"), QString());
    for (const QString &g : vocab::grades())
        m_grade->addItem(vocab::gradeLabel(g), g);
    m_grade->setCurrentIndex(3); // C: most new customers start as regular ones
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (const QString &s : vocab::customerStatuses())
        m_status->addItem(vocab::customerStatusLabel(s), s);
    m_status->setCurrentIndex(m_status->findData(QStringLiteral("prospect")));
    m_credit = new QDoubleSpinBox(this);
    m_credit->setObjectName(QStringLiteral("creditLimit"));
    m_credit->setRange(0, 1e12);
    m_credit->setDecimals(2);
    m_credit->setGroupSeparatorShown(true);
    m_credit->setPrefix(QStringLiteral("¥ "));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMaximumHeight(70);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name*"), m_name);
    form->addRow(tr("S&hort name"), m_shortName);
    form->addRow(tr("C&ode"), m_code);
    form->addRow(tr("&Grade"), m_grade);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("&Industry"), m_industry);
    form->addRow(tr("&Region"), m_region);
    form->addRow(tr("O&wner"), m_owner);
    form->addRow(tr("&Tags"), m_tags);
    form->addRow(tr("Credit &limit"), m_credit);
    form->addRow(tr("No&tes"), m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (!customerId) {
        auto *box = new QGroupBox(tr("Primary contact"), this);
        auto *cf = new QFormLayout(box);
        m_contactName = edit("contactName");
        m_contactTitle = edit("contactTitle");
        m_contactPhone = edit("contactPhone");
        m_contactEmail = edit("contactEmail");
        cf->addRow(tr("Name"), m_contactName);
        cf->addRow(tr("Title"), m_contactTitle);
        cf->addRow(tr("Phone"), m_contactPhone);
        cf->addRow(tr("Email"), m_contactEmail);
        layout->addWidget(box);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    layout->addWidget(buttons);
    if (customerId)
        load();
}

void CustomerDialog::load()
{
    CustomerStore store(m_ctx.db());
    auto r = store.get(m_id);
    if (!r) {
        m_error->setText(r.error());
        m_error->show();
        return;
    }
    const QVariantMap &c = r.value();
    m_name->setText(c.value(QStringLiteral("name")).toString());
    m_shortName->setText(c.value(QStringLiteral("short_name")).toString());
    m_code->setText(c.value(QStringLiteral("code")).toString());
    m_industry->setText(c.value(QStringLiteral("industry")).toString());
    m_region->setText(c.value(QStringLiteral("region")).toString());
    m_owner->setText(c.value(QStringLiteral("owner")).toString());
    m_tags->setText(c.value(QStringLiteral("tags")).toString());
    m_grade->setCurrentIndex(qMax(0, m_grade->findData(c.value(QStringLiteral("grade")).toString())));
    m_status->setCurrentIndex(qMax(0, m_status->findData(c.value(QStringLiteral("status")).toString())));
    m_credit->setValue(c.value(QStringLiteral("credit_limit_cents")).toLongLong() / 100.0);
    m_notes->setPlainText(c.value(QStringLiteral("notes")).toString());
}

QVariantMap CustomerDialog::fields() const
{
    return {{QStringLiteral("name"), m_name->text().trimmed()},
            {QStringLiteral("short_name"), m_shortName->text().trimmed()},
            {QStringLiteral("code"), m_code->text().trimmed()},
            {QStringLiteral("grade"), m_grade->currentData()},
            {QStringLiteral("status"), m_status->currentData()},
            {QStringLiteral("industry"), m_industry->text().trimmed()},
            {QStringLiteral("region"), m_region->text().trimmed()},
            {QStringLiteral("owner"), m_owner->text().trimmed()},
            {QStringLiteral("tags"), m_tags->text().trimmed()},
            {QStringLiteral("credit_limit_cents"), qint64(std::llround(m_credit->value() * 100.0))},
            {QStringLiteral("notes"), m_notes->toPlainText().trimmed()}};
}

void CustomerDialog::accept()
{
    CustomerStore store(m_ctx.db());
    if (m_id) {
        if (Status s = store.update(m_id, fields()); !s) {
            m_error->setText(s.error());
            m_error->show();
            return;
        }
    } else {
        QVariantMap contact;
        if (!m_contactName->text().trimmed().isEmpty())
            contact = {{QStringLiteral("name"), m_contactName->text().trimmed()},
                       {QStringLiteral("title"), m_contactTitle->text().trimmed()},
                       {QStringLiteral("phone"), m_contactPhone->text().trimmed()},
                       {QStringLiteral("email"), m_contactEmail->text().trimmed()}};
        auto r = store.create(fields(), contact);
        if (!r) {
            m_error->setText(r.error());
            m_error->show();
            return;
        }
        m_id = r.value();
    }
    m_ctx.notifyChanged(QStringLiteral("customer"));
    emit saved(m_id);
    QDialog::accept();
}

} // namespace sb
