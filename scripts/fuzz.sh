#!/usr/bin/env bash
# The sanitizer build: the core library and its tests under ASan and UBSan,
# and the libFuzzer targets of fuzz/ for every reader of outside files.
#
#   build           configure and build build-fuzz/ with clang (METODIST_GUI=OFF, METODIST_FUZZ=ON)
#   tests           run the core tests of that build (ctest) under ASan and UBSan
#   replay          run every seed of fuzz/corpus through its target, one process a seed,
#                   and list each seed that crashes, leaks, hangs or runs out of memory
#   fuzz SECONDS    fuzz each target for SECONDS from its seeds (new inputs are kept in
#                   build-fuzz/fuzz-work/, findings in build-fuzz/fuzz-findings/)
#   ci SECONDS      build, tests, replay, fuzz SECONDS: what .ci/run does (default 90)
#
# Exits non-zero on any finding; every step runs to its end first, so that one
# broken seed does not hide the others. Limits per input: 2048 MB of memory,
# 10 s. Timings on 2 vCPU are in docs/RELIABILITY.md.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${METODIST_FUZZ_BUILD:-$root/build-fuzz}
jobs=${JOBS:-$(nproc)}
rss_limit_mb=2048
timeout_s=10

# The targets, the seed folders they replay and start from, the longest input
# they are fuzzed with (longer seeds are replayed whole), and a dictionary.
targets=(fuzz_csv fuzz_import fuzz_xlsx fuzz_xlsx_xml fuzz_xls fuzz_ods)
declare -A seeds=([fuzz_csv]=fuzz_csv [fuzz_import]=fuzz_csv [fuzz_xlsx]=fuzz_xlsx [fuzz_xlsx_xml]=fuzz_xlsx_xml
    [fuzz_xls]=fuzz_xls [fuzz_ods]=fuzz_ods)
declare -A max_len=([fuzz_csv]=8192 [fuzz_import]=8192 [fuzz_xlsx]=65536 [fuzz_xlsx_xml]=16384 [fuzz_xls]=65536
    [fuzz_ods]=32768)
declare -A dict=([fuzz_xlsx_xml]=$root/fuzz/xlsx.dict [fuzz_ods]=$root/fuzz/ods.dict)

# UBSan stops at the first report; LeakSanitizer is on everywhere (libFuzzer
# checks each input for leaks). Qt leaves nothing that LeakSanitizer reports
# in these programs today; should a Qt update flood the tests' output with
# its own allocations kept to exit, set detect_leaks=0 for the tests only.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
fuzz_asan_options=detect_leaks=1
tests_asan_options=detect_leaks=1

# LeakSanitizer stops the world through ptrace; where a container forbids
# that it cannot run at all, and every program would fail for it. Then it is
# switched off, saying so, rather than failing CI for the machine's sake.
check_leak_sanitizer() {
    local probe=$build/fuzz/fuzz_csv out
    [[ -x $probe ]] || return 0
    out=$(ASAN_OPTIONS=detect_leaks=1 "$probe" -runs=1 "$root/fuzz/corpus/fuzz_csv/teachers-utf8.csv" 2>&1)
    if grep -q "LeakSanitizer has encountered a fatal error\|LeakSanitizer does not work under ptrace" <<<"$out"; then
        echo "fuzz.sh: LeakSanitizer cannot run on this machine (ptrace); leak detection is off" >&2
        fuzz_asan_options=detect_leaks=0
        tests_asan_options=detect_leaks=0
    fi
}

