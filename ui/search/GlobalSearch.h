#pragma once

#include <QFrame>

class QLineEdit;
class QListWidget;
class QTimer;

namespace sb {

class AppContext;

// Ctrl+K anywhere: one box that finds customers, contacts, opportunities, quotes, orders,
// tickets, shipments and products as you type (SearchStore::search); each hit shows its kind and
// a second line of context. Enter opens the hit. Shown over the main window, closed with Esc.
class GlobalSearch : public QFrame {
    Q_OBJECT
public:
    explicit GlobalSearch(AppContext &ctx, QWidget *parent);

    QLineEdit *input() const { return m_input; }
    QListWidget *results() const { return m_results; }
    void popup();
    void runSearch(); // immediately, without the typing delay

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();

    AppContext &m_ctx;
    QLineEdit *m_input;
    QListWidget *m_results;
    QTimer *m_debounce;
};

} // namespace sb
