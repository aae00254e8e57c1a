#!/usr/bin/env bash
# Collegial bodies (issue 6): the compliance dashboard over the national demo data. Creates the national demo
# (`metodset demo --scale national`: a council and four unions with members and sessions in every municipality)
# on SQLite, or on PostgreSQL when BODIES_PG_URL is given, adds a user with the regional-admin role over the whole
# country, starts the server and times with curl `GET /api/v1/bodies/compliance` for the whole country, for one
# region and for one municipality. Prints the median of each as a Markdown table. Builds nothing.
#
# Usage: bench/bodies_compliance.sh [BUILD_DIR]
# Environment (all optional):
#   BODIES_PG_URL     admin URL of a PostgreSQL server; a fresh database is created there and dropped after
#   BODIES_REPEATS    requests per measure; the median is reported                       (default: 7)
#   BODIES_KEEP_DB    an existing national database URL to reuse (skips the demo)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-${BUILD_DIR:-build}}"
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
METODSET="${BENCH_METODSET:-$BUILD_DIR/bin/metodset}"
REPEATS="${BODIES_REPEATS:-7}"
PASSWORD="Bench-Compliance-2026"
die() { echo "bench: $*" >&2; exit 1; }
[[ -x "$METODSET" ]] || die "no binary at $METODSET"
command -v curl >/dev/null || die "curl is needed"

WORK="$(mktemp -d)"
SERVER_PID=""
PG_DB=""
cleanup() {
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  if [[ -n "$PG_DB" ]]; then psql "$BODIES_PG_URL" -qc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -n "${BODIES_KEEP_DB:-}" ]]; then
  DB="$BODIES_KEEP_DB"
else
  if [[ -n "${BODIES_PG_URL:-}" ]]; then
    PG_DB="bodies_bench_$$"
    psql "$BODIES_PG_URL" -qc "CREATE DATABASE $PG_DB" >/dev/null
    DB="${BODIES_PG_URL%/*}/$PG_DB"
  else
    DB="sqlite://$WORK/national.db"
  fi
  start=$(date +%s)
  "$METODSET" demo --scale national --db "$DB" >"$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log"; die "demo failed"; }
  echo "national demo: $(( $(date +%s) - start )) s" >&2
  grep -E "коллегиальных органов" "$WORK/demo.log" >&2 || true
fi
echo "$PASSWORD" | "$METODSET" user add --db "$DB" --login nation --role regional-admin --scope all \
  --name "Федеральный методист" >/dev/null 2>&1 || true

PORT=$(( 20000 + RANDOM % 20000 ))
"$METODSET" serve --db "$DB" --listen "127.0.0.1:$PORT" --static none >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
BASE="http://127.0.0.1:$PORT"

login() {
  local jar="$WORK/$1.jar"
  curl -sf -c "$jar" -H 'content-type: application/json' -d "{\"login\":\"$1\",\"password\":\"$2\"}" \
    "$BASE/api/v1/auth/login" >/dev/null || die "login $1"
  echo "$jar"
}
NATION=$(login nation "$PASSWORD")
ADMIN=$(login admin Demo-2026)
YEAR=$(date -u +%Y)

# "first median" seconds: the first request (cold: the database's pages and the allocator not yet warm) and the
# median of REPEATS requests after it; also the number of bodies and those with issues of the last answer
measure() {
  local jar="$1" path="$2" times=() body first
  first=$(curl -s -b "$jar" -o "$WORK/answer.json" -w '%{time_total}' "$BASE$path")
  for _ in $(seq 1 "$REPEATS"); do
    times+=("$(curl -s -b "$jar" -o "$WORK/answer.json" -w '%{time_total}' "$BASE$path")")
  done
  body=$(python3 -c "import json,sys; d=json.load(open('$WORK/answer.json')); print(d['bodies_total'], d['bodies_with_issues'])")
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$first $median $body"
}

echo "| request | first (s) | median (s) of the next $REPEATS | bodies | with issues |"
echo "|---|---:|---:|---:|---:|"
read -r f t n w < <(measure "$NATION" "/api/v1/bodies/compliance?year=$YEAR")
cp "$WORK/answer.json" "$WORK/country.json"
SIZE=$(stat -c %s "$WORK/country.json")
echo "| whole country (\`nation\`, scope all; answer $((SIZE / 1024)) KB) | $f | $t | $n | $w |"
# A region other than Amur oblast and one of its municipalities, from the country's answer.
read -r REGION2 MUNI < <(python3 -c "
import json
d = json.load(open('$WORK/country.json'))
b = next(i['body'] for i in d['items'] if i['body']['region_id'] != 1 and i['body']['municipality_id'])
print(b['region_id'], b['municipality_id'])")
read -r f t n w < <(measure "$NATION" "/api/v1/bodies/compliance?region=$REGION2&year=$YEAR")
echo "| one region (id $REGION2) | $f | $t | $n | $w |"
read -r f t n w < <(measure "$NATION" "/api/v1/bodies/compliance?municipality=$MUNI&year=$YEAR")
echo "| one municipality (id $MUNI) | $f | $t | $n | $w |"
read -r f t n w < <(measure "$ADMIN" "/api/v1/bodies/compliance?year=$YEAR")
echo "| Amur oblast as \`admin\` | $f | $t | $n | $w |"
