#pragma once

// A small, fixed operations book for the orders, inventory, logistics and service screens:
// rows as the sync would leave them (local_state 0), dates relative to today, Chinese and
// English names. Each test looks its subjects up by what they are ("a done order"), so the
// same tests run on the demo workspace too.

#include "models/demo/DemoGenerator.h"
#include "models/store/Database.h"
#include "models/store/Transaction.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace opsfixture {

inline QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

inline QString stamp(int offset)
{
    return day(offset) + QStringLiteral("T09:30:00Z");
}

// Runs one statement; a failure names the statement so a broken fixture is easy to find.
inline bool run(sb::Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto r = db.exec(sql, bindings);
    if (!r)
        qWarning("fixture: %s\n  in: %s", qPrintable(r.error()), qPrintable(sql));
    return r.isOk();
}

inline bool fill(sb::Database &db)
{
    sb::Transaction tx(db);
    bool ok = tx.isActive();
    const QStringList customers = {
        QStringLiteral("华东精密机械有限公司"), QStringLiteral("苏州恒远自动化设备有限公司"),
        QStringLiteral("Northwind Trading GmbH"), QStringLiteral("深圳美达电子科技有限公司"),
        QStringLiteral("Blue River Packaging Inc."), QStringLiteral("宁波海通物流设备有限公司"),
    };
    const QStringList regions = {QStringLiteral("华东"), QStringLiteral("华东"), QStringLiteral("Overseas"),
                                 QStringLiteral("华南"), QStringLiteral("Overseas"), QStringLiteral("华东")};
    for (int i = 0; i < customers.size(); ++i)
        ok = ok && run(db, QStringLiteral("INSERT INTO customers (id, code, name, region, owner, grade) VALUES (?,?,?,?,?,?)"),
                       {i + 1, QStringLiteral("C%1").arg(1001 + i), customers.at(i), regions.at(i),
                        i % 2 ? QStringLiteral("li.lei") : QStringLiteral("wang.fang"), QStringLiteral("ABCD").mid(i % 4, 1)});

    ok = ok && run(db, QStringLiteral("INSERT INTO warehouses (id, code, name, city) VALUES "
                                      "(1,'BJ','北京仓','北京'), (2,'SH','上海仓','上海'), (3,'SZ','深圳仓','深圳')"));
    struct Product {
        const char *code, *name, *spec, *unit;
        int price;
    };
    const Product products[] = {
        {"SV-750", "交流伺服电机 AC Servo Motor", "750W 220V", "台", 2680},
        {"SV-1500", "交流伺服电机 AC Servo Motor", "1.5kW 380V", "台", 4150},
        {"PLC-X20", "可编程控制器 PLC", "20 I/O", "台", 1890},
        {"HMI-7", "触摸屏 HMI Panel", "7 inch", "pcs", 1260},
        {"GB-60", "行星减速机 Planetary Gearbox", "60mm 1:10", "pcs", 980},
        {"CB-5M", "编码器电缆 Encoder Cable", "5 m", "pcs", 85},
    };
    int pid = 0;
    for (const Product &p : products) {
        ++pid;
        ok = ok && run(db, QStringLiteral("INSERT INTO products (id, code, name, spec, unit, category, list_price_cents) "
                                          "VALUES (?,?,?,?,?,?,?)"),
                       {pid, QString::fromUtf8(p.code), QString::fromUtf8(p.name), QString::fromUtf8(p.spec),
                        QString::fromUtf8(p.unit), QStringLiteral("自动化"), qint64(p.price) * 100});
    }
    // SV-750: plenty in Shanghai, some in Shenzhen, Beijing only by forecast.
    const int stock[][4] = {{1, 1, 0, 40},   {1, 2, 120, 150}, {1, 3, 35, 35},  {2, 2, 8, 20},  {2, 3, 0, 10},
                            {3, 1, 50, 50},  {3, 2, 200, 180}, {4, 3, 60, 75},  {5, 1, 15, 15}, {5, 2, 300, 260},
                            {6, 2, 1200, 1000}, {6, 3, 400, 450}};
    for (const auto &s : stock)
        ok = ok && run(db, QStringLiteral("INSERT INTO stock_levels (product_id, warehouse_id, on_hand, forecast) VALUES (?,?,?,?)"),
                       {s[0], s[1], s[2], s[3]});

    // Orders SO2026-00010 .. 00029: the first is all done, the rest in every other state.
    struct Order {
        const char *state, *ship, *inv;
    };
    const Order states[] = {{"done", "sent", "paid"},         {"processing", "partial", "none"},
                            {"confirmed", "waiting", "none"}, {"done", "sent", "invoiced"},
                            {"confirmed", "none", "none"},    {"processing", "sent", "waiting"},
                            {"cancelled", "none", "none"},    {"confirmed", "exception", "none"}};
    for (int i = 0; i < 20; ++i) {
        const Order &o = states[i % 8];
        const int age = 40 - i * 2;
        const qint64 total = (12 + (i * 37) % 90) * 100000LL;
        ok = ok && run(db, QStringLiteral("INSERT INTO orders (id, number, customer_id, state, order_date, promised_date, "
                                          "untaxed_cents, tax_cents, total_cents, shipment_state, invoice_state, owner) "
                                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                       {i + 1, QStringLiteral("SO2026-%1").arg(10 + i, 5, 10, QLatin1Char('0')), i % 6 + 1,
                        QString::fromUtf8(o.state), day(-age), day(-age + 14), total * 100 / 113,
                        total - total * 100 / 113, total, QString::fromUtf8(o.ship), QString::fromUtf8(o.inv),
                        i % 3 ? QStringLiteral("li.lei") : QStringLiteral("wang.fang")});
        ok = ok && run(db, QStringLiteral("INSERT INTO order_lines (order_id, position, product_id, quantity, "
                                          "shipped_quantity, unit_price_cents, line_total_cents) VALUES (?,?,?,?,?,?,?)"),
                       {i + 1, 1, i % 6 + 1, 10,
                        QString::fromUtf8(o.ship) == QLatin1String("sent") ? 10 : QString::fromUtf8(o.ship) == QLatin1String("partial") ? 4 : 0,
                        total / 10, total});
    }

    // Shipments: the done order's two parcels were delivered; the rest spread over the states.
    const QStringList carriers = {QStringLiteral("顺丰速运"), QStringLiteral("京东物流"), QStringLiteral("DHL Express")};
    struct Shipment {
        int order;
        const char *state;
        int planned, shipped, delivered;
    };
    const Shipment shipments[] = {
        {1, "delivered", -36, -35, -33}, {1, "delivered", -34, -33, -31}, {2, "shipped", -30, -29, 0},
        {2, "packed", -3, 0, 0},         {3, "waiting", -5, 0, 0},        {4, "delivered", -26, -26, -24},
        {5, "assigned", 3, 0, 0},        {6, "shipped", -12, -11, 0},     {8, "picked", -2, 0, 0},
        {10, "shipped", -4, -2, 0},      {11, "waiting", 6, 0, 0},        {12, "delivered", -10, -10, -8},
    };
    int sid = 0;
    for (const Shipment &s : shipments) {
        ++sid;
        const bool left = s.shipped != 0;
        ok = ok && run(db, QStringLiteral("INSERT INTO shipments (id, number, order_id, customer_id, warehouse_id, carrier, "
                                          "tracking_number, state, planned_date, effective_date, delivered_at, "
                                          "delivery_confirmed_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                       {sid, QStringLiteral("WH/OUT/%1").arg(500 + sid, 5, 10, QLatin1Char('0')), s.order,
                        (s.order - 1) % 6 + 1, sid % 3 + 1, carriers.at(sid % 3),
                        left ? QVariant(QStringLiteral("SF%1").arg(1400000000LL + sid * 7919LL)) : QVariant(),
                        QString::fromUtf8(s.state), day(s.planned), left ? QVariant(day(s.shipped)) : QVariant(),
                        s.delivered ? QVariant(stamp(s.delivered)) : QVariant(),
                        s.delivered ? QVariant(QStringLiteral("张伟")) : QVariant()});
    }

    // Invoices: the done order is paid; order 4 is invoiced and overdue.
    ok = ok && run(db, QStringLiteral("INSERT INTO invoices (id, order_id, customer_id, number, state, invoice_date, due_date, "
                                      "total_cents, amount_to_pay_cents, paid_at) VALUES "
                                      "(1, 1, 1, 'INV/2026/0101', 'paid', ?, ?, 1200000, 0, ?), "
                                      "(2, 4, 4, 'INV/2026/0102', 'posted', ?, ?, 2310000, 2310000, NULL)"),
                   {day(-33), day(-3), stamp(-20), day(-24), day(-1)});

    // Tickets with a little history.
    struct Ticket {
        int customer, product;
        const char *subject, *status;
        int priority;
        const char *owner;
    };
    const Ticket tickets[] = {
        {1, 1, "伺服电机运行时异响", "open", 4, "wang.fang"},
        {2, 3, "PLC 通讯中断，需要现场支持", "new", 3, "zhao.min"},
        {3, 4, "HMI panel flickers after firmware update", "stalled", 2, "wang.fang"},
        {4, 5, "减速机漏油", "resolved", 2, "zhao.min"},
        {5, 6, "Encoder cable too short, need 10 m", "rejected", 1, "li.lei"},
        {6, 2, "电机过热报警 AL.410", "open", 4, "li.lei"},
    };
    int tid = 0;
    for (const Ticket &t : tickets) {
        ++tid;
        ok = ok && run(db, QStringLiteral("INSERT INTO tickets (id, number, customer_id, product_id, serial_number, subject, "
                                          "description, status, priority, queue, owner, created_at, updated_at) "
                                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                       {tid, QStringLiteral("RT-%1").arg(3300 + tid), t.customer, t.product,
                        QStringLiteral("SN2025%1").arg(7000 + tid * 13), QString::fromUtf8(t.subject),
                        QStringLiteral("客户反映设备在满载时出现问题，已要求提供现场照片和报警记录。"),
                        QString::fromUtf8(t.status), t.priority, QStringLiteral("售后服务"),
                        QString::fromUtf8(t.owner), stamp(-10 + tid), stamp(-2)});
        ok = ok && run(db, QStringLiteral("INSERT INTO ticket_events (ticket_id, at, author, kind, text) VALUES "
                                          "(?, ?, ?, 'create', ?), (?, ?, 'zhao.min', 'correspond', ?)"),
                       {tid, stamp(-10 + tid), QString::fromUtf8(t.owner), QStringLiteral("工单已创建"), tid, stamp(-2),
                        QStringLiteral("已联系客户，安排工程师本周上门检查。")});
    }
    return ok && tx.commit().isOk();
}

// A workspace in a temporary directory, filled with the fixture (assertions) or with the demo
// book (screenshots: the volume and variety a person sees on a first start).
struct Workspace {
    QTemporaryDir dir;
    std::unique_ptr<sb::Database> db;

    bool open() { return create() && fill(*db); }

    bool openDemo(int customers = 300)
    {
        if (!create())
            return false;
        auto r = sb::DemoGenerator(*db, sb::DemoGenerator::Options{customers, 20261128u, QStringLiteral("wang.fang")})
                     .generate();
        if (!r)
            qWarning("demo workspace: %s", qPrintable(r.error()));
        return r.isOk();
    }

private:
    bool create()
    {
        if (!dir.isValid())
            return false;
        auto r = sb::Database::open(dir.filePath(QStringLiteral("workspace.sbw")));
        if (!r) {
            qWarning("cannot open workspace: %s", qPrintable(r.error()));
            return false;
        }
        db = r.take();
        return true;
    }
};

// The demo book for screenshots, or the fixture when the demo cannot be written.
inline sb::Database &screenshotBook(Workspace &demo, Workspace &fallback)
{
    if (demo.openDemo())
        return *demo.db;
    qWarning("screenshot: no demo workspace, showing the fixture");
    return *fallback.db;
}

inline qint64 firstId(sb::Database &db, const QString &sql)
{
    auto r = db.scalar(sql);
    return r && r.value().isValid() ? r.value().toLongLong() : -1;
}

} // namespace opsfixture
