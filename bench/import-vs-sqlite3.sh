#!/usr/bin/env bash
# Import speed of metodist-cli against sqlite3's .import of the same CSV into a
# bare table (no validation, no indexes): the yardstick of issue 3.
#   bench/import-vs-sqlite3.sh build/app/metodist-cli teachers.csv
# Make the CSV with: metodist-cli --db demo.sqlite demo --teachers 1000000
#                    metodist-cli --db demo.sqlite export teachers teachers.csv
set -euo pipefail
cli=$(realpath "$1")
csv=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rows=$(($(wc -l <"$csv") - 1))

"$cli" --db "$work/metodist.sqlite" init --region kaliningrad >/dev/null
start=$(date +%s.%N)
"$cli" --db "$work/metodist.sqlite" import teachers "$csv" >"$work/report.txt"
metodist=$(echo "$(date +%s.%N) - $start" | bc)
tail -1 "$work/report.txt"

# sqlite3 takes the header line as column names; the BOM is stripped first.
tail -c +4 "$csv" >"$work/plain.csv"
start=$(date +%s.%N)
sqlite3 "$work/bare.sqlite" <<SQL
.mode csv
.separator ;
.import $work/plain.csv teachers
SQL
bare=$(echo "$(date +%s.%N) - $start" | bc)

printf 'rows: %d\nmetodist-cli import: %.1f s\nsqlite3 .import:     %.1f s\nratio: %.1f\n' \
    "$rows" "$metodist" "$bare" "$(echo "$metodist / $bare" | bc -l)"
