#!/usr/bin/env bash
# What a hostile user (or a power cut) does to a Metodist database, tried
# with the built metodist-cli; prints trials, passes and failures per scenario
# and exits non-zero on any failure. See docs/RELIABILITY.md.
#
#   scripts/reliability.sh [--quick] [--rows N] [--trials N] [--seed N]
#                          [--only NAME,...] [--build DIR] [--keep]
#
#   --quick    20 000 rows, 3 trials a scenario (under a minute); the default is
#              100 000 rows and 10 trials (two to three minutes on 2 vCPU)
#   --rows     rows of the generated teachers CSV (and teachers of the demo region)
#   --trials   kills per kill scenario
#   --seed     seed of the random kill moments (printed, so a run can be repeated)
#   --only     run only these scenarios (names as printed in the summary)
#   --build    the build folder with app/metodist-cli and tests/metodist-old-schema
#              (default: build/, as scripts/dev.sh makes it)
#   --keep     keep the scratch folder (it is kept anyway when something failed)
#
# Needs: metodist-cli and metodist-old-schema built (cmake --build build --target
# metodist-cli metodist-old-schema), the sqlite3 shell, awk, coreutils.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build
rows=100000
trials=10
seed=$RANDOM
only=""
keep=0
while (($#)); do
    case "$1" in
    --quick) rows=20000 trials=3 ;;
    --rows) rows=$2; shift ;;
    --trials) trials=$2; shift ;;
    --seed) seed=$2; shift ;;
    --only) only=$2; shift ;;
    --build) build=$(cd "$2" && pwd); shift ;;
    --keep) keep=1 ;;
    *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    esac
    shift
done
RANDOM=$seed

cli=$build/app/metodist-cli
old_schema=$build/tests/metodist-old-schema
for tool in "$cli" "$old_schema"; do
    [[ -x $tool ]] || { echo "reliability.sh: $tool is missing; build it: cmake --build $build --target $(basename "$tool")" >&2; exit 2; }
done
command -v sqlite3 >/dev/null || { echo "reliability.sh: the sqlite3 shell is missing (apt-get install sqlite3)" >&2; exit 2; }

work=$(mktemp -d /tmp/metodist-reliability.XXXXXX)
# The program's default database and settings stay in the scratch folder.
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
year=2025/2026
today=2025-12-01

# --- bookkeeping ----------------------------------------------------------

declare -a names=()
declare -A trial_count=() pass_count=() fail_count=() notes=()
started_pids=()
any_failure=0

