#!/usr/bin/env bash
# Takes the screenshots the AppStream metadata shows (data/screenshots/): one
# per main view, of the app built here on a new demo register, in English, in
# the light style, at 1100×700. Run it again when the interface changes, and
# look at the pictures before committing them.
#   bash tools/screenshots.sh [OUTPUT_DIR]   (default: data/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh

out_dir=$(realpath -m "${1:-data/screenshots}")
width=1100
height=700
# The view each picture shows, and the picture's name.
views=(agenda:agenda networks:networks reports:reports)

beredning_install_deps imagemagick
beredning_build_app _build
mkdir -p "$out_dir"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Nothing of the user's: a register, settings and data folders of its own.
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
export GSETTINGS_BACKEND=keyfile GTK_USE_PORTAL=0 GTK_A11Y=none
export GDK_BACKEND=x11 GDK_DEBUG=gl-disable GSK_RENDERER=cairo
export ADW_DEBUG_COLOR_SCHEME=prefer-light
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
unset DISPLAY WAYLAND_DISPLAY

# GNOME's font, as a GNOME session sets it (without one GTK takes "Sans 10").
mkdir -p "$XDG_CONFIG_HOME/gtk-4.0"
printf '[Settings]\ngtk-font-name=Cantarell 11\n' > "$XDG_CONFIG_HOME/gtk-4.0/settings.ini"

meson devenv -C _build ./src/beredning --database="$work/demo.db" --init-demo

# shoot VIEW FILE: opens the app on VIEW, waits until it is drawn, and saves
# the window's picture in FILE. Runs inside the virtual display.
cat > "$work/shoot.sh" <<'SHOOT'
set -euo pipefail
view=$1 file=$2
mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"
cat > "$XDG_CONFIG_HOME/glib-2.0/settings/keyfile" <<SETTINGS
[io/github/beredning/Beredning]
last-view='$view'
window-width=$WIDTH
window-height=$HEIGHT
window-maximized=false
demo-offered=true
SETTINGS
meson devenv -C _build ./src/beredning --database="$WORK/demo.db" &
app=$!
window=$(timeout 30 xdotool search --sync --onlyvisible --class beredning | head -n 1)
# The lists fill from a worker thread: give them time to be drawn.
sleep 4
geometry=$(xdotool getwindowgeometry "$window" | sed -n 's/.*Geometry: //p')
if [ "$geometry" != "${WIDTH}x$HEIGHT" ]; then
  echo "The window is $geometry, not ${WIDTH}x$HEIGHT" >&2
  kill "$app"
  exit 1
fi
import -window "$window" "$file"
kill "$app"
wait "$app" || true
SHOOT

for entry in "${views[@]}"; do
  view=${entry%%:*}
  file="$out_dir/${entry#*:}.png"
  WORK=$work WIDTH=$width HEIGHT=$height \
    xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" dbus-run-session -- \
    bash "$work/shoot.sh" "$view" "$file"
  # No dates of the run in the file, so that pictures taken again of an
  # unchanged interface are byte for byte the same.
  convert "$file" -strip "$file"
  echo "$file"
done
