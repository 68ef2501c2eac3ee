#!/usr/bin/env bash
# Every benchmark of issue 17 in one run, each beside its reference measured
# in the same run, so that a ratio holds on a noisy machine; the table goes
# into docs/BENCHMARKS.md between the «bench:begin» and «bench:end» marks.
#
#   bash bench/run.sh                                # 10 000, 100 000 and 1 000 000 teachers, 3 runs each
#   bash bench/run.sh --sizes 10000,100000 --runs 3  # a quicker look
#   bash bench/run.sh --no-write                     # print the table only
#
# Needs the RelWithDebInfo build of scripts/dev.sh (build/), sqlite3, GNU
# time (/usr/bin/time) and shuf. About 25 minutes with the million on the
# project's 2-core machine; the working files (some 3 GB) go to a temporary
# folder, or --work DIR, removed at the end unless --keep.
set -euo pipefail

root=${METODIST_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
build=${BUILD:-$root/build}
cli=$build/app/metodist-cli
bench=$build/bench/metodist-bench
gui=$build/bench/metodist-bench-gui
sizes=10000,100000,1000000
runs=3
write=1
keep=0
work=
while [ $# -gt 0 ]; do
    case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-write) write=0; shift ;;
    --work) work=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: bash bench/run.sh [--sizes N,N…] [--runs R] [--no-write] [--work DIR] [--keep]" >&2; exit 2 ;;
    esac
done
for tool in "$cli" "$bench" "$gui"; do
    [ -x "$tool" ] || { echo "$tool is missing: build first (bash scripts/dev.sh test)" >&2; exit 1; }
done
for tool in sqlite3 shuf /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (Debian: sqlite3, coreutils, time)" >&2; exit 1; }
done
if [ -z "$work" ]; then
    work=$(mktemp -d /tmp/metodist-bench.XXXXXX)
fi
mkdir -p "$work"
if [ $keep = 0 ]; then
    trap 'rm -rf "$work"' EXIT
fi
export QT_QPA_PLATFORM=offscreen
year=2025/2026
today=2025-12-01 # the benchmark's academic year, whatever the date of the run
rows=()          # the table's lines
log=$work/bench.log
: >"$log"

say() { echo "$*" >&2; echo "$*" >>"$log"; }

# Best and median of the numbers on standard input, «best / median».
best_median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "—"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%s %s\n", v[1], m }'
}

# Runs a command under GNU time; «seconds peak-MB» go to $work/measure, the
# command's standard output to $work/last.out.
timed() {
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >"$work/last.out" 2>"$work/last.err" || {
        say "FAILED: $*"; cat "$work/last.err" >&2; exit 1; }
    awk '{ printf "%s %d\n", $1, $2 / 1024 }' "$work/time.txt" >"$work/measure"
}

# A row of the table. Times in seconds (best / median); the reference may be «—».
row() { # what size ours-best ours-median ref-best ref-median peakMB target verdict-note
    local what=$1 size=$2 ob=$3 om=$4 rb=$5 rm=$6 peak=$7 target=$8 note=$9
    local ratio=—
    if [ "$rb" != — ]; then ratio=$(awk -v a="$ob" -v b="$rb" 'BEGIN { printf "%.2f×", a / b }'); fi
    local ref=—
    if [ "$rb" != — ]; then ref="$rb / $rm"; fi
    rows+=("| $what | $size | $ob / $om | $ref | $ratio | $peak | $target | $note |")
    say "${rows[-1]}"
}

# «yes» when $1 <= $2 (numbers).
within() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "yes" : "no" }'; }

# Evicts a file from the page cache (no root needed): the «first run» figures.
evict() { "$bench" evict "$1" >/dev/null; }

