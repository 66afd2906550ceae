"""The filters of the actor network (:func:`kg.viz.graph.graph_to_networkx`): light
edges, likely NER errors, isolates, small components and the top N, each counting the
actors it leaves out under a reason."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from kg.errors import InputError
from kg.viz.queries import ENTITY_NAMES, Select, term_value
from kg.viz.rank import (
    STRUCTURAL_KINDS,
    actor_scores,
    by_rank,
    drop_small_components,
    top_nodes,
)

__all__ = [
    "Evidence",
    "check_count",
    "cut",
    "drop_light_edges",
    "drop_nodes",
    "likely_junk",
]


@dataclass
class Evidence:
    """What each actor (IRI) was seen in, gathered while the edges are added."""

    articles: defaultdict[str, set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )
    meetings: defaultdict[str, set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )
    roles: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: the number of sentences that mention it
    mentions: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))


def drop_light_edges(G: nx.MultiGraph, min_weight: int) -> None:
    """Remove ``met`` and ``mentioned_together`` edges lighter than ``min_weight``."""
    G.remove_edges_from(
        [
            (u, v, k)
            for u, v, k, w in G.edges(keys=True, data="weight")
            if k != "holds_role" and w < min_weight
        ]
    )


def check_count(value: object, option: str, least: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < least:
        more = " (0 = all)" if least == 0 else ""
        raise InputError(
            f"{option}: expected an integer >= {least}{more}, got {value!r}"
        )


def drop_nodes(
    G: nx.MultiGraph,
    nodes: Iterable[str],
    keep: set[str],
    filtered: dict[str, int],
    reason: str,
) -> None:
    """Remove ``nodes`` but those of ``keep`` and count them under ``reason``."""
    gone = [n for n in nodes if n not in keep and n in G]
    if gone:
        G.remove_nodes_from(gone)
        filtered[reason] = filtered.get(reason, 0) + len(gone)


def likely_junk(
    select: Select, G: nx.MultiGraph, seen: Evidence
) -> dict[str, list[str]]:
    """The likely NER errors among the nodes of ``G`` without a meeting, a role
    or a ``met``/``holds_role`` edge (facts keep an actor): ``common-word name``
    when every name is one capitalised common German word, ``single mention``
    when mentioned in one sentence of one article only and neither speaking nor
    addressed in a statement (``statements`` edges are read only when shown, so
    this never changes a view without them). Only the lexicon table
    is loaded to ask the first (:func:`kg.nlp.lexicon.is_common_word`), not the
    NLP pipeline."""
    bare = [
        n
        for n in G
        if not seen.meetings[n]
        and not seen.roles[n]
        and not any(k in STRUCTURAL_KINDS for _, _, k in G.edges(n, keys=True))
    ]
    if not bare:
        return {}
    bare_set = set(bare)
    all_names: defaultdict[str, set[str]] = defaultdict(set)
    for row in select(ENTITY_NAMES):
        e = term_value(row["e"])
        if e is not None and e in bare_set:
            all_names[e].add(term_value(row["n"]) or "")
    common = [
        n
        for n in bare
        if all_names[n] and all(_one_common_word(x) for x in all_names[n])
    ]
    said = {u for u, _, kind in G.edges(bare, data="kind") if kind == "statements"}
    once = [
        n
        for n in bare
        if len(G.nodes[n]["articles"]) <= 1 and seen.mentions[n] <= 1 and n not in said
    ]
    return {"common-word name": common, "single mention": once}


def _one_common_word(name: str) -> bool:
    from kg.nlp.lexicon import is_common_word

    name = name.strip()
    return " " not in name and is_common_word(name)


def cut(
    G: nx.MultiGraph,
    centres: set[str],
    filtered: dict[str, int],
    *,
    keep_isolates: bool,
    min_component: int,
    top: int,
    rank_by: str,
) -> None:
    """Leave out (in place) the actors without a link, the small components and
    those ranked below ``top``; set ``score`` and ``rank`` on the rest."""

    def prune(reason_isolated: str, reason_small: str) -> None:
        isolates = [n for n in G if G.degree(n) == 0]
        if not keep_isolates:
            drop_nodes(G, isolates, centres, filtered, reason_isolated)
        keep = centres | (set(isolates) if keep_isolates else set())
        gone = drop_small_components(G, min_component, keep=keep)
        if gone:
            filtered[reason_small] = filtered.get(reason_small, 0) + gone

    prune("no link", f"component under {min_component}")
    scores = actor_scores(G, by=rank_by)
    ranked = by_rank(G, scores)
    if top and len(G) > top:
        chosen = top_nodes(G, ranked, top, keep=centres, min_component=min_component)
        beyond = f"beyond the top {top}"
        drop_nodes(G, [n for n in ranked if n not in chosen], centres, filtered, beyond)
        prune(beyond, beyond)  # what the cut left alone or in pieces
    for i, n in enumerate((n for n in ranked if n in G), start=1):
        G.nodes[n]["score"] = round(scores[n], 6)
        G.nodes[n]["rank"] = i
