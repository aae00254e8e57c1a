#!/usr/bin/env bash
# CPU time the server spends per request on one endpoint: less noisy than throughput on a shared machine.
# Usage: bench/cpu_per_request.sh PID URL [COOKIE] — PID of `metodset serve`, URL to load, optional
# `metodset_session=…` cookie. Loads the URL for BENCH_SECONDS (default 3) with wrk -t1 -c8 and prints
# requests and microseconds of server CPU (user + system) per request.
set -euo pipefail
pid=$1
url=$2
cookie=${3:-}
seconds=${BENCH_SECONDS:-3}
lua=$(mktemp --suffix=.lua)
trap 'rm -f "$lua"' EXIT
[ -n "$cookie" ] && printf 'wrk.headers["Cookie"] = "%s"\n' "$cookie" > "$lua"
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks "$pid")
out=$(wrk -t1 -c8 -d"${seconds}s" -s "$lua" "$url")
after=$(ticks "$pid")
requests=$(echo "$out" | awk '/requests in/ {print $1}')
echo "$url: $requests requests, $(( (after - before) * 1000000 / hz / requests )) µs server CPU per request"
