#include "Migrations.h"

namespace sb {

// Version 13: the manager's desk (DashboardStore). Its figures are grouped queries over every
// open deal, every deal won or lost in a period and a year of orders and invoices; on a
// 100,000-customer cache reading those rows from the tables (a row per deal with its title,
// description and sync columns) took most of a second. Each index below holds exactly the
// columns its queries read, local_state included (every figure leaves out the rows deleted
// here, sql::live(); SQLite 3.40 reads a partial index's condition column from the table, so a
// partial index would not be covering), so SQLite answers from the index alone, and in the
// order the figures group by, so it sums as it reads instead of sorting the rows first:
// - opportunities by stage, rep, currency: the open stages (pipeline, forecast) and won/lost
//   (win rate, cycle time), for the team or one rep;
// - orders and invoices by day and currency: revenue by month;
// - orders by rep, invoices by order: a rep's invoices are found through their orders.
QByteArray dashboardMigration()
{
    return QByteArrayLiteral(R"(
CREATE INDEX opportunities_dashboard ON opportunities(stage, owner, currency, expected_close, amount_cents,
    probability, created_at, updated_at, local_state);
CREATE INDEX orders_dashboard ON orders(order_date, currency, state, owner, total_cents, local_state);
CREATE INDEX orders_owner ON orders(owner);
CREATE INDEX invoices_dashboard ON invoices(invoice_date, currency, state, total_cents, local_state);
CREATE INDEX invoices_order_dashboard ON invoices(order_id, invoice_date, currency, state, total_cents, local_state);
)");
}

} // namespace sb
