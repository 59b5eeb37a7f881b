#!/usr/bin/env bash
# Runs a command the way the test suites run: offscreen, with a private HOME (tests stay away
# from the user's settings, keyring and workspaces) and inside a private D-Bus session with an
# unlocked keyring, so the keychain tests talk to a real Secret Service.
# Used by scripts/test.sh and scripts/test-sanitizers.sh: with-test-session.sh COMMAND [ARGS...]
set -euo pipefail
export QT_QPA_PLATFORM=offscreen SB_REQUIRE_KEYCHAIN=1
TEST_HOME="$(mktemp -d)"
trap 'rm -rf "$TEST_HOME"' EXIT
export HOME="$TEST_HOME" XDG_CONFIG_HOME="$TEST_HOME/.config" XDG_DATA_HOME="$TEST_HOME/.local/share" \
       XDG_RUNTIME_DIR="$TEST_HOME/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  echo -n salesbridge-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$@"
' with-test-session "$@"
