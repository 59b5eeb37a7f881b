#pragma once

#include "sync/connectors/KindRegistry.h"

namespace sb::rt {

// Request Tracker 5 (REST2) as the after-sales system: it owns service tickets.
ConnectorKind kind();

} // namespace sb::rt
