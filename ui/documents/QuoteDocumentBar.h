#pragma once

#include "models/documents/QuoteDocumentData.h"
#include "models/store/Result.h"

#include <QWidget>

class QAction;
class QComboBox;
class QMessageBox;
class QPrinter;
class QToolButton;

namespace sb {

class AppContext;
class MailHandoff;

// The quote editor's document strip: the document's language (中文 / English, chosen per
// document, starting from the customer's), Print… (Ctrl+P), Export PDF… and Send to customer….
//
// Send to customer writes the PDF into the quotes folder, fills the message template of the
// document's language and hands both to the mail client (MailHandoff). Once handed over, the
// message is logged on the customer's timeline and an approved quote becomes "sent"
// (QuoteSending). Without a mail client the PDF stays in the folder and a message box says
// where, offers to open the folder and to mark the quote as sent once the person mailed it.
class QuoteDocumentBar : public QWidget {
    Q_OBJECT
public:
    explicit QuoteDocumentBar(AppContext &ctx, QWidget *parent = nullptr);

    // The quote shown; 0 disables everything. The language goes back to the quote's default.
    void setQuote(qint64 quoteId);
    qint64 quoteId() const { return m_quoteId; }
    QString language() const;
    void setLanguage(const QString &code);

    // Where Send to customer (and the first Export) puts PDFs: the "documents/folder" setting,
    // by default "SalesBridge quotes" in the person's documents folder.
    static QString quotesFolder();

    // Test hooks and the parts a person uses.
    QComboBox *languageBox() const { return m_languageBox; }
    QAction *printAction() const { return m_print; }
    QAction *exportAction() const { return m_export; }
    QAction *sendAction() const { return m_send; }
    QMessageBox *fallbackBox() const { return m_fallback; } // the "saved instead" box while open
    QString lastPdf() const { return m_lastPdf; }

public slots:
    void print();                            // QPrintDialog, then the printer
    void exportPdf();                        // a file dialog, then exportTo()
    bool exportTo(const QString &path);      // writes the PDF there, says so
    bool printTo(QPrinter &printer);
    bool sendToCustomer();                   // asynchronous: sent() or savedInstead() follow

signals:
    void sent(qint64 quoteId);               // handed to the mail client, logged, state updated
    void savedInstead(qint64 quoteId, const QString &path);
    void quoteChanged(qint64 quoteId);       // the quote's state changed: the editor reloads

private:
    Result<QuoteDocumentData> readQuote();
    bool recordSent(const QuoteDocumentData &quote, const QString &to, const QString &subject, const QString &body,
                    const QString &pdf);
    void showSavedInstead(const QuoteDocumentData &quote, const QString &to, const QString &subject,
                          const QString &body, const QString &pdf, const QString &reason);
    void reportFontProblem();

    AppContext &m_ctx;
    qint64 m_quoteId = 0;
    QString m_state;
    QComboBox *m_languageBox;
    QToolButton *m_printButton, *m_exportButton, *m_sendButton;
    QAction *m_print, *m_export, *m_send;
    QMessageBox *m_fallback = nullptr;
    QString m_lastPdf;
    bool m_sending = false;
    bool m_fontWarned = false;
};

} // namespace sb
