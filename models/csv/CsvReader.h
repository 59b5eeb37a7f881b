#pragma once

#include "models/store/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace sb {

// One record of a CSV file and the physical lines it covers, so import problems name the line
// a person sees in a text editor (a quoted field with newlines spans several lines; the header
// is line 1). A record the reader could not parse has a problem and no fields: it is reported,
// never dropped and never merged into its neighbours.
struct CsvRecord {
    int line = 0;     // 1-based line of the file where the record starts
    int lastLine = 0; // 1-based line where it ends (== line unless a quoted field spans lines)
    QStringList fields;
    QString problem;  // translated; set: the record is rejected and fields is empty
    bool isRejected() const { return !problem.isEmpty(); }
};

// RFC 4180 reader, lenient where Excel and WPS are (text after a closing quote is kept,
// a quote inside an unquoted field is literal). A broken line costs that line only:
// - bytes that are not text in the file's encoding reject their line;
// - a quote that is never closed, or that only closes lines later with text after it or with
//   the wrong number of columns (a missing closing quote swallowing rows), rejects the line
//   where it opened, and reading goes on with the next line.
// Reads the whole file: a customer list fits in memory easily.
class CsvReader {
public:
    enum class Encoding { Utf8, Utf16, Gb18030 };

    // A null delimiter (the default) means: detect comma, semicolon or tab from the header.
    void setDelimiter(QChar delimiter) { m_forcedDelimiter = delimiter; }

    // Fails only when the file as a whole cannot be read (cannot open, broken UTF-16,
    // no GB18030 codec); problems of single lines are rejected records.
    Status read(QIODevice &in);
    Status readBytes(const QByteArray &bytes);
    Status readText(const QString &text); // already decoded

    // Records in file order, rejected ones included; blank lines are skipped.
    const QList<CsvRecord> &records() const { return m_records; }
    QChar delimiter() const { return m_delimiter; }
    Encoding encoding() const { return m_encoding; }

    // The candidate that occurs most often outside quotes on the first line; comma on a tie.
    static QChar detectDelimiter(QStringView text);

    struct Line {
        QString text;
        bool bad = false; // its bytes are not text in the file's encoding
    };

private:
    Status parseLines(const QList<Line> &lines);

    QList<CsvRecord> m_records;
    QChar m_forcedDelimiter;
    QChar m_delimiter = QLatin1Char(',');
    Encoding m_encoding = Encoding::Utf8;
};

} // namespace sb
