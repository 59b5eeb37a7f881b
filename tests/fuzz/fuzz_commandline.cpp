// The command line (app/CommandLine.cpp): the fuzz input is a command line, arguments separated
// by NUL bytes, read by the same parser the salesbridge executable's headless commands use
// (parseHeadlessArguments; nothing is run and nothing exits).
#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "salesbridge";
        static char *argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
    }
    QStringList arguments{QStringLiteral("salesbridge")};
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &arg : input.split('\0'))
        arguments << QString::fromLocal8Bit(arg); // argv as the system gives it
    QCommandLineParser parser;
    const sb::HeadlessArguments parsed = sb::parseHeadlessArguments(parser, arguments);
    if (!parsed.parsed && parser.errorText().isEmpty())
        qFatal("fuzz_commandline: a refused command line without a message");
    if (parsed.help)
        (void)parser.helpText();
    return 0;
}
