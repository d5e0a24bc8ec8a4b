#!/usr/bin/env bash
# Times `hukouctl import persons` of N generated rows against the sqlite3 shell's `.import` of the
# same CSV into a plain table whose citizen_id is the primary key. Run from a Release build:
#   cmake -S . -B build/rel -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUKOU_BUILD_GUI=OFF && cmake --build build/rel
#   tests/bench/import_vs_sqlite.sh build/rel/app/hukouctl 1000000
set -euo pipefail
ctl=$(realpath "$1")
n=${2:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
echo "cores: $(nproc)"
"$ctl" demo --persons "$n" --seed 1 --csv persons.csv >/dev/null
echo "generated $n rows ($(du -h persons.csv | cut -f1))"

# Each timed command starts with nothing left to write back from the one before (sync), so neither
# pays for the other's disk writes.
sync
start=$(date +%s.%N)
sqlite3 plain.db "CREATE TABLE person(citizen_id TEXT PRIMARY KEY, name, sex, birth_date, ethnicity, district,
  address, household_number, relation, hukou_nature, moved_in_date, moved_in_from, education, marital_status,
  occupation);" ".mode csv" ".import --skip 1 persons.csv person"
base=$(echo "$(date +%s.%N) - $start" | bc)

export HUKOU_PASSWORD=bench-pass-1
"$ctl" --db hukou.db init --admin bench >/dev/null
sync
start=$(date +%s.%N)
"$ctl" --db hukou.db --user bench import persons persons.csv
ours=$(echo "$(date +%s.%N) - $start" | bc)

printf 'sqlite3 .import: %.1f s\nhukouctl import: %.1f s (validation, households, search index, journal)\nratio: %.2f\n' \
    "$base" "$ours" "$(echo "$ours / $base" | bc -l)"
