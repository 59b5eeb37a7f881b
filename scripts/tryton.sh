#!/usr/bin/env bash
# Runs a real Tryton 6.0 server (Debian 12 packages, SQLite, 127.0.0.1 only) for integration
# tests, benchmarks and the demo. One directory per instance; database "crm", admin/admin.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: scripts/tryton.sh COMMAND [ARGS]
  install            apt-get the tryton packages that are missing (no-op when all are there)
  init DIR           new instance in DIR: config, database with the CRM modules, demo data
  start DIR PORT     start DIR's server on 127.0.0.1:PORT in the background, wait until ready
  stop DIR           stop DIR's server (TERM, then KILL after 5 s); fine if not running
  clone SRC DST      copy a stopped, initialised instance to DST (starts in about a second)
  seed-bulk DIR N    add N customer parties (address, e-mail, phone) to DIR's running server
  demo DIR PORT      init DIR if needed, then start it on PORT
  modules            print the modules "init" activates, one line (scripts/load-test.sh uses them)
Files in DIR: trytond.conf, db/crm.sqlite, trytond.log, trytond.pid, seed-ids.json.
EOF
}

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3   # trytond's own interpreter; the client only needs the stdlib
RPC="$HERE/tryton_rpc.py"
SEED="$HERE/tryton_seed.py"
DB=crm
MODULES=(party company product stock account account_invoice sale sale_opportunity sale_complaint
         account_credit_limit sale_credit_limit)
PACKAGES=(
  tryton-server tryton-modules-country tryton-modules-currency tryton-modules-party
  tryton-modules-company tryton-modules-product tryton-modules-stock tryton-modules-account
  tryton-modules-account-product tryton-modules-account-invoice
  tryton-modules-account-invoice-stock tryton-modules-sale tryton-modules-sale-opportunity
  tryton-modules-sale-complaint tryton-modules-account-credit-limit
  tryton-modules-sale-credit-limit python3-tz python3-phonenumbers
)