cleanup() {
    for pid in "${started_pids[@]}"; do
        kill -9 "$pid" 2>/dev/null
    done
    wait 2>/dev/null
    if ((keep || any_failure)); then
        echo "Scratch folder kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

wanted() { [[ -z $only || ",$only," == *",$1,"* ]]; }

begin() {
    names+=("$1")
    trial_count[$1]=0 pass_count[$1]=0 fail_count[$1]=0 notes[$1]=""
    echo "== $1: $2"
}

pass() {
    trial_count[$1]=$((trial_count[$1] + 1))
    pass_count[$1]=$((pass_count[$1] + 1))
}

fail() {
    trial_count[$1]=$((trial_count[$1] + 1))
    fail_count[$1]=$((fail_count[$1] + 1))
    any_failure=1
    echo "   FAIL ($1, trial ${trial_count[$1]}): $2"
}

note() { notes[$1]="${notes[$1]:+${notes[$1]}; }$2"; }

now() { date +%s.%N; }
since() { LC_ALL=C awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
# When trial $1 kills a command that runs $2 seconds uninterrupted: odd trials
# anywhere in the run (and a little after it), even ones in its last third,
# where indexes are built, files written and transactions committed.
kill_moment() {
    LC_ALL=C awk -v s="$RANDOM" -v k="$1" -v d="$2" \
        'BEGIN { srand(s); r = rand(); printf "%.3f", k % 2 ? r * 1.2 * d : (0.7 + r * 0.35) * d }'
}

m() { "$cli" --db "$@"; }

# The copy of a database with everything SQLite keeps beside it.
copy_db() {
    rm -f "$2" "$2-wal" "$2-shm"
    cp "$1" "$2"
    [[ -e $1-wal ]] && cp "$1-wal" "$2-wal"
    return 0
}

# Empty when the file is a sound database: Metodist's own check and SQLite's.
soundness() {
    local db=$1 out
    if ! out=$(m "$db" check 2>&1); then
        echo "metodist-cli check failed: $(echo "$out" | tail -n 2 | tr '\n' ' ')"
        return
    fi
    out=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1)
    [[ $out == ok ]] || echo "PRAGMA integrity_check: $(echo "$out" | head -n 3 | tr '\n' ' ')"
}

# The figures that tell one state of a database from another.
fingerprint() { sqlite3 "$1" "$2" 2>&1 | tr '\n' ' '; }

FP_REGISTRY="SELECT (SELECT max(version) FROM schema_migrations), (SELECT count(*) FROM teachers),
    (SELECT count(*) FROM teachers_search_docsize), (SELECT count(*) FROM organisations),
    (SELECT count(*) FROM methodists), (SELECT count(*) FROM dictionary_entries),
    (SELECT count(*) FROM assignments), (SELECT count(*) FROM planning_runs),
    (SELECT count(*) FROM routes), (SELECT count(*) FROM work_log), (SELECT count(*) FROM diagnostics),
    (SELECT total(length(last_name) + id) FROM teachers)"

# Starts metodist-cli in the background (its pid in $bg_pid).
start_cli() {
    local log=$1
    shift
    "$cli" "$@" >"$log" 2>&1 &
    bg_pid=$!
    started_pids+=("$bg_pid")
}

# Runs metodist-cli, kills it with SIGKILL after $1 seconds unless it ended;
# prints "killed" or "finished <status>".
run_and_kill() {
    local delay=$1 log=$2 status
    shift 2
    start_cli "$log" "$@"
    sleep "$delay"
    kill -9 "$bg_pid" 2>/dev/null
    wait "$bg_pid" 2>/dev/null
    status=$?
    if ((status == 137)); then echo killed; else echo "had finished with status $status"; fi
}

# Times one uninterrupted run: prints the seconds; the state it leaves is the "after" state.
calibrate() {
    local log=$1 t0 status
    shift
    t0=$(now)
    "$cli" "$@" >"$log" 2>&1
    status=$?
    if ((status != 0)); then
        echo "reliability.sh: the uninterrupted run failed ($status): $(tail -n 3 "$log")" >&2
        return 1
    fi
    since "$t0"
}

# teachers.csv as an office exports it: UTF-8, ';', the template's headers,
# valid and distinct СНИЛС starting at 200-000-000 + offset.
generate_csv() {
    local count=$1 offset=$2 out=$3 reference=$4
    sqlite3 "$reference" "SELECT name FROM municipalities ORDER BY id" >"$work/municipalities.txt"
    sqlite3 "$reference" "SELECT name FROM subjects ORDER BY id" >"$work/subjects.txt"
    LC_ALL=C.UTF-8 awk -v n="$count" -v offset="$offset" '
        BEGIN { FS = "\n" }
        FNR == NR { municipality[m++] = $0; next }
        { subject[s++] = $0 }
        END {
            print "Фамилия;Имя;Отчество;СНИЛС;Муниципалитет;Организация;Должность;Предмет"
            split("Иванова Петров Сидорова Кузнецов Смирнова Попов Васильева Соколов Михайлова Новиков", last, " ")
            split("Анна Пётр Мария Андрей Елена Дмитрий Ольга Олег Юлия Максим", first, " ")
            split("Ивановна Петрович Сергеевна Андреевич Алексеевна Дмитриевич Николаевна Олегович", middle, " ")
            for (i = 0; i < n; i++) {
                digits = sprintf("%09d", 200000000 + offset + i)
                sum = 0
                for (k = 1; k <= 9; k++) sum += substr(digits, k, 1) * (10 - k)
                check = sum < 100 ? sum : sum <= 101 ? 0 : sum % 101 % 100
                printf "%s;%s;%s;%s-%s-%s %02d;%s;МАОУ СОШ № %d;учитель;%s\n", last[i % 10 + 1],
                    first[int(i / 10) % 10 + 1], middle[int(i / 100) % 8 + 1], substr(digits, 1, 3),
                    substr(digits, 4, 3), substr(digits, 7, 3), check, municipality[i % m], i % 40 + 1,
                    subject[i % s]
            }
        }' "$work/municipalities.txt" "$work/subjects.txt" >"$out"
}

# A kill scenario: copies $base, runs the command, kills it at a random moment
# (kill_moment), then the file must be sound and exactly the before or the
# after state.
kill_scenario() {
    local name=$1 base=$2 fp_sql=$3 duration=$4 after=$5
    shift 5
    local before outcome trial_db=$work/$name.sqlite delay fp problem reached_before=0 reached_after=0 k
    before=$(fingerprint "$base" "$fp_sql")
    for ((k = 1; k <= trials; k++)); do
        copy_db "$base" "$trial_db"
        delay=$(kill_moment "$k" "$duration")
        outcome=$(run_and_kill "$delay" "$work/$name.log" --db "$trial_db" "$@")
        problem=$(soundness "$trial_db")
        fp=$(fingerprint "$trial_db" "$fp_sql")
        if [[ -z $problem ]]; then
            if [[ $fp == "$before" ]]; then reached_before=$((reached_before + 1))
            elif [[ $fp == "$after" ]]; then reached_after=$((reached_after + 1))
            else problem="a state between before and after (killed at ${delay} s): [$fp] is neither [$before] nor [$after]"
            fi
        fi
        if [[ -n $problem ]]; then
            fail "$name" "$problem (killed at ${delay} s, $outcome)"
        else
            pass "$name"
        fi
    done
    note "$name" "uninterrupted ${duration} s; ended in the before state $reached_before times, in the after state $reached_after times"
}

# --- the scenarios ---------------------------------------------------------

echo "reliability.sh: rows $rows, trials $trials, seed $seed, scratch $work"
echo "   metodist-cli: $cli"
t_all=$(now)

base_init=$work/base-init.sqlite
m "$base_init" init --region kaliningrad >/dev/null || { echo "init failed" >&2; exit 1; }
csv=$work/teachers.csv
generate_csv "$rows" 0 "$csv" "$base_init"
half=$((rows / 2))
generate_csv "$half" 0 "$work/teachers-a.csv" "$base_init"
generate_csv "$half" "$rows" "$work/teachers-b.csv" "$base_init"
echo "   generated $csv: $rows rows, $(du -k "$csv" | cut -f1) KiB"

# The registry after a complete import: the "after" state of the import, and
# the source of the backup scenario.
imported=$work/imported.sqlite
copy_db "$base_init" "$imported"
import_seconds=$(calibrate "$work/import-calibration.log" --db "$imported" import teachers "$csv") || exit 1
import_after=$(fingerprint "$imported" "$FP_REGISTRY")

if wanted kill-import; then
    begin kill-import "kill -9 at a random moment of 'import teachers' ($rows rows)"
    kill_scenario kill-import "$base_init" "$FP_REGISTRY" "$import_seconds" "$import_after" import teachers "$csv"
fi

if wanted kill-assign-auto || wanted import-and-assign-set; then
    base_people=$work/base-people.sqlite
    m "$base_people" demo --teachers "$rows" --methodists $((rows / 60 + 10)) --no-support-data --today "$today" \
        >/dev/null || { echo "demo --no-support-data failed" >&2; exit 1; }
fi

if wanted kill-assign-auto; then
    begin kill-assign-auto "kill -9 at a random moment of 'assign auto' ($rows teachers without a methodist)"
    planned=$work/planned.sqlite
    copy_db "$base_people" "$planned"
    seconds=$(calibrate "$work/assign-calibration.log" --db "$planned" assign auto --year "$year") || exit 1
    kill_scenario kill-assign-auto "$base_people" "$FP_REGISTRY" "$seconds" "$(fingerprint "$planned" "$FP_REGISTRY")" \
        assign auto --year "$year"
fi

if wanted kill-demo; then
    demo_teachers=$((rows / 5))
    begin kill-demo "kill -9 at a random moment of 'demo' ($demo_teachers teachers with support data, into an initialised file)"
    demo_db=$work/demo.sqlite
    copy_db "$base_init" "$demo_db"
    seconds=$(calibrate "$work/demo-calibration.log" --db "$demo_db" demo --teachers "$demo_teachers" \
        --methodists $((demo_teachers / 60 + 10)) --today "$today") || exit 1
    kill_scenario kill-demo "$base_init" "$FP_REGISTRY" "$seconds" "$(fingerprint "$demo_db" "$FP_REGISTRY")" \
        demo --teachers "$demo_teachers" --methodists $((demo_teachers / 60 + 10)) --today "$today"
fi

if wanted kill-backup; then
    begin kill-backup "kill -9 at a random moment of 'backup' of the imported registry"
    source_fp=$(fingerprint "$imported" "$FP_REGISTRY")
    t0=$(now)
    m "$imported" backup "$work/backup-calibration.sqlite" >/dev/null || { echo "backup failed" >&2; exit 1; }
    seconds=$(since "$t0")
    for ((k = 1; k <= trials; k++)); do
        target=$work/backup-$k.sqlite
        delay=$(kill_moment "$k" "$seconds")
        outcome=$(run_and_kill "$delay" "$work/backup.log" --db "$imported" backup "$target")
        problem=$(soundness "$imported")
        [[ -z $problem && $(fingerprint "$imported" "$FP_REGISTRY") != "$source_fp" ]] && problem="the source changed"
        if [[ -z $problem && -e $target ]]; then
            # A file under the backup's name must be the whole backup: anything
            # else is taken for one later, and blocks the name ("already exists").
            if [[ -n $(soundness "$target") || $(fingerprint "$target" "$FP_REGISTRY") != "$source_fp" ]]; then
                problem="an incomplete backup file was left under the backup's name ($(stat -c %s "$target") bytes)"
            fi
        fi
        if [[ -n $problem ]]; then fail kill-backup "$problem (killed at ${delay} s, $outcome)"; else pass kill-backup; fi
    done
    note kill-backup "uninterrupted ${seconds} s"
fi

if wanted kill-migration; then
    begin kill-migration "kill -9 at a random moment of the upgrade of a schema-2 file with $rows teachers ('init')"
    old=$work/old-schema2.sqlite
    "$old_schema" "$old" 2 >/dev/null || { echo "metodist-old-schema failed" >&2; exit 1; }
    sqlite3 "$old" "
        INSERT INTO municipalities (name, search_key) VALUES ('г. Калининград', 'г. калининград');
        INSERT INTO organisations (name, municipality_id, search_key) VALUES ('МАОУ СОШ № 1', 1, 'маоу сош № 1');
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows)
        INSERT INTO teachers (last_name, first_name, organisation_id, search_key)
            SELECT 'Иванова' || i, 'Анна', 1, 'иванова' || i || ' анна' FROM n;" || exit 1
    FP_MIGRATION="SELECT (SELECT count(*) FROM teachers), (SELECT count(*) FROM teachers_search_docsize),
        (SELECT total(length(last_name) + id) FROM teachers), (SELECT count(*) FROM organisations)"
    upgraded=$work/upgraded.sqlite
    copy_db "$old" "$upgraded"
    seconds=$(calibrate "$work/migration-calibration.log" --db "$upgraded" init) || exit 1
    data_fp=$(fingerprint "$old" "$FP_MIGRATION")
    latest=$(sqlite3 "$upgraded" "SELECT max(version) FROM schema_migrations")
    for ((k = 1; k <= trials; k++)); do
        trial_db=$work/migration/old.sqlite
        rm -rf "$work/migration"
        mkdir -p "$work/migration"
        copy_db "$old" "$trial_db"
        delay=$(kill_moment "$k" "$seconds")
        outcome=$(run_and_kill "$delay" "$work/migration.log" --db "$trial_db" init)
        problem=$(soundness "$trial_db")
        version=$(sqlite3 "$trial_db" "SELECT max(version) FROM schema_migrations" 2>&1)
        if [[ -z $problem && $version != 2 && $version != "$latest" ]]; then
            problem="schema $version, neither 2 nor $latest"
        elif [[ -z $problem && $(fingerprint "$trial_db" "$FP_MIGRATION") != "$data_fp" ]]; then
            problem="the teachers changed: [$(fingerprint "$trial_db" "$FP_MIGRATION")] instead of [$data_fp]"
        fi
        # Every copy taken before the upgrade must be the whole old file.
        for backup in "$work"/migration/old.schema2-backup-*.sqlite; do
            [[ -e $backup ]] || continue
            if [[ $(sqlite3 "$backup" "PRAGMA integrity_check" 2>&1) != ok \
                  || $(fingerprint "$backup" "$FP_MIGRATION") != "$data_fp" ]]; then
                problem="${problem:+$problem; }an incomplete pre-upgrade copy was left: $(basename "$backup"), $(stat -c %s "$backup") bytes"
            fi
        done
        # And the program must still open and upgrade the file afterwards.
        if ! out=$(m "$trial_db" init 2>&1); then
            problem="${problem:+$problem; }the next upgrade failed: $(echo "$out" | tail -n 1)"
        fi
        if [[ -n $problem ]]; then fail kill-migration "$problem (killed at ${delay} s, $outcome)"; else pass kill-migration; fi
    done
    note kill-migration "uninterrupted ${seconds} s (backup copy, then migrations 3..$latest)"
