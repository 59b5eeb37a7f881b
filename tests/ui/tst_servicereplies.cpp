// After-sales on screen (schema v10, Request Tracker): replying to the customer with files,
// the timeline with its attachments and status labels, opening a file (downloaded through a
// fake AttachmentSource, cancelled, too large, not sent yet), the ticket's due date and
// requestor, escalation to an ERP complaint, and the tickets of a customer file.
#include "OpsFixture.h"
#include "models/itemmodels/SqlWindowModel.h"
#include "sync/engine/AttachmentSource.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListPanel.h"
#include "ui/customers/CustomerFileView.h"
#include "ui/service/AttachmentOpener.h"
#include "ui/service/ReplyBox.h"
#include "ui/service/ServiceView.h"
#include "ui/service/TicketDialog.h"
#include "ui/service/TicketTimeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QInputDialog>
#include <QTableView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

using namespace sb;

namespace {
void typeText(QWidget *w, const QString &text)
{
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(w, &e);
}

// Hands out the bytes it was given per id; with hold set, a download waits until aborted.
class FakeFetch : public AttachmentFetch {
public:
    FakeFetch(QByteArray content, QString error, bool hold) : m_content(std::move(content)), m_error(std::move(error)), m_hold(hold) {}
    void start() override
    {
        QTimer::singleShot(0, this, [this] {
            emit progress(m_content.size() / 2, m_content.size());
            if (!m_hold)
                finish(m_content, m_error);
        });
    }
    void abort() override { finish(QByteArray(), QStringLiteral("The download was aborted.")); }

private:
    void finish(const QByteArray &content, const QString &error)
    {
        if (m_done)
            return;
        m_done = true;
        emit finished(content, error);
    }
    QByteArray m_content;
    QString m_error;
    bool m_hold = false;
    bool m_done = false;
};

class FakeSource : public AttachmentSource {
public:
    AttachmentFetch *fetch(const QString &attachmentId, qint64 maxBytes) override
    {
        requests << attachmentId;
        lastLimit = maxBytes;
        if (!files.contains(attachmentId))
            return new FakeFetch(QByteArray(), QStringLiteral("The server has no file %1.").arg(attachmentId), false);
        return new FakeFetch(files.value(attachmentId), QString(), hold);
    }
    QUrl webUrl(const QString &ticketNumber) const override
    {
        return QUrl(QStringLiteral("https://rt.example.cn/Ticket/Display.html?id=%1").arg(ticketNumber));
    }
    QHash<QString, QByteArray> files;
    QStringList requests;
    qint64 lastLimit = 0;
    bool hold = false;
};
} // namespace

class TestServiceReplies : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void replyToCustomerWithAttachment();
    void timelineShowsFilesAndStatusLabels();
    void openAttachmentDownloadsAndSaves();
    void cancelAndTooLargeAndNoServer();
    void dialogDueDateAndRequestor();
    void escalateToErpComplaint();
    void customerFileListsTicketsWithDueDate();
    void screenshots();

private:
    qint64 count(const QString &sql, const QVariantList &bindings = {})
    {
        return m_ws.db->scalar(sql, bindings).value().toLongLong();
    }
    // 22 bytes that start like a JPEG (the size the timeline shows below).
    static QByteArray photoBytes()
    {
        static const char bytes[] = "\xff\xd8\xff\xe0 not a real jpeg!!";
        return QByteArray(bytes, sizeof bytes - 1);
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // The open ticket with server history: a status code, a reply with a listed file and a big one.
    qint64 serverTicket();

    opsfixture::Workspace m_ws;
    QTemporaryDir m_files;
    FakeSource m_source;
    std::unique_ptr<AppContext> m_ctx;
    QList<QUrl> m_opened;
};

