#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace sb {

// Language, role and user name. Stored in QSettings (never a secret there).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

signals:
    void restartNeeded();

private:
    QComboBox *m_language;
    QComboBox *m_role;
    QLineEdit *m_user;
};

} // namespace sb
