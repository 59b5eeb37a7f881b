#include "SyncStateIcons.h"

#include "models/domain/Vocabulary.h"
#include "models/store/SyncStates.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace sb {

namespace {
QIcon dot(const QColor &color, bool ring)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(ring ? QPen(color, 2) : Qt::NoPen);
    p.setBrush(ring ? Qt::NoBrush : QBrush(color));
    p.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pm);
}
} // namespace

QIcon syncStateIcon(int localState, bool hasError, bool localOnly)
{
    static const QIcon failed = dot(QColor(0xd3, 0x2f, 0x2f), false);
    static const QIcon pending = dot(QColor(0x19, 0x76, 0xd2), false);
    static const QIcon deleted = dot(QColor(0x75, 0x75, 0x75), true);
    static const QIcon kept = dot(QColor(0x9e, 0x9e, 0x9e), false);
    if (hasError)
        return failed;
    if (localOnly && localState != sqlValue(LocalState::Clean))
        return kept;
    if (localState == sqlValue(LocalState::Created) || localState == sqlValue(LocalState::Modified))
        return pending;
    if (localState == sqlValue(LocalState::Deleted))
        return deleted;
    return QIcon();
}

QString syncStateText(int localState, const QVariant &error, bool localOnly)
{
    if (!error.isNull() && !error.toString().isEmpty())
        return QCoreApplication::translate("SyncState", "Not sent: %1").arg(error.toString());
    if (localOnly && localState != sqlValue(LocalState::Clean))
        return QCoreApplication::translate("SyncState", "Kept on this computer: no server for it is set up yet, "
                                                        "sent once one is");
    return vocab::localStateLabel(localState);
}

} // namespace sb
