#include "ApprovalNotifier.h"

#include "models/domain/Vocabulary.h"
#include "models/store/ApprovalFacts.h"

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace sb {

ApprovalNotifier::ApprovalNotifier(Database &db, Session session, QObject *parent)
    : QObject(parent), m_db(db), m_session(std::move(session))
{
}

void ApprovalNotifier::check()
{
    ApprovalInbox inbox(m_db);
    auto oa = inbox.throughOa();
    auto oaUser = inbox.myOaUser();
    if (!oa || !oaUser)
        return; // the counts in the window report a broken cache; the tray stays quiet
    QStringList me{m_session.user};
    if (!oaUser.value().isEmpty())
        me << oaUser.value();
    auto rows = inbox.notices(me);
    if (!rows)
        return;

    QHash<qint64, QString> mine;
    QSet<qint64> waiting;
    QList<ApprovalNotice> arrived;
    QList<ApprovalNotice> decided;
    for (const ApprovalNotice &n : rows.value()) {
        const bool asked = me.contains(n.requester);
        // Kept here, requests are decided by a manager (never their own); through an OA, the
        // OA's task says who decides.
        const bool forMe = n.waitsForMe && (oa.value() || (m_session.isManager() && !asked));
        if (forMe) {
            waiting.insert(n.id);
            if (m_primed && !m_waiting.contains(n.id))
                arrived << n;
        }
        if (asked) {
            mine.insert(n.id, n.state);
            const QString before = m_mine.value(n.id);
            if (m_primed && !before.isEmpty() && before != n.state
                && (n.state == QLatin1String("approved") || n.state == QLatin1String("rejected")
                    || n.state == QLatin1String("revoked")))
                decided << n;
        }
    }
    m_mine = mine;
    m_waiting = waiting;
    m_primed = true;

    if (arrived.size() == 1) {
        const ApprovalNotice &n = arrived.first();
        emit notify(tr("An approval request waits for you"),
                    tr("%1, %2, from %3").arg(n.title, formatMoney(n.amountCents, n.currency), n.requester));
    } else if (arrived.size() > 1) {
        QStringList titles;
        for (const ApprovalNotice &n : std::as_const(arrived))
            titles << tr("%1, %2").arg(n.title, formatMoney(n.amountCents, n.currency));
        emit notify(tr("%n approval request(s) wait for you", nullptr, int(arrived.size())), titles.join(QLatin1Char('\n')));
    }
    for (const ApprovalNotice &n : std::as_const(decided)) {
        if (n.state == QLatin1String("approved"))
            emit notify(tr("Approved: %1").arg(n.title),
                        n.comment.isEmpty() ? tr("Approved by %1.").arg(n.approver)
                                            : tr("Approved by %1: “%2”").arg(n.approver, n.comment));
        else if (n.state == QLatin1String("rejected"))
            emit notify(tr("Rejected: %1").arg(n.title),
                        n.comment.isEmpty() ? tr("Rejected by %1.").arg(n.approver)
                                            : tr("Rejected by %1: “%2”").arg(n.approver, n.comment));
        else
            emit notify(tr("Approval revoked: %1").arg(n.title),
                        tr("The quote needs a new approval before it can become an order."));
    }
}

QIcon ApprovalNotifier::badged(const QIcon &icon, int count)
{
    if (count <= 0)
        return icon;
    QPixmap pixmap = icon.pixmap(64, 64);
    if (pixmap.isNull())
        return icon;
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF dot(pixmap.width() * 0.45, 0, pixmap.width() * 0.55, pixmap.height() * 0.55);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xc6, 0x28, 0x28));
    p.drawEllipse(dot);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(int(dot.height() * 0.6));
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(dot, Qt::AlignCenter, count > 99 ? QStringLiteral("99+") : QLocale().toString(count));
    return QIcon(pixmap);
}

} // namespace sb
