#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace sb {

// An inline banner at the top of the window for errors and notices. Unlike a message box it
// never blocks: work goes on, the message stays until read (errors) or a few seconds (info).
// Overlaid on its host (overlay()), it floats over the top of the page instead of taking a
// place in the layout: the page never jumps down under the pointer when a message appears.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);
    QString text() const;
    bool isError() const { return m_error; }
    // Floats over the top edge of host, across its width, following its resizes.
    void overlay(QWidget *host);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    void showError(const QString &message);
    void showInfo(const QString &message);

private:
    void showMessage(const QString &message, bool error);
    void place();

    QLabel *m_label;
    QTimer *m_hideTimer;
    QWidget *m_host = nullptr;
    bool m_error = false;
};

} // namespace sb
