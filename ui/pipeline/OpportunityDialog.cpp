#include "OpportunityDialog.h"

#include "models/domain/Validation.h"
#include "models/domain/Vocabulary.h"
#include "models/store/CustomerStore.h"
#include "models/store/PipelineStore.h"
#include "ui/common/AppContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>

namespace sb {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
// The date edit's lowest date stands for "no expected close yet".
const QDate kNoDate(1900, 1, 1);

QTreeWidget *makeList(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->header()->setStretchLastSection(true);
    return list;
}
} // namespace

OpportunityDialog::OpportunityDialog(AppContext &ctx, qint64 opportunityId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_id(opportunityId)
    , m_title(new QLineEdit(this))
    , m_customer(new QLabel(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_close(new QDateEdit(this))
    , m_probability(new QSpinBox(this))
    , m_stage(new QComboBox(this))
    , m_lostReason(new QLineEdit(this))
    , m_owner(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_quotes(makeList({tr("Quote"), tr("State"), tr("Total")}, this))
    , m_activities(makeList({tr("Date"), tr("Kind"), tr("Subject")}, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("opportunityDialog"));
    setWindowTitle(tr("Opportunity"));
    m_title->setObjectName(QStringLiteral("opportunityTitle"));
    m_amount->setObjectName(QStringLiteral("opportunityAmount"));
    m_description->setObjectName(QStringLiteral("opportunityDescription"));
    m_error->setObjectName(QStringLiteral("opportunityError"));

    m_customer->setTextFormat(Qt::RichText);
    m_customer->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_customer->setToolTip(tr("Open the customer file"));
    connect(m_customer, &QLabel::linkActivated, this, [this] { openElsewhere(QStringLiteral("customer"), m_customerId); });
    // Any typed figure is taken and then checked on Save: a range would quietly turn a
    // mistyped ¥100,000,000,000 into the maximum instead of saying it is a typo.
    m_amount->setRange(-1e13, 1e13);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("HKD"),
                          QStringLiteral("JPY")});
    // The same for the probability: 150 % is refused with a reason, not clamped to 100.
    m_probability->setRange(-999, 999);
    m_probability->setSuffix(QStringLiteral(" %"));
    m_close->setCalendarPopup(true);
    m_close->setMinimumDate(kNoDate);
    m_close->setSpecialValueText(tr("Not set"));
    for (const QString &stage : vocab::stages())
        m_stage->addItem(vocab::stageLabel(stage), stage);
    connect(m_stage, qOverload<int>(&QComboBox::currentIndexChanged), this, &OpportunityDialog::stageChanged);
    m_lostReason->setPlaceholderText(tr("Why the deal was lost"));
    m_owner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the customer needs, who decides, what competes"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_error->hide();

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto *form = new QFormLayout;
    m_form = form;
    // A refusal is said right under the field it is about (one hidden line per checked field).
    auto checkedRow = [this, form](const QString &label, QWidget *field, QLayout *fieldLayout) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        if (fieldLayout)
            form->addRow(caption, fieldLayout);
        else
            form->addRow(caption, field);
        auto *message = new QLabel(this);
        message->setWordWrap(true);
        message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
        form->addRow(QString(), message);
        form->setRowVisible(message, false);
        m_fieldErrors.insert(field, message);
    };
    checkedRow(tr("&Title:"), m_title, nullptr);
    form->addRow(tr("Customer:"), m_customer);
    checkedRow(tr("&Amount:"), m_amount, amountRow);
    checkedRow(tr("Expected &close:"), m_close, nullptr);
    checkedRow(tr("&Probability:"), m_probability, nullptr);
    form->addRow(tr("&Stage:"), m_stage);
    checkedRow(tr("&Lost because:"), m_lostReason, nullptr);
    // Once the field is changed, what was said about its old value no longer applies.
    auto clears = [this](QWidget *field) {
        return [this, field] { m_form->setRowVisible(m_fieldErrors.value(field), false); };
    };
    connect(m_title, &QLineEdit::textEdited, this, clears(m_title));
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, clears(m_amount));
    connect(m_close, &QDateEdit::dateChanged, this, clears(m_close));
    connect(m_probability, &QSpinBox::valueChanged, this, clears(m_probability));
    connect(m_lostReason, &QLineEdit::textEdited, this, clears(m_lostReason));
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("D&escription:"), m_description);

    auto *lists = new QVBoxLayout;
    lists->addWidget(new QLabel(tr("Quotes (double-click to open)"), this));
    lists->addWidget(m_quotes, 1);
    lists->addWidget(new QLabel(tr("Activities"), this));
    lists->addWidget(m_activities, 1);
    connect(m_quotes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        openElsewhere(QStringLiteral("quote"), item->data(0, kIdRole).toLongLong());
    });

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addSpacing(8);
    columns->addLayout(lists, 2);

    m_delete->setObjectName(QStringLiteral("deleteOpportunity"));
    m_delete->setAutoDefault(false);
    m_delete->setToolTip(tr("Delete the opportunity (Delete); undone from Pending changes until it is sent"));
    m_buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    saveButton()->setToolTip(tr("Save (Ctrl+S)"));
    saveButton()->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpportunityDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &OpportunityDialog::deleteRecord);
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &OpportunityDialog::accept);
    // In a text field Delete edits the text (the field takes the key first); elsewhere it deletes.
    auto *remove = new QShortcut(QKeySequence::Delete, this);
    connect(remove, &QShortcut::activated, this, &OpportunityDialog::deleteRecord);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(860, 520);
    load();
}

