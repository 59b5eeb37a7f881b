#!/usr/bin/env bash
# README command 4 (optional): a quote's approval travelling between people. Starts a local
# Tryton ERP with demo data and the Feishu approval emulator (scripts/feishu_emulator.py, the
# OA stand-in the tests use), then opens two SalesBridge windows on two workspaces:
#   rep (OA user rep1)      writes a quote and submits it for approval;
#   manager (OA user mgr1)  finds it in the approval inbox and approves it;
# back in the rep's window the quote is approved, and "Create order" makes it a confirmed sale
# in Tryton. Press F5 in a window to sync it now.
# Keeps everything under $SB_APPROVALS_DEMO_DIR (default ~/.local/share/SalesBridge/approvals-demo).
# --office also opens the office clerk's window (office1). Other arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
BUILD_DIR="${SB_BUILD_DIR:-build}"
APP="$ROOT/$BUILD_DIR/app/salesbridge"
DEMO="${SB_APPROVALS_DEMO_DIR:-$HOME/.local/share/SalesBridge/approvals-demo}"
ERP_PORT="${SB_TRYTON_PORT:-8101}"
OA_PORT="${SB_FEISHU_PORT:-8201}"

# The windows, each on its own workspace connected to both servers.
open_windows() {
  local -a args=(${SB_DEMO_APP_ARGS:-})
  open_window() { # NAME OA_USER ROLE
    local ws="$DEMO/$1.sbw"
    # Secrets go to the system keychain, as in normal use.
    echo admin | "$APP" connect tryton "http://127.0.0.1:$ERP_PORT" crm admin --password-stdin --workspace "$ws" >/dev/null
    echo sb-demo-secret | "$APP" connect feishu "http://127.0.0.1:$OA_PORT" cli_salesbridge SB_QUOTE "$2" poll_seconds=10 \
      --password-stdin --workspace "$ws" >/dev/null
    "$APP" sync --workspace "$ws" >/dev/null || true # the window shows what did not go through
    "$APP" --workspace "$ws" --role "$3" "${args[@]}" &
  }
  open_window rep rep1 rep
  open_window manager mgr1 manager
  if [ "${SB_DEMO_OFFICE:-0}" = 1 ]; then open_window office office1 office; fi
  wait
}

# Internal: the windows alone (on a virtual X server, or inside a private session bus).
if [ "${1:-}" = "--open-windows" ]; then
  open_windows
  exit 0
fi

SB_DEMO_OFFICE=0
APP_ARGS=()
for a in "$@"; do
  if [ "$a" = "--office" ]; then SB_DEMO_OFFICE=1; else APP_ARGS+=("$a"); fi
done
export SB_DEMO_OFFICE SB_DEMO_APP_ARGS="${APP_ARGS[*]:-}" SB_APPROVALS_DEMO_DIR="$DEMO" SB_TRYTON_PORT="$ERP_PORT" SB_FEISHU_PORT="$OA_PORT"

scripts/deps.sh
scripts/build.sh
mkdir -p "$DEMO"
scripts/tryton.sh demo "$DEMO/tryton" "$ERP_PORT"

# The approval emulator keeps its approvals in a file, so they outlive a restart of the demo.
python3 scripts/feishu_emulator.py --port "$OA_PORT" --state-file "$DEMO/feishu-state.json" \
  >"$DEMO/feishu.out" 2>"$DEMO/feishu.log" &
OA_PID=$!
trap 'kill $OA_PID 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  grep -q LISTENING "$DEMO/feishu.out" 2>/dev/null && break
  kill -0 $OA_PID 2>/dev/null || { cat "$DEMO/feishu.log" >&2; echo "The approval emulator did not start." >&2; exit 1; }
  sleep 0.2
done
echo "Tryton: http://127.0.0.1:$ERP_PORT/ (database crm, user admin, password admin); stop it with: scripts/tryton.sh stop $DEMO/tryton"
echo "Approvals (Feishu emulator): http://127.0.0.1:$OA_PORT/ (app cli_salesbridge, definition SB_QUOTE); it stops with this script."

windows() {
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting the windows on a virtual X server (xvfb-run)." >&2
    xvfb-run -a -s "-screen 0 1366x768x24" bash scripts/run-approvals.sh --open-windows
  else
    bash scripts/run-approvals.sh --open-windows
  fi
}

if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  windows
else
  # No desktop session: a private session bus with a keyring of its own, for this run only.
  export -f windows
  mkdir -p "$DEMO/keyring"
  XDG_DATA_HOME="$DEMO/keyring" dbus-run-session -- bash -c '
    echo -n salesbridge-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    windows'
fi
