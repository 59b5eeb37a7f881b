#!/usr/bin/env bash
# Builds the .deb from a built tree with cpack (no second build) and checks it as a person
# installing it would meet it: the files, the dependencies, the desktop entry, the AppStream
# metadata, the man page, and that the unpacked binary answers --version and `status` on an
# empty workspace. Run by ctest (label package); usage: check-package.sh BUILD_DIR VERSION
set -euo pipefail
BUILD_DIR="$(cd "$1" && pwd)"
VERSION="$2"
for tool in cpack dpkg-deb desktop-file-validate appstreamcli file man; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/deps.sh installs it)"; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

cpack --config "$BUILD_DIR/CPackConfig.cmake" -B "$WORK/out" >"$WORK/cpack.log" 2>&1 \
  || { cat "$WORK/cpack.log"; echo "FAIL: cpack"; exit 1; }
DEB="$WORK/out/salesbridge_${VERSION}_$(dpkg --print-architecture).deb"
[ -f "$DEB" ] || { ls -l "$WORK/out"; echo "FAIL: no $DEB"; exit 1; }
pass "built $(basename "$DEB") ($(stat -c %s "$DEB") bytes)"

# The files.
dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's|^\./|/|' >"$WORK/files"
expected=(/usr/bin/salesbridge
          /usr/share/applications/io.salesbridge.SalesBridge.desktop
          /usr/share/metainfo/io.salesbridge.SalesBridge.metainfo.xml
          /usr/share/man/man1/salesbridge.1.gz
          /usr/share/icons/hicolor/scalable/apps/salesbridge.svg)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/salesbridge.png")
done
for f in "${expected[@]}"; do
  grep -qxF "$f" "$WORK/files" && pass "has $f" || fail "the package lacks $f"
done
# Nothing outside /usr (no build paths, no /usr/local).
if grep -v '^/usr/' "$WORK/files" | grep -v '^/$' | grep -q .; then fail "files outside /usr: $(grep -v '^/usr/' "$WORK/files" | grep -v '^/$' | tr '\n' ' ')"; fi
if grep -q '^/usr/local' "$WORK/files"; then fail "files under /usr/local"; fi

# The control fields and the dependencies.
[ "$(dpkg-deb -f "$DEB" Package)" = salesbridge ] && pass "Package: salesbridge" || fail "Package field"
[ "$(dpkg-deb -f "$DEB" Version)" = "$VERSION" ] && pass "Version: $VERSION" || fail "Version field: $(dpkg-deb -f "$DEB" Version)"
[ -n "$(dpkg-deb -f "$DEB" Maintainer)" ] && pass "Maintainer set" || fail "no Maintainer"
DEPENDS="$(dpkg-deb -f "$DEB" Depends)"
echo "Depends: $DEPENDS"
dep_names="$(sed -e 's/([^)]*)//g' -e 's/[,|]/\n/g' -e 's/ //g' <<<"$DEPENDS")"
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6network6 libqt6charts6 \
           libqt6keychain1 libsqlite3-0 libical3 qt6-qpa-plugins libc6 libstdc++6; do
  grep -qxF "$dep" <<<"$dep_names" && pass "depends on $dep" || fail "Depends lacks $dep"
done
# Every package named exists in the archive this machine knows (a typo would make it uninstallable).
if command -v apt-cache >/dev/null && [ -n "$(ls /var/lib/apt/lists/ 2>/dev/null | grep -v -e lock -e partial)" ]; then
  names=$(sed -e 's/([^)]*)//g' -e 's/[,|]/ /g' <<<"$DEPENDS $(dpkg-deb -f "$DEB" Recommends)")
  # One look-up for all: apt-cache policy lists each package it knows under its name.
  # shellcheck disable=SC2086
  known="$(apt-cache policy $names 2>/dev/null | sed -n 's/^\([^ ].*\):$/\1/p')"
  before=$failures
  for name in $names; do
    grep -qxF "$name" <<<"$known" || fail "no package $name in the archive"
  done
  [ "$failures" = "$before" ] && pass "the archive knows all $(wc -w <<<"$names") packages named in Depends and Recommends"
