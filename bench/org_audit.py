"""Audit of organisation entities on the non-held-out rows of 10kGNAD's test.csv.

Runs kg (``kg.nlp.pipe`` and ``doc_to_records``) over every row of
``../shared/data/10kgnad/test.csv`` except the held-out ones (International
60-150, Inland 40-79, Wirtschaft 80-99), collects the organisation entities of
each article in order, and draws 150 of them at random (seed 7). Their hand
judgements live in ``bench/org_audit.tsv`` (``section``, ``index``, ``name``,
``verdict`` = right / span (the organisation, mis-spanned) / notorg (no
organisation), ``note``), judged on the run of main 9e2af80. The script prints
the precision of the judged organisations kg still finds (right over judged),
how many judged wrong ones are gone, and lists entities of the sampled rows
that are new, to judge by hand.

Reproduce::

    python bench/org_audit.py              # figures against the judgements
    python bench/org_audit.py --sample     # the sample of this run (to judge)
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from person_audit import TEST, rows  # noqa: E402

JUDGED = Path(__file__).with_name("org_audit.tsv")
SAMPLE = 150
SEED = 7

Org = tuple[str, int, str, str]  # section, index, name, sentence of first mention


def organisations(wanted: set[tuple[str, int]] | None = None) -> list[Org]:
    """kg's organisations of the non-held-out rows (or of ``wanted``), in order."""
    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    todo = [r for r in rows(TEST) if wanted is None or (r[0], r[1]) in wanted]
    nlp = load_nlp()
    out: list[Org] = []
    for (sec, i, _), doc in zip(todo, pipe(nlp, (r[2] for r in todo)), strict=True):
        rec = doc_to_records(doc, article_id="audit", content_hash="audit")
        sents = [s.text for s in rec.sentences]
        for e in rec.entities:
            if e.kind == "org":
                m = e.mentions[0] if e.mentions else None
                out.append((sec, i, e.name, sents[m.sentence][:200] if m else ""))
    return out


def judged() -> dict[tuple[str, int, str], str]:
    out = {}
    for line in JUDGED.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "section\t")):
            continue
        sec, idx, name, verdict = line.split("\t")[:4]
        out[(sec, int(idx), name)] = verdict
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample", action="store_true", help="print this run's sample")
    args = ap.parse_args(argv)
    if args.sample:
        orgs = organisations()
        random.seed(SEED)
        for sec, i, name, sent in random.sample(orgs, SAMPLE):
            print(sec, i, name, sent, sep="\t")
        return 0
    gold = judged()
    found = {(s, i, n) for s, i, n, _ in organisations({(k[0], k[1]) for k in gold})}
    kept = [k for k in gold if k in found]
    right = sum(1 for v in gold.values() if v == "right")
    right_kept = sum(1 for k in kept if gold[k] == "right")
    wrong = len(gold) - right
    print(f"judged: {len(gold)} ({right} right, {wrong} span or not an organisation)")
    print(f"precision of the judged sample: {right / len(gold):.3f}")
    print(f"right ones kg still finds: {right_kept}/{right}")
    gone = wrong - (len(kept) - right_kept)
    print(f"wrong ones kg no longer outputs: {gone}/{wrong}")
    if kept:
        print(f"precision of the judged ones kg outputs: {right_kept / len(kept):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
