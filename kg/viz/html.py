"""The interactive network page: one offline HTML file, a canvas drawn by
``kg/data/viz/network.js`` from the data embedded as inert JSON: zoom, pan, hover,
search by whole names, the ego network of a node, a date range, the evidence
sentences of an edge, the top actors, colours by type or community."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from kg.viz.layout import layout
from kg.viz.options import EDGE_KINDS, NODE_TYPES
from kg.viz.page import asset, page, script_json
from kg.viz.style import (
    KIND_COLOURS,
    KIND_LABELS,
    TYPE_COLOURS,
    node_sizes,
    statement_colour,
    statement_labels,
    statement_types,
)

__all__ = ["network_data", "network_html"]

# Drawn in this order, co-mentions (the faintest evidence) underneath, statements
# (arrows) on top; the edges between one pair get parallel lanes ("o": offset in
# line widths).
_DRAW_ORDER = ("mentioned_together", "holds_role", "met", "statements")


def network_html(G: nx.MultiGraph, *, size_by: str, seed: int, title: str) -> str:
    """The whole page for ``G``."""
    data = network_data(G, size_by=size_by, seed=seed, title=title)
    body = (
        '<header id="kg-bar">\n'
        f'<h1 id="kg-title">{html.escape(title)}</h1>\n'
        '<span id="kg-count"></span>\n'
        '<span id="kg-find"><input id="kg-search" type="search" '
        'placeholder="Find a name" autocomplete="off" role="combobox" '
        'aria-controls="kg-suggest" aria-expanded="false">\n'
        '<ul id="kg-suggest" role="listbox" hidden></ul></span>\n'
        '<span id="kg-dates" hidden><label>from <input id="kg-from" type="range" '
        'min="0" max="0" step="1"></label> <label>to <input id="kg-to" type="range" '
        'min="0" max="0" step="1"></label> <canvas id="kg-hist" width="160" '
        'height="20" aria-hidden="true"></canvas> <output id="kg-range"></output>'
        "</span>\n"
        '<label id="kg-colour-by" hidden>colour <select id="kg-colour">'
        '<option value="type">by type</option>'
        '<option value="community">by community</option></select></label>\n'
        '<span id="kg-legend"></span>\n'
        '<span id="kg-communities" hidden></span>\n'
        '<span id="kg-filtered" hidden></span>\n'
        '<button id="kg-fit" type="button">Fit</button>\n'
        '<span id="kg-help">scroll: zoom · drag: pan · click a node: its neighbours · '
        "click a line: its sources · Esc: back</span>\n"
        "</header>\n"
        '<canvas id="kg-canvas" role="img" aria-label="The actor network: hover or '
        'search a name for details"></canvas>\n'
        '<aside id="kg-side">\n'
        '<div id="kg-ego" hidden><span id="kg-ego-name"></span> '
        '<button id="kg-back" type="button">Whole network</button></div>\n'
        '<section id="kg-info" hidden></section>\n'
        '<section id="kg-top-box"><h2 id="kg-top-head">Top actors</h2>'
        '<ol id="kg-top"></ol></section>\n'
        "</aside>\n"
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
        node = {
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
        # ranking and communities, when the graph has them (kg viz --top, ...)
        for key, cast in (("rank", int), ("score", float), ("community", int)):
            if d.get(key) is not None:
                node[key] = round(cast(d[key]), 6)
        nodes.append(node)
    sentences, s_index = _sentences_data(G, a_index)
    return {
        "title": title,
        "nodes": nodes,
        "edges": _edges_data(G, index, m_index, a_index, s_index, _article_days(G)),
        "sentences": sentences,
        "filtered": sorted(
            ([str(k), int(v)] for k, v in (G.graph.get("filtered") or {}).items()),
            key=lambda x: (-x[1], x[0]),
        ),
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
            if k != "statements"  # shown by type, below
        ]
        + _statement_kinds(G),
        "sizeBy": size_by,
    }


def _statement_kinds(G: nx.MultiGraph) -> list[dict[str, Any]]:
    """The statement types of ``G``'s edges, each a switch of its own in the page:
    its colour, what the speaker does (``label``) and what the addressee gets
    (``back``)."""
    return [
        {
            "name": t,
            "label": statement_labels(t)[0],
            "back": statement_labels(t)[1],
            "colour": statement_colour(t),
            "statement": True,
        }
        for t in statement_types(G)
    ]


def _day(value: Any) -> int | None:
    """An ISO date or date-time as days since 1970-01-01 (what the slider counts)."""
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
    return (day - dt.date(1970, 1, 1)).days


def _article_days(G: nx.MultiGraph) -> dict[str, int]:
    """Article IRI -> its publication day, for the dated articles."""
    days = {}
    for a, info in G.graph.get("articles", {}).items():
        day = _day(info.get("date")) if info.get("date") else None
        if day is not None:
            days[a] = day
    return days


def _edge_days(d: Mapping[str, Any], article_days: Mapping[str, int]) -> list[int]:
    """The days an edge is dated by: a meeting's date or a membership's ``validAt``,
    else the publication days of its articles."""
    own: Iterable[Any] = d.get("dates") or ()
    days = {x for x in map(_day, own) if x is not None}
    if not days:
        days = {article_days[a] for a in d.get("articles", ()) if a in article_days}
    return sorted(days)


def _sentences_data(
    G: nx.MultiGraph, a_index: Mapping[str, int]
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The evidence sentences the edges refer to, each once: text and article."""
    known = G.graph.get("sentences") or {}
    s_index: dict[str, int] = {}
    out: list[dict[str, Any]] = []
    for _, _, d in G.edges(data=True):
        for s in d.get("sentences") or ():
            if s in known and s not in s_index:
                s_index[s] = len(out)
                a = known[s].get("article")
                out.append(
                    {"id": s, "text": known[s].get("text"), "a": a_index.get(a, -1)}
                )
    return out, s_index


