"""The network as files for other tools: GraphML and GEXF (Gephi, yEd), networkx
node-link JSON, Cytoscape JSON. GraphML and GEXF carry only flat attributes, so
list attributes are joined with ``"; "``; GEXF also carries colour, size and
position for Gephi, Cytoscape JSON the positions."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import atomic_write
from kg.viz.layout import layout
from kg.viz.style import TYPE_COLOURS, node_sizes, rgb

__all__ = ["flat_graph", "write_cytoscape", "write_gexf", "write_graphml", "write_json"]

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def write_graphml(G: nx.MultiGraph, path: Path) -> None:
    """GraphML of :func:`flat_graph`, keys named after the attributes."""
    flat = flat_graph(G)
    with atomic_write(path, "wb") as f:
        nx.write_graphml(flat, f, named_key_ids=True)


def write_gexf(G: nx.MultiGraph, path: Path, *, size_by: str, seed: int) -> None:
    """GEXF of :func:`flat_graph` with each node's colour, size and position."""
    flat = flat_graph(G)
    pos = layout(G, seed=seed)
    sizes = node_sizes(G, size_by, 4.0, 30.0)
    for n, d in flat.nodes(data=True):
        r, g, b = rgb(TYPE_COLOURS[G.nodes[n]["type"]])
        d["viz"] = {
            "color": {"r": r, "g": g, "b": b, "a": 1.0},
            "size": round(sizes[n], 3),
            "position": {"x": pos[n][0] * 100, "y": -pos[n][1] * 100, "z": 0.0},
        }
    with atomic_write(path, "wb") as f:
        nx.write_gexf(flat, f)


def write_json(G: nx.MultiGraph, path: Path) -> None:
    """networkx node-link data (``edges="edges"``)."""
    _dump(nx.node_link_data(G, edges="edges"), path)


def write_cytoscape(G: nx.MultiGraph, path: Path, *, seed: int) -> None:
    """Cytoscape JSON (desktop import, cytoscape.js) with the layout's positions."""
    data = nx.cytoscape_data(G, name="label")
    pos = layout(G, seed=seed)
    for node in data["elements"]["nodes"]:
        x, y = pos[node["data"]["id"]]
        node["position"] = {"x": round(x * 100, 2), "y": round(y * 100, 2)}
    _dump(data, path)


def _dump(data: Any, path: Path) -> None:
    with atomic_write(path) as f:
        json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


def _xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry (a control character
    in a headline would make the GraphML unreadable)."""
    return _NOT_XML.sub("\ufffd", text)


def _safe(d: Mapping[str, Any]) -> dict[str, Any]:
    """Attributes as str, int, float or bool; lists joined; None and dicts left out."""
    out: dict[str, Any] = {}
    for k, v in d.items():
        if v is None or isinstance(v, dict):
            continue
        if isinstance(v, list | tuple | set):
            out[k] = _xml_text("; ".join(str(x) for x in v))
        elif isinstance(v, str):
            out[k] = _xml_text(v)
        elif isinstance(v, bool | int | float):
            out[k] = v
        else:
            out[k] = _xml_text(str(v))
    return out


def flat_graph(G: nx.MultiGraph) -> nx.MultiGraph:
    """A copy with GraphML/GEXF-safe attributes: str, int, float, bool; lists joined.
    Nodes add their meeting and article counts and headlines, ``met`` edges the
    names of their meetings."""
    flat = nx.MultiGraph()
    flat.graph.update(_safe(G.graph))
    meetings = G.graph.get("meetings", {})
    articles = G.graph.get("articles", {})
    for n, d in G.nodes(data=True):
        attrs = _safe(d)
        attrs["meeting_count"] = len(d.get("meetings", ()))
        attrs["article_count"] = len(d.get("articles", ()))
        attrs["headlines"] = _xml_text(
            "; ".join(
                str(articles.get(a, {}).get("headline") or a)
                for a in d.get("articles", ())
            )
        )
        flat.add_node(n, **attrs)
    for u, v, k, d in G.edges(keys=True, data=True):
        attrs = _safe(d)
        if d["kind"] == "met":
            attrs["meeting_names"] = _xml_text(
                "; ".join(
                    str(meetings.get(m, {}).get("name") or m)
                    for m in d.get("meetings", ())
                )
            )
        flat.add_edge(u, v, key=k, **attrs)
    return flat
