#pragma once
// Figures the benchmarks print: a percentile of measured times, and CPU time (on a machine
// shared with other work, wall time measures the queue for the cores as much as the work, so
// both are printed).
#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <ctime>

namespace sb::bench {

// The p-th percentile (0..1) of v, nearest rank; 0 for no values.
inline double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int i = qBound(0, int(p * (v.size() - 1) + 0.5), int(v.size()) - 1);
    return v.at(i);
}

// CPU time in ms of this thread (CLOCK_THREAD_CPUTIME_ID) or of the process.
inline double cpuMs(clockid_t clock = CLOCK_THREAD_CPUTIME_ID)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

} // namespace sb::bench
