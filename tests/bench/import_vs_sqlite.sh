#!/usr/bin/env bash
# Times `hukouctl import persons` of N generated rows against the sqlite3 shell's `.import` of the
# same CSV into a plain table whose citizen_id is the primary key. Run from a Release build:
#   cmake -S . -B build/rel -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUKOU_BUILD_GUI=OFF && cmake --build build/rel
#   tests/bench/import_vs_sqlite.sh build/rel/app/hukouctl 1000000 [ROUNDS]
# Each round times both commands, one after the other, on fresh files; the summary gives each
# round's ratio and their median (a shared machine's speed drifts from minute to minute, so ratios
# of runs taken side by side say more than any single time).
set -euo pipefail
ctl=$(realpath "$1")
n=${2:-1000000}
rounds=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
echo "cores: $(nproc)"
"$ctl" demo --persons "$n" --seed 1 --csv persons.csv >/dev/null
echo "generated $n rows ($(du -h persons.csv | cut -f1))"

export HUKOU_PASSWORD=bench-pass-1
ratios=()
for round in $(seq "$rounds"); do
    rm -f plain.db hukou.db hukou.db-wal hukou.db-shm
    # Each timed command starts with nothing left to write back from the one before (sync), so
    # neither pays for the other's disk writes.
    sync
    start=$(date +%s.%N)
    sqlite3 plain.db "CREATE TABLE person(citizen_id TEXT PRIMARY KEY, name, sex, birth_date, ethnicity, district,
      address, household_number, relation, hukou_nature, moved_in_date, moved_in_from, education, marital_status,
      occupation);" ".mode csv" ".import --skip 1 persons.csv person"
    base=$(echo "$(date +%s.%N) - $start" | bc)

    "$ctl" --db hukou.db init --admin bench >/dev/null
    sync
    start=$(date +%s.%N)
    "$ctl" --db hukou.db --user bench import persons persons.csv >/dev/null
    ours=$(echo "$(date +%s.%N) - $start" | bc)

    ratio=$(echo "$ours / $base" | bc -l)
    ratios+=("$ratio")
    printf 'round %d: sqlite3 .import %.1f s, hukouctl import %.1f s (validation, households, search index, journal), ratio %.2f\n' \
        "$round" "$base" "$ours" "$ratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
printf 'median ratio over %d rounds: %.2f\n' "$rounds" "$median"
