#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sb {

class AppContext;
class CalendarItemsModel;
class ScheduleDialog;

// "Coming up" in the customer file: the customer's planned meetings, visits, calls and tasks,
// the next first (overdue ones in red before them), with the buttons that schedule more.
// Enter or a double click opens one. The last dialog is kept for tests (lastDialog()).
class ComingUpPanel : public QWidget {
    Q_OBJECT
public:
    explicit ComingUpPanel(AppContext &ctx, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId);
    void refresh();
    QTableView *table() const { return m_table; }
    CalendarItemsModel *model() const { return m_model; }
    QLabel *title() const { return m_title; }
    qint64 currentId() const;
    ScheduleDialog *lastDialog() const { return m_lastDialog; }

public slots:
    // A new item of this customer: kind "meeting" (a visit or call can be picked in the form)
    // or "task". Modal; returns when the dialog closes.
    void schedule(const QString &kind);
    // A planned item opened to be edited, marked done or cancelled. Modal.
    void openItem(qint64 activityId);

private:
    AppContext &m_ctx;
    qint64 m_customerId = 0;
    QLabel *m_title;
    QTableView *m_table;
    CalendarItemsModel *m_model;
    QLabel *m_empty;
    ScheduleDialog *m_lastDialog = nullptr;
};

} // namespace sb
