#pragma once

#include <QPointer>
#include <QWidget>

class QStackedWidget;

namespace sb {

class AppContext;
class CustomerDialog;
class CustomerFileView;
class ListPanel;

// Customers: the list (full-text filter, saved views) and, on Enter or double-click, the file.
class CustomersView : public QWidget {
    Q_OBJECT
public:
    explicit CustomersView(AppContext &ctx, QWidget *parent = nullptr);

    ListPanel *list() const { return m_list; }
    CustomerFileView *file() const { return m_file; }
    // The dialog of the last newRecord() (tests fill it like a person would).
    CustomerDialog *lastDialog() const;

public slots:
    void refresh();
    void newRecord();
    void openRecord(qint64 customerId);
    void showList();

private:
    AppContext &m_ctx;
    QStackedWidget *m_stack;
    ListPanel *m_list;
    CustomerFileView *m_file;
    // A QPointer, not a slot on destroyed(): the dialog, a child, is destroyed after this view's
    // own destructor has run, when a slot of this view must no longer run.
    QPointer<CustomerDialog> m_dialog;
};

} // namespace sb
