"""The interactive network page: one offline HTML file, a canvas drawn by
``kg/data/viz/network.js`` (zoom, pan, hover, search) from the data embedded as
inert JSON."""

from __future__ import annotations

import html
from typing import Any

import networkx as nx

from kg.viz.layout import layout
from kg.viz.options import EDGE_KINDS, NODE_TYPES
from kg.viz.page import asset, page, script_json
from kg.viz.style import KIND_COLOURS, KIND_LABELS, TYPE_COLOURS, node_sizes

__all__ = ["network_data", "network_html"]

# Drawn in this order, co-mentions (the faintest evidence) underneath; the
# kinds between one pair get parallel lanes ("o": offset in line widths).
_DRAW_ORDER = ("mentioned_together", "holds_role", "met")


def network_html(G: nx.MultiGraph, *, size_by: str, seed: int, title: str) -> str:
    """The whole page for ``G``."""
    data = network_data(G, size_by=size_by, seed=seed, title=title)
    body = (
        '<header id="kg-bar">\n'
        f'<h1 id="kg-title">{html.escape(title)}</h1>\n'
        '<span id="kg-count"></span>\n'
        '<input id="kg-search" type="search" placeholder="Find a name" '
        'autocomplete="off">\n'
        '<span id="kg-legend"></span>\n'
        '<button id="kg-fit" type="button">Fit</button>\n'
        '<span id="kg-help">scroll: zoom · drag: pan · click: pin</span>\n'
        "</header>\n"
        '<canvas id="kg-canvas" role="img" aria-label="The actor network: hover or '
        'search a name for details"></canvas>\n'
        '<div id="kg-empty" hidden>No actors match these filters.</div>\n'
        '<div id="kg-tip" hidden></div>\n'
        f'<script type="application/json" id="kg-data">{script_json(data)}</script>'
    )
    return page(title, body, css=asset("network.css"), script=asset("network.js"))


def network_data(
    G: nx.MultiGraph, *, size_by: str, seed: int, title: str
) -> dict[str, Any]:
    """What ``network.js`` draws: nodes (biggest first) with positions and sizes,
    edges, meetings and articles referring to one another by index."""
    pos = layout(G, seed=seed)
    sizes = node_sizes(G, size_by, 3.0, 18.0)
    order = sorted(G.nodes, key=lambda n: (-sizes[n], G.nodes[n]["label"], n))
    index = {n: i for i, n in enumerate(order)}  # biggest first: labels win collisions
    meetings = G.graph.get("meetings", {})
    articles = G.graph.get("articles", {})
    m_index = {m: i for i, m in enumerate(meetings)}
    a_index = {a: i for i, a in enumerate(articles)}
    nodes = []
    for n in order:
        d = G.nodes[n]
        nodes.append(
            {
                "id": n,
                "label": d["label"],
                "type": d["type"],
                "x": pos[n][0],
                "y": pos[n][1],
                "r": round(sizes[n], 2),
                "degree": d["degree"],
                "betweenness": d["betweenness"],
                "roles": d["roles"],
                "meetings": [m_index[m] for m in d["meetings"] if m in m_index],
                "articles": [a_index[a] for a in d["articles"] if a in a_index],
            }
        )
    return {
        "title": title,
        "nodes": nodes,
        "edges": _edges_data(G, index, m_index, a_index),
        "meetings": [
            {
                "name": i["name"],
                "date": i["date"],
                "place": i["place"],
                "participants": [index[p] for p in i["participants"] if p in index],
                "articles": [a_index[a] for a in i["articles"] if a in a_index],
            }
            for i in meetings.values()
        ],
        "articles": [
            {
                "id": a,
                "headline": i.get("headline"),
                "date": i.get("date"),
                "url": i.get("url"),
            }
            for a, i in articles.items()
        ],
        "types": [
            {"name": t, "colour": TYPE_COLOURS[t]}
            for t in NODE_TYPES
            if any(d["type"] == t for _, d in G.nodes(data=True))
        ],
        "kinds": [
            {"name": k, "label": KIND_LABELS[k], "colour": KIND_COLOURS[k]}
            for k in EDGE_KINDS
        ],
        "sizeBy": size_by,
    }


def _edges_data(
    G: nx.MultiGraph,
    index: dict[Any, int],
    m_index: dict[str, int],
    a_index: dict[str, int],
) -> list[dict[str, Any]]:
    """The edges in drawing order, their ends, meetings and articles by index."""
    edges = []
    for u, v, k, d in sorted(
        G.edges(keys=True, data=True),
        key=lambda e: (_DRAW_ORDER.index(e[2]), index[e[0]], index[e[1]]),
    ):
        kinds = [x for x in _DRAW_ORDER if x in G[u][v]]
        e: dict[str, Any] = {
            "s": index[u],
            "t": index[v],
            "kind": k,
            "w": d["weight"],
            "o": kinds.index(k) - (len(kinds) - 1) / 2,
            "articles": [a_index[a] for a in d["articles"] if a in a_index],
        }
        if k == "met":
            e["meetings"] = [m_index[m] for m in d["meetings"] if m in m_index]
        elif k == "holds_role":
            e["member"] = index[d["member"]]
            e["titles"] = d["titles"]
            e["dates"] = d["dates"]
        edges.append(e)
    return edges
