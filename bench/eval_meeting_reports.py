"""Does kg make one event of a meeting that several articles report?

Builds ``bench/meeting_reports.jsonl`` (60 short articles, 24 stories: meetings
reported by two to four articles each, and distractors: the same pair on another
day, phone calls, a cancelled meeting, two bilateral meetings of one person on
one day) with the shipped pipeline into a temporary store, then scores every
article pair of ``bench/meeting_reports_gold.tsv`` (written and annotated before
the merge rule, by an author who did not see it): a pair is *merged* when the two
article graphs hold one meeting node with the same IRI.

Prints precision and recall of merges, how many gold pairs extraction made
possible at all (both articles yielded a meeting), and the wrong and missed
merges.

Usage::

    python bench/eval_meeting_reports.py [--store DIR] [--keep]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "bench" / "meeting_reports.jsonl"
GOLD = ROOT / "bench" / "meeting_reports_gold.tsv"
KGR = "https://w3id.org/kg-news/id/"
MEETING = ox.NamedNode("https://w3id.org/kg-news/ontology#Meeting")


def meetings_by_article(store: ox.Store) -> dict[str, set[str]]:
    """Article id -> the IRIs of the meetings its graph holds."""
    out: dict[str, set[str]] = defaultdict(set)
    for q in store.quads_for_pattern(None, None, MEETING, None):
        if isinstance(q.graph_name, ox.NamedNode):
            aid = q.graph_name.value.rsplit("/", 1)[1]
            out[aid].add(q.subject.value)  # type: ignore[union-attr]
    return out


def read_gold(path: Path) -> list[tuple[str, str, int, str]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        lines = (line for line in f if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            rows.append(
                (row["article_a"], row["article_b"], int(row["same"]), row["note"])
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", help="score this store instead of building one")
    args = ap.parse_args(argv)
    if args.store is None:
        from kg.build import build

        tmp = tempfile.mkdtemp(prefix="kg-meeting-reports-")
        summary = build([ARTICLES], store=tmp)
        print(f"built: {summary}", file=sys.stderr)
        store = ox.Store.read_only(tmp)
    else:
        store = ox.Store.read_only(args.store)
    meetings = meetings_by_article(store)
    gold = read_gold(GOLD)
    tp = fp = fn = possible = 0
    wrong, missed = [], []
    meetings = dict(meetings)
    for a, b, same, note in gold:
        ma, mb = meetings.get(a, set()), meetings.get(b, set())
        merged = bool(ma & mb)
        if same:
            possible += bool(ma) and bool(mb)
        if merged and same:
            tp += 1
        elif merged:
            fp += 1
            wrong.append((a, b, note, sorted(ma & mb)))
        elif same:
            fn += 1
            missed.append((a, b, note))
    same_pairs = tp + fn
    print(
        f"gold pairs: {len(gold)} ({same_pairs} same meeting, "
        f"{len(gold) - same_pairs} different)"
    )
    print(
        f"articles with a meeting extracted: {len(meetings)} of "
        f"{len({x for r in gold for x in r[:2]})}"
    )
    print(
        f"same-meeting pairs where both articles yielded a meeting: "
        f"{possible} of {same_pairs}"
    )
    precision = tp / (tp + fp) if tp + fp else float("nan")
    print(f"merged pairs: {tp + fp}; precision {tp}/{tp + fp} = {precision:.3f}")
    print(f"recall {tp}/{same_pairs} = {tp / same_pairs:.3f}" if same_pairs else "")
    print(f"\nwrong merges ({len(wrong)}):")
    for a, b, note, iris in wrong:
        shown = ", ".join(i[len(KGR) :] for i in iris)
        print(f"  {a} {b}: {note} [{shown}]")
    print(f"\nmissed merges ({len(missed)}):")
    for a, b, note in missed:
        print(f"  {a} {b}: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
