#pragma once

#include "sync/engine/SyncRunner.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace sb {

// The status bar's view of a sync cycle: "Syncing Customer records… 120" with a Cancel while
// it runs, then what the cycle did. The window decides where errors go (finished()).
class SyncStatusIndicator : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusIndicator(QWidget *parent = nullptr);

    void setRunner(SyncRunner *runner);
    SyncRunner *runner() const { return m_runner; }
    QLabel *label() const { return m_label; }
    QAction *cancelAction() const { return m_cancel; }

    // What a finished cycle did, in one line for a person.
    static QString describe(const SyncSummary &summary);

signals:
    void finished(const sb::SyncSummary &summary);

private:
    void onStarted();
    void onProgress(const QString &phase, const QString &entity, int done, int total);
    void onFinished(const sb::SyncSummary &summary);

    QPointer<SyncRunner> m_runner;
    QLabel *m_label;
    QAction *m_cancel;
    QToolButton *m_cancelButton;
};

} // namespace sb