fi

# Unpacked: the desktop entry, the metadata, the man page, the icons, the binary.
ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"
desktop-file-validate "$ROOT/usr/share/applications/io.salesbridge.SalesBridge.desktop" \
  && pass "desktop-file-validate" || fail "desktop-file-validate"
grep -qx 'Icon=salesbridge' "$ROOT/usr/share/applications/io.salesbridge.SalesBridge.desktop" || fail "the desktop entry's Icon is not salesbridge"
grep -q '^Categories=.*Office;' "$ROOT/usr/share/applications/io.salesbridge.SalesBridge.desktop" || fail "the desktop entry is not in Office"
appstreamcli validate --no-net "$ROOT/usr/share/metainfo/io.salesbridge.SalesBridge.metainfo.xml" \
  && pass "appstreamcli validate" || fail "appstreamcli validate"
grep -q "release version=\"$VERSION\"" "$ROOT/usr/share/metainfo/io.salesbridge.SalesBridge.metainfo.xml" \
  || fail "the metainfo does not name release $VERSION"
grep -q 'xml:lang="zh_CN"' "$ROOT/usr/share/metainfo/io.salesbridge.SalesBridge.metainfo.xml" || fail "the metainfo has no Chinese"
man_text="$(MANWIDTH=100 man --warnings -l "$ROOT/usr/share/man/man1/salesbridge.1.gz" 2>"$WORK/man.err")"
[ ! -s "$WORK/man.err" ] || fail "man page warnings: $(cat "$WORK/man.err")"
grep -q "salesbridge status" <<<"$man_text" && grep -q "$VERSION" <<<"$man_text" \
  && pass "man page renders" || fail "the man page does not render the commands and version"
for size in 16 48 512; do
  file "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/salesbridge.png" | grep -q "PNG image data, $size x $size" \
    && pass "icon ${size}x${size} is a PNG of that size" || fail "icon ${size}x${size}"
done
file "$ROOT/usr/bin/salesbridge" | grep -q "ELF.*stripped" && ! file "$ROOT/usr/bin/salesbridge" | grep -q "not stripped" \
  && pass "the binary is stripped" || fail "the binary is not stripped: $(file "$ROOT/usr/bin/salesbridge")"

# The binary, as a person without a display and with a fresh home would run it.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
       XDG_CACHE_HOME="$WORK/home/.cache"
mkdir -p "$HOME"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM LANGUAGE
out="$(LC_ALL=C.UTF-8 "$ROOT/usr/bin/salesbridge" --version 2>&1)" && rc=0 || rc=$?
[ "$rc" = 0 ] && [ "$out" = "SalesBridge $VERSION" ] && pass "--version: $out" || fail "--version answered ($rc) '$out'"
out="$(LC_ALL=C.UTF-8 "$ROOT/usr/bin/salesbridge" status 2>&1)" && rc=0 || rc=$?
echo "$out" | sed 's/^/    /'
[ "$rc" = 0 ] && pass "status exits 0" || fail "status exited $rc"
grep -q "^Workspace: $XDG_DATA_HOME/" <<<"$out" || fail "status names no workspace under the fresh home"
grep -q "pending 0, failed 0, conflicts 0, kept on this computer 0" <<<"$out" && pass "status on an empty workspace" \
  || fail "status does not say the empty workspace holds nothing"
# The catalogs are inside the binary: a Chinese desktop gets Chinese.
out="$(LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 "$ROOT/usr/bin/salesbridge" status 2>&1)" && rc=0 || rc=$?
echo "$out" | sed 's/^/    /'
[ "$rc" = 0 ] && grep -q "工作区" <<<"$out" && pass "status speaks Chinese under zh_CN" || fail "status under zh_CN ($rc): $out"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "the package is good: $(basename "$DEB")"
