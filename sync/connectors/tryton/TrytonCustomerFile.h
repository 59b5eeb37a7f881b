#pragma once

// The customer file beyond name and code, shared through Tryton 6.0 (docs/tryton-connector.md,
// "The customer file"):
//  - grade, region, industry and owner are party categories, one tree per dimension under a
//    root category ("Grade", "Region", "Industry", "Sales rep"), created when missing. A value
//    is the category's English name (Tryton's own name when it has no English translation), the
//    same for every user whatever their language; its Chinese name is kept as a label;
//  - the credit limit is account_credit_limit's credit_limit_amount (in the company currency);
//  - the timeline's entries (visits, calls, notes...) are notes on the party (ir.note). A note
//    written here starts with a header line that keeps what a note has no field for: the kind,
//    the time, the person and the subject ("Visit · 2026-12-06 06:30:00 UTC · zhang.wei · …").
//    A note typed in Tryton is a note of its author at its creation time.
// No I/O here except ensureCategories, which creates what a write needs.

#include "sync/engine/Connector.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>

namespace sb::tryton {

class Op;
struct Lookups;

// One party category under one of the roots.
struct Category {
    int id = 0;
    int parent = 0;
    QString dimension; // grade, region, industry, owner; empty for categories of other trees
    QString name;      // English (or Tryton's own) name: the value the cache stores
    QString nameZh;    // Chinese name where Tryton has a translation
    QString modified;
};

struct CategoryBook {
    QHash<int, Category> byId;
    QHash<QString, int> roots;                 // dimension -> root category id
    QHash<QString, QHash<QString, int>> byName; // dimension -> lower-case name -> id
    int find(const QString &dimension, const QString &name) const
    {
        return byName.value(dimension).value(name.trimmed().toLower());
    }
    // Rebuilt from two reads of party.category: in English and in Chinese.
    void load(const QJsonArray &english, const QJsonArray &chinese);
};

// The dimensions the customer file keeps as categories, and their roots' names.
const QStringList &categoryDimensions();
QString rootName(const QString &dimension);   // "Grade"...
QString rootNameZh(const QString &dimension); // "客户等级"...

// Reads of the category trees (the Lookups part Categories): the context for each language.
QJsonObject categoryContext(const QString &language);

// Party record -> grade, region, industry, owner and credit limit in f.
void customerFileFields(const QJsonObject &party, const CategoryBook &book, QVariantMap &f);
// Cache fields -> Tryton values of the party (categories: remove the dimension's others, add the
// chosen one; the credit limit). Every named category must exist (ensureCategories).
void customerFileValues(const QVariantMap &f, const CategoryBook &book, QJsonObject &values);
// Creates the roots and categories that the values in f name and Tryton lacks, then next().
void ensureCategories(Op &op, const QVariantMap &f, std::function<void()> next);
// The category records the cache lists (every category under a root; roots are not listed).
QList<RemoteRecord> categoryRecords(const CategoryBook &book);

// Timeline entries <-> notes on the party.
QString noteMessage(const QVariantMap &activity);
// A note -> the activity's fields; create_uid. = {login}, resource = "party.party,ID".
void activityFields(const QJsonObject &note, QVariantMap &f);
QString partyResource(const QVariant &remotePartyId);

} // namespace sb::tryton
