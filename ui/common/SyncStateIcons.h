#pragma once

#include <QIcon>
#include <QString>
#include <QVariant>

namespace sb {

// Small badges for a record's sync state, drawn in code so they scale and need no files:
// pending (blue), failed (red), deleted-pending (grey). Synced records show nothing.
QIcon syncStateIcon(int localState, bool hasError);
QString syncStateText(int localState, const QVariant &error);

} // namespace sb
