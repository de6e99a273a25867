#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test under a virtual X
# display and a private session bus: the whole suite, then the store tests
# under valgrind, then the whole suite again built with AddressSanitizer and
# UndefinedBehaviorSanitizer, and a minute of fuzzing the CSV import.
# --quick runs the first pass only.
# Ends with "N passed, N failed" and exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh
set +e

quick=0
if [ "${1:-}" = "--quick" ]; then
  quick=1
  shift
fi

if [ "$quick" -eq 1 ]; then
  beredning_install_deps "${BEREDNING_TEST_PACKAGES[@]}" || { echo "0 passed, 1 failed"; exit 1; }
else
  beredning_install_deps "${BEREDNING_TEST_PACKAGES[@]}" "${BEREDNING_FUZZ_PACKAGES[@]}" \
    || { echo "0 passed, 1 failed"; exit 1; }
fi

# A private session bus that can start the accessibility bus and nothing else
# (no desktop portals to start and complain about PipeWire).
bus_dir=$(mktemp -d)
trap 'rm -rf "$bus_dir"' EXIT
bash tests/session-bus.conf.sh "$bus_dir"

logs=()
build_failures=0

# run_pass BUILD_DIR LOG_NAME [meson test arguments…]
run_pass () {
  local build_dir=$1 log=$2
  shift 2
  rm -f "$build_dir/meson-logs/$log"
  GTK_USE_PORTAL=0 xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" \
    dbus-run-session --config-file="$bus_dir/session.conf" -- \
    meson test -C "$build_dir" --print-errorlogs --num-processes 2 "$@"
  logs+=("$build_dir/meson-logs/$log")
}

echo "== Tests"
if beredning_build _build; then
  run_pass _build testlog.json "$@"
else
  build_failures=$((build_failures + 1))
fi

if [ "$quick" -eq 0 ]; then
  # The sanitizer pass below checks every test for memory errors and leaks;
  # valgrind adds a second opinion on the store's core, which the sanitizers
  # see only through their own allocator.
  echo "== Store tests under valgrind memcheck"
  run_pass _build testlog-valgrind.json --setup valgrind collate store register faults

  echo "== Tests built with AddressSanitizer and UndefinedBehaviorSanitizer"
  if beredning_build _build-sanitize -Db_sanitize=address,undefined -Dbuildtype=debug; then
    # Leaks inside system libraries are suppressed in tests/lsan.supp; ours are not.
    # The instrumented build runs several times slower: its time limits are
    # three times the plain ones.
    # The I/O fault test fails every tenth I/O point there, every one in the
    # plain pass; the crash test kills its writer 40 times there, 200 in the plain pass.
    # The UI tests wait up to a minute for what takes a moment elsewhere.
    # The tests without windows unwind allocation stacks the fast way, by
    # frame pointers: what they leak is allocated by our code or by GLib on
    # its behalf, and a stack through GLib still reaches our caller. The
    # UI tests unwind them the slow way, past the system libraries built
    # without frame pointers (fontconfig, Mesa, GTK's type system), so that
    # the suppressions can name those; 16 frames reach them and our own
    # callers at a third of the cost of the default 30. Fast, those leaks
    # would end at g_malloc and could be suppressed only with ours.
    BEREDNING_IO_FAULTS_STRIDE=10 BEREDNING_CRASH_ROUNDS=40 BEREDNING_TEST_WAIT_SECONDS=60 \
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      run_pass _build-sanitize testlog.json --timeout-multiplier 3 --no-suite ui "$@"
    BEREDNING_TEST_WAIT_SECONDS=60 \
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0:malloc_context_size=16 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      run_pass _build-sanitize testlog-ui.json --timeout-multiplier 3 --logbase testlog-ui \
        --suite ui "$@"
  else
    build_failures=$((build_failures + 1))
  fi
fi

fuzz_passed=0
if [ "$quick" -eq 0 ]; then
  echo "== The CSV reader and import under libFuzzer, ${FUZZ_SECONDS:-60} s"
  if BUILD_DIR="$PWD/_build-fuzz" sh tests/fuzz/smoke.sh; then
    fuzz_passed=1
  else
    build_failures=$((build_failures + 1))
  fi
fi

# meson's own summary is not the closing line: count the logs ourselves.
python3 - "$build_failures" "$fuzz_passed" "${logs[@]}" <<'PY'
import json, sys
passed = failed = skipped = 0
failed += int(sys.argv[1])
passed += int(sys.argv[2])
for path in sys.argv[3:]:
    try:
        with open(path) as log:
            for line in log:
                if not line.strip():
                    continue
                entry = json.loads(line)
                result = entry.get("result")
                if result in ("OK", "EXPECTEDFAIL"):
                    passed += 1
                elif result == "SKIP":
                    skipped += 1
                else:
                    failed += 1
                    print(f"FAILED: {entry.get('name')} ({result}) in {path}")
                    # What the test said last, so a failure on another machine says why.
                    said = (entry.get("stdout") or "").strip().splitlines()
                    for text in said[-12:]:
                        print(f"    | {text[:300]}")
    except FileNotFoundError:
        failed += 1
        print(f"FAILED: no test log {path}")
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
PY
