#!/usr/bin/env bash
# Runs a real Radicale 3.1 CalDAV server (Debian 12 package, plain files, 127.0.0.1 only) for
# the integration tests, benchmarks and the demo of the OA calendar. One directory per
# instance: its own config, users file and collections; nothing under /etc or /var/lib is used.
# Users alice/alice-pass and bob/bob-pass; each sees only /<user>/ (rights owner_only).
set -euo pipefail

usage() {
  cat <<'EOF'
usage: scripts/radicale.sh COMMAND [ARGS]
  install                      apt-get radicale and libical-dev when missing (no-op when both are there)
  start DIR PORT               write DIR/config and DIR/users, start Radicale on 127.0.0.1:PORT in
                               the background, wait until it answers
  stop DIR                     stop DIR's server (TERM, then KILL after 5 s); fine if not running
  calendar URL USER PASS NAME  make the calendar collection URL (MKCALENDAR, display name NAME,
                               components VEVENT and VTODO); fine when it already exists
  free-port                    print a free TCP port on 127.0.0.1
Files in DIR: config, users, collections/, radicale.log, radicale.pid.
Environment: RADICALE_OWNER_PID (start: stop the server when that process ends),
RADICALE_LOG_LEVEL (default warning; info logs every request).
Exit status: 0 done, 2 could not (the reason on stderr).
EOF
}

# Radicale is a Debian Python program: always Debian's interpreter, never a venv's python3
# from PATH (its site-packages would not hold radicale, or a different one).
PY=/usr/bin/python3
RADICALE=/usr/bin/radicale
PACKAGES=(radicale libical-dev)

die() { echo "radicale.sh: $*" >&2; exit 2; }

alive() {  # PID: true while the process exists and is not a zombie
  local state
  state="$(sed -n 's/^.*) \([A-Za-z]\).*$/\1/p' "/proc/$1/stat" 2>/dev/null)" || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

running_pid() {  # DIR: prints the pid if DIR's Radicale is alive
  local dir="$1" pid
  [ -f "$dir/radicale.pid" ] || return 1
  pid="$(cat "$dir/radicale.pid" 2>/dev/null)"
  [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid" || return 1
  # Only a Radicale started with this directory's config counts (pids get reused).
  [ -r "/proc/$pid/cmdline" ] && tr '\0' '\n' <"/proc/$pid/cmdline" | grep -qxF "$dir/config" || return 1
  echo "$pid"
}

conf_port() {  # DIR: the port in DIR/config
  sed -n 's/^hosts *= *127\.0\.0\.1:\([0-9]*\)$/\1/p' "$1/config" 2>/dev/null
}

cmd_install() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq || die "apt-get update failed"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || die "could not install ${missing[*]}"
}

need_radicale() {
  [ -x "$RADICALE" ] && [ -x "$PY" ] || die "Radicale is not installed (run: $0 install)"
}

check_dir_name() {  # the path goes into Radicale's ini-style config
  case "$1" in *$'\n'*|*%*) die "the folder name must not contain a newline or %: $1" ;; esac
}

write_conf() {  # DIR PORT: the whole config, regenerated on every start
  local dir="$1" port="$2"
  mkdir -p "$dir/collections"
  # Plain passwords: these are test users on loopback, and plain keeps start-up free of bcrypt.
  printf 'alice:alice-pass\nbob:bob-pass\n' >"$dir/users"
  chmod 600 "$dir/users"
  cat >"$dir/config.new" <<EOF
# Written by scripts/radicale.sh for this folder; "start" writes it again.
[server]
hosts = 127.0.0.1:$port

[auth]
type = htpasswd
htpasswd_filename = $dir/users
htpasswd_encryption = plain
# No pause after a failed login: the tests of a wrong password stay fast.
delay = 0

[rights]
type = owner_only

[storage]
filesystem_folder = $dir/collections

[web]
type = none

[logging]
level = ${RADICALE_LOG_LEVEL:-warning}
mask_passwords = True
EOF
  mv "$dir/config.new" "$dir/config"
}

port_in_use() {  # PORT
  "$PY" -c 'import socket, sys
s = socket.socket()
s.settimeout(1)
sys.exit(0 if s.connect_ex(("127.0.0.1", int(sys.argv[1]))) == 0 else 1)' "$1"
}