void TestServiceReplies::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // saved attachments go to a test cache
    QCoreApplication::setOrganizationName(QStringLiteral("SalesBridgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_servicereplies"));
    QSettings().remove(QStringLiteral("service/attachmentLimitMb")); // the default, 20 MB
    QVERIFY(m_files.isValid());
    QVERIFY(m_ws.open());
    Session session;
    session.user = QStringLiteral("wang.fang");
    m_ctx = std::make_unique<AppContext>(*m_ws.db, session);
    m_ctx->setAttachmentSource(&m_source);
    QVERIFY(m_ws.db->exec(QStringLiteral("INSERT INTO contacts (customer_id, name, title) VALUES "
                                         "(1, '张伟', '设备科长'), (1, '刘洋', NULL), (2, 'Other customer''s contact', NULL)")));
}

qint64 TestServiceReplies::serverTicket()
{
    const qint64 ticket = count(QStringLiteral("SELECT id FROM tickets WHERE number = 'RT-3301'"));
    if (count(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'status'"), {ticket}) == 0) {
        m_ws.db->exec(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, author, kind, text, attachments) VALUES "
                                     "(?, ?, 'rt-system', 'status', 'open', NULL), "
                                     "(?, ?, 'zhang.wei@hdjx.cn', 'correspond', '照片和报警记录见附件。', ?)"),
                      {ticket, opsfixture::stamp(-1), ticket, opsfixture::stamp(0),
                       QStringLiteral("[{\"id\":\"881\",\"name\":\"报警记录.pdf\",\"type\":\"application/pdf\",\"size\":48213},"
                                      "{\"id\":\"882\",\"name\":\"现场视频.mp4\",\"type\":\"video/mp4\",\"size\":52428800}]")});
    }
    return ticket;
}

