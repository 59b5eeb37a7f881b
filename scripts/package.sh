#!/usr/bin/env bash
# Builds the Debian package into a folder: a Release build in its own tree (build-package, or
# $SB_PACKAGE_BUILD_DIR), with ccache when there is one, then cpack, then the same checks CI
# runs (scripts/check-package.sh). Usage: scripts/package.sh [OUT_DIR]   (default: dist)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT_DIR="$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)"
BUILD_DIR="${SB_PACKAGE_BUILD_DIR:-build-package}"
JOBS="${SB_JOBS:-2}"
scripts/deps.sh
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # The tests are not part of the package: BUILD_TESTING off keeps this build to the program.
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF "${launcher[@]}"
fi
cmake --build "$BUILD_DIR" -j"$JOBS"
scripts/check-package.sh "$BUILD_DIR" "$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")"
cpack --config "$BUILD_DIR/CPackConfig.cmake" -B "$OUT_DIR" >/dev/null
rm -rf "$OUT_DIR/_CPack_Packages"
ls -l "$OUT_DIR"/salesbridge_*.deb
echo "Install it with: sudo apt install $(ls "$OUT_DIR"/salesbridge_*.deb | tail -1)"
