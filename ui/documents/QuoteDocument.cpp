#include "QuoteDocument.h"

#include "models/domain/Money.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextFrame>
#include <cmath>

namespace sb {

namespace {
const QString kNoto = QStringLiteral("Noto Sans CJK SC");
// Latin letters and digits come from Noto Sans, drawn like Noto's CJK face: Qt's PDF writer
// maps glyphs back to text only through the font's character map, and Noto Sans CJK draws
// Latin digits with substituted glyphs that the map does not know, so a PDF set in it alone
// shows its numbers but pdftotext, search and copy lose them.
const QString kNotoLatin = QStringLiteral("Noto Sans");

QFont documentFont(double pointSize)
{
    QFont font(QuoteDocument::fontFamily());
    if (QFontDatabase::families().contains(kNotoLatin))
        font.setFamilies({kNotoLatin, QuoteDocument::fontFamily()});
    font.setPointSizeF(pointSize);
    return font;
}
constexpr double kBodyPt = 9.5;

// The document's own words, in both of its languages. They are document text in the
// language chosen for the document, which need not be the interface's, so they are not
// looked up through the interface's translation.
struct Label {
    const char *en;
    const char *zh;
};
constexpr Label kLabels[] = {
    {"Quotation", "报价单"},
    {"No.", "编号"},
    {"Date", "日期"},
    {"Valid until", "有效期至"},
    {"Currency", "币种"},
    {"Customer", "客户"},
    {"Customer no.", "客户编号"},
    {"Contact", "联系人"},
    {"Prepared by", "报价人"},
    {"#", "序号"},
    {"Product", "产品"},
    {"Quantity", "数量"},
    {"Unit price", "单价"},
    {"Discount", "折扣"},
    {"Amount", "金额"},
    {"Subtotal", "小计"},
    {"Total", "合计"},
    {"Remarks", "备注"},
    {"Terms", "条款"},
    {"Tel.", "电话"},
    {"E-mail", "邮箱"},
    {"Page %1 of %2", "第 %1 页，共 %2 页"},
    {"DRAFT: not valid until approved", "草稿：未经审批，不作为正式报价"},
    {"Customer acceptance (signature and stamp)", "客户确认（签字盖章）"},
    {"No lines.", "无报价明细。"},
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString lines(const QStringList &parts)
{
    QStringList out;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            out << esc(p.trimmed());
    return out.join(QStringLiteral("<br>"));
}
} // namespace

QuoteDocument::QuoteDocument(QuoteDocumentData data, CompanyProfile company, const QString &language)
    : m_data(std::move(data)), m_company(std::move(company)), m_language(doclang::normalized(language))
{
}

QString QuoteDocument::label(const char *english) const
{
    for (const Label &l : kLabels)
        if (qstrcmp(l.en, english) == 0)
            return m_language == doclang::chinese() ? QString::fromUtf8(l.zh) : QString::fromUtf8(l.en);
    Q_ASSERT_X(false, "QuoteDocument::label", english);
    return QString::fromUtf8(english);
}

QString QuoteDocument::title() const
{
    return label("Quotation");
}

QString QuoteDocument::money(qint64 cents) const
{
    const QLocale locale = m_language == doclang::chinese() ? QLocale(QLocale::Chinese, QLocale::China)
                                                            : QLocale(QLocale::English, QLocale::UnitedStates);
    return formatMoney(cents, m_data.currency, locale);
}

QString QuoteDocument::date(const QString &iso) const
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    if (!d.isValid())
        return iso;
    return m_language == doclang::chinese() ? d.toString(QStringLiteral("yyyy-MM-dd"))
                                            : QLocale(QLocale::English, QLocale::UnitedStates).toString(d, QStringLiteral("d MMM yyyy"));
}

QString QuoteDocument::fontFamily()
{
    const QStringList families = QFontDatabase::families();
    if (families.contains(kNoto))
        return kNoto;
    for (const QString &f : families)
        if (QFontDatabase::writingSystems(f).contains(QFontDatabase::SimplifiedChinese))
            return f;
    return QFont().family();
}

QString QuoteDocument::fontProblem()
{
    if (QFontDatabase::families().contains(kNoto))
        return QString();
    const QString used = fontFamily();
    const bool chinese = QFontDatabase::writingSystems(used).contains(QFontDatabase::SimplifiedChinese);
    return chinese ? QCoreApplication::translate("sb::QuoteDocument", "The font Noto Sans CJK SC is not installed, so quotes "
                                                                      "are set in %1 instead. Install the package "
                                                                      "fonts-noto-cjk for the intended look.").arg(used)
                   : QCoreApplication::translate("sb::QuoteDocument", "No font with Chinese characters is installed: Chinese "
                                                                      "text in quotes will show as empty boxes. Install the "
                                                                      "package fonts-noto-cjk.");
}

QString QuoteDocument::suggestedFileName(const QuoteDocumentData &data)
{
    QString who = data.customerShortName.trimmed().isEmpty() ? data.customerName.trimmed() : data.customerShortName.trimmed();
    QString name = data.number.trimmed().isEmpty() ? QStringLiteral("quote") : data.number.trimmed();
    if (!who.isEmpty())
        name += QLatin1Char('_') + who.left(40);
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    name.replace(unsafe, QStringLiteral("-"));
    name.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    return name.trimmed() + QStringLiteral(".pdf");
}

QString QuoteDocument::html() const
{
    const QLocale locale = m_language == doclang::chinese() ? QLocale(QLocale::Chinese, QLocale::China)
                                                            : QLocale(QLocale::English, QLocale::UnitedStates);
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "td, th { padding: 3px 5px; vertical-align: top; }"
                        "th { background-color: #1f4e79; color: white; font-weight: bold; white-space: nowrap; }"
                        ".muted { color: #555555; }"
                        ".num { text-align: right; }"
                        "</style></head><body>");

