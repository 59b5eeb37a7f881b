#pragma once

#include <QStringList>

namespace sb {

// Commands that run without a window: import, export, demo. Returns the process exit code,
// or -1 when argv is not one of them (then the app starts normally).
int runHeadlessCommand(int argc, char *argv[]);

} // namespace sb
