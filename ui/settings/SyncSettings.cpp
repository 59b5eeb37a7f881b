#include "SyncSettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace sb {

namespace {
const QString kInterval = QStringLiteral("intervalMinutes");
const QString kWhenOnline = QStringLiteral("syncWhenOnline");
const QString kGlobal = QStringLiteral("sync");

QString canonical(const QString &workspacePath)
{
    if (workspacePath.isEmpty() || workspacePath == QLatin1String(":memory:"))
        return {};
    const QFileInfo info(workspacePath);
    const QString path = info.canonicalFilePath();
    return path.isEmpty() ? info.absoluteFilePath() : path;
}
} // namespace

QList<int> SyncPreferences::intervalChoices()
{
    return {0, 5, 15, 30, 60};
}

QString SyncPreferences::group(const QString &workspacePath)
{
    const QString path = canonical(workspacePath);
    if (path.isEmpty())
        return kGlobal;
    // A path is no QSettings key (slashes are groups, case may fold): a short hash is.
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("workspaces/%1/sync").arg(QString::fromLatin1(hash));
}

SyncPreferences SyncPreferences::load(const QString &workspacePath)
{
    QSettings settings;
    SyncPreferences p;
    p.intervalMinutes = qBound(0, settings.value(kGlobal + QLatin1Char('/') + kInterval, p.intervalMinutes).toInt(), 24 * 60);
    p.syncWhenOnline = settings.value(kGlobal + QLatin1Char('/') + kWhenOnline, p.syncWhenOnline).toBool();
    const QString group = SyncPreferences::group(workspacePath);
    if (group != kGlobal) {
        settings.beginGroup(group);
        p.intervalMinutes = qBound(0, settings.value(kInterval, p.intervalMinutes).toInt(), 24 * 60);
        p.syncWhenOnline = settings.value(kWhenOnline, p.syncWhenOnline).toBool();
        settings.endGroup();
    }
    return p;
}

void SyncPreferences::save(const QString &workspacePath, const SyncPreferences &prefs)
{
    QSettings settings;
    const QString group = SyncPreferences::group(workspacePath);
    if (group != kGlobal) // lets a person reading the settings file tell the workspaces apart
        settings.setValue(group.section(QLatin1Char('/'), 0, 1) + QStringLiteral("/path"), canonical(workspacePath));
    settings.beginGroup(group);
    settings.setValue(kInterval, qMax(0, prefs.intervalMinutes));
    settings.setValue(kWhenOnline, prefs.syncWhenOnline);
    settings.endGroup();
}

} // namespace sb
