#!/usr/bin/env bash
# Issue 3 figure: `metodset import people` of a CSV of N valid rows (bench/people_csv.py) into a fresh
# `metodset demo` SQLite database, through the command line; prints persons per second (median of RUNS).
#   bench/import_people.sh [BIN] [ROWS] [RUNS]
set -euo pipefail
BIN=${1:-build/bin/metodset}
ROWS=${2:-100000}
RUNS=${3:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/metodset-import-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$BIN" demo --db "sqlite://$work/demo.db" >/dev/null 2>&1
python3 "$root/bench/people_csv.py" --rows "$ROWS" --sqlite "$work/demo.db" >"$work/people.csv"
echo "file: $ROWS rows, $(du -h "$work/people.csv" | cut -f1); machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# Each run imports into its own copy of the fresh demo database (the copy is not timed).
fresh() { rm -f "$work"/run.db*; cp "$work/demo.db" "$work/run.db"; }
# A checked run first: the file must import cleanly, every row a new person.
fresh
"$BIN" import people --db "sqlite://$work/run.db" "$work/people.csv" >"$work/stdout" 2>"$work/stderr" ||
  { cat "$work/stdout" "$work/stderr"; exit 1; }
grep -q "Новых работников: $ROWS" "$work/stdout" || { cat "$work/stdout"; exit 1; }

if command -v hyperfine >/dev/null; then
  hyperfine --runs "$RUNS" --prepare "rm -f $work/run.db*; cp $work/demo.db $work/run.db" \
    --export-json "$work/h.json" "$BIN import people --db sqlite://$work/run.db $work/people.csv"
  median=$(python3 -c "import json,sys; print(json.load(open('$work/h.json'))['results'][0]['median'])")
else
  times=()
  for ((i = 1; i <= RUNS; i++)); do
    fresh
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$BIN" import people --db "sqlite://$work/run.db" \
      "$work/people.csv" >"$work/stdout" 2>"$work/stderr"
    read -r wall user sys rss <"$work/time"
    echo "run $i: ${wall} s wall, ${user} s user, ${sys} s sys, peak RSS $((rss / 1024)) MB"
    times+=("$wall")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
fi
python3 -c "print(f'median {float(\"$median\"):.2f} s: {int($ROWS / float(\"$median\"))} persons/s')"
