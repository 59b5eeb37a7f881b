#include "CsvImportWizard.h"

#include "models/csv/CsvReader.h"
#include "models/csv/CustomerCsvImporter.h"
#include "ui/common/AppContext.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace sb {

namespace {
// The file page is complete once a readable file with a name column was previewed.
class FilePage : public QWizardPage {
public:
    explicit FilePage(CsvImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard) {}
    bool isComplete() const override { return m_ok; }
    void setOk(bool ok)
    {
        m_ok = ok;
        emit completeChanged();
    }

private:
    CsvImportWizard *m_wizard;
    bool m_ok = false;
};

class ResultPage : public QWizardPage {
public:
    explicit ResultPage(CsvImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard) {}
    void initializePage() override { m_wizard->runImport(); }

private:
    CsvImportWizard *m_wizard;
};
} // namespace

CsvImportWizard::CsvImportWizard(AppContext &ctx, Kind kind, QWidget *parent)
    : QWizard(parent)
    , m_ctx(ctx)
    , m_kind(kind)
    , m_path(new QLineEdit(this))
    , m_previewError(new QLabel(this))
    , m_mapping(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(this))
{
    setWindowTitle(kind == Customers ? tr("Import customers") : tr("Import contacts"));
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(720, 520);

    auto *filePage = new FilePage(this);
    filePage->setTitle(tr("Choose a CSV file"));
    filePage->setSubTitle(kind == Customers
                              ? tr("One customer per row. A column \"name\" (or 名称) is required; a customer whose "
                                   "code already exists is updated instead of duplicated.")
                              : tr("One contact per row, with the customer's code (customer_code) or name."));
    auto *browse = new QPushButton(tr("&Browse…"), filePage);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CSV file"),
                                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                          tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty()) {
            m_path->setText(path);
            loadPreview(path);
        }
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] { loadPreview(m_path->text()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    m_previewError->setWordWrap(true);
    m_previewError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as"), tr("First row")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *fl = new QVBoxLayout(filePage);
    fl->addLayout(row);
    fl->addWidget(m_previewError);
    fl->addWidget(m_mapping, 1);
    addPage(filePage);

    auto *resultPage = new ResultPage(this);
    resultPage->setTitle(tr("Result"));
    m_summary->setWordWrap(true);
    m_problems->setColumnCount(2);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Why the row was not imported")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *rl = new QVBoxLayout(resultPage);
    rl->addWidget(m_summary);
    rl->addWidget(m_problems, 1);
    addPage(resultPage);
}

QString CsvImportWizard::path() const
{
    return m_path->text();
}

bool CsvImportWizard::loadPreview(const QString &path)
{
    m_path->setText(path);
    auto *page = static_cast<FilePage *>(this->page(pageIds().first()));
    m_mapping->setRowCount(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_previewError->setText(tr("Cannot open %1: %2").arg(path, file.errorString()));
        page->setOk(false);
        return false;
    }
    CsvReader reader;
    if (Status s = reader.read(file); !s) {
        m_previewError->setText(s.error());
        page->setOk(false);
        return false;
    }
    if (reader.records().isEmpty()) {
        m_previewError->setText(tr("The file is empty."));
        page->setOk(false);
        return false;
    }
    const QStringList header = reader.records().first().fields;
    const QStringList first = reader.records().size() > 1 ? reader.records().at(1).fields : QStringList();
    bool hasName = false;
    m_mapping->setRowCount(int(header.size()));
    for (int i = 0; i < header.size(); ++i) {
        const QString field = m_kind == Customers ? CustomerCsvImporter::customerFieldForHeader(header.at(i))
                                                  : CustomerCsvImporter::contactFieldForHeader(header.at(i));
        hasName = hasName || field == QLatin1String("name");
        m_mapping->setItem(i, 0, new QTableWidgetItem(header.at(i)));
        m_mapping->setItem(i, 1, new QTableWidgetItem(field.isEmpty() ? tr("(ignored)") : field));
        m_mapping->setItem(i, 2, new QTableWidgetItem(first.value(i)));
    }
    m_previewError->setText(hasName ? tr("%n row(s) to import.", nullptr, int(reader.records().size()) - 1)
                                    : tr("No column is understood as the name: rename it to \"name\" or 名称."));
    m_previewError->setStyleSheet(hasName ? QString() : QStringLiteral("color: #c62828;"));
    page->setOk(hasName);
    return hasName;
}

bool CsvImportWizard::runImport()
{
    if (m_done)
        return true;
    QFile file(m_path->text());
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot open %1: %2").arg(m_path->text(), file.errorString()));
        return false;
    }
    CustomerCsvImporter importer(m_ctx.db());
    const ImportReport report = m_kind == Customers ? importer.importCustomers(file) : importer.importContacts(file);
    if (!report.ok()) {
        m_summary->setText(tr("Nothing was imported: %1").arg(report.fatalError));
        return false;
    }
    m_done = true;
    QStringList parts;
    if (m_kind == Customers)
        parts << tr("%n customer(s) created", nullptr, report.created);
    parts << tr("%n updated", nullptr, report.updated);
    parts << tr("%n contact(s) created", nullptr, report.contactsCreated);
    if (report.unchanged)
        parts << tr("%n unchanged", nullptr, report.unchanged);
    parts << tr("%n row(s) rejected", nullptr, int(report.rejected.size()));
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (!importer.headerWarnings().isEmpty())
        text += QLatin1Char('\n') + importer.headerWarnings().join(QLatin1Char('\n'));
    text += QLatin1Char('\n') + tr("The imported records are queued under Pending changes.");
    m_summary->setText(text);
    m_problems->setRowCount(int(report.rejected.size()));
    for (int i = 0; i < report.rejected.size(); ++i) {
        m_problems->setItem(i, 0, new QTableWidgetItem(QString::number(report.rejected.at(i).line)));
        m_problems->setItem(i, 1, new QTableWidgetItem(report.rejected.at(i).reason));
    }
    m_ctx.notifyChanged(m_kind == Customers ? QStringLiteral("customer") : QStringLiteral("contact"));
    return true;
}

} // namespace sb
