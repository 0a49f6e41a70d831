#!/usr/bin/env bash
# Scores a corpus whose files are named KIND-LANG-N.txt (src/test/resources/genre) per kind and per language:
# builds the letters into a temporary TDB2 store, exports the facts once, then runs the scorer ($SCORER, default
# ../shared/eval/score.py) on each group of gold files. Needs target/unkg.jar (mvn -B -q package -DskipTests).
# Usage: scripts/score-by-kind.sh [LETTERS_DIR [GOLD_DIR [OUT_DIR]]]
#   defaults: src/test/resources/genre/letters src/test/resources/genre/gold, OUT_DIR a temporary directory;
#   prints one F1 table (fields x groups) and leaves the scorer's --verbose output per group in OUT_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
letters="${1:-src/test/resources/genre/letters}"
gold="${2:-src/test/resources/genre/gold}"
out="${3:-$(mktemp -d)}"
scorer="${SCORER:-../shared/eval/score.py}"
[[ -f "$scorer" ]] || { echo "$scorer is absent: scoring skipped"; exit 0; }
mkdir -p "$out"
java -jar target/unkg.jar build --letters "$letters" --db "$out/db" > "$out/build.log" 2>&1
java -jar target/unkg.jar export facts --db "$out/db" --out "$out/facts.json"
python3 "$scorer" --gold "$gold" --facts "$out/facts.json" --verbose > "$out/all.txt"
python3 - "$gold" "$out" "$scorer" <<'PY'
import os, re, subprocess, sys, tempfile
gold, out, scorer = sys.argv[1:4]
groups = {}
for name in sorted(os.listdir(gold)):
    m = re.match(r"(.+?)-(ar|en|fr)-\d+\.json$", name)
    if not m:
        continue
    for key in (m.group(1), "lang:" + m.group(2)):
        groups.setdefault(key, []).append(name)
groups["all"] = sorted(n for n in os.listdir(gold) if n.endswith(".json"))
order = ["layout", "persons", "places", "mandates", "events", "seats"]
rank = lambda k: (k.startswith("lang:"), k == "all", order.index(k.split("-neg")[0]) if k.split("-neg")[0] in order
                  else len(order), k.endswith("-neg"), k)
groups = dict(sorted(groups.items(), key=lambda item: rank(item[0])))
table, fields = {}, []
for key, names in groups.items():
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            os.symlink(os.path.abspath(os.path.join(gold, name)), os.path.join(tmp, name))
        text = subprocess.run(["python3", scorer, "--gold", tmp, "--facts", os.path.join(out, "facts.json"),
                               "--verbose"], capture_output=True, text=True).stdout
    with open(os.path.join(out, key.replace(":", "-") + ".txt"), "w") as handle:
        handle.write(text)
    row = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 7 and parts[0] not in ("field",) and re.match(r"^[\d.]+$", parts[6]):
            row[parts[0]] = (int(parts[1]), int(parts[2]), int(parts[3]), parts[6])
            if parts[0] not in fields:
                fields.append(parts[0])
        if line.startswith("overall:"):
            row["overall"] = (0, 0, 0, line.split("F1=")[1])
    table[key] = (len(names), row)
keys = list(table)
print("| field | " + " | ".join(f"{k} ({table[k][0]})" for k in keys) + " |")
print("|---|" + "---|" * len(keys))
for f in fields + ["overall"]:
    cells = []
    for k in keys:
        tp, fp, fn, f1 = table[k][1].get(f, (0, 0, 0, "-"))
        cells.append("·" if f != "overall" and tp + fp + fn == 0 else f1)
    print(f"| {f} | " + " | ".join(cells) + " |")
PY
echo "verbose output per group: $out"
