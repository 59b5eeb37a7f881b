#pragma once

#include <QObject>
#include <QString>

class QProcess;

namespace sb {

// Hands a message with an attachment to the person's mail client the freedesktop way:
// `xdg-email --utf8 --subject … --body … --attach FILE ADDRESS`, which opens a new message in
// whatever mail program the desktop is set up with. Nothing is sent by SalesBridge itself: the
// person reads, changes and sends the message in their own mail program.
//
// xdg-email returns once the mail program has the message; some programs keep it running
// until their window closes, so a hand-off still running after a grace period counts as
// handed over. Exactly one of handedOver() or failed() follows start().
class MailHandoff : public QObject {
    Q_OBJECT
public:
    struct Message {
        QString to, subject, body, attachment;
    };
    explicit MailHandoff(QObject *parent = nullptr);

    // The xdg-email found on PATH; empty when there is none.
    static QString program();
    static QStringList arguments(const Message &m);
    void setGraceMs(int ms) { m_graceMs = ms; }
    void start(const Message &m);

signals:
    void handedOver();
    void failed(const QString &reason); // for a person

private:
    void finish(bool ok, const QString &reason);

    QProcess *m_process = nullptr;
    int m_graceMs = 20000;
    bool m_done = false;
};

} // namespace sb
