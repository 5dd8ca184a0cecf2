# Restores the pinned Cake tool, builds the DevDb library, then runs build/build.cake.
# Usage: ./build.ps1 --target=BuildDevDb [--prod-host=... --dev-db=... --config=...]
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    Write-Error "the .NET SDK is not installed (see global.json for the version); https://dot.net"
    exit 127
}
dotnet tool restore | Out-Null
if ($LASTEXITCODE -ne 0) { Write-Error "dotnet tool restore failed (Cake.Tool, see .config/dotnet-tools.json)"; exit 1 }
$log = dotnet build build/DevDb/DevDb.csproj -c Release -nologo -v quiet 2>&1
if ($LASTEXITCODE -ne 0) { $log | Write-Host; Write-Error "building the DevDb library failed"; exit 1 }

dotnet cake build/build.cake @args
exit $LASTEXITCODE
