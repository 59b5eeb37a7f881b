#include "KindRegistry.h"

#include "caldav/CalDavKind.h"
#include "feishu/FeishuKind.h"
#include "rt/RtKind.h"
#include "tryton/TrytonKind.h"

namespace sb {

// The kinds of back end this build syncs with: one line per kind, each kind in its own folder.
const KindRegistry &KindRegistry::builtIn()
{
    static const KindRegistry registry = [] {
        KindRegistry r;
        r.add(tryton::kind());
        r.add(feishu::kind());
        r.add(rt::kind());
        r.add(caldav::kind());
        return r;
    }();
    return registry;
}

} // namespace sb
