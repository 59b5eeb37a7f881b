// The demo customers themselves: company names, contacts, addresses.
#include "DemoBook.h"

#include <algorithm>

namespace sb::demo {

void Book::writeCompany(int index)
{
    const Plan &p = m_plans[size_t(index)];
    Customer &c = m_customer;
    c = Customer();
    c.index = index;
    c.id = m_customerBase + index + 1;
    c.chinese = chance(70);
    c.abroad = !c.chinese && chance(25);
    if (c.abroad) {
        c.city = &pick(m_v.abroad);
    } else {
        const auto &cities = m_citiesByRegion[size_t(weighted({40, 25, 12, 9, 7, 3, 4}))];
        c.city = cities[m_rng.bounded(quint32(cities.size()))];
    }
    c.industry = &pick(m_v.industries);
    // The first customers go round the team, so even a tiny book gives every rep (and the user) some.
    c.owner = index < m_reps.size() ? m_reps.at(index) : pick(m_reps);
    c.currency = c.abroad ? QStringLiteral("USD") : QStringLiteral("CNY");
    c.grade = weighted({6, 20, 50, 24});
    nameCompany();

    switch (p.order) {
    case OrderDraft: c.orderDay = -between(0, 7); break;
    case Confirmed: c.orderDay = -between(1, 20); break;
    case Processing: c.orderDay = -between(3, 45); break;
    case Done: c.orderDay = p.status >= Dormant ? -between(200, 720) : -between(20, 540); break;
    case Cancelled: c.orderDay = -between(5, 300); break;
    }
    c.createdDay = p.status == Prospect ? -between(1, 120) : -between(30, 1095);
    c.createdDay = std::min(c.createdDay, c.orderDay - between(3, 30));

    QStringList tags;
    for (int n = weighted({35, 40, 20, 5}); n > 0; --n) {
        const QString &tag = text(pick(m_v.tags));
        if (!tags.contains(tag))
            tags << tag;
    }
    static const int creditMin[] = {50, 20, 5, 0}, creditMax[] = {200, 50, 20, 5}; // in 10 000 yuan
    QVariant credit;
    if (p.status != Prospect)
        credit = money(qint64(between(creditMin[c.grade], creditMax[c.grade])) * 10000 * 100);
    const QString notes = chance(8) ? text(pick(m_v.customerNotes)) : QString();
    const Word &region = c.abroad ? m_v.overseasRegion : m_v.regions[size_t(c.city->region)];
    const QString code = padded("C", index + 1);
    const int slot = between(1, 18);
    c.createdAt = stamp(c.createdDay, slot);
    m_customers->row() << code << c.name << c.shortName << m_gradeKeys.at(c.grade) << text(c.industry->label)
                       << text(region) << c.owner << m_statusKeys.at(p.status)
                       << (tags.isEmpty() ? QString() : tags.join(QLatin1Char(','))) << credit << c.currency << notes
                       << m_demo << code << c.createdAt << stamp(std::max(c.createdDay, c.orderDay), slot)
                       << c.id;
    put(*m_customers);
    writeContacts();
}

void Book::nameCompany()
{
    Customer &c = m_customer;
    const City &city = *c.city;
    const Industry &trade = *c.industry;
    for (int attempt = 0;; ++attempt) {
        QString brand, latin;
        if (c.chinese) {
            const Word &a = pick(m_v.brandChars);
            const Word &b = pick(m_v.brandChars);
            if (&a == &b)
                continue;
            brand = a.cn + b.cn;
            if (m_famous.contains(brand))
                continue;
            latin = a.en + b.en;
            c.name = city.name.cn + brand + trade.fragment + pick(m_v.cnSuffixes);
        } else {
            brand = pick(m_v.enHeads);
            brand += pick(m_v.enTails);
            latin = brand.toLower();
            c.name = brand + QLatin1Char(' ') + trade.word + QLatin1Char(' ');
            if (c.abroad)
                c.name += city.companySuffix;
            else if (chance(50))
                c.name += QLatin1Char('(') + city.name.en + QStringLiteral(") Co., Ltd.");
            else
                c.name += QStringLiteral("Ltd");
        }
        // Past some collisions this city and trade are crowded: a numbered branch keeps names unique.
        if (attempt >= 30)
            c.name += (c.chinese ? QString::fromUtf8("第%1分公司") : QStringLiteral(" Branch %1")).arg(c.index + 1);
        if (m_names.contains(c.name))
            continue;
        m_names.insert(c.name);
        c.shortName = brand;
        if (m_shortNames.contains(brand))
            c.shortName = c.chinese ? city.name.cn + brand : brand + QLatin1Char(' ') + trade.word;
        m_shortNames.insert(c.shortName);
        static const char *const cnDomains[] = {".com.cn", ".com", ".cn"};
        const QString tld = c.abroad    ? city.domainSuffix
            : c.chinese                 ? QString::fromLatin1(cnDomains[m_rng.bounded(3u)])
                                        : QStringLiteral(".com");
        c.domain = latin + QLatin1Char('-') + trade.domainTag + tld;
        return;
    }
}

void Book::writeContacts()
{
    Customer &c = m_customer;
    const City &city = *c.city;
    for (int k = 0; k < 2; ++k) {
        QString name, local;
        if (c.chinese || (!c.abroad && chance(60))) {
            const Word &surname = pick(m_v.surnames);
            const Word &given = pick(m_v.givenNames);
            name = surname.cn + given.cn;
            switch (m_rng.bounded(3u)) {
            case 0: local = surname.en + given.en; break;
            case 1: local = given.en + QLatin1Char('.') + surname.en; break;
            default: local = surname.en + QLatin1Char('_') + given.en; break;
            }
        } else {
            const QString &first = pick(m_v.enFirstNames);
            const QString &last = pick(m_v.enLastNames);
            name = first + QLatin1Char(' ') + last;
            local = first.toLower() + QLatin1Char('.') + last.toLower();
        }
        QString email;
        if (c.chinese && chance(15)) { // small companies often use personal mailboxes
            const QString &provider = pick(m_v.freeMailDomains);
            email = provider.startsWith(QLatin1String("qq")) ? digits(QStringLiteral("@########"))
                                                             : local + digits(QStringLiteral("##"));
            email += QLatin1Char('@') + provider;
        } else {
            email = local + QLatin1Char('@') + c.domain;
        }
        const Word &title = k == 0 ? pick(m_v.buyerTitles) : pick(m_v.otherTitles);
        const QString phone = chance(75) ? digits(city.officePattern) : QString();
        QString mobile;
        if (chance(95)) {
            if (c.abroad) {
                mobile = digits(city.mobilePattern);
            } else { // one draw per statement: the order of operands of + is unspecified
                mobile = QStringLiteral("+86 ") + pick(m_v.mobilePrefixes);
                mobile += digits(QStringLiteral(" #### ####"));
            }
        }
        const QString notes = chance(6) ? text(pick(m_v.contactNotes)) : QString();
        c.contactIds[k] = m_contactBase + m_counts.contacts + 1;
        m_contacts->row() << c.id << name << text(title) << phone << mobile << email << (k == 0 ? 1 : 0) << notes
                          << m_demo << padded("CT", m_counts.contacts + 1, 7) << c.createdAt << c.createdAt
                          << c.contactIds[k];
        put(*m_contacts);
        c.contactNames[k] = name;
        c.contactEmails[k] = email;
        if (k == 0)
            c.contactEmail = email;
    }
}

void Book::writeAddress()
{
    const Customer &c = m_customer;
    const City &city = *c.city;
    const QString number = QString::number(between(1, 999));
    QString street;
    if (c.abroad) {
        street = number + QLatin1Char(' ') + city.street;
    } else if (c.chinese) {
        street = pick(m_v.zones).cn;
        street += pick(m_v.roads).cn + number + QString::fromUtf8("号");
        if (chance(40))
            street += QString::number(between(1, 12)) + QString::fromUtf8("号楼");
    } else {
        const Word &road = pick(m_v.roads);
        street = QStringLiteral("No. ") + number + QLatin1Char(' ') + road.en + QStringLiteral(", ")
            + pick(m_v.zones).en;
    }
    m_addresses->row() << c.id << QStringLiteral("office") << street << text(city.name) << text(city.province)
                       << digits(city.postalPattern) << text(city.country) << 1 << m_demo
                       << padded("AD", m_counts.addresses + 1, 7) << c.createdAt << c.createdAt;
    put(*m_addresses);
}

} // namespace sb::demo
