#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Beredning needs to build, run and test,
# but only when one of them is missing. Sourced by run.sh and test.sh.
set -euo pipefail

BEREDNING_PACKAGES=(
  build-essential pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libsqlite3-dev
  libqpdf-dev liblcms2-dev librsvg2-dev libjson-glib-dev libzip-dev python3-pikepdf qpdf
  desktop-file-utils appstream sqlite3 poppler-utils
  xvfb xauth dbus dbus-x11 at-spi2-core python3-gi gir1.2-atspi-2.0 valgrind
  locales fonts-cantarell adwaita-icon-theme librsvg2-common shared-mime-info xdotool faketime
)

# For the test runs of tools/test.sh only: LibreOffice opens the exported
# OpenDocument text (tests/odt.sh) and the CSV (tests/test-export.c).
BEREDNING_TEST_PACKAGES=(libreoffice-writer-nogui libreoffice-calc-nogui)

# For the fuzz run of tools/test.sh only.
BEREDNING_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

beredning_missing_packages () {
  local missing=()
  for package in "${BEREDNING_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  echo "${missing[@]:-}"
}

beredning_install_deps () {
  local missing sudo=""
  missing=$(beredning_missing_packages "$@")
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  if [ -n "$missing" ]; then
    echo "Installing: $missing"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
  fi
  # Swedish locale, so that the app can run in Swedish with LANG=sv_SE.UTF-8.
  if ! locale -a 2>/dev/null | grep -qi '^sv_SE\.utf-\?8$'; then
    if [ -f /etc/locale.gen ]; then
      $sudo sed -i 's/^# *sv_SE.UTF-8 UTF-8/sv_SE.UTF-8 UTF-8/' /etc/locale.gen
      grep -q '^sv_SE.UTF-8 UTF-8' /etc/locale.gen || echo 'sv_SE.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
      $sudo locale-gen >/dev/null
    fi
  fi
}

# Everything: the app, the tests and the benchmarks.
beredning_build () {
  local build_dir=$1
  shift
  if [ ! -f "$build_dir/build.ninja" ]; then
    meson setup "$build_dir" "$@"
  fi
  meson compile -C "$build_dir"
}

# Only what the app needs to run from the build folder: the program (its
# resources are compiled in), the compiled settings schema and the
# translations. The tests wait for beredning_build.
beredning_build_app () {
  local build_dir=$1
  shift
  if [ ! -f "$build_dir/build.ninja" ]; then
    meson setup "$build_dir" "$@"
  fi
  meson compile -C "$build_dir" beredning gsettings-compile-data beredning-gmo
}
