#include "CustomerDialog.h"

#include "models/domain/Validation.h"
#include "models/domain/Vocabulary.h"
#include "models/store/CategoryStore.h"
#include "models/store/CustomerStore.h"
#include "ui/common/AppContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QPushButton>
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
    auto listBox = [this, &ctx](const char *dimension, bool editable) {
        auto *box = new QComboBox(this);
        box->setObjectName(QLatin1String(dimension));
        box->setEditable(editable);
        box->addItem(tr("(none)"), QString());
        const bool chinese = QLocale().language() == QLocale::Chinese;
        auto choices = CategoryStore(ctx.db()).choices(QLatin1String(dimension), chinese);
        if (!choices)
            box->setToolTip(choices.error());
        else
            for (const CategoryChoice &c : choices.value())
                box->addItem(c.label, c.name);
        return box;
    };
    auto edit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        return e;
    };
    m_name = edit("name");
    m_shortName = edit("shortName");
    m_code = edit("code");
    m_code->setPlaceholderText(tr("given by the ERP when empty"));
    m_industry = listBox("industry", false);
    m_region = listBox("region", false);
    m_owner = listBox("owner", true); // a new colleague's login can be typed
    selectValue(m_owner, ctx.session().user);
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
    m_credit->setRange(-1e13, 1e13); // checked on Save: a range would quietly change a typo
    m_credit->setDecimals(2);
    m_credit->setGroupSeparatorShown(true);
    m_credit->setToolTip(tr("0 means no credit limit. The ERP checks the limit when an order is confirmed."));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setToolTip(tr("New quotes and opportunities of the customer are in this currency"));
    auto choices = CustomerStore(ctx.db()).currencyChoices();
    for (const QString &code : choices ? choices.value() : currencyChoices())
        m_currency->addItem(code, code);
    // The credit limit is in the customer's currency: its sign follows the choice.
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        m_credit->setPrefix(currencySymbol(m_currency->currentData().toString()) + QLatin1Char(' '));
    });
    m_credit->setPrefix(currencySymbol(m_currency->currentData().toString()) + QLatin1Char(' '));
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
    form->addRow(tr("C&urrency"), m_currency);
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
    buildDuplicateWarning(layout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    layout->addWidget(buttons);
    if (customerId)
        load();
}

void CustomerDialog::buildDuplicateWarning(QVBoxLayout *layout)
{
    m_duplicate = new QFrame(this);
    m_duplicate->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicate->setStyleSheet(QStringLiteral("#duplicateWarning { background: #fff4e5; border: 1px solid #ffcc80; }"));
    m_duplicateText = new QLabel(m_duplicate);
    m_duplicateText->setWordWrap(true);
    m_duplicateText->setTextFormat(Qt::RichText);
    m_createAnyway = new QPushButton(m_id ? tr("Save anyway") : tr("Create anyway"), m_duplicate);
    m_createAnyway->setObjectName(QStringLiteral("createAnyway"));
    auto *row = new QHBoxLayout(m_duplicate);
    row->setContentsMargins(8, 6, 8, 6);
    row->addWidget(m_duplicateText, 1);
    row->addWidget(m_createAnyway);
    m_duplicate->hide();
    layout->addWidget(m_duplicate);
    connect(m_duplicateText, &QLabel::linkActivated, this, [this] {
        // The existing customer is the one to work on: this dialog's draft is dropped.
        const qint64 existing = m_duplicateId;
        reject();
        m_ctx.requestOpen(QStringLiteral("customer"), existing);
    });
    connect(m_createAnyway, &QPushButton::clicked, this, [this] {
        m_duplicateAccepted = true;
        accept();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { // a new name needs a new check
        m_duplicateAccepted = false;
        m_duplicate->hide();
    });
}

QString CustomerDialog::problem(QWidget **field) const
{
    QList<std::pair<QWidget *, QString>> checks = {
        {m_name, validation::required(m_name->text(), tr("The customer's name"))},
        {m_credit, validation::moneyUnits(m_credit->value(), tr("The credit limit"), m_currency->currentData().toString())},
    };
    if (m_contactName) {
        const bool anyContactField = !m_contactTitle->text().trimmed().isEmpty()
            || !m_contactPhone->text().trimmed().isEmpty() || !m_contactEmail->text().trimmed().isEmpty();
        // A phone or e-mail typed without a name would be dropped: say so instead.
        checks.append({m_contactName, anyContactField ? validation::required(m_contactName->text(), tr("The contact's name"))
                                                      : QString()});
        checks.append({m_contactPhone, validation::phone(m_contactPhone->text())});
        checks.append({m_contactEmail, validation::email(m_contactEmail->text())});
    }
    for (const auto &[widget, message] : std::as_const(checks)) {
        if (!message.isEmpty()) {
            *field = widget;
            return message;
        }
    }
    return QString();
}

void CustomerDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

bool CustomerDialog::warnIfDuplicate()
{
    // An edit that keeps the name is not a new duplicate, even if an old one exists.
    if (m_duplicateAccepted || (m_id && validation::nameKey(m_name->text()) == m_loadedNameKey))
        return false;
    auto same = CustomerStore(m_ctx.db()).sameName(m_name->text(), m_id);
    if (!same) {
        showError(same.error(), nullptr);
        return true;
    }
    if (!same.value()) {
        m_duplicate->hide();
        return false;
    }
    const CustomerMatch &c = *same.value();
    m_duplicateId = c.id;
    const QString who = c.code.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.code);
    m_duplicateText->setText(tr("A customer named %1 already exists. <a href=\"open\">Open %1</a> instead, or save "
                                "a second one with the same name.")
                                 .arg(who.toHtmlEscaped()));
    m_duplicate->show();
    m_error->hide();
    m_createAnyway->setFocus(Qt::OtherFocusReason);
    return true;
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
    m_loadedNameKey = validation::nameKey(m_name->text());
    m_shortName->setText(c.value(QStringLiteral("short_name")).toString());
    m_code->setText(c.value(QStringLiteral("code")).toString());
    selectValue(m_industry, c.value(QStringLiteral("industry")).toString());
    selectValue(m_region, c.value(QStringLiteral("region")).toString());
    selectValue(m_owner, c.value(QStringLiteral("owner")).toString());
    m_tags->setText(c.value(QStringLiteral("tags")).toString());
    m_grade->setCurrentIndex(qMax(0, m_grade->findData(c.value(QStringLiteral("grade")).toString())));
    m_status->setCurrentIndex(qMax(0, m_status->findData(c.value(QStringLiteral("status")).toString())));
    const QString currency = c.value(QStringLiteral("currency")).toString();
    if (!currency.isEmpty() && m_currency->findData(currency) < 0)
        m_currency->addItem(currency, currency);
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(currency)));
    m_credit->setValue(c.value(QStringLiteral("credit_limit_cents")).toLongLong() / 100.0);
    m_notes->setPlainText(c.value(QStringLiteral("notes")).toString());
}

