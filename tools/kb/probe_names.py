#!/usr/bin/env python3
"""Probe the tagger with hand-written sentences around lists of company names (tools/kb/probes/names-*.txt).

  python3 tools/kb/probe_names.py write OUT.jsonl [LIST...]  # one short article per name and sentence template
                                                             # (LIST: en de ja zh zh-hant fr es ko en2 de2 ja2
                                                             # es2 fr2 zh2 ko2 en3;
                                                             # default all)
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
# list key -> (file, article language); the key also selects the sentence templates
LISTS = {"en": ("names-en-2004.txt", "en"), "de": ("names-de-at.txt", "de"), "ja": ("names-ja-portal.txt", "ja"),
         "zh": ("names-zh-web.txt", "zh"), "zh-hant": ("names-zh-hant-web.txt", "zh"),
         "fr": ("names-fr-web.txt", "fr"), "es": ("names-es-web.txt", "es"), "ko": ("names-ko-web.txt", "ko"),
         # second rounds (2026-12-06): new lists, same templates (German adds the "X-Chef" compound)
         "en2": ("names-en-2004b.txt", "en"), "de2": ("names-de-at2.txt", "de"), "ja2": ("names-ja-portal2.txt", "ja"),
         # third round (2026-12-06): same templates as the first-round list of the language
         "es2": ("names-es-web2.txt", "es"), "fr2": ("names-fr-web2.txt", "fr"), "zh2": ("names-zh-web2.txt", "zh"),
         "ko2": ("names-ko-web2.txt", "ko"), "en3": ("names-en-europe3.txt", "en")}
TEMPLATES = {
    "en": ["{} said its profits rose.", "Shares in {} fell on Monday after the results."],
    "de": ["{} hat seinen Gewinn im dritten Quartal gesteigert.", "Die Aktie von {} fiel am Montag deutlich."],
    "ja": ["{}は2日、新しいサービスを発表した。", "{}の株価が上昇した。"],
    "zh": ["{}周二公布了第三季度业绩。", "受此消息影响，{}股价周一下跌。"],
    "zh-hant": ["{}週二公布了第三季財報。", "受此消息影響，{}股價週一下跌。"],
    # {de} is "de " or "d'" (elision before a vowel or mute h)
    "fr": ["{} a annoncé une hausse de son bénéfice.", "Le titre {} a reculé lundi à la Bourse.",
           "Les analystes attendent les résultats {de}{} jeudi."],
    "es": ["{} anunció un aumento de su beneficio.", "Las acciones de {} cayeron el lunes en la bolsa."],
    # {topic} / {gen}: the name with its particle attached as Korean writes it (은/는 after a final consonant or not)
    "ko": ["{topic} 2일 새로운 서비스를 발표했다.", "{gen} 주가가 상승했다."],
}
TEMPLATES["de2"] = TEMPLATES["de"] + ["Der {}-Chef kündigte am Montag einen Stellenabbau an."]
for _key, (_file, _lang) in LISTS.items():  # the later rounds: the templates of their language
    TEMPLATES.setdefault(_key, TEMPLATES[_lang])


def fill(tpl, name):
    """The template with the name; French elision and Korean particles follow the name's sound."""
    first = name[:1].lower()
    de = "d'" if first in "aeiouyhàâéèêîôû" else "de "
    last = name[-1:]
    batchim = "\uac00" <= last <= "\ud7a3" and (ord(last) - 0xAC00) % 28 != 0
    return tpl.replace("{de}", de).replace("{topic}", name + ("은" if batchim else "는")) \
        .replace("{gen}", name + "의").replace("{}", name)


def fold(s):
    return unicodedata.normalize("NFKC", s).casefold()


def read_list(lang):
    rows = []
    with open(os.path.join(HERE, "probes", LISTS[lang][0]), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.rstrip("\n").split("\t")[0])
    return rows


def write(out, keys):
    with open(out, "w", encoding="utf-8") as f:
        for lang in keys:
            for i, name in enumerate(read_list(lang)):
                for t, tpl in enumerate(TEMPLATES[lang]):
                    f.write(json.dumps({"id": f"probe-{lang}-{i:03d}-{t}", "lang": LISTS[lang][1], "title": "",
                                        "body": fill(tpl, name), "name": name, "list": lang}, ensure_ascii=False) + "\n")


def score(articles, tags, show):
    names = {}
    with open(articles, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            names[a["id"]] = (a.get("list", a["lang"]), a["name"])
    found = {}
    with open(tags, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            lang, name = names[r["id"]]
            hit = [c["id"] for c in r.get("companies", [])
                   if any(fold(name) in fold(m) for m in c.get("mentions", []))]
            t = int(r["id"].rsplit("-", 1)[1])
            found.setdefault((lang, name), {})[t] = hit
    for lang in [k for k in LISTS if any(key == k for key, _ in found)]:
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
        write(sys.argv[2], sys.argv[3:] or list(LISTS))
    else:
        score(sys.argv[2], sys.argv[3], "all" if "--all" in sys.argv else ("--show" in sys.argv))
