#pragma once

#include <QString>
#include <optional>

namespace sb::importvalues {

// How cells typed by people in Excel (English or Chinese, full-width or not) become the values
// the cache stores. Each returns nothing when the text is not acceptable.

// A-D, any case; "A级" and "A类" too.
std::optional<QString> parseGrade(const QString &value);
// prospect/active/dormant/closed, their translated labels, or 潜在/活跃/休眠/关闭.
std::optional<QString> parseCustomerStatus(const QString &value);
// ISO 4217 code, any case, or a common name/symbol: 人民币, RMB, ¥, 美元, $ ...
std::optional<QString> parseCurrency(const QString &value);
// An amount in minor units, computed exactly (no floating point): "1,000,000.50", "¥1 000",
// "100万", "1.5万元", "2亿", and a European decimal comma "12,5". Negative amounts are refused.
// On failure *why says why, for a person.
std::optional<qint64> parseMoneyCents(const QString &value, QString *why);
// Something@domain.tld, no spaces: enough to catch a phone number in the email column.
bool isPlausibleEmail(const QString &value);
// 1/0, yes/no, y/n, true/false, 是/否, x.
std::optional<int> parseYesNo(const QString &value);

} // namespace sb::importvalues
