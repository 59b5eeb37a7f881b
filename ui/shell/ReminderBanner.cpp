#include "ReminderBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb {

ReminderBanner::ReminderBanner(QWidget *host)
    : QFrame(host)
    , m_host(host)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_count(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_dismiss(new QPushButton(tr("Dis&miss"), this))
{
    setObjectName(QStringLiteral("reminderBanner"));
    setStyleSheet(QStringLiteral("QFrame#reminderBanner { background: #fffde7; border: 1px solid #f9a825; border-radius: 4px; }"));
    setFrameShape(QFrame::StyledPanel);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    for (QLabel *l : {m_title, m_text}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_count->setStyleSheet(QStringLiteral("QLabel { color: #757575; }"));
    m_open->setObjectName(QStringLiteral("reminderOpen"));
    m_dismiss->setObjectName(QStringLiteral("reminderDismiss"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        const qint64 id = currentId();
        next();
        if (id)
            emit openRequested(id);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &ReminderBanner::next);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    setFixedWidth(340);
    host->installEventFilter(this);
    hide();
}

void ReminderBanner::add(qint64 activityId, const QString &title, const QString &text)
{
    m_queue.append({activityId, title, text});
    showFirst();
}

void ReminderBanner::next()
{
    if (!m_queue.isEmpty())
        m_queue.removeFirst();
    showFirst();
}

void ReminderBanner::showFirst()
{
    if (m_queue.isEmpty()) {
        hide();
        return;
    }
    const Entry &e = m_queue.first();
    m_title->setText(e.title);
    m_text->setText(e.text);
    m_count->setText(m_queue.size() > 1 ? tr("1 of %1").arg(m_queue.size()) : QString());
    adjustSize();
    place();
    show();
    raise();
}

void ReminderBanner::place()
{
    const int margin = 12;
    move(m_host->width() - width() - margin, m_host->height() - height() - margin);
}

bool ReminderBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace sb
