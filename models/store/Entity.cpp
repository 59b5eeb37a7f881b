#include "Entity.h"

namespace sb::entities {

namespace {
QStringList cols(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

#define SB_ENTITY(fn, entityName, tableName, columnList, display)                                   \
    const Entity &fn()                                                                               \
    {                                                                                                \
        static const Entity e{QStringLiteral(entityName), QStringLiteral(tableName), cols(columnList), \
                              QStringLiteral(display)};                                              \
        return e;                                                                                    \
    }

SB_ENTITY(customer, "customer", "customers",
          "code,name,short_name,grade,industry,region,owner,status,tags,credit_limit_cents,currency,notes", "name")
SB_ENTITY(contact, "contact", "contacts", "customer_id,name,title,phone,mobile,email,is_primary,notes", "name")
SB_ENTITY(address, "address", "addresses",
          "customer_id,kind,street,city,province,postal_code,country,is_default", "street")
SB_ENTITY(product, "product", "products",
          "code,name,spec,unit,category,list_price_cents,cost_cents,currency,active", "name")
SB_ENTITY(warehouse, "warehouse", "warehouses", "code,name,city", "name")
SB_ENTITY(stockLevel, "stock_level", "stock_levels", "product_id,warehouse_id,on_hand,forecast", "product_id")
SB_ENTITY(opportunity, "opportunity", "opportunities",
          "customer_id,title,stage,amount_cents,currency,probability,expected_close,owner,lost_reason,"
          "next_activity_at,description",
          "title")
SB_ENTITY(quote, "quote", "quotes",
          "number,customer_id,opportunity_id,state,currency,valid_until,subtotal_cents,discount_cents,"
          "total_cents,cost_cents,owner,notes",
          "number")
SB_ENTITY(quoteLine, "quote_line", "quote_lines",
          "quote_id,position,product_id,description,quantity,unit_price_cents,discount_pct,line_total_cents",
          "description")
SB_ENTITY(order, "order", "orders",
          "number,customer_id,quote_id,state,order_date,promised_date,currency,untaxed_cents,tax_cents,"
          "total_cents,shipment_state,invoice_state,owner,customer_po,requested_date,ship_to_address_id,"
          "invoice_address_id,payment_terms",
          "number")
SB_ENTITY(orderLine, "order_line", "order_lines",
          "order_id,position,product_id,description,quantity,shipped_quantity,unit_price_cents,line_total_cents",
          "description")
SB_ENTITY(invoice, "invoice", "invoices",
          "order_id,customer_id,number,state,invoice_date,due_date,currency,total_cents,amount_to_pay_cents,paid_at",
          "number")
SB_ENTITY(shipment, "shipment", "shipments",
          "number,order_id,customer_id,warehouse_id,carrier,tracking_number,state,planned_date,effective_date,"
          "delivered_at,delivery_confirmed_by",
          "number")
SB_ENTITY(approval, "approval", "approvals",
          "kind,subject_entity,subject_id,customer_id,title,requester,approver,state,amount_cents,currency,"
          "discount_pct,margin_pct,submitted_at,decided_at,decision_comment,steps,reference,customer_name,summary,node,"
          "my_task",
          "title")
SB_ENTITY(ticket, "ticket", "tickets",
          "number,customer_id,product_id,serial_number,subject,description,status,priority,queue,owner,resolved_at,"
          "due_at,contact_id,complaint_ref",
          "subject")
SB_ENTITY(ticketEvent, "ticket_event", "ticket_events", "ticket_id,at,author,kind,text,attachments", "text")
SB_ENTITY(activity, "activity", "activities",
          "customer_id,opportunity_id,contact_id,kind,subject,body,starts_at,ends_at,status,owner,outcome,next_step,"
          "next_step_at,location,reminder_minutes,attendees,time_zone",
          "subject")
SB_ENTITY(category, "category", "categories", "dimension,name,name_en,name_zh", "name")

#undef SB_ENTITY

const QList<const Entity *> &all()
{
    static const QList<const Entity *> list = {
        &customer(), &contact(),  &address(), &product(),  &warehouse(), &stockLevel(),
        &opportunity(), &quote(), &quoteLine(), &order(),  &orderLine(), &invoice(),
        &shipment(), &approval(), &ticket(),  &ticketEvent(), &activity(), &category(),
    };
    return list;
}

const Entity *byName(const QString &name)
{
    for (const Entity *e : all())
        if (e->name == name)
            return e;
    return nullptr;
}

} // namespace sb::entities
