#include "TicketDialog.h"

#include "models/domain/Vocabulary.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/ProductStore.h"
#include "models/store/RecordReader.h"
#include "models/store/ServiceStore.h"
#include "ui/common/AppContext.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace sb {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2; // the code or name a person types whole
constexpr int kMaxMatches = 20;
} // namespace

RecordPicker::RecordPicker(Database &db, SearchKind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_db(db)
    , m_kind(kind)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
    , m_debounce(new QTimer(this))
{
    setClearButtonEnabled(true);
    // The matches come from SQL already filtered; the completer only shows them.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.data(kIdRole).toLongLong(), index.data().toString()); });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &RecordPicker::lookUp);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (m_id != 0) {
            m_id = 0;
            emit recordChanged(0);
        }
        m_debounce->start();
    });
}

void RecordPicker::setRecord(qint64 id, const QString &text)
{
    setText(text);
    choose(id, text);
}

void RecordPicker::choose(qint64 id, const QString &text)
{
    m_debounce->stop();
    if (!text.isEmpty() && this->text() != text)
        setText(text);
    if (m_id != id) {
        m_id = id;
        emit recordChanged(id);
    }
}

void RecordPicker::lookUpNow()
{
    m_debounce->stop();
    lookUp();
}

void RecordPicker::lookUp()
{
    m_model->clear();
    const QString input = text();
    // Each match: the id, what the line shows, a tooltip, and the code or name typed whole.
    auto add = [this](qint64 id, const QString &text, const QString &tip, const QString &key) {
        auto *item = new QStandardItem(text);
        item->setData(id, kIdRole);
        item->setData(key, kKeyRole);
        item->setToolTip(tip);
        m_model->appendRow(item);
    };
    // A search that fails shows no matches; the dialog says a record must be picked.
    if (m_kind == SearchKind::Product) {
        auto r = ProductStore(m_db).matches(input, kMaxMatches);
        if (!r)
            return;
        for (const ProductMatch &m : r.value())
            add(m.id, m.code + QStringLiteral("  ") + m.name, m.spec, m.code);
    } else {
        auto r = CustomerStore(m_db).matches(input, kMaxMatches);
        if (!r)
            return;
        for (const CustomerMatch &m : r.value())
            add(m.id, m.name, (m.code + QStringLiteral("  ") + m.region).trimmed(), m.name);
    }
    if (m_model->rowCount() == 0)
        return;
    // Typing a whole name or product code that matches exactly one record picks it without the mouse.
    const QString typed = input.trimmed();
    if (m_model->rowCount() == 1
        && (m_model->item(0)->text().compare(typed, Qt::CaseInsensitive) == 0
            || m_model->item(0)->data(kKeyRole).toString().compare(typed, Qt::CaseInsensitive) == 0)) {
        choose(m_model->item(0)->data(kIdRole).toLongLong(), m_model->item(0)->text());
        return;
    }
    if (m_model->rowCount() > 0 && hasFocus())
        m_completer->complete();
}

// ---------------------------------------------------------------------------------------------

TicketDialog::TicketDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_customer(new RecordPicker(ctx.db(), SearchKind::Customer, this))
    , m_product(new RecordPicker(ctx.db(), SearchKind::Product, this))
    , m_serial(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_priority(new QComboBox(this))
    , m_due(new QDateTimeEdit(this))
    , m_noDue(new QCheckBox(tr("&No due date"), this))
    , m_requestor(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New service ticket"));
    m_customer->setPlaceholderText(tr("Type a customer's name and pick it"));
    m_product->setPlaceholderText(tr("Optional: product code or name"));
    m_serial->setPlaceholderText(tr("Optional: from the type plate"));
    m_subject->setPlaceholderText(tr("What is wrong, in a few words"));
    m_description->setPlaceholderText(tr("What the customer reports, when it started, what was tried"));
    m_description->setTabChangesFocus(true);
    for (int p = 1; p <= 4; ++p)
        m_priority->addItem(vocab::priorityLabel(p), p);
    m_priority->setCurrentIndex(1); // normal

    // A due date is optional: "No due date" is the default, unticking it proposes three days
    // from now at the end of the working day.
    m_due->setCalendarPopup(true);
    // Minutes are enough for a promise to a customer.
    m_due->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat).replace(QStringLiteral(":ss"), QString()));
    m_due->setMinimumDateTime(QDateTime::currentDateTime().addYears(-5));
    m_due->setMaximumDateTime(QDateTime::currentDateTime().addYears(2));
    m_due->setDateTime(QDateTime(QDate::currentDate().addDays(3), QTime(17, 0)));
    m_due->setToolTip(tr("When the customer should have an answer; at most two years away"));
    m_noDue->setChecked(true);
    m_due->setEnabled(false);
    connect(m_noDue, &QCheckBox::toggled, m_due, [this](bool none) { m_due->setEnabled(!none); });
    m_requestor->setToolTip(tr("The customer's contact who asked; the service desk answers this person"));
    loadRequestors(0);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    okButton()->setText(tr("File ticket"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TicketDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TicketDialog::reject);
    connect(m_customer, &RecordPicker::recordChanged, this, &TicketDialog::updateOk);
    connect(m_customer, &RecordPicker::recordChanged, this, [this] { loadRequestors(m_requestor->currentData().toLongLong()); });
    connect(m_subject, &QLineEdit::textChanged, this, &TicketDialog::updateOk);
    // A refusal is about what was typed: once the subject is typed again it no longer applies.
    connect(m_subject, &QLineEdit::textEdited, m_error, &QWidget::hide);

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer"), m_customer);
    form->addRow(tr("&Product"), m_product);
    form->addRow(tr("S&erial number"), m_serial);
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("P&riority"), m_priority);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due, 1);
    dueRow->addWidget(m_noDue);
    auto *dueLabel = new QLabel(tr("D&ue"), this);
    dueLabel->setBuddy(m_due);
    form->addRow(dueLabel, dueRow);
    form->addRow(tr("Re&questor"), m_requestor);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(560, 500);
    updateOk();
}

