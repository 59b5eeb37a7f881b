#pragma once

#include <QByteArray>
#include <vector>

namespace sb {

// One step of the cache schema. Shipped steps are never edited: a change is a new step.
struct Migration {
    int version;
    const char *description;
    QByteArray sql; // a script of several statements, run in one transaction
};

const std::vector<Migration> &migrations();

} // namespace sb
