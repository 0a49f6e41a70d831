#!/usr/bin/env bash
# Builds a directory of letters into a temporary TDB2 store, validates it, exports the facts and scores them
# against gold facts with the scorer ($SCORER, default ../shared/eval/score.py). Needs target/unkg.jar (mvn -B -q package -DskipTests).
# Usage: scripts/score.sh LETTERS_DIR GOLD_DIR [MIN_F1 [MIN_FIELD_F1]]
#   exits non-zero when the overall F1 is below MIN_F1 (default 0.95) or any field's F1 is below
#   MIN_FIELD_F1 (default 0 = not checked). Letters are read where they are: nothing is copied.
# Example: scripts/score.sh ../shared/letters-en ../shared/gold/letters-en 0.95 0.90
set -euo pipefail
cd "$(dirname "$0")/.."
letters="$1"
gold="$2"
min="${3:-0.95}"
min_field="${4:-0}"
scorer="${SCORER:-../shared/eval/score.py}"
if [[ ! -d "$letters" || ! -d "$gold" || ! -f "$scorer" ]]; then
  echo "$letters, $gold or $scorer is absent: scoring skipped"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar target/unkg.jar build --letters "$letters" --db "$work/db"
java -jar target/unkg.jar validate --db "$work/db" > "$work/validate.txt" || { cat "$work/validate.txt"; exit 1; }
tail -1 "$work/validate.txt"
java -jar target/unkg.jar export facts --db "$work/db" --out "$work/facts.json"
python3 "$scorer" --gold "$gold" --facts "$work/facts.json" --min-f1 "$min" | tee "$work/score.txt"
# the scorer checks the overall F1; every field must also reach min_field
awk -v min="$min_field" 'p && NF == 7 && $7 + 0 < min { print "field " $1 ": F1 " $7 " < " min; bad = 1 }
  $1 == "field" { p = 1 } END { exit bad }' "$work/score.txt"
