#include "Migrations.h"

namespace sb {

// Version 12: the timeline on the OA calendar.
// A planned meeting or task has what a calendar entry carries besides its time: where it takes
// place, who takes part (a JSON array of {"name", "email"}: the customer's contacts and anyone
// else invited), a reminder (minutes before it starts, or before a task is due) and the time zone
// it was set in (an IANA name such as Asia/Shanghai; none: UTC), so a meeting set for 09:00 in
// Shanghai stays at 09:00 there whatever the laptop's zone. The week view reads activities by
// time, hence the index. Which reminders were already shown is this laptop's own business and is
// never synced: reminder_log keeps the time each was shown for, so a meeting moved to another time
// reminds again.
QByteArray calendarMigration()
{
    return QByteArrayLiteral(R"(
ALTER TABLE activities ADD COLUMN location TEXT;
ALTER TABLE activities ADD COLUMN reminder_minutes INTEGER CHECK (reminder_minutes IS NULL OR reminder_minutes >= 0);
ALTER TABLE activities ADD COLUMN attendees TEXT;
ALTER TABLE activities ADD COLUMN time_zone TEXT;
CREATE INDEX activities_starts ON activities(starts_at);
CREATE TABLE reminder_log (
    activity_id INTEGER PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
    shown_for TEXT NOT NULL
);
)");
}

} // namespace sb