QPushButton *OpportunityDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void OpportunityDialog::load()
{
    PipelineStore store(m_ctx.db());
    auto r = store.record(m_id);
    if (!r) {
        showProblem(r.error(), nullptr);
        saveButton()->setEnabled(false);
        m_delete->setEnabled(false);
        return;
    }
    const QVariantMap &o = r.value();
    const QString title = o.value(QStringLiteral("title")).toString();
    setWindowTitle(tr("Opportunity: %1").arg(title));
    m_title->setText(title);
    m_customerId = o.value(QStringLiteral("customer_id")).toLongLong();
    auto name = CustomerStore(m_ctx.db()).name(m_customerId);
    const QString customer = name && name.value() ? *name.value() : tr("Unknown customer");
    m_customer->setText(QStringLiteral("<a href=\"customer\">%1</a>").arg(customer.toHtmlEscaped()));
    m_amount->setValue(double(o.value(QStringLiteral("amount_cents")).toLongLong()) / 100.0);
    QString currency = o.value(QStringLiteral("currency")).toString();
    if (currency.isEmpty())
        currency = QStringLiteral("CNY");
    if (m_currency->findText(currency) < 0)
        m_currency->addItem(currency);
    m_currency->setCurrentText(currency);
    const QDate close = QDate::fromString(o.value(QStringLiteral("expected_close")).toString().left(10), Qt::ISODate);
    m_close->setDate(close.isValid() ? close : kNoDate);
    m_loadedClose = m_close->date();
    m_loadedProbability = o.value(QStringLiteral("probability")).toInt();
    m_autoProbability = m_loadedProbability;
    m_probability->setValue(m_loadedProbability);
    m_loadedStage = o.value(QStringLiteral("stage")).toString();
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(m_loadedStage)));
    m_lostReason->setText(o.value(QStringLiteral("lost_reason")).toString());
    const QString owner = o.value(QStringLiteral("owner")).toString();
    m_owner->setText(owner.isEmpty() ? tr("Nobody") : owner);
    m_description->setPlainText(o.value(QStringLiteral("description")).toString());
    stageChanged();
    loadLists();
}

