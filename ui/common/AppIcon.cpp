#include "AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace sb {

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64, 128, 256}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r(0.5, 0.5, size - 1.0, size - 1.0);
        QPainterPath rounded;
        rounded.addRoundedRect(r, size * 0.2, size * 0.2);
        p.fillPath(rounded, QColor(0x15, 0x65, 0xc0));
        // A bridge: an arch over a deck, in white.
        QPen pen(Qt::white, qMax(1.5, size / 12.0), Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        const double m = size * 0.2;
        p.drawLine(QPointF(m, size * 0.68), QPointF(size - m, size * 0.68));
        p.drawArc(QRectF(m, size * 0.32, size - 2 * m, size * 0.72), 0, 180 * 16);
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace sb
