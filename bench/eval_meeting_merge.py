"""Score a store's merging of meeting reports against the hand-judged gold.

Usage::

    python bench/eval_meeting_merge.py --store DIR [--pairs bench/meeting_pairs.tsv]

The gold (``meeting_pairs.tsv``, see ``meeting_pairs.md``) lists pairs of meeting
reports ``kgr:meeting/{article-id}/{n}`` from different articles, judged ``same``
= 1 (the same real meeting), 0 (different meetings) or ? (cannot tell).

The event of a report R is looked up in R's article graph
``kgr:article/{article-id}`` only (named graphs, never the default graph):

* every node E with ``E owl:sameAs R`` there (R's IRI was replaced by the merged
  event's), otherwise
* R itself if R is still typed ``kg:Meeting`` there, otherwise
* nothing: the report is missing from the store (reported, never merged).

A pair is MERGED when its two reports share an event. Printed: precision of
merges (merged & same=1 / merged, over pairs judged 0 or 1), recall (merged &
same=1 / same=1), counts, and the wrong merges and missed merges.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "bench" / "meeting_pairs.tsv"
KGR = "https://w3id.org/kg-news/id/"
KG = "https://w3id.org/kg-news/ontology#"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
COLUMNS = ("meeting_a", "meeting_b", "same", "note")


def read_pairs(path: Path) -> list[dict[str, str]]:
    """The gold rows; ``#`` lines are comments, the first other line the header."""
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or any(c not in rows[0] for c in COLUMNS):
        raise SystemExit(f"{path}: expected a header with columns {', '.join(COLUMNS)}")
    for i, row in enumerate(rows, 1):
        if row["same"] not in ("0", "1", "?"):
            raise SystemExit(
                f"{path}: pair {i}: same must be 0, 1 or ?, got {row['same']!r}"
            )
        for key in ("meeting_a", "meeting_b"):
            if row[key].startswith("kgr:"):
                row[key] = KGR + row[key][4:]
    return rows


def article_graph(report: str) -> str:
    """``kgr:meeting/{article-id}/{n}`` -> ``kgr:article/{article-id}``."""
    prefix = KGR + "meeting/"
    if not report.startswith(prefix) or report.count("/", len(prefix)) != 1:
        raise SystemExit(f"not a meeting report IRI: {report}")
    return KGR + "article/" + report[len(prefix) :].rsplit("/", 1)[0]


def events_of(store: ox.Store, report: str) -> frozenset[str]:
    """The event node(s) standing for ``report`` in its article graph (see above)."""
    graph = article_graph(report)
    same = store.query(
        f"SELECT ?e WHERE {{ GRAPH <{graph}> {{ ?e <{OWL_SAME_AS}> <{report}> }} }}"
    )
    events = frozenset(str(row["e"]) for row in same)
    if events:
        return events
    typed = store.query(f"ASK {{ GRAPH <{graph}> {{ <{report}> a <{KG}Meeting> }} }}")
    return frozenset({f"<{report}>"}) if bool(typed) else frozenset()


def _short(iri: str) -> str:
    return iri.replace(KGR, "kgr:")


def _line(row: dict[str, str], width: int = 160) -> str:
    note = row.get("note") or ""
    note = note if len(note) <= width else note[: width - 1] + "…"
    return f"  {_short(row['meeting_a'])}  {_short(row['meeting_b'])}\n      {note}"


def evaluate(store: ox.Store, rows: list[dict[str, str]]) -> dict[str, list]:
    """Sort the gold pairs into outcome lists."""
    cache: dict[str, frozenset[str]] = {}
    out: dict[str, list] = {
        "tp": [],
        "fp": [],
        "fn": [],
        "tn": [],
        "unsure_merged": [],
        "unsure": [],
        "missing": [],
    }
    for row in rows:
        evs = []
        for key in ("meeting_a", "meeting_b"):
            iri = row[key]
            if iri not in cache:
                cache[iri] = events_of(store, iri)
                if not cache[iri]:
                    out["missing"].append(iri)
            evs.append(cache[iri])
        merged = bool(evs[0] & evs[1])
        if row["same"] == "?":
            out["unsure_merged" if merged else "unsure"].append(row)
        elif row["same"] == "1":
            out["tp" if merged else "fn"].append(row)
        else:
            out["fp" if merged else "tn"].append(row)
    return out


def _ratio(num: int, den: int) -> str:
    return f"{num}/{den} = {num / den:.3f}" if den else f"{num}/0 = n/a"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--store", required=True, type=Path, help="Oxigraph store directory")
    p.add_argument(
        "--pairs", type=Path, default=PAIRS, help=f"gold TSV (default {PAIRS})"
    )
    args = p.parse_args(argv)
    if not args.store.is_dir():
        p.error(f"--store {args.store}: not a directory")
    rows = read_pairs(args.pairs)
    r = evaluate(ox.Store.read_only(str(args.store)), rows)
    tp, fp, fn, tn = (len(r[k]) for k in ("tp", "fp", "fn", "tn"))
    unsure = len(r["unsure"]) + len(r["unsure_merged"])
    print(
        f"gold pairs: {len(rows)} "
        f"(same {tp + fn}, different {fp + tn}, unsure {unsure})"
    )
    print(
        f"merged: {tp + fp} judged pairs ({tp} same, {fp} different); "
        f"{len(r['unsure_merged'])} unsure pairs merged"
    )
    print(f"precision of merges: {_ratio(tp, tp + fp)}")
    print(f"recall:              {_ratio(tp, tp + fn)}")
    if r["missing"]:
        print(f"\nreports not found in their article graph ({len(r['missing'])}):")
        for iri in r["missing"]:
            print(f"  {_short(iri)}")
    for title, key in (
        ("wrong merges (same=0, merged)", "fp"),
        ("missed merges (same=1, not merged)", "fn"),
        ("unsure pairs merged (same=?)", "unsure_merged"),
    ):
        print(f"\n{title}: {len(r[key])}")
        for row in r[key]:
            print(_line(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
