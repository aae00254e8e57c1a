#!/usr/bin/env bash
# Monitoring (issue 5) end to end on the national demo: the national campaign of last year (~2 400 municipalities,
# 60 indicators each) — `GET /api/v1/monitoring/campaigns/{id}/results` (reads every answer, scores, ranks) and
# `GET …/report.docx` / `report.xlsx`, timed with curl; prints the median of each. Builds nothing.
#
# Usage: bench/monitoring_national.sh DB_URL [BUILD_DIR]   (DB_URL: a database made by `metodset demo --scale national`)
# Environment: MON_REPEATS (default 7).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DB="${1:?usage: $0 DB_URL [BUILD_DIR]}"
BUILD_DIR="${2:-build}"
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
METODSET="$BUILD_DIR/bin/metodset"
REPEATS="${MON_REPEATS:-7}"
PASSWORD="Bench-Monitoring-2026"
WORK="$(mktemp -d)"
PID=""
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
echo "$PASSWORD" | "$METODSET" user add --db "$DB" --login bench_mon --role regional-admin --scope all \
  --name "Федеральный оператор" >/dev/null 2>&1 || true
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$METODSET" serve --db "$DB" --listen "127.0.0.1:$PORT" --static none --files "$WORK/files" >"$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
B="http://127.0.0.1:$PORT"
curl -s -c "$WORK/c" -H 'Content-Type: application/json' -d "{\"login\":\"bench_mon\",\"password\":\"$PASSWORD\"}" \
  "$B/api/v1/auth/login" >/dev/null
ID=$(curl -s -b "$WORK/c" "$B/api/v1/monitoring/campaigns" | python3 -c '
import json,sys; items=json.load(sys.stdin)["items"]; print(max(items, key=lambda c: c["forms_total"])["id"])')
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  for _ in $(seq "$REPEATS"); do
    curl -s -o "$WORK/out" -w '%{time_total}\n' -b "$WORK/c" "$B$1"
  done | median
}
FORMS=$(curl -s -b "$WORK/c" "$B/api/v1/monitoring/campaigns/$ID/results" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["rows"]))')
echo "| request (campaign $ID, $FORMS municipalities) | median of $REPEATS, s |"
echo "|---|---:|"
echo "| GET /api/v1/monitoring/campaigns/$ID/results | $(measure "/api/v1/monitoring/campaigns/$ID/results") |"
echo "| GET /api/v1/monitoring/campaigns/$ID/report.docx | $(measure "/api/v1/monitoring/campaigns/$ID/report.docx") |"
echo "| GET /api/v1/monitoring/campaigns/$ID/report.xlsx | $(measure "/api/v1/monitoring/campaigns/$ID/report.xlsx") |"
