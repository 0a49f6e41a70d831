#!/usr/bin/env bash
# Builds the English originals in ../shared/letters-en into a temporary TDB2 store, exports the facts and
# scores them against ../shared/gold/letters-en. Needs target/unkg.jar (mvn -B -q package -DskipTests).
# Usage: scripts/score-english.sh [MIN_F1 [MIN_FIELD_F1]]   (defaults 0.95 and 0.90): exits non-zero when the
# overall F1 is below MIN_F1 or any field's F1 is below MIN_FIELD_F1.
# The letters are read where they are: they are never copied into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
min="${1:-${MIN_F1_ENGLISH:-0.95}}"
min_field="${2:-${MIN_FIELD_F1_ENGLISH:-0.90}}"
if [[ ! -d ../shared/letters-en || ! -f ../shared/eval/score.py ]]; then
  echo "../shared/letters-en is absent: English scoring skipped"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar target/unkg.jar build --letters ../shared/letters-en --db "$work/db"
java -jar target/unkg.jar validate --db "$work/db" > "$work/validate.txt" || { cat "$work/validate.txt"; exit 1; }
java -jar target/unkg.jar export facts --db "$work/db" --out "$work/facts.json"
python3 ../shared/eval/score.py --gold ../shared/gold/letters-en --facts "$work/facts.json" --min-f1 "$min" \
  | tee "$work/score.txt"
# the scorer checks the overall F1; every field must also reach min_field
awk -v min="$min_field" 'p && NF == 7 && $7 + 0 < min { print "field " $1 ": F1 " $7 " < " min; bad = 1 }
  $1 == "field" { p = 1 } END { exit bad }' "$work/score.txt"
