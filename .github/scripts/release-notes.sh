#!/usr/bin/env bash
# Prints the release notes for VERSION: the CHANGELOG.md section whose heading starts with the version
# ("## 1.2.0" or "## [1.2.0] - 2026-01-31"), or a short default when there is no such section.
# Usage: release-notes.sh VERSION [CHANGELOG]
set -euo pipefail
version="$1"
changelog="${2:-CHANGELOG.md}"

notes=""
if [[ -f "$changelog" ]]; then
  notes=$(awk -v version="$version" '
    /^## / {
      if (found) exit
      heading = $0
      sub(/^## +\[?/, "", heading)
      rest = substr(heading, length(version) + 1, 1)
      if (index(heading, version) == 1 && (rest == "" || rest == "]" || rest == " ")) { found = 1; next }
    }
    found { print }
  ' "$changelog")
fi

# Trim blank lines around the section; fall back to a default when it is empty.
notes=$(printf '%s\n' "$notes" | sed -e '/./,$!d' | tac | sed -e '/./,$!d' | tac)
if [[ -z "$notes" ]]; then
  notes="Version $version of the book, as EPUB and PDF. Check the downloads with \`sha256sum -c SHA256SUMS\`."
fi
printf '%s\n' "$notes"
