#!/usr/bin/env bash
# Glossa: set up, build, serve and test. The only entry point a user needs (see README.md).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"
# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh"

NATIVE_DIR=$ROOT/build/native
WASM_DIR=$ROOT/build/wasm
SAN_DIR=$ROOT/build/sanitize
SITE_DIR=$WASM_DIR/site
JOBS=$(nproc 2>/dev/null || echo 2)
# The test corpus (gold annotations, W3C test suite, seed article) sits next to the project; GLOSSA_CORPUS_DIR
# points elsewhere, for a clone kept in another place.
CORPUS_DIR=${GLOSSA_CORPUS_DIR:-$ROOT/../shared/corpus}
export GLOSSA_CORPUS_DIR=$CORPUS_DIR

usage() {
  cat <<USAGE
Usage: ./build-wasm.sh COMMAND [options]

  serve [--port N]  set up, build the web app and serve it on http://127.0.0.1:N/ (default 8080)
  test              set up, build everything and run every test: native unit tests (CTest), the file
                    format checks against JSON Schemas (node --test), the unit tests built with em++
                    under node (CTest), and the browser tests (node --test)
  build             set up and build the native tools and the web app
  native            build only the native core, unit tests and the glossa CLI (build/native)
  web               build only the web app (build/wasm/site, and the single file build/wasm/dist/glossa.html)
  setup             only install and prepare what the build needs (idempotent)
  bench-quality     build the native CLI and measure suggestion quality against PolNeAR and CoNLL-2003,
                    side by side with the compromise npm package (writes bench/quality/RESULTS.md)
  bench             build the native tools and the web app, then run the speed and size benchmarks
                    (bench/run.mjs, a few minutes): parse + suggest on a generated 50 MB corpus natively and in
                    wasm under node, export/import of 100,000 annotations in every format, the app in headless
                    Chromium beside @recogito/text-annotator, download size; writes the "Speed and size"
                    section of bench/RESULTS.md
  fuzz [SECONDS]    build the libFuzzer targets (clang, ASan + UBSan) in build/fuzz and run each for SECONDS
                    (default 60); writes the "Fuzzing" section of bench/RESULTS.md (see tests/fuzz/run.sh)
  clean             remove build/ (the dependency cache in ${GLOSSA_CACHE} stays)

Screenshots of the browser tests go to tests/e2e/screenshots/.
USAGE
}

say() { printf '\033[1m[glossa]\033[0m %s\n' "$*"; }

build_native() {
  say "building native (core, unit tests, glossa CLI) in build/native"
  cmake -S "$ROOT" -B "$NATIVE_DIR" -DCMAKE_BUILD_TYPE=Release -DGLOSSA_CORPUS_DIR="$CORPUS_DIR" >/dev/null
  cmake --build "$NATIVE_DIR" -j"$JOBS"
}

# The unit tests and the CLI again with AddressSanitizer and UndefinedBehaviorSanitizer: any memory error
# or undefined behaviour a test reaches fails it (-O1 keeps the run short, frame pointers keep stacks).
build_sanitized() {
  say "building the unit tests with AddressSanitizer + UndefinedBehaviorSanitizer in build/sanitize"
  cmake -S "$ROOT" -B "$SAN_DIR" -DCMAKE_BUILD_TYPE=Debug -DGLOSSA_CORPUS_DIR="$CORPUS_DIR" \
    -DCMAKE_CXX_FLAGS="-O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
  cmake --build "$SAN_DIR" -j"$JOBS" --target unit_tests glossa
}

# build_web [TARGET...]: everything in build/wasm (app + wasm unit tests), or only the given targets.
build_web() {
  say "building ${1:+$* in }build/wasm"
  if [ ! -f "$WASM_DIR/CMakeCache.txt" ]; then
    emcmake cmake -S "$ROOT" -B "$WASM_DIR" -DCMAKE_BUILD_TYPE=Release -DGLOSSA_CORPUS_DIR="$CORPUS_DIR" \
      -DIMGUI_DIR="$(imgui_dir)" -DSDL2_DIR="$(sdl2_wasm_prefix)/lib/cmake/SDL2" \
      -DCMAKE_CROSSCOMPILING_EMULATOR="$(command -v node)" >/dev/null
  fi
  cmake --build "$WASM_DIR" -j"$JOBS" ${1:+--target "$@"}
}

# Runs a test stage, keeps its output in build/logs/NAME.log and remembers whether it passed.
declare -a STAGES=() RESULTS=()
run_stage() {
  local name=$1; shift
  mkdir -p "$ROOT/build/logs"
  say "$name"
  local rc=0
  "$@" 2>&1 | tee "$ROOT/build/logs/$name.log" || rc=${PIPESTATUS[0]}
  STAGES+=("$name"); RESULTS+=("$rc")
  return 0
}

ctest_summary() {  # "100% tests passed, 0 tests failed out of 15" -> "15 0"
  local line; line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$1" | tail -n 1 || true)
  [ -n "$line" ] || { echo "0 1"; return; }
  local failed total
  failed=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")
  total=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\2/' <<<"$line")
  echo "$total $failed"
}

