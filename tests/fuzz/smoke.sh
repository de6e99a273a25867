#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the CSV fuzz target and runs it for a minute from the seed corpus.
# Exits non-zero when the build fails or the fuzzer finds a crash, a leak or
# undefined behaviour; the input that did it is kept as
# $BUILD_DIR/fuzz-crash-… (or leak-…, timeout-…).
#
#   tests/fuzz/smoke.sh                  # 60 s in _build-fuzz
#   FUZZ_SECONDS=600 tests/fuzz/smoke.sh # longer
#   BUILD_DIR=/tmp/fuzz tests/fuzz/smoke.sh
set -eu

src=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$src/_build-fuzz}
seconds=${FUZZ_SECONDS:-60}

if ! command -v clang >/dev/null 2>&1; then
  echo "clang is missing: apt-get install -y clang libclang-rt-14-dev" >&2
  exit 1
fi

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" "$src" -Dfuzzing=true -Db_lundef=false
fi
ninja -C "$build" tests/fuzz/fuzz-csv

# The fuzzer adds what it finds to the corpus folder: work on a copy.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
cp "$src"/tests/fuzz/corpus/* "$work"/

"$build/tests/fuzz/fuzz-csv" \
  -max_total_time="$seconds" \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -max_len=8192 \
  -print_final_stats=1 \
  -dict="$src/tests/fuzz/csv.dict" \
  -artifact_prefix="$build/fuzz-" \
  "$work"
