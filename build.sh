#!/usr/bin/env bash
# Restores the pinned Cake tool, builds the DevDb library, then runs build/build.cake.
# Usage: ./build.sh --target=BuildDevDb [--prod-host=... --dev-db=... --config=...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET SDK is not installed (see global.json for the version); https://dot.net" >&2
  exit 127
fi

dotnet tool restore >/dev/null || { echo "error: dotnet tool restore failed (Cake.Tool, see .config/dotnet-tools.json)" >&2; exit 1; }
if ! build_log=$(dotnet build build/DevDb/DevDb.csproj -c Release -nologo -v quiet 2>&1); then
  echo "$build_log" >&2
  echo "error: building the DevDb library failed" >&2
  exit 1
fi

set +e
dotnet cake build/build.cake "$@"
status=$?
exit $status
