#include "ScheduleDialog.h"

#include "models/domain/Vocabulary.h"
#include "models/store/ActivityStore.h"
#include "ui/common/AppContext.h"
#include "ui/quotes/CustomerPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sb {

namespace {
const QStringList kKinds = {QStringLiteral("meeting"), QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("task")};
const int kDurations[] = {15, 30, 45, 60, 90, 120, 180, 240, 480};

QString durationLabel(int minutes)
{
    if (minutes < 60)
        return ScheduleDialog::tr("%n min", nullptr, minutes);
    if (minutes % 60 == 0)
        return ScheduleDialog::tr("%n h", nullptr, minutes / 60);
    return ScheduleDialog::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString reminderLabel(int minutes)
{
    if (minutes < 0)
        return ScheduleDialog::tr("No reminder");
    if (minutes == 0)
        return ScheduleDialog::tr("When it starts");
    // The choices offered, said in full (no plural forms to wait for).
    switch (minutes) {
    case 5: return ScheduleDialog::tr("5 minutes before");
    case 15: return ScheduleDialog::tr("15 minutes before");
    case 30: return ScheduleDialog::tr("30 minutes before");
    case 60: return ScheduleDialog::tr("1 hour before");
    case 1440: return ScheduleDialog::tr("1 day before");
    default: break;
    }
    if (minutes % 1440 == 0)
        return ScheduleDialog::tr("%n day(s) before", nullptr, minutes / 1440);
    if (minutes % 60 == 0)
        return ScheduleDialog::tr("%n hour(s) before", nullptr, minutes / 60);
    return ScheduleDialog::tr("%n minute(s) before", nullptr, minutes);
}

QString zoneLabel(const QString &id)
{
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        return id;
    return ScheduleDialog::tr("%1 (%2)").arg(id, zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName));
}

// "Name <a@b.cn>, c@d.com": the typed addresses, each with its name when one was given.
QList<Attendee> parseTyped(const QString &text)
{
    static const QRegularExpression named(QStringLiteral("^(.*)<([^>]*)>$"));
    QList<Attendee> out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;，；]")), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (p.isEmpty())
            continue;
        const auto m = named.match(p);
        if (m.hasMatch())
            out.append({m.captured(1).trimmed(), m.captured(2).trimmed(), 0});
        else
            out.append({QString(), p, 0});
    }
    return out;
}
} // namespace

QStringList ScheduleDialog::offeredZones()
{
    QStringList zones{QString::fromUtf8(QTimeZone::systemTimeZoneId()), QStringLiteral("Asia/Shanghai"), QStringLiteral("UTC"),
                      QStringLiteral("Asia/Hong_Kong"), QStringLiteral("Asia/Singapore"), QStringLiteral("Asia/Tokyo"),
                      QStringLiteral("Europe/Berlin"), QStringLiteral("Europe/London"), QStringLiteral("America/New_York"),
                      QStringLiteral("America/Los_Angeles")};
    zones.removeDuplicates();
    zones.removeIf([](const QString &z) { return z.isEmpty() || !QTimeZone(z.toUtf8()).isValid(); });
    return zones;
}

QList<int> ScheduleDialog::reminderChoices()
{
    return {-1, 5, 15, 30, 60, 1440};
}

