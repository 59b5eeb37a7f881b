// The CSV reader and the customer importer (models/csv): the fuzz input is a file a person
// imports (any encoding, delimiter and quoting), read by CsvReader and imported by
// CustomerCsvImporter into a workspace, as customers or as contacts (first byte's lowest bit),
// for real or as a dry run (its second bit).
#include "models/csv/CsvReader.h"
#include "models/csv/CustomerCsvImporter.h"
#include "models/store/Database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

namespace {

struct Workspace {
    QTemporaryDir dir;
    QString templatePath;
    QString path;
    std::unique_ptr<sb::Database> db;
    int uses = 0;

    Workspace()
    {
        // One workspace made once; a fresh copy of it every 200 inputs, so imports do not pile up.
        templatePath = dir.filePath(QStringLiteral("template.sbw"));
        path = dir.filePath(QStringLiteral("work.sbw"));
        auto made = sb::Database::open(templatePath);
        if (!made)
            qFatal("fuzz_csv: cannot create a workspace: %s", qPrintable(made.error()));
        made.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    sb::Database &get()
    {
        if (db && ++uses < 200)
            return *db;
        db.reset();
        uses = 0;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        if (!QFile::copy(templatePath, path))
            qFatal("fuzz_csv: cannot copy the workspace");
        auto opened = sb::Database::open(path);
        if (!opened)
            qFatal("fuzz_csv: cannot open the workspace: %s", qPrintable(opened.error()));
        db = std::move(opened.value());
        return *db;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "fuzz";
        static char *argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
    }
    static Workspace workspace;
    if (size == 0)
        return 0;
    const QByteArray file(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const bool contacts = data[0] & 1;
    const bool dryRun = data[0] & 2;

    sb::CsvReader reader;
    (void)reader.readBytes(file);

    QBuffer in;
    in.setData(file);
    in.open(QIODevice::ReadOnly);
    sb::CustomerCsvImporter importer(workspace.get());
    importer.setDryRun(dryRun);
    const sb::ImportReport report = contacts ? importer.importContacts(in) : importer.importCustomers(in);
    (void)report;
    return 0;
}
