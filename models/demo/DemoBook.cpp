#include "DemoBook.h"

#include "models/domain/Vocabulary.h"
#include "models/store/Database.h"
#include "models/store/Entity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <limits>

namespace sb::demo {

namespace {
constexpr int kMinDay = -1500; // oldest date the book uses, in days from today
constexpr int kMaxDay = 400;
constexpr int kSlots = 25; // half hours from 08:00 to 20:00 local time
constexpr int kReportEvery = 2000;
constexpr int kUnknownOffset = std::numeric_limits<int>::min();


int currentSlot()
{
    const int sinceEight = QTime::currentTime().msecsSinceStartOfDay() - 8 * 3600 * 1000;
    return sinceEight < 0 ? -1 : std::min(sinceEight / (1800 * 1000), kSlots - 1);
}
} // namespace

Book::Table::Table(Database &db, const Entity &entity, const QStringList &columns, qint64 &counter,
                  const QString &tableName)
    : writer(db, entity, columns)
    , count(counter)
    , name(tableName)
{
}

Book::Book(Database &db, int customers, quint32 seed, const QString &currentUser, const Progress &progress)
    : m_db(db)
    , m_v(vocabulary())
    , m_size(customers)
    , m_rng(seed)
    , m_progress(progress)
    , m_today(QDate::currentDate())
    , m_nowSlot(currentSlot())
    , m_reps(m_v.reps)
{
    if (!currentUser.isEmpty() && !m_reps.contains(currentUser))
        m_reps[0] = currentUser;
    m_stageKeys = vocab::stages();
    m_gradeKeys = vocab::grades();
    m_statusKeys = vocab::customerStatuses();
    for (int s = 0; s < 6; ++s)
        m_probability[s] = vocab::defaultProbability(m_stageKeys.at(s));
    for (int s = Qualified; s <= Lost; ++s) {
        const Word &from = m_v.stageNames[size_t(s <= Negotiation ? s - 1 : int(Negotiation))];
        const Word &to = m_v.stageNames[size_t(s)];
        m_stageSubjects[s][0] = QString::fromUtf8("阶段变更：") + from.cn + QString::fromUtf8(" → ") + to.cn;
        m_stageSubjects[s][1] = QStringLiteral("Stage changed: ") + from.en + QString::fromUtf8(" → ") + to.en;
    }
    m_citiesByRegion.resize(m_v.regions.size());
    for (const City &c : m_v.cities)
        m_citiesByRegion[size_t(c.region)].push_back(&c);
    for (const QString &b : m_v.famousBrands)
        m_famous.insert(b);
    m_names.reserve(customers);
    m_shortNames.reserve(customers);
    m_days.resize(size_t(kMaxDay - kMinDay + 1));
    m_stamps.resize(m_days.size() * kSlots);
    m_utcOffsets.assign(m_days.size(), kUnknownOffset);

    auto table = [&](const Entity &e, const char *columns, qint64 &counter) {
        m_tables.push_back(std::make_unique<Table>(db, e, QString::fromLatin1(columns).split(QLatin1Char(',')),
                                                   counter, e.table));
        return m_tables.back().get();
    };
    // Rows indexed for search by triggers are staged in temporary tables and moved with one
    // INSERT ... SELECT per chunk: FTS5 flushes its pending terms at every statement, so one
    // statement per row would write one index segment per row (about ten times slower).
    auto staged = [&](const Entity &e, const char *columns, qint64 &counter) {
        const QString stage = QStringLiteral("demo_stage_") + e.table;
        const QString cols = QStringLiteral("id,") + QString::fromLatin1(columns);
        for (const QString &sql : {QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(stage),
                                   QStringLiteral("CREATE TEMP TABLE %1 AS SELECT %2 FROM main.%3 LIMIT 0")
                                       .arg(stage, cols, e.table)}) {
            if (auto r = db.exec(sql); !r && m_error.isEmpty())
                m_error = r.error();
        }
        m_stagedEntities.push_back(std::make_unique<Entity>(e));
        m_stagedEntities.back()->table = QStringLiteral("temp.") + stage;
        m_tables.push_back(std::make_unique<Table>(
            db, *m_stagedEntities.back(), QString::fromLatin1(columns).split(QLatin1Char(',')) << QStringLiteral("id"),
            counter, e.table));
        m_moves << QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM temp.%3 ").arg(e.table, cols, stage)
                << QStringLiteral("DELETE FROM temp.%1").arg(stage);
        m_drops << QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(stage);
        return m_tables.back().get();
    };
    m_customers = staged(entities::customer(),
                         "code,name,short_name,grade,industry,region,owner,status,tags,credit_limit_cents,currency,"
                         "notes,remote_system,remote_id,created_at,updated_at",
                         m_counts.customers);
    m_contacts = staged(entities::contact(),
                        "customer_id,name,title,phone,mobile,email,is_primary,notes,remote_system,remote_id,"
                        "created_at,updated_at",
                        m_counts.contacts);
    m_addresses = table(entities::address(),
                        "customer_id,kind,street,city,province,postal_code,country,is_default,remote_system,remote_id,"
                        "created_at,updated_at",
                        m_counts.addresses);
    m_products = table(entities::product(),
                       "code,name,spec,unit,category,list_price_cents,cost_cents,currency,active,remote_system,"
                       "remote_id,created_at,updated_at",
                       m_counts.products);
    m_warehouses = table(entities::warehouse(), "code,name,city,remote_system,remote_id,created_at,updated_at",
                         m_counts.warehouses);
    m_stock = table(entities::stockLevel(),
                    "product_id,warehouse_id,on_hand,forecast,remote_system,remote_id,created_at,updated_at",
                    m_counts.stockLevels);
    m_opportunities = table(entities::opportunity(),
                            "customer_id,title,stage,amount_cents,currency,probability,expected_close,owner,"
                            "lost_reason,next_activity_at,remote_system,remote_id,created_at,updated_at",
                            m_counts.opportunities);
    m_quotes = table(entities::quote(),
                     "number,customer_id,opportunity_id,state,currency,valid_until,subtotal_cents,discount_cents,"
                     "total_cents,cost_cents,owner,remote_system,remote_id,created_at,updated_at",
                     m_counts.quotes);
    m_quoteLines = table(entities::quoteLine(),
                         "quote_id,position,product_id,description,quantity,unit_price_cents,discount_pct,"
                         "line_total_cents,remote_system,remote_id,created_at,updated_at",
                         m_counts.quoteLines);
    m_orders = table(entities::order(),
                     "number,customer_id,quote_id,state,order_date,promised_date,currency,untaxed_cents,tax_cents,"
                     "total_cents,shipment_state,invoice_state,owner,remote_system,remote_id,created_at,updated_at,"
                     "customer_po,requested_date,payment_terms",
                     m_counts.orders);
    m_orderLines = table(entities::orderLine(),
                         "order_id,position,product_id,description,quantity,shipped_quantity,unit_price_cents,"
                         "line_total_cents,remote_system,remote_id,created_at,updated_at",
                         m_counts.orderLines);
    m_invoices = table(entities::invoice(),
                       "order_id,customer_id,number,state,invoice_date,due_date,currency,total_cents,"
                       "amount_to_pay_cents,paid_at,remote_system,remote_id,created_at,updated_at",
                       m_counts.invoices);
    m_shipments = table(entities::shipment(),
                        "number,order_id,customer_id,warehouse_id,carrier,tracking_number,state,planned_date,"
                        "effective_date,delivered_at,delivery_confirmed_by,remote_system,remote_id,created_at,"
                        "updated_at",
                        m_counts.shipments);
    m_approvals = table(entities::approval(),
                        "kind,subject_entity,subject_id,customer_id,title,requester,approver,state,amount_cents,"
                        "currency,discount_pct,margin_pct,submitted_at,decided_at,decision_comment,steps,"
                        "remote_system,remote_id,created_at,updated_at",
                        m_counts.approvals);
    m_tickets = table(entities::ticket(),
                      "number,customer_id,product_id,serial_number,subject,description,status,priority,queue,owner,"
                      "resolved_at,remote_system,remote_id,created_at,updated_at",
                      m_counts.tickets);
    m_ticketEvents = table(entities::ticketEvent(),
                           "ticket_id,at,author,kind,text,remote_system,remote_id,created_at,updated_at",
                           m_counts.ticketEvents);
    m_activities = table(entities::activity(),
                         "customer_id,opportunity_id,contact_id,kind,subject,body,starts_at,ends_at,status,owner,"
                         "remote_system,remote_id,created_at,updated_at,location,reminder_minutes,attendees,time_zone",
                         m_counts.activities);
}

Result<DemoGenerator::Counts> Book::write()
{
    using R = Result<DemoGenerator::Counts>;
    if (!m_error.isEmpty())
        return R::fail(m_error);
    for (const auto &t : m_tables)
        if (!t->writer.isValid())
            return R::fail(t->writer.error());
    for (auto [base, table] : {std::pair{&m_customerBase, "customers"}, std::pair{&m_contactBase, "contacts"}}) {
        auto r = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM main.%1").arg(QLatin1String(table)));
        if (!r)
            return R::fail(r.error());
        *base = r.value().toLongLong();
    }
    plan();
    const QString cancelled = QCoreApplication::translate("sb::DemoGenerator", "cancelled");
    if (m_progress && !m_progress(0, m_total))
        return R::fail(cancelled);
    writeCatalogue();
    constexpr int kChunk = 2000;
    for (int first = 0; first < m_size && m_error.isEmpty() && !m_cancelled; first += kChunk)
        writeChunk(first, std::min(first + kChunk, m_size));
    if (!m_error.isEmpty())
        return R::fail(m_error);
    if (m_cancelled || (m_progress && !m_progress(m_done, m_total)))
        return R::fail(cancelled);
    // The statements go first: a table cannot be dropped while a statement on it is prepared.
    m_tables.clear();
    for (const QString &sql : std::as_const(m_drops))
        if (auto r = m_db.exec(sql); !r)
            return R::fail(r.error());
    return R::ok(m_counts);
}

void Book::writeChunk(int first, int end)
{
    m_chunk.clear();
    for (int i = first; i < end; ++i) {
        writeCompany(i);
        m_chunk.push_back(m_customer);
    }
    if (Status s = moveStaged(); !s) {
        if (m_error.isEmpty())
            m_error = s.error();
        return;
    }
    for (const Customer &c : m_chunk) {
        if (!m_error.isEmpty() || m_cancelled)
            return;
        m_customer = c;
        writeBusiness();
    }
}

Status Book::moveStaged()
{
    for (const QString &sql : std::as_const(m_moves)) {
        auto r = m_db.exec(sql);
        if (!r)
            return Status::fail(QCoreApplication::translate("sb::DemoGenerator", "Writing the demo data failed: %1").arg(r.error()));
    }
    return Status::ok();
}

int Book::weighted(std::initializer_list<int> weights)
{
    int sum = 0;
    for (int w : weights)
        sum += w;
    int r = int(m_rng.bounded(quint32(sum)));
    int i = 0;
    for (int w : weights) {
        if (r < w)
            return i;
        r -= w;
        ++i;
    }
    return i - 1;
}

QString Book::digits(const QString &pattern)
{
    QString out = pattern;
    for (QChar &ch : out) {
        if (ch == QLatin1Char('#'))
            ch = QChar(u'0' + char16_t(m_rng.bounded(10u)));
        else if (ch == QLatin1Char('@'))
            ch = QChar(u'2' + char16_t(m_rng.bounded(7u)));
    }
    return out;
}

qint64 Book::money(qint64 fen) const
{
    // Export customers are billed in dollars at a round planning rate of 7.1.
    return m_customer.abroad ? (fen * 10 + 35) / 71 : fen;
}

const QString &Book::day(int offset)
{
    offset = qBound(kMinDay, offset, kMaxDay);
    QString &s = m_days[size_t(offset - kMinDay)];
    if (s.isNull())
        s = m_today.addDays(offset).toString(Qt::ISODate);
    return s;
}

const QString &Book::stamp(int offset, int slot)
{
    // What has happened cannot be later than now: today's later slots become the current one.
    if (offset >= 0 && (offset > 0 || slot > m_nowSlot)) {
        offset = 0;
        slot = m_nowSlot;
        if (slot < 0) { // before office hours: the end of yesterday
            offset = -1;
            slot = kSlots - 1;
        }
    }
    return planned(offset, slot);
}

const QString &Book::planned(int offset, int slot)
{
    offset = qBound(kMinDay, offset, kMaxDay);
    slot = qBound(0, slot, kSlots - 1);
    QString &s = m_stamps[size_t(offset - kMinDay) * kSlots + size_t(slot)];
    if (s.isNull()) {
        // Business hours where the user is, stored in UTC like every *_at column. The zone is
        // asked once per day: every local-time conversion rereads the system's zone data.
        const QDate date = m_today.addDays(offset);
        int &utcOffset = m_utcOffsets[size_t(offset - kMinDay)];
        if (utcOffset == kUnknownOffset)
            utcOffset = QDateTime(date, QTime(12, 0)).offsetFromUtc();
        s = QDateTime(date, QTime(8, 0).addSecs(slot * 1800), Qt::UTC).addSecs(-utcOffset).toString(Qt::ISODate);
    }
    return s;
}

QString Book::padded(const char *prefix, qint64 n, int width)
{
    const QString number = QString::number(n);
    QString s = QLatin1String(prefix);
    if (number.size() < width)
        s += QString(width - number.size(), QLatin1Char('0'));
    return s + number;
}

qint64 Book::put(Table &t)
{
    if (!m_error.isEmpty())
        return 0;
    Result<qint64> r = t.writer.insert(t.values);
    if (!r) {
        m_error = QCoreApplication::translate("sb::DemoGenerator", "Writing the demo %1 failed: %2").arg(t.name, r.error());
        return 0;
    }
    ++t.count;
    ++m_done;
    if (m_progress && m_done - m_lastReport >= kReportEvery) {
        m_lastReport = m_done;
        if (!m_progress(m_done, m_total))
            m_cancelled = true;
    }
    return r.value();
}

void Book::plan()
{
    m_plans.resize(size_t(m_size));
    for (int i = 0; i < m_size; ++i) {
        Plan &p = m_plans[size_t(i)];
        // The first customers walk through every order state and stage, so even a tiny book shows all.
        p.status = i < 6 ? Active : CustomerStatus(weighted({14, 64, 15, 7}));
        static const OrderState prospectOrders[] = {OrderDraft, Confirmed, Cancelled};
        static const OrderState pastOrders[] = {Done, Cancelled};
        if (i < 5)
            p.order = OrderState(i);
        else if (p.status == Prospect)
            p.order = prospectOrders[weighted({60, 15, 25})];
        else if (p.status == Active)
            p.order = OrderState(weighted({6, 16, 20, 52, 6}));
        else
            p.order = pastOrders[p.status == Dormant ? weighted({85, 15}) : weighted({70, 30})];

        p.delivery = NotShipped;
        p.billing = NotInvoiced;
        if (p.order == Confirmed) {
            p.delivery = ToShip;
            p.billing = chance(50) ? ToInvoice : NotInvoiced;
        } else if (p.order == Processing) {
            static const Delivery d[] = {ToShip, PartlyShipped, Shipped, ShippingProblem};
            p.delivery = d[weighted({15, 35, 42, 8})];
            static const Billing waiting[] = {NotInvoiced, ToInvoice};
            static const Billing partly[] = {ToInvoice, Invoiced, NotInvoiced};
            static const Billing sent[] = {Invoiced, ToInvoice, InvoicingProblem};
            static const Billing problem[] = {ToInvoice, Invoiced};
            switch (p.delivery) {
            case ToShip: p.billing = waiting[weighted({50, 50})]; break;
            case PartlyShipped: p.billing = partly[weighted({55, 35, 10})]; break;
            case Shipped: p.billing = sent[weighted({57, 38, 5})]; break;
            default: p.billing = problem[weighted({70, 30})]; break;
            }
        } else if (p.order == Done) {
            p.delivery = Shipped;
            p.billing = Paid;
        }

        if (i < 6)
            p.stage = Stage(i);
        else if (p.status == Closed)
            p.stage = chance(50) ? Won : Lost;
        else
            p.stage = Stage(weighted({20, 17, 16, 12, 21, 14}));
        p.quoteLines = p.status != Closed && chance(20) ? quint8(between(2, 4)) : 0;
        p.activities = quint8(1 + weighted({40, 45, 15}));
        p.stageRow = p.stage != Lead && chance(30);
        p.approvals = 0;
        p.tickets = 0;
    }

    // Exactly `count` items over the customers, at most one apart (selection sampling).
    auto spread = [this](qint64 count, quint8 Plan::*field) {
        const qint64 base = count / m_size;
        qint64 rest = count % m_size;
        for (int i = 0; i < m_size; ++i) {
            int n = int(base);
            if (rest > 0 && qint64(m_rng.bounded(quint32(m_size - i))) < rest) {
                ++n;
                --rest;
            }
            m_plans[size_t(i)].*field = quint8(std::min(n, 255));
        }
    };
    spread(std::max<qint64>(12, (qint64(m_size) * 3 + 50) / 100), &Plan::approvals);
    spread(std::max<qint64>(10, (qint64(m_size) * 8 + 50) / 100), &Plan::tickets);

    const qint64 products = std::min(400, 40 + m_size / 50);
    m_total = products * 3 + 2; // products, their stock in both warehouses, the warehouses
    for (Plan &p : m_plans) {
        if (p.approvals > 0 && p.quoteLines == 0)
            p.quoteLines = quint8(between(2, 4)); // the approval is about a quote
        for (int t = 0; t < p.tickets; ++t) {
            m_ticketEventCounts.push_back(quint8(between(1, 4)));
            m_total += m_ticketEventCounts.back();
        }
        m_total += 12; // customer, 2 contacts, address, opportunity, order and its 6 lines
        m_total += p.quoteLines ? 1 + p.quoteLines : 0;
        m_total += p.delivery != NotShipped ? 1 : 0;
        m_total += p.billing == Invoiced || p.billing == Paid ? 1 : 0;
        m_total += p.approvals + p.tickets + p.activities + (p.stageRow ? 1 : 0);
    }
}

void Book::writeCatalogue()
{
    const int count = std::min(400, 40 + m_size / 50);
    // Bigger catalogues get product lines of the same family; each line shifts the price.
    static const char *const series[] = {"", " Pro", " Eco", " Plus", " Lite", " Compact", " HD", " X2", " S3", " E5"};
    static const int seriesPercent[] = {100, 125, 85, 110, 80, 95, 130, 115, 105, 90};
    const int families = int(m_v.products.size());
    const QString cny = QStringLiteral("CNY");
    const QString opened = stamp(-1100, 1); // the warehouses predate every customer
    const QString counted = stamp(0, 0);    // stock was counted this morning
    for (int k = 0; k < count; ++k) {
        const ProductFamily &f = m_v.products[size_t(k % families)];
        const int j = k / families;
        const int variants = int(f.specs.size());
        const int specIndex = j % variants;
        const int generation = std::min(j / variants, 9);
        const QString name = f.name + QLatin1String(series[generation]);
        const QString &spec = f.specs.at(specIndex);
        const double position = variants > 1 ? double(specIndex) / (variants - 1) : 0.5;
        qint64 yuan = f.priceMin + qint64((f.priceMax - f.priceMin) * position);
        yuan = yuan * seriesPercent[generation] / 100;
        yuan = yuan * between(92, 108) / 100;
        if (yuan > 1000)
            yuan = (yuan + 5) / 10 * 10;
        Product p;
        p.price = std::max<qint64>(yuan, 1) * 100;
        p.cost = p.price * between(55, 78) / 100;
        p.qtyMin = f.qtyMin;
        p.qtyMax = f.qtyMax;
        p.meters = f.unit == QLatin1String("m");
        p.description = name + QLatin1Char(' ') + spec;
        p.listedAt = stamp(-between(30, 1100), 1); // the range grew over the years
        p.code = f.prefix + QLatin1Char('-') + QString::number(1001 + j);
        const QString &code = p.code;
        m_products->row() << code << name << spec << f.unit << f.category << p.price << p.cost << cny << 1 << m_demo
                          << code << p.listedAt << p.listedAt;
        p.id = put(*m_products);
        m_catalogue.push_back(p);
    }

    const char *const warehouses[][3] = {{"SH", "上海仓", "上海"}, {"SZ", "深圳仓", "深圳"}};
    for (int w = 0; w < 2; ++w) {
        const QString code = QString::fromLatin1(warehouses[w][0]);
        m_warehouses->row() << code << QString::fromUtf8(warehouses[w][1]) << QString::fromUtf8(warehouses[w][2])
                            << m_demo << code << opened << opened;
        m_warehouseIds[w] = put(*m_warehouses);
    }
    for (int w = 0; w < 2; ++w) {
        const QString prefix = QString::fromLatin1(warehouses[w][0]) + QLatin1Char('/');
        for (int k = 0; k < count; ++k) {
            const Product &p = m_catalogue[size_t(k)];
            const int r = int(m_rng.bounded(100u));
            int onHand = r < 5 ? 0 : r < 12 ? between(1, 3) : between(p.qtyMax / 2, p.qtyMax * (w == 0 ? 6 : 4));
            int forecast = onHand - between(0, onHand / 3);
            if (chance(30))
                forecast += between(p.qtyMin, p.qtyMax * 3); // a purchase order on its way
            if (onHand == 0 && chance(50))
                forecast = -between(1, 10); // back orders waiting for stock
            m_stock->row() << p.id << m_warehouseIds[w] << double(onHand) << double(forecast) << m_demo
                           << prefix + p.code << p.listedAt << counted;
            put(*m_stock);
        }
    }
}

} // namespace sb::demo
