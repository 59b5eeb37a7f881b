#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace sb {

class Database;

// One entry of a shared list (a region, an industry, an owner's login): the value a customer
// stores and the label a person reads in the UI's language.
struct CategoryChoice {
    QString name;
    QString label;
};

// The shared lists of the customer file: grades, regions, industries, owners. The ERP keeps
// them (party categories in Tryton); a workspace without one keeps those its customers use.
class CategoryStore {
public:
    explicit CategoryStore(Database &db) : m_db(db) {}

    // The entries of one dimension ("region", "industry", "owner"), by label; chinese: Chinese
    // labels where there are some.
    Result<QList<CategoryChoice>> choices(const QString &dimension, bool chinese);
    // The label of a stored value in the UI's language (the value itself when none).
    Result<QString> label(const QString &dimension, const QString &name, bool chinese);
    // Adds the values the customers hold that no list has yet (after an import or a demo build).
    Status adoptCustomerValues();

private:
    Database &m_db;
};

} // namespace sb
