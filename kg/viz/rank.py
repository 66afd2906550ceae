"""Which actors a drawing shows: a centrality score and rank for every actor, the
components too small to show, the cut to the top N, and communities for colour.

Every function works on the network :func:`kg.viz.graph_to_networkx` builds and
follows the order of ``G``'s nodes, never the order of a set (that changes with the
hash seed), so the same store gives the same picture in every process.

Why weighted degree by default: a ``met`` or ``holds_role`` edge is a fact the
articles state, and an actor who met many others many times, or holds posts, is
who a reader of news looks for; weighted degree counts exactly that, is cheap at
any size and easy to explain in a legend. PageRank (importance passed on by
important neighbours) and betweenness (brokers between groups; estimated from 64
seeded sources above 500 actors) are there on request. Co-mentions
(``mentioned_together``) are weak evidence (two names in one sentence) and only
break ties.

Why Louvain for the colours: it finds groups of densely linked actors (a
government, a summit, a club and its players) in well under a second at corpus
size and, with a fixed seed on integer-labelled nodes, gives the same groups in
every process; label propagation is the fallback where Louvain is missing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import networkx as nx

from kg.errors import InputError

__all__ = [
    "RANK_BY",
    "STRUCTURAL_KINDS",
    "actor_scores",
    "by_rank",
    "communities",
    "drop_small_components",
    "top_nodes",
]

RANK_BY = ("degree", "pagerank", "betweenness")
#: the edge kinds that are facts (a meeting, a post), which the ranking counts
STRUCTURAL_KINDS = ("met", "holds_role")


def _structural(G: nx.MultiGraph) -> nx.Graph:
    """The simple projection of the ``met`` and ``holds_role`` edges, weights summed,
    on all of ``G``'s nodes, in ``G``'s order."""
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v, k, w in G.edges(keys=True, data="weight"):
        if k in STRUCTURAL_KINDS and u != v:
            old = H[u][v]["weight"] if H.has_edge(u, v) else 0
            H.add_edge(u, v, weight=old + (w or 1))
    return H


def actor_scores(G: nx.MultiGraph, *, by: str = "degree") -> dict[Any, float]:
    """The centrality of every node of ``G`` over its ``met`` and ``holds_role``
    edges: ``degree`` (the sum of their weights), ``pagerank`` (weighted) or
    ``betweenness`` (normalised; estimated from 64 seeded sources above 500 nodes).

    Raises
    ------
    InputError
        If ``by`` is not one of ``RANK_BY``.

    Example
    -------
    >>> G = nx.MultiGraph([("a", "b", "met", {"weight": 2})])
    >>> actor_scores(G)
    {'a': 2.0, 'b': 2.0}
    """
    if by not in RANK_BY:
        raise InputError(f"--rank-by: expected one of {', '.join(RANK_BY)}, got {by!r}")
    H = _structural(G)
    if by == "degree":
        return {n: float(d) for n, d in H.degree(weight="weight")}
    if H.number_of_edges() == 0:
        return {n: 0.0 for n in H}
    if by == "pagerank":
        values = nx.pagerank(H, weight="weight")
        # a node without any edge gets the teleport share only: no evidence, 0
        return {n: (float(values[n]) if H.degree(n) else 0.0) for n in H}
    if H.number_of_nodes() > 500:
        values = nx.betweenness_centrality(H, k=64, seed=0)
    else:
        values = nx.betweenness_centrality(H)
    return {n: float(values[n]) for n in H}


def by_rank(G: nx.MultiGraph, scores: Mapping[Any, float]) -> list[Any]:
    """The nodes of ``G``, most central first: by score, then by the weight of all
    their edges (co-mentions too), then by their number of articles, then by label
    and identifier (so that ties are broken the same way every time)."""
    strength: dict[Any, float] = {n: 0.0 for n in G}
    for u, v, w in G.edges(data="weight"):
        strength[u] += w or 1
        strength[v] += w or 1
    return sorted(
        G,
        key=lambda n: (
            -scores.get(n, 0.0),
            -strength[n],
            -len(G.nodes[n].get("articles", ())),
            str(G.nodes[n].get("label", "")),
            str(n),
        ),
    )


def top_nodes(
    G: nx.MultiGraph,
    ranked: list[Any],
    top: int,
    *,
    keep: Collection[Any] = (),
    min_component: int = 1,
) -> set[Any]:
    """The most central nodes of ``ranked`` (all of them for ``top`` 0) until
    ``top`` of them would be shown: only those count that are linked to another
    chosen node in a piece of at least ``min_component`` chosen nodes, since the
    rest is left out after the cut. The nodes of ``keep`` (the focus) come first,
    whatever their rank. A last node that joins two pieces can bring the count a
    little over ``top``.

    Raises
    ------
    InputError
        If ``top`` is negative.

    Example
    -------
    >>> G = nx.MultiGraph([("a", "b"), ("b", "c"), ("x", "y")])
    >>> sorted(top_nodes(G, ["b", "x", "a", "y", "c"], 2))
    ['a', 'b', 'x']
    """
    if not isinstance(top, int) or isinstance(top, bool) or top < 0:
        raise InputError(f"--top: expected an integer >= 0 (0 = all), got {top!r}")
    if top == 0:
        return set(ranked) | set(keep)
    least = max(min_component, 2)
    parent: dict[Any, Any] = {}
    size: dict[Any, int] = {}
    shown = 0

    def root(n: Any) -> Any:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def counted(k: int) -> int:
        return k if k >= least else 0

    order = [n for n in keep if n in G] + [n for n in ranked if n not in set(keep)]
    for n in order:
        if shown >= top:
            break
        parent[n], size[n] = n, 1
        for m in G[n]:
            if m not in parent:
                continue
            a, b = root(n), root(m)
            if a == b:
                continue
            shown += counted(size[a] + size[b]) - counted(size[a]) - counted(size[b])
            parent[b] = a
            size[a] += size[b]
    return set(parent) | set(keep)


def drop_small_components(
    G: nx.MultiGraph, min_size: int, *, keep: Collection[Any] = ()
) -> int:
    """Remove (in place) the connected components of fewer than ``min_size`` nodes
    that hold none of ``keep``; return the number of nodes removed.

    Raises
    ------
    InputError
        If ``min_size`` is not a positive integer.
    """
    if not isinstance(min_size, int) or isinstance(min_size, bool) or min_size < 1:
        raise InputError(f"--min-component: expected an integer >= 1, got {min_size!r}")
    if min_size == 1:
        return 0
    keep = set(keep)
    gone = [
        n
        for comp in nx.connected_components(G)
        if len(comp) < min_size and not comp & keep
        for n in comp
    ]
    G.remove_nodes_from(gone)
    return len(gone)


def communities(G: nx.MultiGraph, *, seed: int = 0) -> dict[Any, int]:
    """A community number for every node: 0 for the largest community, 1 for the
    next, ties by their first node in the order of the node names. Louvain over
    all the edges of ``G`` (weights summed), with a fixed seed; asynchronous
    label propagation where Louvain is not available. Nodes are numbered in the
    order of their names before, so that sets of integers, not of strings,
    decide the order: the same result under every hash seed and whatever order
    the store answered in (which decides ``G``'s order)."""
    nodes = sorted(G, key=str)
    index = {n: i for i, n in enumerate(nodes)}
    H = nx.Graph()
    H.add_nodes_from(range(len(nodes)))
    for u, v, w in G.edges(data="weight"):
        if u != v:
            a, b = index[u], index[v]
            old = H[a][b]["weight"] if H.has_edge(a, b) else 0
            H.add_edge(a, b, weight=old + (w or 1))
    if not nodes:
        return {}
    louvain = getattr(nx.community, "louvain_communities", None)
    if louvain is not None:
        parts = louvain(H, weight="weight", seed=seed)
    else:  # pragma: no cover - networkx before 2.8
        parts = nx.community.asyn_lpa_communities(H, weight="weight", seed=seed)
    groups = sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p[0]))
    return {nodes[i]: c for c, group in enumerate(groups) for i in group}
