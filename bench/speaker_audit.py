"""Corpus-level audit of quote speakers (issue 17).

Usage::

    python bench/speaker_audit.py sample OUT.tsv   # run kg, draw the sample to judge
    python bench/speaker_audit.py score            # run kg on the judged rows, score

``sample`` runs kg over the rows of ``../shared/data/10kgnad/test.csv`` that no
held-out set uses (International 60-150, Inland 40-79 and Wirtschaft 80-99 are left
out) and writes every quote whose speaker is a place, plus a random sample (fixed
seed) of ``--others`` quotes of the other kinds (person, organisation, unnamed body,
none), with the sentence before and the sentence of the quote, to a TSV for judging.

The judged file is ``bench/speaker_audit.tsv`` (the sample, judged by hand under the
rules of ``bench/quote_dev.md``): ``verdict`` is ``right``, ``wrong`` (``gold`` is
the right speaker: an entity key such as ``org/Polizei``, or an unnamed body's label)
or ``none`` (the text names nobody who said it). ``score`` runs kg again on the judged
rows, finds each judged quote by its row and the start of its text, and counts the
quotes whose speaker is the judged one, per group (place speakers / random sample of
the others at sampling time). A quote kg no longer finds is counted apart.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))
from unseen_rows import TEST_CSV as DEFAULT_CSV  # noqa: E402
from unseen_rows import rows  # noqa: E402

JUDGED = Path(__file__).with_name("speaker_audit.tsv")
FIELDS = [
    "group",
    "section",
    "index",
    "kg_speaker",
    "verdict",
    "gold",
    "text",
    "sentence",
    "before",
]
SEED = 17


def _clean(s: str) -> str:
    return " ".join(s.split())


def run(texts: list[tuple[str, int, str]]) -> list[dict[str, Any]]:
    """kg's quotes of the rows: section, index, speaker, text, sentences."""
    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    nlp = load_nlp()
    out = []
    docs = pipe(nlp, [t for _, _, t in texts])
    for (sec, i, _), doc in zip(texts, docs, strict=True):
        rec = doc_to_records(doc, article_id=f"{sec}-{i}", content_hash="-")
        sents = [s.text for s in rec.sentences]
        for q in rec.quotes:
            out.append(
                {
                    "section": sec,
                    "index": i,
                    "kg_speaker": q.speaker or q.speaker_label or "-",
                    "text": _clean(q.text)[:80],
                    "sentence": _clean(sents[q.sentence])[:400],
                    "before": _clean(sents[q.sentence - 1])[:300] if q.sentence else "",
                }
            )
    return out


def write_sample(path: Path, fields: list[str], quotes: list[dict[str, Any]]) -> None:
    """Write drawn quotes as a TSV to judge (empty ``verdict`` and ``gold``)."""
    with path.open("w", encoding="utf-8") as f:
        w = csv.DictWriter(f, fields, delimiter="\t", extrasaction="ignore")
        w.writeheader()
        for q in quotes:
            w.writerow({**q, "verdict": "", "gold": ""})


def judged_and_found(
    judged_path: Path, texts: list[tuple[str, int, str]]
) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """The judged rows of ``judged_path`` and kg's quotes on their articles."""
    with judged_path.open(encoding="utf-8") as f:
        judged = list(csv.DictReader(f, delimiter="\t"))
    wanted = {(j["section"], int(j["index"])) for j in judged}
    return judged, run([t for t in texts if (t[0], t[1]) in wanted])


def sample(quotes: list[dict[str, Any]], others: int) -> list[dict[str, Any]]:
    places = [q for q in quotes if q["kg_speaker"].startswith("place/")]
    rest = [q for q in quotes if not q["kg_speaker"].startswith("place/")]
    rng = random.Random(SEED)
    picked = sorted(
        rng.sample(range(len(rest)), min(others, len(rest))),
    )
    out = [{**q, "group": "place"} for q in places]
    out += [{**rest[k], "group": "other"} for k in picked]
    return out


def _same(found: str, gold: str) -> bool:
    """Names folded; a person by surname, an organisation by whole-word containment;
    ``-`` (no speaker) only matches ``-``."""
    if found == "-" or gold == "-":
        return found == gold
    f_kind, _, f_name = found.rpartition("/")
    g_kind, _, g_name = gold.rpartition("/")
    f, g = f_name.casefold().strip(), g_name.casefold().strip()
    if f == g:
        return True
    if "person" in (f_kind, g_kind):
        return f.split()[-1] == g.split()[-1]
    return f" {g} " in f" {f} " or f" {f} " in f" {g} "


def score(
    judged: list[dict[str, str]], found: list[dict[str, Any]], show: bool = False
) -> None:
    by_row: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for q in found:
        by_row.setdefault((q["section"], q["index"]), []).append(q)
    tally: Counter[tuple[str, str]] = Counter()
    for j in judged:
        right = j["gold"] if j["verdict"] == "wrong" else j["kg_speaker"]
        if j["verdict"] == "none":
            right = "-"
        cands = [
            q
            for q in by_row.get((j["section"], int(j["index"])), [])
            if q["text"][:40] == j["text"][:40]
        ]
        group = j["group"]
        tally[(group, "all")] += 1
        if not cands:
            tally[(group, "lost")] += 1
            continue
        got = cands[0]["kg_speaker"]
        if show and not _same(got, right):
            print(
                f"{group}\t{j['section']} {j['index']}\t{got}\t-> {right}"
                f"\t{j['sentence'][:150]}"
            )
        if _same(got, right):
            tally[(group, "right")] += 1
        elif got == "-":
            tally[(group, "none")] += 1
        else:
            tally[(group, "wrong")] += 1
    for group in ("place", "other", "total"):
        if group == "total":
            t = Counter(
                {
                    k: sum(tally[(g, k)] for g in ("place", "other"))
                    for k in ("all", "right", "none", "wrong", "lost")
                }
            )
        else:
            t = Counter(
                {
                    k: tally[(group, k)]
                    for k in ("all", "right", "none", "wrong", "lost")
                }
            )
        kept = t["all"] - t["lost"]
        print(
            f"{group:6} judged {t['all']:4}  right {t['right']:4}"
            f" ({t['right'] / max(kept, 1):.3f} of {kept} found)"
            f"  wrong speaker {t['wrong']:3}  missing speaker {t['none']:3}"
            f"  quote lost {t['lost']:3}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("sample", "score"))
    ap.add_argument("out", nargs="?", type=Path, help="the TSV to write (sample)")
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--others", type=int, default=120)
    ap.add_argument("--misses", action="store_true", help="list the misses")
    args = ap.parse_args()
    texts = rows(args.csv)
    if args.mode == "sample":
        if args.out is None:
            ap.error("sample needs OUT.tsv")
        picked = sample(run(texts), args.others)
        write_sample(args.out, FIELDS, picked)
        print(f"{len(picked)} quotes", file=sys.stderr)
        return
    judged, found = judged_and_found(JUDGED, texts)
    score(judged, found, show=args.misses)


if __name__ == "__main__":
    main()
