#!/usr/bin/env bash
# own-display.sh COMMAND [ARGS…]: runs COMMAND on an X display and a session
# bus of its own, so that a test that presses real keys (xdotool) or reads
# the accessibility tree can run beside the other tests: no other window is
# on its display, and no other instance of the program on its bus. Xvfb
# chooses a free display itself (-displayfd), so two of these never take
# the same one.
set -euo pipefail

dir=$(mktemp -d)
xvfb=
trap 'if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; fi; rm -rf "$dir"' EXIT

exec 3> "$dir/display"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset 2> "$dir/xvfb.log" &
xvfb=$!
exec 3>&-
for _ in $(seq 1 100); do
  [ -s "$dir/display" ] && break
  sleep 0.1
done
if [ ! -s "$dir/display" ]; then
  echo "Bail out! Xvfb did not start: $(cat "$dir/xvfb.log")"
  exit 1
fi
export DISPLAY=":$(head -n 1 "$dir/display")"

# A bus that starts the accessibility bus and nothing else (no portals).
bash "$(dirname "$0")/session-bus.conf.sh" "$dir"

# What the bus and the services it starts print goes to stderr: stdout is
# the test's own (TAP).
set +e
dbus-run-session --config-file="$dir/session.conf" -- \
  sh -c 'exec "$@" 1>&3 3>&-' own-display "$@" 3>&1 1>&2
status=$?
set -e
exit $status