void OpportunityDialog::loadLists()
{
    PipelineStore store(m_ctx.db());
    m_quotes->clear();
    if (auto quotes = store.quotes(m_id)) {
        for (const OpportunityQuote &q : quotes.value()) {
            auto *item = new QTreeWidgetItem(m_quotes, {q.number.isEmpty() ? tr("(not numbered yet)") : q.number,
                                                        vocab::quoteStateLabel(q.state),
                                                        formatMoney(q.totalCents, q.currency.isEmpty() ? QStringLiteral("CNY") : q.currency)});
            item->setData(0, kIdRole, q.id);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
    } else {
        m_ctx.reportError(quotes.error());
    }
    m_activities->clear();
    if (auto activities = store.activities(m_id)) {
        for (const OpportunityActivity &a : activities.value())
            new QTreeWidgetItem(m_activities, {formatDate(a.at), a.kind == QLatin1String("stage") ? tr("Stage change")
                                                                                                 : vocab::activityKindLabel(a.kind),
                                               a.subject});
    } else {
        m_ctx.reportError(activities.error());
    }
    for (QTreeWidget *list : {m_quotes, m_activities}) {
        list->resizeColumnToContents(0);
        list->resizeColumnToContents(1);
    }
}

void OpportunityDialog::stageChanged()
{
    const QString stage = m_stage->currentData().toString();
    const bool lost = stage == QLatin1String("lost");
    m_form->setRowVisible(m_lostReason, lost);
    if (!lost)
        m_form->setRowVisible(m_fieldErrors.value(m_lostReason), false);
    // An untouched probability follows the stage, as a move on the board sets it; a typed one stays.
    if (m_probability->value() == m_autoProbability) {
        m_autoProbability = stage == m_loadedStage ? m_loadedProbability : vocab::defaultProbability(stage);
        m_probability->setValue(m_autoProbability);
    }
}

QVariantMap OpportunityDialog::changes() const
{
    QVariantMap f{{QStringLiteral("title"), m_title->text().trimmed()},
                  {QStringLiteral("amount_cents"), qint64(std::llround(m_amount->value() * 100.0))},
                  {QStringLiteral("currency"), m_currency->currentText()},
                  {QStringLiteral("probability"), m_probability->value()},
                  {QStringLiteral("stage"), m_stage->currentData().toString()},
                  {QStringLiteral("description"), m_description->toPlainText().trimmed().isEmpty()
                                                      ? QVariant()
                                                      : QVariant(m_description->toPlainText())}};
    if (m_stage->currentData().toString() == QLatin1String("lost"))
        f.insert(QStringLiteral("lost_reason"), m_lostReason->text().trimmed());
    // Only a changed date is written: a stored date with a time of day reads back as its day.
    if (m_close->date() != m_loadedClose)
        f.insert(QStringLiteral("expected_close"),
                 m_close->date() == kNoDate ? QVariant() : QVariant(m_close->date().toString(Qt::ISODate)));
    return f;
}

QString OpportunityDialog::problem(QWidget **field) const
{
    // The rules the store applies (validation::), checked here to point at the field.
    const bool lost = m_stage->currentData().toString() == QLatin1String("lost");
    const QList<std::pair<QWidget *, QString>> checks = {
        {m_title, validation::required(m_title->text(), tr("The title"))},
        {m_amount, validation::moneyUnits(m_amount->value(), tr("The amount"), m_currency->currentText())},
        // A date already stored (a deal won long ago) is not the person's typo: only a changed one is checked.
        {m_close, m_close->date() == kNoDate || m_close->date() == m_loadedClose
                      ? QString()
                      : validation::closeDate(m_close->date().toString(Qt::ISODate))},
        {m_probability, validation::probability(m_probability->value())},
        {m_lostReason, lost && m_lostReason->text().trimmed().isEmpty() ? tr("Say why the deal was lost.") : QString()},
    };
    for (const auto &[widget, message] : checks) {
        if (!message.isEmpty()) {
            *field = widget;
            return message;
        }
    }
    return QString();
}

QLabel *OpportunityDialog::fieldError(QWidget *field) const
{
    return m_fieldErrors.value(field);
}

void OpportunityDialog::showProblem(const QString &message, QWidget *field)
{
    for (QLabel *l : std::as_const(m_fieldErrors))
        m_form->setRowVisible(l, false);
    QLabel *label = m_fieldErrors.value(field, m_error);
    label->setText(message);
    m_error->setVisible(label == m_error);
    if (label != m_error)
        m_form->setRowVisible(label, true);
    if (!field)
        return;
    field->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->selectAll();
}

void OpportunityDialog::accept()
{
    if (!saveButton()->isEnabled())
        return;
    m_amount->interpretText();
    m_probability->interpretText();
    QWidget *field = nullptr;
    if (const QString error = problem(&field); !error.isEmpty()) {
        showProblem(error, field);
        return;
    }
    if (Status s = PipelineStore(m_ctx.db()).save(m_id, changes(), m_ctx.session().user); !s) {
        showProblem(s.error(), nullptr);
        return;
    }
    m_ctx.notifyChanged(QStringLiteral("opportunity"));
    m_ctx.reportInfo(tr("The opportunity was saved."));
    QDialog::accept();
}

bool OpportunityDialog::confirmDelete(AppContext &ctx, qint64 opportunityId, QWidget *parent)
{
    PipelineStore store(ctx.db());
    auto deal = store.brief(opportunityId);
    if (!deal) {
        ctx.reportError(deal.error());
        return false;
    }
    auto quotes = store.quotes(opportunityId);
    const int quoteCount = quotes ? int(quotes.value().size()) : 0;
    QString text = tr("Delete the opportunity \"%1\"? The deletion is sent with the next sync; until then it can be "
                      "undone in Pending changes.")
                       .arg(deal.value().title);
    if (quoteCount > 0)
        text += QLatin1Char(' ') + tr("Its %n quote(s) stay with the customer.", nullptr, quoteCount);
    QMessageBox box(QMessageBox::Question, tr("Delete opportunity"), text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    if (box.exec() != QMessageBox::Yes)
        return false;
    if (Status s = store.remove(opportunityId); !s) {
        ctx.reportError(s.error());
        return false;
    }
    ctx.notifyChanged(QStringLiteral("opportunity"));
    ctx.reportInfo(tr("The opportunity was deleted; the deletion goes with the next sync."));
    return true;
}

void OpportunityDialog::deleteRecord()
{
    if (!m_delete->isEnabled() || !confirmDelete(m_ctx, m_id, this))
        return;
    m_deleted = true;
    QDialog::accept();
}

void OpportunityDialog::openElsewhere(const QString &entity, qint64 id)
{
    if (id <= 0)
        return;
    // The dialog is modal: it closes (unsaved edits are dropped, as with Cancel) so the record
    // opened behind it can be used.
    reject();
    m_ctx.requestOpen(entity, id);
}

} // namespace sb