seconds() { date +%s.%N; }
elapsed() { LC_ALL=C awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f", b - a }'; }

# The same packages as scripts/dev.sh (clang and its libFuzzer runtime are in the list).
install_missing() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v -e '^#' -e '^[[:space:]]*$' "$root/scripts/debian-packages.txt")
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    ((${#missing[@]})) || return 0
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo=sudo
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

do_build() {
    install_missing
    local start
    start=$(seconds)
    # -O1 -g with assertions (Q_ASSERT) on: the usual sanitizer build, and quick to compile.
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
        -DMETODIST_GUI=OFF -DMETODIST_FUZZ=ON -DMETODIST_BUILD_BENCH=OFF >/dev/null || return 1
    cmake --build "$build" --parallel "$jobs" || return 1
    echo "fuzz.sh build: $(elapsed "$start") s"
}

do_tests() {
    local start status
    start=$(seconds)
    (cd "$build" && ASAN_OPTIONS=$tests_asan_options QT_QPA_PLATFORM=offscreen \
        ctest --output-on-failure --parallel "$jobs")
    status=$?
    echo "fuzz.sh tests (ASan+UBSan): $(elapsed "$start") s"
    return $status
}

# What a libFuzzer log says went wrong.
verdict() {
    local log=$1
    if grep -q "broken promise" "$log"; then echo "broken promise: $(grep -o 'broken promise: .*' "$log" | head -1 | cut -c17-)"
    elif grep -q "ERROR: libFuzzer: out-of-memory (malloc" "$log"; then echo "out of memory (one allocation over ${rss_limit_mb} MB)"
    elif grep -q "ERROR: libFuzzer: out-of-memory" "$log"; then echo "out of memory (over ${rss_limit_mb} MB)"
    elif grep -q "ERROR: libFuzzer: timeout" "$log"; then echo "timeout (over ${timeout_s} s)"
    elif grep -q "runtime error:" "$log"; then echo "UBSan: $(grep -o 'runtime error: .*' "$log" | head -1 | cut -c16-)"
    elif grep -q "ERROR: LeakSanitizer" "$log"; then echo "leak"
    elif grep -q "ERROR: AddressSanitizer" "$log"; then echo "ASan: $(grep -o 'ERROR: AddressSanitizer: [a-z-]*' "$log" | head -1 | cut -c26-)"
    elif grep -q "ERROR: libFuzzer: deadly signal" "$log"; then echo "crash (deadly signal)"
    else echo "failed (see the log)"
    fi
}

# Runs the seeds one process each: a crash of one seed must not hide the next.
do_replay() {
    local logs=$build/fuzz-logs failures=0 runs=0 start
    start=$(seconds)
    mkdir -p "$logs"
    for target in "${targets[@]}"; do
        local binary=$build/fuzz/$target
        [[ -x $binary ]] || { echo "fuzz.sh: $binary is missing; run scripts/fuzz.sh build" >&2; return 2; }
        for seed in "$root/fuzz/corpus/${seeds[$target]}"/*; do
            local name log t0 status
            name=$(basename "$seed")
            log=$logs/$target-$name.log
            t0=$(seconds)
            # The outer timeout only guards against a hang libFuzzer cannot see.
            ASAN_OPTIONS=$fuzz_asan_options timeout --kill-after=10 $((timeout_s * 12)) \
                "$binary" -rss_limit_mb=$rss_limit_mb -timeout=$timeout_s "$seed" >"$log" 2>&1
            status=$?
            runs=$((runs + 1))
            if ((status == 0)); then
                printf '  ok    %-14s %-48s %5s s\n' "$target" "$name" "$(elapsed "$t0")"
            else
                failures=$((failures + 1))
                ((status == 124 || status == 137)) && echo "killed after $((timeout_s * 12)) s" >>"$log"
                printf '  FAIL  %-14s %-48s %5s s  %s\n' "$target" "$name" "$(elapsed "$t0")" "$(verdict "$log")"
            fi
        done
    done
    echo "fuzz.sh replay: $runs seed runs, $failures failed, $(elapsed "$start") s (logs in $logs)"
    ((failures == 0))
}

do_fuzz() {
    local seconds_each=$1 failures=0 start
    start=$(seconds)
    for target in "${targets[@]}"; do
        local work=$build/fuzz-work/$target findings=$build/fuzz-findings log t0 status extra=()
        local binary=$build/fuzz/$target
        [[ -x $binary ]] || { echo "fuzz.sh: $binary is missing; run scripts/fuzz.sh build" >&2; return 2; }
        mkdir -p "$work" "$findings" "$build/fuzz-logs"
        log=$build/fuzz-logs/$target-fuzz.log
        [[ -n ${dict[$target]:-} ]] && extra+=(-dict="${dict[$target]}")
        t0=$(seconds)
        ASAN_OPTIONS=$fuzz_asan_options timeout --kill-after=30 $((seconds_each + 300)) \
            "$binary" -max_total_time="$seconds_each" -rss_limit_mb=$rss_limit_mb -timeout=$timeout_s \
            -max_len="${max_len[$target]}" -print_final_stats=1 -artifact_prefix="$findings/$target-" \
            "${extra[@]}" "$work" "$root/fuzz/corpus/${seeds[$target]}" >"$log" 2>&1
        status=$?
        local stats
        stats=$(grep -E '^(#[0-9]+\s+DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" | tr '\n' ' ' | tr -s ' \t' '  ')
        if ((status == 0)); then
            printf '  ok    %-14s %5s s  corpus %4d inputs  %s\n' "$target" "$(elapsed "$t0")" \
                "$(find "$work" -type f | wc -l)" "$stats"
        else
            failures=$((failures + 1))
            printf '  FAIL  %-14s %5s s  %s; input: %s\n' "$target" "$(elapsed "$t0")" "$(verdict "$log")" \
                "$(grep -o 'Test unit written to .*' "$log" | head -1 | cut -c21-)"
            tail -n 40 "$log" | sed 's/^/        /'
        fi
    done
    echo "fuzz.sh fuzz: ${#targets[@]} targets x $seconds_each s, $failures with findings, $(elapsed "$start") s"
    ((failures == 0))
}

mode=${1:-}
[[ $mode == tests || $mode == replay || $mode == fuzz ]] && check_leak_sanitizer
case "$mode" in
build) do_build ;;
tests) do_tests ;;
replay) do_replay ;;
fuzz) do_fuzz "${2:-90}" ;;
ci)
    overall=$(seconds)
    do_build || exit 1
    check_leak_sanitizer
    status=0
    do_tests || status=1
    do_replay || status=1
    do_fuzz "${2:-90}" || status=1
    echo "fuzz.sh ci: $(elapsed "$overall") s in all"
    exit $status
    ;;
*)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
