#pragma once

#include <QLabel>

namespace sb {

class Database;
class SystemStatusModel;

// The status bar's view of the back ends: one short badge per configured system ("ERP ✓ ·
// OA approvals ✕"), each system's last sync, last success and last error in the tooltip.
// Hidden while no system is configured. A click opens the sync centre (clicked()).
class SystemStatusBadges : public QLabel {
    Q_OBJECT
public:
    explicit SystemStatusBadges(Database &db, QWidget *parent = nullptr);
    SystemStatusModel *model() const { return m_model; }

public slots:
    // Reads the statuses again: after a cycle and when the connectors change.
    void refresh();

signals:
    void clicked();
    void errorOccurred(const QString &message);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    SystemStatusModel *m_model;
};

} // namespace sb
