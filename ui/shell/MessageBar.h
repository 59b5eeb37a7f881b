#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace sb {

// An inline banner at the top of the window for errors and notices. Unlike a message box it
// never blocks: work goes on, the message stays until read (errors) or a few seconds (info).
class MessageBar : public QFrame {
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);
    QString text() const;
    bool isError() const { return m_error; }

public slots:
    void showError(const QString &message);
    void showInfo(const QString &message);

private:
    void showMessage(const QString &message, bool error);

    QLabel *m_label;
    QTimer *m_hideTimer;
    bool m_error = false;
};

} // namespace sb
