#!/usr/bin/env bash
# scripts/rt.sh clone, stop and their refusals on a stand-in instance (files only, so no Request
# Tracker is needed): the copy's site config must name the copy's own database and runtime
# folders, even when the source was made under another name and renamed.
# Usage: rt_clone_test.sh [path/to/rt.sh]
set -euo pipefail
SCRIPT="${1:-$(cd "$(dirname "$0")/../.." && pwd)/scripts/rt.sh}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

made="$WORK/seeded.tmp"
mkdir -p "$made/RT_SiteConfig.d" "$made/var"
printf 'not empty' >"$made/rtdb"
echo '1-14-0123456789abcdef' >"$made/api-token"
echo '{}' >"$made/seed-ids.json"
cat >"$made/RT_SiteConfig.pm" <<CONF
Set(\$DatabaseName, '$made/rtdb');
Set(\$WebPort, 8123);
\$RT::VarPath = '$made/var';
1;
CONF
mv "$made" "$WORK/seeded"

copy="$WORK/copy"
bash "$SCRIPT" clone "$WORK/seeded" "$copy" >/dev/null || fail "clone of a renamed instance"
conf="$copy/RT_SiteConfig.pm"
grep -qxF "Set(\$DatabaseName, '$copy/rtdb');" "$conf" || fail "database: $(grep DatabaseName "$conf")"
grep -qxF "\$RT::VarPath = '$copy/var';" "$conf" || fail "var path: $(grep VarPath "$conf")"
grep -qxF "\$RT::MasonDataDir = '$copy/var/mason_data';" "$conf" || fail "mason data: $(grep MasonDataDir "$conf")"
grep -qxF "Set(\$WebPort, 8123);" "$conf" || fail "port not kept: $(grep WebPort "$conf")"
grep -q "seeded" "$conf" && fail "the copy still names the source folder"
[ -d "$copy/RT_SiteConfig.d" ] && [ -z "$(ls -A "$copy/RT_SiteConfig.d")" ] || fail "no empty RT_SiteConfig.d in the copy"
cmp -s "$WORK/seeded/api-token" "$copy/api-token" || fail "token not copied"

# Refusals, each with a non-zero exit and a message.
out="$(bash "$SCRIPT" clone "$WORK/seeded" "$copy" 2>&1)" && fail "clone into a non-empty folder succeeded"
grep -q "not empty" <<<"$out" || fail "unclear message: $out"
mkdir -p "$WORK/empty"
out="$(bash "$SCRIPT" clone "$WORK/empty" "$WORK/copy2" 2>&1)" && fail "clone of an empty folder succeeded"
grep -q "not an initialised instance" <<<"$out" || fail "unclear message: $out"
out="$(bash "$SCRIPT" clone "$WORK/seeded" "$WORK/it's" 2>&1)" && fail "a folder name with a quote was accepted"
# A copy of a copy names its own folder too.
bash "$SCRIPT" clone "$copy" "$WORK/copy3" >/dev/null || fail "clone of a clone"
grep -qxF "Set(\$DatabaseName, '$WORK/copy3/rtdb');" "$WORK/copy3/RT_SiteConfig.pm" || fail "copy of a copy"
# stop is fine when nothing runs; a bad command is a usage error.
bash "$SCRIPT" stop "$copy" >/dev/null || fail "stop of a stopped instance"
set +e; bash "$SCRIPT" bogus >/dev/null 2>&1; rc=$?; set -e
[ "$rc" -eq 2 ] || fail "unknown command exit code $rc"
echo "PASS"
