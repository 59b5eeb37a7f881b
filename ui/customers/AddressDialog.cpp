#include "AddressDialog.h"

#include "models/domain/Vocabulary.h"
#include "models/store/AddressStore.h"
#include "ui/common/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sb {

AddressDialog::AddressDialog(AppContext &ctx, qint64 customerId, qint64 addressId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_customerId(customerId)
    , m_addressId(addressId)
    , m_kind(new QComboBox(this))
    , m_street(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_province(new QLineEdit(this))
    , m_postalCode(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_default(new QCheckBox(tr("De&fault address of its kind"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addressDialog"));
    setWindowTitle(addressId ? tr("Edit address") : tr("New address"));
    for (const QString &k : vocab::addressKinds())
        m_kind->addItem(vocab::addressKindLabel(k), k);
    m_kind->setObjectName(QStringLiteral("addressKind"));
    m_street->setObjectName(QStringLiteral("addressStreet"));
    m_city->setObjectName(QStringLiteral("addressCity"));
    m_postalCode->setObjectName(QStringLiteral("addressPostalCode"));
    m_default->setObjectName(QStringLiteral("addressDefault"));
    m_default->setToolTip(tr("Orders and invoices take the default address of the kind they need; marking this one "
                             "clears the mark on the customer's other addresses of the same kind."));
    m_country->setPlaceholderText(tr("e.g. CN"));
    m_error->setObjectName(QStringLiteral("addressError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_error->hide();

    // A refusal is about what was there when Save was pressed: it goes once the form changes.
    for (QLineEdit *e : {m_street, m_city})
        connect(e, &QLineEdit::textChanged, m_error, &QWidget::hide);
    connect(m_kind, &QComboBox::currentIndexChanged, m_error, &QWidget::hide);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Street:"), m_street);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("&Province:"), m_province);
    form->addRow(tr("Postal &code:"), m_postalCode);
    form->addRow(tr("Co&untry:"), m_country);
    form->addRow(QString(), m_default);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddressDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    load();
}

void AddressDialog::load()
{
    if (!m_addressId)
        return;
    auto r = AddressStore(m_ctx.db()).get(m_addressId);
    if (!r) {
        m_error->setText(r.error());
        m_error->show();
        return;
    }
    const QVariantMap &a = r.value();
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(a.value(QStringLiteral("kind")).toString())));
    m_street->setText(a.value(QStringLiteral("street")).toString());
    m_city->setText(a.value(QStringLiteral("city")).toString());
    m_province->setText(a.value(QStringLiteral("province")).toString());
    m_postalCode->setText(a.value(QStringLiteral("postal_code")).toString());
    m_country->setText(a.value(QStringLiteral("country")).toString());
    m_default->setChecked(a.value(QStringLiteral("is_default")).toInt() != 0);
}

QVariantMap AddressDialog::fields() const
{
    auto text = [](QLineEdit *e) { return e->text().trimmed().isEmpty() ? QVariant() : QVariant(e->text().trimmed()); };
    return {{QStringLiteral("kind"), m_kind->currentData()},
            {QStringLiteral("street"), text(m_street)},
            {QStringLiteral("city"), text(m_city)},
            {QStringLiteral("province"), text(m_province)},
            {QStringLiteral("postal_code"), text(m_postalCode)},
            {QStringLiteral("country"), text(m_country)},
            {QStringLiteral("is_default"), m_default->isChecked() ? 1 : 0}};
}

void AddressDialog::refuse(const QString &field, const QString &message)
{
    m_error->setText(message);
    m_error->show();
    QWidget *at = field == QLatin1String("kind") ? static_cast<QWidget *>(m_kind)
                  : field == QLatin1String("city") ? static_cast<QWidget *>(m_city)
                                                   : static_cast<QWidget *>(m_street);
    at->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(at))
        edit->selectAll();
}

void AddressDialog::accept()
{
    const QVariantMap values = fields();
    // The store's own rule, asked first so the focus goes to the field it is about.
    if (const FieldProblem p = AddressStore::check(values); !p.isEmpty()) {
        refuse(p.field, p.message);
        return;
    }
    AddressStore store(m_ctx.db());
    Status s = Status::ok();
    if (m_addressId) {
        s = store.update(m_addressId, values);
    } else {
        auto id = store.create(m_customerId, values);
        s = Status::from(id);
        if (id)
            m_addressId = id.value();
    }
    if (!s) {
        refuse(QString(), s.error());
        return;
    }
    m_ctx.notifyChanged(QStringLiteral("address"));
    QDialog::accept();
}

} // namespace sb
