#!/bin/bash
# SPDX-FileCopyrightText: 2026 Lejek authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Import rows per second with init's engine configuration on (DOMAIN.md's routing
# table, teams and scoring) against the same import with it off (no configuration
# rows), side by side, each run on a fresh database. The issue's goal: on/off <= 1.3.
# Not a test: it prints figures and never fails on a time.
#   bench/engine_import.sh [LEADS=20000] [RUNS=3]      (LEJEK_CLI: the binary to time)
set -euo pipefail
cli=${LEJEK_CLI:-build/release/src/cli/lejek-cli}
leads=${1:-20000}
runs=${2:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LEJEK_NO_KEYCHAIN=1
"$cli" demo --db "$tmp/source.sqlite" --leads "$leads" --seed 1 >/dev/null
"$cli" export --db "$tmp/source.sqlite" --pipeline "B2B funnel" --format csv -o "$tmp/leads.csv" >/dev/null 2>&1
echo "importing $leads demo leads (with their stages and dates) with $cli"
declare -A total=([on]=0 [off]=0)
for run in $(seq "$runs"); do
    for mode in off on; do
        db="$tmp/$mode.sqlite"
        rm -f "$db" "$db-wal" "$db-shm"
        "$cli" init --db "$db" >/dev/null
        [ "$mode" = off ] && sqlite3 "$db" "DELETE FROM engine_configs"
        start=$(date +%s.%N)
        # Exit 1: some rows were skipped as duplicates of others (the demo repeats a few).
        "$cli" import --db "$db" --pipeline "B2B funnel" --create-owners Sales "$tmp/leads.csv" >/dev/null 2>&1 || [ $? -eq 1 ]
        end=$(date +%s.%N)
        seconds=$(echo "$end - $start" | bc -l)
        total[$mode]=$(echo "${total[$mode]} + $seconds" | bc -l)
        printf 'run %d, engine %-3s: %6.2f s, %7.0f rows/s\n' "$run" "$mode" "$seconds" "$(echo "$leads / $seconds" | bc -l)"
    done
done
printf 'mean: off %.2f s, on %.2f s: on/off = %.2fx (goal <= 1.3x)\n' \
    "$(echo "${total[off]} / $runs" | bc -l)" "$(echo "${total[on]} / $runs" | bc -l)" "$(echo "${total[on]} / ${total[off]}" | bc -l)"
