"""Audit of person entities on the non-held-out rows of 10kGNAD's test.csv.

Runs kg (``kg.nlp.pipe`` and ``doc_to_records``) over every row of
``../shared/data/10kgnad/test.csv`` except the held-out ones (International
60-150, Inland 40-79, Wirtschaft 80-99) and lists person entities, one TSV
line each: ``sample`` (``random`` for the fixed-seed random sample,
``particle`` for a name with a particle such as von/bin/al, ``lower`` for a
name ending in a lower-case word, ``one`` for a one-word name), section, index,
name and the sentence of its first mention.

The hand judgements live in ``bench/person_audit.tsv`` (columns ``sample``,
``section``, ``index``, ``name``, ``verdict`` = right / span / notper, and
``correct``: the right form of a mis-spanned name). With ``--judged`` the
script compares a new run against them and prints the precision of the random
sample (a name judged ``right`` counts as correct; so does a name equal to the
``correct`` form of a judged line).

Reproduce::

    python bench/person_audit.py --out /tmp/persons.tsv          # list
    python bench/person_audit.py --judged bench/person_audit.tsv  # precision
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_rows import TEST_CSV as TEST  # noqa: E402
from unseen_rows import rows  # noqa: E402

PARTICLES = frozenset("von van de del da bin ibn al el abu ben zu der".split())
SAMPLE = 150
SEED = 13

Person = tuple[str, int, str, tuple[tuple[int, int], ...], str]


def persons(path: Path) -> list[Person]:
    """Every person entity as (section, index, name, mention offsets, sentence
    of the first mention)."""
    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    rs = rows(path)
    nlp = load_nlp()
    out = []
    docs = pipe(nlp, (r[2] for r in rs), batch_size=16)
    for (sec, i, _), doc in zip(rs, docs, strict=True):
        rec = doc_to_records(doc, article_id="t", content_hash="h")
        for e in rec.entities:
            if e.kind != "person" or not e.mentions:
                continue
            sent = rec.sentences[e.mentions[0].sentence].text
            spans = tuple((m.start, m.end) for m in e.mentions)
            out.append((sec, i, e.name, spans, " ".join(sent.split())))
    return out


def classes(name: str) -> list[str]:
    """The audit classes of a name besides the random sample."""
    words = re.split(r"[\s\-]+", name)
    out = []
    if PARTICLES & {w.lower() for w in words}:
        out.append("particle")
    if len(words) > 1 and words[-1][:1].islower():
        out.append("lower")
    if len(words) == 1:
        out.append("one")
    return out


def listing(ps: list[Person]) -> list[tuple[str, ...]]:
    """The audit lines: the random sample, then the classes."""
    rnd = random.Random(SEED)
    idx = sorted(rnd.sample(range(len(ps)), min(SAMPLE, len(ps))))
    lines = []
    for k in idx:
        s, i, n, sp, t = ps[k]
        lines.append(("random", s, str(i), n, f"{sp[0][0]}-{sp[0][1]}", t))
    for s, i, n, sp, t in ps:
        for c in classes(n):
            lines.append((c, s, str(i), n, f"{sp[0][0]}-{sp[0][1]}", t))
    return lines


def precision(ps: list[Person], judged: Path, sample: str = "random") -> None:
    """Print the precision of the judged random sample in this run.

    Each judged random line is followed to the person entity of this run that
    has its first mention (the mention may now belong to a longer or shorter
    name, or to no person at all). The entity is correct when its name is the
    judged correct form (``right``: the name itself). A line judged ``notper``
    whose mention is no person any more leaves the sample (a removed false
    person); a line judged right or span whose mention is lost counts as lost.
    """
    by_art: dict[tuple[str, str], list[Person]] = {}
    for p in ps:
        by_art.setdefault((p[0], str(p[1])), []).append(p)
    n = ok = lost = removed = 0
    wrong = []
    with open(judged, encoding="utf-8") as f:
        lines = [x for x in f if not x.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t"):
        if r["sample"] != sample:
            continue
        a, b = (int(x) for x in r["mention"].split("-"))
        now = [
            p
            for p in by_art.get((r["section"], r["index"]), [])
            if any(s < b and a < e for s, e in p[3])
        ]
        good = (
            {r["name"]}
            if r["verdict"] == "right"
            else set(r["correct"].split("|")) - {""}
        )
        if not now:
            if r["verdict"] == "notper":
                removed += 1
            else:
                lost += 1
            continue
        n += 1
        if now[0][2] in good:
            ok += 1
        else:
            wrong.append((r["section"], r["index"], r["name"], now[0][2], r["verdict"]))
    print(
        f"{sample} sample: {n} persons, {ok} correct, precision {ok / max(n, 1):.3f}; "
        f"removed non-persons {removed}, lost persons {lost}"
    )
    for w in wrong:
        print("  wrong:", *w, sep="\t")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", type=Path, default=TEST)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--judged", type=Path)
    a = ap.parse_args()
    ps = persons(a.csv)
    print(f"{len(ps)} person entities")
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write("sample\tsection\tindex\tname\tmention\tsentence\n")
            for line in listing(ps):
                f.write("\t".join(line) + "\n")
    if a.judged:
        for sample in ("random", "particle", "one"):
            precision(ps, a.judged, sample)


if __name__ == "__main__":
    main()
