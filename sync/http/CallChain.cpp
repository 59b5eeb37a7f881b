#include "CallChain.h"

#include "JsonHttpCall.h"

#include <utility>

namespace sb {

CallChain::~CallChain()
{
    if (m_current)
        m_current->deleteLater();
}

void CallChain::start()
{
    if (std::exchange(m_started, true))
        return;
    QMetaObject::invokeMethod(this, [this] {
        if (!m_done)
            run();
    }, Qt::QueuedConnection);
}

void CallChain::abort()
{
    if (m_done)
        return;
    if (JsonHttpCall *c = m_current.data()) {
        c->abort(); // its finished() ends the chain
        return;
    }
    cancelled();
}

void CallChain::finish(RemoteResult result)
{
    if (std::exchange(m_done, true))
        return;
    emit finished(result);
}

} // namespace sb
