"""The network as a static matplotlib figure (PNG, SVG) for reports: nodes by
type and centrality, edges by kind and weight, the biggest nodes labelled."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import networkx as nx

from kg.viz.figure import figure_rc, new_figure, save_figure
from kg.viz.layout import layout
from kg.viz.options import EDGE_KINDS, NODE_TYPES
from kg.viz.style import KIND_COLOURS, KIND_LABELS, TYPE_COLOURS, node_sizes

__all__ = ["network_figure"]


def network_figure(
    G: nx.MultiGraph, path: Path, *, size_by: str, seed: int, title: str
) -> None:
    """Draw ``G`` and save it to ``path`` (.png or .svg)."""

    n = G.number_of_nodes()
    side = min(6.0 + math.sqrt(n) * 0.9, 20.0)
    with figure_rc():
        fig = new_figure(side * 1.25, side)
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.set_title(title, fontsize=11)
        if n == 0:
            ax.text(
                0.5,
                0.5,
                "No actors match these filters.",
                ha="center",
                va="center",
                transform=ax.transAxes,
            )
            save_figure(fig, path)
            return
        pos = layout(G, seed=seed)
        sizes = node_sizes(G, size_by, 3.0, 18.0)
        _draw_edges(ax, G, pos)
        _draw_nodes(ax, G, pos, sizes)
        ax.autoscale_view()
        ax.margins(0.08)
        ax.set_aspect("equal", adjustable="datalim")
        ax.invert_yaxis()  # the layout's y grows downwards, as on the HTML canvas
        _legend(ax, G)
        fig.text(
            0.99,
            0.005,
            f"node size: {size_by}",
            ha="right",
            va="bottom",
            fontsize=7,
            color="#666666",
        )
        save_figure(fig, path)


def _draw_edges(ax: Any, G: nx.MultiGraph, pos: dict[Any, tuple[float, float]]) -> None:
    """One line collection per kind, co-mentions underneath; width by log weight."""
    from matplotlib.collections import LineCollection

    top_w = max((w for *_, w in G.edges(data="weight")), default=1)
    for kind in reversed(EDGE_KINDS):
        segs, widths = [], []
        for u, v, k, w in G.edges(keys=True, data="weight"):
            if k == kind:
                segs.append((pos[u], pos[v]))
                widths.append(0.6 + 2.4 * math.log1p(w) / math.log1p(top_w))
        if segs:
            ax.add_collection(
                LineCollection(
                    segs,
                    colors=KIND_COLOURS[kind],
                    linewidths=widths,
                    linestyles="--" if kind == "holds_role" else "-",
                    alpha=0.55,
                    zorder=1,
                )
            )


def _draw_nodes(
    ax: Any,
    G: nx.MultiGraph,
    pos: dict[Any, tuple[float, float]],
    sizes: dict[Any, float],
) -> None:
    """The nodes, smallest first (big ones on top), and the labels of all of them
    up to 80 nodes, else of the 60 biggest."""
    from matplotlib import patheffects

    n = G.number_of_nodes()
    order = sorted(G.nodes, key=lambda x: sizes[x])
    ax.scatter(
        [pos[x][0] for x in order],
        [pos[x][1] for x in order],
        s=[(2 * sizes[x]) ** 2 for x in order],
        c=[TYPE_COLOURS[G.nodes[x]["type"]] for x in order],
        edgecolors="white",
        linewidths=0.6,
        zorder=2,
    )
    labelled = order[::-1] if n <= 80 else order[::-1][:60]
    for x in labelled:
        ax.annotate(
            G.nodes[x]["label"],
            pos[x],
            xytext=(0, sizes[x] + 2),
            textcoords="offset points",
            ha="center",
            va="bottom",
            zorder=3,
            path_effects=[patheffects.withStroke(linewidth=2.5, foreground="white")],
        )


def _legend(ax: Any, G: nx.MultiGraph) -> None:
    """The node types and edge kinds present in ``G``."""
    from matplotlib.lines import Line2D

    types = [
        t for t in NODE_TYPES if any(d["type"] == t for _, d in G.nodes(data=True))
    ]
    kinds = [k for k in EDGE_KINDS if any(kk == k for *_, kk in G.edges(keys=True))]
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=8,
            markerfacecolor=TYPE_COLOURS[t],
            markeredgecolor="white",
            label=t,
        )
        for t in types
    ]
    handles += [
        Line2D(
            [],
            [],
            color=KIND_COLOURS[k],
            linewidth=2,
            label=KIND_LABELS[k],
            linestyle="--" if k == "holds_role" else "-",
        )
        for k in kinds
    ]
    ax.legend(handles=handles, loc="lower left", frameon=False, fontsize=8)
