#!/usr/bin/env bash
# Twenty reps on one ERP: a load program (not a CI test). Runs Tryton 6.0 on its own PostgreSQL
# instance (127.0.0.1 only, trust), seeds the demo data and N bulk parties, then runs R headless
# SalesBridge workspaces (tests/load/load_rep, one process each) that edit and sync every
# INTERVAL seconds for D minutes while an ERP-side script edits the same customers over
# JSON-RPC. Ends with a final sync of every workspace and the checks (scripts/load_check.py):
# no duplicate in Tryton, no lost edit, every workspace equal to the server. Exit 0 when all
# checks pass, 1 when one fails, 2 when the run could not be made.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: scripts/load-test.sh [OPTIONS]
  --parties N     bulk parties seeded besides the demo data (default 100000)
  --reps R        workspaces, one process each (default 20)
  --minutes D     length of the editing phase (default 10)
  --interval S    seconds between two cycles of one workspace (default 30)
  --dir DIR       working folder (default /var/tmp/salesbridge-load); the seeded database is
                  kept there per party count and copied for each run
  --build DIR     build tree holding tests/load/load_rep (default ./build)
  --fresh         rebuild the seeded database even when one is kept
  --erp-indexes   index write_date and create_date of the tables the sync reads by date and give
                  those columns finer statistics, as an ERP administrator would (off: the run
                  measures a stock Tryton)
  --erp-pool N    trytond keeps N idle PostgreSQL connections ([database] minconn; stock: 1,
                  so under concurrent requests it closes a connection after each and opens a new
                  one, a new PostgreSQL backend each time)
  --explore C     no editing phase: one workspace runs C cycles without edits, then C with edits,
                  then 5 workspaces at once C cycles each with edits, on the stock database, then
                  again after the indexes of --erp-indexes, then once more without; PostgreSQL
                  counts its statements (pg_stat_statements) and each phase prints its CPU per
                  cycle and its costliest statements (DIR/run/explore-*.txt). The first-synced
                  workspace is kept as DIR/base-N.sqlite for the next --explore.
Prints the report; DIR/run holds the logs (rep-*.log, rep-*.jsonl, erp.jsonl, trytond.log).
EOF
}

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY=/usr/bin/python3          # trytond's and psycopg2's interpreter (Debian packages)
[ -x "$PY" ] || PY=python3
RPC="$HERE/tryton_rpc.py"
SEED="$HERE/tryton_seed.py"
DB=crm
PG_PACKAGES=(postgresql python3-psycopg2)

PARTIES=100000 REPS=20 MINUTES=10 INTERVAL=30
WORK=/var/tmp/salesbridge-load BUILD="$PWD/build" FRESH=0 ERP_INDEXES=0 EXPLORE=0 ERP_POOL=0
while [ $# -gt 0 ]; do
  case "$1" in
    --parties) PARTIES="$2"; shift 2 ;;
    --reps) REPS="$2"; shift 2 ;;
    --minutes) MINUTES="$2"; shift 2 ;;
    --interval) INTERVAL="$2"; shift 2 ;;
    --dir) WORK="$2"; shift 2 ;;
    --build) BUILD="$2"; shift 2 ;;
    --fresh) FRESH=1; shift ;;
    --erp-indexes) ERP_INDEXES=1; shift ;;
    --explore) EXPLORE="$2"; shift 2 ;;
    --erp-pool) ERP_POOL="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
for v in "$PARTIES" "$REPS" "$MINUTES" "$INTERVAL" "$EXPLORE" "$ERP_POOL"; do
  [[ "$v" =~ ^[0-9]+$ ]] || { echo "load-test.sh: '$v' is not a whole number" >&2; exit 2; }
done