void TestServiceReplies::replyToCustomerWithAttachment()
{
    const qint64 ticket = count(QStringLiteral("SELECT id FROM tickets WHERE number = 'RT-3306'"));
    QVERIFY(ticket > 0);
    const QString photo = writeFile(QStringLiteral("现场照片.jpg"), photoBytes());
    const QString spare = writeFile(QStringLiteral("spare.txt"), QByteArray(3000, 'x'));
    ServiceView view(*m_ctx);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.openRecord(ticket);
    ReplyBox *reply = view.replyBox();
    QVERIFY(reply->internalChoice()->isChecked()); // nothing reaches the customer unless chosen
    reply->customerChoice()->click();
    QCOMPARE(reply->sendButton()->text(), QStringLiteral("Send reply"));

    reply->addFiles({photo, spare});
    QCOMPARE(reply->fileList()->count(), 2);
    QVERIFY(reply->fileList()->isVisible());
    QCOMPARE(reply->fileList()->item(1)->text(), QStringLiteral("spare.txt (2.9 kB)"));
    reply->fileList()->setCurrentRow(1);
    reply->fileList()->setFocus();
    QTest::keyClick(reply->fileList(), Qt::Key_Delete); // removed before sending
    QCOMPARE(reply->files(), QStringList{QFileInfo(photo).absoluteFilePath()});

    reply->textEdit()->setFocus();
    typeText(reply->textEdit(), QStringLiteral("您好，照片已收到，工程师周三上门。"));
    // Looking at another ticket keeps this one's draft apart, and brings it back.
    const qint64 other = count(QStringLiteral("SELECT id FROM tickets WHERE number = 'RT-3302'"));
    view.openRecord(other);
    QVERIFY(reply->textEdit()->toPlainText().isEmpty());
    QVERIFY(reply->files().isEmpty());
    QVERIFY(reply->internalChoice()->isChecked());
    view.openRecord(ticket);
    QCOMPARE(reply->textEdit()->toPlainText(), QStringLiteral("您好，照片已收到，工程师周三上门。"));
    QCOMPARE(reply->files().size(), 1);
    QVERIFY(reply->customerChoice()->isChecked());
    reply->textEdit()->setFocus();
    QSignalSpy sent(reply, &ReplyBox::sent);
    QTest::keyClick(reply->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 1);
    const qint64 event = sent.at(0).at(0).toLongLong();

    auto row = m_ws.db->exec(QStringLiteral("SELECT kind, text, author, attachments FROM ticket_events WHERE id = ?"), {event});
    QVERIFY(row && row.value().next());
    QCOMPARE(row.value().value(0).toString(), QStringLiteral("correspond"));
    QCOMPARE(row.value().value(1).toString(), QStringLiteral("您好，照片已收到，工程师周三上门。"));
    QCOMPARE(row.value().value(2).toString(), QStringLiteral("wang.fang"));
    const QJsonArray files = QJsonDocument::fromJson(row.value().value(3).toByteArray()).array();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("现场照片.jpg"));
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("image/jpeg"));
    QVERIFY(!files.at(0).toObject().value(QStringLiteral("content")).toString().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'ticket_event' AND record_id = ?"), {event}), 1);

    // The box is empty again; the timeline shows the reply on top with its file.
    QVERIFY(reply->textEdit()->toPlainText().isEmpty());
    QVERIFY(reply->files().isEmpty());
    QVERIFY(!reply->fileList()->isVisible());
    QTreeWidgetItem *top = view.history()->topLevelItem(0);
    QCOMPARE(top->text(TicketTimeline::Kind), QStringLiteral("Reply to customer"));
    QCOMPARE(top->text(TicketTimeline::Who), QStringLiteral("wang.fang"));
    QCOMPARE(top->childCount(), 1);
    QCOMPARE(top->child(0)->text(TicketTimeline::Text), QStringLiteral("现场照片.jpg (22 bytes)"));

    // An unsent file opens from the reply's own bytes, without asking the server.
    const int requests = m_source.requests.size();
    view.attachmentOpener()->setUrlOpener([this](const QUrl &url) { m_opened << url; return true; });
    QSignalSpy opened(view.attachmentOpener(), &AttachmentOpener::opened);
    view.history()->setCurrentItem(top->child(0));
    emit view.history()->itemActivated(top->child(0), TicketTimeline::Text);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(m_source.requests.size(), requests);
    QFile saved(opened.at(0).at(0).toString());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), photoBytes());

    // A file over 10 MB is refused with a sentence; what was written stays.
    const QString huge = m_files.filePath(QStringLiteral("huge.iso"));
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(11 * 1024 * 1024));
    }
    QSignalSpy errors(m_ctx.get(), &AppContext::errorReported);
    typeText(reply->textEdit(), QStringLiteral("镜像文件"));
    reply->addFiles({huge});
    QVERIFY(!reply->send());
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("huge.iso")), qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(reply->textEdit()->toPlainText(), QStringLiteral("镜像文件"));
    QCOMPARE(reply->files().size(), 1);
}

