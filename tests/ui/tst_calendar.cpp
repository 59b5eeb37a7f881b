// Planned work: a meeting scheduled from the customer file (attendees from the customer's
// contacts and a typed address, a reminder, a time zone) is stored in UTC with its zone and
// queued for the server; it shows under "Coming up" (not on the timeline) and in the week view
// in its day's column at its local time; a follow-up task shows as a due marker; a reminder
// goes off once, and again after the meeting is moved; marking done and cancelling move it out
// of what is planned.
#include "models/itemmodels/CalendarItemsModel.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "models/store/ActivityStore.h"
#include "models/store/CustomerStore.h"
#include "models/store/Database.h"
#include "ui/calendar/CalendarView.h"
#include "ui/calendar/WeekView.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/customers/ComingUpPanel.h"
#include "ui/customers/CustomerFileView.h"
#include "ui/customers/CustomersView.h"
#include "ui/customers/ScheduleDialog.h"
#include "ui/quotes/CustomerPicker.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/ReminderBanner.h"
#include "ui/shell/ReminderNotifier.h"
#include "../common/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTranslator>
#include <QtTest>

using namespace sb;

namespace {
// Runs f on the modal dialog of type T once it is up (the caller then opens it). Owned by the
// caller's scope: when no dialog came, the timer dies with it instead of firing in a later test.
template <typename T>
class OnDialog {
public:
    explicit OnDialog(std::function<void(T *)> f)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, [this, f] {
            auto *d = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!d) { // not up yet (the caller waited for something first): look again a little later
                if (++m_tries < 200)
                    m_timer.start(10);
                else
                    qWarning("no modal dialog of the expected type");
                return;
            }
            d->activateWindow();
            QTest::qWaitForWindowActive(d);
            f(d);
            ran = true;
        });
        m_timer.start(0);
    }
    bool ran = false;

private:
    QTimer m_timer;
    int m_tries = 0;
};
} // namespace

class TestCalendar : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scheduleMeetingFromTheCustomerFile();
    void weekViewPlacesItemsAtTheirLocalTime();
    void reminderFiresOnceAndAgainWhenMoved();
    void doneAndCancelledLeaveWhatIsPlanned();
    void emptySlotAsksForTheCustomer();
    void comingUpModelPassesTheTester();

private:
    QVariant local(const QString &sql, const QVariantList &bindings = {});
    CustomerFileView *file() { return m_window->customers()->file(); }
    qint64 scheduleMeeting(const QString &subject, const QDate &day, const QTime &at);
    qint64 addTask(const QString &subject, const QDate &day, const QTime &at);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_customer = 0, m_wang = 0, m_zhao = 0, m_noMail = 0;
    QDate m_day; // Wednesday of next week
};

void TestCalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_calendar"));
    auto *english = new QTranslator(this); // plural forms, as in the app
    QVERIFY(english->load(QFileInfo(QStringLiteral(SB_APP_PATH)).dir().filePath(QStringLiteral("salesbridge_en.qm"))));
    QCoreApplication::installTranslator(english);
    const QDate today = QDate::currentDate();
    m_day = today.addDays(8 - today.dayOfWeek() + 2);
}

void TestCalendar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("w.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.take();
    CustomerStore customers(*m_db);
    auto c = customers.create({{QStringLiteral("name"), QStringLiteral("苏州恒达精密机械有限公司")}, {QStringLiteral("grade"), QStringLiteral("A")}},
                              {{QStringLiteral("name"), QStringLiteral("王经理")}, {QStringLiteral("email"), QStringLiteral("wang@hengda.example")}});
    QVERIFY2(c, qPrintable(c.error()));
    m_customer = c.value();
    m_wang = local(QStringLiteral("SELECT id FROM contacts WHERE customer_id = ?"), {m_customer}).toLongLong();
    auto zhao = customers.addContact(m_customer, {{QStringLiteral("name"), QStringLiteral("赵工")}, {QStringLiteral("email"), QStringLiteral("zhao@hengda.example")}});
    QVERIFY2(zhao, qPrintable(zhao.error()));
    m_zhao = zhao.value();
    auto none = customers.addContact(m_customer, {{QStringLiteral("name"), QStringLiteral("前台")}, {QStringLiteral("phone"), QStringLiteral("0512-66001234")}});
    QVERIFY2(none, qPrintable(none.error()));
    m_noMail = none.value();
    m_ctx = std::make_unique<AppContext>(*m_db, Session());
    m_window = std::make_unique<MainWindow>(*m_ctx, QStringLiteral("Calendar test"));
    m_window->resize(1366, 768);
    m_window->show();
    m_window->windowHandle()->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->customers()->openRecord(m_customer);
    QCOMPARE(file()->customerId(), m_customer);
}

