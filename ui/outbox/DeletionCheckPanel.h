#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace sb {

class AppContext;

// In the sync centre: when the check for records deleted on the servers last ran and what it
// cost ("Last check for deleted records: today 09:12, 12,345 records in 1.8 s, 3 removed"),
// and "Check for deletions now", which asks the next sync to run it and starts a sync.
// Archiving on a server shows with every sync; a record deleted outright there is found only by
// this check, which runs daily by itself (docs/tryton-connector.md, Pulls).
class DeletionCheckPanel : public QWidget {
    Q_OBJECT
public:
    explicit DeletionCheckPanel(AppContext &ctx, QWidget *parent = nullptr);
    QLabel *label() const { return m_label; }
    QPushButton *checkButton() const { return m_check; }

public slots:
    void refresh();

signals:
    void syncRequested(); // the check is asked for; someone starts a sync

private:
    void requestCheck();

    AppContext &m_ctx;
    QLabel *m_label;
    QPushButton *m_check;
};

} // namespace sb
