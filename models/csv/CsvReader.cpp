#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

namespace sb {

namespace {

const QChar kQuote = QLatin1Char('"');
const QChar kCr = QLatin1Char('\r');
const QChar kLf = QLatin1Char('\n');

} // namespace

Result<QString> CsvReader::decode(const QByteArray &bytes, Encoding *used)
{
    auto setUsed = [used](Encoding e) {
        if (used)
            *used = e;
    };
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" export: UTF-16 with a BOM, usually tab-separated.
        QStringDecoder dec(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        QString text = dec.decode(bytes.mid(2));
        if (dec.hasError())
            return Result<QString>::fail(QCoreApplication::translate(
                "sb::CsvReader", "The file starts as UTF-16 text but contains invalid characters."));
        setUsed(Encoding::Utf16);
        return Result<QString>::ok(text);
    }

    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(utf8Bom ? bytes.mid(3) : bytes);
    if (!utf8.hasError()) {
        setUsed(Encoding::Utf8);
        return Result<QString>::ok(text);
    }
    if (utf8Bom)
        return Result<QString>::fail(QCoreApplication::translate(
            "sb::CsvReader", "The file is marked as UTF-8 but contains bytes that are not UTF-8."));

    // Not UTF-8: Excel on Chinese Windows saves "CSV (comma delimited)" in the ANSI code page, GBK.
    QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
    if (!gb.isValid())
        return Result<QString>::fail(QCoreApplication::translate(
            "sb::CsvReader", "The file is not UTF-8 and this build cannot read GBK/GB18030 text. "
                             "In Excel, save it again as \"CSV UTF-8\"."));
    text = gb.decode(bytes);
    if (gb.hasError())
        return Result<QString>::fail(QCoreApplication::translate(
            "sb::CsvReader", "The file is neither UTF-8 nor GBK/GB18030 text. "
                             "In Excel, save it again as \"CSV UTF-8\"."));
    setUsed(Encoding::Gb18030);
    return Result<QString>::ok(text);
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool inQuotes = false;
    for (QChar c : text) {
        if (c == kQuote) {
            inQuotes = !inQuotes; // "" toggles twice: harmless for counting
            continue;
        }
        if (inQuotes)
            continue;
        if (c == kCr || c == kLf)
            break;
        if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

Status CsvReader::read(QIODevice &in)
{
    m_records.clear();
    m_errorLine = 0;
    if (!in.isOpen() && !in.open(QIODevice::ReadOnly))
        return Status::fail(QCoreApplication::translate("sb::CsvReader", "Cannot open the file: %1")
                                .arg(in.errorString()));
    if (!in.isReadable())
        return Status::fail(QCoreApplication::translate("sb::CsvReader", "The file cannot be read."));
    return readBytes(in.readAll());
}

Status CsvReader::readBytes(const QByteArray &bytes)
{
    m_records.clear();
    m_errorLine = 0;
    auto text = decode(bytes, &m_encoding);
    if (!text)
        return Status::fail(text.error());
    return readText(text.value());
}

Status CsvReader::readText(const QString &input)
{
    m_records.clear();
    m_errorLine = 0;
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    qsizetype i = 0;
    const qsizetype n = text.size();
    int line = 1;
    // Excel understands a first line "sep=;" naming the delimiter; honour it and skip it.
    if (text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && n >= 5
        && (n == 5 || text.at(5) == kCr || text.at(5) == kLf)) {
        m_delimiter = text.at(4);
        i = 5;
        if (i < n && text.at(i) == kCr)
            ++i;
        if (i < n && text.at(i) == kLf)
            ++i;
        line = 2;
    } else {
        m_delimiter = !m_forcedDelimiter.isNull() ? m_forcedDelimiter : detectDelimiter(text);
    }
    const QChar delim = m_delimiter;

    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;  // a quote opens a quoted field only as the first character
    bool recordStarted = false; // blank lines produce no record
    int recordLine = line;
    int quoteLine = 0;

    auto endRecord = [&]() {
        if (recordStarted) {
            fields << field;
            m_records.append(CsvRecord{recordLine, fields});
        }
        fields.clear();
        field.clear();
        fieldStarted = false;
        recordStarted = false;
    };

    while (i < n) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == kQuote) {
                if (i + 1 < n && text.at(i + 1) == kQuote) {
                    field += kQuote;
                    i += 2;
                } else {
                    inQuotes = false;
                    ++i;
                }
            } else if (c == kCr || c == kLf) {
                // A line break inside a cell is kept as one LF whatever the file used.
                field += kLf;
                ++line;
                ++i;
                if (c == kCr && i < n && text.at(i) == kLf)
                    ++i;
            } else {
                field += c;
                ++i;
            }
            continue;
        }
        if (c == delim) {
            fields << field;
            field.clear();
            fieldStarted = false;
            recordStarted = true;
            ++i;
        } else if (c == kCr || c == kLf) {
            endRecord();
            ++i;
            if (c == kCr && i < n && text.at(i) == kLf)
                ++i;
            ++line;
            recordLine = line;
        } else if (c == kQuote && !fieldStarted) {
            inQuotes = true;
            quoteLine = line;
            fieldStarted = true;
            recordStarted = true;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
            recordStarted = true;
            ++i;
        }
    }
    if (inQuotes) {
        m_records.clear();
        m_errorLine = quoteLine;
        return Status::fail(QCoreApplication::translate(
                                "sb::CsvReader",
                                "Line %1: a quoted field is never closed (a closing \" is missing), "
                                "so the rest of the file cannot be read.")
                                .arg(quoteLine));
    }
    endRecord();
    return Status::ok();
}

} // namespace sb
