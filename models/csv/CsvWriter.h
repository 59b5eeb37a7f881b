#pragma once

#include "models/store/Result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace sb {

// Writes CSV that Excel and WPS open correctly on Chinese Windows: UTF-8 with a BOM (without
// it Excel assumes GBK), CRLF line ends, fields quoted only when they must be.
class CsvWriter {
public:
    struct Options {
        QChar delimiter = QLatin1Char(',');
        bool byteOrderMark = true; // written once, before the first row
        bool guardFormulas = true; // see guardFormula()
    };

    explicit CsvWriter(QIODevice &out) : m_out(out) {}
    CsvWriter(QIODevice &out, const Options &options) : m_out(out), m_options(options) {}

    // The device must be open for writing. Fails with a readable message on a write error.
    Status writeRow(const QStringList &fields);
    int rowsWritten() const { return m_rows; }

    // One row as text, without the line end.
    static QString formatRow(const QStringList &fields, const Options &options);
    // Quotes a field when it holds the delimiter, a quote, CR or LF; quotes are doubled.
    static QString quoteField(const QString &field, QChar delimiter);

    // A cell starting with = + - @ (or tab / CR) is run as a formula by spreadsheets, which
    // lets a customer name like "=HYPERLINK(...)" attack whoever opens the export. Such
    // cells get a leading apostrophe; plain numbers such as -12.5 or +3 stay as they are.
    static bool needsFormulaGuard(QStringView cell);
    static QString guardFormula(const QString &cell);
    // The reverse, for importing a file this program exported.
    static QString unguardFormula(const QString &cell);

private:
    QIODevice &m_out;
    Options m_options;
    int m_rows = 0;
};

} // namespace sb
