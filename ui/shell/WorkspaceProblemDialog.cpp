#include "WorkspaceProblemDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace sb {

namespace {
QString g_lastFreshStart;
}

WorkspaceProblemDialog::WorkspaceProblemDialog(const QString &path, const WorkspaceOpening &opening, QWidget *parent)
    : QDialog(parent)
{
    const bool damaged = opening.outcome == WorkspaceOpening::Outcome::Damaged;
    setObjectName(QStringLiteral("workspaceProblemDialog"));
    switch (opening.outcome) {
    case WorkspaceOpening::Outcome::InUse: setWindowTitle(tr("The workspace is already open")); break;
    case WorkspaceOpening::Outcome::CannotWrite: setWindowTitle(tr("SalesBridge cannot write the workspace")); break;
    case WorkspaceOpening::Outcome::Damaged: setWindowTitle(tr("The workspace is damaged")); break;
    default: setWindowTitle(tr("SalesBridge cannot open the workspace")); break;
    }

    auto *icon = new QLabel(this);
    const QStyle::StandardPixmap kind = damaged || opening.outcome == WorkspaceOpening::Outcome::CannotWrite
                                            ? QStyle::SP_MessageBoxCritical
                                            : QStyle::SP_MessageBoxWarning;
    icon->setPixmap(style()->standardIcon(kind).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);

    m_text = new QLabel(opening.message, this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("problemText"));

    QStringList details;
    if (damaged) {
        details << describeSalvage(opening.salvage);
        details << tr("Keep a copy and start fresh: the damaged file and its journal are moved aside (named %1.damaged- "
                      "and the time), nothing is deleted, and a fresh workspace syncs again from the servers.")
                       .arg(QFileInfo(path).fileName());
    }
    m_details = new QLabel(details.join(QStringLiteral("\n\n")), this);
    m_details->setWordWrap(true);
    m_details->setVisible(!details.isEmpty());
    m_details->setObjectName(QStringLiteral("problemDetails"));

    auto *buttons = new QDialogButtonBox(this);
    if (damaged) {
        m_startFresh = buttons->addButton(tr("Keep a Copy and Start Fresh"), QDialogButtonBox::AcceptRole);
        m_startFresh->setObjectName(QStringLiteral("startFresh"));
    }
    m_quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("quit"));
    m_quit->setDefault(true); // a choice that moves files is never the Enter key's
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_text);
    text->addWidget(m_details);
    text->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString WorkspaceProblemDialog::text() const
{
    return m_text->text() + QLatin1Char('\n') + m_details->text();
}

bool WorkspaceProblemDialog::offerFreshStart(const QString &path, const WorkspaceOpening &opening, QWidget *parent)
{
    WorkspaceProblemDialog dialog(path, opening, parent);
    if (dialog.exec() != QDialog::Accepted || opening.outcome != WorkspaceOpening::Outcome::Damaged)
        return false;
    auto fresh = keepCopyAndStartFresh(QFileInfo(path).absoluteFilePath());
    if (!fresh) {
        g_lastFreshStart = fresh.error();
        QMessageBox::critical(parent, tr("The workspace is damaged"), fresh.error());
        return false;
    }
    g_lastFreshStart = describeFreshStart(fresh.value());
    QMessageBox::information(parent, tr("A fresh workspace"), g_lastFreshStart);
    return true;
}

QString WorkspaceProblemDialog::lastFreshStartText()
{
    return g_lastFreshStart;
}

} // namespace sb
