#!/usr/bin/env bash
# Installs the Debian 12 packages SalesBridge needs to build, run and test. Installs only what
# is missing, so a second run costs a second. Uses sudo when not root.
set -euo pipefail

PACKAGES=(
  cmake g++ ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev qtkeychain-qt6-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
  libxkbcommon-dev libgl-dev
  xvfb xauth gnome-keyring dbus-x11 fonts-wqy-microhei
  # Tryton 6.0 ERP for the integration tests (scripts/tryton.sh keeps the same list)
  tryton-server tryton-modules-country tryton-modules-currency tryton-modules-party
  tryton-modules-company tryton-modules-product tryton-modules-stock tryton-modules-account
  tryton-modules-account-product tryton-modules-account-invoice
  tryton-modules-account-invoice-stock tryton-modules-sale tryton-modules-sale-opportunity
  tryton-modules-sale-complaint python3-tz python3-phonenumbers
  # Request Tracker 5 with its standalone server and SQLite, no Apache (scripts/rt.sh keeps
  # the same list). Pulls in exim4 as default-mta; RT itself writes mail to an mbox file.
  request-tracker5 rt5-standalone rt5-db-sqlite w3m
  # The OA calendar over CalDAV: libical for the iCalendar codec, Radicale 3.1 as the server of
  # the integration tests (scripts/radicale.sh keeps the same list)
  libical-dev radicale
  # Quote documents: Chinese glyphs in the PDF, the mail hand-off (xdg-email), and the tests
  # that turn the PDF into an image and text (pdftoppm, pdftotext)
  fonts-noto-cjk fonts-noto-core xdg-utils poppler-utils
  # The .deb (scripts/package.sh, ctest -L package): icons rendered from the SVG, dpkg-shlibdeps,
  # and the checks of the desktop entry, the AppStream metadata and the man page
  librsvg2-bin
  dpkg-dev
  desktop-file-utils
  appstream
  file
  man-db
  # The sanitizer build and the fuzz targets (scripts/test-sanitizers.sh, scripts/fuzz.sh):
  # clang 14 with its ASan/UBSan/libFuzzer runtimes, llvm-symbolizer for readable stacks, lld
  clang libclang-rt-14-dev llvm lld
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
