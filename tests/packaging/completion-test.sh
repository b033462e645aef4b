#!/usr/bin/env bash
# The bash completion offers the program's commands, options and option values, and paths for files.
# Usage: completion-test.sh COMPLETION_SCRIPT DMARCPLAN_BINARY EXAMPLE_ZONE
set -uo pipefail
completion=$1 program=$2 zone=$3
# shellcheck source=/dev/null
source "$completion"
complete -p dmarcplan >/dev/null || { echo "FAIL: the script registers no completion for dmarcplan"; exit 1; }

failures=0
# expect WORD... :: CANDIDATE...: completing the last WORD offers at least these candidates.
expect() {
    local -a words=() wanted=()
    while [[ $1 != "::" ]]; do words+=("$1"); shift; done
    shift
    wanted=("$@")
    COMP_WORDS=("$program" "${words[@]}")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _dmarcplan
    local offered=" ${COMPREPLY[*]} " candidate
    for candidate in "${wanted[@]}"; do
        if [[ $offered != *" $candidate "* ]]; then
            echo "FAIL: dmarcplan ${words[*]}<TAB> offers [${COMPREPLY[*]}], not $candidate"
            failures=$((failures + 1))
            return
        fi
    done
    echo "ok: dmarcplan ${words[*]}<TAB> -> ${COMPREPLY[*]}"
}

expect "" :: dns
expect d :: dns
expect dns "" :: query
expect dns query --f :: --format
expect dns query -- :: --zone --nameserver --offline --timeout --origin --help
expect dns query --format "" :: text json
expect dns query --zone "${zone%.zone}" :: "$zone"
expect dns query --offline --t :: --timeout
# Every top-level command the program lists is offered.
mapfile -t commands < <(_dmarcplan_subcommands "$("$program" --help)")
expect "" :: "${commands[@]}"
((failures == 0))
