#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace sb {

class Database;

// Picks a customer by typing part of its name or code: the matches come from the full-text
// index as one types (never the whole customer table), the chosen one is kept by id.
class CustomerPicker : public QLineEdit {
    Q_OBJECT
public:
    explicit CustomerPicker(Database &db, QWidget *parent = nullptr);

    qint64 customerId() const { return m_id; }
    void setCustomer(qint64 id); // 0 clears
    QCompleter *matcher() const { return m_completer; }
    void searchNow(); // runs the pending search at once (tests, Enter)

signals:
    void customerChanged(qint64 id); // 0 when the text no longer names a chosen customer

private:
    void choose(qint64 id, const QString &name);

    Database &m_db;
    qint64 m_id = 0;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    QTimer *m_debounce;
};

} // namespace sb
