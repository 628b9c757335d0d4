#!/usr/bin/env bash
# Builds Publisher and the book with Cake: ./build.sh [--target=NAME] [--book=DIR] [--output=DIR] [--strict]
# [--book-version=X.Y.Z] [--configuration=Release]. With no arguments: the sample book's EPUB and PDF in artifacts/.
set -euo pipefail

# Paths in the arguments are relative to where the caller stands; the build script resolves them from here.
export PUBLISHER_CALLER_DIR="$PWD"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
# Cake compiles the script once and reuses it until the script changes.
export CAKE_SETTINGS_ENABLESCRIPTCACHE="${CAKE_SETTINGS_ENABLESCRIPTCACHE:-true}"

if ! command -v dotnet >/dev/null; then
  echo "build.sh: the .NET 10 SDK is needed and 'dotnet' is not on the PATH (https://dotnet.microsoft.com/download)" >&2
  exit 1
fi

cd "$(dirname "${BASH_SOURCE[0]}")"
dotnet tool restore >/dev/null
exec dotnet cake build/build.cake "$@"