free_port() {
  "$PY" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

# wait_ready PORT SECONDS PID: polls OPTIONS / until Radicale answers anything over HTTP.
# Prints "ready", "died" (PID exited) or "timeout"; non-zero unless ready.
wait_ready() {
  "$PY" - "$@" <<'PYEOF'
import http.client, os, sys, time
port, seconds, pid = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
deadline = time.time() + seconds
def alive(p):
    try:
        with open('/proc/%d/stat' % p) as fh:
            return fh.read().rsplit(')', 1)[1].split()[0] != 'Z'
    except OSError:
        return False
while time.time() < deadline:
    if not alive(pid):
        print('died'); sys.exit(1)
    try:
        c = http.client.HTTPConnection('127.0.0.1', port, timeout=2)
        c.request('OPTIONS', '/')
        c.getresponse().read()
        print('ready'); sys.exit(0)
    except OSError:
        time.sleep(0.1)
print('timeout'); sys.exit(1)
PYEOF
}

cmd_start() {  # DIR PORT
  local dir port pid state
  need_radicale
  mkdir -p "$1" || die "cannot make $1"
  dir="$(cd "$1" && pwd)"; port="$2"
  check_dir_name "$dir"
  [[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -gt 0 ] && [ "$port" -lt 65536 ] || die "bad port '$port'"
  if pid="$(running_pid "$dir")"; then
    if [ "$(conf_port "$dir")" = "$port" ]; then
      echo "http://127.0.0.1:$port/ (already running, pid $pid)"; return 0
    fi
    cmd_stop "$dir" >/dev/null
  fi
  port_in_use "$port" && die "port $port on 127.0.0.1 is already in use"
  write_conf "$dir" "$port"
  rm -f "$dir/radicale.pid"
  # setsid + nohup: the server outlives this shell; stop it with "stop DIR". Both exec in turn
  # (a script's background job is not a group leader, so setsid does not fork): $! is
  # Radicale's own pid. A venv's variables must not reach Debian's interpreter.
  env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV PYTHONNOUSERSITE=1 \
    setsid nohup "$PY" "$RADICALE" --config "$dir/config" >>"$dir/radicale.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$dir/radicale.pid"
  if ! state="$(wait_ready "$port" 30 "$pid")"; then
    if [ "$state" = died ]; then
      echo "radicale.sh: Radicale exited during start-up; log tail ($dir/radicale.log):" >&2
    else
      echo "radicale.sh: Radicale did not answer on 127.0.0.1:$port within 30 s; log tail:" >&2
    fi
    tail -n 25 "$dir/radicale.log" >&2 || true
    kill "$pid" 2>/dev/null || true
    rm -f "$dir/radicale.pid"
    exit 2
  fi
  # RADICALE_OWNER_PID (the test fixture sets it): a program that dies without "stop" (a crash,
  # a ctest timeout) must not leave its server running; a small watcher stops it then.
  if [[ "${RADICALE_OWNER_PID:-}" =~ ^[0-9]+$ ]]; then
    setsid nohup bash -c '
      while [ -d "/proc/$1" ] && [ -d "/proc/$2" ]; do sleep 1; done
      if [ -d "/proc/$2" ] && tr "\0" "\n" <"/proc/$2/cmdline" 2>/dev/null | grep -qxF "$3"; then
        kill -TERM "$2" 2>/dev/null
      fi' radicale-watch "$RADICALE_OWNER_PID" "$pid" "$dir/config" >/dev/null 2>&1 </dev/null &
  fi
  echo "http://127.0.0.1:$port/"
}

cmd_stop() {  # DIR
  local dir="$1" pid
  [ -d "$dir" ] || { echo "stopped (no directory $dir)"; return 0; }
  dir="$(cd "$dir" && pwd)"
  if ! pid="$(running_pid "$dir")"; then
    rm -f "$dir/radicale.pid"; echo "stopped (was not running)"; return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 50); do
    alive "$pid" || break
    sleep 0.1
  done
  if alive "$pid"; then
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.2
  fi
  alive "$pid" && die "Radicale (pid $pid) did not stop"
  rm -f "$dir/radicale.pid"
  echo "stopped (pid $pid)"
}

cmd_calendar() {  # URL USER PASS NAME
  [ -x "$PY" ] || die "no $PY"
  "$PY" - "$@" <<'PYEOF' || exit 2
import base64, sys, urllib.error, urllib.parse, urllib.request
from xml.sax.saxutils import escape
url, user, password, name = sys.argv[1:5]
if not url.endswith('/'):
    url += '/'
parts = urllib.parse.urlsplit(url)
if parts.scheme not in ('http', 'https') or not parts.netloc:
    sys.exit('radicale.sh: not an http URL: ' + url)
body = ('<?xml version="1.0" encoding="utf-8"?>\n'
        '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>'
        '<D:displayname>%s</D:displayname>'
        '<C:supported-calendar-component-set><C:comp name="VEVENT"/><C:comp name="VTODO"/>'
        '</C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>' % escape(name)).encode('utf-8')
auth = base64.b64encode(('%s:%s' % (user, password)).encode('utf-8')).decode('ascii')
def call(method, data=None, depth=None):
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header('Authorization', 'Basic ' + auth)
    if data is not None:
        req.add_header('Content-Type', 'application/xml; charset=utf-8')
    if depth is not None:
        req.add_header('Depth', depth)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except OSError as e:
        sys.exit('radicale.sh: %s %s: %s' % (method, url, e))
status, answer = call('MKCALENDAR', body)
if status == 201:
    print(url)
    sys.exit(0)
if status in (401, 403):
    sys.exit('radicale.sh: %s may not make %s (HTTP %d)' % (user, url, status))
# Already there (Radicale answers 409): fine when it is a calendar.
probe, props = call('PROPFIND', b'<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/>'
                    b'</D:prop></D:propfind>', '0')
if probe == 207 and b'calendar' in props:
    print(url + ' (already there)')
    sys.exit(0)
sys.exit('radicale.sh: MKCALENDAR %s answered HTTP %d: %s' % (url, status, answer[:300].decode('utf-8', 'replace')))
PYEOF
}

main() {
  local cmd="${1:-}"
  case "$cmd" in
    -h|--help|help) usage ;;
    install) [ $# -eq 1 ] || { usage >&2; exit 2; }; cmd_install ;;
    start) [ $# -eq 3 ] || { usage >&2; exit 2; }; cmd_start "$2" "$3" ;;
    stop) [ $# -eq 2 ] || { usage >&2; exit 2; }; cmd_stop "$2" ;;
    calendar) [ $# -eq 5 ] || { usage >&2; exit 2; }; cmd_calendar "$2" "$3" "$4" "$5" ;;
    free-port) free_port ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