fi

if wanted concurrent-imports; then
    begin concurrent-imports "two imports of $half different teachers each into one file at the same time"
    for ((k = 1; k <= (trials + 1) / 2; k++)); do
        trial_db=$work/concurrent.sqlite
        copy_db "$base_init" "$trial_db"
        start_cli "$work/concurrent-a.log" --db "$trial_db" import teachers "$work/teachers-a.csv"
        a=$bg_pid
        start_cli "$work/concurrent-b.log" --db "$trial_db" import teachers "$work/teachers-b.csv"
        b=$bg_pid
        wait "$a"; status_a=$?
        wait "$b"; status_b=$?
        problem=$(soundness "$trial_db")
        count=$(sqlite3 "$trial_db" "SELECT count(*) FROM teachers")
        if [[ -z $problem ]] && ((status_a != 0 || status_b != 0)); then
            problem="an import was refused (exit $status_a/$status_b): $(tail -q -n 1 "$work/concurrent-a.log" "$work/concurrent-b.log" | tr '\n' ' ')"
        fi
        [[ -z $problem && $count != $((2 * half)) ]] && problem="$count teachers instead of $((2 * half))"
        if [[ -n $problem ]]; then fail concurrent-imports "$problem"; else pass concurrent-imports; fi
    done
fi

