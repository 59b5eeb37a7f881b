#include "ReplyBox.h"

#include "AttachmentOpener.h"
#include "models/store/ServiceStore.h"
#include "ui/common/AppContext.h"

#include <QButtonGroup>
#include <QColor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace sb {

ReplyBox::ReplyBox(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_customer(new QRadioButton(tr("Reply to c&ustomer"), this))
    , m_internal(new QRadioButton(tr("&Internal comment"), this))
    , m_text(new QPlainTextEdit(this))
    , m_attach(new QPushButton(tr("Attach files…"), this))
    , m_removeFile(new QPushButton(tr("Remove file"), this))
    , m_fileList(new QListWidget(this))
    , m_total(new QLabel(this))
    , m_send(new QPushButton(this))
{
    // An internal comment is the default: a reply reaches the customer only when chosen.
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_customer);
    kinds->addButton(m_internal);
    m_internal->setChecked(true);
    m_customer->setToolTip(tr("The service desk e-mails this to the customer"));
    m_internal->setToolTip(tr("A note for colleagues; the customer does not see it"));
    connect(m_customer, &QRadioButton::toggled, this, &ReplyBox::updateLabels);

    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 14);
    const QKeySequence attachKey(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    m_attach->setToolTip(tr("Attach files to the reply (%1); up to 10 MB each, 25 MB together")
                             .arg(attachKey.toString(QKeySequence::NativeText)));
    auto *attachShortcut = new QShortcut(attachKey, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    attachShortcut->setWhatsThis(tr("Attach files to the reply"));
    connect(attachShortcut, &QShortcut::activated, this, &ReplyBox::chooseFiles);
    connect(m_attach, &QPushButton::clicked, this, &ReplyBox::chooseFiles);

    m_fileList->setObjectName(QStringLiteral("replyFiles"));
    const int line = m_fileList->fontMetrics().lineSpacing();
    m_fileList->setIconSize(QSize(line, line));
    m_fileList->setMaximumHeight((line + 4) * 3 + 8);
    m_fileList->setToolTip(tr("Files going with the reply; Delete removes the selected one"));
    m_removeFile->setToolTip(tr("Leave the selected file out of the reply (Delete)"));
    connect(m_removeFile, &QPushButton::clicked, this, [this] { removeFile(m_fileList->currentRow()); });
    auto *del = new QShortcut(QKeySequence::Delete, m_fileList, nullptr, nullptr, Qt::WidgetShortcut);
    del->setWhatsThis(tr("Leave the selected file out of the reply"));
    connect(del, &QShortcut::activated, this, [this] { removeFile(m_fileList->currentRow()); });
    m_total->setForegroundRole(QPalette::PlaceholderText);

    connect(m_send, &QPushButton::clicked, this, &ReplyBox::send);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *send = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        send->setWhatsThis(tr("Send the reply"));
        connect(send, &QShortcut::activated, this, &ReplyBox::send);
    }

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_internal);
    kindRow->addWidget(m_customer);
    kindRow->addStretch(1);
    kindRow->addWidget(m_attach);
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileList, 1);
    auto *fileSide = new QVBoxLayout;
    fileSide->addWidget(m_removeFile);
    fileSide->addWidget(m_total);
    fileSide->addStretch(1);
    fileRow->addLayout(fileSide);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(kindRow);
    layout->addLayout(textRow);
    layout->addLayout(fileRow);
    updateLabels();
    showFiles();
}

void ReplyBox::setTicket(qint64 ticketId)
{
    if (ticketId == m_ticketId)
        return;
    // What was written belongs to the ticket it was written for: kept as that ticket's draft
    // while another one is looked at, and back when it is shown again.
    const QString text = m_text->toPlainText();
    if (m_ticketId > 0 && (!text.trimmed().isEmpty() || !m_files.isEmpty()))
        m_drafts.insert(m_ticketId, Draft{text, m_files, toCustomer()});
    else
        m_drafts.remove(m_ticketId);
    m_ticketId = ticketId;
    const Draft draft = m_drafts.take(ticketId);
    m_text->setPlainText(draft.text);
    m_files = draft.files;
    setToCustomer(draft.toCustomer);
    showFiles();
}

void ReplyBox::setToCustomer(bool toCustomer)
{
    (toCustomer ? m_customer : m_internal)->setChecked(true);
}

bool ReplyBox::toCustomer() const
{
    return m_customer->isChecked();
}

void ReplyBox::updateLabels()
{
    const QString key = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    if (toCustomer()) {
        m_send->setText(tr("Send reply"));
        m_text->setPlaceholderText(tr("Write to the customer (%1 sends it)").arg(key));
    } else {
        m_send->setText(tr("Add comment"));
        m_text->setPlaceholderText(tr("Write an internal comment (%1 adds it)").arg(key));
    }
}

void ReplyBox::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    addFiles(paths);
}

void ReplyBox::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString clean = QFileInfo(path).absoluteFilePath();
        if (!m_files.contains(clean))
            m_files << clean;
    }
    showFiles();
}

void ReplyBox::removeFile(int row)
{
    if (row < 0 || row >= m_files.size())
        return;
    m_files.removeAt(row);
    showFiles();
    m_fileList->setCurrentRow(qMin(row, m_files.size() - 1));
}

void ReplyBox::showFiles()
{
    m_fileList->clear();
    qint64 total = 0;
    for (const QString &path : m_files) {
        const QFileInfo info(path);
        total += info.size();
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon),
                                         tr("%1 (%2)").arg(info.fileName(), AttachmentOpener::sizeText(info.size())),
                                         m_fileList);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (info.size() > ServiceStore::kMaxFileBytes)
            item->setForeground(QColor(0xc6, 0x28, 0x28)); // refused on sending: over 10 MB
    }
    const bool any = !m_files.isEmpty();
    m_fileList->setVisible(any);
    m_removeFile->setVisible(any);
    m_total->setVisible(any);
    m_total->setText(tr("%n file(s), %1", nullptr, int(m_files.size())).arg(AttachmentOpener::sizeText(total)));
}

bool ReplyBox::send()
{
    if (m_ticketId <= 0)
        return false;
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty() && m_files.isEmpty())
        return false; // nothing written: nothing to say either
    ServiceStore store(m_ctx.db());
    auto id = store.addReply(m_ticketId, toCustomer() ? QStringLiteral("correspond") : QStringLiteral("comment"), text,
                             m_files, m_ctx.session().user);
    if (!id) {
        m_ctx.reportError(id.error()); // the text and the files stay to try again
        return false;
    }
    m_text->clear();
    m_files.clear();
    showFiles();
    emit sent(id.value());
    // The view's recordsChanged handler reloads the list and the history.
    m_ctx.notifyChanged(QStringLiteral("ticket_event"));
    return true;
}

} // namespace sb