die() { echo "load-test.sh: $*" >&2; exit 2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
say_step() { printf '  %-56s %7s s\n' "$2" "$(elapsed "$1")"; }

REP_BIN="$BUILD/tests/load/load_rep"

install_packages() {  # the Tryton packages, then PostgreSQL and its Python driver
  bash "$HERE/tryton.sh" install
  local missing=() p sudo=""
  for p in "${PG_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# --- PostgreSQL: one instance in a folder, owned by these scripts ---------------------------
PG_BIN=""
find_pg_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { PG_BIN="$d"; return 0; }
  done
  die "no PostgreSQL server binaries under /usr/lib/postgresql (package postgresql)"
}

# PostgreSQL refuses to run as root: as root the instance belongs to the postgres user.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_init() {  # PGDIR PORT: a new cluster, TCP on 127.0.0.1 only, trust there, no unix socket
  local pgdir="$1" port="$2"
  mkdir -p "$pgdir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pgdir"
  chmod 700 "$pgdir"
  as_pg "$PG_BIN/initdb" -D "$pgdir" -U tryton -E UTF8 --locale=C.UTF-8 -A reject >"$pgdir.initdb.log" 2>&1 \
    || { tail -n 20 "$pgdir.initdb.log" >&2; die "initdb failed"; }
  as_pg sh -c "cat > '$pgdir/pg_hba.conf'" <<'EOF'
# Written by scripts/load-test.sh: the load program's own instance, loopback only.
host all tryton 127.0.0.1/32 trust
EOF
  as_pg sh -c "cat >> '$pgdir/postgresql.conf'" <<EOF
# scripts/load-test.sh
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
max_connections = 200
shared_buffers = 256MB
EOF
}

pg_start() {  # PGDIR PORT
  as_pg sed -i "s/^port = .*/port = $2/" "$1/postgresql.conf"
  touch "$1.log"; [ "$(id -u)" -eq 0 ] && chown postgres "$1.log"
  as_pg "$PG_BIN/pg_ctl" -D "$1" -l "$1.log" -w -t 60 start >/dev/null \
    || { tail -n 20 "$1.log" >&2; die "PostgreSQL did not start (log: $1.log)"; }
}

pg_stop() {  # PGDIR; fine if not running
  [ -f "$1/postmaster.pid" ] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$1" -m fast -w -t 60 stop >/dev/null 2>&1 || true
}

pg_pid() { head -n 1 "$1/postmaster.pid"; }