void TestCalendar::cleanup()
{
    m_window.reset();
    m_ctx.reset();
    m_db.reset();
    m_dir.reset();
}

QVariant TestCalendar::local(const QString &sql, const QVariantList &bindings)
{
    return testing::scalar(*m_db, sql, bindings);
}

qint64 TestCalendar::scheduleMeeting(const QString &subject, const QDate &day, const QTime &at)
{
    OnDialog<ScheduleDialog> dialog1([&](ScheduleDialog *d) {
        d->subjectEdit()->setText(subject);
        d->dateEdit()->setDate(day);
        d->timeEdit()->setTime(at);
        d->accept();
    });
    file()->scheduleMeeting();
    if (!dialog1.ran)
        return 0;
    return local(QStringLiteral("SELECT max(id) FROM activities WHERE subject = ?"), {subject}).toLongLong();
}

qint64 TestCalendar::addTask(const QString &subject, const QDate &day, const QTime &at)
{
    OnDialog<ScheduleDialog> dialog2([&](ScheduleDialog *d) {
        d->subjectEdit()->setText(subject);
        d->dateEdit()->setDate(day);
        d->timeEdit()->setTime(at);
        d->accept();
    });
    file()->addFollowUpTask();
    if (!dialog2.ran)
        return 0;
    return local(QStringLiteral("SELECT max(id) FROM activities WHERE subject = ?"), {subject}).toLongLong();
}

