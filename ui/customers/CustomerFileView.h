#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace sb {

class AppContext;
class ListPanel;

// The customer file (档案) on one screen: highlights at the top, the activity timeline in the
// middle with "log a visit" one keystroke away, related lists beside it.
class CustomerFileView : public QWidget {
    Q_OBJECT
public:
    explicit CustomerFileView(AppContext &ctx, QWidget *parent = nullptr);

    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_id; }
    void refresh();
    ListPanel *timeline() const { return m_timeline; }
    QTabWidget *related() const { return m_tabs; }

public slots:
    void focusLogActivity();
    void logActivity();
    void editCustomer();

signals:
    void backRequested();

private:
    void rebuildLists();

    AppContext &m_ctx;
    qint64 m_id = 0;
    QLabel *m_title, *m_facts, *m_badge;
    QComboBox *m_activityKind;
    QLineEdit *m_activitySubject;
    ListPanel *m_timeline = nullptr;
    QTabWidget *m_tabs;
    QWidget *m_timelineHost;
};

} // namespace sb
