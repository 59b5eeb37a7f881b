#pragma once

#include <QString>

namespace sb {

// What is wrong with a record a person filled in, and which field to go back to: a store's
// rule returns it so a dialog can put the focus where the store would refuse.
struct FieldProblem {
    QString field;   // the column at fault ("street", "next_step_at"); empty when all is well
    QString message; // a sentence a person can read (tr())
    bool isEmpty() const { return message.isEmpty(); }
};

} // namespace sb
