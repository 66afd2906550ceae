"""Precision of kg's verbal interactions on unseen news: a hand-judged sample.

Usage::

    python bench/interaction_audit.py              # figures against the judgments
    python bench/interaction_audit.py --list       # also list the unjudged ones

Runs the shipped pipeline over the rows of ``../shared/data/10kgnad/test.csv``
that no held-out gold uses (International 60-150, Inland 40-79 and Wirtschaft
80-99 are left out) and compares its interactions with
``bench/interaction_audit.tsv``: 80 interactions sampled at random (seed 11)
from what main 9e2af80 found there, each judged by hand as right (type, source
and target as the sentence says) or wrong. An interaction is the same when its
row, type, trigger word, source and target are. Printed: how many of the judged
right ones kg still finds, how many of the wrong ones it no longer outputs, the
precision of the judged ones it outputs, and the judged verbs kg now reads
with another type, source or target (judge those by hand before counting them).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGED = Path(__file__).with_name("interaction_audit.tsv")
sys.path.insert(0, str(Path(__file__).parent))
from unseen_rows import TEST_CSV as CSV  # noqa: E402
from unseen_rows import rows  # noqa: E402

Key = tuple[str, int, str, str, str, str]


def judged() -> dict[Key, str]:
    out = {}
    lines = [x for x in JUDGED.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        if not line or line.startswith(("#", "section\t")):
            continue
        sec, idx, typ, trig, src, tgt, verdict = line.split("\t")[:7]
        out[(sec, int(idx), typ, trig, src, tgt)] = verdict
    return out


def system(wanted: set[tuple[str, int]]) -> list[Key]:
    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    nlp = load_nlp()
    todo = [r for r in rows() if (r[0], r[1]) in wanted]
    out = []
    for (sec, i, _), doc in zip(todo, pipe(nlp, (r[2] for r in todo)), strict=True):
        rec = doc_to_records(doc, article_id="audit", content_hash="audit")
        for x in rec.interactions:
            src = x.source or x.source_label
            tgt = x.target or x.target_label
            out.append((sec, i, x.type, x.trigger, str(src), str(tgt)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", action="store_true", help="list judged verbs read anew")
    args = ap.parse_args(argv)
    if not CSV.exists():
        print(f"{CSV}: not found (the 10kGNAD test split)", file=sys.stderr)
        return 1
    gold = judged()
    found = set(system({(k[0], k[1]) for k in gold}))
    kept = [k for k in found if k in gold]
    right = sum(1 for v in gold.values() if v == "right")
    wrong = len(gold) - right
    right_kept = sum(1 for k in kept if gold[k] == "right")
    wrong_kept = sum(1 for k in kept if gold[k] == "wrong")
    # an interaction of a judged verb whose type, source or target changed
    verbs = {(k[0], k[1], k[3]) for k in gold}
    new = sorted(k for k in found if k not in gold and (k[0], k[1], k[3]) in verbs)
    print(f"judged: {len(gold)} ({right} right, {wrong} wrong)")
    print(f"right ones kg still finds: {right_kept}/{right}")
    print(f"wrong ones kg no longer outputs unchanged: {wrong - wrong_kept}/{wrong}")
    if kept:
        print(f"precision of the judged ones kg outputs: {right_kept / len(kept):.3f}")
    print(f"judged verbs read differently now (unjudged): {len(new)}")
    if args.list:
        for k in new:
            print("  ?", *k, sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
