#pragma once

// A workspace for the sales screens' tests: the demo book (so lists and charts look like a
// real day) plus a few records of our own whose numbers the tests know.

#include "models/demo/DemoGenerator.h"
#include "models/store/BulkWriter.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"
#include "models/store/Transaction.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <memory>

struct SalesFixture {
    QTemporaryDir dir;
    std::unique_ptr<sb::Database> db;
    bool demo = false;
    qint64 customerId = 0; // 苏州华东精密机械有限公司, grade A, two orders this year, one open ticket
    qint64 servoId = 0;    // list ¥2,380.00, cost ¥1,450.00
    qint64 plcId = 0;      // list ¥5,600.00, cost ¥3,900.00
    qint64 overdueDealId = 0; // a proposal whose next activity is a week late

    static constexpr qint64 kServoPrice = 238000, kServoCost = 145000;
    static constexpr qint64 kPlcPrice = 560000, kPlcCost = 390000;

    // Returns an error message, empty on success.
    QString open(int demoCustomers = 200)
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary directory");
        auto opened = sb::Database::open(dir.filePath(QStringLiteral("workspace.sbw")));
        if (!opened)
            return opened.error();
        db = opened.take();
        if (demoCustomers > 0) {
            sb::DemoGenerator::Options options;
            options.customers = demoCustomers;
            options.currentUser = QStringLiteral("wang.fang");
            auto counts = sb::DemoGenerator(*db, options).generate();
            demo = counts.isOk(); // without the demo book the tests still run on our own records
            if (!demo)
                qWarning("demo workspace not available: %s", qPrintable(counts.error()));
        }
        return seed();
    }

    QString seed()
    {
        sb::Transaction tx(*db);
        sb::BulkWriter customers(*db, sb::entities::customer(),
                                 {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("grade"),
                                  QStringLiteral("region"), QStringLiteral("owner"), QStringLiteral("status")});
        auto c = customers.insert({QStringLiteral("TST-0001"), QStringLiteral("苏州华东精密机械有限公司"),
                                   QStringLiteral("A"), QStringLiteral("华东"), QStringLiteral("wang.fang"),
                                   QStringLiteral("active")});
        if (!c)
            return c.error();
        customerId = c.value();
        sb::BulkWriter products(*db, sb::entities::product(),
                                {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("unit"),
                                 QStringLiteral("list_price_cents"), QStringLiteral("cost_cents")});
        auto s = products.insert({QStringLiteral("TST-SRV-750"), QStringLiteral("交流伺服电机 750W"),
                                  QStringLiteral("pcs"), kServoPrice, kServoCost});
        auto p = products.insert({QStringLiteral("TST-PLC-16"), QStringLiteral("PLC 控制器 16 点"),
                                  QStringLiteral("pcs"), kPlcPrice, kPlcCost});
        if (!s || !p)
            return s ? p.error() : s.error();
        servoId = s.value();
        plcId = p.value();
        sb::BulkWriter orders(*db, sb::entities::order(),
                              {QStringLiteral("number"), QStringLiteral("customer_id"), QStringLiteral("state"),
                               QStringLiteral("order_date"), QStringLiteral("total_cents")});
        const QString recent = QDate::currentDate().addMonths(-2).toString(Qt::ISODate);
        const QString old = QDate::currentDate().addMonths(-20).toString(Qt::ISODate);
        for (const QVariantList &row : {QVariantList{QStringLiteral("TST-SO-1"), customerId, QStringLiteral("done"), recent, 1200000},
                                        QVariantList{QStringLiteral("TST-SO-2"), customerId, QStringLiteral("confirmed"), recent, 800000},
                                        QVariantList{QStringLiteral("TST-SO-3"), customerId, QStringLiteral("done"), old, 5000000}})
            if (auto o = orders.insert(row); !o)
                return o.error();
        // A big deal whose next call is a week late: the card's overdue marker and the red bar.
        sb::BulkWriter deals(*db, sb::entities::opportunity(),
                             {QStringLiteral("customer_id"), QStringLiteral("title"), QStringLiteral("stage"),
                              QStringLiteral("amount_cents"), QStringLiteral("probability"),
                              QStringLiteral("expected_close"), QStringLiteral("owner"),
                              QStringLiteral("next_activity_at")});
        const QString lateCall = QDateTime::currentDateTimeUtc().addDays(-7).toString(Qt::ISODate);
        auto late = deals.insert({customerId, QStringLiteral("华东精密 三号车间自动化"), QStringLiteral("proposal"),
                                  qint64(980000000), 50, QDate::currentDate().addDays(45).toString(Qt::ISODate),
                                  QStringLiteral("wang.fang"), lateCall});
        if (!late)
            return late.error();
        overdueDealId = late.value();
        sb::BulkWriter tickets(*db, sb::entities::ticket(),
                               {QStringLiteral("customer_id"), QStringLiteral("subject"), QStringLiteral("status")});
        if (auto t = tickets.insert({customerId, QStringLiteral("伺服报警 AL.16"), QStringLiteral("open")}); !t)
            return t.error();
        if (sb::Status st = tx.commit(); !st)
            return st.error();
        return QString();
    }

    QVariant scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto r = db->scalar(sql, bindings);
        return r ? r.value() : QVariant();
    }

    // The newest outbox entry of a record with that operation, its payload parsed.
    QJsonObject lastOutbox(const QString &entity, qint64 id, const QString &op)
    {
        const QVariant payload = scalar(QStringLiteral("SELECT payload FROM outbox WHERE entity = ? AND record_id = ? "
                                                       "AND op = ? ORDER BY id DESC LIMIT 1"),
                                        {entity, id, op});
        return payload.isNull() ? QJsonObject() : QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    }
};
