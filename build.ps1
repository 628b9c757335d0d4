#!/usr/bin/env pwsh
# Builds Publisher and the book with Cake (PowerShell 7, Windows, macOS or Linux); the same as ./build.sh:
#   ./build.ps1 [--target=NAME] [--book=DIR] [--output=DIR] [--strict] [--book-version=X.Y.Z] [--configuration=Release]
# With no arguments: the sample book's EPUB and PDF in artifacts/.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# Paths in the arguments are relative to where the caller stands; the build script resolves them from here.
$env:PUBLISHER_CALLER_DIR = (Get-Location).Path
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
# Cake compiles the script once and reuses it until the script changes.
if (-not $env:CAKE_SETTINGS_ENABLESCRIPTCACHE) { $env:CAKE_SETTINGS_ENABLESCRIPTCACHE = 'true' }

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    Write-Error "build.ps1: the .NET 10 SDK is needed and 'dotnet' is not on the PATH (https://dotnet.microsoft.com/download)"
    exit 1
}

Push-Location $PSScriptRoot
try {
    dotnet tool restore | Out-Null
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    dotnet cake build/build.cake @args
    exit $LASTEXITCODE
}
finally {
    Pop-Location
}
