#pragma once
// A connector operation made of several HTTP calls one after another (a look-up, then a write,
// then a read): it starts on the next turn of the event loop, keeps the call in flight so
// abort() can end it, and finishes exactly once. The Feishu and Request Tracker connectors'
// operations are chains; each says what its calls are and how a cancellation reads.
#include "sync/engine/Connector.h"

#include <QPointer>

namespace sb {

class JsonHttpCall;

class CallChain : public RemoteCall {
    Q_OBJECT
public:
    using RemoteCall::RemoteCall;
    ~CallChain() override; // a call still in flight goes with it

    void start() override;  // queued: finished() never comes before start() returns
    void abort() override;  // the call in flight ends the chain (Uncertain for a write that may have left)
    void finish(RemoteResult result); // the first one counts; later ones are ignored

protected:
    virtual void run() = 0;       // the chain's first call
    virtual void cancelled() = 0; // aborted between calls: finish with the connector's sentence
    bool isDone() const { return m_done; }

    QPointer<JsonHttpCall> m_current; // the call in flight, if any

private:
    bool m_done = false;
    bool m_started = false;
};

} // namespace sb