ScheduleDialog::ScheduleDialog(AppContext &ctx, qint64 customerId, qint64 activityId, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_customerId(customerId)
    , m_activityId(activityId)
    , m_kind(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_durationLabel(new QLabel(tr("f&or"), this))
    , m_duration(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_localHint(new QLabel(this))
    , m_location(new QLineEdit(this))
    , m_attendees(new QListWidget(this))
    , m_otherEmails(new QLineEdit(this))
    , m_reminder(new QComboBox(this))
    , m_opportunity(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_state(new QLabel(this))
    , m_doneButton(new QPushButton(tr("Mark &done"), this))
    , m_cancelButton(new QPushButton(this))
    , m_error(activityform::makeErrorLabel(this))
{
    setObjectName(QStringLiteral("scheduleDialog"));
    buildForm();
    load();
    updateForKind();
    updateLocalHint();
}

void ScheduleDialog::buildForm()
{
    for (const QString &k : kKinds)
        m_kind->addItem(vocab::activityKindLabel(k), k);
    m_kind->setObjectName(QStringLiteral("scheduleKind"));
    m_subject->setObjectName(QStringLiteral("scheduleSubject"));
    m_subject->setPlaceholderText(tr("What it is about"));
    m_date->setObjectName(QStringLiteral("scheduleDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setDisplayFormat(clockFormat());
    m_duration->setObjectName(QStringLiteral("scheduleDuration"));
    for (int minutes : kDurations)
        m_duration->addItem(durationLabel(minutes), minutes);
    m_duration->setCurrentIndex(m_duration->findData(60));
    m_durationLabel->setBuddy(m_duration);
    m_zone->setObjectName(QStringLiteral("scheduleZone"));
    for (const QString &z : offeredZones())
        m_zone->addItem(zoneLabel(z), z);
    m_localHint->setObjectName(QStringLiteral("scheduleLocalTime"));
    m_localHint->setStyleSheet(QStringLiteral("QLabel { color: #616161; }"));
    m_location->setObjectName(QStringLiteral("scheduleLocation"));
    m_location->setPlaceholderText(tr("An address, a meeting room or a video link"));
    m_attendees->setObjectName(QStringLiteral("scheduleAttendees"));
    m_attendees->setMaximumHeight(96);
    m_otherEmails->setObjectName(QStringLiteral("scheduleOtherEmails"));
    m_otherEmails->setPlaceholderText(tr("Others: name@example.com, …"));
    m_reminder->setObjectName(QStringLiteral("scheduleReminder"));
    for (int minutes : reminderChoices())
        m_reminder->addItem(reminderLabel(minutes), minutes);
    m_reminder->setCurrentIndex(m_reminder->findData(15));
    m_opportunity->setObjectName(QStringLiteral("scheduleOpportunity"));
    m_notes->setObjectName(QStringLiteral("scheduleNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Agenda, what to bring…"));
    m_notes->setFixedHeight(64);
    m_state->setObjectName(QStringLiteral("scheduleState"));
    m_doneButton->setObjectName(QStringLiteral("scheduleDone"));
    m_doneButton->setToolTip(tr("It took place: it moves from Coming up to the timeline"));
    m_cancelButton->setObjectName(QStringLiteral("scheduleCancelItem"));

    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_date, 2);
    whenRow->addWidget(m_time, 1);
    whenRow->addWidget(m_durationLabel);
    whenRow->addWidget(m_duration, 1);
    auto *people = new QWidget(this);
    auto *peopleLayout = new QVBoxLayout(people);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addWidget(m_attendees);
    peopleLayout->addWidget(m_otherEmails);
    people->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_form = new QFormLayout;
    if (!m_customerId) {
        m_picker = new CustomerPicker(m_ctx.db(), this);
        m_picker->setObjectName(QStringLiteral("scheduleCustomer"));
        m_picker->setPlaceholderText(tr("Type a customer's name or code"));
        connect(m_picker, &CustomerPicker::customerChanged, this, [this](qint64 id) { setCustomer(id); });
        m_form->addRow(tr("C&ustomer:"), m_picker);
    }
    m_form->addRow(tr("&Type:"), m_kind);
    m_form->addRow(tr("&Subject:"), m_subject);
    m_form->addRow(tr("&When:"), whenRow);
    // A row that is a layout gets no buddy of its own: Alt+W goes to the date.
    if (auto *when = qobject_cast<QLabel *>(m_form->itemAt(m_form->rowCount() - 1, QFormLayout::LabelRole)->widget()))
        when->setBuddy(m_date);
    m_form->addRow(tr("Time &zone:"), m_zone);
    m_form->addRow(QString(), m_localHint);
    m_form->addRow(tr("&Location:"), m_location);
    m_form->addRow(tr("&Attendees:"), people);
    m_form->addRow(tr("&Reminder:"), m_reminder);
    m_form->addRow(tr("O&pportunity:"), m_opportunity);
    m_form->addRow(tr("&Notes:"), m_notes);

    m_refusal = std::make_unique<FieldRefusal>(m_form, m_error);
    m_refusal->map(QStringLiteral("customer_id"), m_picker);
    m_refusal->map(QStringLiteral("kind"), m_kind);
    m_refusal->map(QStringLiteral("subject"), m_subject);
    m_refusal->map(QStringLiteral("starts_at"), m_date);
    m_refusal->map(QStringLiteral("ends_at"), m_duration);
    m_refusal->map(QStringLiteral("time_zone"), m_zone);
    m_refusal->map(QStringLiteral("reminder_minutes"), m_reminder);
    m_refusal->map(QStringLiteral("attendees"), m_otherEmails);
    m_refusal->map(QStringLiteral("contact_id"), m_attendees);
    m_refusal->map(QStringLiteral("opportunity_id"), m_opportunity);

    // A refusal is about what was there when Save was pressed: it goes once the form changes.
    auto clear = [this] { m_refusal->clear(); };
    for (QLineEdit *e : {m_subject, m_location, m_otherEmails})
        connect(e, &QLineEdit::textChanged, this, clear);
    for (QComboBox *b : {m_kind, m_duration, m_zone, m_reminder, m_opportunity})
        connect(b, &QComboBox::currentIndexChanged, this, clear);
    connect(m_date, &QDateEdit::dateChanged, this, clear);
    connect(m_time, &QTimeEdit::timeChanged, this, clear);
    connect(m_attendees, &QListWidget::itemChanged, this, clear);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updateForKind);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updateLocalHint);
    connect(m_date, &QDateEdit::dateChanged, this, &ScheduleDialog::updateLocalHint);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleDialog::updateLocalHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->addButton(m_doneButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_doneButton, &QPushButton::clicked, this, &ScheduleDialog::markDone);
    connect(m_cancelButton, &QPushButton::clicked, this, &ScheduleDialog::cancelItem);
    // Enter in a line saves; the action buttons never take it.
    m_doneButton->setAutoDefault(false);
    m_cancelButton->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(m_form);
    layout->addStretch(1); // room a refusal took stays below the form, not inside a field
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void ScheduleDialog::preset(const QString &kind, const QDateTime &start)
{
    if (const int i = m_kind->findData(kind); i >= 0)
        m_kind->setCurrentIndex(i);
    QDateTime at = start;
    if (!at.isValid()) { // the next full hour
        const QDateTime now = QDateTime::currentDateTime();
        at = QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
    }
    // The computer's time shown in the zone chosen (the computer's by default).
    const QDateTime inZone = at.toTimeZone(QTimeZone(m_zone->currentData().toString().toUtf8()));
    m_date->setDate(inZone.date());
    m_time->setTime(inZone.time());
}

void ScheduleDialog::selectData(QComboBox *box, const QVariant &value, const QString &labelIfMissing)
{
    int i = box->findData(value);
    if (i < 0) { // a value set elsewhere (another client, the server) is kept and shown
        box->addItem(labelIfMissing, value);
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}

void ScheduleDialog::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    const qint64 opportunity = activityform::chosenId(m_opportunity).toLongLong();
    activityform::fillChoices(m_opportunity, ActivityStore(m_ctx.db()).opportunityChoices(m_customerId, opportunity),
                              opportunity, m_ctx);
    fillAttendees({});
}

void ScheduleDialog::fillAttendees(const QList<Attendee> &chosen)
{
    m_attendees->clear();
    QList<Attendee> others = chosen;
    if (m_customerId) {
        auto r = ActivityStore(m_ctx.db()).attendeeChoices(m_customerId);
        if (!r)
            m_ctx.reportError(r.error());
        for (const Attendee &a : r ? r.value() : QList<Attendee>()) {
            auto *item = new QListWidgetItem(tr("%1 <%2>").arg(a.name, a.email), m_attendees);
            item->setData(Qt::UserRole, a.contactId);
            item->setData(Qt::UserRole + 1, a.name);
            item->setData(Qt::UserRole + 2, a.email);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            bool ticked = false;
            for (int i = others.size() - 1; i >= 0; --i)
                if (others.at(i).email.compare(a.email, Qt::CaseInsensitive) == 0) {
                    ticked = true;
                    others.removeAt(i);
                }
            item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (m_attendees->count() == 0) {
        auto *none = new QListWidgetItem(m_customerId ? tr("No contact of this customer has an e-mail address.")
                                                      : tr("Choose the customer first."),
                                         m_attendees);
        none->setFlags(Qt::NoItemFlags);
    }
    QStringList typed;
    for (const Attendee &a : others)
        typed << (a.name.isEmpty() ? a.email : tr("%1 <%2>").arg(a.name, a.email));
    m_otherEmails->setText(typed.join(QStringLiteral(", ")));
}

void ScheduleDialog::load()
{
    if (!m_activityId) {
        setWindowTitle(tr("Schedule"));
        m_state->hide();
        m_doneButton->hide();
        m_cancelButton->hide();
        setCustomer(m_customerId);
        preset(QStringLiteral("meeting"));
        if (m_picker)
            m_picker->setFocus(Qt::OtherFocusReason);
        else
            m_subject->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto r = ActivityStore(m_ctx.db()).get(m_activityId);
    if (!r) {
        setCustomer(m_customerId);
        m_refusal->show(QString(), r.error());
        return;
    }
    const QVariantMap &a = r.value();
    m_customerId = a.value(QStringLiteral("customer_id")).toLongLong();
    m_loadedContactId = a.value(QStringLiteral("contact_id")).toLongLong();
    const qint64 opportunity = a.value(QStringLiteral("opportunity_id")).toLongLong();
    activityform::fillChoices(m_opportunity, ActivityStore(m_ctx.db()).opportunityChoices(m_customerId, opportunity),
                              opportunity, m_ctx);
    fillAttendees(ActivityStore::parseAttendees(a.value(QStringLiteral("attendees")).toString()));
    const QString kind = a.value(QStringLiteral("kind")).toString();
    selectData(m_kind, kind, vocab::activityKindLabel(kind));
    m_subject->setText(a.value(QStringLiteral("subject")).toString());
    m_location->setText(a.value(QStringLiteral("location")).toString());
    m_notes->setPlainText(a.value(QStringLiteral("body")).toString());
    QString zone = a.value(QStringLiteral("time_zone")).toString();
    if (zone.isEmpty())
        zone = QStringLiteral("UTC"); // the cache's rule: no zone is UTC
    selectData(m_zone, zone, zoneLabel(zone));
    m_loadedStart = a.value(QStringLiteral("starts_at")).toString();
    m_loadedEnd = a.value(QStringLiteral("ends_at")).toString();
    const QDateTime start = QDateTime::fromString(m_loadedStart, Qt::ISODate).toTimeZone(QTimeZone(zone.toUtf8()));
    m_date->setDate(start.date());
    m_time->setTime(start.time());
    const QDateTime end = QDateTime::fromString(m_loadedEnd, Qt::ISODate);
    if (end.isValid()) {
        const int minutes = int(start.secsTo(end) / 60);
        selectData(m_duration, minutes, durationLabel(minutes));
    }
    const QVariant reminder = a.value(QStringLiteral("reminder_minutes"));
    const int minutes = reminder.isNull() ? -1 : reminder.toInt();
    selectData(m_reminder, minutes, reminderLabel(minutes));

    m_loadedStatus = a.value(QStringLiteral("status")).toString();
    const bool planned = m_loadedStatus == QLatin1String(ActivityStore::kPlanned);
    const bool task = kind == QLatin1String("task");
    setWindowTitle(task ? tr("Task") : tr("Planned %1").arg(vocab::activityKindLabel(kind).toLower()));
    m_state->setText(planned ? tr("Planned") : m_loadedStatus == QLatin1String(ActivityStore::kDone) ? tr("Done") : tr("Cancelled"));
    m_state->setVisible(!planned);
    m_doneButton->setVisible(planned);
    m_cancelButton->setVisible(planned);
}

void ScheduleDialog::updateForKind()
{
    const bool task = m_kind->currentData().toString() == QLatin1String("task");
    m_duration->setVisible(!task);
    m_durationLabel->setVisible(!task);
    // The label of the date's row (the row is a layout: date, time, duration).
    for (int r = 0; r < m_form->rowCount(); ++r) {
        QLayoutItem *field = m_form->itemAt(r, QFormLayout::FieldRole);
        if (field && field->layout() && field->layout()->indexOf(m_date) >= 0)
            if (QLayoutItem *l = m_form->itemAt(r, QFormLayout::LabelRole); l && qobject_cast<QLabel *>(l->widget()))
                static_cast<QLabel *>(l->widget())->setText(task ? tr("&Due:") : tr("&When:"));
    }
    m_cancelButton->setText(task ? tr("Cancel &task") : tr("Cancel &meeting"));
    if (!m_activityId)
        setWindowTitle(task ? tr("Add a follow-up task") : tr("Schedule a %1").arg(m_kind->currentText().toLower()));
}

void ScheduleDialog::updateLocalHint()
{
    const QString zone = m_zone->currentData().toString();
    const QDateTime start = startUtc();
    // Only worth a line when the zone is not the computer's.
    if (!start.isValid() || QTimeZone(zone.toUtf8()).offsetFromUtc(start) == start.toLocalTime().offsetFromUtc()) {
        m_localHint->hide();
        return;
    }
    m_localHint->setText(tr("Your time: %1").arg(formatDateClock(start.toLocalTime())));
    m_localHint->show();
}

QDateTime ScheduleDialog::startUtc() const
{
    const QTimeZone zone(m_zone->currentData().toString().toUtf8());
    const QTime time(m_time->time().hour(), m_time->time().minute());
    return QDateTime(m_date->date(), time, zone.isValid() ? zone : QTimeZone::utc()).toUTC();
}

QVariantMap ScheduleDialog::fields() const
{
    auto text = [](const QString &s) { return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed()); };
    const bool task = m_kind->currentData().toString() == QLatin1String("task");
    // The form shows minutes: an unchanged minute keeps the stored time to the second, so an
    // edit of the subject is not a move (a moved item reminds again).
    const auto minute = [](const QString &iso) { return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch() / 60; };
    const QDateTime start = startUtc();
    const QString startText = start.toString(Qt::ISODate);
    const QString startsAt = !m_loadedStart.isEmpty() && minute(m_loadedStart) == minute(startText) ? m_loadedStart : startText;
    QVariant endsAt;
    if (!task) {
        const QString endText = start.addSecs(60 * m_duration->currentData().toLongLong()).toString(Qt::ISODate);
        endsAt = !m_loadedEnd.isEmpty() && minute(m_loadedEnd) == minute(endText) ? m_loadedEnd : endText;
    }
    QList<Attendee> attendees;
    qint64 firstContact = 0;
    bool loadedContactTicked = false;
    for (int i = 0; i < m_attendees->count(); ++i) {
        const QListWidgetItem *item = m_attendees->item(i);
        if (!(item->flags() & Qt::ItemIsUserCheckable) || item->checkState() != Qt::Checked)
            continue;
        const qint64 contact = item->data(Qt::UserRole).toLongLong();
        attendees.append({item->data(Qt::UserRole + 1).toString(), item->data(Qt::UserRole + 2).toString(), contact});
        if (!firstContact)
            firstContact = contact;
        loadedContactTicked = loadedContactTicked || contact == m_loadedContactId;
    }
    attendees += parseTyped(m_otherEmails->text());
    // The contact the item is with: the one it had while still invited, else the first ticked.
    const qint64 contact = m_loadedContactId && (loadedContactTicked || !firstContact) ? m_loadedContactId : firstContact;
    const int reminder = m_reminder->currentData().toInt();
    return {{QStringLiteral("kind"), m_kind->currentData()},
            {QStringLiteral("subject"), m_subject->text().trimmed()},
            {QStringLiteral("starts_at"), startsAt},
            {QStringLiteral("ends_at"), endsAt},
            {QStringLiteral("time_zone"), m_zone->currentData()},
            {QStringLiteral("location"), text(m_location->text())},
            {QStringLiteral("attendees"), ActivityStore::attendeesJson(attendees)},
            {QStringLiteral("contact_id"), contact > 0 ? QVariant(contact) : QVariant()},
            {QStringLiteral("reminder_minutes"), reminder >= 0 ? QVariant(reminder) : QVariant()},
            {QStringLiteral("opportunity_id"), activityform::chosenId(m_opportunity)},
            {QStringLiteral("body"), text(m_notes->toPlainText())}};
}

bool ScheduleDialog::save(const QString &status)
{
    if (!m_customerId) {
        m_refusal->show(QStringLiteral("customer_id"), tr("Choose the customer this is for."));
        return false;
    }
    QVariantMap values = fields();
    values.insert(QStringLiteral("status"), status);
    if (const FieldProblem p = ActivityStore::check(values); !p.isEmpty()) {
        m_refusal->show(p.field, p.message);
        return false;
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
        m_refusal->show(QString(), s.error());
        return false;
    }
    m_savedStatus = status;
    m_ctx.notifyChanged(QStringLiteral("activity"));
    return true;
}

void ScheduleDialog::accept()
{
    // Saving keeps the status it had (an item done or cancelled stays so when its notes change).
    if (save(m_loadedStatus.isEmpty() ? QString::fromLatin1(ActivityStore::kPlanned) : m_loadedStatus))
        QDialog::accept();
}

void ScheduleDialog::markDone()
{
    if (save(QString::fromLatin1(ActivityStore::kDone)))
        QDialog::accept();
}

void ScheduleDialog::cancelItem()
{
    if (save(QString::fromLatin1(ActivityStore::kCancelled)))
        QDialog::accept();
}

} // namespace sb
