#pragma once

#include "ChangeWriter.h"
#include "FieldProblem.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QVariantMap>

namespace sb {

class Database;

// A record a person can pick in a form: its id and what it is called.
struct Choice {
    qint64 id = 0;
    QString label;
};

// The customer's activities as reports: a visit, call, meeting, note, task or e-mail with its
// date, contact, subject, notes, outcome and next step (and when that is due), optionally about
// one of the customer's opportunities. Created, edited and deleted through the outbox.
// Fields: kind, starts_at (UTC, ISO), contact_id, opportunity_id, subject, body, outcome,
// next_step, next_step_at (a date, ISO), status, owner; for what is planned: ends_at, location,
// reminder_minutes (before the start), attendees (a JSON array of {"name", "email"}), time_zone
// (an IANA name; none: UTC).
class ActivityStore {
public:
    explicit ActivityStore(Database &db) : m_db(db), m_writer(db) {}

    // The rules on the whole record that need no lookup: a known kind, a subject, a date, and a
    // next step due neither before the activity nor without saying what it is.
    static FieldProblem check(const QVariantMap &activity);
    static constexpr int kMaxReminderMinutes = 4 * 7 * 24 * 60;

    Result<qint64> create(qint64 customerId, const QVariantMap &fields);
    Status update(qint64 activityId, const QVariantMap &changes);
    Result<QVariantMap> get(qint64 activityId);
    // A deletion through the outbox, exactly once; undone from Pending changes until sent.
    Status remove(qint64 activityId);
    // The customer an activity belongs to, also of one deleted here; 0 when there is none.
    Result<qint64> customerOf(qint64 activityId);

    // What the form offers: the customer's live contacts (primary first) and opportunities
    // (open ones first); includeId is listed too when it is no longer live, so an edit does not
    // drop a link it did not touch.
    Result<QList<Choice>> contactChoices(qint64 customerId, qint64 includeId = 0);
    Result<QList<Choice>> opportunityChoices(qint64 customerId, qint64 includeId = 0);

private:
    // The end, the reminder, the time zone and the attendees, where given.
    static FieldProblem checkSchedule(const QVariantMap &activity, const QDateTime &startsAt);
    // The contact and the opportunity, when given, are this customer's.
    FieldProblem checkLinks(qint64 customerId, const QVariantMap &activity);

    Database &m_db;
    ChangeWriter m_writer;
};

} // namespace sb
