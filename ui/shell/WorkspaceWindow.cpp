#include "WorkspaceWindow.h"

#include "MainWindow.h"
#include "models/store/ConnectorStore.h"
#include "sync/connectors/ConnectorFactory.h"
#include "sync/connectors/KindRegistry.h"
#include "sync/engine/SyncRunner.h"

#include "sync/engine/AttachmentSource.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace sb {

WorkspaceWindow::WorkspaceWindow(Database &db, const Session &session, const QString &label, const QString &path,
                                 Options options)
    : m_ctx(db, session)
    , m_path(path)
    , m_options(options)
    , m_nam(std::make_unique<QNetworkAccessManager>())
    , m_window(std::make_unique<MainWindow>(m_ctx, label))
{
    startSyncWhenConfigured();
    QObject::connect(m_window.get(), &MainWindow::connectorsChanged, m_window.get(), [this] { startSyncWhenConfigured(); });
}

WorkspaceWindow::~WorkspaceWindow()
{
    m_window.reset(); // before the runner it shows
    m_ctx.setAttachmentSource(nullptr);
}

void WorkspaceWindow::updateAttachmentSource()
{
    m_ctx.setAttachmentSource(nullptr);
    m_attachments = makeAttachmentSource(m_ctx.db(), *m_nam, uiKeychain(), KindRegistry::builtIn());
    m_ctx.setAttachmentSource(m_attachments.get());
}

void WorkspaceWindow::startSyncWhenConfigured()
{
    updateAttachmentSource();
    if (m_runner || !m_options.backgroundSync)
        return;
    auto configured = ConnectorStore(m_ctx.db()).enabled();
    if (!configured || configured.value().isEmpty())
        return;
    m_runner = std::make_unique<SyncRunner>(m_path, workspaceConnectorFactory(m_path));
    m_runner->setPageSize(500);
    m_window->setSyncRunner(m_runner.get());
    QTimer::singleShot(0, m_runner.get(), [r = m_runner.get()] { r->start(); });
}

} // namespace sb
