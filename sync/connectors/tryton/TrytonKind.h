#pragma once

#include "sync/connectors/KindRegistry.h"

namespace sb::tryton {

// The registration of the Tryton ERP kind (sync/connectors/BuiltInKinds.cpp adds it).
ConnectorKind kind();

} // namespace sb::tryton
