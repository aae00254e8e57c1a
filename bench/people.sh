#!/usr/bin/env bash
# People registry benchmark (issue 3): times `metodset demo --scale national` on SQLite and PostgreSQL, then
# measures with wrk, on the national SQLite database, the people list of one municipality as that
# municipality's coordinator against the same server's /healthz, and the server's peak RSS (VmHWM).
# Writes docs/PERFORMANCE-people.md. Builds nothing.
#
# Usage: bench/people.sh [BUILD_DIR]
# Environment (all optional):
#   BUILD_DIR            build tree holding bin/metodset                                  (default: build)
#   BENCH_METODSET       binary to use instead of BUILD_DIR/bin/metodset
#   PEOPLE_PG_URL        admin URL of a PostgreSQL server; a fresh database is created there and dropped after
#                        (e.g. postgresql://postgres@127.0.0.1:55432/postgres); without it PG is skipped
#   PEOPLE_DEMO_RUNS     runs of each national demo (hyperfine when installed)             (default: 1)
#   PEOPLE_SEED          --seed of the demo                                                (default: the built-in)
#   BENCH_SECONDS        length of one wrk run                                             (default: 5)
#   BENCH_REPEATS        wrk runs per endpoint; the median is reported                     (default: 3)
#   BENCH_CONNECTIONS    wrk connections                                                   (default: 64)
#   BENCH_WRK_THREADS    wrk threads                                                       (default: 2)
#   PEOPLE_MUNICIPALITY  municipality measured (the demo user `coord` coordinates id 1)   (default: 1)
#   PEOPLE_OUT           report path                                                       (default: docs/PERFORMANCE-people.md)
#   PEOPLE_KEEP_DB       directory to keep the national SQLite database in (it is ~1 GB)  (default: removed)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-${BUILD_DIR:-build}}"
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
METODSET="${BENCH_METODSET:-$BUILD_DIR/bin/metodset}"
RUNS="${PEOPLE_DEMO_RUNS:-1}"
SECONDS_PER_RUN="${BENCH_SECONDS:-5}"
REPEATS="${BENCH_REPEATS:-3}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
WRK_THREADS="${BENCH_WRK_THREADS:-2}"
MUNICIPALITY="${PEOPLE_MUNICIPALITY:-1}"
OUT="${PEOPLE_OUT:-$ROOT/docs/PERFORMANCE-people.md}"
SEED_ARGS=()
[[ -n "${PEOPLE_SEED:-}" ]] && SEED_ARGS=(--seed "$PEOPLE_SEED")
LOGIN="coord"
PASSWORD="Demo-2026"

die() { echo "bench: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }

command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"
command -v curl >/dev/null || die "curl is not installed"
[[ -x "$METODSET" ]] || die "$METODSET is missing; build it first"

TMP="$(mktemp -d "${PEOPLE_KEEP_DB:-/tmp}/metodset-people.XXXXXX")"
PIDS=()
PG_DB=""
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n "$PG_DB" ]]; then psql -q "$PEOPLE_PG_URL" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true; fi
  if [[ -z "${PEOPLE_KEEP_DB:-}" ]]; then rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null ||
    echo $((20000 + RANDOM % 20000))
}
wait_ready() {
  local url="$1" pid="$2" i
  for i in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || die "metodset serve exited during start-up: $(tail -5 "$TMP/serve.log")"
    curl -s -o /dev/null "$url" && return 0
    sleep 0.1
  done
  die "metodset serve did not answer $url within 30 s"
}
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0
    if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000; else if (v ~ /s$/) n = n * 1000
    printf "%.3f", n }'
}
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
measure() {
  local name="$1" url="$2" lua="${3:-}" i out rps p99 errors rps_list="" p99_list=""
  for i in $(seq 1 "$REPEATS"); do
    out="$TMP/wrk-$name-$i.txt"
    if [[ -n "$lua" ]]; then
      wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$lua" "$url" >"$out"
    else
      wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$url" >"$out"
    fi
    rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
    p99="$(awk '$1 == "99%" { print $2 }' "$out")"
    [[ -n "$rps" && -n "$p99" ]] || die "cannot read wrk output for $name: $(cat "$out")"
    errors="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")"
    [[ -z "$errors" ]] || die "$name: $errors answers were not 2xx/3xx; the measurement is meaningless"
    note "$name run $i: $rps req/s, p99 $p99"
    rps_list+="$rps"$'\n'
    p99_list+="$(to_ms "$p99")"$'\n'
  done
  echo "$(printf '%s' "$rps_list" | median) $(printf '%s' "$p99_list" | median)"
}

