#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace sb {

class AppContext;
class ListPanel;

// The outbox as people read it: every change made here that has not reached the back-end
// systems yet, per record, with its state, attempts and last error.
class PendingChangesView : public QWidget {
    Q_OBJECT
public:
    explicit PendingChangesView(AppContext &ctx, QWidget *parent = nullptr);
    ListPanel *list() const { return m_list; }

public slots:
    void refresh();

private:
    void showEntry(qint64 outboxId);

    AppContext &m_ctx;
    QLabel *m_summary;
    ListPanel *m_list;
    QPlainTextEdit *m_detail;
};

} // namespace sb
