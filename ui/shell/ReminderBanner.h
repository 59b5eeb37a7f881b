#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace sb {

// Where there is no system tray: a reminder as a notice floating at the bottom right of the
// window, never modal; it stays until opened or dismissed, and reminders that come meanwhile
// wait behind it ("1 of 3").
class ReminderBanner : public QFrame {
    Q_OBJECT
public:
    explicit ReminderBanner(QWidget *host);

    void add(qint64 activityId, const QString &title, const QString &text);
    int waiting() const { return int(m_queue.size()); }
    qint64 currentId() const { return m_queue.isEmpty() ? 0 : m_queue.first().id; }
    QLabel *titleLabel() const { return m_title; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *dismissButton() const { return m_dismiss; }

signals:
    void openRequested(qint64 activityId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry {
        qint64 id;
        QString title, text;
    };
    void showFirst();
    void next();
    void place();

    QWidget *m_host;
    QList<Entry> m_queue;
    QLabel *m_title, *m_text, *m_count;
    QPushButton *m_open, *m_dismiss;
};

} // namespace sb