    // The header: the company on the left, the document's title and identity on the right.
    QStringList contact;
    if (!m_company.phone.trimmed().isEmpty())
        contact << label("Tel.") + QLatin1Char(' ') + m_company.phone.trimmed();
    if (!m_company.email.trimmed().isEmpty())
        contact << label("E-mail") + QLatin1Char(' ') + m_company.email.trimmed();
    h += QStringLiteral("<table width='100%' cellspacing='0'><tr><td width='55%'>");
    if (!m_company.name.trimmed().isEmpty())
        h += QStringLiteral("<div style='font-size:15pt; font-weight:bold; color:#1f4e79'>%1</div>").arg(esc(m_company.name.trimmed()));
    h += QStringLiteral("<div class='muted'>%1</div>")
             .arg(lines(m_company.address.split(QLatin1Char('\n')) + QStringList{contact.join(QStringLiteral("  "))}));
    h += QStringLiteral("</td><td width='45%' align='right'>");
    h += QStringLiteral("<div style='font-size:20pt; font-weight:bold; color:#1f4e79'>%1</div>").arg(esc(title()));
    h += QStringLiteral("<table cellspacing='0' align='right'>");
    const QList<QPair<QString, QString>> ids = {{label("No."), m_data.number},
                                                {label("Date"), date(m_data.issuedOn)},
                                                {label("Valid until"), date(m_data.validUntil)},
                                                {label("Currency"), m_data.currency}};
    for (const auto &id : ids)
        h += QStringLiteral("<tr><td class='muted' align='right'>%1</td><td align='right'><b>%2</b></td></tr>")
                 .arg(esc(id.first), esc(id.second));
    h += QStringLiteral("</table></td></tr></table>");
    if (!m_data.isBinding())
        h += QStringLiteral("<p align='center' style='color:#c62828; font-weight:bold; font-size:11pt'>%1</p>")
                 .arg(esc(label("DRAFT: not valid until approved")));
    h += QStringLiteral("<hr>");

