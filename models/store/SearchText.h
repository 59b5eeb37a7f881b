#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace sb {

// FTS5's trigram tokenizer finds any substring of three or more characters. Chinese names
// are often two characters (华为, 美的), so every run of CJK characters is also indexed as
// its single characters and adjacent pairs ("华为技术" -> "华 为 技 术 华为 为技 技术") in a
// second table tokenized by unicode61. sb_grams() produces that text inside SQL triggers.
QString cjkGrams(const QString &text);
bool isCjk(QChar c);
// sb_grams(); sb_has(term, column...), true when a column holds the term ignoring case (what
// the full-text tables answer, tested on one row); and sb_index_live() which answers *indexLive (see Database::setSearchIndexDeferred).
bool registerSearchFunctions(sqlite3 *db, const bool *indexLive);

// How one search term is looked up.
struct SearchTerm {
    enum Kind { Trigram, CjkGram, ShortPrefix } kind;
    QString text;      // the normalized term
    QString matchExpr; // FTS5 MATCH expression (Trigram, CjkGram) or LIKE pattern (ShortPrefix)
};

// Splits user input into terms; every term must match (AND).
QList<SearchTerm> parseSearch(const QString &input);

} // namespace sb
