#!/usr/bin/env bash
# Installs what is missing, builds the app (not the tests), and opens
# Beredning on its default register (offering demo data on the first start).
# Arguments go to the app, e.g. tools/run.sh --database=/tmp/other.db
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh

beredning_install_deps
beredning_build_app _build

exec meson devenv -C _build ./src/beredning "$@"
