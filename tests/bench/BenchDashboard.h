#pragma once

#include <QString>

// bench_cache's dashboard phases (see bench_cache.cpp): the figures through the store and the
// loader, and the Dashboard page in a fresh window process (--dashboard-window PATH).
bool dashboardPhase(const QString &path);
bool dashboardWindowPhase(const QString &path);
int dashboardWindowMode(const QString &path);
