// The workspace opener (models/store/Database.cpp): the fuzz input is written as a workspace
// file (a damaged, truncated or foreign one) and opened with Database::open, the way the app
// opens the file a person points it at. Opening says what is wrong or opens it; it never
// crashes.
#include "models/store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "fuzz";
        static char *argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
    }
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.sbw"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            qFatal("fuzz_workspace: cannot write %s", qPrintable(path));
    }
    auto opened = sb::Database::open(path);
    if (opened) {
        // An opened workspace answers a read.
        (void)opened.value()->scalar(QStringLiteral("SELECT count(*) FROM customers"));
    } else if (opened.error().isEmpty()) {
        qFatal("fuzz_workspace: a refusal without a message");
    }
    return 0;
}
