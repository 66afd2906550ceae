"""Measure entity precision of the top-N persons and organisations (issue 15).

For the top-N persons and top-N organisations of a built store (ranked by the
number of article graphs typing the IRI as ``kg:Person`` / ``kg:Organisation``,
ties broken by IRI; the loading of :mod:`entity_audit`) it reads the hand-judged
``bench/entity_precision.tsv`` and prints

* how many of the top entries are judged;
* precision: the share of judged top entries whose verdict is ``ok`` (a real
  person / a real organisation); ``not`` (no actor of that kind), ``fragment``
  (a first name alone or a piece of a person's name) and ``other-kind`` (a real
  actor of the other kind) all count as not precise;
* the entries that are not ``ok``, with their verdict and note;
* the unjudged top entries, as TSV lines to judge and append.

Reproduce::

    kg build ../shared/data/10kgnad/test.csv seeds/ --store DIR -q   # 1,029 articles
    python bench/entity_precision.py --store DIR [--judged bench/entity_precision.tsv]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from entity_audit import load_judged, load_kind, top_entries  # noqa: E402

VERDICTS = ("ok", "not", "fragment", "other-kind")
LABELS = {"person": "persons", "org": "orgs"}


def precision(
    kind: str,
    top: list[str],
    judged: dict[tuple[str, str], dict[str, str]],
) -> tuple[float | None, Counter[str], list[str]]:
    """Precision of one kind's top list against the judged rows.

    Parameters
    ----------
    kind : str
        ``person`` or ``org``.
    top : list of str
        The ranked IRIs (:func:`top_entries`).
    judged : dict
        ``{(kind, iri): row}`` as returned by :func:`entity_audit.load_judged`.

    Returns
    -------
    tuple
        Precision (``ok`` / judged, ``None`` when nothing is judged), the count per
        verdict of the judged top entries, and the unjudged IRIs in rank order.
    """
    counts: Counter[str] = Counter()
    unjudged = []
    for e in top:
        row = judged.get((kind, e))
        if row is None:
            unjudged.append(e)
        else:
            counts[row["verdict"]] += 1
    n = sum(counts.values())
    return (counts["ok"] / n if n else None), counts, unjudged


def report(
    kind: str,
    n_top: int,
    graphs: dict[str, set[str]],
    names: dict[str, str],
    judged: dict[tuple[str, str], dict[str, str]],
) -> str:
    """Print the report of one kind and return its summary fragment.

    Parameters
    ----------
    kind : str
        ``person`` or ``org``.
    n_top : int
        How many top entries to measure.
    graphs, names : dict
        As returned by :func:`entity_audit.load_kind`.
    judged : dict
        As returned by :func:`entity_audit.load_judged`.

    Returns
    -------
    str
        e.g. ``"persons: precision 0.915 (183/200 judged; ok 183, not 12, ...)"``.
    """
    top = top_entries(graphs, n_top)
    prec, counts, unjudged = precision(kind, top, judged)
    n = sum(counts.values())
    per_verdict = ", ".join(
        f"{v} {counts[v]}" for v in [*VERDICTS, *sorted(set(counts) - set(VERDICTS))]
    )
    figure = "n/a" if prec is None else f"{prec:.3f}"
    print(
        f"== {kind}: top {len(top)} by articles; {n} judged, {len(unjudged)} unjudged"
    )
    print(f"precision {figure} ({counts['ok']} ok / {n} judged); {per_verdict}")
    print("not precise:")
    for rank, e in enumerate(top, 1):
        row = judged.get((kind, e))
        if row is not None and row["verdict"] != "ok":
            print(
                f"  {rank:3d} {row['verdict']:10s} {names.get(e, '?')} "
                f"({len(graphs[e])}): {row['note']}"
            )
    print(f"unjudged top entries ({len(unjudged)}; judge and append):")
    for e in unjudged:
        print(f"{kind}\t{e}\t{names.get(e, '?')}\t{len(graphs[e])}\t?\t")
    print()
    return f"{LABELS[kind]}: precision {figure} ({n}/{len(top)} judged; {per_verdict})"


def main(argv: list[str] | None = None) -> int:
    """Command line entry point.

    Parameters
    ----------
    argv : list of str, optional
        Arguments (default: ``sys.argv``).

    Returns
    -------
    int
        Exit status: 0, or 1 with one line on stderr for a missing store or TSV.
    """
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--store", required=True, help="directory of a built Oxigraph store"
    )
    ap.add_argument(
        "--judged",
        type=Path,
        default=Path(__file__).with_name("entity_precision.tsv"),
        help="hand-judged TSV (default: bench/entity_precision.tsv)",
    )
    ap.add_argument("--top", type=int, default=200, help="entries per kind")
    args = ap.parse_args(argv)
    if not Path(args.store).is_dir():
        print(
            f"{args.store}: expected a built store directory, found none",
            file=sys.stderr,
        )
        return 1
    if not args.judged.is_file():
        print(f"{args.judged}: expected the judged TSV, found no file", file=sys.stderr)
        return 1
    store = ox.Store.read_only(args.store)
    judged = load_judged(args.judged)
    parts = []
    for kind in ("person", "org"):
        graphs, names = load_kind(store, kind)
        parts.append(report(kind, args.top, graphs, names, judged))
    print("; ".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
