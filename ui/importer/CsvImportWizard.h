#pragma once

#include <QWizard>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace sb {

class AppContext;

// Import customers or contacts from a CSV file (Excel, an old CRM, the ERP): pick the file,
// check how its columns are understood, import. Bad rows are listed with their line and
// reason; the good rows are imported anyway.
class CsvImportWizard : public QWizard {
    Q_OBJECT
public:
    enum Kind { Customers, Contacts };
    CsvImportWizard(AppContext &ctx, Kind kind, QWidget *parent = nullptr);

    // Used by the pages and by tests.
    bool loadPreview(const QString &path);
    bool runImport();
    QString path() const;
    QTableWidget *mapping() const { return m_mapping; }
    QTableWidget *problems() const { return m_problems; }
    QLabel *summary() const { return m_summary; }

private:
    AppContext &m_ctx;
    Kind m_kind;
    QLineEdit *m_path;
    QLabel *m_previewError;
    QTableWidget *m_mapping;
    QLabel *m_summary;
    QTableWidget *m_problems;
    bool m_done = false;
};

} // namespace sb
