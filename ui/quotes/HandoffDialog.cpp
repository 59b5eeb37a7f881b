#include "HandoffDialog.h"

#include "models/domain/Vocabulary.h"
#include "ui/common/AppContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sb {

namespace {

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    l->hide();
    return l;
}

// A field with its refusal under it, as one form row.
QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget(field->parentWidget());
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(error);
    return box;
}

} // namespace

HandoffDialog::HandoffDialog(AppContext &ctx, qint64 quoteId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_quoteId(quoteId)
    , m_pages(new QStackedWidget(this))
    , m_po(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_shipTo(new QComboBox(this))
    , m_invoiceTo(new QComboBox(this))
    , m_terms(new QComboBox(this))
    , m_error(errorLabel(this, QStringLiteral("handoffError")))
    , m_review(new QLabel(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_next(new QPushButton(tr("&Next >"), this))
    , m_send(new QPushButton(tr("&Send to ERP"), this))
{
    setObjectName(QStringLiteral("handoffDialog"));
    auto choices = OrderHandoffStore(ctx.db()).choices(quoteId);
    if (choices)
        m_choices = choices.value();
    setWindowTitle(tr("Create order from quote %1").arg(m_choices.quoteNumber));

    m_po->setObjectName(QStringLiteral("handoffPo"));
    m_po->setPlaceholderText(tr("As printed on the customer's purchase order"));
    m_po->setMaxLength(60);
    m_date->setObjectName(QStringLiteral("handoffDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                                 ? QLocale().dateFormat(QLocale::ShortFormat)
                                 : QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(m_choices.proposed.requestedDate.isValid() ? m_choices.proposed.requestedDate : QDate::currentDate());
    m_shipTo->setObjectName(QStringLiteral("handoffShipTo"));
    m_invoiceTo->setObjectName(QStringLiteral("handoffInvoiceTo"));
    for (QComboBox *box : {m_shipTo, m_invoiceTo}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumContentsLength(40);
    }
    fillAddresses(m_shipTo, QStringLiteral("shipping"), m_choices.proposed.shipToAddressId);
    fillAddresses(m_invoiceTo, QStringLiteral("billing"), m_choices.proposed.invoiceAddressId);
    m_terms->setObjectName(QStringLiteral("handoffTerms"));
    m_terms->setEditable(true);
    m_terms->addItems(m_choices.paymentTerms);
    m_terms->setCurrentText(m_choices.proposed.paymentTerms);
    m_terms->lineEdit()->setPlaceholderText(tr("The customer's terms in the ERP"));

    for (const char *field : {"customer_po", "requested_date", "ship_to", "invoice_to", "payment_terms"})
        m_errors.insert(QString::fromLatin1(field), errorLabel(this, QStringLiteral("handoffError_") + QString::fromLatin1(field)));

    auto *details = new QWidget(this);
    auto *form = new QFormLayout(details);
    auto *customer = new QLabel(QStringLiteral("<b>%1</b> &nbsp; %2")
                                    .arg(m_choices.customerName.toHtmlEscaped(),
                                         formatMoney(m_choices.totalCents, m_choices.currency).toHtmlEscaped()),
                                details);
    form->addRow(tr("Customer:"), customer);
    form->addRow(tr("Customer &PO number:"), withError(m_po, m_errors.value(QStringLiteral("customer_po"))));
    form->addRow(tr("&Requested delivery:"), withError(m_date, m_errors.value(QStringLiteral("requested_date"))));
    form->addRow(tr("S&hip to:"), withError(m_shipTo, m_errors.value(QStringLiteral("ship_to"))));
    form->addRow(tr("&Invoice to:"), withError(m_invoiceTo, m_errors.value(QStringLiteral("invoice_to"))));
    form->addRow(tr("Payment &terms:"), withError(m_terms, m_errors.value(QStringLiteral("payment_terms"))));

    m_review->setObjectName(QStringLiteral("handoffReview"));
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::RichText);
    m_review->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pages->addWidget(details);
    m_pages->addWidget(m_review);

    // A wizard's order on every platform: Back, Next (or Send), Cancel.
    auto *cancel = new QPushButton(tr("Cancel"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_send);
    buttons->addWidget(cancel);
    m_send->setObjectName(QStringLiteral("handoffSend"));
    m_next->setObjectName(QStringLiteral("handoffNext"));
    connect(m_back, &QPushButton::clicked, this, &HandoffDialog::showDetails);
    connect(m_next, &QPushButton::clicked, this, &HandoffDialog::showReview);
    connect(m_send, &QPushButton::clicked, this, &HandoffDialog::send);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The ERP makes the sales order from the approved quote and these details. It is sent with "
                                "the next sync, once."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    if (!choices) {
        m_error->setText(choices.error());
        m_error->show();
        m_next->setEnabled(false);
    }
    setMinimumWidth(680);
    showDetails();
}

bool HandoffDialog::onReviewPage() const
{
    return m_pages->currentIndex() == 1;
}

QString HandoffDialog::fieldError(const QString &field) const
{
    QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void HandoffDialog::fillAddresses(QComboBox *box, const QString &preferredKind, qint64 proposed)
{
    // The kind the field wants first (delivery addresses for the goods), defaults first within it.
    QList<HandoffAddress> sorted;
    for (const HandoffAddress &a : std::as_const(m_choices.addresses))
        if (a.kind == preferredKind)
            sorted << a;
    for (const HandoffAddress &a : std::as_const(m_choices.addresses))
        if (a.kind != preferredKind)
            sorted << a;
    if (sorted.isEmpty())
        box->setPlaceholderText(tr("The customer has no address: add one in the customer file"));
    for (const HandoffAddress &a : std::as_const(sorted))
        box->addItem(addressText(a.id), a.id);
    box->setCurrentIndex(box->findData(proposed));
}

QString HandoffDialog::addressText(qint64 id) const
{
    for (const HandoffAddress &a : m_choices.addresses) {
        if (a.id != id)
            continue;
        QString text = tr("%1: %2").arg(vocab::addressKindLabel(a.kind), a.oneLine.isEmpty() ? tr("(no street or city)") : a.oneLine);
        if (a.isDefault)
            text += tr(" (default)");
        if (!a.synced)
            text += tr(" (not in the ERP yet)");
        return text;
    }
    return QString();
}

OrderHandoff HandoffDialog::handoff() const
{
    OrderHandoff h;
    h.customerPo = m_po->text().trimmed();
    h.requestedDate = m_date->date();
    h.shipToAddressId = m_shipTo->currentData().toLongLong();
    h.invoiceAddressId = m_invoiceTo->currentData().toLongLong();
    h.paymentTerms = m_terms->currentText().trimmed();
    return h;
}

void HandoffDialog::showRefusals(const QList<QPair<QString, QString>> &refusals)
{
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    QWidget *first = nullptr;
    for (const auto &r : refusals) {
        if (QLabel *l = m_errors.value(r.first)) {
            l->setText(r.second);
            l->show();
        }
        if (!first)
            first = r.first == QLatin1String("customer_po")      ? static_cast<QWidget *>(m_po)
                    : r.first == QLatin1String("requested_date") ? static_cast<QWidget *>(m_date)
                    : r.first == QLatin1String("ship_to")        ? static_cast<QWidget *>(m_shipTo)
                    : r.first == QLatin1String("invoice_to")     ? static_cast<QWidget *>(m_invoiceTo)
                                                                 : static_cast<QWidget *>(m_terms);
    }
    if (first)
        first->setFocus();
    fitContents(); // a refusal under a field makes room for itself
}

void HandoffDialog::fitContents()
{
    if (layout())
        layout()->activate();
    adjustSize();
}

void HandoffDialog::showDetails()
{
    m_pages->setCurrentIndex(0);
    m_back->setEnabled(false);
    m_next->setVisible(true);
    m_next->setDefault(true);
    m_send->setVisible(false);
    m_po->setFocus();
}

bool HandoffDialog::showReview()
{
    const OrderHandoff h = handoff();
    const auto refused = OrderHandoffStore(m_ctx.db()).refusals(m_choices.customerId, h, QDate::currentDate());
    showRefusals(refused);
    if (!refused.isEmpty())
        return false;
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px; color:#555'>%1</td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    };
    QString html = QStringLiteral("<p>%1</p><table>").arg(tr("One order goes to the ERP with the next sync:").toHtmlEscaped());
    html += row(tr("Quote"), m_choices.quoteNumber);
    html += row(tr("Customer"), m_choices.customerName);
    html += row(tr("Lines"), m_choices.linesSummary);
    html += row(tr("Total"), formatMoney(m_choices.totalCents, m_choices.currency));
    html += row(tr("Customer PO"), h.customerPo.isEmpty() ? tr("(none)") : h.customerPo);
    html += row(tr("Requested delivery"), QLocale().toString(h.requestedDate, QLocale::LongFormat));
    html += row(tr("Ship to"), addressText(h.shipToAddressId));
    html += row(tr("Invoice to"), addressText(h.invoiceAddressId));
    html += row(tr("Payment terms"), h.paymentTerms.isEmpty() ? tr("the customer's terms in the ERP") : h.paymentTerms);
    html += QStringLiteral("</table>");
    for (const HandoffAddress &a : std::as_const(m_choices.addresses))
        if (!a.synced && (a.id == h.shipToAddressId || a.id == h.invoiceAddressId)) {
            html += QStringLiteral("<p>%1</p>").arg(tr("An address is not in the ERP yet: it goes first, and the order "
                                                       "follows it in the same sync.").toHtmlEscaped());
            break;
        }
    m_review->setText(html);
    m_pages->setCurrentIndex(1);
    m_back->setEnabled(true);
    m_next->setVisible(false);
    m_send->setVisible(true);
    m_send->setDefault(true);
    m_send->setFocus();
    fitContents();
    return true;
}

bool HandoffDialog::send()
{
    if (!onReviewPage() && !showReview())
        return false;
    auto r = OrderHandoffStore(m_ctx.db()).requestOrder(m_quoteId, m_ctx.session().user, handoff());
    if (!r) {
        m_error->setText(r.error());
        m_error->show();
        return false;
    }
    m_entry = r.value();
    accept();
    return true;
}

} // namespace sb