node_summary() {  # TAP "# pass N" / "# fail N" -> "total failed"
  local pass fail
  pass=$(grep -E '^# pass [0-9]+' "$1" | tail -n 1 | awk '{print $3}')
  fail=$(grep -E '^# fail [0-9]+' "$1" | tail -n 1 | awk '{print $3}')
  [ -n "$pass" ] || { echo "0 1"; return; }
  echo "$((pass + fail)) $fail"
}

cmd_test() {
  if [ ! -d "$CORPUS_DIR/seed" ]; then
    say "the test corpus is not at $CORPUS_DIR: keep the project next to shared/, or set GLOSSA_CORPUS_DIR" >&2
    exit 1
  fi
  setup_all 1
  local native_ok=1 web_ok=1
  run_stage native-build build_native; [ "${RESULTS[-1]}" = 0 ] || native_ok=0
  run_stage web-build build_web; [ "${RESULTS[-1]}" = 0 ] || web_ok=0
  [ $native_ok = 1 ] && run_stage native-unit-tests ctest --test-dir "$NATIVE_DIR" --output-on-failure
  [ $native_ok = 1 ] && run_stage interop-tests env GLOSSA_CLI="$NATIVE_DIR/src/cli/glossa" \
    node --test --test-reporter=tap "$ROOT"/tests/interop/*.test.mjs
  run_stage sanitizer-build build_sanitized
  [ "${RESULTS[-1]}" = 0 ] && run_stage sanitized-unit-tests env ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --test-dir "$SAN_DIR" --output-on-failure
  [ $web_ok = 1 ] && run_stage wasm-unit-tests ctest --test-dir "$WASM_DIR" --output-on-failure
  [ $web_ok = 1 ] && run_stage browser-tests env GLOSSA_SITE_DIR="$SITE_DIR" GLOSSA_DIST_DIR="$WASM_DIR/dist" \
    node --test --test-reporter=tap "$ROOT"/tests/e2e/*.test.mjs

  echo
  say "summary"
  local passed=0 failed=0 i total f status=0
  for i in "${!STAGES[@]}"; do
    local name=${STAGES[$i]} rc=${RESULTS[$i]} log="$ROOT/build/logs/${STAGES[$i]}.log"
    case $name in
      *unit-tests) read -r total f < <(ctest_summary "$log"); grep -E 'tests passed, [0-9]+ tests failed' "$log" | tail -n 1 | sed "s/^/  $name: /" ;;
      interop-tests|browser-tests) read -r total f < <(node_summary "$log"); echo "  $name: $(grep -E '^# (tests|pass|fail) ' "$log" | tr '\n' ' ')" ;;
      *) total=0; f=0; echo "  $name: $([ "$rc" = 0 ] && echo ok || echo "FAILED (exit $rc, see build/logs/$name.log)")" ;;
    esac
    [ "$rc" = 0 ] || { status=1; [ "$f" -gt 0 ] || f=1; }
    passed=$((passed + total - f)); failed=$((failed + f))
  done
  [ $native_ok = 1 ] && [ $web_ok = 1 ] || status=1
  echo "tests: $passed passed, $failed failed"
  return $status
}

cmd_serve() {
  local port=8080
  while [ $# -gt 0 ]; do
    case $1 in
      --port) port=${2:?--port needs a number}; shift 2 ;;
      --port=*) port=${1#--port=}; shift ;;
      *) die "serve: unknown option $1 (try --port N)" ;;
    esac
  done
  [[ $port =~ ^[0-9]+$ ]] || die "serve: --port needs a number, got '$port'"
  setup_all 0
  build_web glossa_web glossa_site
  say "serving build/wasm/site"
  exec node "$ROOT/scripts/static-server.mjs" "$SITE_DIR" "$port"
}

# The benchmarks reuse the usual build directories; the corpus and fixtures they generate go to build/bench.
cmd_bench() {
  setup_all 1
  build_native
  build_web glossa_web glossa_site
  # A build/wasm configured before bench/core existed does not know core_bench: configure it again (the
  # cache is kept, so this is quick) before asking for it.
  cmake -S "$ROOT" -B "$WASM_DIR" >/dev/null
  build_web core_bench
  say "running the benchmarks (bench/run.mjs)"
  GLOSSA_NATIVE_DIR="$NATIVE_DIR" GLOSSA_WASM_DIR="$WASM_DIR" GLOSSA_SITE_DIR="$SITE_DIR" node "$ROOT/bench/run.mjs"
}

cmd=${1:-help}
[ $# -gt 0 ] && shift
case $cmd in
  serve) cmd_serve "$@" ;;
  test) cmd_test ;;
  build) setup_all 0; build_native; build_web ;;
  native) setup_all 0; build_native ;;
  web) setup_all 0; build_web ;;
  setup) setup_all 1 ;;
  bench) cmd_bench ;;
  bench-quality) setup_all 0; ensure_npm_packages; build_native; GLOSSA_CLI="$NATIVE_DIR/src/cli/glossa" node "$ROOT/bench/quality/run.mjs" ;;
  fuzz) ensure_packages "${BASE_PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"; "$ROOT/tests/fuzz/run.sh" "$@" ;;
  clean) rm -rf "$ROOT/build"; say "removed build/" ;;
  help|-h|--help) usage ;;
  *) usage >&2; exit 2 ;;
esac
