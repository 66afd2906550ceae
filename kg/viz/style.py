"""How the network looks in every drawing: colours by node type and edge kind,
legend labels, node sizes by centrality, the default title."""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from kg.errors import InputError

__all__ = [
    "COMMUNITY_COLOURS",
    "OTHER_COMMUNITY",
    "TYPE_MARKERS",
    "KIND_COLOURS",
    "KIND_LABELS",
    "STATEMENT_COLOURS",
    "STATEMENT_LABELS",
    "statement_colour",
    "statement_labels",
    "statement_types",
    "TYPE_COLOURS",
    "network_title",
    "node_sizes",
    "rgb",
]

# One palette for the HTML page and the static figures (Tableau 10, colour-blind safe).
TYPE_COLOURS = {
    "person": "#4e79a7",
    "organisation": "#f28e2b",
    "country": "#59a14f",
    "city": "#b07aa1",
    "region": "#9c755f",
    "place": "#79706e",
}
# Communities colour the static figures (the node type is the marker's shape
# there): the ten largest get Tableau 10, the rest one light grey.
COMMUNITY_COLOURS = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#b07aa1",
    "#76b7b2",
    "#edc948",
    "#9c755f",
    "#ff9da7",
    "#79706e",
)
OTHER_COMMUNITY = "#c8c8c8"
TYPE_MARKERS = {
    "person": "o",
    "organisation": "s",
    "country": "D",
    "city": "^",
    "region": "v",
    "place": "p",
}
KIND_COLOURS = {
    "met": "#e15759",
    "holds_role": "#76b7b2",
    "mentioned_together": "#9d9d9d",
    "statements": "#f28e2b",
}
KIND_LABELS = {
    "met": "met",
    "holds_role": "holds role in",
    "mentioned_together": "mentioned together",
    "statements": "statements",
}
# A statement edge is drawn in the colour of its type (kg:interactionType, the
# PLOVER-style codes of kg/data/speech_acts.tsv), with an arrow from who speaks to
# whom it addresses: confrontation in warm colours, cooperation in green.
STATEMENT_COLOURS = {
    "DEMAND": "#f28e2b",
    "APPEAL": "#ffbe7d",
    "ACCUSE": "#b07aa1",
    "THREATEN": "#8b1a1a",
    "WARN": "#edc948",
    "REJECT": "#4e79a7",
    "DENY": "#a0cbe8",
    "PRAISE": "#59a14f",
    "AGREE": "#8cd17d",
}
#: type -> (what the speaker does to the addressee, what the addressee gets from
#: the speaker): "USA demands of Russland", "Russland: demand from USA"
STATEMENT_LABELS = {
    "DEMAND": ("demands of", "demand from"),
    "APPEAL": ("appeals to", "appeal from"),
    "ACCUSE": ("accuses", "accused by"),
    "THREATEN": ("threatens", "threatened by"),
    "WARN": ("warns", "warned by"),
    "REJECT": ("rejects", "rejected by"),
    "DENY": ("denies", "denied by"),
    "PRAISE": ("praises", "praised by"),
    "AGREE": ("agrees with", "agreement from"),
}


def statement_colour(type_: str) -> str:
    """The colour of a statement type; grey for a type this table does not know."""
    return STATEMENT_COLOURS.get(type_, "#7f7f7f")


def statement_labels(type_: str) -> tuple[str, str]:
    """The active and passive label of a statement type (:data:`STATEMENT_LABELS`);
    a type it does not know is named as it is (``"SUPPORT"``)."""
    return STATEMENT_LABELS.get(type_, (type_.lower(), f"{type_.lower()} from"))


def statement_types(G: nx.MultiGraph) -> list[str]:
    """The types of ``G``'s ``statements`` edges, in the order of
    :data:`STATEMENT_COLOURS` (unknown types after, by name): the order of the
    legends."""
    present = {
        d["interaction_type"]
        for *_, d in G.edges(data=True)
        if d["kind"] == "statements"
    }
    order = list(STATEMENT_COLOURS)
    return sorted(
        present, key=lambda t: (t not in order, order.index(t) if t in order else 0, t)
    )


def node_sizes(G: nx.Graph, size_by: str, lo: float, hi: float) -> dict[Any, float]:
    """Node size in [lo, hi] by the square root of the centrality (area ~ it).

    Raises
    ------
    InputError
        If ``size_by`` is neither ``degree`` nor ``betweenness``.
    """
    if size_by not in ("degree", "betweenness"):
        raise InputError(f"--size-by: expected degree or betweenness, got {size_by!r}")
    values = {n: float(d.get(size_by, 0) or 0) for n, d in G.nodes(data=True)}
    top = max(values.values(), default=0.0)
    if top <= 0:
        return {n: lo for n in values}
    return {n: lo + (hi - lo) * math.sqrt(v / top) for n, v in values.items()}


def network_title(G: nx.Graph) -> str:
    """``Actor network`` and the filters that made ``G`` (focus, date range)."""
    parts = ["Actor network"]
    if G.graph.get("focus"):
        # the names of the focus nodes, not the IRI or substring asked for
        centres = [n for n in G.graph.get("focus_nodes", ()) if n in G]
        focus = ", ".join(G.nodes[n].get("label", n) for n in centres)
        parts.append(
            f"around {focus or G.graph['focus']} (depth {G.graph.get('depth', 1)})"
        )
    since, until = G.graph.get("since"), G.graph.get("until")
    if since or until:
        parts.append(f"{since or '…'} to {until or '…'}")
    return ", ".join(parts)


def rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` as three integers."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)
