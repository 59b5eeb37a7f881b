#pragma once

#include <QList>
#include <QString>

namespace sb {

// Fields that point at another cached record. Locally they hold the local id; towards a
// server they carry the parent's remote id, so a child waits until its parent has one.
struct ForeignKey {
    QString field;
    QString parentEntity;
    // A detail that may point at a record the cache does not hold (an order's address that was
    // archived since): the field is left empty instead of holding the record back.
    bool optional = false;
};

const QList<ForeignKey> &foreignKeys(const QString &entity);

} // namespace sb
