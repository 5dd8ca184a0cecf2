#!/usr/bin/env bash
# What a new contributor runs: checks the prerequisites, then restores the latest developer database.
#   scripts/onboard.sh [DUMP_PATH_OR_URL] [--local] [--dev-host=... --dev-port=... --dev-db=... --dev-user=...]
# The dump also comes from DEVDB_DUMP_URL when no argument names it. With --local (or when no
# PostgreSQL server answers), a throwaway local server is started for it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=0
need() {
  if ! command -v "$1" >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/"$1" >/dev/null 2>&1; then
    echo "missing: $1 — $2" >&2
    missing=1
  fi
}
command -v dotnet >/dev/null 2>&1 || { echo "missing: the .NET SDK (see global.json) — https://dot.net" >&2; missing=1; }
need pg_restore "PostgreSQL client programs (Debian/Ubuntu: sudo apt-get install postgresql-client; macOS: brew install libpq)"
need psql "PostgreSQL client programs (Debian/Ubuntu: sudo apt-get install postgresql-client; macOS: brew install libpq)"
[ "$missing" -eq 0 ] || { echo "error: install what is missing above, then run scripts/onboard.sh again" >&2; exit 1; }

dump="${DEVDB_DUMP_URL:-}"
args=()
for arg in "$@"; do
  case "$arg" in
    --*) args+=("$arg") ;;
    *) dump="$arg" ;;
  esac
done
if [ -z "$dump" ]; then
  echo "error: say where the dump is: scripts/onboard.sh PATH_OR_URL, or set DEVDB_DUMP_URL" >&2
  exit 2
fi

# No server named and none answering locally: use a throwaway one.
if [[ ! " ${args[*]:-} " =~ " --dev-host=" ]] && [[ ! " ${args[*]:-} " =~ " --local " ]]; then
  if ! command -v pg_isready >/dev/null 2>&1 || ! pg_isready -q ${PGHOST:+-h "$PGHOST"} ${PGPORT:+-p "$PGPORT"} 2>/dev/null; then
    need initdb "PostgreSQL's server programs, for a local server (Debian/Ubuntu: sudo apt-get install postgresql)"
    [ "$missing" -eq 0 ] || exit 1
    args+=("--local")
  fi
fi

exec ./build.sh --target=RestoreDevDb "--dump=$dump" "${args[@]}"
