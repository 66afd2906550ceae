"""Time the corpus-level linking pass (kg.link) on a built store.

Copies the store (never touches the original), then times on the copy:

1. ``link_store`` once: on a store built before kg.link existed this links the
   whole corpus (the cost of the first build); on a store ``kg build`` made, it
   finds nothing to do (the cost every rebuild pays);
2. ``link_store`` again: nothing to do, the steady-state cost of ``kg build``;
3. an incremental change: one article that names a person in full is removed
   and put back (two passes: un-merge, merge again).

Usage::

    kg build ../shared/data/10kgnad/test.csv --store /tmp/link-store -q
    python bench/bench_link.py --store /tmp/link-store
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.link import link_store
from kg.store import open_store

SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
MENTION_OF = ox.NamedNode("https://w3id.org/kg-news/ontology#mentionOf")


def _own_graphs(st: ox.Store, iri: str) -> list[ox.NamedNode]:
    """Articles that name ``iri`` themselves (not through a link)."""
    node = ox.NamedNode(iri)
    graphs = {q.graph_name for q in st.quads_for_pattern(None, MENTION_OF, node)}
    linked = {q.graph_name for q in st.quads_for_pattern(node, SAME_AS, None)}
    return sorted(graphs - linked, key=str)  # type: ignore[arg-type]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True, help="a store built by kg build")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-link-") as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(args.store, copy)
        st = open_store(copy)
        graphs = sum(1 for _ in st.named_graphs())
        print(f"store: {graphs} articles, {len(st):,} quads")
        first = link_store(st)
        print(f"first pass:  {first}")
        second = link_store(st)
        print(f"second pass: {second}")
        # incremental: take out the one article a link points into, put it back
        links = first.links or second.links
        own = {t: _own_graphs(st, t) for t in sorted(set(links.values()))}
        single = [t for t, gs in own.items() if len(gs) == 1]
        if single:
            (g,) = own[single[0]]
            quads = list(st.quads_for_pattern(None, None, None, g))
            st.remove_graph(g)
            t0 = time.perf_counter()
            out = link_store(st)
            print(f"without {g} (names {single[0]}): {out}")
            st.extend(quads)
            back = link_store(st)
            print(f"with it back: {back}")
            print(f"incremental pair: {time.perf_counter() - t0:.2f} s")
        del st


if __name__ == "__main__":
    main()
