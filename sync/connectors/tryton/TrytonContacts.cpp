// Contacts in Tryton: one cached contact is the group of a party's contact mechanisms with one
// person's name (TrytonContacts.h).
#include "TrytonContacts.h"

#include <algorithm>

namespace sb::tryton {

namespace {
// The channel types that can be a contact's anchor.
const QStringList &anchorTypeNames()
{
    static const QStringList names{QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("email")};
    return names;
}
} // namespace

int Group::anchor() const
{
    int best = 0;
    for (const QJsonObject &m : members) {
        if (anchorTypeNames().contains(str(m, "type"))) {
            const int id = m.value(QLatin1String("id")).toInt();
            if (!best || id < best)
                best = id;
        }
    }
    return best;
}

QJsonObject Group::first(const char *type) const
{
    for (const QJsonObject &m : members)
        if (str(m, "type") == QLatin1String(type))
            return m;
    return {};
}

QList<Group> groupMechanisms(const QJsonArray &rows)
{
    QMap<QPair<int, QString>, Group> groups;
    for (const QJsonValue &v : rows) {
        const QJsonObject m = v.toObject();
        const int party = m.value(QLatin1String("party")).toInt();
        const QString name = str(m, "name").trimmed();
        Group &g = groups[qMakePair(party, name)];
        g.party = party;
        g.name = name;
        g.partyName = m.value(QLatin1String("party.")).toObject().value(QLatin1String("name")).toString();
        g.members << m;
    }
    QList<Group> out;
    for (Group &g : groups) {
        std::sort(g.members.begin(), g.members.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("id")).toInt() < b.value(QLatin1String("id")).toInt();
        });
        if (g.anchor())
            out << g;
    }
    return out;
}

RemoteRecord contactRecord(const Group &g)
{
    RemoteRecord r;
    r.remoteId = QString::number(g.anchor());
    QStringList versions;
    QString modified;
    for (const QJsonObject &m : g.members) {
        versions << idText(m) + QLatin1Char(':') + versionOf(m);
        modified = qMax(modified, modifiedOf(m));
    }
    r.version = versions.join(QLatin1Char(','));
    r.modifiedAt = modified;
    r.fields.insert(QStringLiteral("customer_id"), QString::number(g.party));
    r.fields.insert(QStringLiteral("name"), g.name.isEmpty() ? (g.partyName.isEmpty() ? Texts::tr("Main line") : g.partyName) : g.name);
    r.fields.insert(QStringLiteral("phone"), g.first("phone").isEmpty() ? QVariant() : QVariant(str(g.first("phone"), "value")));
    r.fields.insert(QStringLiteral("mobile"), g.first("mobile").isEmpty() ? QVariant() : QVariant(str(g.first("mobile"), "value")));
    r.fields.insert(QStringLiteral("email"), g.first("email").isEmpty() ? QVariant() : QVariant(str(g.first("email"), "value")));
    return r;
}

const QJsonArray &mechanismFields()
{
    static const QJsonArray f = fieldList({"party", "party.name", "name", "type", "value", "sequence"});
    return f;
}

QJsonArray anchorTypes()
{
    return clause(QStringLiteral("type"), QStringLiteral("in"), QJsonArray::fromStringList(anchorTypeNames()));
}

const Group *groupWithAnchor(const QList<Group> &groups, int anchor)
{
    for (const Group &g : groups)
        if (g.anchor() == anchor)
            return &g;
    return nullptr;
}

} // namespace sb::tryton
