#!/usr/bin/env bash
# Macro benchmark: a bare Boost.Beast server vs. metodset's /healthz vs. an authenticated list endpoint,
# measured with wrk; writes docs/PERFORMANCE.md. Builds nothing: `make bench` builds the binaries first.
#
# Usage: bench/run.sh [BUILD_DIR]
# Environment (all optional):
#   BUILD_DIR          build tree holding bin/metodset and bin/bench_hello_beast   (default: build)
#   BENCH_SECONDS      length of one wrk run in seconds                              (default: 5)
#   BENCH_REPEATS      runs per endpoint; the median is reported                     (default: 3)
#   BENCH_CONNECTIONS  wrk connections                                               (default: 64)
#   BENCH_WRK_THREADS  wrk threads                                                   (default: 2)
#   BENCH_OUT          report path                                                   (default: docs/PERFORMANCE.md)
#   BENCH_METODSET, BENCH_HELLO  binaries to use instead of those in BUILD_DIR
#   BENCH_ONLY_BARE=1  measure only the bare server (useful before metodset builds); no report is written
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-${BUILD_DIR:-build}}"
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
SECONDS_PER_RUN="${BENCH_SECONDS:-5}"
REPEATS="${BENCH_REPEATS:-3}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
WRK_THREADS="${BENCH_WRK_THREADS:-2}"
OUT="${BENCH_OUT:-$ROOT/docs/PERFORMANCE.md}"
ONLY_BARE="${BENCH_ONLY_BARE:-0}"
METODSET="${BENCH_METODSET:-$BUILD_DIR/bin/metodset}"
HELLO="${BENCH_HELLO:-$BUILD_DIR/bin/bench_hello_beast}"
LOGIN="admin"
PASSWORD="Demo-2026"
LIST_PATH="/api/v1/organisations?page=1&size=50"

die() { echo "bench: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }

command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"
command -v curl >/dev/null || die "curl is not installed"
[[ -x "$HELLO" ]] || die "$HELLO is missing; build it first (cmake --build $BUILD_DIR --target bench_hello_beast)"
if [[ "$ONLY_BARE" != 1 ]]; then
  [[ -x "$METODSET" ]] || die "$METODSET is missing; build it first (make build)"
fi

TMP="$(mktemp -d /tmp/metodset-bench.XXXXXX)"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null ||
    echo $((20000 + RANDOM % 20000))
}

# Waits until URL answers (any HTTP status) or the process PID died.
wait_ready() {
  local url="$1" pid="$2" name="$3" i
  for i in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || die "$name exited during start-up; see its log in $TMP"
    curl -s -o /dev/null "$url" && return 0
    sleep 0.1
  done
  die "$name did not answer $url within 10 s"
}

# Converts a wrk latency such as 812.00us, 3.21ms or 1.02s to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000; else if (v ~ /s$/) n = n * 1000
    printf "%.3f", n }'
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# measure NAME URL [LUA]: runs wrk REPEATS times; prints "rps p99_ms" medians; fails on non-2xx answers.
measure() {
  local name="$1" url="$2" lua="${3:-}" i out rps p99 errors
  local rps_list="" p99_list=""
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

THREADS="$(nproc)"

# 1. The bare Beast server: the ceiling for this machine.
HELLO_PORT="$(free_port)"
"$HELLO" "$HELLO_PORT" "$THREADS" >"$TMP/hello.log" 2>&1 &
PIDS+=($!)
wait_ready "http://127.0.0.1:$HELLO_PORT/" "${PIDS[-1]}" "bench_hello_beast"
RESULT="$(measure bare "http://127.0.0.1:$HELLO_PORT/")"
read -r BARE_RPS BARE_P99 <<<"$RESULT"
kill "${PIDS[-1]}" 2>/dev/null || true

if [[ "$ONLY_BARE" == 1 ]]; then
  echo "bare server: $BARE_RPS req/s, p99 $BARE_P99 ms (BENCH_ONLY_BARE=1: no report written)"
  exit 0
fi

# 2. metodset on a demo database.
DB="sqlite://$TMP/bench.db"
"$METODSET" demo --db "$DB" >"$TMP/demo.log" 2>&1 || die "metodset demo failed: $(tail -5 "$TMP/demo.log")"
APP_PORT="$(free_port)"
BASE="http://127.0.0.1:$APP_PORT"
# The server's output (access log) goes to a file, not to this terminal.
"$METODSET" serve --db "$DB" --listen "127.0.0.1:$APP_PORT" --static none >"$TMP/serve.log" 2>&1 &
PIDS+=($!)
wait_ready "$BASE/healthz" "${PIDS[-1]}" "metodset serve"

JAR="$TMP/cookies.txt"
STATUS="$(curl -s -o "$TMP/login.json" -w '%{http_code}' -c "$JAR" -H 'Content-Type: application/json' \
  -d "{\"login\":\"$LOGIN\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/login")"
[[ "$STATUS" == 200 ]] || die "login as $LOGIN answered $STATUS: $(cat "$TMP/login.json")"
# Cookie-jar lines: domain, flag, path, secure, expiry, name, value; HttpOnly cookies start with #HttpOnly_.
COOKIE="$(awk -F'\t' 'NF >= 7 && $6 == "metodset_session" { print $6 "=" $7 }' "$JAR")"
[[ -n "$COOKIE" ]] || die "login set no metodset_session cookie"
STATUS="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$LIST_PATH")"
[[ "$STATUS" == 200 ]] || die "$LIST_PATH answered $STATUS with the session cookie"
LUA="$TMP/cookie.lua"
printf 'wrk.headers["Cookie"] = "%s"\n' "$COOKIE" >"$LUA"

