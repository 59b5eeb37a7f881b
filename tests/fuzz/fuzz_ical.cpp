// The iCalendar reader (sync/connectors/caldav, libical): the fuzz input is a calendar object as
// a CalDAV server gives it, read into an activity (ICalCodec::read) and, as an edit is pushed,
// used as the server's own object the change is applied to (ICalCodec::update).
#include "sync/connectors/caldav/ICalCodec.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "fuzz";
        static char *argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
    }
    const QByteArray ics(reinterpret_cast<const char *>(data), qsizetype(size));
    sb::caldav::ReadContext context;
    context.owner = QStringLiteral("alice");
    context.floatingZone = (size % 2) ? QStringLiteral("Europe/Brussels") : QString();
    context.now = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    auto read = sb::caldav::ICalCodec::read(ics, context);
    if (read) {
        // Touch what was read (the strings a sanitizer would catch dangling).
        qsizetype total = read.value().uid.size();
        for (auto it = read.value().fields.cbegin(); it != read.value().fields.cend(); ++it)
            total += it.value().toString().size();
        (void)total;
    }
    const QVariantMap changes{{QStringLiteral("subject"), QStringLiteral("Demo 演示")},
                              {QStringLiteral("status"), QStringLiteral("done")},
                              {QStringLiteral("starts_at"), QStringLiteral("2024-05-02T10:00:00Z")},
                              {QStringLiteral("ends_at"), QStringLiteral("2024-05-02T11:00:00Z")},
                              {QStringLiteral("reminder_minutes"), 15},
                              {QStringLiteral("attendees"),
                               QStringLiteral("[{\"name\":\"Li Na\",\"email\":\"li.na@example.com\"}]")}};
    auto updated = sb::caldav::ICalCodec::update(ics, changes, context, context.now);
    (void)updated;
    return 0;
}
