#!/usr/bin/env bash
# README command 5 (optional): service tickets in a local Request Tracker 5. Installs what is
# missing, builds, starts an RT instance with demo tickets (scripts/rt.sh demo: queue Service,
# five tickets with their history, API user salesbridge with a token), makes a workspace with
# the customers those tickets belong to (codes as the ERP demo's: hengda, dongfang, mueller,
# brightway ...), connects it to RT, syncs once with progress and opens the window (F5 syncs
# again). The RT server stops when the window closes.
# Keeps the instance and the workspace under $SB_RT_DEMO_DIR (default
# ${XDG_CACHE_HOME:-~/.cache}/salesbridge/rt-demo); RT listens on 127.0.0.1:$SB_RT_PORT (8300).
# SB_NO_BUILD=1 skips deps.sh and build.sh (a build tree made otherwise). Extra arguments go to
# the app (e.g. --lang zh_CN).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
if [ "${SB_NO_BUILD:-0}" != 1 ]; then
  scripts/deps.sh
  scripts/build.sh
fi
BUILD_DIR="${SB_BUILD_DIR:-build}"
APP="$ROOT/$BUILD_DIR/app/salesbridge"
[ -x "$APP" ] || { echo "run-rt.sh: no $APP (build it first)" >&2; exit 1; }
DEMO="${SB_RT_DEMO_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/salesbridge/rt-demo}"
PORT="${SB_RT_PORT:-8300}"
mkdir -p "$DEMO"
DEMO="$(cd "$DEMO" && pwd)"
RT_DIR="$DEMO/rt"

scripts/rt.sh demo "$RT_DIR" "$PORT"
trap 'scripts/rt.sh stop "$RT_DIR" >/dev/null || true' EXIT
trap 'exit 130' INT TERM # a signal ends the script through the EXIT trap
echo "Request Tracker is running at http://127.0.0.1:$PORT/ (users agent / agent-pass, salesbridge / salesbridge-pass);"
echo "it stops when SalesBridge closes."

WORKSPACE="$DEMO/workspace.sbw"
if [ ! -f "$WORKSPACE" ]; then
  # The customers of the RT seed's "Customer Code" values, as the ERP demo (scripts/tryton_seed.py)
  # names them: a pulled ticket finds its customer by that code.
  cat >"$DEMO/customers.csv" <<'EOF'
code,name,grade,region,industry
hengda,苏州恒达精密机械有限公司,A,华东,机械制造
dongfang,宁波东方泵阀有限公司,B,华东,泵阀
huanan,广州华南食品机械有限公司,B,华南,食品机械
zhongke,北京中科环保技术有限公司,B,华北,环保
chuanxi,成都川西水务集团有限公司,C,西南,水务
binhai,天津滨海化工有限公司,B,华北,化工
brightway,"Shenzhen Brightway Electronics Co., Ltd.",A,华南,Electronics
mueller,Müller Fördertechnik GmbH,A,Europe,Materials handling
lefevre,Atelier Mécanique Lefèvre SARL,C,Europe,Machining
pacific,Pacific Rim Trading Pte. Ltd.,C,Southeast Asia,Trading
EOF
  "$APP" import customers "$DEMO/customers.csv" --workspace "$WORKSPACE"
fi
TOKEN_FILE="$RT_DIR/api-token"

run_app() {
  # The token goes to the system keychain, as in normal use.
  "$APP" connect rt "http://127.0.0.1:$PORT" Service salesbridge --password-stdin --workspace "$WORKSPACE" <"$TOKEN_FILE"
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
  export APP WORKSPACE PORT TOKEN_FILE
  mkdir -p "$DEMO/keyring"
  XDG_DATA_HOME="$DEMO/keyring" dbus-run-session -- bash -c '
    echo -n salesbridge-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    run_app "$@"' run-rt "$@"
fi
