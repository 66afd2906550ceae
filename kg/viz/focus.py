"""The actor a ``--focus`` names, and its neighbourhood in the network."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping

import networkx as nx
import pyoxigraph as ox

from kg.errors import InputError
from kg.query.output import short_iri
from kg.rdf.prefixes import PREFIXES
from kg.viz.queries import ALL_NAMES, NAMES, NAMES_LIKE, Select, term_value

__all__ = ["ego_network", "label_of", "resolve_focus"]


def label_of(iri: str, names: Mapping[str, str]) -> str:
    """The name of ``iri``, else the last segment of the IRI with spaces for
    hyphens (``kgr:person/antony-blinken`` -> ``antony blinken``)."""
    if iri in names:
        return names[iri]
    tail = re.split(r"[/#]", iri.rstrip("/"))[-1]
    return tail.replace("-", " ") or iri


def resolve_focus(
    select: Select,
    G: nx.MultiGraph,
    focus: str,
    kinds: Mapping[str, str],
    names: Mapping[str, str],
) -> set[str]:
    """The nodes ``focus`` names, by exact identity first: an IRI (``kgr:person/…``
    or whole); else a name or alternate name (any case); else names that hold it
    as whole words ("Kurz" in "Sebastian Kurz", not in "Ray Kurzweils"); else a
    substring, but only of one actor (several: the error lists them).

    Raises
    ------
    InputError
        If it names nothing in ``G``: says what it names instead (filtered out),
        or which names are close; if a substring names several actors, which.
    """
    name = focus.strip()
    if not name:
        raise InputError("--focus: expected a name, got an empty string")
    iri = PREFIXES["kgr"] + name[4:] if name.startswith("kgr:") else name
    if iri in G:
        return {iri}
    q = {ox.Variable("q"): ox.Literal(name)}
    found = {term_value(r["e"]) for r in select(NAMES, q)}
    if not found:
        like = {
            (term_value(r["e"]), term_value(r["n"]) or "")
            for r in select(NAMES_LIKE, q)
        }
        word = re.compile(rf"(?<!\w){re.escape(name.casefold())}(?!\w)")
        found = {e for e, n in like if word.search(n.casefold())}
        if not found:
            found = {e for e, _ in like}
            in_graph = sorted(e or "" for e in found if e in G)
            if len(in_graph) > 1:
                shown = ", ".join(
                    f"{label_of(e, names)} ({short_iri(e)})" for e in in_graph[:10]
                )
                more = f" and {len(in_graph) - 10} more" if len(in_graph) > 10 else ""
                raise InputError(
                    f"--focus: expected one actor, got {focus!r}, which is part of "
                    f"the names of {len(in_graph)}: {shown}{more}; give a full name "
                    "or an IRI"
                )
    found_in = {e for e in found if e in G}
    if found_in:
        return found_in  # type: ignore[return-value]
    if found:
        what = ", ".join(
            sorted(
                f"{label_of(e or '', names)} ({kinds.get(e or '', 'filtered out')})"
                for e in found
            )
        )
        raise InputError(
            f"--focus: expected an actor in the network, got {focus!r}, which "
            f"names {what} without edges after the filters (try --types)"
        )
    all_names = sorted({term_value(r["n"]) or "" for r in select(ALL_NAMES)})
    close = difflib.get_close_matches(name, all_names, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise InputError(
        f"--focus: expected the name of a person, organisation or country in "
        f"the graph, got {focus!r}{hint}"
    )


def ego_network(G: nx.MultiGraph, centres: Iterable[str], depth: int) -> nx.MultiGraph:
    """The nodes up to ``depth`` hops from any of ``centres``, and their edges."""
    keep: set[str] = set()
    for c in centres:
        keep.update(nx.single_source_shortest_path_length(G, c, cutoff=depth))
    # built in G's own order (a subgraph view would follow the set's, which changes
    # with the hash seed)
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((v, d) for v, d in G.nodes(data=True) if v in keep)
    H.add_edges_from(
        (u, v, k, d)
        for u, v, k, d in G.edges(keys=True, data=True)
        if u in keep and v in keep
    )
    return H