# time_demo NAME URL PREPARE: seconds (mean of RUNS) of `metodset demo --scale national` on URL; PREPARE
# (a shell command) empties the database before each run.
time_demo() {
  local name="$1" url="$2" prepare="$3" log="$TMP/demo-$1.log"
  if command -v hyperfine >/dev/null; then
    hyperfine --runs "$RUNS" --prepare "$prepare" --export-json "$TMP/hyperfine-$name.json" --show-output \
      "$(printf '%q ' "$METODSET" demo --db "$url" --scale national "${SEED_ARGS[@]}") >>$(printf '%q' "$log") 2>&1" >&2
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.1f" % r["mean"])' "$TMP/hyperfine-$name.json"
  else
    local start end
    bash -c "$prepare"
    start="$(date +%s.%N)"
    "$METODSET" demo --db "$url" --scale national "${SEED_ARGS[@]}" >>"$log" 2>&1 || die "demo on $name failed: $(tail -5 "$log")"
    end="$(date +%s.%N)"
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", b - a }'
  fi
}

# 1. The national demo on SQLite (and on PostgreSQL when a server is given).
SQLITE_FILE="$TMP/national.db"
note "national demo on SQLite ($RUNS run(s))…"
SQLITE_SECONDS="$(time_demo sqlite "sqlite://$SQLITE_FILE" "rm -f $SQLITE_FILE $SQLITE_FILE-wal $SQLITE_FILE-shm")"
note "SQLite: $SQLITE_SECONDS s"
# The last run's database is the one served below.
PERSONS="$(grep -o 'педагогов[^,]*' "$TMP/demo-sqlite.log" | tail -1 || true)"
SUMMARY_LINE="$(grep 'Создан демонстрационный регион' "$TMP/demo-sqlite.log" | tail -1 || true)"
DB_SIZE="$(du -m "$SQLITE_FILE" | cut -f1)"

PG_SECONDS="not measured (PEOPLE_PG_URL unset)"
if [[ -n "${PEOPLE_PG_URL:-}" ]]; then
  command -v psql >/dev/null || die "psql is not installed"
  PG_DB="metodset_people_$$"
  BASE_URL="${PEOPLE_PG_URL%/*}"
  PREPARE="psql -q $(printf '%q' "$PEOPLE_PG_URL") -c 'DROP DATABASE IF EXISTS $PG_DB' -c 'CREATE DATABASE $PG_DB'"
  note "national demo on PostgreSQL ($RUNS run(s))…"
  PG_SECONDS="$(time_demo pg "$BASE_URL/$PG_DB" "$PREPARE")"
  note "PostgreSQL: $PG_SECONDS s"
fi

# 2. The people list on the national SQLite database, as the coordinator of the municipality.
APP_PORT="$(free_port)"
BASE="http://127.0.0.1:$APP_PORT"
"$METODSET" serve --db "sqlite://$SQLITE_FILE" --listen "127.0.0.1:$APP_PORT" --static none >"$TMP/serve.log" 2>&1 &
PIDS+=($!)
SERVER_PID="${PIDS[-1]}"
wait_ready "$BASE/healthz" "$SERVER_PID"
JAR="$TMP/cookies.txt"
STATUS="$(curl -s -o "$TMP/login.json" -w '%{http_code}' -c "$JAR" -H 'Content-Type: application/json' \
  -d "{\"login\":\"$LOGIN\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/login")"
[[ "$STATUS" == 200 ]] || die "login as $LOGIN answered $STATUS: $(cat "$TMP/login.json")"
COOKIE="$(awk -F'\t' 'NF >= 7 && $6 == "metodset_session" { print $6 "=" $7 }' "$JAR")"
[[ -n "$COOKIE" ]] || die "login set no metodset_session cookie"
LUA="$TMP/cookie.lua"
printf 'wrk.headers["Cookie"] = "%s"\n' "$COOKIE" >"$LUA"

