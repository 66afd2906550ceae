"""Measure actor identity errors against the hand-judged ``bench/entity_audit.tsv``.

What it measures (issue 13, part 3): for the top-N persons and top-M organisations
of a built store (ranked by the number of article graphs typing the IRI as
``kg:Person`` / ``kg:Organisation``, ties broken by IRI) it reports

* how many of them are judged in the TSV, and which are not (judge and append them);
* junk: top entries that are no person / no organisation at all;
* wrong merges: top entries judged ``mixed`` (their mentions denote several actors);
* duplicate pairs: for each top entry with an identity, every other IRI of the same
  kind still present in the store whose judged identity is the same actor (each
  unordered pair once), and the articles "lost" to them (articles of the actor not
  reached from its largest IRI).

Articles are counted strictly through named graphs (``GRAPH ?g { ?e a kg:Person }``),
so the figures do not change when the default graph also holds the union of the
articles.

Reproduce::

    kg build seeds ../shared/data/10kgnad/test.csv --store DIR -q   # 1,029 articles
    python bench/entity_audit.py --store DIR [--judged bench/entity_audit.tsv]
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

KINDS = {"person": "Person", "org": "Organisation"}
ARTICLE = "https://w3id.org/kg-news/id/article/"
PREFIXES = (
    "PREFIX kg: <https://w3id.org/kg-news/ontology#> "
    "PREFIX schema: <http://schema.org/> "
)


def load_kind(store: ox.Store, kind: str) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Return ``{iri: article graphs}`` and ``{iri: schema:name}`` for one kind.

    Parameters
    ----------
    store : pyoxigraph.Store
        The built store (opened read-only).
    kind : str
        ``person`` or ``org``.

    Returns
    -------
    tuple of dict
        Article graph IRIs per entity IRI, and one schema:name per entity IRI.
    """
    graphs: dict[str, set[str]] = defaultdict(set)
    cls = f"kg:{KINDS[kind]}"
    q = (
        PREFIXES + f"SELECT DISTINCT ?e ?g WHERE {{ GRAPH ?g {{ ?e a {cls} }} "
        f'FILTER(STRSTARTS(STR(?g), "{ARTICLE}")) }}'
    )
    for r in store.query(q):
        graphs[r["e"].value].add(r["g"].value)
    names: dict[str, str] = {}
    q = (
        PREFIXES
        + f"SELECT ?e ?n WHERE {{ GRAPH ?g {{ ?e a {cls} ; schema:name ?n }} }}"
    )
    for r in store.query(q):
        names.setdefault(r["e"].value, r["n"].value)
    return graphs, names


def load_judged(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    """Read the judged TSV (``#`` comment lines and the header line are skipped).

    Parameters
    ----------
    path : Path
        The TSV file.

    Returns
    -------
    dict
        ``{(kind, iri): row}`` with the columns as keys.
    """
    lines = [
        ln
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln and not ln.startswith("#")
    ]
    return {
        (r["kind"], r["iri"]): r
        for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    }


def top_entries(graphs: dict[str, set[str]], n_top: int) -> list[str]:
    """Return the ``n_top`` IRIs with the most article graphs (ties by IRI).

    Parameters
    ----------
    graphs : dict
        ``{iri: article graph IRIs}`` as returned by :func:`load_kind`.
    n_top : int
        How many entries to keep.

    Returns
    -------
    list of str
        The IRIs, most articles first.
    """
    return sorted(graphs, key=lambda e: (-len(graphs[e]), e))[:n_top]


def audit(
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
        How many top entries to audit.
    graphs, names : dict
        As returned by :func:`load_kind`.
    judged : dict
        As returned by :func:`load_judged`.

    Returns
    -------
    str
        e.g. ``"100 top, 3 junk, 0 mixed, 12 duplicate pairs"``.
    """
    top = top_entries(graphs, n_top)
    j = {e: judged[(kind, e)] for e in top if (kind, e) in judged}
    by_identity: dict[str, list[str]] = defaultdict(list)
    for (k, e), row in judged.items():
        if k == kind and e in graphs and row["identity"] != "-":
            by_identity[row["identity"]].append(e)
    junk = [e for e in top if e in j and j[e]["verdict"] == "junk"]
    mixed = [e for e in top if e in j and j[e]["verdict"] == "mixed"]
    pairs: set[tuple[str, str]] = set()
    lost = 0
    seen_identities: set[str] = set()
    for e in top:
        ident = j.get(e, {}).get("identity", "-")
        if ident == "-":
            continue
        pairs |= {tuple(sorted((e, o))) for o in by_identity[ident] if o != e}
        if ident not in seen_identities:
            seen_identities.add(ident)
            cluster = by_identity[ident]
            if len(cluster) > 1:
                union = set().union(*(graphs[o] for o in cluster))
                lost += len(union) - max(len(graphs[o]) for o in cluster)

    def label(e: str) -> str:
        return f"{names.get(e, '?')} <{e.rsplit('/', 1)[-1]}> ({len(graphs[e])})"

    n_un = len(top) - len(j)
    print(f"== {kind}: top {len(top)} by articles; {len(j)} judged, {n_un} unjudged")
    print(f"junk ({len(junk)}): " + "; ".join(label(e) for e in junk))
    print(f"wrong merges / mixed ({len(mixed)}):")
    for e in mixed:
        print(f"  {label(e)}: {j[e]['note']}")
    print(f"duplicate pairs ({len(pairs)}), articles lost to duplicates: {lost}")
    for a, b in sorted(pairs, key=lambda p: (judged[(kind, p[0])]["identity"], p)):
        print(f"  [{judged[(kind, a)]['identity']}] {label(a)} == {label(b)}")
    unjudged = [e for e in top if e not in j]
    print(f"unjudged top entries ({len(unjudged)}):")
    for e in unjudged:
        print(f"  {label(e)}")
    print()
    return (
        f"{len(top)} top, {len(junk)} junk, {len(mixed)} mixed, "
        f"{len(pairs)} duplicate pairs"
    )


def main(argv: list[str] | None = None) -> int:
    """Command line entry point.

    Parameters
    ----------
    argv : list of str, optional
        Arguments (default: ``sys.argv``).

    Returns
    -------
    int
        Exit status (0).
    """
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--store", required=True, help="directory of a built Oxigraph store"
    )
    ap.add_argument(
        "--judged", type=Path, default=Path(__file__).with_name("entity_audit.tsv")
    )
    ap.add_argument("--persons", type=int, default=100)
    ap.add_argument("--orgs", type=int, default=50)
    args = ap.parse_args(argv)
    store = ox.Store.read_only(args.store)
    judged = load_judged(args.judged)
    parts = []
    for kind, n in (("person", args.persons), ("org", args.orgs)):
        graphs, names = load_kind(store, kind)
        parts.append(
            f"{'persons' if kind == 'person' else 'orgs'}: "
            + audit(kind, n, graphs, names, judged)
        )
    print("; ".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
