#pragma once

// Contacts in Tryton. Tryton keeps phones, mobiles and e-mails as separate contact mechanisms of
// a party, each with an optional person's name; one cached contact is the group of a party's
// mechanisms with one name. Its id is its anchor. No I/O here (docs/tryton-connector.md).

#include "TrytonMapping.h"

namespace sb::tryton {

struct Group {
    int party = 0;
    QString name;
    QString partyName;
    QList<QJsonObject> members; // sorted by id
    int anchor() const;         // its id: the lowest phone, mobile or e-mail channel
    QJsonObject first(const char *type) const;
};
QList<Group> groupMechanisms(const QJsonArray &rows);
RemoteRecord contactRecord(const Group &g);
const QJsonArray &mechanismFields();
const Group *groupWithAnchor(const QList<Group> &groups, int anchor);
// The channel types a contact's anchor can be: phone, mobile, e-mail (a domain clause).
QJsonArray anchorTypes();

} // namespace sb::tryton
