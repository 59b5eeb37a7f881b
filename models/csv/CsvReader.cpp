#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <optional>

namespace sb {

namespace {

const QChar kQuote = QLatin1Char('"');

QString encodingName(CsvReader::Encoding e)
{
    switch (e) {
    case CsvReader::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvReader::Encoding::Utf16:
        return QStringLiteral("UTF-16");
    case CsvReader::Encoding::Gb18030:
        return QStringLiteral("GBK");
    }
    return QString();
}

// Physical lines split on LF, CRLF or a lone CR. Neither UTF-8 nor GBK/GB18030 uses these
// bytes inside a character, so the bytes can be split before they are decoded.
template<typename Text>
QList<Text> splitLines(const Text &all)
{
    QList<Text> lines;
    qsizetype start = 0;
    const qsizetype n = all.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = all.at(i);
        if (c != '\n' && c != '\r')
            continue;
        lines.append(all.mid(start, i - start));
        if (c == '\r' && i + 1 < n && all.at(i + 1) == '\n')
            ++i;
        start = i + 1;
    }
    if (start < n)
        lines.append(all.mid(start));
    return lines;
}

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// A decoder of one encoding that reads line after line. After an error it is made anew in
// place: Qt 6.4's ICU-based GB18030 decoder keeps reporting the error after resetState(), and
// a moved decoder no longer reports errors at all (ICU's callback points at the old state).
class LineDecoder {
public:
    explicit LineDecoder(const char *name) : m_name(name) { m_decoder.emplace(name, QStringConverter::Flag::Stateless); }
    bool isValid() const { return m_decoder->isValid(); }
    // Nothing when the bytes are not valid text in the encoding.
    std::optional<QString> decode(const QByteArray &bytes)
    {
        QString text = m_decoder->decode(bytes);
        if (!m_decoder->hasError())
            return text;
        m_decoder.emplace(m_name, QStringConverter::Flag::Stateless);
        return std::nullopt;
    }

private:
    const char *m_name;
    std::optional<QStringDecoder> m_decoder;
};

// The result of reading one record from a given line on.
struct Parsed {
    enum Error { None, NeverClosed, RunsIntoBadLine };
    QStringList fields;
    int end = 0;                  // index of the line after the record
    Error error = None;
    bool spansLines = false;      // a quoted field continued on a later line
    bool textAfterQuote = false;  // "abc"def: Excel keeps it, but after a newline it is a missing quote
};

Parsed parseRecord(const QList<CsvReader::Line> &lines, int start, QChar delim)
{
    Parsed p;
    int li = start;
    QStringView t(lines.at(li).text);
    qsizetype i = 0;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false; // a quote opens a quoted field only as the first character
    bool afterQuote = false;
    for (;;) {
        if (i == t.size()) {
            if (!inQuotes) {
                p.fields << field;
                p.end = li + 1;
                return p;
            }
            if (li + 1 >= lines.size()) {
                p.error = Parsed::NeverClosed;
                p.end = li + 1;
                return p;
            }
            ++li;
            if (lines.at(li).bad) {
                p.error = Parsed::RunsIntoBadLine;
                p.end = li;
                return p;
            }
            field += QLatin1Char('\n'); // a line break inside a cell is one LF whatever the file used
            t = QStringView(lines.at(li).text);
            i = 0;
            p.spansLines = true;
            continue;
        }
        const QChar c = t.at(i);
        if (inQuotes) {
            if (c == kQuote && i + 1 < t.size() && t.at(i + 1) == kQuote) {
                field += kQuote;
                i += 2;
                continue;
            }
            if (c == kQuote) {
                inQuotes = false;
                afterQuote = true;
            } else {
                field += c;
            }
            ++i;
            continue;
        }
        if (c == delim) {
            p.fields << field;
            field.clear();
            fieldStarted = false;
            afterQuote = false;
        } else if (c == kQuote && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else {
            if (afterQuote && !c.isSpace())
                p.textAfterQuote = true;
            field += c;
            fieldStarted = true;
        }
        ++i;
    }
}

} // namespace

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
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
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
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" export: UTF-16 with a BOM, usually tab-separated. Its line
        // breaks are two bytes, so it is decoded whole.
        QStringDecoder dec(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = dec.decode(bytes.mid(2));
        if (dec.hasError())
            return Status::fail(QCoreApplication::translate(
                "sb::CsvReader", "The file starts as UTF-16 text but contains invalid characters."));
        m_encoding = Encoding::Utf16;
        return readText(text);
    }

