#pragma once

#include <QMap>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace sb {

// Settings → Documents: what quote documents say about the company, the sender's name, the
// folder sent quotes are kept in, and per language (中文 / English) the message to the customer
// (subject and body with {fields}) and the terms printed on the quote. "Reset to default"
// gives the shown language its default message and terms back. Stored in QSettings on apply().
class DocumentSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit DocumentSettingsPage(QWidget *parent = nullptr);

    void apply();

    // Test hooks.
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *subjectEdit(const QString &language) const { return m_forms.value(language).subject; }
    QPlainTextEdit *bodyEdit(const QString &language) const { return m_forms.value(language).body; }
    QPlainTextEdit *termsEdit(const QString &language) const { return m_forms.value(language).terms; }
    QPushButton *resetButton() const { return m_reset; }
    QLineEdit *companyNameEdit() const { return m_company; }

public slots:
    void resetShownLanguage();

private:
    struct Form {
        QLineEdit *subject = nullptr;
        QPlainTextEdit *body = nullptr;
        QPlainTextEdit *terms = nullptr;
    };
    QWidget *buildForm(const QString &language);

    QLineEdit *m_company, *m_phone, *m_email, *m_sender, *m_folder;
    QPlainTextEdit *m_address;
    QComboBox *m_language;
    QStackedWidget *m_stack;
    QPushButton *m_reset;
    QMap<QString, Form> m_forms;
};

} // namespace sb
