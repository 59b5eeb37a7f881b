#include "DocumentSettingsPage.h"

#include "models/documents/QuoteDocumentData.h"
#include "models/documents/QuoteMessage.h"
#include "ui/documents/QuoteDocumentBar.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sb {

DocumentSettingsPage::DocumentSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_company(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_sender(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_language(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_reset(new QPushButton(tr("Reset to default"), this))
{
    setObjectName(QStringLiteral("documentSettings"));
    const CompanyProfile company = CompanyProfile::load();
    QSettings settings;
    m_company->setObjectName(QStringLiteral("companyName"));
    m_company->setText(company.name);
    m_company->setPlaceholderText(tr("The name printed at the top of every quote"));
    m_address->setPlainText(company.address);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    m_phone->setText(company.phone);
    m_email->setText(company.email);
    m_sender->setText(settings.value(QStringLiteral("documents/sender_name")).toString());
    m_sender->setPlaceholderText(tr("Your name as customers know it; empty: your user name"));
    m_folder->setText(QDir::toNativeSeparators(QuoteDocumentBar::quotesFolder()));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for sent quotes"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *companyBox = new QGroupBox(tr("On every quote"), this);
    auto *companyForm = new QFormLayout(companyBox);
    companyForm->addRow(tr("Company &name:"), m_company);
    companyForm->addRow(tr("&Address:"), m_address);
    companyForm->addRow(tr("&Phone:"), m_phone);
    companyForm->addRow(tr("&E-mail:"), m_email);
    companyForm->addRow(tr("&Your name:"), m_sender);
    companyForm->addRow(tr("Sent quotes &folder:"), folderRow);

    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->addItem(QStringLiteral("中文"), doclang::chinese());
    m_language->addItem(QStringLiteral("English"), doclang::english());
    for (const QString &language : doclang::all())
        m_stack->addWidget(buildForm(language));
    connect(m_language, &QComboBox::currentIndexChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_reset->setObjectName(QStringLiteral("resetTemplate"));
    m_reset->setToolTip(tr("Give the shown language its default subject, message and terms back"));
    connect(m_reset, &QPushButton::clicked, this, &DocumentSettingsPage::resetShownLanguage);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(new QLabel(tr("Language:"), this));
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    languageRow->addWidget(m_reset);
    QStringList fields;
    for (const QString &f : MessageTemplate::fieldNames())
        fields << QLatin1Char('{') + f + QLatin1Char('}');
    auto *hint = new QLabel(tr("Fields filled in when a quote is sent: %1").arg(fields.join(QLatin1Char(' '))), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *messageBox = new QGroupBox(tr("Message to the customer, and terms"), this);
    auto *messageLayout = new QVBoxLayout(messageBox);
    messageLayout->addLayout(languageRow);
    messageLayout->addWidget(m_stack);
    messageLayout->addWidget(hint);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(companyBox);
    contentLayout->addWidget(messageBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QWidget *DocumentSettingsPage::buildForm(const QString &language)
{
    auto *page = new QWidget(this);
    Form f;
    f.subject = new QLineEdit(page);
    f.body = new QPlainTextEdit(page);
    f.terms = new QPlainTextEdit(page);
    f.subject->setObjectName(QStringLiteral("subject_") + language);
    f.body->setObjectName(QStringLiteral("body_") + language);
    f.terms->setObjectName(QStringLiteral("terms_") + language);
    const MessageTemplate t = MessageTemplate::stored(language);
    f.subject->setText(t.subject);
    f.body->setPlainText(t.body);
    f.terms->setPlainText(CompanyProfile::load().terms(language));
    f.body->setMinimumHeight(f.body->fontMetrics().lineSpacing() * 8);
    f.terms->setMinimumHeight(f.terms->fontMetrics().lineSpacing() * 4);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Subject:"), f.subject);
    form->addRow(tr("Message:"), f.body);
    form->addRow(tr("Terms on the quote:"), f.terms);
    m_forms.insert(language, f);
    return page;
}

void DocumentSettingsPage::resetShownLanguage()
{
    const QString language = m_language->currentData().toString();
    const Form f = m_forms.value(language);
    const MessageTemplate d = MessageTemplate::defaults(language);
    f.subject->setText(d.subject);
    f.body->setPlainText(d.body);
    f.terms->setPlainText(CompanyProfile::defaultTerms(language));
}

void DocumentSettingsPage::apply()
{
    CompanyProfile company;
    company.name = m_company->text();
    company.address = m_address->toPlainText();
    company.phone = m_phone->text();
    company.email = m_email->text();
    company.termsZh = m_forms.value(doclang::chinese()).terms->toPlainText();
    company.termsEn = m_forms.value(doclang::english()).terms->toPlainText();
    company.save();
    for (const QString &language : doclang::all()) {
        const Form f = m_forms.value(language);
        MessageTemplate::store(language, {f.subject->text(), f.body->toPlainText()});
    }
    QSettings settings;
    settings.setValue(QStringLiteral("documents/sender_name"), m_sender->text().trimmed());
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    // The default folder is not stored, so it follows the person's documents folder.
    const bool isDefault = folder.isEmpty() || (settings.value(QStringLiteral("documents/folder")).toString().isEmpty()
                                                && folder == QuoteDocumentBar::quotesFolder());
    if (isDefault)
        settings.remove(QStringLiteral("documents/folder"));
    else
        settings.setValue(QStringLiteral("documents/folder"), folder);
}

} // namespace sb
