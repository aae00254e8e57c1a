#!/usr/bin/env bash
# Installs what the build and the tests need on Debian 12, as root; does nothing when all is present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  libboost-dev nlohmann-json3-dev libspdlog-dev libfmt-dev libcli11-dev
  libsqlite3-dev sqlite3 libpq-dev postgresql-15 postgresql-client-15
  libsodium-dev libxlsxwriter-dev libzip-dev libexpat1-dev
  libgtest-dev libgmock-dev libbenchmark-dev liblemon-dev
  nodejs npm chromium curl wrk procps tzdata
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    # nodejs/npm may come from elsewhere (the machine's own Node.js): accept working commands.
    case "$p" in
      nodejs) command -v node >/dev/null && continue ;;
      npm) command -v npm >/dev/null && continue ;;
    esac
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The test cluster is started by the tests themselves; keep Debian's default cluster from holding port 5432.
if command -v pg_lsclusters >/dev/null && pg_lsclusters -h 2>/dev/null | grep -q ' online '; then
  true
fi

if [ -f web/package.json ]; then
  stamp=web/node_modules/.package-lock.stamp
  if [ ! -d web/node_modules ] || [ ! -f "$stamp" ] || ! cmp -s web/package-lock.json "$stamp"; then
    echo "setup: npm ci in web/"
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
    cp web/package-lock.json "$stamp"
  fi
fi