void TestServiceReplies::timelineShowsFilesAndStatusLabels()
{
    const qint64 ticket = serverTicket();
    ServiceView view(*m_ctx);
    view.openRecord(ticket);
    TicketTimeline *t = view.history();
    QTreeWidgetItem *status = nullptr, *reply = nullptr;
    for (int i = 0; i < t->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = t->topLevelItem(i);
        if (item->text(TicketTimeline::Who) == QLatin1String("rt-system"))
            status = item;
        if (item->text(TicketTimeline::Who) == QLatin1String("zhang.wei@hdjx.cn"))
            reply = item;
    }
    QVERIFY(status && reply);
    QCOMPARE(status->text(TicketTimeline::Kind), QStringLiteral("Status"));
    QCOMPARE(status->text(TicketTimeline::Text), QStringLiteral("Open")); // the code "open", in words
    QCOMPARE(reply->text(TicketTimeline::Kind), QStringLiteral("Reply to customer"));
    QCOMPARE(reply->childCount(), 2);
    QCOMPARE(reply->child(0)->text(TicketTimeline::Text), QStringLiteral("报警记录.pdf (47.1 kB)"));
    QCOMPARE(reply->child(1)->text(TicketTimeline::Text), QStringLiteral("现场视频.mp4 (50.0 MB)"));
    QVERIFY(reply->isExpanded());
    // The fixture's own entries: created, and a reply.
    bool created = false;
    for (int i = 0; i < t->topLevelItemCount(); ++i)
        created = created || t->topLevelItem(i)->text(TicketTimeline::Kind) == QLatin1String("Created");
    QVERIFY(created);

    // A status written here in words is shown as written.
    TicketEntry words;
    words.kind = QStringLiteral("status");
    words.text = QStringLiteral("Waiting for parts");
    QCOMPARE(TicketTimeline::entryText(words), QStringLiteral("Waiting for parts"));
    words.text = QStringLiteral("resolved");
    QCOMPARE(TicketTimeline::entryText(words), QStringLiteral("Resolved"));
    QCOMPARE(TicketTimeline::kindLabel(QStringLiteral("comment")), QStringLiteral("Internal comment"));

    // The person is told what opens here.
    bool toldLimit = false;
    for (QLabel *l : view.findChildren<QLabel *>())
        toldLimit = toldLimit || l->text().contains(QStringLiteral("Files up to 20 MB open here"));
    QVERIFY(toldLimit);
}

void TestServiceReplies::openAttachmentDownloadsAndSaves()
{
    const qint64 ticket = serverTicket();
    m_source.files.insert(QStringLiteral("881"), QByteArray("%PDF-1.4 alarm log"));
    m_source.hold = false;
    ServiceView view(*m_ctx);
    view.show();
    view.openRecord(ticket);
    m_opened.clear();
    view.attachmentOpener()->setUrlOpener([this](const QUrl &url) { m_opened << url; return true; });
    QSignalSpy opened(view.attachmentOpener(), &AttachmentOpener::opened);
    QTreeWidgetItem *file = nullptr;
    for (int i = 0; i < view.history()->topLevelItemCount() && !file; ++i)
        if (view.history()->topLevelItem(i)->childCount() == 2)
            file = view.history()->topLevelItem(i)->child(0);
    QVERIFY(file);
    view.history()->setFocus();
    view.history()->setCurrentItem(file);
    QTest::keyClick(view.history(), Qt::Key_Return); // Enter opens the file
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(m_source.requests.last(), QStringLiteral("881"));
    QCOMPARE(m_source.lastLimit, qint64(20) * 1024 * 1024);
    const QString path = opened.at(0).at(0).toString();
    QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                       + QStringLiteral("/attachments/881-报警记录.pdf"));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("%PDF-1.4 alarm log"));
    QCOMPARE(m_opened.last(), QUrl::fromLocalFile(path));
    QVERIFY(!view.attachmentOpener()->busy());

    // A name from a server is only a name: no folder escapes the cache.
    QCOMPARE(QFileInfo(AttachmentOpener::savePath(QStringLiteral("9/../x"), QStringLiteral("../../etc/passwd"))).dir().dirName(),
             QStringLiteral("attachments"));

    // A download the server refuses is said, not swallowed.
    QSignalSpy errors(m_ctx.get(), &AppContext::errorReported);
    TicketAttachment gone;
    gone.id = QStringLiteral("999");
    gone.name = QStringLiteral("gone.pdf");
    gone.size = 10;
    view.attachmentOpener()->open(gone, QStringLiteral("RT-3301"));
    QTRY_COMPARE(errors.count(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("The server has no file 999.")));
}

