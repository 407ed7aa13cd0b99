#!/usr/bin/env python3
"""Builds src/main/resources/org/rightsarchive/annotate/topics/taxonomy.json from taxonomy-spec.txt.

Traditional labels come from a second pass (ToTraditional.java, ICU Simplified-Traditional) and are then part of
the committed JSON; edit the JSON directly afterwards or re-run both steps.
"""
import json, re, sys

def slug(label):
    return re.sub(r'[^a-z0-9]+', '-', label.lower()).strip('-')

def expand(term):
    m = re.search(r'\{([^{}]*)\}', term)
    if not m:
        return [term]
    out = []
    for alt in m.group(1).split('/'):
        out += expand(term[:m.start()] + alt + term[m.end():])
    return out

def split(field):
    return [t.strip() for t in field.split(';') if t.strip()]

topics = []
by_label = {}
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    parts = [p.strip() for p in line.split('|')]
    parts += [''] * (6 - len(parts))
    label, zh, aliases, cues, related, flags = parts[:6]
    cue_map = {}
    for c in split(cues):
        term, _, w = c.rpartition('=')
        for t in expand(term.strip()):
            cue_map[t] = float(w)
    topic = {
        'id': slug(label),
        'label': label,
        'labelZhHans': zh,
        'labelZhHant': zh,
        'aliases': split(aliases),
        'cues': cue_map,
        'related': split(related),
    }
    if 'nolabel' in flags:
        topic['labelsAreCues'] = False
    topics.append(topic)
    by_label[label] = topic['id']
for t in topics:
    t['related'] = [by_label[r] for r in t['related']]
json.dump({'version': 1, 'source': 'HRIC "Explore Topics" list (seed page, 2003); cues written for this project',
           'topics': topics}, sys.stdout, ensure_ascii=False, indent=1)
