#!/usr/bin/env bash
# The search over everything with the keyboard alone: real key presses
# (xdotool) into the running program under the test display. Ctrl+K opens
# the dialog, Return opens the first result and closes it, Down and Return
# open a result from the list, and Escape closes it.
set -euo pipefail

binary=${BEREDNING_BINARY:?}
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
db="$dir/demo.db"

"$binary" --database="$db" --init-demo >/dev/null
# A person no other record names, written past the program: the index follows.
sqlite3 "$db" "INSERT INTO person (name, notes) VALUES ('Zacharias Qvistbäck', 'Tornedalen')"
"$binary" --database="$db" &
pid=$!

# A sanitizer build answers far more slowly: give each key press more time.
delay=0.8
libraries=$(ldd "$binary" 2>/dev/null || true)
case "$libraries" in
  *libasan*) delay=5 ;;
esac

timeout 60 xdotool search --sync --onlyvisible --name 'Beredning' >/dev/null
sleep "$delay"
sleep 1

keys () {
  xdotool key --clearmodifiers "$@"
  sleep "$delay"
}

fail=0
check () {
  if [ "$2" = "$3" ]; then
    echo "ok - $1"
  else
    echo "not ok - $1: expected '$3', got '$2'"
    fail=1
  fi
}

dialog_shown () {
  if xdotool search --onlyvisible --name '^Search Everything$' >/dev/null 2>&1; then
    echo yes
  else
    echo no
  fi
}

keys ctrl+k
check "Ctrl+K opens the search" "$(dialog_shown)" yes
xdotool type --delay 40 "qvistb"
sleep "$delay"
keys Return
check "Return opens the first result and closes the search" "$(dialog_shown)" no

keys ctrl+k
check "Ctrl+K opens it again" "$(dialog_shown)" yes
keys Escape
check "Escape closes it" "$(dialog_shown)" no

keys ctrl+k
keys ctrl+a
xdotool type --delay 40 "tornedal"
sleep "$delay"
keys Down Return
check "Down and Return open a result from the list" "$(dialog_shown)" no

exit $fail
