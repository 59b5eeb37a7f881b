#!/usr/bin/env bash
# The whole test suite again in an AddressSanitizer + UndefinedBehaviorSanitizer build (clang,
# build-asan/ or $SB_ASAN_BUILD_DIR), then the fuzz targets' short runs (ctest label fuzz, part
# of the same suite). Called by scripts/test.sh after the normal suite; extra arguments go to
# ctest. A compiler launcher (ccache) is used when CMAKE_CXX_COMPILER_LAUNCHER says so.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
BUILD_DIR="${SB_ASAN_BUILD_DIR:-build-asan}"
JOBS="${SB_JOBS:-2}"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  # Sanitize: -O1 -gline-tables-only, precompiled Qt headers (cmake/Sanitizers.cmake); no
  # benchmarks, no .deb check.
  CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Sanitize \
    -DSB_SANITIZE=ON -DSB_FUZZ=ON -DSB_BENCH=OFF -DSB_PCH=ON \
    ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER="$CMAKE_CXX_COMPILER_LAUNCHER"}
fi
cmake --build "$BUILD_DIR" -j"$JOBS"
source scripts/sanitizer-env.sh
export SB_ASAN_BUILD_DIR="$BUILD_DIR"
# The soak tests run their full thousand rounds in the normal suite; here fewer rounds walk the
# same paths under the sanitizers within CI's time (a run is several times slower).
export SB_SOAK_ROUNDS="${SB_SOAK_ROUNDS:-200}" SB_SOAKMULTI_ROUNDS="${SB_SOAKMULTI_ROUNDS:-50}"
scripts/with-test-session.sh ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 "$@"
