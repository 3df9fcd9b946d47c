#!/usr/bin/env bash
# Builds the libFuzzer targets (build/fuzz, clang), writes their seed corpora from ../shared/corpus, runs
# each for SECONDS (default 60), two at a time, and writes the "Fuzzing" section of bench/RESULTS.md.
#   tests/fuzz/run.sh [SECONDS]        (./build-wasm.sh fuzz [SECONDS] calls this)
# Environment: GLOSSA_FUZZ_JOBS (parallel targets, default 2), GLOSSA_FUZZ_TARGETS (space-separated subset),
# GLOSSA_CORPUS_DIR (default ../shared/corpus).
# A crash leaves its input in build/fuzz/artifacts/<target>/; once the bug is fixed, keep the input in
# tests/fuzz/regressions/<target>/ (replayed by the unit tests, test_fuzz_regressions.cpp).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SECONDS_PER_TARGET=${1:-60}
[[ $SECONDS_PER_TARGET =~ ^[0-9]+$ ]] || { echo "fuzz: SECONDS must be a number, got '$SECONDS_PER_TARGET'" >&2; exit 2; }
JOBS=${GLOSSA_FUZZ_JOBS:-2}
CORPUS=${GLOSSA_CORPUS_DIR:-$ROOT/../shared/corpus}
BUILD=$ROOT/build/fuzz
ALL_TARGETS="article_txt article_md article_html article_json article_jsonl native w3c brat brat_pair label_studio workspace offset_index json_tree suggest"
TARGETS=${GLOSSA_FUZZ_TARGETS:-$ALL_TARGETS}
CXX_FUZZ=${CXX_FUZZ:-clang++}
CC_FUZZ=${CC_FUZZ:-clang}

say() { printf '\033[1m[fuzz]\033[0m %s\n' "$*"; }

command -v "$CXX_FUZZ" >/dev/null || { echo "fuzz: $CXX_FUZZ not found (Debian package clang: ./build-wasm.sh fuzz installs it)" >&2; exit 1; }
[ -d "$CORPUS" ] || { echo "fuzz: the corpus is not at $CORPUS (set GLOSSA_CORPUS_DIR)" >&2; exit 1; }

say "building the fuzz targets in build/fuzz ($CXX_FUZZ, -fsanitize=fuzzer,address,undefined)"
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S "$ROOT/tests/fuzz" -B "$BUILD" -DCMAKE_CXX_COMPILER="$CXX_FUZZ" -DCMAKE_C_COMPILER="$CC_FUZZ" >/dev/null
fi
cmake --build "$BUILD" -j"$JOBS" >/dev/null

say "writing seed corpora to build/fuzz/seeds"
rm -rf "$BUILD/seeds"
"$BUILD/fuzz_seedgen" "$CORPUS" "$ROOT" "$BUILD/seeds"

mkdir -p "$BUILD/logs"
run_one() {
  local t=$1 corpus=$BUILD/corpus/$1 art=$BUILD/artifacts/$1 log=$BUILD/logs/$1.log
  mkdir -p "$corpus" "$art"
  local seeds=("$BUILD/seeds/$t")
  [ -d "$ROOT/tests/fuzz/regressions/$t" ] && seeds+=("$ROOT/tests/fuzz/regressions/$t")
  # The first directory is the working corpus (new inputs go there, kept between runs); the others are read.
  local dict=$ROOT/tests/fuzz/dicts/json.dict
  case $t in article_txt|article_md|article_html) dict=$ROOT/tests/fuzz/dicts/markup.dict ;; brat|brat_pair) dict=$ROOT/tests/fuzz/dicts/brat.dict ;; suggest) dict=$ROOT/tests/fuzz/dicts/speech.dict ;; offset_index) dict= ;; esac
  local rc=0
  "$BUILD/fuzz_$t" ${dict:+-dict="$dict"} -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$art/" "$corpus" "${seeds[@]}" >"$log" 2>&1 || rc=$?
  echo "$rc" >"$BUILD/logs/$t.rc"
  say "$t done (exit $rc)"
}

say "running $(wc -w <<<"$TARGETS") targets for ${SECONDS_PER_TARGET}s each, $JOBS at a time"
START=$(date +%s)
running=0
for t in $TARGETS; do
  [ -x "$BUILD/fuzz_$t" ] || { echo "fuzz: no target $t" >&2; exit 2; }
  # Artifacts of earlier runs are kept in build/fuzz/artifacts/<target>/old/; this run's count.
  mkdir -p "$BUILD/artifacts/$t/old"
  find "$BUILD/artifacts/$t" -maxdepth 1 -type f -exec mv -t "$BUILD/artifacts/$t/old" {} +
  run_one "$t" &
  running=$((running + 1))
  if [ $running -ge "$JOBS" ]; then wait -n || true; running=$((running - 1)); fi
