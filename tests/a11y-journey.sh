#!/usr/bin/env bash
# A secretariat's day through the accessibility tree, in Swedish: starts the
# program on a new demo register and lets a11y-journey.py drive it as a
# screen reader would. Needs a display, a session bus that can start the
# accessibility bus, and /usr/bin/python3 with gi's Atspi.
set -euo pipefail

binary=${BEREDNING_BINARY:?}
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$dir"' EXIT

python=/usr/bin/python3
if ! "$python" -c "import gi; gi.require_version('Atspi', '2.0')" 2>/dev/null; then
  echo "1..0 # SKIP python3-gi with Atspi 2.0 is not installed"
  exit 0
fi

# Swedish, with the build's translations; the Swedish locale where there
# is one, else Swedish words in a neutral locale.
export LANGUAGE=sv
if locale -a 2>/dev/null | grep -qi '^sv_SE\.utf-\?8$'; then
  export LANG=sv_SE.UTF-8 LC_ALL=sv_SE.UTF-8
else
  export LANG=C.UTF-8 LC_ALL=C.UTF-8
fi
# The exports are written here.
export HOME="$dir" XDG_DOCUMENTS_DIR="$dir"

"$binary" --database="$dir/demo.db" --init-demo >/dev/null
"$binary" --database="$dir/demo.db" >"$dir/app.log" 2>&1 &
pid=$!

status=0
BEREDNING_A11Y_DIR="$dir" "$python" "$here/a11y-journey.py" || status=$?
if [ "$status" -ne 0 ]; then
  cat "$dir"/app*.log | sed 's/^/# /'
  ls "$dir" | sed 's/^/# in the folder: /'
fi
exit "$status"
