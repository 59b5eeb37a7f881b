#include "SystemStatusBadges.h"

#include "models/domain/Vocabulary.h"
#include "models/itemmodels/SystemStatusModel.h"
#include "sync/connectors/KindRegistry.h"

#include <QMouseEvent>

namespace sb {

namespace {
// A mark and a colour that tell the state apart without reading (and without colour alone).
QString badge(const QString &label, SystemStatus::Health health)
{
    const char *mark = "";
    const char *color = "";
    switch (health) {
    case SystemStatus::Health::Ok: mark = "✓"; color = "#2e7d32"; break;
    case SystemStatus::Health::Failing: mark = "⚠"; color = "#e65100"; break;
    case SystemStatus::Health::Unreachable: mark = "✕"; color = "#c62828"; break;
    case SystemStatus::Health::NeverSynced: mark = "–"; color = "#757575"; break;
    }
    return QStringLiteral("<span style='color:%1'>%2&nbsp;%3</span>")
        .arg(QLatin1String(color), label.toHtmlEscaped(), QString::fromUtf8(mark));
}
} // namespace

SystemStatusBadges::SystemStatusBadges(Database &db, QWidget *parent)
    : QLabel(parent)
    , m_model(new SystemStatusModel(db, &KindRegistry::roleLabel, this))
{
    setObjectName(QStringLiteral("systemStatus"));
    setTextFormat(Qt::RichText);
    setCursor(Qt::PointingHandCursor);
    hide();
}

void SystemStatusBadges::refresh()
{
    if (const QString error = m_model->refresh(); !error.isEmpty())
        emit errorOccurred(error);
    const QList<SystemStatus> &systems = m_model->statuses();
    setVisible(!systems.isEmpty());
    QStringList badges, lines;
    for (const SystemStatus &s : systems) {
        const QString label = m_model->systemLabel(s.system);
        badges << badge(label, s.health());
        const QString never = tr("never");
        QString line = tr("%1: %2 · last sync %3 · last success %4")
                           .arg(label, SystemStatusModel::healthLabel(s.health()),
                                s.lastSyncAt.isEmpty() ? never : formatRelative(s.lastSyncAt),
                                s.lastOkAt.isEmpty() ? never : formatRelative(s.lastOkAt));
        if (!s.lastError.isEmpty())
            line += QLatin1Char('\n') + tr("    Last error: %1").arg(s.lastError);
        lines << line;
    }
    setText(badges.join(QStringLiteral(" · ")));
    setToolTip(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + tr("Click for the sync centre."));
}

void SystemStatusBadges::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QLabel::mouseReleaseEvent(event);
}

} // namespace sb
