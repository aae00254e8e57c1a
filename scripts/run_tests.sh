#!/usr/bin/env bash
# Every test of the project, in order of speed: unit, storage on SQLite and PostgreSQL, API against the
# real binary on both backends, the crash test, Playwright in Chromium, and the unit tests under ASan/UBSan.
set -euo pipefail
BUILD=${1:-build}
ASAN_BUILD=${2:-build-asan}
JOBS=${3:-$(nproc)}
root=$(pwd)
export METODSET_BIN="$root/$BUILD/bin/metodset"

pgdir=$(mktemp -d /tmp/metodset-pg.XXXXXX)
cleanup() { "$root/scripts/pg_test_cluster.sh" stop "$pgdir" >/dev/null 2>&1 || true; }
trap cleanup EXIT

step() { printf '\n==== %s\n' "$*"; }

step "unit tests"
(cd "$BUILD" && ctest -L unit --output-on-failure -j "$JOBS")

step "PostgreSQL 15 test cluster"
METODSET_TEST_PG=$("$root/scripts/pg_test_cluster.sh" start "$pgdir")
export METODSET_TEST_PG METODSET_REQUIRE_PG=1
echo "cluster: $METODSET_TEST_PG"

step "storage contract on SQLite and PostgreSQL"
(cd "$BUILD" && ctest -L storage --output-on-failure)

step "API tests against the binary (SQLite and PostgreSQL)"
node --test --test-concurrency=1 tests/api/

if [ -f web/package.json ]; then
  step "Playwright in Chromium"
  (cd web && npm test && npm run --silent e2e)
fi

step "unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B "$ASAN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMETODSET_SANITIZE=ON >/dev/null
cmake --build "$ASAN_BUILD" -j "$JOBS" --target unit_tests
(cd "$ASAN_BUILD" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest -L unit --output-on-failure -j "$JOBS")