# 1 000 000: digits grouped by a space, as the table is Russian-read.
grouped() { echo "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\| \)/\1 \2\3/; ta'; }

# A row of the monitoring report beside its floor; at a million the target
# (seconds), and when missed whether the floor itself is above it.
report_row() { # what peak target "ours…" "floor…"
    local ob om rb rm target=— note=—
    read -r ob om < <(printf '%s\n' $4 | best_median)
    read -r rb rm < <(printf '%s\n' $5 | best_median)
    if [ "$n" -ge 1000000 ]; then
        target="< $3 s"; note=$(within "$om" "$3")
        if [ "$note" = no ] && [ "$(within "$rm" "$3")" = no ]; then note="no: sqlite3 alone needs $rm s for these rows"; fi
    fi
    row "$1" "$label" "$ob" "$om" "$rb" "$rm" "$2" "$target" "$note"
}

# The reference import: sqlite3 loads the final rows of the registry (the
# organisations the import created, the teachers and their support
# categories, ids and search keys as the program wrote them) from CSV into a database of the same schema, in one
# transaction, the way that costs least: rows first, then the trigram index
# rebuilt once, the secondary indexes and the name-search triggers.
make_reference_import() { # imported.sqlite empty.sqlite outdir
    local imported=$1 empty=$2 out=$3
    mkdir -p "$out"
    sqlite3 -csv -noheader "$imported" "SELECT * FROM teachers ORDER BY id" >"$out/teachers.csv"
    sqlite3 -csv -noheader "$imported" "SELECT * FROM teacher_support_categories" >"$out/categories.csv"
    # The organisations the import created (a shuffled file names thousands).
    local known
    known=$(sqlite3 "$empty" "SELECT coalesce(max(id), 0) FROM organisations")
    sqlite3 -csv -noheader "$imported" "SELECT * FROM organisations WHERE id > $known ORDER BY id" >"$out/organisations.csv"
    cp "$empty" "$out/base.sqlite"
    local teacherColumns categoryColumns organisationColumns
    organisationColumns=$(sqlite3 "$imported" "SELECT group_concat('NULLIF(' || name || ', '''')', ', ') FROM pragma_table_info('organisations')")
    teacherColumns=$(sqlite3 "$imported" "SELECT group_concat('NULLIF(' || name || ', '''')', ', ') FROM pragma_table_info('teachers')")
    categoryColumns=$(sqlite3 "$imported" "SELECT group_concat(name, ', ') FROM pragma_table_info('teacher_support_categories')")
    {
        echo "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
        echo "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;"
        echo ".timer on"
        echo "CREATE TEMP TABLE t AS SELECT * FROM teachers WHERE 0;"
        echo "CREATE TEMP TABLE c AS SELECT * FROM teacher_support_categories WHERE 0;"
        echo ".mode csv"
        echo ".import $out/teachers.csv t"
        echo ".import $out/categories.csv c"
        echo "CREATE TEMP TABLE o AS SELECT * FROM organisations WHERE 0;"
        echo ".import $out/organisations.csv o"
        echo "BEGIN;"
        echo "INSERT INTO organisations SELECT $organisationColumns FROM o;"
        sqlite3 "$imported" "SELECT 'DROP INDEX ' || name || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = 'teachers' AND sql IS NOT NULL"
        sqlite3 "$imported" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'teachers'"
        echo "INSERT INTO teachers SELECT $teacherColumns FROM t;"
        echo "INSERT INTO teacher_support_categories ($categoryColumns) SELECT $categoryColumns FROM c;"
        # The trigram index first, while the table reads in id order (with
        # the name index back FTS5 reads it by name: three times slower).
        echo "INSERT INTO teachers_search(teachers_search) VALUES ('rebuild');"
        sqlite3 "$imported" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = 'teachers' AND sql IS NOT NULL"
        sqlite3 "$imported" "SELECT sql || ';' FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'teachers'"
        echo "COMMIT;"
    } >"$out/load.sql"
}

# The reference of a plan's write: the same assignments written back by
# sqlite3 with INSERT … SELECT into the table with its indexes.
make_reference_plan() { # applied.sqlite out.sqlite
    cp "$1" "$2"
    sqlite3 "$2" "CREATE TABLE bench_assignments AS SELECT * FROM assignments; DELETE FROM assignments;" >/dev/null
}

machine() {
    local cpu
    cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
    echo "$(nproc) vCPU $cpu, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM," \
         "$(. /etc/os-release; echo "$PRETTY_NAME"), SQLite $(sqlite3 --version | cut -d' ' -f1)," \
         "build: $(grep -m1 CMAKE_BUILD_TYPE "$build/CMakeCache.txt" | cut -d= -f2)"
}

say "work folder: $work; machine: $(machine)"

IFS=, read -r -a sizeList <<<"$sizes"
for n in "${sizeList[@]}"; do
    m=$(( n / 59 > 40 ? n / 59 : 40 )) # a methodist for about 59 teachers, as Kaliningrad has
    label=$(grouped "$n")
    dir=$work/$n
    mkdir -p "$dir"
    say "== $label teachers, $m methodists"

    # The demonstration region, people only (how every benchmark gets its data).
    times=()
    for r in $(seq "$runs"); do
        rm -f "$dir/demo.sqlite"*
        timed "$cli" --db "$dir/demo.sqlite" demo --teachers "$n" --methodists "$m" --no-support-data --today "$today"
        read -r s peak <"$work/measure"
        times+=("$s")
    done
    read -r b med < <(printf '%s\n' "${times[@]}" | best_median)
    target=—; note=—
    if [ "$n" -ge 1000000 ]; then target="< 30 s"; note=$(within "$b" 30); fi
    row "demonstration region, people only" "$label" "$b" "$med" — — "$peak" "$target" "$note"

    # Import of the teachers CSV (shuffled, as a registry kept by hand comes).
    "$cli" --db "$dir/demo.sqlite" export teachers "$dir/export.csv" >/dev/null
    (head -1 "$dir/export.csv"; tail -n +2 "$dir/export.csv" | shuf --random-source=<(yes)) >"$dir/teachers.csv"
    rm -f "$dir/empty.sqlite"*
    "$cli" --db "$dir/empty.sqlite" init --region kaliningrad >/dev/null
    ours=(); peaks=()
    for r in $(seq "$runs"); do
        rm -f "$dir/import.sqlite"*
        cp "$dir/empty.sqlite" "$dir/import.sqlite"
        timed "$cli" --db "$dir/import.sqlite" import teachers "$dir/teachers.csv"
        read -r s peak <"$work/measure"
        ours+=("$s"); peaks+=("$peak")
    done
    make_reference_import "$dir/import.sqlite" "$dir/empty.sqlite" "$dir/ref"
    refs=()
    for r in $(seq "$runs"); do
        rm -f "$dir/ref/run.sqlite"*
        cp "$dir/ref/base.sqlite" "$dir/ref/run.sqlite"
        timed sqlite3 "$dir/ref/run.sqlite" ".read $dir/ref/load.sql"
        read -r s _ <"$work/measure"
        refs+=("$s")
    done
    # The reference's steps (.timer), for the notes under the table.
    say "sqlite3 reference import, steps (real s): $(awk '/^Run Time/ { printf "%s ", $4 }' "$work/last.out")"
    read -r ob om < <(printf '%s\n' "${ours[@]}" | best_median)
    read -r rb rm < <(printf '%s\n' "${refs[@]}" | best_median)
    peak=$(printf '%s\n' "${peaks[@]}" | sort -g | tail -1)
    target="≤ 1.5× sqlite3"; note=—
    if [ "$n" -ge 100000 ]; then
        note="$(within "$ob" "$(awk -v r="$rb" 'BEGIN { print 1.5 * r }')")"
        if [ "$n" -ge 1000000 ]; then target="$target, < 400 MB"; note="$note; memory $(within "$peak" 400)"; fi
    fi
    row "import of the teachers CSV" "$label" "$ob" "$om" "$rb" "$rm" "$peak" "$target" "$note"

    # Planning on the people-only region: read and solve, then the write.
    plans=(); applies=()
    for r in $(seq "$runs"); do
        rm -f "$dir/plan.sqlite"*
        cp "$dir/demo.sqlite" "$dir/plan.sqlite"
        timed "$bench" plan --db "$dir/plan.sqlite" --year "$year" --apply
        read -r s peak <"$work/measure"
        plans+=("$(sed -n 's/.*AssignmentService::plan (read + solve) \([0-9]*\) ms.*/\1/p' "$work/last.out" | awk '{ print $1 / 1000 }')")
        applies+=("$(sed -n 's/^apply (one transaction) \([0-9]*\) ms.*/\1/p' "$work/last.out" | awk '{ print $1 / 1000 }')")
    done
    assigned=$(sqlite3 "$dir/plan.sqlite" "SELECT count(*) FROM assignments")
    read -r ob om < <(printf '%s\n' "${plans[@]}" | best_median)
    row "plan: read and solve ($(grouped "$assigned") assigned)" "$label" "$ob" "$om" — — "$peak" — —
    make_reference_plan "$dir/plan.sqlite" "$dir/plan-ref.sqlite"
    refs=()
    for r in $(seq "$runs"); do
        rm -f "$dir/plan-run.sqlite"*
        cp "$dir/plan-ref.sqlite" "$dir/plan-run.sqlite"
        timed sqlite3 "$dir/plan-run.sqlite" "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL; BEGIN; INSERT INTO assignments SELECT * FROM bench_assignments; COMMIT;"
        read -r s _ <"$work/measure"
        refs+=("$s")
    done
    read -r ob om < <(printf '%s\n' "${applies[@]}" | best_median)
    read -r rb rm < <(printf '%s\n' "${refs[@]}" | best_median)
    target=—; note=—
    if [ "$n" -ge 1000000 ]; then target="≤ 1.5× sqlite3"; note=$(within "$ob" "$(awk -v r="$rb" 'BEGIN { print 1.5 * r }')"); fi
    row "plan: write the assignments" "$label" "$ob" "$om" "$rb" "$rm" — "$target" "$note"

    # The monitoring report over the planned region with a year of support
    # work added (bench/monitoring-data.sql): the first run after opening the
    # file with the file out of the page cache, then warm runs.
    cp "$dir/plan.sqlite" "$dir/monitoring.sqlite"
    sqlite3 "$dir/monitoring.sqlite" <"$root/bench/monitoring-data.sql"
    colds=(); warms=()
    for r in $(seq "$runs"); do
        evict "$dir/monitoring.sqlite"
        timed "$bench" monitoring --db "$dir/monitoring.sqlite" --year "$year" --runs 4
        read -r s peak <"$work/measure"
        colds+=("$(sed -n 's/^run 1: whole report \([0-9]*\) ms.*/\1/p' "$work/last.out" | awk '{ print $1 / 1000 }')")
        while read -r w; do warms+=("$w"); done < <(sed -n 's/^run [234]: whole report \([0-9]*\) ms.*/\1/p' "$work/last.out" | awk '{ print $1 / 1000 }')
    done
    # The floor: sqlite3 reading the same rows and only summing them
    # (bench/monitoring-floor.sql), from a file out of the cache and warm.
    floorColds=(); floorWarms=()
    for r in $(seq "$runs"); do
        evict "$dir/monitoring.sqlite"
        timed sqlite3 "$dir/monitoring.sqlite" ".read $root/bench/monitoring-floor.sql"
        read -r s _ <"$work/measure"; floorColds+=("$s")
        timed sqlite3 "$dir/monitoring.sqlite" ".read $root/bench/monitoring-floor.sql"
        read -r s _ <"$work/measure"; floorWarms+=("$s")
    done
    report_row "monitoring report, first run (file not cached)" "$peak" 2 "${colds[*]}" "${floorColds[*]}"
    report_row "monitoring report, warm" — 0.4 "${warms[*]}" "${floorWarms[*]}"
    if [ $keep = 0 ]; then rm -rf "$dir"; fi
done

# Regional scale: the Kaliningrad demonstration region (13 120 teachers, 224 methodists).
dir=$work/regional
mkdir -p "$dir"
say "== regional: Kaliningrad"
"$cli" --db "$dir/people.sqlite" demo --region kaliningrad --no-support-data --today "$today" >/dev/null
"$cli" --db "$dir/people.sqlite" export teachers "$dir/teachers.csv" >/dev/null
"$cli" --db "$dir/empty.sqlite" init --region kaliningrad >/dev/null
imports=(); plans=(); reports=(); firsts=(); orders=(); windows=()
for r in $(seq "$runs"); do
    rm -f "$dir/import.sqlite"*
    cp "$dir/empty.sqlite" "$dir/import.sqlite"
    timed "$cli" --db "$dir/import.sqlite" import teachers "$dir/teachers.csv"
    read -r s _ <"$work/measure"
    imports+=("$s")
    rm -f "$dir/plan.sqlite"*
    cp "$dir/people.sqlite" "$dir/plan.sqlite"
    timed "$bench" plan --db "$dir/plan.sqlite" --year "$year" --apply
    p=$(sed -n 's/.*AssignmentService::plan (read + solve) \([0-9]*\) ms.*/\1/p' "$work/last.out")
    a=$(sed -n 's/^apply (one transaction) \([0-9]*\) ms.*/\1/p' "$work/last.out")
    plans+=("$(awk -v p="$p" -v a="$a" 'BEGIN { print (p + a) / 1000 }')")
done
rm -f "$dir/full.sqlite"*
"$cli" --db "$dir/full.sqlite" demo --region kaliningrad --today "$today" >/dev/null
"$cli" --db "$dir/full.sqlite" order create --year "$year" --number 1-bench --date 2025-09-01 >/dev/null
for r in $(seq "$runs"); do
    evict "$dir/full.sqlite"
    timed "$bench" monitoring --db "$dir/full.sqlite" --year "$year" --runs 4
    firsts+=("$(sed -n 's/^run 1: whole report \([0-9]*\) ms.*/\1/p' "$work/last.out" | awk '{ print $1 / 1000 }')")
    while read -r w; do reports+=("$w"); done < <(sed -n 's/^run [234]: whole report \([0-9]*\) ms.*/\1/p' "$work/last.out" | awk '{ print $1 / 1000 }')
    timed "$cli" --db "$dir/full.sqlite" order export 1-bench "$dir/order.pdf"
    read -r s _ <"$work/measure"
    orders+=("$s")
    timed "$gui" "$dir/full.sqlite"
    windows+=("$(sed -n 's/^window with the teachers page filled: \([0-9]*\) ms.*/\1/p' "$work/last.out" | awk '{ print $1 / 1000 }')")
done
pages=$(pdfinfo "$dir/order.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }' || true)
region="13 120 / 224"
read -r b m < <(printf '%s\n' "${imports[@]}" | best_median); row "import of the teachers CSV" "$region" "$b" "$m" — — — "< 1 s" "$(within "$m" 1)"
read -r b m < <(printf '%s\n' "${plans[@]}" | best_median); row "plan: read, solve and write" "$region" "$b" "$m" — — — "< 0.5 s" "$(within "$m" 0.5)"
read -r b m < <(printf '%s\n' "${firsts[@]}" | best_median); row "monitoring report, first run (file not cached)" "$region" "$b" "$m" — — — — —
read -r b m < <(printf '%s\n' "${reports[@]}" | best_median); row "monitoring report, warm" "$region" "$b" "$m" — — — "< 0.2 s" "$(within "$m" 0.2)"
read -r b m < <(printf '%s\n' "${orders[@]}" | best_median); row "order of the year to PDF${pages:+ ($pages pages)}" "$region" "$b" "$m" — — — "< 2 s" "$(within "$m" 2)"
read -r b m < <(printf '%s\n' "${windows[@]}" | best_median); row "window open on the teachers page" "$region" "$b" "$m" — — — "< 0.5 s" "$(within "$m" 0.5)"

table=$work/table.md
{
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') at commit $(git -C "$root" rev-parse --short HEAD) on $(machine),"
    echo "with \`bash bench/run.sh --sizes $sizes --runs $runs\`. Times in seconds, best / median of $runs runs"
    echo "(warm report: of $(( runs * 3 )) runs); the reference ran in the same script beside each; peak memory of"
    echo "the process (GNU time), the largest of the runs."
    echo
    echo "| measurement | teachers | Metodist, s | reference (sqlite3), s | ratio | peak MB | target | met |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} >"$table"
cat "$table"
if [ $write = 1 ]; then
    doc=$root/docs/BENCHMARKS.md
    awk -v table="$table" '
        /<!-- bench:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
        /<!-- bench:end -->/ { skip = 0 }
        !skip { print }' "$doc" >"$doc.new"
    mv "$doc.new" "$doc"
    echo "written to docs/BENCHMARKS.md" >&2
fi