void TestCalendar::scheduleMeetingFromTheCustomerFile()
{
    const int outboxBefore = local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'activity'")).toInt();
    QString defaultZone, title, refusal;
    bool refusedOnField = false, durationShown = false, taskHidesDuration = false, refusalGone = false;
    int attendeeRows = 0;
    OnDialog<ScheduleDialog> dialog3([&](ScheduleDialog *d) {
        title = d->windowTitle();
        defaultZone = d->zoneBox()->currentData().toString();
        attendeeRows = d->attendeeList()->count();
        durationShown = d->durationBox()->isVisibleTo(d);
        d->kindBox()->setCurrentIndex(d->kindBox()->findData(QStringLiteral("task")));
        taskHidesDuration = !d->durationBox()->isVisibleTo(d);
        d->kindBox()->setCurrentIndex(d->kindBox()->findData(QStringLiteral("meeting")));
        d->subjectEdit()->setText(QStringLiteral("季度评审会"));
        d->dateEdit()->setDate(m_day);
        d->timeEdit()->setTime(QTime(10, 0));
        d->durationBox()->setCurrentIndex(d->durationBox()->findData(90));
        d->zoneBox()->setCurrentIndex(d->zoneBox()->findData(QStringLiteral("Asia/Shanghai")));
        d->locationEdit()->setText(QStringLiteral("苏州工业园区星湖街 328 号 3 号会议室"));
        for (int i = 0; i < d->attendeeList()->count(); ++i)
            if (d->attendeeList()->item(i)->data(Qt::UserRole).toLongLong() == m_wang)
                d->attendeeList()->item(i)->setCheckState(Qt::Checked);
        d->reminderBox()->setCurrentIndex(d->reminderBox()->findData(15));
        d->notesEdit()->setPlainText(QStringLiteral("带上新的伺服样机。"));
        // A typed address that is none: refused under the field, which gets the focus.
        d->otherEmailsEdit()->setText(QStringLiteral("li.partner at example"));
        d->accept();
        refusal = d->errorLabel()->text();
        const QRect field = d->otherEmailsEdit()->geometry().translated(d->otherEmailsEdit()->parentWidget()->mapTo(d, QPoint()));
        refusedOnField = d->isVisible() && d->errorLabel()->isVisible() && d->focusWidget() == d->otherEmailsEdit()
                         && d->errorLabel()->geometry().top() >= field.bottom()
                         && d->errorLabel()->geometry().bottom() <= d->reminderBox()->geometry().top();
        d->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/schedule-meeting-refused.png"));
        d->otherEmailsEdit()->setText(QStringLiteral("李总 <li@partner.example>"));
        refusalGone = d->errorLabel()->isHidden();
        QApplication::processEvents(); // the form lays itself out again without the message
        d->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/schedule-meeting.png"));
        d->accept();
    });
    // The shortcut works wherever the focus is in the customer file.
    auto *logLine = file()->findChild<QLineEdit *>(QStringLiteral("activitySubject"));
    QVERIFY(logLine);
    logLine->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), logLine);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dialog3.ran);
    QCOMPARE(title, QStringLiteral("Schedule a meeting"));
    QCOMPARE(defaultZone, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    QCOMPARE(attendeeRows, 2); // the contacts with an e-mail address
    QVERIFY(durationShown);
    QVERIFY(taskHidesDuration);
    QVERIFY2(refusal.contains(QLatin1String("is not an e-mail address")), qPrintable(refusal));
    QVERIFY(refusedOnField);
    QVERIFY(refusalGone); // the refusal goes with the change

    const qint64 id = local(QStringLiteral("SELECT max(id) FROM activities")).toLongLong();
    auto row = ActivityStore(*m_db).get(id);
    QVERIFY2(row, qPrintable(row.error()));
    const QVariantMap a = row.value();
    // 10:00 in Shanghai (UTC+8, no daylight saving) is 02:00 UTC, whatever this computer's zone.
    QCOMPARE(a.value(QStringLiteral("starts_at")).toString(), m_day.toString(Qt::ISODate) + QStringLiteral("T02:00:00Z"));
    QCOMPARE(a.value(QStringLiteral("ends_at")).toString(), m_day.toString(Qt::ISODate) + QStringLiteral("T03:30:00Z"));
    QCOMPARE(a.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Asia/Shanghai"));
    QCOMPARE(a.value(QStringLiteral("kind")).toString(), QStringLiteral("meeting"));
    QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
    QCOMPARE(a.value(QStringLiteral("reminder_minutes")).toInt(), 15);
    QCOMPARE(a.value(QStringLiteral("owner")).toString(), QStringLiteral("wang.fang"));
    QCOMPARE(a.value(QStringLiteral("contact_id")).toLongLong(), m_wang);
    QCOMPARE(a.value(QStringLiteral("location")).toString(), QStringLiteral("苏州工业园区星湖街 328 号 3 号会议室"));
    const QJsonArray attendees = QJsonDocument::fromJson(a.value(QStringLiteral("attendees")).toString().toUtf8()).array();
    QCOMPARE(attendees.size(), 2);
    QCOMPARE(attendees.at(0)[QLatin1String("name")].toString(), QStringLiteral("王经理"));
    QCOMPARE(attendees.at(0)[QLatin1String("email")].toString(), QStringLiteral("wang@hengda.example"));
    QCOMPARE(attendees.at(1)[QLatin1String("name")].toString(), QStringLiteral("李总"));
    QCOMPARE(attendees.at(1)[QLatin1String("email")].toString(), QStringLiteral("li@partner.example"));
    // Queued for the server like every edit: one create, with the new columns in it.
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'activity'")).toInt(), outboxBefore + 1);
    const QJsonObject payload = QJsonDocument::fromJson(
                                    local(QStringLiteral("SELECT payload FROM outbox WHERE entity = 'activity' AND record_id = ? "
                                                         "AND op = 'create'"),
                                          {id})
                                        .toString()
                                        .toUtf8())
                                    .object();
    QCOMPARE(payload.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Asia/Shanghai"));
    QVERIFY(payload.contains(QStringLiteral("attendees")));

    // A follow-up task (Ctrl+Shift+T): due at a time, no end, in this computer's zone.
    const qint64 task = addTask(QStringLiteral("发修订后的报价"), m_day.addDays(1), QTime(17, 0));
    QVERIFY(task > 0);
    auto t = ActivityStore(*m_db).get(task);
    QVERIFY(t);
    QCOMPARE(t.value().value(QStringLiteral("kind")).toString(), QStringLiteral("task"));
    QVERIFY(t.value().value(QStringLiteral("ends_at")).isNull());
    QCOMPARE(t.value().value(QStringLiteral("starts_at")).toString(),
             QDateTime(m_day.addDays(1), QTime(17, 0)).toUTC().toString(Qt::ISODate));

    // Coming up lists both, the next first; the timeline keeps what took place.
    ComingUpPanel *coming = file()->comingUp();
    QTRY_COMPARE(coming->model()->rowCount(), 2);
    QCOMPARE(coming->model()->idAt(0), id);
    QCOMPARE(coming->model()->idAt(1), task);
    QVERIFY(coming->title()->text().contains(QLatin1String("(2)")));
    // Both rows in view, not one and a scroll bar.
    QTRY_VERIFY(coming->table()->isVisible());
    QVERIFY(coming->table()->visualRect(coming->model()->index(1, 0)).bottom() <= coming->table()->viewport()->height());
    SqlWindowModel *timeline = file()->timeline()->model();
    for (int r = 0; r < timeline->rowCount(); ++r)
        QVERIFY(timeline->idAt(r) != id && timeline->idAt(r) != task);
    m_window->messageBar()->hide();
    QApplication::processEvents(); // the file lays itself out around the taller list
    QVERIFY(coming->height() >= coming->minimumSizeHint().height()); // the file made room for it
    QVERIFY(m_window->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/customer-file-coming-up.png")));
}

void TestCalendar::weekViewPlacesItemsAtTheirLocalTime()
{
    const qint64 meeting = scheduleMeeting(QStringLiteral("现场拜访三号线"), m_day, QTime(14, 30));
    QVERIFY(meeting > 0);
    const qint64 task = addTask(QStringLiteral("Call back about the samples"), m_day.addDays(1), QTime(11, 0));
    QVERIFY(task > 0);
    // Some more so the week looks like a week: overlapping calls, a visit, and one of someone else's.
    ActivityStore store(*m_db);
    auto add = [&](const QString &kind, const QString &subject, int day, int hour, int minutes, const QString &owner) {
        const QDateTime start(m_day.addDays(day - 2), QTime(hour, 0));
        auto r = store.create(m_customer, {{QStringLiteral("kind"), kind},
                                           {QStringLiteral("subject"), subject},
                                           {QStringLiteral("starts_at"), start.toUTC().toString(Qt::ISODate)},
                                           {QStringLiteral("ends_at"), start.addSecs(60 * minutes).toUTC().toString(Qt::ISODate)},
                                           {QStringLiteral("status"), QStringLiteral("planned")},
                                           {QStringLiteral("location"), QStringLiteral("Suzhou office")},
                                           {QStringLiteral("owner"), owner}});
        QVERIFY2(r, qPrintable(r.error()));
    };
    add(QStringLiteral("call"), QStringLiteral("Weekly call with purchasing"), 0, 9, 30, QStringLiteral("wang.fang"));
    add(QStringLiteral("visit"), QStringLiteral("Plant tour, line 2"), 1, 13, 180, QStringLiteral("wang.fang"));
    add(QStringLiteral("call"), QStringLiteral("Price follow-up"), 1, 14, 30, QStringLiteral("wang.fang"));
    add(QStringLiteral("meeting"), QStringLiteral("Contract review"), 3, 10, 60, QStringLiteral("wang.fang"));
    add(QStringLiteral("meeting"), QStringLiteral("Li Wei's own meeting"), 3, 10, 60, QStringLiteral("li.wei"));

    m_window->showPage(MainWindow::Calendar);
    CalendarView *calendar = m_window->calendar();
    calendar->showWeekOf(m_day);
    QApplication::processEvents();
    WeekView *week = calendar->week();
    QCOMPARE(week->monday(), m_day.addDays(-2));
    QVERIFY(calendar->weekLabel()->text().contains(QLocale().toString(m_day.addDays(-2), QLocale::ShortFormat)));
    // Mine only: Li Wei's meeting is not drawn; "Everyone's" draws it.
    QCOMPARE(week->items().size(), 6);
    calendar->whoseBox()->setCurrentIndex(1);
    QCOMPARE(week->items().size(), 7);
    calendar->whoseBox()->setCurrentIndex(0);

    // The meeting at 14:30 in this computer's zone: in Wednesday's column, its top at 14:30.
    const QRect block = week->itemRect(meeting);
    QVERIFY(block.isValid());
    const int wednesday = m_day.dayOfWeek() - 1;
    QCOMPARE(week->dayAt(block.center()), wednesday);
    QVERIFY(week->dayColumn(wednesday).left() <= block.left());
    QVERIFY(qAbs(block.top() - week->yForTime(QTime(14, 30))) <= 2);
    // It runs an hour (the default): its bottom near 15:30.
    QVERIFY(qAbs(block.bottom() - week->yForTime(QTime(15, 30))) <= 3);
    // The task: a marker on Thursday at 11:00.
    const QRect marker = week->itemRect(task);
    QVERIFY(marker.isValid());
    QCOMPARE(week->dayAt(marker.center()), wednesday + 1);
    QVERIFY(qAbs(marker.top() - week->yForTime(QTime(11, 0))) <= 2);
    QVERIFY(marker.height() < block.height());
    // Overlapping items share the column side by side.
    QVERIFY(week->itemAt(block.center()) == meeting);

    // The keyboard: the cursor on the meeting's half hour finds it; Enter opens it.
    week->setFocus();
    week->setCursor(QDateTime(m_day, QTime(14, 30)));
    QCOMPARE(week->currentItem(), meeting);
    qint64 opened = 0;
    OnDialog<ScheduleDialog> dialog4([&](ScheduleDialog *d) {
        opened = d->activityId();
        d->reject();
    });
    QTest::keyClick(week, Qt::Key_Return);
    QVERIFY(dialog4.ran);
    QCOMPARE(opened, meeting);
    m_window->messageBar()->hide(); // "saved" notices are not what this picture is about
    QVERIFY(m_window->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/calendar-week.png")));

    QTest::keyClick(week, Qt::Key_Right);
    QCOMPARE(week->cursor().date(), m_day.addDays(1));
    QCOMPARE(week->currentItem(), qint64(0));
    QTest::keyClick(week, Qt::Key_PageDown);
    QCOMPARE(week->monday(), m_day.addDays(5));
    QCOMPARE(week->items().size(), 0);
    QTest::keyClick(week, Qt::Key_PageUp);
    QCOMPARE(week->monday(), m_day.addDays(-2));
    QCOMPARE(week->items().size(), 6);
    QTest::keyClick(week, Qt::Key_Home);
    const QDate today = QDate::currentDate();
    QCOMPARE(week->monday(), today.addDays(1 - today.dayOfWeek()));
}

void TestCalendar::reminderFiresOnceAndAgainWhenMoved()
{
    OnDialog<ScheduleDialog> dialog5([&](ScheduleDialog *d) {
        d->subjectEdit()->setText(QStringLiteral("Kick-off"));
        d->dateEdit()->setDate(m_day);
        d->timeEdit()->setTime(QTime(9, 0));
        d->reminderBox()->setCurrentIndex(d->reminderBox()->findData(15));
        d->accept();
    });
    file()->scheduleMeeting();
    QVERIFY(dialog5.ran);
    const qint64 id = local(QStringLiteral("SELECT max(id) FROM activities")).toLongLong();
    const QDateTime start = QDateTime(m_day, QTime(9, 0)).toUTC();

    ReminderNotifier *notifier = m_window->reminders();
    QSignalSpy spy(notifier, &ReminderNotifier::remind);
    QDateTime now = start.addSecs(-20 * 60);
    notifier->setClock([&now] { return now; });
    notifier->check();
    QCOMPARE(spy.count(), 0); // 20 minutes before: not yet
    now = start.addSecs(-14 * 60);
    notifier->check();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), id);
    QVERIFY2(spy.at(0).at(1).toString().contains(QLatin1String("Kick-off")), qPrintable(spy.at(0).at(1).toString()));
    QVERIFY2(spy.at(0).at(2).toString().contains(QLatin1String("in 14 minute")), qPrintable(spy.at(0).at(2).toString()));
    notifier->check();
    now = start.addSecs(-5 * 60);
    notifier->check();
    QCOMPARE(spy.count(), 1); // once
    QCOMPARE(local(QStringLiteral("SELECT shown_for FROM reminder_log WHERE activity_id = ?"), {id}).toString(),
             start.toString(Qt::ISODate));

    // Without a tray (as here), the window shows it; Open opens the item.
    ReminderBanner *banner = m_window->reminderBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->currentId(), id);
    qint64 opened = 0;
    OnDialog<ScheduleDialog> dialog6([&](ScheduleDialog *d) {
        opened = d->activityId();
        // Moved an hour later: a new start, so a new reminder.
        d->timeEdit()->setTime(QTime(10, 0));
        d->accept();
    });
    QTest::mouseClick(banner->openButton(), Qt::LeftButton);
    QVERIFY(dialog6.ran);
    QCOMPARE(opened, id);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_window->currentPage(), MainWindow::Calendar);
    const QDateTime moved = start.addSecs(3600);
    QCOMPARE(local(QStringLiteral("SELECT starts_at FROM activities WHERE id = ?"), {id}).toString(), moved.toString(Qt::ISODate));
    now = moved.addSecs(-30 * 60);
    notifier->check();
    QCOMPARE(spy.count(), 1);
    now = moved.addSecs(-10 * 60);
    notifier->check();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), id);
    notifier->check();
    QCOMPARE(spy.count(), 2);
    // Long after it started, nothing comes back.
    now = moved.addSecs(5 * 3600);
    notifier->check();
    QCOMPARE(spy.count(), 2);
}

