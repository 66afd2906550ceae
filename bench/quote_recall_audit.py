"""Corpus-level audit of the statements kg misses (issue 17, quote recall).

Usage::

    python bench/quote_recall_audit.py sample [--rows N]  # run kg, draw the sample
    python bench/quote_recall_audit.py score  [--rows N]  # run kg on the judged rows

``sample`` runs kg over the rows of ``../shared/data/10kgnad/test.csv`` that no
held-out set uses (the rows of ``bench/speaker_audit.py``; ``--rows`` draws that
many of them at random, fixed seed, to keep the run small) and lists the sentences
that no kg quote overlaps but that carry a cue of a statement: a form of a verb of
saying (``kg/data/reporting_verbs.tsv``), a Konjunktiv I form, "laut", "zufolge",
"nach Angaben", a colon after a capitalised word, or quotation marks. A random
sample (fixed seed) of ``--size`` of them goes to ``bench/quote_recall_audit.tsv``.

The judged file (by hand, under the rules of ``bench/quote_dev.md`` and
``bench/quote_gold.md``) has ``verdict`` ``quote`` (a quote kg misses: ``gold_text``
is its exact text, ``gold_speaker`` its speaker or ``-``, ``why`` the class of the
miss) or ``no``. ``score`` runs kg again on the judged rows and counts the judged
quotes kg now finds (a kg quote covering at least half of the gold text) and
those found with the judged speaker (names folded; a person by surname).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speaker_audit import DEFAULT_CSV, rows  # noqa: E402

JUDGED = Path(__file__).with_name("quote_recall_audit.tsv")
FIELDS = [
    "section",
    "index",
    "cues",
    "verdict",
    "gold_text",
    "gold_speaker",
    "why",
    "sentence",
    "before",
]
SEED = 17
_WORD = re.compile(r"\w+")
_COLON = re.compile(r"\b[A-ZÄÖÜ]\w+:\s")
_MARKS = re.compile(r"[\"„“”»«]")


def _clean(s: str) -> str:
    return " ".join(s.split())


def _cues(words: list[str], text: str, saying: set[str]) -> list[str]:
    from kg.lang.de.speech import SUBJUNCTIVE_I_FORMS, looks_subjunctive

    out = []
    low = [w.lower() for w in words]
    if any(w in saying for w in low):
        out.append("verb")
    for k, w in enumerate(low):
        before = words[k - 1] if k else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        if w in SUBJUNCTIVE_I_FORMS or (k and looks_subjunctive(w, before, after)):
            out.append("konj")
            break
    if "laut" in low:
        out.append("laut")
    if "zufolge" in low:
        out.append("zufolge")
    if "nach angaben" in " ".join(low) or any(w.endswith("angaben") for w in low):
        out.append("angaben")
    if _COLON.search(text):
        out.append("colon")
    if _MARKS.search(text):
        out.append("marks")
    return out


def pick(
    texts: list[tuple[str, int, str]], n: int | None
) -> list[tuple[str, int, str]]:
    if n is None or n >= len(texts):
        return texts
    keep = sorted(random.Random(SEED).sample(range(len(texts)), n))
    return [texts[k] for k in keep]


def run(texts: list[tuple[str, int, str]]) -> tuple[list[dict[str, Any]], dict]:
    """The uncovered cue sentences, and kg's quotes per row."""
    from kg.extract import doc_to_records
    from kg.lang.de.speech import reporting_verbs
    from kg.nlp import load_nlp, pipe

    saying = set(reporting_verbs())
    nlp = load_nlp()
    out: list[dict[str, Any]] = []
    quotes: dict[tuple[str, int], list[tuple[int, int, str, str]]] = {}
    docs = pipe(nlp, [t for _, _, t in texts])
    for (sec, i, _), doc in zip(texts, docs, strict=True):
        rec = doc_to_records(doc, article_id=f"{sec}-{i}", content_hash="-")
        spans = [(q.start, q.end) for q in rec.quotes]
        quotes[(sec, i)] = [
            (q.start, q.end, q.speaker or q.speaker_label or "-", q.text)
            for q in rec.quotes
        ]
        sents = rec.sentences
        for k, s in enumerate(sents):
            if any(a < s.end and s.start < b for a, b in spans):
                continue
            cues = _cues(_WORD.findall(s.text), s.text, saying)
            if not cues:
                continue
            out.append(
                {
                    "section": sec,
                    "index": i,
                    "cues": ",".join(cues),
                    "sentence": _clean(s.text)[:600],
                    "before": _clean(sents[k - 1].text)[:300] if k else "",
                }
            )
    return out, quotes


def _same(found: str, gold: str) -> bool:
    if found == "-" or gold == "-":
        return found == gold
    f = found.rpartition("/")[2].casefold().strip()
    g = gold.rpartition("/")[2].casefold().strip()
    if f == g or f.split()[-1:] == g.split()[-1:]:
        return True
    return f" {g} " in f" {f} " or f" {f} " in f" {g} "


def score(judged: list[dict[str, str]], texts: list[tuple[str, int, str]]) -> None:
    want = {(j["section"], int(j["index"])) for j in judged if j["verdict"] == "quote"}
    sub = [t for t in texts if (t[0], t[1]) in want]
    body = {(s, i): t for s, i, t in sub}
    _, quotes = run(sub)
    tally: Counter[str] = Counter()
    by_why: Counter[tuple[str, str]] = Counter()
    for j in judged:
        if j["verdict"] != "quote":
            continue
        key = (j["section"], int(j["index"]))
        pattern = r"\s+".join(re.escape(w) for w in j["gold_text"].split())
        m = re.search(pattern, body[key])
        tally["all"] += 1
        by_why[(j["why"], "all")] += 1
        if m is None:
            tally["unlocated"] += 1
            continue
        start, end = m.span()
        best = None
        for a, b, spk, _ in quotes.get(key, []):
            ov = min(b, end) - max(a, start)
            if ov * 2 >= end - start:
                best = spk
                break
        if best is None:
            continue
        tally["found"] += 1
        by_why[(j["why"], "found")] += 1
        if _same(best, j["gold_speaker"]):
            tally["speaker"] += 1
            by_why[(j["why"], "speaker")] += 1
    print(
        f"judged missed quotes {tally['all']}  found {tally['found']}"
        f"  with the judged speaker {tally['speaker']}  unlocated {tally['unlocated']}"
    )
    for why in sorted({w for w, _ in by_why}):
        print(
            f"  {why:14} {by_why[(why, 'all')]:3}  found {by_why[(why, 'found')]:3}"
            f"  speaker {by_why[(why, 'speaker')]:3}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("sample", "score"))
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--rows", type=int, default=None)
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--out", type=Path, default=JUDGED)
    args = ap.parse_args()
    texts = pick(rows(args.csv), args.rows)
    if args.mode == "sample":
        cands, _ = run(texts)
        rng = random.Random(SEED)
        keep = sorted(rng.sample(range(len(cands)), min(args.size, len(cands))))
        with args.out.open("w", encoding="utf-8") as f:
            w = csv.DictWriter(f, FIELDS, delimiter="\t", extrasaction="ignore")
            w.writeheader()
            for k in keep:
                w.writerow(cands[k])
        print(
            f"{len(cands)} uncovered cue sentences, {len(keep)} sampled",
            file=sys.stderr,
        )
        return
    with JUDGED.open(encoding="utf-8") as f:
        judged = list(csv.DictReader(f, delimiter="\t"))
    score(judged, texts)


if __name__ == "__main__":
    main()