LIST_PATH="/api/v1/people?municipality=$MUNICIPALITY&page=1&size=50"
STATUS="$(curl -s -o "$TMP/list.json" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$LIST_PATH")"
LIST_NOTE=""
if [[ "$STATUS" != 200 ]]; then
  # The people list is not there yet: measure the organisation list of the same municipality instead.
  LIST_NOTE="the people list answered $STATUS (not yet implemented in this build); measured the organisation list instead"
  note "$LIST_NOTE"
  LIST_PATH="/api/v1/organisations?municipality=$MUNICIPALITY&page=1&size=50"
  STATUS="$(curl -s -o "$TMP/list.json" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$LIST_PATH")"
  [[ "$STATUS" == 200 ]] || die "$LIST_PATH answered $STATUS"
fi
LIST_TOTAL="$(sed -n 's/.*"total":\([0-9]*\).*/\1/p' "$TMP/list.json")"

RESULT="$(measure healthz "$BASE/healthz")"
read -r HEALTH_RPS HEALTH_P99 <<<"$RESULT"
RESULT="$(measure list "$BASE$LIST_PATH" "$LUA")"
read -r LIST_RPS LIST_P99 <<<"$RESULT"
VMHWM="$(awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER_PID/status")"

# 3. The report.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "nan" }'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { if (v !~ /^[0-9.]+$/) { print "—"; exit } ok = (op == ">=") ? (v >= t) : (v <= t); print ok ? "pass" : "FAIL" }'; }
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null | head -1)" ]]; then COMMIT="$COMMIT (with uncommitted changes in the tree)"; fi
mkdir -p "$(dirname "$OUT")"
# Sections written by other scripts (## …, e.g. the import's) survive the rewrite of the top part.
KEPT=""
if [[ -f "$OUT" ]]; then KEPT="$(awk 'kept || /^## / { kept = 1; print }' "$OUT")"; fi
LIST_RATIO="$(ratio "$LIST_RPS" "$HEALTH_RPS")"
cat >"$OUT" <<REPORT
# Performance: people registry (issue 3)

Produced by \`bench/people.sh\`; do not edit by hand (notes belong in docs/PERFORMANCE.md).

- Machine: $(nproc) cores, $(uname -sr), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo "unknown CPU"), load average at the end $(cut -d' ' -f1-3 /proc/loadavg)
- Date: $(date -u '+%Y-%m-%d %H:%M UTC')
- Commit: $COMMIT
- Demo: \`metodset demo --scale national ${SEED_ARGS[*]}\` — ${SUMMARY_LINE:-?}; SQLite file ${DB_SIZE} MB.
  Timed with $(command -v hyperfine >/dev/null && echo "hyperfine, $RUNS run(s), mean" || echo "date, $RUNS run").
- Load: \`wrk -t$WRK_THREADS -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency\`, $REPEATS runs per endpoint, medians; wrk shares
  the cores with the server. The list is requested as \`$LOGIN\` (municipal coordinator of municipality $MUNICIPALITY,
  $LIST_TOTAL rows in the list) with a session cookie.${LIST_NOTE:+
- Note: $LIST_NOTE.}

| measure | value | target | result |
|---|---:|---:|---|
| national demo on SQLite, s | $SQLITE_SECONDS | ≤ 90 | $(verdict "$SQLITE_SECONDS" "<=" 90) |
| national demo on PostgreSQL, s | $PG_SECONDS | ≤ 120 | $(verdict "$PG_SECONDS" "<=" 120) |
| \`GET /healthz\`, requests/s | $HEALTH_RPS | | |
| \`GET $LIST_PATH\`, requests/s | $LIST_RPS | | |
| list / healthz | $LIST_RATIO × | ≥ 0.25 × | $(verdict "$LIST_RATIO" ">=" 0.25) |
| \`GET /healthz\` p99, ms | $HEALTH_P99 | | |
| list p99 at $CONNECTIONS connections, ms | $LIST_P99 | ≤ 25 | $(verdict "$LIST_P99" "<=" 25) |
| server peak RSS (VmHWM) after the runs, MB | $VMHWM | ≤ 1024 | $(verdict "$VMHWM" "<=" 1024) |

Reproduce: build \`metodset\`, then
\`PEOPLE_PG_URL=postgresql://postgres@127.0.0.1:55432/postgres bench/people.sh BUILD_DIR\`.
REPORT
if [[ -n "$KEPT" ]]; then printf '\n%s\n' "$KEPT" >>"$OUT"; fi
note "wrote $OUT"
cat "$OUT"
