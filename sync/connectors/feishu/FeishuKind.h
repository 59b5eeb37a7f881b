#pragma once

#include "sync/connectors/KindRegistry.h"

namespace sb::feishu {

// Feishu / Lark Approval v4 as the OA system: it owns approvals and the decisions on them.
ConnectorKind kind();

} // namespace sb::feishu
