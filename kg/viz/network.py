"""``write_network``: the actor network to a file, the extension choosing the
writer (:mod:`kg.viz.html`, :mod:`kg.viz.static`, :mod:`kg.viz.export`)."""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from kg.atomic import atomic_write
from kg.viz.export import write_cytoscape, write_gexf, write_graphml, write_json
from kg.viz.html import network_html
from kg.viz.options import check_output
from kg.viz.static import network_figure
from kg.viz.style import network_title

__all__ = ["write_network"]


def write_network(
    G: nx.MultiGraph,
    path: str | os.PathLike[str],
    *,
    size_by: str = "degree",
    seed: int = 0,
    title: str | None = None,
) -> Path:
    """Write ``G`` to ``path``; the extension picks the format (``NETWORK_FORMATS``).

    ``.html`` is an interactive page in one offline file (canvas; zoom, pan, hover,
    search by name, a node's neighbours, a date range, the evidence sentences of a
    link, the top actors; see docs/USAGE.md); ``.png``/``.svg`` a static
    matplotlib figure; ``.graphml``/``.gexf``
    flatten list attributes to ``"; "``-joined strings (GEXF also carries colour,
    size and position for Gephi); ``.json`` is networkx node-link data, ``.cyjs``
    Cytoscape JSON with positions.

    Raises
    ------
    InputError
        On an unknown extension or an unwritable path.

    Example
    -------
    >>> write_network(G, "net.html", size_by="betweenness")  # doctest: +SKIP
    PosixPath('net.html')
    """
    path, ext = check_output(path)
    title = title or network_title(G)
    if ext == ".html":
        text = network_html(G, size_by=size_by, seed=seed, title=title)
        with atomic_write(path) as f:
            f.write(text)
    elif ext in (".png", ".svg"):
        network_figure(G, path, size_by=size_by, seed=seed, title=title)
    elif ext == ".graphml":
        write_graphml(G, path)
    elif ext == ".gexf":
        write_gexf(G, path, size_by=size_by, seed=seed)
    elif ext == ".json":
        write_json(G, path)
    else:  # .cyjs
        write_cytoscape(G, path, seed=seed)
    return path