void TestServiceReplies::cancelAndTooLargeAndNoServer()
{
    const qint64 ticket = serverTicket();
    ServiceView view(*m_ctx);
    view.show();
    view.openRecord(ticket);
    AttachmentOpener *opener = view.attachmentOpener();
    m_opened.clear();
    opener->setUrlOpener([this](const QUrl &url) { m_opened << url; return true; });
    QSignalSpy opened(opener, &AttachmentOpener::opened);
    QSignalSpy infos(m_ctx.get(), &AppContext::infoReported);

    // Cancel: the progress dialog's Cancel aborts the download; nothing is opened.
    m_source.hold = true;
    m_source.files.insert(QStringLiteral("881"), QByteArray(4096, 'p'));
    const TicketEntry entry = [&] {
        for (const TicketEntry &e : view.history()->entries())
            if (e.attachments.size() == 2)
                return e;
        return TicketEntry();
    }();
    QCOMPARE(entry.attachments.size(), 2);
    opener->open(entry.attachments.at(0), QStringLiteral("RT-3301"));
    QVERIFY(opener->busy());
    QVERIFY(opener->progressDialog());
    QTRY_VERIFY(opener->progressDialog()->maximum() > 0); // the progress arrived
    auto *cancel = opener->progressDialog()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(!opener->busy());
    QCOMPARE(opened.count(), 0);
    QCOMPARE(infos.count(), 1);
    QVERIFY(infos.at(0).at(0).toString().contains(QStringLiteral("cancelled")));
    m_source.hold = false;

    // Too large (50 MB, limit 20 MB): says both sizes and offers the ticket's page on the server.
    const int requests = m_source.requests.size();
    QString said;
    QTimer::singleShot(0, this, [&said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        said = box->text();
        QPushButton *web = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (b->text() == QLatin1String("Open ticket on the server"))
                web = qobject_cast<QPushButton *>(b);
        QVERIFY(web);
        web->click();
    });
    opener->open(entry.attachments.at(1), QStringLiteral("RT-3301"));
    QVERIFY2(said.contains(QStringLiteral("50.0 MB")) && said.contains(QStringLiteral("20.0 MB")), qPrintable(said));
    QCOMPARE(m_source.requests.size(), requests); // never downloaded
    QCOMPARE(m_opened.last(), QUrl(QStringLiteral("https://rt.example.cn/Ticket/Display.html?id=RT-3301")));

    // A lower limit from the settings is used and shown.
    QSettings().setValue(QStringLiteral("service/attachmentLimitMb"), 5);
    auto restore = qScopeGuard([] { QSettings().remove(QStringLiteral("service/attachmentLimitMb")); });
    QCOMPARE(AttachmentOpener::limitBytes(), qint64(5) * 1024 * 1024);
    {
        ServiceView limited(*m_ctx);
        bool shown = false;
        for (QLabel *l : limited.findChildren<QLabel *>())
            shown = shown || l->text().contains(QStringLiteral("Files up to 5 MB open here"));
        QVERIFY(shown);
    }

    // No after-sales server: the files are listed, opening one says why it cannot be.
    AppContext bare(*m_ws.db, Session());
    ServiceView offline(bare);
    offline.openRecord(ticket);
    bool listedOnly = false;
    for (QLabel *l : offline.findChildren<QLabel *>())
        listedOnly = listedOnly || l->text().contains(QStringLiteral("listed only"));
    QVERIFY(listedOnly);
    QSignalSpy errors(&bare, &AppContext::errorReported);
    offline.attachmentOpener()->open(entry.attachments.at(0), QStringLiteral("RT-3301"));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("no after-sales server")), qPrintable(errors.at(0).at(0).toString()));
}

