#include "CsvImportWizard.h"

#include "models/csv/CsvReader.h"
#include "ui/common/AppContext.h"

#include <QBuffer>
#include <QProgressDialog>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
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
    explicit FilePage(QWidget *parent) : QWizardPage(parent) {}
    bool isComplete() const override { return m_ok; }
    void setOk(bool ok)
    {
        m_ok = ok;
        emit completeChanged();
    }

private:
    bool m_ok = false;
};

// Shows what the import would do, computed by a dry run each time the page is entered.
class PreviewPage : public QWizardPage {
public:
    PreviewPage(CsvImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard) {}
    void initializePage() override
    {
        m_ok = m_wizard->runPreview();
        emit completeChanged();
    }
    bool isComplete() const override { return m_ok; }

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

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false); // Tab leaves the table for the wizard's buttons
    return table;
}

int countOf(const ImportReport &report, ImportRow::Outcome outcome)
{
    int n = 0;
    for (const ImportRow &row : report.rows)
        n += row.outcome == outcome ? 1 : 0;
    return n;
}
bool sameOutcomes(const ImportReport &a, const ImportReport &b)
{
    for (auto outcome : {ImportRow::Create, ImportRow::Update, ImportRow::Unchanged, ImportRow::Rejected})
        if (countOf(a, outcome) != countOf(b, outcome))
            return false;
    return true;
}
} // namespace

CsvImportWizard::~CsvImportWizard()
{
    // The path field loses its focus while the wizard is taken down and says editingFinished:
    // none of this wizard's slots may run once its own destructor has.
    m_path->disconnect(this);
}

CsvImportWizard::CsvImportWizard(AppContext &ctx, Kind kind, QWidget *parent)
    : QWizard(parent)
    , m_ctx(ctx)
    , m_kind(kind)
    , m_path(new QLineEdit(this))
    , m_previewError(new QLabel(this))
    , m_mapping(makeTable(this, {tr("Column in the file"), tr("Imported as"), tr("First row")}))
    , m_previewSummary(new QLabel(this))
    , m_previewRows(makeTable(this, {tr("Line"), tr("Outcome"), tr("Record"), tr("Details")}))
    , m_summary(new QLabel(this))
    , m_problems(makeTable(this, {tr("Line"), tr("Why the row was not imported")}))
{
    setWindowTitle(kind == Customers ? tr("Import customers") : tr("Import contacts"));
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(760, 540);

    auto *filePage = new FilePage(this);
    filePage->setTitle(tr("Choose a CSV file"));
    filePage->setSubTitle(kind == Customers
                              ? tr("One customer per row. A column \"name\" (or 名称) is required; a customer whose "
                                   "code (or, without a code, whose name) already exists is updated instead of "
                                   "duplicated.")
                              : tr("One contact per row, with the customer's code (customer_code) or name."));
    auto *browse = new QPushButton(tr("&Browse…"), filePage);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CSV file"),
                                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                          tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty())
            loadPreview(path);
    });
    // Enter in the path field reads the file; it must not reach the wizard's default button,
    // which would move on without the person having seen anything.
    m_path->installEventFilter(this);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_loadedPath || m_bytes.isEmpty())
            loadPreview(m_path->text());
    });
    auto *pathLabel = new QLabel(tr("&File:"), filePage);
    pathLabel->setBuddy(m_path);
    m_path->setPlaceholderText(tr("Path of a .csv file; press Enter to read it"));
    auto *row = new QHBoxLayout;
    row->addWidget(pathLabel);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    m_previewError->setWordWrap(true);
    m_previewError->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *fl = new QVBoxLayout(filePage);
    fl->addLayout(row);
    fl->addWidget(m_previewError);
    fl->addWidget(m_mapping, 1);
    addPage(filePage);

    auto *previewPage = new PreviewPage(this);
    previewPage->setTitle(tr("Preview"));
    previewPage->setSubTitle(tr("Nothing has been written yet. Check what each row will do, then press Import."));
    previewPage->setButtonText(QWizard::NextButton, tr("&Import"));
    m_previewSummary->setWordWrap(true);
    m_previewRows->setAccessibleName(tr("Rows of the file and what the import will do with each"));
    auto *pl = new QVBoxLayout(previewPage);
    pl->addWidget(m_previewSummary);
    pl->addWidget(m_previewRows, 1);
    addPage(previewPage);

    auto *resultPage = new ResultPage(this);
    resultPage->setTitle(tr("Result"));
    m_summary->setWordWrap(true);
    auto *rl = new QVBoxLayout(resultPage);
    rl->addWidget(m_summary);
    rl->addWidget(m_problems, 1);
    addPage(resultPage);
}

QString CsvImportWizard::path() const
{
    return m_path->text();
}

bool CsvImportWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            loadPreview(m_path->text());
            return true;
        }
    }
    return QWizard::eventFilter(watched, event);
}

