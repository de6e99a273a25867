#!/usr/bin/env bash
# Runs a test program as an ordinary user: file permissions do not bind root,
# so the read-only-folder case is checked as "nobody" when the suite runs as root.
set -euo pipefail
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  exec setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp TMPDIR=/tmp "$@"
fi
exec "$@"
