#!/usr/bin/env bash
# Registers a new network, its membership and a representative with the
# keyboard alone: real key presses (xdotool) into the running program under
# the test display, then the register is read back with sqlite3.
set -euo pipefail

binary=${BEREDNING_BINARY:?}
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
db="$dir/demo.db"

"$binary" --database="$db" --init-demo >/dev/null
"$binary" --database="$db" &
pid=$!

# A sanitizer build answers far more slowly: give each key press more time.
delay=0.8
# (ldd's output is read whole: with pipefail, grep -q stopping early would fail the test.)
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

keys alt+3                             # the Networks view (Alt+1 is the Overview)
keys ctrl+n                            # a new network; focus in Name
xdotool type --delay 40 "Euregha"
keys Tab
xdotool type --delay 40 "EUREGHA"
keys ctrl+s                            # save
keys alt+r                             # Record Change…
keys ctrl+Return                       # record: member, from today
keys alt+a                             # Add Representative…
keys Return                            # open the person list
keys Down Return                       # choose the first person
keys ctrl+s                            # save the assignment

query () {
  sqlite3 "$db" "$1"
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

network=$(query "SELECT id FROM network WHERE name = 'Euregha' AND acronym = 'EUREGHA'")
check "the network was saved" "$([ -n "$network" ] && echo yes || echo no)" yes
check "its membership was recorded" \
  "$(query "SELECT status FROM membership WHERE network_id = '$network'")" member
check "a representative was assigned" \
  "$(query "SELECT role FROM assignment WHERE network_id = '$network'")" representative
check "for the term of office, from a 1 January to a 31 December four years on" \
  "$(query "SELECT substr(from_on, 6) || ' ' || substr(to_on, 6) || ' ' || (substr(to_on, 1, 4) - substr(from_on, 1, 4)) FROM assignment WHERE network_id = '$network'")" \
  "01-01 12-31 3"
exit $fail