bool CsvImportWizard::loadPreview(const QString &path)
{
    m_path->setText(path);
    m_loadedPath = path;
    auto *page = static_cast<FilePage *>(this->page(pageIds().first()));
    m_mapping->setRowCount(0);
    m_bytes.clear();
    auto fail = [&](const QString &message) {
        m_previewError->setText(message);
        m_previewError->setStyleSheet(QStringLiteral("color: #c62828;"));
        page->setOk(false);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    CsvReader reader;
    if (Status s = reader.readBytes(bytes); !s)
        return fail(s.error());
    if (reader.records().isEmpty())
        return fail(tr("The file is empty."));
    if (reader.records().first().isRejected())
        return fail(tr("Line %1 should name the columns but cannot be read: %2")
                        .arg(reader.records().first().line)
                        .arg(reader.records().first().problem));
    const QStringList header = reader.records().first().fields;
    QStringList first;
    for (int i = 1; i < reader.records().size() && first.isEmpty(); ++i)
        first = reader.records().at(i).fields;
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
    if (!hasName)
        return fail(tr("No column is understood as the name: rename it to \"name\" or 名称."));
    m_bytes = bytes;
    m_previewError->setText(tr("%n row(s) read. Press Next to see what the import will do.", nullptr,
                               int(reader.records().size()) - 1));
    m_previewError->setStyleSheet(QString());
    page->setOk(true);
    return true;
}

ImportReport CsvImportWizard::runImporter(bool dryRun, QStringList *warnings)
{
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::ReadOnly);
    CustomerCsvImporter importer(m_ctx.db());
    importer.setDryRun(dryRun);
    // A large file shows its progress after a moment and can be cancelled: nothing is written
    // then (the import is one transaction).
    QProgressDialog progress(dryRun ? tr("Checking the rows…") : tr("Importing…"), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    auto step = [&progress](int done, int total) {
        progress.setMaximum(qMax(1, total));
        progress.setValue(qMin(done, qMax(1, total))); // window-modal: this also lets the screen repaint
        return !progress.wasCanceled();
    };
    ImportReport report = m_kind == Customers ? importer.importCustomers(buffer, step) : importer.importContacts(buffer, step);
    progress.close();
    *warnings = importer.headerWarnings();
    return report;
}

QString CsvImportWizard::outcomeText(const ImportRow &row) const
{
    switch (row.outcome) {
    case ImportRow::Create:
        return tr("create");
    case ImportRow::Update:
        return tr("update");
    case ImportRow::Unchanged:
        return tr("unchanged");
    case ImportRow::Rejected:
        return tr("rejected");
    }
    return QString();
}

QString CsvImportWizard::countsText(const ImportReport &report) const
{
    const int create = countOf(report, ImportRow::Create);
    const int update = countOf(report, ImportRow::Update);
    const int unchanged = countOf(report, ImportRow::Unchanged);
    const int rejected = countOf(report, ImportRow::Rejected);
    QStringList parts;
    if (report.dryRun) {
        parts << (m_kind == Customers ? tr("%n customer(s) to create", nullptr, create)
                                      : tr("%n contact(s) to create", nullptr, create));
        parts << tr("%n to update", nullptr, update);
        parts << tr("%n unchanged", nullptr, unchanged);
        parts << tr("%n row(s) rejected", nullptr, rejected);
    } else {
        parts << (m_kind == Customers ? tr("%n customer(s) created", nullptr, create)
                                      : tr("%n contact(s) created", nullptr, create));
        parts << tr("%n updated", nullptr, update);
        parts << tr("%n unchanged", nullptr, unchanged);
        parts << tr("%n row(s) rejected", nullptr, rejected);
    }
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

bool CsvImportWizard::runPreview()
{
    m_previewRows->setRowCount(0);
    if (m_bytes.isEmpty() && !loadPreview(m_path->text())) {
        m_previewSummary->setText(m_previewError->text());
        return false;
    }
    QStringList warnings;
    m_preview = runImporter(true, &warnings);
    if (!m_preview.ok()) {
        m_previewSummary->setText(tr("The file cannot be imported: %1").arg(m_preview.fatalError));
        return false;
    }
    QString text = countsText(m_preview);
    if (!warnings.isEmpty())
        text += QLatin1Char('\n') + warnings.join(QLatin1Char('\n'));
    m_previewSummary->setText(text);
    m_previewRows->setRowCount(int(m_preview.rows.size()));
    for (int i = 0; i < m_preview.rows.size(); ++i) {
        const ImportRow &row = m_preview.rows.at(i);
        const QString details = row.outcome == ImportRow::Rejected ? row.reason : row.changed.join(QStringLiteral(", "));
        m_previewRows->setItem(i, 0, new QTableWidgetItem(QString::number(row.line)));
        m_previewRows->setItem(i, 1, new QTableWidgetItem(outcomeText(row)));
        m_previewRows->setItem(i, 2, new QTableWidgetItem(row.label));
        m_previewRows->setItem(i, 3, new QTableWidgetItem(details));
        if (row.outcome == ImportRow::Rejected)
            for (int c = 0; c < 4; ++c)
                m_previewRows->item(i, c)->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    m_previewRows->resizeColumnToContents(0);
    m_previewRows->resizeColumnToContents(1);
    m_previewRows->resizeColumnToContents(2);
    return true;
}

bool CsvImportWizard::runImport()
{
    if (m_done)
        return true;
    if (m_bytes.isEmpty() && !loadPreview(m_path->text())) {
        m_summary->setText(m_previewError->text());
        return false;
    }
    QStringList warnings;
    const ImportReport report = runImporter(false, &warnings);
    if (!report.ok()) {
        m_summary->setText(tr("Nothing was imported: %1").arg(report.fatalError));
        return false;
    }
    m_done = true;
    QString text = countsText(report);
    if (m_kind == Customers && report.contactsCreated)
        text += QLatin1Char(' ') + tr("%n contact(s) created.", nullptr, report.contactsCreated);
    if (m_preview.dryRun && !sameOutcomes(m_preview, report))
        text += QLatin1Char('\n')
            + tr("The workspace changed after the preview, so this result differs from what the preview showed.");
    if (!warnings.isEmpty())
        text += QLatin1Char('\n') + warnings.join(QLatin1Char('\n'));
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
