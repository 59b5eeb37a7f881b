#include "ImportColumns.h"

#include "CsvWriter.h"

#include <QCoreApplication>
#include <iterator>

namespace sb::importcolumns {

namespace {

struct FieldAliases {
    const char *field;
    const char *aliases; // '|'-separated, compared after normalizeHeader()
};

const FieldAliases kCustomerFields[] = {
    {"code", "code|customer code|customer no|customer number|编码|客户编码|客户编号|编号|代码|客户代码"},
    {"name", "name|customer|customer name|company|company name|名称|客户名称|公司名称|客户|客户名|公司"},
    {"short_name", "short name|abbreviation|简称|客户简称"},
    {"grade", "grade|等级|客户等级|级别|客户级别"},
    {"industry", "industry|行业|所属行业"},
    {"region", "region|area|区域|地区|所属区域"},
    {"owner", "owner|sales|salesperson|sales rep|负责人|销售|销售员|业务员|客户经理"},
    {"status", "status|状态|客户状态"},
    {"tags", "tags|tag|标签"},
    {"credit_limit", "credit limit|信用额度|授信额度"},
    {"currency", "currency|币种|货币"},
    {"notes", "notes|note|remarks|comment|备注|说明"},
    {"contact_name", "contact name|contact|联系人|联系人姓名"},
    {"contact_title", "contact title|title|position|职务|职位|联系人职务"},
    {"contact_phone", "contact phone|phone|telephone|tel|电话|联系电话|座机"},
    {"contact_mobile", "contact mobile|mobile|cell|手机|手机号|手机号码"},
    {"contact_email", "contact email|email|e-mail|mail|邮箱|电子邮件|电子邮箱|邮件"},
};

const FieldAliases kContactFields[] = {
    {"customer_code", "customer code|code|客户编码|客户编号|编码|客户代码"},
    {"customer_name", "customer name|customer|company|客户名称|客户|公司名称|公司"},
    {"name", "name|contact|contact name|姓名|联系人|联系人姓名|名称"},
    {"title", "title|position|job title|职务|职位"},
    {"phone", "phone|telephone|tel|电话|联系电话|座机"},
    {"mobile", "mobile|cell|手机|手机号|手机号码"},
    {"email", "email|e-mail|mail|邮箱|电子邮件|电子邮箱|邮件"},
    {"is_primary", "is primary|primary|主联系人|是否主联系人|首要联系人"},
    {"notes", "notes|note|remarks|备注"},
};

} // namespace

QString normalizeHeader(const QString &header)
{
    QString h = header.normalized(QString::NormalizationForm_KC).trimmed();
    while (h.endsWith(QLatin1Char('*')))
        h.chop(1);
    if (h.endsWith(QLatin1Char(')'))) {
        const qsizetype open = h.lastIndexOf(QLatin1Char('('));
        if (open > 0)
            h.truncate(open);
    }
    QString key;
    bool separator = false;
    for (QChar c : h.trimmed().toCaseFolded()) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-')) {
            separator = true;
            continue;
        }
        if (separator && !key.isEmpty())
            key += QLatin1Char('_');
        separator = false;
        key += c;
    }
    return key;
}

namespace {

QHash<QString, QString> buildAliases(const FieldAliases *table, size_t count)
{
    QHash<QString, QString> map;
    for (size_t i = 0; i < count; ++i) {
        const QString field = QString::fromLatin1(table[i].field);
        map.insert(normalizeHeader(field), field);
        for (const QString &alias : QString::fromUtf8(table[i].aliases).split(QLatin1Char('|')))
            map.insert(normalizeHeader(alias), field);
    }
    return map;
}

} // namespace

const QHash<QString, QString> &customerAliases()
{
    static const auto map = buildAliases(kCustomerFields, std::size(kCustomerFields));
    return map;
}
const QHash<QString, QString> &contactAliases()
{
    static const auto map = buildAliases(kContactFields, std::size(kContactFields));
    return map;
}

Columns mapHeader(const QStringList &header, const QHash<QString, QString> &aliases, QStringList *warnings)
{
    Columns cols;
    cols.count = int(header.size());
    QStringList unknown;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty())
            continue; // Excel leaves empty columns after the data; they carry nothing
        const QString field = aliases.value(normalizeHeader(name));
        if (field.isEmpty()) {
            unknown << name;
        } else if (cols.index.contains(field)) {
            warnings->append(QCoreApplication::translate("sb::CsvImport",
                                                         "Columns \"%1\" and \"%2\" mean the same field; "
                                                         "only the first is used.")
                                 .arg(header.at(cols.index.value(field)).trimmed(), name));
        } else {
            cols.index.insert(field, i);
        }
    }
    if (!unknown.isEmpty())
        warnings->append(QCoreApplication::translate("sb::CsvImport", "These columns are not known and were "
                                                                      "ignored: %1")
                             .arg(unknown.join(QLatin1String(", "))));
    return cols;
}

QString cell(const CsvRecord &record, const Columns &cols, const char *field)
{
    const int i = cols.index.value(QLatin1String(field), -1);
    if (i < 0 || i >= record.fields.size())
        return QString();
    // Undo the apostrophe our own export puts before formula-like text.
    return CsvWriter::unguardFormula(record.fields.at(i).trimmed());
}

} // namespace sb::importcolumns
