#!/usr/bin/env bash
# README command 2 (and CI): install what is missing, build, run the whole test suite.
# Tests run offscreen inside a private D-Bus session with an unlocked keyring, so the
# keychain tests talk to a real Secret Service. Extra arguments go to ctest (e.g. -L models).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
BUILD_DIR="${SB_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen SB_REQUIRE_KEYCHAIN=1
# A private HOME keeps tests away from the user's settings, keyring and workspaces.
TEST_HOME="$(mktemp -d)"
trap 'rm -rf "$TEST_HOME"' EXIT
export HOME="$TEST_HOME" XDG_CONFIG_HOME="$TEST_HOME/.config" XDG_DATA_HOME="$TEST_HOME/.local/share" \
       XDG_RUNTIME_DIR="$TEST_HOME/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  echo -n salesbridge-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$0" --output-on-failure -j2 "${@}"
' "$BUILD_DIR" "$@"
