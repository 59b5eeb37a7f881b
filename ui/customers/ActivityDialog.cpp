#include "ActivityDialog.h"

#include "ActivityForm.h"

#include "models/domain/Vocabulary.h"
#include "models/store/ActivityStore.h"
#include "ui/common/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sb {

ActivityDialog::ActivityDialog(AppContext &ctx, qint64 customerId, qint64 activityId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_customerId(customerId)
    , m_activityId(activityId)
    , m_kind(new QComboBox(this))
    , m_when(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_contact(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_outcome(new QPlainTextEdit(this))
    , m_nextStep(new QLineEdit(this))
    , m_hasDue(new QCheckBox(tr("D&ue"), this))
    , m_due(new QDateEdit(QDate::currentDate().addDays(7), this))
    , m_opportunity(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(activityId ? tr("Edit activity") : tr("Log an activity"));
    for (const QString &k : vocab::activityKinds())
        m_kind->addItem(vocab::activityKindLabel(k), k);
    m_kind->setObjectName(QStringLiteral("activityKind"));
    m_when->setObjectName(QStringLiteral("activityWhen"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_contact->setObjectName(QStringLiteral("activityContact"));
    m_subject->setObjectName(QStringLiteral("activitySubjectEdit"));
    m_subject->setPlaceholderText(tr("What it was about"));
    m_notes->setObjectName(QStringLiteral("activityNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was said, who was there…"));
    m_notes->setFixedHeight(90);
    m_outcome->setObjectName(QStringLiteral("activityOutcome"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setPlaceholderText(tr("What came of it"));
    m_outcome->setFixedHeight(54);
    m_nextStep->setObjectName(QStringLiteral("activityNextStep"));
    m_nextStep->setPlaceholderText(tr("e.g. send the revised quote"));
    m_hasDue->setObjectName(QStringLiteral("activityHasDue"));
    m_due->setObjectName(QStringLiteral("activityDue"));
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_opportunity->setObjectName(QStringLiteral("activityOpportunity"));
    m_error->setObjectName(QStringLiteral("activityError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_error->hide();

    // A refusal is about what was there when Save was pressed: it goes once the form changes.
    auto hideError = [this] { m_error->hide(); };
    for (QLineEdit *e : {m_subject, m_nextStep})
        connect(e, &QLineEdit::textChanged, this, hideError);
    for (QComboBox *b : {m_kind, m_contact, m_opportunity})
        connect(b, &QComboBox::currentIndexChanged, this, hideError);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, hideError);
    connect(m_due, &QDateEdit::dateChanged, this, hideError);
    connect(m_hasDue, &QCheckBox::toggled, this, hideError);

    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("Ne&xt step:"), m_nextStep);
    form->addRow(QString(), dueRow);
    form->addRow(tr("O&pportunity:"), m_opportunity);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    load();
}

void ActivityDialog::preset(const QString &kind, const QString &subject)
{
    if (const int i = m_kind->findData(kind); i >= 0)
        m_kind->setCurrentIndex(i);
    m_subject->setText(subject);
}

void ActivityDialog::fillChoices(qint64 contactId, qint64 opportunityId)
{
    ActivityStore store(m_ctx.db());
    activityform::fillChoices(m_contact, store.contactChoices(m_customerId, contactId), contactId, m_ctx);
    activityform::fillChoices(m_opportunity, store.opportunityChoices(m_customerId, opportunityId), opportunityId, m_ctx);
}

void ActivityDialog::load()
{
    if (!m_activityId) {
        fillChoices(0, 0);
        return;
    }
    auto r = ActivityStore(m_ctx.db()).get(m_activityId);
    if (!r) {
        fillChoices(0, 0);
        m_error->setText(r.error());
        m_error->show();
        return;
    }
    const QVariantMap &a = r.value();
    fillChoices(a.value(QStringLiteral("contact_id")).toLongLong(), a.value(QStringLiteral("opportunity_id")).toLongLong());
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(a.value(QStringLiteral("kind")).toString())));
    m_loadedAtText = a.value(QStringLiteral("starts_at")).toString();
    m_loadedAt = QDateTime::fromString(m_loadedAtText, Qt::ISODate).toLocalTime();
    if (m_loadedAt.isValid())
        m_when->setDateTime(m_loadedAt);
    m_subject->setText(a.value(QStringLiteral("subject")).toString());
    m_notes->setPlainText(a.value(QStringLiteral("body")).toString());
    m_outcome->setPlainText(a.value(QStringLiteral("outcome")).toString());
    m_nextStep->setText(a.value(QStringLiteral("next_step")).toString());
    const QDate due = QDate::fromString(a.value(QStringLiteral("next_step_at")).toString().left(10), Qt::ISODate);
    m_hasDue->setChecked(due.isValid());
    if (due.isValid())
        m_due->setDate(due);
}

QVariantMap ActivityDialog::fields() const
{
    auto text = [](const QString &s) { return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed()); };
    const auto id = activityform::chosenId;
    // The form shows minutes: an unchanged minute keeps the stored time to the second.
    const QDateTime when = m_when->dateTime();
    const auto minute = [](const QDateTime &t) { return t.toSecsSinceEpoch() / 60; };
    const QString startsAt = m_loadedAt.isValid() && minute(when) == minute(m_loadedAt)
                                 ? m_loadedAtText
                                 : when.toUTC().toString(Qt::ISODate);
    QVariantMap f{{QStringLiteral("kind"), m_kind->currentData()},
                  {QStringLiteral("starts_at"), startsAt},
                  {QStringLiteral("contact_id"), id(m_contact)},
                  {QStringLiteral("subject"), m_subject->text().trimmed()},
                  {QStringLiteral("body"), text(m_notes->toPlainText())},
                  {QStringLiteral("outcome"), text(m_outcome->toPlainText())},
                  {QStringLiteral("next_step"), text(m_nextStep->text())},
                  {QStringLiteral("next_step_at"), m_hasDue->isChecked() ? QVariant(m_due->date().toString(Qt::ISODate)) : QVariant()},
                  {QStringLiteral("opportunity_id"), id(m_opportunity)},
                  // A report of something that took place is done; one dated ahead is planned.
                  {QStringLiteral("status"), when > QDateTime::currentDateTime() ? QStringLiteral("planned") : QStringLiteral("done")}};
    return f;
}

void ActivityDialog::refuse(const QString &field, const QString &message)
{
    m_error->setText(message);
    m_error->show();
    QWidget *at = field == QLatin1String("kind")             ? static_cast<QWidget *>(m_kind)
                  : field == QLatin1String("starts_at")      ? static_cast<QWidget *>(m_when)
                  : field == QLatin1String("contact_id")     ? static_cast<QWidget *>(m_contact)
                  : field == QLatin1String("next_step")      ? static_cast<QWidget *>(m_nextStep)
                  : field == QLatin1String("next_step_at")   ? static_cast<QWidget *>(m_due)
                  : field == QLatin1String("opportunity_id") ? static_cast<QWidget *>(m_opportunity)
                                                             : static_cast<QWidget *>(m_subject);
    at->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(at))
        edit->selectAll();
}

void ActivityDialog::accept()
{
    QVariantMap values = fields();
    if (const FieldProblem p = ActivityStore::check(values); !p.isEmpty()) {
        refuse(p.field, p.message);
        return;
    }
    ActivityStore store(m_ctx.db());
    Status s = Status::ok();
    if (m_activityId) {
        s = store.update(m_activityId, values);
    } else {
        values.insert(QStringLiteral("owner"), m_ctx.session().user);
        auto id = store.create(m_customerId, values);
        s = Status::from(id);
        if (id)
            m_activityId = id.value();
    }
    if (!s) {
        refuse(QString(), s.error());
        return;
    }
    m_ctx.notifyChanged(QStringLiteral("activity"));
    QDialog::accept();
}

} // namespace sb
