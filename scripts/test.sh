#!/usr/bin/env bash
# README command 2 (and CI): install what is missing, build, run the whole test suite.
# Tests run offscreen inside a private D-Bus session with an unlocked keyring, so the
# keychain tests talk to a real Secret Service. Extra arguments go to ctest (e.g. -L models).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
BUILD_DIR="${SB_BUILD_DIR:-build}"
scripts/with-test-session.sh ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 "$@"
# Then the same suite under ASan + UBSan with the fuzz targets' short runs (build-asan/,
# scripts/test-sanitizers.sh): about 11 min for a clean build and 10 min for the suite on two
# cores, 46 min for this whole script from a fresh clone (docs/reliability.md, "Fuzzing and
# sanitizers"). SB_SANITIZERS=0 skips it for a quick local run.
if [ "${SB_SANITIZERS:-1}" != 0 ]; then
  scripts/test-sanitizers.sh "$@"
fi
