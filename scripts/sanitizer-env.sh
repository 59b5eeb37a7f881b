# Sourced by scripts/test-sanitizers.sh and scripts/fuzz.sh: how the ASan + UBSan build reports.
# Any report ends the program with an error (halt_on_error; UBSan is built with
# -fno-sanitize-recover), stacks are symbolized with llvm-symbolizer, and LeakSanitizer ignores
# only the third-party leaks listed in cmake/lsan.supp.
SB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SB_SYMBOLIZER="$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0:check_initialization_order=1}${SB_SYMBOLIZER:+:external_symbolizer_path=$SB_SYMBOLIZER}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}${SB_SYMBOLIZER:+:external_symbolizer_path=$SB_SYMBOLIZER}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$SB_ROOT/cmake/lsan.supp:print_suppressions=0}"
# Code runs two to four times slower under ASan + UBSan: the few tests that guard against
# quadratic work with a time limit (tst_csv's ten thousand rows) multiply it by this factor.
export SB_TIME_LIMIT_FACTOR="${SB_TIME_LIMIT_FACTOR:-4}"
