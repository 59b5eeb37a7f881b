#include "Connector.h"

#include <QCoreApplication>

namespace sb {

ImmediateCall *ImmediateCall::refused(const QString &message)
{
    RemoteResult r;
    r.error = RemoteErrorClass::Permanent;
    r.message = message;
    return new ImmediateCall(r);
}

void ImmediateCall::start()
{
    QMetaObject::invokeMethod(this, [this] {
        if (std::exchange(m_done, true))
            return;
        emit finished(m_result);
    }, Qt::QueuedConnection);
}

void ImmediateCall::abort()
{
    if (std::exchange(m_done, true))
        return;
    RemoteResult r;
    r.error = RemoteErrorClass::Temporary;
    r.message = QCoreApplication::translate("sb::SyncEngine", "Cancelled");
    emit finished(r);
}

RemoteCall *Connector::command(const QString &entity, const QString &, const QString &name, const QVariantMap &, const QString &)
{
    return ImmediateCall::refused(QCoreApplication::translate("sb::SyncEngine", "This server does not take the command \"%1\" on %2.")
                                      .arg(name, entity));
}

RemoteCall *Connector::lookupCommand(const QString &, const QString &, const QString &, const QVariantMap &, const QString &)
{
    RemoteResult r; // not found: the command goes (again) with its key
    return new ImmediateCall(r);
}

// Not served in batches: refused as a whole, so the engine sends each change alone.
RemoteCall *Connector::createBatch(const QString &entity, const QList<BatchItem> &)
{
    return ImmediateCall::refused(QCoreApplication::translate("sb::SyncEngine", "This server takes %1 one at a time.").arg(entity));
}

RemoteCall *Connector::updateBatch(const QString &entity, const QList<BatchItem> &items)
{
    return createBatch(entity, items);
}

RemoteCall *Connector::lookupBatch(const QString &entity, const QList<BatchItem> &items)
{
    return createBatch(entity, items);
}

} // namespace sb