def _edges_data(
    G: nx.MultiGraph,
    index: dict[Any, int],
    m_index: dict[str, int],
    a_index: dict[str, int],
    s_index: Mapping[str, int],
    article_days: Mapping[str, int],
) -> list[dict[str, Any]]:
    """The edges in drawing order, their ends, meetings, articles and evidence
    sentences by index, and the days they are dated by (``d``)."""
    edges = []

    def lane(key: str, d: Mapping[str, Any]) -> tuple[int, str]:
        return _DRAW_ORDER.index(d["kind"]), key

    for u, v, k, d in sorted(
        G.edges(keys=True, data=True),
        key=lambda e: (_DRAW_ORDER.index(e[3]["kind"]), index[e[0]], index[e[1]], e[2]),
    ):
        lanes = sorted(G[u][v], key=lambda x: lane(x, G[u][v][x]))
        e: dict[str, Any] = {
            "s": index[u],
            "t": index[v],
            "kind": d["kind"],
            "w": d["weight"],
            "o": lanes.index(k) - (len(lanes) - 1) / 2,
            "articles": [a_index[a] for a in d["articles"] if a in a_index],
            "d": _edge_days(d, article_days),
            "ev": [s_index[s] for s in d.get("sentences") or () if s in s_index],
        }
        if k == "met":
            e["meetings"] = [m_index[m] for m in d["meetings"] if m in m_index]
        elif k == "holds_role":
            e["member"] = index[d["member"]]
            e["titles"] = d["titles"]
            e["dates"] = d["dates"]
        elif d["kind"] == "statements":
            e["type"] = d["interaction_type"]
            e["from"] = index[d["agent"]]
            e["issues"] = d["issues"]
            e["verbs"] = d["verbs"]
            e["quotes"] = d.get("quotes") or []
        edges.append(e)
    return edges
