#!/usr/bin/env bash
# Makes real PDF and Word letters with a real layout engine (LibreOffice, headless) from letters written as
# UTF-8 text, with scripts/letter_layout.py laying each out first (paragraphs justified, Arabic set right to
# left in Noto Naskh Arabic, job number and bar code in the first page's footer, the document symbol as the
# running header of later pages, an annex on a page of its own).
#
# Needs LibreOffice and fonts: apt-get install -y libreoffice-writer-nogui fonts-noto-core fonts-liberation2
# The tests do not: they read the files this script committed.
#
# Usage:
#   scripts/make-letter-fixtures.sh
#       regenerates the fixtures of src/test/resources/org/unkg/ingest/letters: txt/NAME.txt (hand-written,
#       the source) -> pdf/NAME.pdf, docx/NAME.docx, and doc/NAME.doc for the letters listed in DOC below
#   scripts/make-letter-fixtures.sh --print DIR OUT
#       prints every DIR/*.txt that a PDF-to-text tool made (form feeds between pages) to OUT/NAME.pdf, line
#       for line and page for page (e.g. ../shared/letters-en), to compare a PDF build with the text build
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-writer-nogui fonts-noto-core fonts-liberation2" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# LibreOffice keeps a user profile; a private one keeps runs independent of the user's
profile="-env:UserInstallation=file://$work/profile"

convert() { # FORMAT OUTDIR FILES...
  local format="$1" out="$2"; shift 2
  soffice "$profile" --headless --convert-to "$format" --outdir "$out" "$@" >/dev/null 2>&1
}

if [[ "${1:-}" == "--print" ]]; then
  src="$2"; out="$3"
  mkdir -p "$out" "$work/fodt"
  for f in "$src"/*.txt; do
    python3 scripts/letter_layout.py "$f" "$work/fodt/$(basename "${f%.txt}").fodt" --mode pages
  done
  convert pdf "$out" "$work"/fodt/*.fodt
  ls "$out"/*.pdf | wc -l | xargs echo "PDFs printed to $out:"
  exit 0
fi

dir=src/test/resources/org/unkg/ingest/letters
# job numbers of the hand-written letters (first-page footer, bar code, later pages' footer)
declare -A JOB=([en-one-page]=24-04127 [en-annex]=24-05310 [fr-two-pages]=23-24318 [ar-rtl]=24-06981)
DOC=(en-one-page)
mkdir -p "$dir/pdf" "$dir/docx" "$dir/doc" "$work/fodt"
for f in "$dir"/txt/*.txt; do
  name=$(basename "${f%.txt}")
  python3 scripts/letter_layout.py "$f" "$work/fodt/$name.fodt" --job "${JOB[$name]:-}"
done
convert pdf "$dir/pdf" "$work"/fodt/*.fodt
convert docx "$dir/docx" "$work"/fodt/*.fodt
for name in "${DOC[@]}"; do
  convert doc "$dir/doc" "$work/fodt/$name.fodt"
done
ls -l "$dir"/pdf "$dir"/docx "$dir"/doc
