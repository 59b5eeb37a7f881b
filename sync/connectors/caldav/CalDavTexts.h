#pragma once
// The CalDAV connector's texts for a person, in one translation context (a free tr() helper
// would be filed by lupdate under the surrounding namespace and show in English).
#include <QCoreApplication>

namespace sb::caldav {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(sb::caldav::CalDav)
};

} // namespace sb::caldav
