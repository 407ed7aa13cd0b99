#!/usr/bin/env python3
"""Builds src/main/resources/org/rightsarchive/annotate/places/divisions.tsv from the MIT AreaCity data.

Usage: tools/build-gazetteer.py ../shared/data/gazetteer/areacity/ok_data_level3.csv
Keeps provinces, prefectures and counties (deep 0-2) with code, parent, level, short name, full name and toneless
pinyin; drops the "foreign" pseudo-province (91). The output is committed; rerun only when the source data changes.
"""
import csv
import sys

src = sys.argv[1]
out = "src/main/resources/org/rightsarchive/annotate/places/divisions.tsv"
with open(src, encoding="utf-8-sig") as f, open(out, "w", encoding="utf-8", newline="\n") as o:
    o.write("# China's administrative divisions (2023), from AreaCity-JsSpider-StatsGov by xiangyuecn, MIT License\n")
    o.write("# (see areacity-LICENSE). Columns: code, parent, level (0 province, 1 prefecture, 2 county), name, "
            "full name, pinyin\n")
    for r in csv.DictReader(f):
        if r["id"].startswith("91") or int(r["deep"]) > 2:
            continue
        o.write("\t".join([r["id"], r["pid"], r["deep"], r["name"], r["ext_name"], r["pinyin"]]) + "\n")