done
wait || true
ELAPSED=$(( $(date +%s) - START ))

# The section: one row per target from its log (final status line and -print_final_stats).
fstat() { grep -E "^stat::$2:" "$BUILD/logs/$1.log" | tail -n 1 | awk '{print $2}'; }
final_field() {  # cov / ft / corp from the last status line
  grep -E '^#[0-9]+' "$BUILD/logs/$1.log" | grep -E " $2: " | tail -n 1 | sed -E "s/.* $2: ([^ ]+).*/\1/"
}
section=$(mktemp)
failed=0
{
  echo "## Fuzzing"
  echo
  echo "\`./build-wasm.sh fuzz $SECONDS_PER_TARGET\` on $(date -u +%Y-%m-%d) ($(uname -m), $(nproc) cores, $JOBS targets at a time," \
       "$("$CXX_FUZZ" --version | head -n 1 | sed -E 's/ \(.*//')): libFuzzer with AddressSanitizer and" \
       "UndefinedBehaviorSanitizer, ${SECONDS_PER_TARGET} s per target (${ELAPSED} s in all), seeds written from ../shared/corpus by" \
       "\`fuzz_seedgen\`, the working corpus kept in build/fuzz/corpus between runs. Coverage is libFuzzer's \`cov:\`" \
       "(edges) and \`ft:\` (features) at the end of the run. Targets and what they read: tests/fuzz/targets.h."
  echo
  echo "| target | executions | exec/s | cov | ft | corpus (files/size) | crashes | timeouts / OOM / leaks |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for t in $TARGETS; do
    art=$BUILD/artifacts/$t
    crashes=$(find "$art" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'deadly-*' \) | wc -l)
    others=$(find "$art" -maxdepth 1 -type f \( -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' -o -name 'slow-unit-*' \) | wc -l)
    rc=$(cat "$BUILD/logs/$t.rc" 2>/dev/null || echo "?")
    [ "$rc" = 0 ] && [ "$crashes" = 0 ] && [ "$others" = 0 ] || failed=1
    echo "| $t | $(fstat "$t" number_of_executed_units) | $(fstat "$t" average_exec_per_sec) | $(final_field "$t" cov) |" \
         "$(final_field "$t" ft) | $(final_field "$t" corp) | $crashes | $others |"
  done
  echo
  if [ $failed = 0 ]; then
    echo "No crash, timeout (> 10 s on one input), out-of-memory, leak or sanitizer report in this run."
  else
    echo "**Failures in this run**: inputs in build/fuzz/artifacts/<target>/, logs in build/fuzz/logs/."
  fi
  if [ -d "$ROOT/tests/fuzz/regressions" ]; then
    n=$(find "$ROOT/tests/fuzz/regressions" -type f ! -name '*.md' | wc -l)
    echo "Inputs that crashed earlier runs, now fixed: $n, in tests/fuzz/regressions/<target>/ (replayed by the unit tests)."
  fi
  echo
} >"$section"

RESULTS=$ROOT/bench/RESULTS.md
mkdir -p "$ROOT/bench"
[ -f "$RESULTS" ] || printf '# Glossa benchmark results\n\n' >"$RESULTS"
# Replace only this section (from "## Fuzzing" to the next "## " heading), or append it.
tmp=$(mktemp)
awk -v secfile="$section" '
  BEGIN { while ((getline l < secfile) > 0) sec = sec l "\n" }
  /^## Fuzzing[[:space:]]*$/ { skip = 1; if (!done) { printf "%s", sec; done = 1 }; next }
  skip && /^## / { skip = 0 }
  !skip { print }
  END { if (!done) { print ""; printf "%s", sec } }' "$RESULTS" >"$tmp"
cat "$tmp" >"$RESULTS" && rm -f "$tmp"
rm -f "$section"
say "wrote the Fuzzing section of bench/RESULTS.md"
sed -n '/^## Fuzzing/,/^## [^F]/p' "$RESULTS" | grep -E '^\|' || true
if [ $failed = 1 ]; then
  say "failures: see build/fuzz/artifacts/<target>/ and build/fuzz/logs/<target>.log"
  exit 1
fi
