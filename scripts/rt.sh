#!/usr/bin/env bash
# Runs a real Request Tracker 5.0 (Debian 12 packages, SQLite, RT's own standalone Starlet
# server on 127.0.0.1, no Apache) for integration tests, benchmarks and the demo. One directory
# per instance, with its own site config, database and runtime folders; nothing under /etc or
# /var/lib is used. REST2 answers at http://127.0.0.1:PORT/REST/2.0/.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: scripts/rt.sh COMMAND [ARGS]
  install            apt-get the Request Tracker packages that are missing (no-op when all are there)
  init DIR           new instance in DIR: config, database, queue "Service", custom fields
                     "Customer Code" and "Idempotency Key", users agent and salesbridge, an auth
                     token for salesbridge, demo tickets with history (no server needed)
  start DIR PORT     start DIR's server on 127.0.0.1:PORT in the background, wait until REST2 answers
  stop DIR           stop DIR's server (TERM, then KILL after 10 s); fine if not running
  clone SRC DST      copy a stopped, initialised instance to DST (for one test)
  seed-bulk DIR N    add N tickets with history to DIR (stopped): 250 through RT's API, no mail,
                     the rest copies of those made in SQL (seconds for thousands)
  demo DIR PORT      init DIR if needed, then start it on PORT
Files in DIR: RT_SiteConfig.pm, rtdb (SQLite), api-token ("Authorization: token <it>"),
seed-ids.json, seed.sha256, var/ (outgoing mail as var/*.mbox), rt-server.log, rt-server.pid, setup.log.
Environment: RT_WORKERS (Starlet worker processes, default 2; an instance is ~235 MB PSS after start).
EOF
}

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SEED="$HERE/rt_seed.pl"
RT_SHARE=/usr/share/request-tracker5
RT_SERVER="$RT_SHARE/libexec/rt-server"
SETUP_DB=/usr/sbin/rt-setup-database-5
# rt5-standalone is the first of request-tracker5's server alternatives; naming it keeps apt
# from choosing the Apache one. w3m only silences RT's "internal HTML converter" warning.
PACKAGES=(request-tracker5 rt5-standalone rt5-db-sqlite w3m)

die() { echo "rt.sh: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
say_step() { printf '  %-52s %6s s\n' "$2" "$(elapsed "$1")"; }

abs_dir() { mkdir -p "$1" && (cd "$1" && pwd); }

check_dir_name() {  # the path goes into Perl strings in the site config
  case "$1" in *"'"*|*\\*) die "the folder name must not contain ' or \\: $1" ;; esac
}

conf_port() {  # the port in DIR/RT_SiteConfig.pm
  sed -n "s/^Set(\$WebPort, \([0-9]*\));$/\1/p" "$1/RT_SiteConfig.pm"
}

alive() {  # PID: true while the process exists and is not a zombie
  # The server is reparented to init once rt.sh exits; a slow (or absent) reaper leaves it a
  # zombie for seconds after it has stopped, so a zombie counts as gone.
  local state
  state="$(sed -n 's/^.*) \([A-Za-z]\).*$/\1/p' "/proc/$1/stat" 2>/dev/null)" || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

running_pid() {  # prints the pid if DIR's rt-server is alive
  local dir="$1" pid
  [ -f "$dir/rt-server.pid" ] || return 1
  pid="$(cat "$dir/rt-server.pid" 2>/dev/null)"
  [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid" || return 1
  # Only an rt-server started with this directory's config counts (pids get reused).
  [ -r "/proc/$pid/environ" ] && tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null \
    | grep -qxF "RT_SITE_CONFIG=$dir/RT_SiteConfig.pm" || return 1
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

need_rt() {
  [ -x "$RT_SERVER" ] && [ -x "$SETUP_DB" ] || die "Request Tracker is not installed (run: $0 install)"
}

write_conf() {  # DIR PORT: the whole site config, always regenerated from the folder and port
  local dir="$1" port="${2:-8080}"
  check_dir_name "$dir"
  mkdir -p "$dir/RT_SiteConfig.d" "$dir/var/mason_data" "$dir/var/session_data"
  cat >"$dir/RT_SiteConfig.pm.new" <<EOF
# Written by scripts/rt.sh for this folder; "start" and "clone" write it again.
Set(\$rtname, 'crm.test');
Set(\$Organization, 'crm.test');
Set(\$CorrespondAddress, 'service@crm.test');
Set(\$CommentAddress, 'service-comment@crm.test');
Set(\$Timezone, 'UTC');
Set(\$DatabaseType, 'SQLite');
Set(\$DatabaseName, '$dir/rtdb');
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $port);
Set(\$WebPath, '');
Set(\$WebBaseURL, 'http://127.0.0.1:$port');
# Outgoing mail (autoreplies, notifications) goes to var/<time>.mbox, never to an MTA.
Set(\$MailCommand, 'mbox');
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, 'warning');
Set(\$LogToFile, undef);
\$RT::VarPath = '$dir/var';
\$RT::MasonDataDir = '$dir/var/mason_data';
\$RT::MasonSessionDir = '$dir/var/session_data';
1;
EOF
  mv "$dir/RT_SiteConfig.pm.new" "$dir/RT_SiteConfig.pm"
}

# RT reads its config from these; the empty RT_SiteConfig.d stands in for
# /etc/request-tracker5/RT_SiteConfig.d, which would point at Debian's dbconfig database.
rt_env() {  # DIR, then a command
  local dir="$1"; shift
  env RT_SITE_CONFIG="$dir/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$dir/RT_SiteConfig.d" "$@"
}

port_in_use() {  # PORT: true when something listens on 127.0.0.1:PORT
  perl -MIO::Socket::INET -e 'exit(IO::Socket::INET->new(PeerAddr => "127.0.0.1", PeerPort => $ARGV[0], Timeout => 1) ? 0 : 1)' "$1"
}

free_port() {
  perl -MIO::Socket::INET -e 'my $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0, Listen => 1) or die "$!\n"; print $s->sockport, "\n"'
}

# wait_rest2 PORT TOKENFILE SECONDS PID: polls GET /REST/2.0/rt with the token. Prints "ready",
# "died" (PID exited) or "timeout" and returns non-zero unless ready.
wait_rest2() {
  perl -MLWP::UserAgent -e '
    my ($port, $tokenfile, $seconds, $pid) = @ARGV;
    open(my $fh, "<", $tokenfile) or die "$tokenfile: $!\n";
    chomp(my $token = <$fh>);
    my $ua = LWP::UserAgent->new(timeout => 5);
    my $deadline = time + $seconds;
    while (time < $deadline) {
      if (!kill(0, $pid)) { print "died\n"; exit 1 }
      my $r = $ua->get("http://127.0.0.1:$port/REST/2.0/rt", Authorization => "token $token");
      if ($r->code == 200) { print "ready\n"; exit 0 }
      select(undef, undef, undef, 0.2);
    }
    print "timeout\n"; exit 1;' "$@"
}

cmd_start() {  # DIR PORT
  local dir port pid workers="${RT_WORKERS:-2}"
  need_rt
  [ -d "$1" ] || die "no directory $1 (run: $0 init $1)"
  dir="$(cd "$1" && pwd)"; port="$2"
  [[ "$port" =~ ^[0-9]+$ ]] || die "bad port '$port'"
  [[ "$workers" =~ ^[1-9][0-9]*$ ]] || die "bad RT_WORKERS '$workers'"
  [ -s "$dir/rtdb" ] && [ -s "$dir/api-token" ] || die "$dir is not initialised (run: $0 init $dir)"
  if pid="$(running_pid "$dir")"; then
    if [ "$(conf_port "$dir")" = "$port" ]; then
      echo "http://127.0.0.1:$port/ (already running, pid $pid)"; return 0
    fi
    cmd_stop "$dir" >/dev/null
  fi
  port_in_use "$port" && die "port $port on 127.0.0.1 is already in use"
  write_conf "$dir" "$port"
  rm -f "$dir/rt-server.pid"
  # setsid + nohup: the server outlives this shell; stop it with "stop DIR". Without --host,
  # Plack would listen on all interfaces; Starlet's default of 10 workers is far too many.
  # Not through rt_env: a backgrounded shell function is a subshell, and $! would be its pid.
  # setsid and nohup exec in turn (setsid does not fork: a script's background job is
  # not a group leader), so $! is the server's own pid.
  RT_SITE_CONFIG="$dir/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$dir/RT_SiteConfig.d" \
    setsid nohup perl "$RT_SERVER" --server Starlet --host 127.0.0.1 --port "$port" \
    --max-workers "$workers" >>"$dir/rt-server.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$dir/rt-server.pid"
  local state
  if ! state="$(wait_rest2 "$port" "$dir/api-token" 60 "$pid")"; then
    if [ "$state" = died ]; then
      echo "rt.sh: rt-server exited during start-up; log tail ($dir/rt-server.log):" >&2
    else
      echo "rt.sh: REST2 did not answer on 127.0.0.1:$port within 60 s; log tail:" >&2
    fi
    tail -n 25 "$dir/rt-server.log" >&2 || true
    kill "$pid" 2>/dev/null || true
    rm -f "$dir/rt-server.pid"
    exit 1
  fi
  echo "http://127.0.0.1:$port/"
}

cmd_stop() {  # DIR
  local dir="$1" pid i
  [ -d "$dir" ] || { echo "stopped (no directory $dir)"; return 0; }
  dir="$(cd "$dir" && pwd)"
  if ! pid="$(running_pid "$dir")"; then
    rm -f "$dir/rt-server.pid"; echo "stopped (was not running)"; return 0
  fi
  # TERM to the Starlet parent, which stops and reaps its workers.
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 100); do
    alive "$pid" || break
    sleep 0.1
  done
  if alive "$pid"; then
    # Still there: take the whole session down (setsid made the server its leader).
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    sleep 0.2
  fi
  rm -f "$dir/rt-server.pid"
  echo "stopped (pid $pid)"
}

cmd_init() {  # DIR
  local dir t0 t
  dir="$(abs_dir "$1")"
  check_dir_name "$dir"
  [ -e "$dir/RT_SiteConfig.pm" ] && die "$dir already holds an instance; remove it first"
  t0="$(now)"
  echo "Initialising Request Tracker instance in $dir"
  t="$(now)"; cmd_install; need_rt; say_step "$t" "packages present"
  t="$(now)"
  write_conf "$dir" 8080   # the port is rewritten by "start"
  printf 'rt-root-pass\n' >"$dir/.rootpass"; chmod 600 "$dir/.rootpass"
  say_step "$t" "config"
  t="$(now)"
  if ! rt_env "$dir" "$SETUP_DB" --action init --root-password-file "$dir/.rootpass" \
      </dev/null >"$dir/setup.log" 2>&1; then
    tail -n 25 "$dir/setup.log" >&2
    die "rt-setup-database --action init failed (full log: $dir/setup.log)"
  fi
  say_step "$t" "schema and RT's core data"
  t="$(now)"
  rm -f "$dir/seed-ids.json" "$dir/api-token"
  if ! rt_env "$dir" SB_RT_DIR="$dir" "$SETUP_DB" --action insert --datafile "$SEED" \
      </dev/null >>"$dir/setup.log" 2>&1 || [ ! -s "$dir/seed-ids.json" ] || [ ! -s "$dir/api-token" ]; then
    tail -n 25 "$dir/setup.log" >&2
    die "seeding from $SEED failed (full log: $dir/setup.log)"
  fi
  say_step "$t" "queue, custom fields, users, tickets, token"
  # Which seed made this instance: the test fixture rebuilds its template when rt_seed.pl changes.
  sha256sum "$SEED" | cut -d' ' -f1 >"$dir/seed.sha256"
  echo "Initialised $dir in $(elapsed "$t0") s (ids: $dir/seed-ids.json)"
}

cmd_clone() {  # SRC DST
  local src dst
  [ -s "$1/rtdb" ] && [ -s "$1/api-token" ] || die "$1 is not an initialised instance"
  src="$(cd "$1" && pwd)"
  running_pid "$src" >/dev/null && die "$src is running; stop it before cloning"
  [ -e "$2" ] && [ -n "$(ls -A "$2" 2>/dev/null)" ] && die "$2 exists and is not empty"
  check_dir_name "$2"
  mkdir -p "$2"; dst="$(cd "$2" && pwd)"
  check_dir_name "$dst"
  cp -a "$src/rtdb" "$src/api-token" "$dst/"
  cp -a "$src/seed-ids.json" "$dst/" 2>/dev/null || true
  cp -a "$src/.rootpass" "$dst/" 2>/dev/null || true
  write_conf "$dst" "$(conf_port "$src")"
  echo "cloned $src -> $dst"
}

cmd_seed_bulk() {  # DIR N
  local dir t
  need_rt
  [ -s "$1/rtdb" ] && [ -s "$1/RT_SiteConfig.pm" ] || die "$1 is not an initialised instance"
  dir="$(cd "$1" && pwd)"
  [[ "$2" =~ ^[0-9]+$ ]] || die "bad count '$2'"
  # Written straight into the database: a running server's workers would not see a consistent
  # picture mid-run, and SQLite would make them wait on the write lock.
  running_pid "$dir" >/dev/null && die "$dir is running; stop it before seed-bulk"
  write_conf "$dir" "$(conf_port "$dir")"
  t="$(now)"
  rt_env "$dir" perl "$HERE/rt_seed_bulk.pl" "$2" || die "seed-bulk failed"
  say_step "$t" "$2 tickets with history"
}

cmd_demo() {  # DIR PORT
  [ -s "$1/rtdb" ] && [ -s "$1/seed-ids.json" ] || cmd_init "$1"
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
    free-port) free_port ;;
    demo) [ $# -eq 3 ] || { usage >&2; exit 2; }; cmd_demo "$2" "$3" ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