void TestServiceReplies::dialogDueDateAndRequestor()
{
    const qint64 ticket = count(QStringLiteral("SELECT id FROM tickets WHERE customer_id = 1 ORDER BY id LIMIT 1"));
    QVERIFY(ticket > 0);
    TicketDialog dialog(*m_ctx);
    QVERIFY(dialog.loadTicket(ticket));
    QComboBox *requestor = dialog.requestorBox();
    QCOMPARE(requestor->count(), 3); // None and the customer's two contacts, not another customer's
    QCOMPARE(requestor->itemText(0), QStringLiteral("None"));
    QVERIFY(requestor->findText(QStringLiteral("张伟 (设备科长)")) > 0);
    QCOMPARE(requestor->findText(QStringLiteral("Other customer's contact")), -1);
    QVERIFY(dialog.noDueBox()->isChecked()); // the fixture's ticket has no due date
    QVERIFY(!dialog.dueEdit()->isEnabled());

    requestor->setCurrentIndex(requestor->findText(QStringLiteral("张伟 (设备科长)")));
    dialog.noDueBox()->setChecked(false);
    QVERIFY(dialog.dueEdit()->isEnabled());
    const QDateTime due(QDate::currentDate().addDays(5), QTime(17, 0));
    dialog.dueEdit()->setDateTime(due);
    dialog.accept();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(m_ws.db->scalar(QStringLiteral("SELECT due_at FROM tickets WHERE id = ?"), {ticket}).value().toString(),
             due.toUTC().toString(Qt::ISODate));
    QCOMPARE(count(QStringLiteral("SELECT contact_id FROM tickets WHERE id = ?"), {ticket}),
             count(QStringLiteral("SELECT id FROM contacts WHERE name = '张伟'")));

    // The view shows them; loading again brings them back into the dialog.
    ServiceView view(*m_ctx);
    view.openRecord(ticket);
    QCOMPARE(view.requestorLabel()->text(), QStringLiteral("张伟"));
    QVERIFY(!view.dueLabel()->text().contains(QStringLiteral("No due date")));
    TicketDialog again(*m_ctx);
    QVERIFY(again.loadTicket(ticket));
    QVERIFY(!again.noDueBox()->isChecked());
    QCOMPARE(again.dueEdit()->dateTime(), due);
    QCOMPARE(again.requestorBox()->currentText(), QStringLiteral("张伟 (设备科长)"));
    QVERIFY(again.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/service-ticket-due-requestor.png")));

    // Back to "none": both are cleared.
    again.noDueBox()->setChecked(true);
    again.requestorBox()->setCurrentIndex(0);
    again.accept();
    QVERIFY(m_ws.db->scalar(QStringLiteral("SELECT due_at FROM tickets WHERE id = ?"), {ticket}).value().isNull());
    QVERIFY(m_ws.db->scalar(QStringLiteral("SELECT contact_id FROM tickets WHERE id = ?"), {ticket}).value().isNull());

    // A new ticket's requestors follow the customer picked.
    TicketDialog fresh(*m_ctx);
    QCOMPARE(fresh.requestorBox()->count(), 1);
    QVERIFY(!fresh.requestorBox()->isEnabled());
    fresh.setCustomer(2);
    QCOMPARE(fresh.requestorBox()->count(), 2);
}

void TestServiceReplies::escalateToErpComplaint()
{
    const qint64 ticket = count(QStringLiteral("SELECT id FROM tickets WHERE number = 'RT-3304'"));
    QVERIFY(ticket > 0);
    ServiceView view(*m_ctx);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.openRecord(ticket);
    QVERIFY(view.escalateButton()->isEnabled());
    QVERIFY(!view.complaintLabel()->isVisible());

    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(ask);
        QCOMPARE(ask->objectName(), QStringLiteral("escalateDialog"));
        asked = true;
        ask->setTextValue(QStringLiteral("批量漏油，客户要求退货"));
        QVERIFY(ask->grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/service-escalate.png")));
        ask->accept();
    });
    view.history()->setFocus();
    QTest::keyClick(view.history(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier); // the shortcut
    QVERIFY(asked);
    auto payload = m_ws.db->scalar(QStringLiteral("SELECT payload FROM outbox WHERE entity = 'ticket' AND record_id = ? "
                                                  "AND op = 'action'"),
                                   {ticket});
    QVERIFY(payload && payload.value().isValid());
    const QJsonObject command = QJsonDocument::fromJson(payload.value().toByteArray()).object();
    QCOMPARE(command.value(QStringLiteral("command")).toString(), QStringLiteral("escalate"));
    QCOMPARE(command.value(QStringLiteral("args")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("批量漏油，客户要求退货"));
    QVERIFY(view.complaintLabel()->isVisible());
    QVERIFY(view.complaintLabel()->text().contains(QStringLiteral("queued")));
    QVERIFY(!view.escalateButton()->isEnabled()); // once is enough

    // The ERP answered (the sync writes the complaint's number): the ticket says so.
    QVERIFY(m_ws.db->exec(QStringLiteral("UPDATE tickets SET complaint_ref = 'QC-2026-0815' WHERE id = ?"), {ticket}));
    QVERIFY(m_ws.db->exec(QStringLiteral("UPDATE outbox SET state = 'done' WHERE entity = 'ticket' AND record_id = ?"), {ticket}));
    m_ctx->notifyChanged(QStringLiteral("sync"));
    QCOMPARE(view.complaintLabel()->text(), QStringLiteral("Escalated to ERP complaint QC-2026-0815"));
    QVERIFY(view.complaintLabel()->isVisible());
    QVERIFY(!view.escalateButton()->isEnabled());
}

void TestServiceReplies::customerFileListsTicketsWithDueDate()
{
    QVERIFY(m_ws.db->exec(QStringLiteral("UPDATE tickets SET due_at = '2030-01-15T09:00:00Z' WHERE customer_id = 3")));
    CustomerFileView file(*m_ctx);
    file.resize(1366, 768);
    file.show();
    file.showCustomer(3);
    auto *tickets = file.related()->findChild<ListPanel *>(QStringLiteral("ticket"));
    QVERIFY(tickets);
    SqlWindowModel *m = tickets->model();
    QCOMPARE(m->rowCount(), int(count(QStringLiteral("SELECT count(*) FROM tickets WHERE customer_id = 3"))));
    int statusColumn = -1, dueColumn = -1;
    for (int c = 0; c < m->columnCount(); ++c) {
        if (m->headerData(c, Qt::Horizontal).toString() == QLatin1String("Status"))
            statusColumn = c;
        if (m->headerData(c, Qt::Horizontal).toString() == QLatin1String("Due"))
            dueColumn = c;
    }
    QVERIFY(statusColumn >= 0 && dueColumn >= 0);
    QCOMPARE(m->index(0, statusColumn).data().toString(), QStringLiteral("Stalled"));
    QCOMPARE(m->index(0, dueColumn).data().toString(), QLocale().toString(QDate(2030, 1, 15), QLocale::ShortFormat));
    // In view in the narrow pane: status and due date right after the number; no customer column.
    QHeaderView *header = tickets->table()->horizontalHeader();
    QCOMPARE(header->visualIndex(statusColumn), 1);
    QCOMPARE(header->visualIndex(dueColumn), 2);
    QVERIFY(tickets->table()->isColumnHidden(2));
    file.related()->setCurrentWidget(tickets);
    QTest::qWait(50);
    QVERIFY(file.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/customer-file-tickets.png")));
}

void TestServiceReplies::screenshots()
{
    const qint64 ticket = serverTicket();
    ServiceView view(*m_ctx);
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.openRecord(ticket);
    view.replyBox()->customerChoice()->click();
    typeText(view.replyBox()->textEdit(), QStringLiteral("张工您好，附件是更换后的参数表，请现场核对。"));
    view.replyBox()->addFiles({writeFile(QStringLiteral("参数表-SV750.xlsx"), QByteArray(18000, 'x')),
                               writeFile(QStringLiteral("wiring.pdf"), QByteArray(260000, 'x'))});
    QTest::qWait(50);
    QVERIFY(view.grab().save(QStringLiteral(SB_SCREENSHOT_DIR "/service-timeline-reply.png")));
}

QTEST_MAIN(TestServiceReplies)
#include "tst_servicereplies.moc"
