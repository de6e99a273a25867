#!/usr/bin/env bash
# session-bus.conf.sh DIR: writes DIR/session.conf, a D-Bus session bus
# listening in DIR that can start the accessibility bus and nothing else
# (no desktop portals to start and complain about PipeWire), for the tests'
# private buses (tools/test.sh, tests/own-display.sh).
set -euo pipefail

dir=$1
mkdir -p "$dir/services"
if [ -f /usr/share/dbus-1/services/org.a11y.Bus.service ]; then
  cp /usr/share/dbus-1/services/org.a11y.Bus.service "$dir/services/"
fi
cat > "$dir/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=$dir</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$dir/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