void CustomerDialog::selectValue(QComboBox *box, const QString &value)
{
    int i = box->findData(value);
    if (i < 0 && !value.trimmed().isEmpty()) {
        // A value typed before the lists were shared: kept, and shown as it is.
        box->addItem(value, value);
        i = box->count() - 1;
    }
    box->setCurrentIndex(qMax(0, i));
}

QString CustomerDialog::valueOf(const QComboBox *box)
{
    if (box->isEditable()) {
        const QString typed = box->currentText().trimmed();
        const int i = box->findText(typed);
        return i >= 0 ? box->itemData(i).toString() : typed;
    }
    return box->currentData().toString();
}

QVariantMap CustomerDialog::fields() const
{
    return {{QStringLiteral("name"), m_name->text().trimmed()},
            {QStringLiteral("short_name"), m_shortName->text().trimmed()},
            {QStringLiteral("code"), m_code->text().trimmed()},
            {QStringLiteral("grade"), m_grade->currentData()},
            {QStringLiteral("status"), m_status->currentData()},
            {QStringLiteral("industry"), valueOf(m_industry)},
            {QStringLiteral("region"), valueOf(m_region)},
            {QStringLiteral("owner"), valueOf(m_owner)},
            {QStringLiteral("tags"), m_tags->text().trimmed()},
            {QStringLiteral("currency"), m_currency->currentData().toString()},
            // 0 is "no limit": the ERP would take a limit of 0 as "nothing on credit".
            {QStringLiteral("credit_limit_cents"), m_credit->value() == 0.0 ? QVariant() : QVariant(qint64(std::llround(m_credit->value() * 100.0)))},
            {QStringLiteral("notes"), m_notes->toPlainText().trimmed()}};
}

void CustomerDialog::accept()
{
    m_credit->interpretText();
    QWidget *field = nullptr;
    if (const QString message = problem(&field); !message.isEmpty()) {
        m_duplicate->hide();
        showError(message, field);
        return;
    }
    if (warnIfDuplicate())
        return;
    CustomerStore store(m_ctx.db());
    if (m_id) {
        if (Status s = store.update(m_id, fields()); !s) {
            showError(s.error(), nullptr);
            return;
        }
    } else {
        QVariantMap contact;
        if (!m_contactName->text().trimmed().isEmpty()) // problem() refused phone/e-mail without a name
            contact = {{QStringLiteral("name"), m_contactName->text().trimmed()},
                       {QStringLiteral("title"), m_contactTitle->text().trimmed()},
                       {QStringLiteral("phone"), m_contactPhone->text().trimmed()},
                       {QStringLiteral("email"), m_contactEmail->text().trimmed()}};
        auto r = store.create(fields(), contact);
        if (!r) {
            showError(r.error(), nullptr);
            return;
        }
        m_id = r.value();
    }
    m_ctx.notifyChanged(QStringLiteral("customer"));
    emit saved(m_id);
    QDialog::accept();
}

} // namespace sb
