#pragma once

#include <QStringList>

class QCommandLineParser;

namespace sb {

// Commands that run without a window: import, export, demo. Returns the process exit code,
// or -1 when argv is not one of them (then the app starts normally).
int runHeadlessCommand(int argc, char *argv[]);

// A headless command line read, without running it and without exiting (the fuzz target
// tests/fuzz/fuzz_commandline.cpp reads hostile command lines through it).
struct HeadlessArguments {
    bool parsed = false;     // false: parser.errorText() says what is wrong
    bool help = false;       // --help or --help-all
    QStringList positional;  // the command and its arguments
    QString command;         // import, export, demo, status, sync, connect or route (or what was typed)
    QString workspace;
    bool workspaceSet = false;
    QString demoSize;
    bool dryRun = false;
    bool checkDeletions = false;
    bool passwordStdin = false;
    bool allowPlainHttp = false;
    QString usageError;      // import/export without "what FILE": the usage line for stderr
};
// Adds the headless commands' options to parser and parses arguments (argv[0] first).
HeadlessArguments parseHeadlessArguments(QCommandLineParser &parser, const QStringList &arguments);

} // namespace sb
