# The sanitizer build (scripts/test-sanitizers.sh, a second build folder build-asan): the whole
# test suite under AddressSanitizer + UndefinedBehaviorSanitizer with Debian's clang 14, and the
# libFuzzer targets of tests/fuzz. Qt and the other system libraries are not instrumented.
#
#   SB_SANITIZE  compile and link everything with ASan + UBSan (clang only).
#   SB_FUZZ      also build tests/fuzz; the code under test gets libFuzzer's coverage
#                instrumentation (-fsanitize=fuzzer-no-link, see tests/fuzz/CMakeLists.txt).
#   SB_BENCH     build the benchmark and load programs (tests/bench, tests/load) and register the
#                .deb check; off in the sanitizer build, which has no use for them.
option(SB_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer (clang)" OFF)
option(SB_FUZZ "Build the libFuzzer targets of tests/fuzz (needs SB_SANITIZE)" OFF)
option(SB_BENCH "Build the benchmarks, the load program and the package check" ON)

# Lean for CI: -O1 keeps ASan's stacks honest and builds fast, line tables are enough for
# symbolized stacks and keep objects small. NDEBUG as in the shipped RelWithDebInfo build.
# project() has already made an empty cache entry for the build type's flags by the time this
# file is read, so a plain set(... CACHE) would leave it empty (the build then ran at -O0 with
# no line tables): an empty entry is filled, a value someone set is kept.
set(SB_SANITIZE_CXX_FLAGS "-O1 -gline-tables-only -DNDEBUG")
if(NOT CMAKE_CXX_FLAGS_SANITIZE)
  set(CMAKE_CXX_FLAGS_SANITIZE "${SB_SANITIZE_CXX_FLAGS}" CACHE STRING "Flags of the Sanitize build type" FORCE)
endif()
set(CMAKE_EXE_LINKER_FLAGS_SANITIZE "" CACHE STRING "")
set(CMAKE_SHARED_LINKER_FLAGS_SANITIZE "" CACHE STRING "")
set(CMAKE_MODULE_LINKER_FLAGS_SANITIZE "" CACHE STRING "")
set(CMAKE_STATIC_LINKER_FLAGS_SANITIZE "" CACHE STRING "")
mark_as_advanced(CMAKE_CXX_FLAGS_SANITIZE CMAKE_EXE_LINKER_FLAGS_SANITIZE CMAKE_SHARED_LINKER_FLAGS_SANITIZE
                 CMAKE_MODULE_LINKER_FLAGS_SANITIZE CMAKE_STATIC_LINKER_FLAGS_SANITIZE)

if(SB_FUZZ AND NOT SB_SANITIZE)
  message(FATAL_ERROR "SB_FUZZ needs SB_SANITIZE=ON (libFuzzer targets run under ASan + UBSan)")
endif()

if(SB_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "SB_SANITIZE needs clang (CXX=clang++); found ${CMAKE_CXX_COMPILER_ID}")
  endif()
  set(SB_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_compile_options(${SB_SANITIZER_FLAGS})
  # lld links the big instrumented test programs about four times faster than GNU ld
  # (tst_calendar: 3.8 s against 16 s), and there are a hundred of them.
  add_link_options(-fsanitize=address,undefined -fuse-ld=lld)
endif()

# Precompiled Qt headers for the three libraries (SB_PCH, on in the sanitizer build): parsing
# Qt's headers is most of a file's compile time there (docs/reliability.md, "Fuzzing and
# sanitizers"). The normal build does not use them, so its objects and ccache stay as they were.
option(SB_PCH "Precompile the Qt headers of sb_models, sb_sync and sb_ui" OFF)
function(sb_precompile_qt_headers)
  if(NOT SB_PCH)
    return()
  endif()
  set(core <QString> <QStringList> <QList> <QHash> <QSet> <QVariant> <QVariantMap> <QDateTime> <QLocale>
           <QCoreApplication> <QSqlQuery> <QSqlDatabase> <QSqlError> <QJsonObject> <QJsonArray> <QJsonDocument>
           <functional> <memory>)
  set(network <QObject> <QPointer> <QTimer> <QUrl> <QUrlQuery> <QLoggingCategory> <QNetworkAccessManager>
              <QNetworkReply> <QNetworkRequest>)
  set(widgets <QWidget> <QLabel> <QVBoxLayout> <QHBoxLayout> <QPushButton> <QComboBox> <QLineEdit> <QHeaderView>
              <QTableView> <QDialog> <QFormLayout> <QMessageBox> <QDialogButtonBox> <QPainter> <QSplitter>
              <QPlainTextEdit> <QSettings> <QPointer> <QTimer>)
  target_precompile_headers(sb_models PRIVATE ${core})
  target_precompile_headers(sb_sync PRIVATE ${core} ${network})
  target_precompile_headers(sb_ui PRIVATE ${core} ${widgets})
endfunction()
