#include "QuoteDocumentBar.h"

#include "MailHandoff.h"
#include "QuoteDocument.h"
#include "models/documents/QuoteMessage.h"
#include "models/documents/QuoteSending.h"
#include "ui/common/AppContext.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>

namespace sb {

namespace {
QString appLanguage()
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    return chosen.isEmpty() ? QLocale().name() : chosen;
}

QString senderName(const AppContext &ctx)
{
    const QString own = QSettings().value(QStringLiteral("documents/sender_name")).toString().trimmed();
    return own.isEmpty() ? ctx.session().user : own;
}
} // namespace

QuoteDocumentBar::QuoteDocumentBar(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_languageBox(new QComboBox(this))
    , m_printButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_sendButton(new QToolButton(this))
    , m_print(new QAction(tr("Print…"), this))
    , m_export(new QAction(tr("Export PDF…"), this))
    , m_send(new QAction(tr("Send to customer…"), this))
{
    setObjectName(QStringLiteral("quoteDocumentBar"));
    m_languageBox->setObjectName(QStringLiteral("documentLanguage"));
    // Each language by its own name, as language menus do.
    m_languageBox->addItem(QStringLiteral("中文"), doclang::chinese());
    m_languageBox->addItem(QStringLiteral("English"), doclang::english());
    m_languageBox->setToolTip(tr("The language of the printed quote and of the message to the customer"));

    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_print->setToolTip(tr("Print the quote (Ctrl+P)"));
    m_export->setToolTip(tr("Save the quote as a PDF file"));
    m_send->setToolTip(tr("Open a message to the customer in your mail program with the quote attached"));
    connect(m_print, &QAction::triggered, this, &QuoteDocumentBar::print);
    connect(m_export, &QAction::triggered, this, &QuoteDocumentBar::exportPdf);
    connect(m_send, &QAction::triggered, this, &QuoteDocumentBar::sendToCustomer);
    m_printButton->setDefaultAction(m_print);
    m_exportButton->setDefaultAction(m_export);
    m_sendButton->setDefaultAction(m_send);
    m_sendButton->setObjectName(QStringLiteral("sendToCustomer"));
    for (QToolButton *b : {m_printButton, m_exportButton, m_sendButton})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *languageLabel = new QLabel(tr("Document:"), this);
    languageLabel->setBuddy(m_languageBox);
    layout->addWidget(languageLabel);
    layout->addWidget(m_languageBox);
    layout->addWidget(m_printButton);
    layout->addWidget(m_exportButton);
    layout->addWidget(m_sendButton);
    setQuote(0);
}

QString QuoteDocumentBar::quotesFolder()
{
    const QString own = QSettings().value(QStringLiteral("documents/folder")).toString();
    if (!own.isEmpty())
        return own;
    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(tr("SalesBridge quotes"));
}

QString QuoteDocumentBar::language() const
{
    return m_languageBox->currentData().toString();
}

void QuoteDocumentBar::setLanguage(const QString &code)
{
    m_languageBox->setCurrentIndex(qMax(0, m_languageBox->findData(doclang::normalized(code))));
}

void QuoteDocumentBar::setQuote(qint64 quoteId)
{
    m_quoteId = quoteId;
    m_state.clear();
    if (quoteId > 0) {
        auto quote = QuoteDocumentSource(m_ctx.db()).read(quoteId);
        if (!quote) {
            m_ctx.reportError(quote.error());
            m_quoteId = 0;
        } else {
            m_state = quote.value().state;
            setLanguage(QuoteDocumentSource::defaultLanguage(quote.value(), appLanguage()));
        }
    }
    const bool any = m_quoteId > 0;
    for (QAction *a : {m_print, m_export, m_send})
        a->setEnabled(any);
    m_languageBox->setEnabled(any);
    // Send stays enabled whatever the state, so the refusal can say why; the tooltip says it first.
    const QString refusal = any ? QuoteSending::refusal(m_state) : QString();
    m_send->setToolTip(refusal.isEmpty() ? tr("Open a message to the customer in your mail program with the quote attached")
                                         : refusal);
}

Result<QuoteDocumentData> QuoteDocumentBar::readQuote()
{
    if (m_quoteId <= 0)
        return Result<QuoteDocumentData>::fail(tr("Choose a quote first."));
    return QuoteDocumentSource(m_ctx.db()).read(m_quoteId);
}

void QuoteDocumentBar::reportFontProblem()
{
    const QString problem = QuoteDocument::fontProblem();
    if (!problem.isEmpty() && !m_fontWarned) {
        m_fontWarned = true; // once per editor, not at every document
        m_ctx.reportInfo(problem);
    }
}

bool QuoteDocumentBar::printTo(QPrinter &printer)
{
    auto quote = readQuote();
    if (!quote) {
        m_ctx.reportError(quote.error());
        return false;
    }
    reportFontProblem();
    const QuoteDocument doc(quote.value(), CompanyProfile::load(), language());
    if (Status s = doc.render(printer); !s) {
        m_ctx.reportError(tr("Quote %1 could not be printed: %2").arg(quote.value().number, s.error()));
        return false;
    }
    return true;
}

void QuoteDocumentBar::print()
{
    if (m_quoteId <= 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    auto quote = readQuote();
    if (!quote) {
        m_ctx.reportError(quote.error());
        return;
    }
    printer.setDocName(QuoteDocument::suggestedFileName(quote.value()).chopped(4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print quote"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printTo(printer))
        m_ctx.reportInfo(tr("The quote went to the printer."));
}

void QuoteDocumentBar::exportPdf()
{
    auto quote = readQuote();
    if (!quote) {
        m_ctx.reportError(quote.error());
        return;
    }
    QSettings settings;
    QString dir = settings.value(QStringLiteral("documents/last_export_dir")).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export quote as PDF"),
                                                      QDir(dir).filePath(QuoteDocument::suggestedFileName(quote.value())),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("documents/last_export_dir"), QFileInfo(path).absolutePath());
    exportTo(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

bool QuoteDocumentBar::exportTo(const QString &path)
{
    auto quote = readQuote();
    if (!quote) {
        m_ctx.reportError(quote.error());
        return false;
    }
    reportFontProblem();
    const QuoteDocument doc(quote.value(), CompanyProfile::load(), language());
    if (Status s = doc.writePdf(path); !s) {
        m_ctx.reportError(tr("Quote %1 could not be exported: %2").arg(quote.value().number, s.error()));
        return false;
    }
    m_lastPdf = path;
    m_ctx.reportInfo(tr("Quote %1 was saved as %2.").arg(quote.value().number, QDir::toNativeSeparators(path)));
    return true;
}

bool QuoteDocumentBar::sendToCustomer()
{
    if (m_sending)
        return false;
    auto read = readQuote();
    if (!read) {
        m_ctx.reportError(read.error());
        return false;
    }
    const QuoteDocumentData quote = read.value();
    if (const QString refusal = QuoteSending::refusal(quote.state); !refusal.isEmpty()) {
        m_ctx.reportError(tr("Quote %1 was not sent. %2").arg(quote.number, refusal));
        return false;
    }
    if (quote.lines.isEmpty()) {
        m_ctx.reportError(tr("Quote %1 has no lines; there is nothing to send.").arg(quote.number));
        return false;
    }
    reportFontProblem();
    const QString folder = quotesFolder();
    if (!QDir().mkpath(folder)) {
        m_ctx.reportError(tr("The folder %1 could not be made, so the quote was not sent. Choose another folder in "
                             "Settings → Documents.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    const QString pdf = QDir(folder).filePath(QuoteDocument::suggestedFileName(quote));
    const CompanyProfile company = CompanyProfile::load();
    const QuoteDocument doc(quote, company, language());
    if (Status s = doc.writePdf(pdf); !s) {
        m_ctx.reportError(tr("Quote %1 was not sent: %2").arg(quote.number, s.error()));
        return false;
    }
    m_lastPdf = pdf;
    const MessageTemplate message = MessageTemplate::stored(language())
                                        .filled(quoteMessageFields(quote, language(), senderName(m_ctx), company.name));
    if (quote.contactEmail.isEmpty())
        m_ctx.reportInfo(tr("%1 has no contact with an e-mail address: fill in the recipient in your mail program.")
                             .arg(quote.customerName));

    m_sending = true;
    auto *handoff = new MailHandoff(this);
    const QString to = quote.contactEmail;
    connect(handoff, &MailHandoff::handedOver, this, [this, handoff, quote, to, message, pdf] {
        handoff->deleteLater();
        m_sending = false;
        if (recordSent(quote, to, message.subject, message.body, pdf))
            m_ctx.reportInfo(tr("Quote %1 is in your mail program with %2 attached; it is logged on %3's timeline.")
                                 .arg(quote.number, QFileInfo(pdf).fileName(), quote.customerName));
    });
    connect(handoff, &MailHandoff::failed, this, [this, handoff, quote, to, message, pdf](const QString &reason) {
        handoff->deleteLater();
        m_sending = false;
        showSavedInstead(quote, to, message.subject, message.body, pdf, reason);
    });
    handoff->start({to, message.subject, message.body, pdf});
    return true;
}

bool QuoteDocumentBar::recordSent(const QuoteDocumentData &quote, const QString &to, const QString &subject,
                                  const QString &body, const QString &pdf)
{
    QuoteSending::Record r;
    r.quoteId = quote.quoteId;
    r.contactId = to.isEmpty() ? 0 : quote.contactId;
    r.recipient = to;
    r.subject = subject;
    r.body = body;
    r.attachment = QFileInfo(pdf).fileName();
    r.actor = m_ctx.session().user;
    auto logged = QuoteSending(m_ctx.db()).recordSent(r);
    if (!logged) {
        m_ctx.reportError(tr("Quote %1 was handed over, but could not be logged as sent: %2").arg(quote.number, logged.error()));
        return false;
    }
    m_ctx.notifyChanged(QStringLiteral("quote"));
    m_ctx.notifyChanged(QStringLiteral("activity"));
    if (quote.quoteId == m_quoteId)
        setQuote(m_quoteId);
    emit quoteChanged(quote.quoteId);
    emit sent(quote.quoteId);
    return true;
}

void QuoteDocumentBar::showSavedInstead(const QuoteDocumentData &quote, const QString &to, const QString &subject,
                                        const QString &body, const QString &pdf, const QString &reason)
{
    // The person mails it themselves: the message text waits on the clipboard.
    QGuiApplication::clipboard()->setText(subject + QStringLiteral("\n\n") + body);
    const QString where = QDir::toNativeSeparators(pdf);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Quote saved, not mailed"),
                                tr("Quote %1 could not be handed to a mail program. %2").arg(quote.number, reason), QMessageBox::NoButton,
                                this);
    box->setObjectName(QStringLiteral("quoteSavedInstead"));
    box->setInformativeText(to.isEmpty() ? tr("The PDF is saved as %1. The message text is on the clipboard.").arg(where)
                                         : tr("The PDF is saved as %1. Attach it to a message to %2; the message text is on "
                                              "the clipboard.").arg(where, to));
    QPushButton *open = box->addButton(tr("Open folder"), QMessageBox::ActionRole);
    QPushButton *mark = box->addButton(tr("Mark as sent"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openFolder"));
    mark->setObjectName(QStringLiteral("markAsSent"));
    mark->setToolTip(tr("Once you have mailed the PDF yourself: log it on the timeline and mark the quote as sent"));
    box->setDefaultButton(box->addButton(QMessageBox::Close)); // Enter never claims it was sent
    box->setAttribute(Qt::WA_DeleteOnClose);
    // "Open folder" keeps the box open: the person still chooses whether it was sent.
    disconnect(open, &QAbstractButton::clicked, nullptr, nullptr);
    connect(open, &QAbstractButton::clicked, this, [this, pdf] {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(pdf).absolutePath())))
            m_ctx.reportError(tr("The folder %1 could not be opened.").arg(QDir::toNativeSeparators(QFileInfo(pdf).absolutePath())));
    });
    connect(box, &QMessageBox::buttonClicked, this, [this, mark, quote, to, subject, body, pdf](QAbstractButton *b) {
        if (b == mark)
            recordSent(quote, to, subject, body, pdf);
    });
    connect(box, &QObject::destroyed, this, [this] { m_fallback = nullptr; });
    m_fallback = box;
    emit savedInstead(quote.quoteId, pdf);
    box->open();
}

} // namespace sb
