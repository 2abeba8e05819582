#!/usr/bin/env python3
"""Probe the tagger with hand-written sentences around lists of company names (tools/kb/probes/names-*.txt).

  python3 tools/kb/probe_names.py write OUT.jsonl            # one short article per name and sentence template
  java -jar app/target/newspulse.jar tag --in OUT.jsonl --out TAGS.jsonl
  python3 tools/kb/probe_names.py score OUT.jsonl TAGS.jsonl [--show]

A name counts as found in a sentence when the tagger reports a company with a mention equal to the name
(NFKC, case folded) or containing it; "as a knowledge-base company" leaves out unlinked organisations (org:...). The sentences are this project's own; they test that a name is known and
passes the evidence rule in a neutral business sentence, not how the tagger reads real news.
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = {"en": "names-en-2004.txt", "de": "names-de-at.txt", "ja": "names-ja-portal.txt"}
TEMPLATES = {
    "en": ["{} said its profits rose.", "Shares in {} fell on Monday after the results."],
    "de": ["{} hat seinen Gewinn im dritten Quartal gesteigert.", "Die Aktie von {} fiel am Montag deutlich."],
    "ja": ["{}は2日、新しいサービスを発表した。", "{}の株価が上昇した。"],
}


def fold(s):
    return unicodedata.normalize("NFKC", s).casefold()


def read_list(lang):
    rows = []
    with open(os.path.join(HERE, "probes", LISTS[lang]), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.rstrip("\n").split("\t")[0])
    return rows


def write(out):
    with open(out, "w", encoding="utf-8") as f:
        for lang in LISTS:
            for i, name in enumerate(read_list(lang)):
                for t, tpl in enumerate(TEMPLATES[lang]):
                    f.write(json.dumps({"id": f"probe-{lang}-{i:03d}-{t}", "lang": lang, "title": "",
                                        "body": tpl.format(name), "name": name}, ensure_ascii=False) + "\n")


def score(articles, tags, show):
    names = {}
    with open(articles, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            names[a["id"]] = (a["lang"], a["name"])
    found = {}
    with open(tags, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            lang, name = names[r["id"]]
            hit = [c["id"] for c in r.get("companies", [])
                   if any(fold(name) in fold(m) for m in c.get("mentions", []))]
            t = int(r["id"].rsplit("-", 1)[1])
            found.setdefault((lang, name), {})[t] = hit
    for lang in LISTS:
        rows = [(n, found.get((lang, n), {})) for n in read_list(lang)]
        both = sum(1 for _, h in rows if all(h.get(t) for t in range(len(TEMPLATES[lang]))))
        any_ = sum(1 for _, h in rows if any(h.get(t) for t in range(len(TEMPLATES[lang]))))
        linked = sum(1 for _, h in rows if all(any(not i.startswith("org:") for i in h.get(t, []))
                                                for t in range(len(TEMPLATES[lang]))))
        print(f"{lang}: {len(rows)} names, found in every sentence {both} (as a knowledge-base company {linked}),"
              f" in at least one {any_}")
        if show:
            for n, h in rows:
                if not all(h.get(t) for t in range(len(TEMPLATES[lang]))):
                    print(f"  MISS {n}: " + " | ".join(",".join(h.get(t, [])) or "-" for t in range(len(TEMPLATES[lang]))))
            if show == "all":
                for n, h in rows:
                    print(f"  {n}: " + " | ".join(",".join(h.get(t, [])) or "-" for t in range(len(TEMPLATES[lang]))))


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2])
    else:
        score(sys.argv[2], sys.argv[3], "all" if "--all" in sys.argv else ("--show" in sys.argv))
