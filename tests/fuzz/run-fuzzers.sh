#!/usr/bin/env bash
# Runs every libFuzzer program already built in the fuzz build tree for SECONDS each (builds nothing:
# `cmake --preset fuzz && cmake --build --preset fuzz` first). Inputs that find new coverage are kept
# in BUILD/fuzz-corpus/<target>/ (the seeds in tests/fuzz/corpus/ stay untouched); a crash is written
# to BUILD/fuzz-artifacts/ and makes the script fail. Prints the CPU time and runs per target.
# Header targets get -max_len=1048576 and every target with tests/fuzz/dictionaries/<target>.dict its
# dictionary.
#
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS] [--build-dir DIR] [--only TARGET]...
#   SECONDS   per target; default $DMARCPLAN_FUZZ_SECONDS, else 60
#   DIR       the fuzz build tree; default build-fuzz/ in the source tree
set -uo pipefail
fuzz_dir=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$fuzz_dir/../.." && pwd)
seconds=${DMARCPLAN_FUZZ_SECONDS:-60}
build_dir="$source_dir/build-fuzz"
only=()
while [[ $# -gt 0 ]]; do
    case $1 in
    --build-dir) build_dir=$2; shift 2 ;;
    --only) only+=("$2"); shift 2 ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *[!0-9]* | '') echo "run-fuzzers.sh: unexpected argument '$1'" >&2; exit 2 ;;
    *) seconds=$1; shift ;;
    esac
done

programs=()
for program in "$build_dir"/tests/fuzz/fuzz_*; do
    [[ -x $program ]] || continue
    target=${program##*/fuzz_}
    if [[ ${#only[@]} -gt 0 ]] && ! printf '%s\n' "${only[@]}" | grep -qx "$target"; then
        continue
    fi
    programs+=("$program")
done
if [[ ${#programs[@]} -eq 0 ]]; then
    echo "run-fuzzers.sh: no fuzz programs in $build_dir/tests/fuzz (build the fuzz preset first)" >&2
    exit 2
fi

status=0
summary=()
for program in "${programs[@]}"; do
    target=${program##*/fuzz_}
    work="$build_dir/fuzz-corpus/$target"
    artifacts="$build_dir/fuzz-artifacts"
    log="$build_dir/fuzz-logs/$target.log"
    mkdir -p "$work" "$artifacts" "${log%/*}"
    corpora=("$work" "$fuzz_dir/corpus/$target")
    [[ -d $fuzz_dir/regressions/$target ]] && corpora+=("$fuzz_dir/regressions/$target")
    options=()
    # Header targets read whole messages: real header blocks are 30-100 KB and the analyser's limits
    # (core/headers/HeaderAnalyser.h) start at 64 KB a field and 2 MB a block, so inputs must reach
    # 1 MB (libFuzzer's default stops at the largest seed, 4 KB at most when there is none).
    case $target in
    header_block | auth_results | mail_message) options+=(-max_len=1048576) ;;
    esac
    # Field names, keywords and separators the parsers look for (tests/fuzz/dictionaries/<target>.dict).
    [[ -f $fuzz_dir/dictionaries/$target.dict ]] && options+=(-dict="$fuzz_dir/dictionaries/$target.dict")
    TIMEFORMAT='%U %S' # the `time` keyword's report: user and system CPU seconds
    { time "$program" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        "${options[@]}" -artifact_prefix="$artifacts/$target-" "${corpora[@]}" >"$log" 2>&1; } 2>"$log.time"
    result=$?
    cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$log.time")
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    corpus=$(find "$work" -type f | wc -l)
    if [[ $result -ne 0 ]]; then
        status=1
        summary+=("$target: FAILED after ${cpu}s CPU (exit $result); log: $log")
        echo "=== $target failed; the end of its log:" >&2
        tail -40 "$log" >&2
    else
        summary+=("$target: ${runs:-?} runs in ${cpu}s CPU, $corpus inputs in $work")
    fi
done
printf '%s\n' "${summary[@]}"
exit $status