    // To whom.
    h += QStringLiteral("<table width='100%' cellspacing='0'><tr><td width='55%'><span class='muted'>%1</span><br>"
                        "<b style='font-size:11pt'>%2</b>")
             .arg(esc(label("Customer")), esc(m_data.customerName));
    if (!m_data.customerAddress.isEmpty())
        h += QStringLiteral("<br>") + lines(m_data.customerAddress);
    if (!m_data.customerCode.isEmpty())
        h += QStringLiteral("<br><span class='muted'>%1 %2</span>").arg(esc(label("Customer no.")), esc(m_data.customerCode));
    h += QStringLiteral("</td><td width='45%'>");
    if (!m_data.contactName.isEmpty()) {
        h += QStringLiteral("<span class='muted'>%1</span><br><b>%2</b>").arg(esc(label("Contact")), esc(m_data.contactName));
        if (!m_data.contactTitle.isEmpty())
            h += QStringLiteral(", ") + esc(m_data.contactTitle);
        h += QStringLiteral("<br>") + lines({m_data.contactEmail, m_data.contactPhone});
    }
    if (!m_data.owner.isEmpty())
        h += QStringLiteral("<br><span class='muted'>%1</span> %2").arg(esc(label("Prepared by")), esc(m_data.owner));
    h += QStringLiteral("</td></tr></table><br>");

    // The lines; the header row repeats on every page.
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0' style='border-collapse:collapse' border='1' "
                        "bordercolor='#b0b7c3'><thead><tr>"
                        "<th width='6%'>%1</th><th width='34%' align='left'>%2</th><th width='12%' class='num'>%3</th>"
                        "<th width='15%' class='num'>%4</th><th width='12%' class='num'>%5</th>"
                        "<th width='21%' class='num'>%6</th></tr></thead>")
             .arg(esc(label("#")), esc(label("Product")), esc(label("Quantity")), esc(label("Unit price")),
                  esc(label("Discount")), esc(label("Amount")));
    int n = 0;
    for (const QuoteDocumentLine &l : m_data.lines) {
        ++n;
        QString product = l.name.isEmpty() ? esc(l.description) : esc(l.name);
        if (!l.code.isEmpty())
            product = QStringLiteral("<span class='muted'>%1</span><br>").arg(esc(l.code)) + product;
        if (!l.name.isEmpty() && !l.description.isEmpty())
            product += QStringLiteral("<br><i>%1</i>").arg(esc(l.description));
        const bool whole = std::abs(l.quantity - std::round(l.quantity)) < 1e-9;
        QString qty = locale.toString(l.quantity, 'f', whole ? 0 : 2);
        if (!l.unit.isEmpty())
            qty += QLatin1Char(' ') + esc(l.unit);
        const QString discount = l.discountPct > 0 ? locale.toString(l.discountPct, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
        h += QStringLiteral("<tr%7><td align='center'>%1</td><td>%2</td><td class='num'>%3</td><td class='num'>%4</td>"
                            "<td class='num'>%5</td><td class='num'>%6</td></tr>")
                 .arg(n)
                 .arg(product, qty, esc(money(l.unitPriceCents)), discount, esc(money(l.amountCents)),
                      n % 2 == 0 ? QStringLiteral(" style='background-color:#f2f5f9'") : QString());
    }
    if (m_data.lines.isEmpty())
        h += QStringLiteral("<tr><td colspan='6' align='center' class='muted'>%1</td></tr>").arg(esc(label("No lines.")));
    h += QStringLiteral("</table>");

    // Totals, right-aligned under the amounts.
    h += QStringLiteral("<table width='45%' align='right' cellspacing='0'>");
    h += QStringLiteral("<tr><td class='muted'>%1</td><td class='num'>%2</td></tr>")
             .arg(esc(label("Subtotal")), esc(money(m_data.totals.subtotalCents)));
    if (m_data.totals.discountCents > 0)
        h += QStringLiteral("<tr><td class='muted'>%1</td><td class='num'>-%2</td></tr>")
                 .arg(esc(label("Discount")), esc(money(m_data.totals.discountCents)));
    h += QStringLiteral("<tr><td style='font-size:12pt'><b>%1 (%2)</b></td><td class='num' style='font-size:12pt'><b>%3</b></td></tr>")
             .arg(esc(label("Total")), esc(m_data.currency), esc(money(m_data.totals.totalCents)));
    h += QStringLiteral("</table><br clear='all'>");

    if (!m_data.notes.trimmed().isEmpty())
        h += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(label("Remarks")), lines(m_data.notes.split(QLatin1Char('\n'))));
    h += QStringLiteral("<p><b>%1</b><br><span class='muted'>%2</span></p>")
             .arg(esc(label("Terms")), lines(m_company.terms(m_language).split(QLatin1Char('\n'))));
    h += QStringLiteral("<br><table width='100%'><tr><td width='55%'></td><td width='45%'>%1<br><br><br>"
                        "______________________________<br><span class='muted'>%2</span></td></tr></table>")
             .arg(esc(label("Customer acceptance (signature and stamp)")), esc(label("Date")));
    h += QStringLiteral("</body></html>");
    return h;
}

