#!/usr/bin/env bash
# README command 3 (optional): start a local Tryton ERP with demo data and open SalesBridge
# connected to it. Installs what is missing, builds, keeps the Tryton instance and the workspace
# under $SB_TRYTON_DEMO_DIR (default ~/.local/share/SalesBridge/tryton-demo), syncs once with
# progress, then opens the window (which keeps syncing: F5, every 15 minutes).
# Extra arguments go to the app (e.g. --lang zh_CN --role office).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
scripts/deps.sh
scripts/build.sh
BUILD_DIR="${SB_BUILD_DIR:-build}"
APP="$ROOT/$BUILD_DIR/app/salesbridge"
DEMO="${SB_TRYTON_DEMO_DIR:-$HOME/.local/share/SalesBridge/tryton-demo}"
PORT="${SB_TRYTON_PORT:-8100}" # not 8000: a packaged trytond service may hold it
mkdir -p "$DEMO"
scripts/tryton.sh demo "$DEMO/tryton" "$PORT"
echo "Tryton is running at http://127.0.0.1:$PORT/ (database crm, user admin, password admin)."
echo "Stop it with: scripts/tryton.sh stop $DEMO/tryton"

WORKSPACE="$DEMO/workspace.sbw"
run_app() {
  # The password goes to the system keychain, as in normal use.
  echo admin | "$APP" connect tryton "http://127.0.0.1:$PORT" crm admin --password-stdin --workspace "$WORKSPACE"
  "$APP" sync --workspace "$WORKSPACE" || true # the window shows what did not go through
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting SalesBridge on a virtual X server (xvfb-run)." >&2
    xvfb-run -a -s "-screen 0 1366x768x24" "$APP" --workspace "$WORKSPACE" "$@"
  else
    "$APP" --workspace "$WORKSPACE" "$@"
  fi
}

if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  run_app "$@"
else
  # No desktop session (a server, a container): a private session bus with a keyring of its
  # own under the demo directory, unlocked for this run only.
  export -f run_app
  export APP WORKSPACE PORT
  mkdir -p "$DEMO/keyring"
  XDG_DATA_HOME="$DEMO/keyring" dbus-run-session -- bash -c '
    echo -n salesbridge-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    run_app "$@"' run-tryton "$@"
fi
