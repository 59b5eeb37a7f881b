#pragma once

// How SalesBridge's cache maps onto Tryton 6.0: the per-entity model specs, Tryton records ->
// cache fields and back, workflow paths (contact groups: TrytonContacts.h). No I/O here: TrytonConnector runs the
// calls (docs/tryton-connector.md).

#include "TrytonCustomerFile.h"
#include "sync/engine/Connector.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sb::tryton {

// The connector's texts for a person. Call Texts::tr("..."): lupdate files the text under the
// context declared here, the one looked up at run time. (A free tr() was filed under whatever
// namespace or class it sat in, "sb", "sb::tryton", "sb::Op", so those texts showed untranslated.)
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(sb::TrytonConnector)
};

// Countries, currencies, units, the company's own parties...: read once per connector (a cycle).
struct Lookups {
    // The parts, each read when a call first needs it (lookupsFor) and then kept.
    // PartyKeys: the outbox keys of parties this app created, for the customer pull only.
    // PaymentTerms: names of the ERP's payment terms, for the order pull only.
    // Categories: the trees of grades, regions, industries and owners (TrytonCustomerFile.h).
    enum Part : unsigned { Countries = 1, Currencies = 2, InternalParties = 4, ComplaintTypes = 8, Categories = 64,
                           All = 15 | Categories, PartyKeys = 16, PaymentTerms = 32 };
    unsigned loaded = 0;
    QHash<int, QString> countryCode;     // id -> ISO code
    QHash<QString, int> countryByKey;    // code or lower-case name -> id
    QHash<int, QString> currencyCode;    // id -> ISO code
    QHash<int, int> productUnit;         // product id -> sale unit id
    QJsonArray internalParties;          // the company's own party and its employees: not customers
    // The parties the customer delta of this cycle brought (active ones): the records that
    // belong to them are read again with the next deltas, so an un-archived customer's come back.
    QJsonArray changedParties;
    QHash<int, QString> complaintType;   // id -> name (the ticket's queue)
    int defaultComplaintType = 0;        // for complaints filed here
    QHash<int, QString> partyKeys;       // party -> outbox key, for parties this app created
    QHash<int, QString> paymentTerm;     // id -> name
    CategoryBook categories;             // the customer file's category trees
    QString scopeOwner;                  // Config::scopeOwner: reads need Categories then
};

// The lookups that reading an entity needs: a first sync of customers does not wait for the
// currencies. Writes and anything not listed here need them all.
unsigned lookupsFor(const QString &entity);

QString keyRef(const QString &key);          // outbox key -> "SB-<key>"
QString keyFromRef(const QString &reference); // "SB-<key>" -> key, else empty
int idOf(const QVariant &remoteId);
QJsonValue idOrNull(const QVariant &remoteId);
QString str(const QJsonObject &o, const char *key);
QVariant refId(const QJsonObject &o, const char *key);
QJsonValue textOrNull(const QVariant &v);
QString idText(const QJsonObject &o);
QString versionOf(const QJsonObject &o);  // _timestamp, which write() checks (+ '#' and the microseconds on SQLite)
QString modifiedOf(const QJsonObject &o); // write_date, else create_date
QJsonArray deltaClause(const QString &since);
QJsonArray clause(const QString &field, const QString &op, const QJsonValue &value);
QJsonArray toIntArray(const QStringList &ids);
QJsonArray byId(); // order by id (a model's default order can join another table)
// The fields a read asks for: these, after _timestamp, create_date and write_date.
QJsonArray fieldList(std::initializer_list<const char *> names);
QJsonArray searchReadParams(const QJsonArray &domain, int offset, const QJsonValue &limit, const QJsonArray &fields);

// How one cache entity maps onto one Tryton model.
struct Spec {
    QString entity;
    QString model;
    QJsonArray fields;       // read from Tryton
    QJsonArray domain;       // always applied (e.g. sales in confirmed states)
    QJsonObject context;     // e.g. active_test=false
    bool writable = false;   // create / update / remove supported
    bool lockable = false;   // writes carry _timestamp
    QString partyField = {}; // the customer it belongs to ("id" for parties themselves)
};

const QList<Spec> &specs(); // in pull order, parents first
const Spec *specFor(const QString &entity);
// The spec's domain, without the company's own parties.
QJsonArray domainOf(const Spec &spec, const Lookups &lk);
// Tryton record -> the cache's fields (references as remote ids).
RemoteRecord toRecord(const Spec &spec, const QJsonObject &o, Lookups &lk);
// Cache fields -> Tryton values for a write or a create (only the fields given).
QJsonObject toTryton(const QString &entity, const QVariantMap &f, Lookups &lk);

// Workflow buttons that take a record from one state to another (empty: none can).
QStringList opportunityPath(const QString &from, const QString &to);
QStringList salePath(const QString &from, const QString &to);
QStringList complaintPath(const QString &from, const QString &to);

} // namespace sb::tryton