void QuoteDocument::setUp(QTextDocument &doc, QPagedPaintDevice &device, double *bodyHeight) const
{
    // Laid out in the device's own pixels, so point sizes come out as points on paper.
    doc.documentLayout()->setPaintDevice(&device);
    const QFont font = documentFont(kBodyPt);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setHtml(html());
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QFontMetricsF metrics(font, &device);
    const double footer = metrics.lineSpacing() * 2.5;
    *bodyHeight = page.height() - footer;
    doc.setPageSize(QSizeF(page.width(), *bodyHeight));
}

Status QuoteDocument::render(QPagedPaintDevice &device) const
{
    QTextDocument doc;
    double bodyHeight = 0;
    setUp(doc, device, &bodyHeight);
    const int pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&device))
        return Status::fail(QCoreApplication::translate("sb::QuoteDocument", "The document could not be started: the file "
                                                                             "or printer refused it."));
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QFont footerFont = documentFont(kBodyPt - 1.5);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Status::fail(QCoreApplication::translate("sb::QuoteDocument", "Page %1 could not be started.").arg(i + 1));
        }
        painter.save();
        painter.translate(0, -i * bodyHeight);
        doc.drawContents(&painter, QRectF(0, i * bodyHeight, page.width(), bodyHeight));
        painter.restore();
        // The footer: who and what on the left, the page on the right, under a thin rule.
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QFontMetricsF fm(footerFont, &device);
        const double top = bodyHeight + fm.lineSpacing() * 0.6;
        painter.drawLine(QPointF(0, top), QPointF(page.width(), top));
        const QRectF line(0, top + fm.lineSpacing() * 0.3, page.width(), fm.lineSpacing() * 1.2);
        const QString left = QStringList{m_company.name.trimmed(), title() + QLatin1Char(' ') + m_data.number}
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QStringLiteral(" · "));
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, label("Page %1 of %2").arg(i + 1).arg(pages));
        painter.restore();
    }
    m_pages = pages;
    if (!painter.end())
        return Status::fail(QCoreApplication::translate("sb::QuoteDocument", "The document could not be finished."));
    return Status::ok();
}

Status QuoteDocument::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(title() + QLatin1Char(' ') + m_data.number);
    writer.setCreator(QStringLiteral("SalesBridge"));
    Status s = render(writer);
    if (!s)
        return s;
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Status::fail(QCoreApplication::translate("sb::QuoteDocument", "The PDF could not be written to %1.").arg(path));
    return Status::ok();
}

} // namespace sb
