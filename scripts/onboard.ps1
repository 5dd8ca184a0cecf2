# What a new contributor runs on Windows: checks the prerequisites, then restores the latest developer database.
#   scripts/onboard.ps1 [DUMP_PATH_OR_URL] [--local] [--dev-host=... --dev-port=... --dev-db=... --dev-user=...]
# The dump also comes from DEVDB_DUMP_URL when no argument names it.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

$missing = $false
if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) { Write-Host "missing: the .NET SDK (see global.json) - https://dot.net"; $missing = $true }
foreach ($tool in 'pg_restore', 'psql') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { Write-Host "missing: $tool - PostgreSQL client programs (https://www.postgresql.org/download/windows/, then add its bin folder to PATH)"; $missing = $true }
}
if ($missing) { Write-Error "install what is missing above, then run scripts/onboard.ps1 again"; exit 1 }

$dump = $env:DEVDB_DUMP_URL
$rest = @()
foreach ($arg in $args) { if ($arg -like '--*') { $rest += $arg } else { $dump = $arg } }
if (-not $dump) { Write-Error "say where the dump is: scripts/onboard.ps1 PATH_OR_URL, or set DEVDB_DUMP_URL"; exit 2 }

& ./build.ps1 --target=RestoreDevDb "--dump=$dump" @rest
exit $LASTEXITCODE
