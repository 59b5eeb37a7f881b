#pragma once

#include <QString>
#include <QStringList>

namespace sb {

// What the generic write path needs to know about one cached object type.
struct Entity {
    QString name;        // outbox entity name: "customer"
    QString table;       // SQL table: "customers"
    QStringList columns; // columns a user or a connector may write (no id, no sync columns)
    QString displayColumn; // what names a record in the Pending changes view
};

namespace entities {
const Entity &customer();
const Entity &contact();
const Entity &address();
const Entity &product();
const Entity &warehouse();
const Entity &stockLevel();
const Entity &opportunity();
const Entity &quote();
const Entity &quoteLine();
const Entity &order();
const Entity &orderLine();
const Entity &invoice();
const Entity &shipment();
const Entity &approval();
const Entity &ticket();
const Entity &ticketEvent();
const Entity &activity();
const Entity &category(); // the shared lists of grades, regions, industries and owners

const QList<const Entity *> &all();
const Entity *byName(const QString &name);
} // namespace entities

} // namespace sb