void TestCalendar::doneAndCancelledLeaveWhatIsPlanned()
{
    const qint64 meeting = scheduleMeeting(QStringLiteral("Demo of the new servo"), m_day, QTime(15, 0));
    const qint64 task = addTask(QStringLiteral("Send the minutes"), m_day.addDays(1), QTime(9, 0));
    QVERIFY(meeting > 0 && task > 0);
    ComingUpPanel *coming = file()->comingUp();
    QTRY_COMPARE(coming->model()->rowCount(), 2);
    bool cancelShown = false;
    OnDialog<ScheduleDialog> dialog7([&](ScheduleDialog *d) {
        cancelShown = d->cancelItemButton()->isVisible() && d->cancelItemButton()->text().contains(QLatin1String("meeting"));
        QTest::mouseClick(d->doneButton(), Qt::LeftButton);
    });
    coming->openItem(meeting);
    QVERIFY(dialog7.ran);
    QVERIFY(cancelShown);
    QCOMPARE(local(QStringLiteral("SELECT status FROM activities WHERE id = ?"), {meeting}).toString(), QStringLiteral("done"));
    QTRY_COMPARE(coming->model()->rowCount(), 1);
    SqlWindowModel *timeline = file()->timeline()->model();
    bool onTimeline = false;
    for (int r = 0; r < timeline->rowCount(); ++r)
        onTimeline = onTimeline || timeline->idAt(r) == meeting;
    QVERIFY(onTimeline);

    OnDialog<ScheduleDialog> dialog8([&](ScheduleDialog *d) { QTest::mouseClick(d->cancelItemButton(), Qt::LeftButton); });
    // Opened from the list by Enter.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    coming->table()->setFocus();
    coming->table()->setCurrentIndex(coming->model()->index(0, 0));
    QTest::keyClick(coming->table(), Qt::Key_Return);
    QVERIFY(dialog8.ran);
    QCOMPARE(local(QStringLiteral("SELECT status FROM activities WHERE id = ?"), {task}).toString(), QStringLiteral("cancelled"));
    QTRY_COMPARE(coming->model()->rowCount(), 0);
    // Both changes went through the outbox.
    QCOMPARE(local(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'activity' AND op = 'update' AND record_id IN (?, ?)"),
                   {meeting, task})
                 .toInt(),
             2);
    // The week shows the done meeting (faded), not the cancelled task.
    m_window->showPage(MainWindow::Calendar);
    m_window->calendar()->showWeekOf(m_day);
    QVERIFY(m_window->calendar()->week()->itemRect(meeting).isValid());
    QVERIFY(!m_window->calendar()->week()->itemRect(task).isValid());
}

