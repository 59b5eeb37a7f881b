#pragma once

#include "sync/connectors/KindRegistry.h"

namespace sb::caldav {

// A CalDAV calendar (the OA calendar; Radicale in the tests) as the calendar system: it owns the
// timeline's activities, which go to the ERP's notes only while no calendar is set up.
ConnectorKind kind();

} // namespace sb::caldav
