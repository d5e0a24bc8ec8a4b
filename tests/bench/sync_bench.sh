#!/usr/bin/env bash
# Times sync bundles on generated data: a field laptop's new persons travelling to a large office
# (`sync export` on the laptop, `sync import` at the office) against a plain `import persons` of the
# same rows into a copy of the same office database, and a reference bundle of the office's largest
# district (`sync export --reference`, then `sync import` into a fresh laptop). Run from a Release build:
#   cmake -S . -B build/rel -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUKOU_BUILD_GUI=OFF -DHUKOU_BUILD_TESTS=OFF
#   cmake --build build/rel --target hukouctl
#   tests/bench/sync_bench.sh build/rel/app/hukouctl [OFFICE_PERSONS] [CHANGED_PERSONS]
# Defaults: 1000000 office persons, 100000 new persons on the laptop. The target is a sync import
# at most 1.5 times as long as the plain import of the same rows. Everything happens in a temporary
# folder, deleted at the end unless SYNC_BENCH_KEEP is set (then its path is printed).
set -euo pipefail
if [[ $# -lt 1 || $# -gt 3 ]]; then
    echo "usage: $0 HUKOUCTL [OFFICE_PERSONS] [CHANGED_PERSONS]" >&2
    exit 2
fi
ctl=$(realpath "$1")
office_n=${2:-1000000}
changed_n=${3:-100000}
# Laptop households are numbered after every office household (there are fewer households than
# persons): district code + 7 digits, as the generator writes them.
if ((office_n + changed_n >= 10000000)); then
    echo "OFFICE_PERSONS + CHANGED_PERSONS must stay below 10000000 (7-digit household numbers)" >&2
    exit 2
fi
work=$(mktemp -d)
trap '[[ -n ${SYNC_BENCH_KEEP:-} ]] && echo "kept $work" || rm -rf "$work"' EXIT
cd "$work"
echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"

export HUKOU_PASSWORD=bench-pass-1
ctl_as() { # ctl_as DB ARGS...: as the administrator
    local db=$1
    shift
    "$ctl" --db "$db" --user admin "$@"
}
now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc; }
size() { du -h "$1" | cut -f1; }
# The identity line `sync identity` prints for WORD (device or key).
identity() { "$ctl" --db "$1" sync identity | awk -v w="$2" '$1 == w { print $2 }'; }
pair() { # pair DB NAME_THERE PEER_DB: DB trusts PEER_DB under NAME_THERE
    ctl_as "$1" sync trust --name "$2" --device "$(identity "$3" device)" --key "$(identity "$3" key)" >/dev/null
}
# Runs a command timed, after writing back what earlier commands left (so none pays for another's
# disk writes); its output goes to LOG and is echoed; exit 3 (partly done) is reported, not fatal.
t_export='' t_import='' t_plain='' t_ref_export='' t_ref_import=''
timed() { # timed VAR LOG COMMAND...
    local var=$1 log=$2 start rc=0
    shift 2
    sync
    start=$(now)
    "$@" >"$log" 2>&1 || rc=$?
    printf -v "$var" '%s' "$(elapsed "$start")"
    sed 's/^/    /' "$log"
    if ((rc != 0 && rc != 3)); then
        echo "failed (exit $rc): $*" >&2
        exit 1
    fi
    ((rc == 0)) || echo "    (exit $rc: partly done)"
}

# 1. The office: OFFICE_PERSONS generated persons, paired with a laptop.
start=$(now)
"$ctl" --db office.db init --admin admin >/dev/null
"$ctl" --db office.db --user admin demo --persons "$office_n" --seed 1 | sed 's/^/    /'
echo "office: $office_n persons generated in $(printf '%.1f' "$(elapsed "$start")") s, $(size office.db)"
"$ctl" --db laptop.db init --admin admin >/dev/null
pair office.db laptop laptop.db
pair laptop.db office office.db
# Copies taken while nothing has the files open: the office as it is before any bundle (for the
# plain import), and the laptop paired but still empty (the same device, for the reference bundle).
for f in office.db office.db-wal; do
    if [[ -e $f ]]; then cp "$f" "plain-$f"; fi
done
for f in laptop.db laptop.db-wal; do
    if [[ -e $f ]]; then cp "$f" "fresh-$f"; fi
done

# 2. The laptop's new persons: the generator with another seed (its CSV for seed 1 is what `demo`
# imported at the office, the same day), households renumbered after the office's, and every household
# with a citizen ID the office has dropped; cut to CHANGED_PERSONS rows (the last household may
# lose its last members, never its head, who comes first).
"$ctl" demo --persons "$office_n" --seed 1 --csv office.csv >/dev/null
"$ctl" demo --persons $((changed_n + changed_n / 10 + 100)) --seed 2 --csv seed2.csv >/dev/null
if grep -q '"' office.csv seed2.csv; then
    echo "generated CSV has quoted fields; this script splits on commas only" >&2
    exit 1
fi
awk -F, -v OFS=, -v offset="$office_n" -v want="$changed_n" '
    FNR == 1 { delete col; for (i = 1; i <= NF; ++i) col[$i] = i; id = col["citizen_id"]; hh = col["household_number"] }
    NR == FNR { if (FNR > 1) office[$id] = 1; next }
    FNR == 1 { print; next }
    function flush(   i) {
        if (n && !clash)
            for (i = 1; i <= n && written < want; ++i) { print rows[i]; ++written }
        else if (n) { ++dropped; droppedRows += n }
        n = 0; clash = 0
    }
    {
        if ($hh != current) { flush(); current = $hh }
        if ($id in office) clash = 1
        $hh = substr($hh, 1, 6) sprintf("%07d", substr($hh, 7) + offset)
        rows[++n] = $0
    }
    END {
        flush()
        if (written < want) { print "only " written " rows without a clash" > "/dev/stderr"; exit 1 }
        print "dropped " dropped + 0 " generated households (" droppedRows + 0 " persons) whose citizen IDs the office has" > "/dev/stderr"
    }' office.csv seed2.csv >laptop.csv
csv_column() { # csv_column FILE NAME: that column's values, without the header
    awk -F, -v name="$2" 'NR == 1 { for (i = 1; i <= NF; ++i) if ($i == name) c = i; next } { print $c }' "$1"
}
echo "laptop CSV: $(($(wc -l <laptop.csv) - 1)) persons in $(csv_column laptop.csv household_number | sort -u | wc -l) households, $(size laptop.csv)"
# The office's largest district, by persons.
district=$(csv_column office.csv district | sort | uniq -c | sort -rn | awk 'NR == 1 { print $2 }')
rm -f seed2.csv office.csv

start=$(now)
ctl_as laptop.db import persons laptop.csv --accept-duplicates | sed 's/^/    /'
echo "laptop: imported in $(printf '%.1f' "$(elapsed "$start")") s"

# 3. The laptop's changes to the office.
echo "sync export --peer office (laptop):"
timed t_export export.log ctl_as laptop.db sync export --peer office --out changes.hkb
echo "sync import changes.hkb (office):"
timed t_import import.log ctl_as office.db sync import changes.hkb

# 4. The same rows imported plainly into the office as it was.
echo "import persons laptop.csv (copy of the office):"
timed t_plain plain.log ctl_as plain-office.db import persons laptop.csv --accept-duplicates

# 5. A reference bundle of the largest district, into the laptop as it was when paired.
echo "sync export --reference --district $district --peer laptop (office):"
timed t_ref_export ref-export.log ctl_as office.db sync export --reference --district "$district" --peer laptop --out ref.hkb
echo "sync import ref.hkb (fresh laptop):"
timed t_ref_import ref-import.log ctl_as fresh-laptop.db sync import ref.hkb

# 6. Summary.
ratio=$(echo "$t_import / $t_plain" | bc -l)
first() { head -n 1 "$1"; }
row() { printf '%-48s %9.2f %11s  %s\n' "$@"; }
echo
echo "$office_n office persons, $changed_n new persons on the laptop, largest district $district"
printf '%-48s %9s %11s  %s\n' step seconds bytes result
row "sync export --peer office (laptop)" "$t_export" "$(stat -c %s changes.hkb)" "$(first export.log)"
row "sync import (office)" "$t_import" "" "$(first import.log)"
row "import persons, same CSV (office copy)" "$t_plain" "$(stat -c %s laptop.csv)" "$(first plain.log)"
row "sync export --reference --district $district" "$t_ref_export" "$(stat -c %s ref.hkb)" "$(first ref-export.log)"
row "sync import reference (fresh laptop)" "$t_ref_import" "" "$(first ref-import.log)"
printf 'sync import / plain import: %.2f (target <= 1.5)\n' "$ratio"
