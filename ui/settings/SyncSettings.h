#pragma once

#include <QList>
#include <QString>

namespace sb {

// How often SalesBridge syncs by itself. Kept in QSettings per workspace file (a laptop may
// hold a big production workspace and a small demo one), falling back to the global values
// and then to the defaults. Never holds a secret.
struct SyncPreferences {
    int intervalMinutes = 15;   // 0: no automatic cycles
    bool syncWhenOnline = true; // start a cycle as soon as the servers answer again

    bool operator==(const SyncPreferences &o) const
    {
        return intervalMinutes == o.intervalMinutes && syncWhenOnline == o.syncWhenOnline;
    }
    bool operator!=(const SyncPreferences &o) const { return !(*this == o); }

    // The choices Settings offers, in minutes (0 is "off").
    static QList<int> intervalChoices();
    // workspacePath empty or ":memory:": the global values.
    static SyncPreferences load(const QString &workspacePath);
    static void save(const QString &workspacePath, const SyncPreferences &prefs);
    // The QSettings group the values of this workspace live in ("sync" when global).
    static QString group(const QString &workspacePath);
};

} // namespace sb
