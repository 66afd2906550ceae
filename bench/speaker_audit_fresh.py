"""A second, fresh audit of quote speakers on rows no quote judgment used (issue 17).

Usage::

    python bench/speaker_audit_fresh.py sample OUT.tsv  # run kg, draw the sample
    python bench/speaker_audit_fresh.py score           # run kg on the judged rows
    python bench/speaker_audit_fresh.py score --misses  # ... and list the misses

The rows are those of ``../shared/data/10kgnad/test.csv`` (the only 10kGNAD split
in ``../shared/data``) in the sections International, Inland, Wirtschaft and
Panorama that no held-out gold uses (:mod:`unseen_rows`) and that no quote,
speaker or interaction file of ``bench/`` names (the quote dev and gold sets,
``speaker_audit.tsv``, ``quote_recall_audit.tsv``, ``interaction_audit.tsv``; the
row list is fixed in :data:`USED_BY`): no speaker rule was written on them.
``sample`` draws ``--n`` of kg's quotes there at random (fixed seed) with the
sentence before and the sentence of the quote.

The judged file is ``bench/speaker_audit_fresh.tsv``, judged by hand before any
rule was written on it, under the rules of ``bench/quote_dev.md``: ``verdict``
is ``right``, ``wrong`` (``gold`` the right speaker: an entity key such as
``person/Angela Merkel``, or an unnamed body's label), ``none`` (the text names
nobody who said it) or ``noquote`` (no quotation at all; left out of the speaker
accuracy and counted apart). ``score`` runs kg again on the judged rows and
counts the quotes whose speaker is the judged one
(:func:`speaker_audit._same`); a judged quote kg no longer finds is counted apart.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from speaker_audit import (  # noqa: E402
    _same,
    judged_and_found,
    run,
    write_sample,
)
from unseen_rows import TEST_CSV, rows  # noqa: E402

BENCH = Path(__file__).parent
JUDGED = BENCH / "speaker_audit_fresh.tsv"
SECTIONS = ("International", "Inland", "Wirtschaft", "Panorama")
#: the bench files whose rows carry a quote, speaker or interaction judgment
USED_BY = (
    "quote_dev.jsonl",
    "quote_dev_ew.jsonl",
    "quote_dev_inter.jsonl",
    "quote_dev_iw.jsonl",
    "quote_dev_ku.jsonl",
    "quote_dev_pan.jsonl",
    "quote_dev_pw.jsonl",
    "quote_dev_sp.jsonl",
    "quote_gold.jsonl",
    "speaker_audit.tsv",
    "quote_recall_audit.tsv",
    "interaction_audit.tsv",
)
FIELDS = [
    "section",
    "index",
    "kg_speaker",
    "verdict",
    "gold",
    "text",
    "sentence",
    "before",
]
SEED = 2026


def used_rows() -> set[tuple[str, int]]:
    """(section, index) of every row a quote file of ``bench/`` judges."""
    out: set[tuple[str, int]] = set()
    for name in USED_BY:
        path = BENCH / name
        with path.open(encoding="utf-8") as f:
            if name.endswith(".jsonl"):
                items = [json.loads(line) for line in f if line.strip()]
            else:
                items = list(
                    csv.DictReader(
                        (x for x in f if not x.startswith("#")), delimiter="\t"
                    )
                )
        for d in items:
            if d.get("section") and str(d.get("index") or "").isdigit():
                out.add((d["section"], int(d["index"])))
    return out


def fresh_rows(path: Path = TEST_CSV) -> list[tuple[str, int, str]]:
    """The rows of the audit: four sections, no held-out gold, no quote judgment."""
    used = used_rows()
    return [
        (sec, i, text)
        for sec, i, text in rows(path)
        if sec in SECTIONS and (sec, i) not in used
    ]


def score(
    judged: list[dict[str, str]], found: list[dict[str, Any]], show: bool
) -> None:
    by_row: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for q in found:
        by_row.setdefault((q["section"], q["index"]), []).append(q)
    t: Counter[str] = Counter()
    for j in judged:
        t["judged"] += 1
        cands = [
            q
            for q in by_row.get((j["section"], int(j["index"])), [])
            if q["text"][:40] == j["text"][:40]
        ]
        if j["verdict"] == "noquote":
            t["noquote"] += 1
            t["noquote still found"] += bool(cands)
            continue
        t["quotes"] += 1
        if not cands:
            t["lost"] += 1
            continue
        right = {"wrong": j["gold"], "none": "-"}.get(j["verdict"], j["kg_speaker"])
        got = cands[0]["kg_speaker"]
        if _same(got, right):
            t["right"] += 1
            continue
        t["wrong" if got != "-" else "missing"] += 1
        if show:
            print(
                f"{j['section']} {j['index']}\t{got}\t-> {right}\t{j['sentence'][:160]}"
            )
    kept = t["quotes"] - t["lost"]
    print(
        f"total  judged {t['judged']}  quotes {t['quotes']}"
        f"  right {t['right']} ({t['right'] / max(kept, 1):.3f} of {kept} found)"
        f"  wrong speaker {t['wrong']}  missing speaker {t['missing']}"
        f"  quote lost {t['lost']}"
        f"  | not quotes {t['noquote']} (still found {t['noquote still found']})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("sample", "score"))
    ap.add_argument("out", nargs="?", type=Path, help="the TSV to write (sample)")
    ap.add_argument("--csv", type=Path, default=TEST_CSV)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--misses", action="store_true", help="list the misses")
    args = ap.parse_args()
    texts = fresh_rows(args.csv)
    if args.mode == "sample":
        if args.out is None:
            ap.error("sample needs OUT.tsv")
        quotes = run(texts)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(range(len(quotes)), min(args.n, len(quotes))))
        write_sample(args.out, FIELDS, [quotes[k] for k in picked])
        print(
            f"{len(texts)} rows, {len(quotes)} quotes, {len(picked)} drawn",
            file=sys.stderr,
        )
        return
    judged, found = judged_and_found(JUDGED, texts)
    score(judged, found, show=args.misses)


if __name__ == "__main__":
    main()
