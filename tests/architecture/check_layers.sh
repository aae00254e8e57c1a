#!/usr/bin/env bash
# The include direction of STYLE.md: inside a module, domain ← application ← storage/http; other modules only
# through their module.hpp; Beast and Asio only in the HTTP server. Prints each violation; exits 1 if any.
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root/src" || exit 2
status=0
fail() { echo "layer violation: $1: $2"; status=1; }

while IFS= read -r file; do
  module=$(echo "$file" | cut -d/ -f2)
  layer=$(echo "$file" | cut -d/ -f3)
  while IFS= read -r inc; do
    target=${inc#*\"}
    target=${target%\"*}
    case "$layer" in
      domain)
        [[ "$target" =~ ^modules/$module/(application|storage|http)/ ]] && fail "$file" "domain includes $target"
        [[ "$target" =~ ^platform/(storage|http|office)/ ]] && fail "$file" "domain includes $target"
        ;;
      application)
        [[ "$target" =~ ^modules/$module/(storage|http)/ ]] && fail "$file" "application includes $target"
        [[ "$target" =~ ^platform/(storage|http)/ ]] && fail "$file" "application includes $target"
        ;;
      storage)
        [[ "$target" =~ ^modules/$module/http/ ]] && fail "$file" "storage includes $target"
        [[ "$target" =~ ^platform/http/ ]] && fail "$file" "storage includes $target"
        ;;
    esac
    if [[ "$target" =~ ^modules/([a-z_]+)/ ]]; then
      other=${BASH_REMATCH[1]}
      if [[ "$other" != "$module" && "$target" != "modules/$other/module.hpp" ]]; then
        fail "$file" "reaches into module $other ($target) instead of its module.hpp"
      fi
    fi
  done < <(grep -E '^#include "' "$file")
  if [[ "$layer" == "domain" || "$layer" == "application" ]]; then
    grep -qE '^#include <(nlohmann|boost|sqlite3|libpq|spdlog|xlsxwriter|zip)' "$file" &&
      fail "$file" "$layer code includes an infrastructure library"
  fi
done < <(find modules -name '*.hpp' -o -name '*.cpp' | sort)

while IFS= read -r file; do
  [[ "$file" == platform/http/server.cpp || "$file" == platform/http/server_test.cpp ]] && continue
  fail "$file" "includes Boost.Beast/Asio (only platform/http/server.cpp may)"
done < <(grep -rlE '^#include <boost/(beast|asio)' --include='*.cpp' --include='*.hpp' . | sed 's|^\./||' | sort)

[ $status -eq 0 ] && echo "layers: ok ($(find modules -name '*.?pp' | wc -l) module files checked)"
exit $status