    // Decide the file's encoding from the lines that are not plain ASCII: UTF-8 unless more of
    // them read as GBK (what Excel on Chinese Windows writes). Then each line is decoded on its
    // own, so one bad byte costs one line instead of the whole file. A line that is not valid
    // in the file's encoding is rejected rather than read in the other one: a UTF-8 character
    // cut short is often valid GBK, and would be imported as garbage without a word.
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    const QList<QByteArray> raw = splitLines(utf8Bom ? bytes.mid(3) : bytes);
    LineDecoder utf8("UTF-8");
    LineDecoder gb("GB18030");
    QList<bool> ascii;
    ascii.reserve(raw.size());
    int utf8Lines = 0, gbLines = 0;
    for (const QByteArray &l : raw) {
        ascii << isAscii(l);
        if (ascii.last() || utf8Bom)
            continue;
        if (utf8.decode(l))
            ++utf8Lines;
        else if (gb.isValid() && gb.decode(l))
            ++gbLines;
    }
    if (gbLines > utf8Lines && !gb.isValid())
        return Status::fail(QCoreApplication::translate(
            "sb::CsvReader", "The file is not UTF-8 and this build cannot read GBK/GB18030 text. "
                             "In Excel, save it again as \"CSV UTF-8\"."));
    m_encoding = gbLines > utf8Lines ? Encoding::Gb18030 : Encoding::Utf8;
    LineDecoder &decoder = m_encoding == Encoding::Utf8 ? utf8 : gb;

    QList<Line> lines;
    lines.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        if (ascii.at(i)) {
            lines.append(Line{QString::fromLatin1(raw.at(i)), false});
        } else if (auto text = decoder.decode(raw.at(i))) {
            lines.append(Line{*text, false});
        } else {
            lines.append(Line{QString(), true});
        }
    }
    return parseLines(lines);
}

Status CsvReader::readText(const QString &input)
{
    m_records.clear();
    QList<Line> lines;
    for (const QString &text : splitLines(input))
        lines.append(Line{text, false});
    if (!lines.isEmpty() && lines.first().text.startsWith(QChar(0xFEFF)))
        lines.first().text.remove(0, 1);
    return parseLines(lines);
}

Status CsvReader::parseLines(const QList<Line> &lines)
{
    m_records.clear();
    int first = 0;
    // Excel understands a first line "sep=;" naming the delimiter; honour it and skip it.
    if (!lines.isEmpty() && lines.first().text.size() == 5
        && lines.first().text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive)) {
        m_delimiter = lines.first().text.at(4);
        first = 1;
    } else {
        QString firstText;
        for (const Line &l : lines)
            if (!l.bad && !l.text.isEmpty()) {
                firstText = l.text;
                break;
            }
        m_delimiter = !m_forcedDelimiter.isNull() ? m_forcedDelimiter : detectDelimiter(firstText);
    }

    const QString encoding = encodingName(m_encoding);
    int headerColumns = -1; // known once the first record is read
    for (int li = first; li < lines.size();) {
        const int lineNo = li + 1;
        auto reject = [&](const QString &problem) {
            m_records.append(CsvRecord{lineNo, lineNo, {}, problem});
            ++li;
        };
        if (lines.at(li).bad) {
            reject(QCoreApplication::translate("sb::CsvReader", "Bad bytes: this line is not %1 text like the "
                                                                "rest of the file.")
                       .arg(encoding));
            continue;
        }
        if (lines.at(li).text.isEmpty()) {
            ++li;
            continue;
        }
        const Parsed p = parseRecord(lines, li, m_delimiter);
        if (p.error == Parsed::NeverClosed) {
            reject(QCoreApplication::translate("sb::CsvReader", "A quoted field opens on this line and is never "
                                                                "closed (a closing \" is missing)."));
        } else if (p.error == Parsed::RunsIntoBadLine) {
            reject(QCoreApplication::translate("sb::CsvReader", "A quoted field opens on this line and runs into "
                                                                "line %1, which is not %2 text.")
                       .arg(p.end + 1)
                       .arg(encoding));
        } else if (p.spansLines
                   && (p.textAfterQuote || (headerColumns >= 0 && p.fields.size() != headerColumns))) {
            // Text after the closing quote, or the wrong number of columns, means the quote
            // probably closes a field on a later row: reading on would swallow those rows.
            reject(QCoreApplication::translate("sb::CsvReader", "A quoted field opens on this line and only "
                                                                "closes on line %1: a closing \" is probably "
                                                                "missing.")
                       .arg(p.end));
        } else {
            if (headerColumns < 0)
                headerColumns = int(p.fields.size());
            m_records.append(CsvRecord{lineNo, p.end, p.fields, QString()});
            li = p.end;
        }
    }
    return Status::ok();
}

} // namespace sb
