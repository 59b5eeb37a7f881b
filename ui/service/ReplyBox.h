#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace sb {

class AppContext;

// Writes on a ticket: a reply to the customer or an internal comment, with files. The files
// chosen are listed with their sizes and can be removed before sending; Ctrl+Return sends.
// What was written stays in the box when the write is refused.
class ReplyBox : public QWidget {
    Q_OBJECT
public:
    explicit ReplyBox(AppContext &ctx, QWidget *parent = nullptr);

    void setTicket(qint64 ticketId);
    void setToCustomer(bool toCustomer);
    bool toCustomer() const;
    void addFiles(const QStringList &paths); // what "Attach files…" does after its dialog
    void removeFile(int row);
    QStringList files() const { return m_files; }
    bool send(); // true when the entry was written

    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *attachButton() const { return m_attach; }
    QListWidget *fileList() const { return m_fileList; }
    QRadioButton *customerChoice() const { return m_customer; }
    QRadioButton *internalChoice() const { return m_internal; }

signals:
    void sent(qint64 eventId);

private:
    void chooseFiles();
    void updateLabels();
    void showFiles();

    struct Draft {
        QString text;
        QStringList files;
        bool toCustomer = false;
    };

    AppContext &m_ctx;
    qint64 m_ticketId = 0;
    QHash<qint64, Draft> m_drafts; // unsent writing of the other tickets
    QStringList m_files;
    QRadioButton *m_customer;
    QRadioButton *m_internal;
    QPlainTextEdit *m_text;
    QPushButton *m_attach;
    QPushButton *m_removeFile;
    QListWidget *m_fileList;
    QLabel *m_total;
    QPushButton *m_send;
};

} // namespace sb
