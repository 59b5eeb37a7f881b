#include "CategoryStore.h"

#include "Database.h"

#include <QCollator>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

Result<QList<CategoryChoice>> CategoryStore::choices(const QString &dimension, bool chinese)
{
    // A value pulled from the ERP and the same value kept here before are one entry.
    auto r = m_db.exec(QStringLiteral("SELECT name, max(coalesce(%1, name_en, name)) FROM categories WHERE dimension = ? "
                                      "GROUP BY name")
                           .arg(chinese ? QStringLiteral("name_zh") : QStringLiteral("name_en")),
                       {dimension});
    if (!r)
        return Result<QList<CategoryChoice>>::fail(r.error());
    QList<CategoryChoice> out;
    while (r.value().next())
        out << CategoryChoice{r.value().value(0).toString(), r.value().value(1).toString()};
    QCollator collator(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English));
    std::sort(out.begin(), out.end(), [&collator](const CategoryChoice &a, const CategoryChoice &b) {
        return collator.compare(a.label, b.label) < 0;
    });
    return Result<QList<CategoryChoice>>::ok(out);
}

Result<QString> CategoryStore::label(const QString &dimension, const QString &name, bool chinese)
{
    auto r = m_db.scalar(QStringLiteral("SELECT coalesce(%1, name_en, name) FROM categories WHERE dimension = ? AND name = ? "
                                        "ORDER BY remote_id IS NULL LIMIT 1")
                             .arg(chinese ? QStringLiteral("name_zh") : QStringLiteral("name_en")),
                         {dimension, name});
    if (!r)
        return Result<QString>::fail(r.error());
    const QString label = r.value().toString();
    return Result<QString>::ok(label.isEmpty() ? name : label);
}

Status CategoryStore::adoptCustomerValues()
{
    auto r = m_db.exec(QStringLiteral(
        "INSERT INTO categories (dimension, name) SELECT d, v FROM ("
        "  SELECT DISTINCT 'region' AS d, region AS v FROM customers WHERE region IS NOT NULL AND trim(region) <> '' "
        "  UNION SELECT DISTINCT 'industry', industry FROM customers WHERE industry IS NOT NULL AND trim(industry) <> '' "
        "  UNION SELECT DISTINCT 'owner', owner FROM customers WHERE owner IS NOT NULL AND trim(owner) <> '') "
        "WHERE NOT EXISTS (SELECT 1 FROM categories c WHERE c.dimension = d AND c.name = v)"));
    if (!r)
        return Status::fail(r.error());
    return Status::ok();
}

} // namespace sb
