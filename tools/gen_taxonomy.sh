#!/usr/bin/env bash
# Regenerates the taxonomy JSON from tools/taxonomy-spec.txt: python builds it, ICU (from target/lib) writes the
# Traditional labels. Run ./archive build first so target/lib exists.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../src/main/resources/org/rightsarchive/annotate/topics/taxonomy.json"
java="${JAVA_HOME:-/usr/lib/jvm/$(ls /usr/lib/jvm | grep -i temurin | head -1)}/bin/java"
tmp="$(mktemp)"
python3 "$here/gen_taxonomy.py" "$here/taxonomy-spec.txt" > "$tmp"
python3 -c 'import json,sys; [print(t["labelZhHans"]) for t in json.load(open(sys.argv[1]))["topics"]]' "$tmp" \
  | "$java" -cp "$(ls "$here"/../target/lib/icu4j-*.jar)" "$here/ToTraditional.java" > "$tmp.hant"
python3 - "$tmp" "$tmp.hant" "$out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
hant = open(sys.argv[2], encoding='utf-8').read().splitlines()
for t, h in zip(d['topics'], hant):
    t['labelZhHant'] = h
with open(sys.argv[3], 'w', encoding='utf-8') as f:
    json.dump(d, f, ensure_ascii=False, indent=1)
    f.write('\n')
PY
rm -f "$tmp" "$tmp.hant"
