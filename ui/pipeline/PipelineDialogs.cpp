#include "PipelineDialogs.h"

#include "models/domain/Validation.h"
#include "models/domain/Vocabulary.h"
#include "models/store/CustomerStore.h"
#include "ui/quotes/CustomerPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace sb {

LostReasonDialog::LostReasonDialog(const QList<qint64> &ids, const QString &fromStage, const QString &dealName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ids(ids)
    , m_from(fromStage)
    , m_reason(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Deal lost"));
    auto *question = new QLabel(ids.size() == 1 ? tr("Why was \"%1\" lost?").arg(dealName)
                                                : tr("Why were these %n deals lost?", nullptr, int(ids.size())),
                                this);
    question->setWordWrap(true);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    // The usual reasons one click away; anything else can be typed.
    m_reason->addItems({QString(), tr("Price too high"), tr("Lost to a competitor"), tr("No budget"),
                        tr("No decision / project stopped"), tr("Delivery time too long"),
                        tr("Product does not fit")});
    m_reason->setCurrentIndex(0);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type the reason"));
    m_reason->setMinimumWidth(300);
    okButton()->setText(tr("Mark as lost"));
    okButton()->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);

    connect(m_reason, &QComboBox::editTextChanged, this,
            [this](const QString &text) { okButton()->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (reason().isEmpty())
            return;
        emit reasonGiven(m_ids, m_from, reason());
        QDialog::accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton *LostReasonDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString LostReasonDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

NewOpportunityDialog::NewOpportunityDialog(Database &db, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_customer(new CustomerPicker(db, this))
    , m_title(new QLineEdit(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_close(new QDateEdit(QDate::currentDate().addDays(30), this))
    , m_stage(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New opportunity"));
    m_title->setPlaceholderText(tr("What the customer wants to buy"));
    // Any typed figure is taken and then checked on Create: a range would quietly turn
    // 100,000,000,000 into the maximum instead of saying it is a typo.
    m_amount->setRange(-1e13, 1e13);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    setCurrency(defaultCurrency());
    // The deal is in its customer's currency: the amount shows it as soon as one is chosen.
    connect(m_customer, &CustomerPicker::customerChanged, this, [this, store = &db](qint64 id) {
        if (id <= 0)
            return;
        auto c = CustomerStore(*store).get(id);
        if (c)
            setCurrency(c.value().value(QStringLiteral("currency")).toString());
    });
    m_close->setCalendarPopup(true);
    for (const QString &stage : vocab::openStages())
        m_stage->addItem(vocab::stageLabel(stage), stage);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("Expected &close:"), m_close);
    form->addRow(tr("&Stage:"), m_stage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewOpportunityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QVariantMap NewOpportunityDialog::fields() const
{
    return {{QStringLiteral("customer_id"), m_customer->customerId()},
            {QStringLiteral("title"), m_title->text().trimmed()},
            {QStringLiteral("amount_cents"), qint64(std::llround(m_amount->value() * 100.0))},
            {QStringLiteral("expected_close"), m_close->date().toString(Qt::ISODate)},
            {QStringLiteral("stage"), m_stage->currentData().toString()},
            {QStringLiteral("currency"), m_currency}};
}

void NewOpportunityDialog::setCurrency(const QString &currency)
{
    m_currency = currency.isEmpty() ? defaultCurrency() : currency;
    m_amount->setPrefix(currencySymbol(m_currency) + QLatin1Char(' '));
}

QString NewOpportunityDialog::problem(QWidget **field) const
{
    // The same rules the store applies (validation::), checked here to point at the field.
    const QList<std::pair<QWidget *, QString>> checks = {
        {m_customer, m_customer->customerId() > 0 ? QString() : tr("Choose the customer of the opportunity.")},
        {m_title, validation::required(m_title->text(), tr("The title"))},
        {m_amount, validation::moneyUnits(m_amount->value(), tr("The amount"), m_currency)},
    };
    for (const auto &[widget, message] : checks) {
        if (!message.isEmpty()) {
            *field = widget;
            return message;
        }
    }
    return QString();
}

void NewOpportunityDialog::accept()
{
    m_amount->interpretText();
    QWidget *field = nullptr;
    QString error = problem(&field);
    if (error.isEmpty() && m_submit)
        error = m_submit(fields());
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        if (field)
            field->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace sb
