#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace sb {

class AppContext;
class ApprovalDetail;
class ListPanel;

// A manager's approval inbox: the requests (pending first, oldest on top) and, for the
// selected one, what decides it. Managers get a comment box, Approve (Ctrl+Enter), Reject
// (Ctrl+Shift+R) and a batch approve of the selected rows; other roles see the same inbox
// without any of these. Where approvals go through an OA system, the list opens on "To
// decide" (the requests holding this person's OA task), whoever holds a task gets the
// controls, and a decision is queued for the next sync (the detail says so).
class ApprovalInboxView : public QWidget {
    Q_OBJECT
public:
    explicit ApprovalInboxView(AppContext &ctx, QWidget *parent = nullptr);

    ListPanel *list() const { return m_list; }
    ApprovalDetail *detail() const { return m_detail; }
    qint64 currentApprovalId() const;
    bool throughOa() const { return m_throughOa; }
    // Null unless the session is a manager's.
    QPlainTextEdit *commentBox() const { return m_comment; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *approveSelectedButton() const { return m_approveSelected; }

public slots:
    void refresh();
    void openRecord(qint64 approvalId);
    bool approveCurrent();
    bool rejectCurrent();
    int approveSelected(); // returns how many were approved

private:
    void showApproval(qint64 approvalId);
    bool decide(qint64 approvalId, bool approve, const QString &comment);
    void afterDecisions(int decided);
    QList<qint64> selectedPendingIds() const;
    bool isDecidable(int row) const; // pending, not decided here yet, and (OA) holding my task
    void updateActions();

    AppContext &m_ctx;
    ListPanel *m_list;
    ApprovalDetail *m_detail;
    QSplitter *m_splitter;
    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_approveSelected = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    bool m_notifying = false;
    bool m_throughOa = false;
    qint64 m_shownId = 0; // the request the comment box was written for
};

} // namespace sb
