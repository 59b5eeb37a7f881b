#!/usr/bin/env bash
# README command 1: install what is missing, build, start SalesBridge. With no back end
# configured it opens the demo workspace. Extra arguments go to the app (e.g. --lang zh_CN,
# --role manager, --demo-size 100000).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
BUILD_DIR="${SB_BUILD_DIR:-build}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting SalesBridge on a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$BUILD_DIR/app/salesbridge" "$@"
fi
exec "$BUILD_DIR/app/salesbridge" "$@"
