#pragma once

#include "models/store/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace sb {

// One record of a CSV file and where it starts, so import problems can name the line a
// person sees in a text editor (a quoted field with newlines spans several lines).
struct CsvRecord {
    int line = 0; // 1-based line of the file where the record starts
    QStringList fields;
};

// RFC 4180 reader, lenient where Excel and WPS are (text after a closing quote is kept,
// a quote inside an unquoted field is literal). Reads the whole file: the encoding can only
// be decided once every byte has been seen, and a customer list fits in memory easily.
class CsvReader {
public:
    enum class Encoding { Utf8, Utf16, Gb18030 };

    // A null delimiter (the default) means: detect comma, semicolon or tab from the header.
    void setDelimiter(QChar delimiter) { m_forcedDelimiter = delimiter; }

    Status read(QIODevice &in);
    Status readBytes(const QByteArray &bytes);
    Status readText(const QString &text); // already decoded

    // Records in file order; blank lines are skipped. Valid after a successful read.
    const QList<CsvRecord> &records() const { return m_records; }
    QChar delimiter() const { return m_delimiter; }
    Encoding encoding() const { return m_encoding; }
    int errorLine() const { return m_errorLine; } // 0 when the error is not about one line

    // UTF-8 (BOM optional), UTF-16 with BOM, and otherwise GB18030 (a superset of GBK,
    // what Excel on Chinese Windows writes). Fails when neither fits or GB18030 is missing.
    static Result<QString> decode(const QByteArray &bytes, Encoding *used = nullptr);
    // The candidate that occurs most often outside quotes on the first line; comma on a tie.
    static QChar detectDelimiter(QStringView text);

private:
    QList<CsvRecord> m_records;
    QChar m_forcedDelimiter;
    QChar m_delimiter = QLatin1Char(',');
    Encoding m_encoding = Encoding::Utf8;
    int m_errorLine = 0;
};

} // namespace sb
