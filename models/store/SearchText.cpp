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

// A term without letters that change case (Chinese, digits, ASCII already lower-cased by
// parseSearch) can be looked for in the UTF-8 bytes as they are, ASCII letters of the text
// folded on the fly: no conversion per row.
bool containsAsciiFolded(const char *text, int len, const QByteArray &term)
{
    const int n = int(term.size());
    if (n == 0)
        return true;
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
    for (int i = 0; i + n <= len; ++i) {
        int j = 0;
        while (j < n && lower(text[i + j]) == term.at(j))
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

// sb_has(term, column...): whether any of the columns holds the term, ignoring case: the test
// the full-text tables make, row by row (the term is what parseSearch made of the input).
void hasFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc < 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    // The term is the same for every row of a statement: prepared once, kept by SQLite.
    struct Term {
        QByteArray utf8;
        bool caseless = true; // no letter other than ASCII changes with case
        QString wide;
    };
    auto *t = static_cast<Term *>(sqlite3_get_auxdata(ctx, 0));
    if (!t) {
        t = new Term;
        t->utf8 = QByteArray(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])), sqlite3_value_bytes(argv[0]));
        t->wide = QString::fromUtf8(t->utf8);
        for (QChar c : std::as_const(t->wide))
            if (c.unicode() >= 0x80 && (c.toUpper() != c || c.toLower() != c))
                t->caseless = false;
        sqlite3_set_auxdata(ctx, 0, t, [](void *p) { delete static_cast<Term *>(p); });
        t = static_cast<Term *>(sqlite3_get_auxdata(ctx, 0));
        if (!t) { // SQLite could not keep it (out of memory): it has been deleted
            sqlite3_result_error_nomem(ctx);
            return;
        }
    }
    const QByteArray &term = t->utf8;
    const bool caseless = t->caseless;
    const QString &wide = t->wide;
    for (int i = 1; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        const int len = sqlite3_value_bytes(argv[i]);
        if (caseless ? containsAsciiFolded(bytes, len, term)
                     : QString::fromUtf8(bytes, len).toLower().contains(wide)) {
            sqlite3_result_int(ctx, 1);
            return;
        }
    }
    sqlite3_result_int(ctx, 0);
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
        && sqlite3_create_function_v2(db, "sb_has", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, hasFunction,
                                      nullptr, nullptr, nullptr)
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