die() { echo "tryton.sh: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
# say_step START LABEL: one line per step with its duration.
say_step() { printf '  %-52s %6s s\n' "$2" "$(elapsed "$1")"; }

abs_dir() { mkdir -p "$1" && (cd "$1" && pwd); }

conf_port() {  # the port in DIR/trytond.conf
  sed -n 's/^listen *= *127\.0\.0\.1:\([0-9]*\)$/\1/p' "$1/trytond.conf"
}

running_pid() {  # prints the pid if DIR's trytond is alive
  local dir="$1" pid
  [ -f "$dir/trytond.pid" ] || return 1
  pid="$(cat "$dir/trytond.pid" 2>/dev/null)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  # Only a trytond started with this directory's config counts (pids get reused).
  [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$dir/trytond.conf" \
    || return 1
  echo "$pid"
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
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

write_conf() {  # DIR PORT
  cat >"$1/trytond.conf" <<EOF
# Written by scripts/tryton.sh. Paths are absolute; "clone" and "start" set them to this folder.
[database]
uri = sqlite://
path = $1/db
language = en
list = True

[web]
listen = 127.0.0.1:$2
root = $1/www

[session]
max_age = 2592000
timeout = 3600

[password]
length = 4
entropy = 0
EOF
}

set_paths() {  # DIR: point DIR/trytond.conf's database path and web root at DIR itself
  # The paths are recomputed from the folder the conf is in, never from what the conf held: an
  # instance seeded under a temporary name and renamed (bench_tryton's bigger database) keeps
  # a conf naming the old folder, and a rewrite that looked for the old name failed for ever.
  local dir="$1"
  "$PY" - "$dir" <<'PYEOF' || return 1
import os, re, sys
d = sys.argv[1]
conf = d + '/trytond.conf'
with open(conf) as fh:
    lines = fh.read().split('\n')
section, seen = None, set()
for i, line in enumerate(lines):
    m = re.match(r'^\[(\w+)\]\s*$', line)
    if m:
        section = m.group(1)
    elif section == 'database' and re.match(r'^path\s*=', line):
        lines[i] = 'path = ' + d + '/db'; seen.add('path')
    elif section == 'web' and re.match(r'^root\s*=', line):
        lines[i] = 'root = ' + d + '/www'; seen.add('root')
if seen != {'path', 'root'}:
    sys.exit('no [database] path or [web] root in ' + conf)
with open(conf + '.new', 'w') as fh:
    fh.write('\n'.join(lines))
os.replace(conf + '.new', conf)
PYEOF
  grep -qxF "path = $dir/db" "$dir/trytond.conf"
}

cmd_start() {  # DIR PORT
  local dir port pid
  dir="$(abs_dir "$1")"; port="$2"
  [[ "$port" =~ ^[0-9]+$ ]] || die "bad port '$port'"
  [ -s "$dir/db/$DB.sqlite" ] || die "$dir is not initialised (run: $0 init $dir)"
  if pid="$(running_pid "$dir")"; then
    if [ "$(conf_port "$dir")" = "$port" ]; then
      echo "http://127.0.0.1:$port/ (already running, pid $pid)"; return 0
    fi
    cmd_stop "$dir" >/dev/null
  fi
  if "$PY" "$RPC" port-in-use "$port"; then
    die "port $port on 127.0.0.1 is already in use"
  fi
  sed -i "s/^listen *=.*/listen = 127.0.0.1:$port/" "$dir/trytond.conf"
  set_paths "$dir" || die "could not set the paths in $dir/trytond.conf"
  rm -f "$dir/trytond.pid"
  # setsid + nohup: the server outlives this shell and its process group; stop it with
  # "stop DIR". (A script's background job is never a group leader, so setsid does not fork
  # and $! is trytond's pid; trytond rewrites the same pid into the pidfile.)
  setsid nohup trytond -c "$dir/trytond.conf" -d "$DB" --pidfile "$dir/trytond.pid" \
    >>"$dir/trytond.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$dir/trytond.pid"
  local state
  if ! state="$("$PY" "$RPC" wait "http://127.0.0.1:$port/" 30 "$pid")"; then
    if [ "$state" = died ]; then
      echo "tryton.sh: trytond exited during start-up; log tail ($dir/trytond.log):" >&2
    else
      echo "tryton.sh: trytond did not answer on 127.0.0.1:$port within 30 s; log tail:" >&2
    fi
    tail -n 25 "$dir/trytond.log" >&2 || true
    kill "$pid" 2>/dev/null || true
    rm -f "$dir/trytond.pid"
    exit 1
  fi
  echo "http://127.0.0.1:$port/"
}

cmd_stop() {  # DIR
  local dir="$1" pid i
  [ -d "$dir" ] || { echo "stopped (no directory $dir)"; return 0; }
  dir="$(cd "$dir" && pwd)"
  if ! pid="$(running_pid "$dir")"; then
    rm -f "$dir/trytond.pid"; echo "stopped (was not running)"; return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 50); do
    [ -d "/proc/$pid" ] || break
    sleep 0.1
  done
  if [ -d "/proc/$pid" ]; then
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.2
  fi
  rm -f "$dir/trytond.pid"
  # Fold the WAL back into crm.sqlite so the file alone is a complete copy.
  "$PY" -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("pragma wal_checkpoint(truncate)")' \
    "$dir/db/$DB.sqlite" 2>/dev/null || true
  echo "stopped (pid $pid)"
}

cmd_init() {  # DIR
  local dir t0 t port
  dir="$(abs_dir "$1")"
  [ -e "$dir/trytond.conf" ] && die "$dir already holds an instance; remove it first"
  t0="$(now)"
  echo "Initialising Tryton instance in $dir"
  t="$(now)"; cmd_install; say_step "$t" "packages present"
  t="$(now)"
  mkdir -p "$dir/db" "$dir/www"
  touch "$dir/db/$DB.sqlite"             # the SQLite backend never creates the file itself
  # WAL (persistent in the file): a commit costs ~2 ms instead of ~16 ms of fsyncs, and
  # readers are not blocked while a write commits.
  "$PY" -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("pragma journal_mode=wal")' \
    "$dir/db/$DB.sqlite"
  printf 'admin\n' >"$dir/.adminpass"; chmod 600 "$dir/.adminpass"
  port="$("$PY" "$RPC" free-port)"
  write_conf "$dir" "$port"
  say_step "$t" "config and empty database"
  t="$(now)"
  if ! TRYTONPASSFILE="$dir/.adminpass" trytond-admin -c "$dir/trytond.conf" -d "$DB" \
      -u "${MODULES[@]}" --activate-dependencies --email admin@example.com \
      </dev/null >"$dir/trytond-admin.log" 2>&1; then
    tail -n 25 "$dir/trytond-admin.log" >&2
    die "trytond-admin failed (full log: $dir/trytond-admin.log)"
  fi
  say_step "$t" "trytond-admin: ${#MODULES[@]} modules + dependencies"
  t="$(now)"
  trap "cmd_stop '$dir' >/dev/null 2>&1 || true" EXIT   # never leave a server behind
  cmd_start "$dir" "$port" >/dev/null
  say_step "$t" "server started on temporary port $port"
  t="$(now)"
  "$PY" "$SEED" demo "http://127.0.0.1:$port/" "$dir/seed-ids.json"
  say_step "$t" "demo data seeded over JSON-RPC"
  t="$(now)"
  cmd_stop "$dir" >/dev/null
  trap - EXIT
  say_step "$t" "server stopped"
  echo "Initialised $dir in $(elapsed "$t0") s (ids: $dir/seed-ids.json)"
}

cmd_clone() {  # SRC DST
  local src dst
  [ -s "$1/db/$DB.sqlite" ] && [ -f "$1/trytond.conf" ] || die "$1 is not an initialised instance"
  src="$(cd "$1" && pwd)"
  running_pid "$src" >/dev/null && die "$src is running; stop it before cloning"
  [ -e "$2" ] && [ -n "$(ls -A "$2" 2>/dev/null)" ] && die "$2 exists and is not empty"
  mkdir -p "$2"; dst="$(cd "$2" && pwd)"
  cp -a "$src/db" "$dst/"
  mkdir -p "$dst/www"
  cp -a "$src/.adminpass" "$dst/" 2>/dev/null || true
  cp -a "$src/seed-ids.json" "$dst/" 2>/dev/null || true
  cp "$src/trytond.conf" "$dst/trytond.conf"
  set_paths "$dst" || die "could not rewrite the paths in $dst/trytond.conf"
  echo "cloned $src -> $dst"
}

cmd_seed_bulk() {  # DIR N
  local dir port
  dir="$(cd "$1" && pwd)"
  [[ "$2" =~ ^[0-9]+$ ]] || die "bad count '$2'"
  running_pid "$dir" >/dev/null || die "$dir is not running (start it first)"
  port="$(conf_port "$dir")"
  "$PY" "$SEED" bulk "http://127.0.0.1:$port/" "$2"
}

cmd_demo() {  # DIR PORT
  [ -s "$1/db/$DB.sqlite" ] && [ -f "$1/seed-ids.json" ] || cmd_init "$1"
  cmd_start "$1" "$2"
}

main() {
  local cmd="${1:-}"
  case "$cmd" in
    -h|--help|help) usage ;;
    install) cmd_install ;;
    init) [ $# -eq 2 ] || { usage >&2; exit 2; }; cmd_init "$2" ;;
    start) [ $# -eq 3 ] || { usage >&2; exit 2; }; cmd_start "$2" "$3" ;;
    stop) [ $# -eq 2 ] || { usage >&2; exit 2; }; cmd_stop "$2" ;;
    clone) [ $# -eq 3 ] || { usage >&2; exit 2; }; cmd_clone "$2" "$3" ;;
    seed-bulk) [ $# -eq 3 ] || { usage >&2; exit 2; }; cmd_seed_bulk "$2" "$3" ;;
    demo) [ $# -eq 3 ] || { usage >&2; exit 2; }; cmd_demo "$2" "$3" ;;
    # For other scripts that build an instance their own way (the PostgreSQL load program):
    # the same module list, kept here only.
    modules) echo "${MODULES[*]}" ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
