#!/usr/bin/env bash
# Runs one libFuzzer target of the sanitizer build: scripts/fuzz.sh TARGET SECONDS
# (targets: tests/fuzz/fuzz_*.cpp; build them with scripts/test-sanitizers.sh or
# `cmake --build build-asan --target TARGET`).
# Starts from the seed corpus tests/fuzz/corpus/TARGET and keeps what the run finds in
# build-asan/fuzz/TARGET (the repository is never written); a crash, leak or sanitizer report
# ends the run with an error and leaves the input in build-asan/fuzz/artifacts/TARGET/.
# SB_FUZZ_SCRATCH=1 (the short runs of ctest -L fuzz) works on a temporary copy instead.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 2 ]; then
  echo "usage: $0 TARGET SECONDS" >&2
  exit 2
fi
TARGET="$1" SECONDS_TO_RUN="$2"
BUILD_DIR="${SB_ASAN_BUILD_DIR:-build-asan}"
BINARY="$BUILD_DIR/tests/fuzz/$TARGET"
SEEDS="tests/fuzz/corpus/$TARGET"
[ -x "$BINARY" ] || { echo "$BINARY is not built (scripts/test-sanitizers.sh builds it)" >&2; exit 2; }
[ -d "$SEEDS" ] || { echo "no seed corpus $SEEDS" >&2; exit 2; }
source scripts/sanitizer-env.sh
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

if [ "${SB_FUZZ_SCRATCH:-0}" = 1 ]; then
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
  CORPUS="$WORK/corpus" ARTIFACTS="$BUILD_DIR/fuzz/artifacts/$TARGET"
else
  CORPUS="$BUILD_DIR/fuzz/$TARGET" ARTIFACTS="$BUILD_DIR/fuzz/artifacts/$TARGET"
fi
mkdir -p "$CORPUS" "$ARTIFACTS"
cp -n "$SEEDS"/* "$CORPUS"/
# -timeout: an input that takes 60 s is a hang (the first input of fuzz_csv and fuzz_workspace
# creates a workspace with every migration: over 10 s in a long run at nice 19 on a busy
# machine); -rss_limit_mb: a run that grows past 2 GB leaks.
exec "$BINARY" "$CORPUS" -max_total_time="$SECONDS_TO_RUN" -timeout=60 -rss_limit_mb=2048 \
     -print_final_stats=1 -artifact_prefix="$ARTIFACTS/" ${SB_FUZZ_ARGS:-}