# --- trytond on that instance -----------------------------------------------------------------
write_conf() {  # DIR TRYTON_PORT PG_PORT
  mkdir -p "$1/www"
  cat >"$1/trytond.conf" <<EOF
# Written by scripts/load-test.sh.
[database]
uri = postgresql://tryton@127.0.0.1:$3/
language = en
list = True
$([ "${ERP_POOL:-0}" -gt 0 ] && echo "minconn = $ERP_POOL")

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

TRYTOND_PID=""
trytond_start() {  # DIR PORT
  setsid nohup trytond -c "$1/trytond.conf" -d "$DB" --pidfile "$1/trytond.pid" \
    >>"$1/trytond.log" 2>&1 </dev/null &
  TRYTOND_PID=$!
  local state
  if ! state="$("$PY" "$RPC" wait "http://127.0.0.1:$2/" 60 "$TRYTOND_PID")"; then
    tail -n 25 "$1/trytond.log" >&2 || true
    die "trytond did not answer on 127.0.0.1:$2 ($state)"
  fi
}

trytond_stop() {
  [ -n "$TRYTOND_PID" ] || return 0
  kill -TERM "$TRYTOND_PID" 2>/dev/null || true
  local i
  for i in $(seq 50); do [ -d "/proc/$TRYTOND_PID" ] || break; sleep 0.1; done
  kill -KILL "$TRYTOND_PID" 2>/dev/null || true
  TRYTOND_PID=""
}

cpu_of() {  # PID: user + system CPU seconds of the process (all threads)
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$1/stat"
}

pg_cpu() {  # PGDIR: the postmaster, its live children, and the children it has reaped
  local pm; pm="$(pg_pid "$1")"
  { awk '{ sub(/.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$pm/stat"
    for c in $(ps -o pid= --ppid "$pm"); do
      awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$c/stat" 2>/dev/null || true
    done; } | awk -v hz="$(getconf CLK_TCK)" '{ s += $1 } END { printf "%.2f", s / hz }'
}

# --- the seeded database, made once per party count ---------------------------------------------
build_template() {  # TDIR
  local tdir="$1" t pgport port modules
  rm -rf "$tdir"; mkdir -p "$tdir"; chmod 755 "$tdir"
  pgport="$("$PY" "$RPC" free-port)"; port="$("$PY" "$RPC" free-port)"
  t="$(now)"; pg_init "$tdir/pg" "$pgport"; pg_start "$tdir/pg" "$pgport"
  as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$pgport" -U tryton -E UTF8 -T template0 "$DB"
  say_step "$t" "PostgreSQL instance and database $DB"
  write_conf "$tdir" "$port" "$pgport"
  printf 'admin\n' >"$tdir/.adminpass"; chmod 600 "$tdir/.adminpass"
  t="$(now)"
  read -r -a modules <<<"$(bash "$HERE/tryton.sh" modules)"
  TRYTONPASSFILE="$tdir/.adminpass" trytond-admin -c "$tdir/trytond.conf" -d "$DB" -u "${modules[@]}" \
    --activate-dependencies --email admin@example.com </dev/null >"$tdir/trytond-admin.log" 2>&1 \
    || { tail -n 25 "$tdir/trytond-admin.log" >&2; die "trytond-admin failed (log: $tdir/trytond-admin.log)"; }
  say_step "$t" "trytond-admin: ${#modules[@]} modules + dependencies"
  t="$(now)"; trytond_start "$tdir" "$port"
  "$PY" "$SEED" demo "http://127.0.0.1:$port/" "$tdir/seed-ids.json" >/dev/null
  say_step "$t" "demo data seeded over JSON-RPC"
  t="$(now)"
  "$PY" "$SEED" bulk "http://127.0.0.1:$port/" "$PARTIES" | tail -n 1
  say_step "$t" "$PARTIES bulk parties seeded"
  trytond_stop; pg_stop "$tdir/pg"
  touch "$tdir/ready"
}

# --- what an ERP administrator may add, and the statements' costs (--erp-indexes, --explore) ---------
sql() {  # PGPORT SQL...: psql on the copy, stops at the first error
  local port="$1"; shift
  psql -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U tryton -d "$DB" "$@"
}

# The tables the sync reads by date ("write_date >= T OR create_date >= T" every cycle). Stock
# Tryton indexes neither column, so each such read scans the whole table. The indexes alone are
# not enough: records made in batches share a few hundred timestamps, the default statistics
# (100 buckets) then count thousands of rows after any T, and with "ORDER BY id LIMIT 500" the
# planner walks the whole primary key instead; 1,000 buckets make it use the two indexes.
DATED_TABLES=(party_party party_address party_contact_mechanism party_identifier sale_opportunity
  sale_sale sale_line ir_note product_product stock_location stock_shipment_out account_invoice
  sale_complaint party_category)
erp_indexes() {  # PGPORT
  local t stmts=""
  for t in "${DATED_TABLES[@]}"; do
    stmts+="CREATE INDEX IF NOT EXISTS sb_load_${t}_write_date ON $t (write_date);"
    stmts+="CREATE INDEX IF NOT EXISTS sb_load_${t}_create_date ON $t (create_date);"
    stmts+="ALTER TABLE $t ALTER COLUMN write_date SET STATISTICS 1000, ALTER COLUMN create_date SET STATISTICS 1000;"
    stmts+="ANALYZE $t;"
  done
  sql "$1" -c "$stmts" || die "could not create the indexes on write_date and create_date"
}

erp_indexes_drop() {  # PGPORT: back to the stock database (--explore)
  local t stmts=""
  for t in "${DATED_TABLES[@]}"; do
    stmts+="DROP INDEX IF EXISTS sb_load_${t}_write_date; DROP INDEX IF EXISTS sb_load_${t}_create_date;"
    stmts+="ALTER TABLE $t ALTER COLUMN write_date SET STATISTICS -1, ALTER COLUMN create_date SET STATISTICS -1;"
    stmts+="ANALYZE $t;"
  done
  sql "$1" -c "$stmts" || die "could not drop the indexes on write_date and create_date"
}

erp_changes() {  # for the report: what the run changed in the ERP
  local c=()
  [ "$ERP_INDEXES" -eq 1 ] && c+=("indexes and statistics on write_date and create_date")
  [ "$ERP_POOL" -gt 0 ] && c+=("trytond minconn = $ERP_POOL")
  [ ${#c[@]} -gt 0 ] || c=("stock Tryton")
  local IFS=';'; echo "${c[*]}" | sed 's/;/, /g'
}

explore_phase() {  # NAME URL PGPORT REP W [load_rep options]: W workspaces at once, EXPLORE cycles each
  local name="$1" url="$2" pgport="$3" rep="$4" ws="$5" n cpu0 cpu1 pg0 pg1 w k pids=() bad=0
  shift 5
  n=$((EXPLORE * ws))
  for k in $(seq "$ws"); do [ -f "$RUN/ws-$k.sqlite" ] || cp "$RUN/ws-1.sqlite" "$RUN/ws-$k.sqlite"; done
  sql "$pgport" -c "SELECT pg_stat_statements_reset()" >/dev/null
  cpu0="$(cpu_of "$TRYTOND_PID")"; pg0="$(pg_cpu "$PGDIR")"
  for k in $(seq "$ws"); do
    "$REP_BIN" --url "$url" --workspace "$RUN/ws-$k.sqlite" --rep "$((rep * 10 + k))" --reps 100 --minutes 600 --interval 1 \
      --cycles "$EXPLORE" "$@" --log "$RUN/explore-$name.jsonl" >>"$RUN/explore-$name.log" 2>&1 &
    pids+=($!); REP_PIDS+=($!)  # cleanup() ends them if the script is stopped
  done
  for k in "${pids[@]}"; do wait "$k" || bad=1; done
  REP_PIDS=()
  [ "$bad" -eq 0 ] || { tail -n 20 "$RUN/explore-$name.log" >&2; die "the $name cycles failed (log: $RUN/explore-$name.log)"; }
  cpu1="$(cpu_of "$TRYTOND_PID")"; pg1="$(pg_cpu "$PGDIR")"
  w="$(awk -F'"ms":' '/"cycle"/ { split($2, a, ","); s += a[1]; c++ } END { if (c) printf "%.0f", s / c }' "$RUN/explore-$name.jsonl")"
  awk -v n="$n" -v ws="$ws" -v name="$name" -v a="$pg0" -v b="$pg1" -v c="$cpu0" -v d="$cpu1" -v w="$w" 'BEGIN {
    printf "  %-16s %d workspace(s), %d cycles: PostgreSQL CPU %.0f ms, trytond CPU %.0f ms per cycle; cycle wall %s ms (mean)\n",
      name, ws, n, 1000 * (b - a) / n, 1000 * (d - c) / n, w }'
  sql "$pgport" -F $'\t' -c "
    SELECT round(calls::numeric / $n, 1), round((total_exec_time / $n)::numeric, 1),
           round(rows::numeric / greatest(calls, 1), 1), regexp_replace(query, '\s+', ' ', 'g')
      FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
     ORDER BY total_exec_time DESC LIMIT 100" >"$RUN/explore-$name.txt"
  sql "$pgport" -c "SELECT round((sum(total_exec_time) / $n)::numeric, 1), round(sum(calls)::numeric / $n, 1)
      FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())" \
    | awk -F'|' '{ printf "    statements: %s ms per cycle in %s calls; the costliest (calls, ms, rows a call per cycle):\n", $1, $2 }'
  head -n 4 "$RUN/explore-$name.txt" | awk -F'\t' '{ printf "    %6s %8s %8s  %s\n", $1, $2, $3, substr($4, 1, 110) }'
}

explore() {  # URL PGPORT TDIR
  local url="$1" pgport="$2" tdir="$3" base="$WORK/base-$PARTIES.sqlite" t
  if [ ! -f "$base" ] || [ "$base" -ot "$tdir/ready" ]; then
    t="$(now)"
    "$REP_BIN" --url "$url" --workspace "$RUN/base.sqlite" --first-sync --log "$RUN/base.jsonl" \
      >"$RUN/base.log" 2>&1 || { tail -n 20 "$RUN/base.log" >&2; die "the first sync failed (log: $RUN/base.log)"; }
    cp "$RUN/base.sqlite" "$base"
    say_step "$t" "first sync of one workspace (kept as $base)"
  fi
  cp "$base" "$RUN/ws-1.sqlite"
  sql "$pgport" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" || die "no pg_stat_statements"
  echo "One workspace, $EXPLORE cycles a phase (statements in $RUN/explore-*.txt, those over 50 ms"
  echo "with their values in $PGDIR.log); the first phase warms trytond's and PostgreSQL's caches:"
  explore_phase warm-up "$url" "$pgport" 1 1
  explore_phase stock-reads "$url" "$pgport" 2 1 --no-edits
  explore_phase stock-edits "$url" "$pgport" 3 1
  explore_phase stock-edits-x5 "$url" "$pgport" 4 5
  t="$(now)"; erp_indexes "$pgport"; say_step "$t" "indexes and statistics on write_date and create_date (${#DATED_TABLES[@]} tables)"
  explore_phase indexed-reads "$url" "$pgport" 5 1 --no-edits
  explore_phase indexed-edits "$url" "$pgport" 6 1
  explore_phase indexed-edits-x5 "$url" "$pgport" 7 5
  erp_indexes_drop "$pgport"; echo "  indexes dropped, statistics back to the default"
  explore_phase stock-again "$url" "$pgport" 8 1 --no-edits
}

# --- the run ----------------------------------------------------------------------------------------
RUN="" PGDIR="" REP_PIDS=() ERP_PID=""
cleanup() {
  local p
  for p in "${REP_PIDS[@]}" $ERP_PID; do kill "$p" 2>/dev/null || true; done
  trytond_stop
  [ -n "$PGDIR" ] && pg_stop "$PGDIR"
  return 0
}
trap cleanup EXIT
trap 'exit 2' INT TERM

main() {
  local t0 t tdir port pgport url i cpu0 cpu1 pg0 pg1 wall0 wall1 rc=0
  t0="$(now)"
  if [ "$EXPLORE" -gt 0 ]; then
    echo "Explore: $PARTIES bulk parties, one workspace then five, $EXPLORE cycles a phase"
  else
    echo "Load: $PARTIES bulk parties, $REPS workspaces, $MINUTES min, a cycle every $INTERVAL s"
  fi
  t="$(now)"; install_packages; find_pg_bin; say_step "$t" "packages present ($PG_BIN)"
  mkdir -p "$WORK"; WORK="$(cd "$WORK" && pwd)"; chmod 755 "$WORK"
  tdir="$WORK/template-$PARTIES"
  if [ "$FRESH" -eq 1 ] || [ ! -f "$tdir/ready" ]; then
    echo "Building the seeded database in $tdir (kept for later runs)"
    build_template "$tdir"
  else
    echo "Using the seeded database in $tdir (--fresh rebuilds it)"
  fi

  [ -x "$REP_BIN" ] || die "no $REP_BIN (build it: cmake --build $BUILD --target load_rep)"
  REP_BIN="$(cd "$(dirname "$REP_BIN")" && pwd)/load_rep"
  RUN="$WORK/run"; rm -rf "$RUN"; mkdir -p "$RUN"; chmod 755 "$RUN"
  t="$(now)"
  PGDIR="$RUN/pg"
  cp -a "$tdir/pg" "$PGDIR"; rm -f "$PGDIR/postmaster.pid"
  [ "$EXPLORE" -gt 0 ] && as_pg sh -c "cat >> '$PGDIR/postgresql.conf'" <<'EOF'
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
log_min_duration_statement = 50
EOF
  pgport="$("$PY" "$RPC" free-port)"; port="$("$PY" "$RPC" free-port)"
  pg_start "$PGDIR" "$pgport"
  write_conf "$RUN" "$port" "$pgport"
  trytond_start "$RUN" "$port"
  url="http://127.0.0.1:$port"
  say_step "$t" "copy started: PostgreSQL :$pgport, trytond :$port"
  [ "$ERP_POOL" -gt 0 ] && echo "  trytond keeps $ERP_POOL idle PostgreSQL connections (--erp-pool)"
  if [ "$EXPLORE" -gt 0 ]; then
    explore "$url" "$pgport" "$tdir"
    echo "Whole run: $(elapsed "$t0") s; logs in $RUN"
    return 0
  fi
  if [ "$ERP_INDEXES" -eq 1 ]; then
    t="$(now)"; erp_indexes "$pgport"; say_step "$t" "indexes and statistics on write_date and create_date (--erp-indexes)"
  fi

  # One first sync, copied to every workspace: the reps' laptops start from the same cache.
  t="$(now)"
  "$REP_BIN" --url "$url" --workspace "$RUN/base.sqlite" --first-sync --log "$RUN/base.jsonl" \
    >"$RUN/base.log" 2>&1 || { tail -n 20 "$RUN/base.log" >&2; die "the first sync failed (log: $RUN/base.log)"; }
  say_step "$t" "first sync of one workspace (copied to the $REPS)"
  for i in $(seq "$REPS"); do
    cp "$RUN/base.sqlite" "$RUN/ws-$i.sqlite"
  done

  "$PY" "$HERE/load_erp_editor.py" hot "$url/" "$RUN/hot.json" | sed 's/^/  /'
  echo "Editing and syncing for $MINUTES min..."
  cpu0="$(cpu_of "$TRYTOND_PID")"; pg0="$(pg_cpu "$PGDIR")"; wall0="$(now)"
  for i in $(seq "$REPS"); do
    "$REP_BIN" --url "$url" --workspace "$RUN/ws-$i.sqlite" --rep "$i" --reps "$REPS" --minutes "$MINUTES" \
      --interval "$INTERVAL" --hot "$RUN/hot.json" --log "$RUN/rep-$i.jsonl" >"$RUN/rep-$i.log" 2>&1 &
    REP_PIDS+=($!)
  done
  "$PY" "$HERE/load_erp_editor.py" edit "$url/" --hot "$RUN/hot.json" --minutes "$MINUTES" --log "$RUN/erp.jsonl" \
    >"$RUN/erp.log" 2>&1 &
  ERP_PID=$!
  for i in "${!REP_PIDS[@]}"; do
    wait "${REP_PIDS[$i]}" || { echo "  workspace $((i + 1)) ended with an error (log: $RUN/rep-$((i + 1)).log)"; rc=1; }
  done
  wait "$ERP_PID" || { echo "  the ERP-side editor ended with an error (log: $RUN/erp.log)"; rc=1; }
  REP_PIDS=(); ERP_PID=""
  cpu1="$(cpu_of "$TRYTOND_PID")"; pg1="$(pg_cpu "$PGDIR")"; wall1="$(now)"

  # Final syncs: each workspace sends what it still holds, then all read what the others sent.
  t="$(now)"
  for round in send read; do
    for i in $(seq "$REPS"); do
      "$REP_BIN" --url "$url" --workspace "$RUN/ws-$i.sqlite" --rep "$i" --final \
        --log "$RUN/final-$round-$i.jsonl" >>"$RUN/final-$i.log" 2>&1 \
        || { echo "  final sync ($round) of workspace $i failed (log: $RUN/final-$i.log)"; rc=1; }
    done
  done
  say_step "$t" "final syncs (send, then read) of the $REPS workspaces"

  echo
  "$PY" "$HERE/load_check.py" --pg "127.0.0.1:$pgport" --run "$RUN" --reps "$REPS" \
    --trytond-cpu "$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { print b - a }')" \
    --postgres-cpu "$(awk -v a="$pg0" -v b="$pg1" 'BEGIN { print b - a }')" \
    --wall "$(awk -v a="$wall0" -v b="$wall1" 'BEGIN { print b - a }')" \
    --parties "$PARTIES" --minutes "$MINUTES" --interval "$INTERVAL" --erp "$(erp_changes)" || rc=1
  echo "Whole run: $(elapsed "$t0") s; logs in $RUN"
  return "$rc"
}

main
