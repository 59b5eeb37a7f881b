#include "SearchText.h"

#include <sqlite3.h>

namespace sb {

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    // CJK radicals, kana, CJK ideographs (BMP), Hangul syllables, compatibility ideographs.
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF);
}

QString cjkGrams(const QString &text)
{
    QString out;
    const int n = text.size();
    for (int i = 0; i < n; ++i) {
        if (!isCjk(text.at(i)))
            continue;
        out += text.at(i);
        out += QLatin1Char(' ');
        if (i + 1 < n && isCjk(text.at(i + 1))) {
            out += text.at(i);
            out += text.at(i + 1);
            out += QLatin1Char(' ');
        }
    }
    if (!out.isEmpty())
        out.chop(1);
    return out;
}

namespace {
void gramsFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    QString joined;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        const int len = sqlite3_value_bytes(argv[i]);
        joined += QString::fromUtf8(bytes, len);
        joined += QLatin1Char(' '); // no pair across field boundaries
    }
    const QByteArray utf8 = cjkGrams(joined).toUtf8();
    sqlite3_result_text(ctx, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
}

QString quoted(const QString &term)
{
    QString t = term;
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

bool allCjk(const QString &s)
{
    for (QChar c : s)
        if (!isCjk(c))
            return false;
    return !s.isEmpty();
}
} // namespace

bool registerSearchFunctions(sqlite3 *db, const bool *indexLive)
{
    auto live = [](sqlite3_context *ctx, int, sqlite3_value **) {
        sqlite3_result_int(ctx, *static_cast<const bool *>(sqlite3_user_data(ctx)) ? 1 : 0);
    };
    return sqlite3_create_function_v2(db, "sb_grams", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                      gramsFunction, nullptr, nullptr, nullptr)
            == SQLITE_OK
        && sqlite3_create_function_v2(db, "sb_index_live", 0, SQLITE_UTF8, const_cast<bool *>(indexLive), live, nullptr,
                                      nullptr, nullptr)
            == SQLITE_OK;
}

QList<SearchTerm> parseSearch(const QString &input)
{
    QList<SearchTerm> terms;
    const QStringList words = input.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString w = word.toLower();
        if (w.size() >= 3) {
            terms.append({SearchTerm::Trigram, w, quoted(w)});
        } else if (allCjk(w)) {
            terms.append({SearchTerm::CjkGram, w, quoted(w)});
        } else {
            // One or two Latin letters: a prefix of the name or code is what people mean.
            QString escaped = w;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('%'), QLatin1String("\\%"))
                .replace(QLatin1Char('_'), QLatin1String("\\_"));
            terms.append({SearchTerm::ShortPrefix, w, escaped + QLatin1Char('%')});
        }
    }
    return terms;
}

} // namespace sb
