#pragma once

#include <QIcon>
#include <QString>
#include <QVariant>

namespace sb {

// Small badges for a record's sync state, drawn in code so they scale and need no files:
// pending (blue), failed (red), deleted-pending (grey ring), kept on this computer by design
// (grey: no configured system takes the record, SqlWindowModel::LocalOnlyRole). Synced records
// show nothing.
QIcon syncStateIcon(int localState, bool hasError, bool localOnly = false);
QString syncStateText(int localState, const QVariant &error, bool localOnly = false);

} // namespace sb