RESULT="$(measure healthz "$BASE/healthz")"
read -r HEALTH_RPS HEALTH_P99 <<<"$RESULT"
RESULT="$(measure list "$BASE$LIST_PATH" "$LUA")"
read -r LIST_RPS LIST_P99 <<<"$RESULT"

# The same list with the kept pages of docs/adr/0005-page-cache.md switched off: a second server on the same
# database (sessions live there, so the cookie holds), measured after the first stopped.
kill "${PIDS[-1]}" 2>/dev/null || true
COLD_PORT="$(free_port)"
"$METODSET" serve --no-page-cache --db "$DB" --listen "127.0.0.1:$COLD_PORT" --static none >"$TMP/serve-cold.log" 2>&1 &
PIDS+=($!)
wait_ready "http://127.0.0.1:$COLD_PORT/healthz" "${PIDS[-1]}" "metodset serve --no-page-cache"
RESULT="$(measure list-uncached "http://127.0.0.1:$COLD_PORT$LIST_PATH" "$LUA")"
read -r COLD_RPS COLD_P99 <<<"$RESULT"

# 3. The report.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "nan" }'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=") ? (v >= t) : (v < t); print ok ? "pass" : "FAIL" }'; }
HEALTH_RATIO="$(ratio "$HEALTH_RPS" "$BARE_RPS")"
LIST_RATIO="$(ratio "$LIST_RPS" "$HEALTH_RPS")"
WORST_P99="$(printf '%s\n%s\n' "$HEALTH_P99" "$LIST_P99" | sort -g | tail -1)"
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null | head -1)" ]]; then COMMIT="$COMMIT (with uncommitted changes)"; fi
COLD_RATIO="$(ratio "$COLD_RPS" "$HEALTH_RPS")"
ORGS="$(curl -s -H "Cookie: $COOKIE" "http://127.0.0.1:$COLD_PORT/api/v1/organisations?page=1&size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')"

mkdir -p "$(dirname "$OUT")"
# Hand-written sections from "## Notes" on survive a new run.
NOTES=""
if [[ -f "$OUT" ]]; then NOTES="$(awk '/^## Notes/ { keep = 1 } keep' "$OUT")"; fi
cat >"$OUT" <<REPORT
# Performance

Produced by \`make bench\` (\`bench/run.sh\`); do not edit by hand.

- Machine: $(nproc) cores, $(uname -sr), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo "unknown CPU")
- Date: $(date -u '+%Y-%m-%d %H:%M UTC')
- Commit: $COMMIT
- Load: \`wrk -t$WRK_THREADS -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency\`, $REPEATS runs per endpoint, medians
  reported; wrk runs on the same machine as the server, so both share the cores.
- Servers: \`bench_hello_beast\` (bare Boost.Beast keep-alive server, $THREADS threads) and
  \`metodset serve\` (default threads) on a SQLite demo database (\`metodset demo\`, ${ORGS:-?} organisations),
  the list measured as \`$LOGIN\` (regional admin) with a session cookie. The list's answers are kept for
  reuse while no write happened, for at most 1 s (docs/adr/0005-page-cache.md); the uncached row shows the
  price of computing every page.

| endpoint | requests/s | p99 latency, ms |
|---|---:|---:|
| bare Beast \`GET /\` | $BARE_RPS | $BARE_P99 |
| metodset \`GET /healthz\` | $HEALTH_RPS | $HEALTH_P99 |
| metodset \`GET $LIST_PATH\` | $LIST_RPS | $LIST_P99 |
| the same list, \`serve --no-page-cache\` (every request computed; not a target) | $COLD_RPS | $COLD_P99 |

| target | measured | result |
|---|---:|---|
| healthz ≥ 0.7 × bare | $HEALTH_RATIO × | $(verdict "$HEALTH_RATIO" ">=" 0.7) |
| list ≥ 0.3 × healthz | $LIST_RATIO × | $(verdict "$LIST_RATIO" ">=" 0.3) |
| (list without kept pages against healthz, for reference) | $COLD_RATIO × | |
| p99 < 20 ms at $CONNECTIONS connections (worst of healthz and list) | $WORST_P99 ms | $(verdict "$WORST_P99" "<" 20) |

Reproduce: \`make bench\` (or build \`metodset\` and \`bench_hello_beast\`, then
\`BENCH_SECONDS=5 bench/run.sh\`).
REPORT
if [[ -n "$NOTES" ]]; then printf '\n%s\n' "$NOTES" >>"$OUT"; fi
note "wrote $OUT"
cat "$OUT"
