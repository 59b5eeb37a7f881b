#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace sb {

namespace {

bool isTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

bool isAsciiDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

// [+-] digits with optional thousands groups, optional fraction: -12.5, +3, -1,234.50, -.5
bool isPlainNumber(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && (s.at(i) == QLatin1Char('+') || s.at(i) == QLatin1Char('-')))
        ++i;
    qsizetype digits = 0;
    qsizetype groupLength = -1; // digits since the last thousands comma; -1 before any comma
    for (; i < n; ++i) {
        const QChar c = s.at(i);
        if (isAsciiDigit(c)) {
            ++digits;
            if (groupLength >= 0)
                ++groupLength;
        } else if (c == QLatin1Char(',') && digits > 0 && (groupLength < 0 || groupLength == 3)) {
            groupLength = 0;
        } else {
            break;
        }
    }
    if (groupLength >= 0 && groupLength != 3)
        return false;
    if (i < n && s.at(i) == QLatin1Char('.')) {
        ++i;
        qsizetype fraction = 0;
        for (; i < n && isAsciiDigit(s.at(i)); ++i)
            ++fraction;
        if (fraction == 0)
            return false;
        digits += fraction;
    }
    return i == n && digits > 0;
}

} // namespace

bool CsvWriter::needsFormulaGuard(QStringView cell)
{
    if (cell.isEmpty() || !isTrigger(cell.front()))
        return false;
    return !isPlainNumber(cell);
}

QString CsvWriter::guardFormula(const QString &cell)
{
    return needsFormulaGuard(cell) ? QLatin1Char('\'') + cell : cell;
}

QString CsvWriter::unguardFormula(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') && needsFormulaGuard(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::quoteField(const QString &field, QChar delimiter)
{
    bool needsQuotes = false;
    for (QChar c : field) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::formatRow(const QStringList &fields, const Options &options)
{
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += options.delimiter;
        const QString &cell = fields.at(i);
        row += quoteField(options.guardFormulas ? guardFormula(cell) : cell, options.delimiter);
    }
    return row;
}

Status CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_out.isWritable())
        return Status::fail(QCoreApplication::translate("sb::CsvWriter", "The file is not open for writing."));
    QByteArray bytes;
    if (m_rows == 0 && m_options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += formatRow(fields, m_options).toUtf8();
    bytes += "\r\n";
    if (m_out.write(bytes) != bytes.size())
        return Status::fail(QCoreApplication::translate("sb::CsvWriter", "Cannot write the file: %1")
                                .arg(m_out.errorString()));
    ++m_rows;
    return Status::ok();
}

} // namespace sb
