#!/usr/bin/env bash
# Compares two PDFs page by page as pictures: renders both with pdftoppm and, for each page, counts the pixels whose
# colour differs by more than a fuzz (anti-aliasing changes stay under it; a moved glyph does not), with the bounding
# box of the differing pixels. Prints one line per page that differs, then the largest difference.
# Usage: build/compare-pdf-pages.sh OLD.pdf NEW.pdf [dpi=100] [fuzz=40%]
# Needs poppler-utils (pdftoppm) and ImageMagick (compare, identify).
set -euo pipefail

old=$1
new=$2
dpi=${3:-100}
fuzz=${4:-40%}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

old_pages=$(pdfinfo "$old" | awk '/^Pages:/ {print $2}')
new_pages=$(pdfinfo "$new" | awk '/^Pages:/ {print $2}')
if [[ "$old_pages" != "$new_pages" ]]; then
  echo "page counts differ: $old_pages (old) and $new_pages (new)"
  exit 1
fi

pdftoppm -r "$dpi" -png "$old" "$work/old" &
pdftoppm -r "$dpi" -png "$new" "$work/new"
wait

worst_pixels=0
worst_page=none
worst_box=
differing=0
for old_page in "$work"/old-*.png; do
  suffix=${old_page##*/old-}
  page=$((10#${suffix%.png}))
  new_page="$work/new-$suffix"
  # compare exits 1 when the images differ; the pixel count goes to stderr.
  pixels=$(compare -metric AE -fuzz "$fuzz" "$old_page" "$new_page" "$work/diff.png" 2>&1 >/dev/null || true)
  pixels=${pixels%% *}
  if [[ "$pixels" != 0 ]]; then
    differing=$((differing + 1))
    box=$(compare -fuzz "$fuzz" -compose src -highlight-color white -lowlight-color black "$old_page" "$new_page" png:- 2>/dev/null \
      | identify -format "%@" - 2>/dev/null || true)
    echo "page $page: $pixels pixels differ (box ${box:-?} at $dpi dpi)"
    if (( pixels > worst_pixels )); then
      worst_pixels=$pixels
      worst_page=$page
      worst_box=$box
    fi
  fi
done

echo "$differing of $old_pages pages differ by more than $fuzz at $dpi dpi; largest: page $worst_page, $worst_pixels pixels${worst_box:+, box $worst_box}"