void TestCalendar::emptySlotAsksForTheCustomer()
{
    m_window->showPage(MainWindow::Calendar);
    CalendarView *calendar = m_window->calendar();
    calendar->showWeekOf(m_day);
    QApplication::processEvents();
    WeekView *week = calendar->week();
    week->scrollToHour(8);
    const int thursday = m_day.dayOfWeek();
    const QPoint slot(week->dayColumn(thursday).center().x(), week->yForTime(QTime(16, 10)));
    QCOMPARE(week->slotAt(slot), QDateTime(m_day.addDays(1), QTime(16, 0)));
    bool pickerFirst = false, refusedWithoutCustomer = false;
    QDate date;
    QTime time;
    OnDialog<ScheduleDialog> dialog9([&](ScheduleDialog *d) {
        pickerFirst = d->customerPicker() && d->focusWidget() == d->customerPicker();
        date = d->dateEdit()->date();
        time = d->timeEdit()->time();
        d->subjectEdit()->setText(QStringLiteral("Visit without a customer"));
        d->accept(); // refused: no customer yet
        refusedWithoutCustomer = d->isVisible() && d->errorLabel()->isVisible();
        d->customerPicker()->setCustomer(m_customer);
        d->accept();
    });
    QTest::mouseDClick(week->viewport(), Qt::LeftButton, Qt::NoModifier, slot);
    QVERIFY(dialog9.ran);
    QVERIFY(pickerFirst);
    QVERIFY(refusedWithoutCustomer);
    QCOMPARE(date, m_day.addDays(1));
    QCOMPARE(time, QTime(16, 0));
    QCOMPARE(local(QStringLiteral("SELECT customer_id FROM activities WHERE subject = 'Visit without a customer'")).toLongLong(), m_customer);
    const qint64 id = local(QStringLiteral("SELECT id FROM activities WHERE subject = 'Visit without a customer'")).toLongLong();
    QTRY_VERIFY(week->itemRect(id).isValid());
}

void TestCalendar::comingUpModelPassesTheTester()
{
    QVERIFY(scheduleMeeting(QStringLiteral("One"), m_day, QTime(9, 0)) > 0);
    QVERIFY(addTask(QStringLiteral("Two"), m_day.addDays(-14), QTime(9, 0)) > 0); // overdue
    CalendarItemsModel *model = file()->comingUp()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    file()->comingUp()->refresh();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->overdueCount(), 1);
    QVERIFY(model->index(0, CalendarItemsModel::When).data(CalendarItemsModel::OverdueRole).toBool());
    QCOMPARE(model->index(1, CalendarItemsModel::Subject).data().toString(), QStringLiteral("One"));
    QCOMPARE(model->index(0, CalendarItemsModel::Kind).data().toString(), QStringLiteral("Task due"));
    model->setItems({});
    QCOMPARE(model->rowCount(), 0);
}

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