QPushButton *TicketDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString TicketDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void TicketDialog::setCustomer(qint64 customerId)
{
    auto name = CustomerStore(m_ctx.db()).liveName(customerId);
    if (!name) {
        m_ctx.reportError(name.error());
        return;
    }
    if (!name.value())
        return;
    m_customer->setRecord(customerId, *name.value());
    m_subject->setFocus();
}

bool TicketDialog::loadTicket(qint64 ticketId)
{
    auto record = readRecord(m_ctx.db(), entities::ticket(), ticketId);
    if (!record) {
        m_ctx.reportError(record.error());
        return false;
    }
    const QVariantMap &t = record.value();
    m_ticketId = ticketId;
    const QString number = t.value(QStringLiteral("number")).toString();
    setWindowTitle(number.isEmpty() ? tr("Edit ticket") : tr("Edit ticket %1").arg(number));
    okButton()->setText(tr("Save"));
    const qint64 customerId = t.value(QStringLiteral("customer_id")).toLongLong();
    auto customer = CustomerStore(m_ctx.db()).name(customerId);
    m_customer->setRecord(customerId, customer && customer.value() ? *customer.value() : QString());
    m_customer->setEnabled(false);
    if (const QVariant productId = t.value(QStringLiteral("product_id")); !productId.isNull()) {
        auto label = ProductStore(m_ctx.db()).label(productId.toLongLong());
        m_product->setRecord(productId.toLongLong(), label && label.value() ? *label.value() : QString());
    }
    m_serial->setText(t.value(QStringLiteral("serial_number")).toString());
    m_subject->setText(t.value(QStringLiteral("subject")).toString());
    m_description->setPlainText(t.value(QStringLiteral("description")).toString());
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(t.value(QStringLiteral("priority")).toInt())));
    const QDateTime due = QDateTime::fromString(t.value(QStringLiteral("due_at")).toString(), Qt::ISODate);
    m_noDue->setChecked(!due.isValid());
    if (due.isValid())
        m_due->setDateTime(due.toLocalTime());
    loadRequestors(t.value(QStringLiteral("contact_id")).toLongLong());
    m_subject->setFocus();
    updateOk();
    return true;
}

void TicketDialog::loadRequestors(qint64 contactId)
{
    m_requestor->clear();
    m_requestor->addItem(tr("None"), qint64(0));
    const qint64 customerId = m_customer->recordId();
    m_requestor->setEnabled(customerId > 0);
    if (customerId <= 0)
        return;
    auto choices = ServiceStore(m_ctx.db()).requestors(customerId);
    if (!choices) {
        m_ctx.reportError(choices.error());
        return;
    }
    for (const RequestorChoice &c : choices.value())
        m_requestor->addItem(c.title.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.title), c.id);
    m_requestor->setCurrentIndex(qMax(0, m_requestor->findData(contactId)));
}

void TicketDialog::updateOk()
{
    okButton()->setEnabled(m_customer->recordId() > 0 && !m_subject->text().trimmed().isEmpty());
}

void TicketDialog::accept()
{
    if (m_product->recordId() <= 0 && !m_product->text().trimmed().isEmpty()) {
        m_error->setText(tr("Pick the product from the list, or clear the field."));
        m_error->show();
        m_product->setFocus();
        return;
    }
    QVariantMap fields{
        {QStringLiteral("customer_id"), m_customer->recordId()},
        {QStringLiteral("serial_number"), m_serial->text().trimmed()},
        {QStringLiteral("subject"), m_subject->text().trimmed()},
        {QStringLiteral("description"), m_description->toPlainText().trimmed()},
        {QStringLiteral("priority"), m_priority->currentData().toInt()},
        {QStringLiteral("due_at"), m_noDue->isChecked() ? QVariant() : QVariant(m_due->dateTime().toUTC().toString(Qt::ISODate))},
        {QStringLiteral("contact_id"), m_requestor->currentData().toLongLong() > 0 ? m_requestor->currentData() : QVariant()},
    };
    if (m_product->recordId() > 0)
        fields.insert(QStringLiteral("product_id"), m_product->recordId());
    ServiceStore store(m_ctx.db());
    if (m_ticketId > 0) {
        fields.remove(QStringLiteral("customer_id"));
        fields.insert(QStringLiteral("product_id"), m_product->recordId() > 0 ? QVariant(m_product->recordId()) : QVariant());
        if (Status s = store.updateTicket(m_ticketId, fields); !s) {
            m_error->setText(s.error());
            m_error->show();
            m_subject->setFocus();
            return;
        }
        m_ctx.notifyChanged(QStringLiteral("ticket"));
        emit saved(m_ticketId);
        QDialog::accept();
        return;
    }
    auto id = store.createTicket(fields, m_ctx.session().user);
    if (!id) {
        // Stay open with what was typed: nothing is lost when the write fails.
        m_error->setText(id.error());
        m_error->show();
        m_ctx.reportError(id.error());
        return;
    }
    m_ctx.notifyChanged(QStringLiteral("ticket"));
    emit created(id.value());
    QDialog::accept();
}

} // namespace sb
