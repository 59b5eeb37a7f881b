#pragma once

#include "models/csv/CustomerCsvImporter.h"

#include <QByteArray>
#include <QWizard>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace sb {

class AppContext;

// Import customers or contacts from a CSV file (Excel, an old CRM, the ERP): pick the file and
// check how its columns are understood; preview what each row will do (create, update,
// unchanged, rejected and why) before anything is written; import. Bad rows are listed with
// their line and reason; the good rows are imported anyway.
class CsvImportWizard : public QWizard {
    Q_OBJECT
public:
    enum Kind { Customers, Contacts };
    CsvImportWizard(AppContext &ctx, Kind kind, QWidget *parent = nullptr);
    ~CsvImportWizard() override;

    // Used by the pages and by tests. loadPreview reads the file once: the preview and the
    // import both work on these bytes, so a file saved again in between cannot make them differ.
    bool loadPreview(const QString &path);
    bool runPreview(); // a dry run: nothing is written
    bool runImport();
    QString path() const;
    QLineEdit *pathField() const { return m_path; }
    QTableWidget *mapping() const { return m_mapping; }
    QTableWidget *previewRows() const { return m_previewRows; }
    QLabel *previewSummary() const { return m_previewSummary; }
    QTableWidget *problems() const { return m_problems; }
    QLabel *summary() const { return m_summary; }

    // "3 customer(s) to create, 1 to update, ..." for a report, dry run or not.
    QString countsText(const ImportReport &report) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ImportReport runImporter(bool dryRun, QStringList *warnings);
    QString outcomeText(const ImportRow &row) const;

    AppContext &m_ctx;
    Kind m_kind;
    QLineEdit *m_path;
    QLabel *m_previewError;
    QTableWidget *m_mapping;
    QLabel *m_previewSummary;
    QTableWidget *m_previewRows;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QString m_loadedPath;
    QByteArray m_bytes;
    ImportReport m_preview;
    bool m_done = false;
};

} // namespace sb
