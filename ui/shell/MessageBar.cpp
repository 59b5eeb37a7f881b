#include "MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace sb {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBar::overlay(QWidget *host)
{
    if (m_host)
        m_host->removeEventFilter(this);
    m_host = host;
    setParent(host);
    hide();
    host->installEventFilter(this);
}

bool MessageBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void MessageBar::place()
{
    if (!m_host)
        return;
    const int width = m_host->width();
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(0, 0, width, qMax(height, minimumSizeHint().height()));
    raise();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::showError(const QString &message)
{
    showMessage(message, true);
}

void MessageBar::showInfo(const QString &message)
{
    showMessage(message, false);
}

void MessageBar::showMessage(const QString &message, bool error)
{
    m_error = error;
    m_label->setText(message);
    setStyleSheet(error ? QStringLiteral("#messageBar { background: #fdecea; border: 1px solid #f5c2c0; color: #611a15; }")
                        : QStringLiteral("#messageBar { background: #e8f4fd; border: 1px solid #b6dcfb; color: #0d3c61; }"));
    place();
    show();
    if (error)
        m_hideTimer->stop();
    else
        m_hideTimer->start(6000);
}

} // namespace sb
