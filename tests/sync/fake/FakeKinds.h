#pragma once

#include "sync/connectors/KindRegistry.h"

namespace sb::fake {

// Three kinds of back end for tests, each a FakeBackend at the connector's URL: an ERP
// (customers, quotes, quote.confirm; tickets only as the fallback, like an ERP's complaints),
// an OA approval system (approvals, approval.approve / approval.reject) and an after-sales
// system (tickets, ticket.close). Registering a kind is this much: docs/architecture.md shows it.
ConnectorKind erpKind();
ConnectorKind oaKind();
ConnectorKind afterSalesKind();
KindRegistry registry(); // the three

} // namespace sb::fake
