#pragma once

#include "models/documents/QuoteDocumentData.h"
#include "models/store/Result.h"

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace sb {

// A quote as a printed document: the company's header, the customer and contact, the lines
// with their discounts, the totals in the quote's currency, validity, terms and a footer with
// the page numbers. Laid out as HTML in a QTextDocument and painted page by page on a PDF
// writer or a printer, in Chinese or English (the document's language, not the interface's).
class QuoteDocument {
public:
    QuoteDocument(QuoteDocumentData data, CompanyProfile company, const QString &language);

    const QString &language() const { return m_language; }
    QString title() const; // 报价单 / Quotation
    QString html() const;
    // Paints every page on the device (a QPdfWriter or a QPrinter set up by the print dialog).
    Status render(QPagedPaintDevice &device) const;
    // Writes an A4 PDF; the file's folder must exist.
    Status writePdf(const QString &path) const;
    int pageCount() const { return m_pages; } // after render()

    // The family the documents are set in: Noto Sans CJK SC when installed (so Chinese renders
    // the same everywhere), else the first installed family with Chinese glyphs, else the
    // default font.
    static QString fontFamily();
    // Empty when Noto Sans CJK SC is installed; else what a person should know and do.
    static QString fontProblem();
    // "Q-2026-0012_恒达.pdf": the number and the customer's short name, without characters a
    // file system refuses.
    static QString suggestedFileName(const QuoteDocumentData &data);

private:
    QString label(const char *english) const;
    QString money(qint64 cents) const;
    QString date(const QString &iso) const;
    void setUp(QTextDocument &doc, QPagedPaintDevice &device, double *bodyHeight) const;

    QuoteDocumentData m_data;
    CompanyProfile m_company;
    QString m_language;
    mutable int m_pages = 0;
};

} // namespace sb
