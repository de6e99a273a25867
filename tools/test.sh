#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test under a virtual X
# display and a private session bus. Ends with "N passed, N failed" and exits
# non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
set +e

beredning_install_deps || exit 1
beredning_build _build || { echo "0 passed, 1 failed"; exit 1; }

# A private session bus that can start the accessibility bus and nothing else
# (no desktop portals to start and complain about PipeWire).
bus_dir=$(mktemp -d)
trap 'rm -rf "$bus_dir"' EXIT
mkdir -p "$bus_dir/services"
if [ -f /usr/share/dbus-1/services/org.a11y.Bus.service ]; then
  cp /usr/share/dbus-1/services/org.a11y.Bus.service "$bus_dir/services/"
fi
cat > "$bus_dir/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=$bus_dir</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$bus_dir/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF

rm -f _build/meson-logs/testlog.json
GTK_USE_PORTAL=0 xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" \
  dbus-run-session --config-file="$bus_dir/session.conf" -- \
  meson test -C _build --print-errorlogs --num-processes 2 "$@"
status=$?

# meson's own summary is not the closing line: count the log ourselves.
python3 - "$status" <<'PY'
import json, sys
passed = failed = skipped = 0
try:
    with open("_build/meson-logs/testlog.json") as log:
        for line in log:
            result = json.loads(line).get("result")
            if result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif result == "SKIP":
                skipped += 1
            else:
                failed += 1
except FileNotFoundError:
    failed = 1
if int(sys.argv[1]) != 0 and failed == 0:
    failed = 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
PY
