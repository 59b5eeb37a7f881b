#!/usr/bin/env bash
# scripts/tryton.sh clone of an instance that was made under another name and renamed (how
# bench_tryton keeps its seeded database): the copy's conf must name the copy's own folders.
# Needs no trytond: clone only copies files. Usage: tryton_clone_test.sh [path/to/tryton.sh]
set -euo pipefail
SCRIPT="${1:-$(cd "$(dirname "$0")/../.." && pwd)/scripts/tryton.sh}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

made="$WORK/seeded.tmp"
mkdir -p "$made/db" "$made/www"
printf 'not empty' >"$made/db/crm.sqlite"
echo '{}' >"$made/seed-ids.json"
cat >"$made/trytond.conf" <<CONF
[database]
uri = sqlite://
path = $made/db
language = en

[web]
listen = 127.0.0.1:8000
root = $made/www
CONF
mv "$made" "$WORK/seeded"

for round in 1 2; do   # a second run meets the same renamed folder again
  rm -rf "$WORK/copy"
  bash "$SCRIPT" clone "$WORK/seeded" "$WORK/copy" >/dev/null || fail "clone of a renamed instance (round $round)"
  grep -qxF "path = $WORK/copy/db" "$WORK/copy/trytond.conf" || fail "database path: $(grep '^path' "$WORK/copy/trytond.conf")"
  grep -qxF "root = $WORK/copy/www" "$WORK/copy/trytond.conf" || fail "web root: $(grep '^root' "$WORK/copy/trytond.conf")"
  grep -qxF "listen = 127.0.0.1:8000" "$WORK/copy/trytond.conf" || fail "other settings were changed"
done
# A copy of a copy names its own folder too.
bash "$SCRIPT" clone "$WORK/copy" "$WORK/copy2" >/dev/null || fail "clone of a clone"
grep -qxF "path = $WORK/copy2/db" "$WORK/copy2/trytond.conf" || fail "copy of a copy"
echo "PASS"