if wanted import-and-assign-set; then
    begin import-and-assign-set "'assign set' in a loop while $rows teachers are imported into the same file"
    trial_db=$work/import-assign.sqlite
    copy_db "$base_people" "$trial_db"
    # СНИЛС from 700-000-000 on: none of the demo's people have them.
    generate_csv "$rows" 500000000 "$work/teachers-c.csv" "$trial_db"
    teachers_before=$(sqlite3 "$trial_db" "SELECT count(*) FROM teachers")
    in_range="snils BETWEEN '70000000000' AND '70999999999'"
    mapfile -t teacher_snils < <(sqlite3 "$trial_db" "SELECT snils FROM teachers WHERE snils IS NOT NULL ORDER BY id LIMIT 400")
    methodist=$(sqlite3 "$trial_db" "SELECT snils FROM methodists WHERE snils IS NOT NULL ORDER BY id LIMIT 1")
    start_cli "$work/import-assign.log" --db "$trial_db" import teachers "$work/teachers-c.csv"
    importer=$bg_pid
    assigned=0 refused=0 i=0
    # As long as the import runs (and a few times at least).
    while ((i < ${#teacher_snils[@]})) && { kill -0 "$importer" 2>/dev/null || ((i < 5)); }; do
        if out=$(m "$trial_db" assign set "${teacher_snils[i]}" "$methodist" --year "$year" \
                 --override-reason "reliability test" 2>&1); then
            assigned=$((assigned + 1))
            pass import-and-assign-set
        else
            refused=$((refused + 1))
            fail import-and-assign-set "assign set refused: $(echo "$out" | tail -n 1)"
        fi
        i=$((i + 1))
    done
    wait "$importer"; status=$?
    problem=$(soundness "$trial_db")
    kept=$(sqlite3 "$trial_db" "SELECT count(*) FROM assignments a JOIN methodists m ON m.id = a.methodist_id
                                WHERE m.snils = '$methodist' AND a.academic_year = '$year'" 2>&1)
    imported_count=$(sqlite3 "$trial_db" "SELECT count(*) FROM teachers WHERE $in_range" 2>&1)
    teachers_after=$(sqlite3 "$trial_db" "SELECT count(*) FROM teachers" 2>&1)
    [[ -z $problem && $status != 0 ]] && problem="the import failed: $(tail -n 1 "$work/import-assign.log")"
    [[ -z $problem && $kept != "$assigned" ]] && problem="$assigned assignments reported, $kept kept"
    [[ -z $problem && ($imported_count != "$rows" || $teachers_after != $((teachers_before + rows))) ]] \
        && problem="$imported_count of $rows imported teachers kept, $teachers_after teachers in all (were $teachers_before)"
    if [[ -n $problem ]]; then fail import-and-assign-set "$problem"; else pass import-and-assign-set; fi
    note import-and-assign-set "$assigned assignments while the import ran, $refused refused; the last trial is the final state"
fi

if wanted readers-during-import; then
    begin readers-during-import "'list teachers' again and again while $rows teachers are imported"
    trial_db=$work/readers.sqlite
    copy_db "$base_init" "$trial_db"
    start_cli "$work/readers-import.log" --db "$trial_db" import teachers "$csv"
    importer=$bg_pid
    reads=0 saw_before=0 saw_after=0
    while kill -0 "$importer" 2>/dev/null || ((reads == 0)); do
        if m "$trial_db" list teachers --format csv >"$work/reader.out" 2>"$work/reader.err"; then
            lines=$(($(wc -l <"$work/reader.out") - 1))
            ((lines == 0)) && saw_before=$((saw_before + 1))
            ((lines == rows)) && saw_after=$((saw_after + 1))
            if ((lines == 0 || lines == rows)); then pass readers-during-import
            else fail readers-during-import "a reader saw $lines of $rows rows"
            fi
        else
            fail readers-during-import "a reader failed: $(tail -n 1 "$work/reader.err")"
        fi
        reads=$((reads + 1))
    done
    wait "$importer" || fail readers-during-import "the import failed: $(tail -n 1 "$work/readers-import.log")"
    note readers-during-import "$saw_before reads saw no teachers yet, $saw_after saw all $rows"
fi

if wanted full-disk; then
    begin full-disk "import and backup with a file size limit (ulimit -f, SIGXFSZ ignored: writes fail with EFBIG as on a full disk)"
    before_fp=$(fingerprint "$base_init" "$FP_REGISTRY")
    size_kib=$(( $(stat -c %s "$base_init") / 1024 ))
    refused=0 completed=0
    grown_kib=$(( $(stat -c %s "$imported") / 1024 ))
    for ((k = 1; k <= trials; k++)); do
        trial_db=$work/full.sqlite
        copy_db "$base_init" "$trial_db"
        # Somewhere between the file as it is and a little more than the import needs.
        limit=$(( size_kib + RANDOM * (grown_kib * 13 / 10 - size_kib) / 32768 ))
        (ulimit -f "$limit"; trap '' XFSZ; exec "$cli" --db "$trial_db" import teachers "$csv") >"$work/full.log" 2>&1
        status=$?
        problem=$(soundness "$trial_db")
        fp=$(fingerprint "$trial_db" "$FP_REGISTRY")
        if [[ -z $problem ]]; then
            if ((status == 0)); then
                completed=$((completed + 1))
                [[ $fp == "$import_after" ]] || problem="the import reported success but the file holds [$fp]"
            elif ((status >= 128)); then
                problem="the import died with signal $((status - 128))"
            elif [[ $fp != "$before_fp" ]]; then
                problem="the failed import changed the file: [$fp] instead of [$before_fp]"
            elif [[ ! -s $work/full.log ]]; then
                problem="the import failed without a message"
            else
                refused=$((refused + 1))
            fi
        fi
        if [[ -n $problem ]]; then fail full-disk "import under ulimit -f $limit KiB: $problem"; else pass full-disk; fi
    done
    for ((k = 1; k <= (trials + 1) / 2; k++)); do
        target=$work/full-backup-$k.sqlite
        limit=$(( RANDOM * (grown_kib * 13 / 10) / 32768 ))
        (ulimit -f "$limit"; trap '' XFSZ; exec "$cli" --db "$imported" backup "$target") >"$work/full-backup.log" 2>&1
        status=$?
        problem=""
        if ((status == 0)); then
            [[ -n $(soundness "$target") ]] && problem="backup reported success but the copy is not sound"
        elif [[ -e $target ]]; then
            problem="the failed backup left a file under the backup's name ($(stat -c %s "$target") bytes)"
        fi
        if [[ -n $problem ]]; then fail full-disk "backup under ulimit -f $limit KiB: $problem"; else pass full-disk; fi
    done
    note full-disk "imports: $refused stopped by the limit, $completed completed within it (file $size_kib KiB, $grown_kib KiB when imported)"
fi

# A program holds the file open in WAL mode; a read-only command runs beside
# it. The holder's write-ahead log must survive, and every write with it.
wal_holder_check() {
    local holder_pid=$1 fd
    for fd in "/proc/$holder_pid/fd"/*; do
        if [[ $(readlink "$fd" 2>/dev/null) == *"-wal (deleted)" ]]; then
            echo "the holder's -wal file was deleted under it (ls -l /proc/$holder_pid/fd shows «(deleted)»)"
            return
        fi
    done
}

# sqlite3 as the holder. With lose_locks, it reads the database file once
# through a descriptor of its own (readfile()), as Database::open's header
# check did inside a program that already had a connection (the window, when
# a background task opens its own): closing that descriptor drops every POSIX
# lock the process holds on the file, and the next program to close its
# connection believes itself the last one.
wal_with_sqlite3() {
    local name=$1 lose_locks=$2 trial_db=$work/$1.sqlite problem="" reply
    copy_db "$base_init" "$trial_db"
    coproc HOLDER { exec sqlite3 "$trial_db"; }
    started_pids+=("$HOLDER_PID")
    {
        echo "INSERT INTO settings (key, value) VALUES ('reliability.holder-1', '1');"
        [[ $lose_locks == 1 ]] && echo "SELECT length(readfile('$trial_db')) > 0;"
        echo "SELECT 'ready';"
    } >&"${HOLDER[1]}"
    while read -r -t 10 reply <&"${HOLDER[0]}" && [[ $reply != ready ]]; do :; done
    if ! out=$(m "$trial_db" list methodists 2>&1); then
        problem="list methodists failed: $(echo "$out" | tail -n 1)"
    fi
    [[ -z $problem ]] && problem=$(wal_holder_check "$HOLDER_PID")
    # Another program writes, then the holder writes again and closes.
    sqlite3 "$trial_db" "INSERT INTO settings (key, value) VALUES ('reliability.other', '1');" 2>/dev/null
    { echo "INSERT INTO settings (key, value) VALUES ('reliability.holder-2', '1');"; echo "SELECT 'written';"; echo ".quit"; } >&"${HOLDER[1]}"
    while read -r -t 10 reply <&"${HOLDER[0]}" && [[ $reply != written ]]; do :; done
    wait "$HOLDER_PID" 2>/dev/null
    local kept
    kept=$(sqlite3 "$trial_db" "SELECT group_concat(key, ' ') FROM (SELECT key FROM settings WHERE key LIKE 'reliability.%' ORDER BY key)")
    if [[ $kept != "reliability.holder-1 reliability.holder-2 reliability.other" ]]; then
        problem="${problem:+$problem; }writes lost: only [$kept] of holder-1, holder-2, other are in the file"
    fi
    local sound
    sound=$(soundness "$trial_db")
    [[ -n $sound ]] && problem="${problem:+$problem; }$sound"
    if [[ -n $problem ]]; then fail "$name" "$problem"; else pass "$name"; fi
}

if wanted wal-holder-sqlite3; then
    begin wal-holder-sqlite3 "'list methodists' while the sqlite3 shell holds the file open in WAL mode"
    for ((k = 1; k <= 2; k++)); do wal_with_sqlite3 wal-holder-sqlite3 0; done
fi

# Only when named (--only wal-holder-lost-locks): it simulates, inside a
# foreign holder, the bug Metodist's own header check had, and no reader can
# protect a holder that dropped its own locks (SQLite's "How To Corrupt", 2.2):
# a reader that opens read-write checkpoints and removes the log as the last
# user it believes itself to be. Metodist no longer drops its locks; its own
# holder (the window with two connections) is tested in tests/test_trust.cpp.
if [[ ",$only," == *",wal-holder-lost-locks,"* ]]; then
    begin wal-holder-lost-locks "'list methodists' beside a holder that has lost its POSIX locks (what the header check did in the window)"
    for ((k = 1; k <= 2; k++)); do wal_with_sqlite3 wal-holder-lost-locks 1; done
fi

if wanted wal-holder-import; then
    begin wal-holder-import "'list methodists' again and again while a long import holds the file"
    trial_db=$work/wal-import.sqlite
    copy_db "$base_init" "$trial_db"
    start_cli "$work/wal-import.log" --db "$trial_db" import teachers "$csv"
    importer=$bg_pid
    while kill -0 "$importer" 2>/dev/null; do
        if out=$(m "$trial_db" list methodists 2>&1); then
            problem=$(wal_holder_check "$importer")
            if [[ -n $problem ]]; then fail wal-holder-import "$problem"; else pass wal-holder-import; fi
        else
            fail wal-holder-import "list methodists failed: $(echo "$out" | tail -n 1)"
        fi
        sleep 0.2
    done
    wait "$importer" || fail wal-holder-import "the import failed: $(tail -n 1 "$work/wal-import.log")"
    [[ $(sqlite3 "$trial_db" "SELECT count(*) FROM teachers") == "$rows" ]] \
        || fail wal-holder-import "the import's rows are not all in the file"
fi

if wanted read-missing-file; then
    begin read-missing-file "read-only commands on a file that does not exist create nothing"
    for command in "list methodists" "list teachers" "assign list --year $year" "check" "export teachers $work/x.csv"; do
        missing=$work/missing/none.sqlite
        rm -rf "$work/missing"
        # shellcheck disable=SC2086
        m "$missing" $command >/dev/null 2>&1
        status=$?
        if [[ -e $missing || -d $work/missing ]]; then
            fail read-missing-file "'$command' created $(find "$work/missing" | tail -n 1) (exit $status)"
        elif ((status == 0)); then
            fail read-missing-file "'$command' succeeded on a missing file"
        else
            pass read-missing-file
        fi
    done
fi

# --- summary ---------------------------------------------------------------

echo
printf '%-24s %7s %7s %9s\n' scenario trials passes failures
for name in "${names[@]}"; do
    printf '%-24s %7d %7d %9d\n' "$name" "${trial_count[$name]}" "${pass_count[$name]}" "${fail_count[$name]}"
done
echo
for name in "${names[@]}"; do
    [[ -n ${notes[$name]} ]] && echo "$name: ${notes[$name]}"
done
echo "reliability.sh: $(since "$t_all") s, seed $seed; $(if ((any_failure)); then echo FAILURES; else echo all passed; fi)"
exit $any_failure
