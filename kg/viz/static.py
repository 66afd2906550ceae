"""The network as a static matplotlib figure (PNG, SVG) for reports: nodes coloured
by community and shaped by type, sized by centrality, edges by kind and weight,
labels placed in rank order where they do not cover one another, and a legend that
says what the filters left out."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from kg.viz.figure import figure_rc, new_figure, save_figure
from kg.viz.layout import layout
from kg.viz.options import EDGE_KINDS, NODE_TYPES
from kg.viz.style import (
    COMMUNITY_COLOURS,
    KIND_COLOURS,
    KIND_LABELS,
    OTHER_COMMUNITY,
    TYPE_MARKERS,
    node_sizes,
    statement_colour,
    statement_labels,
    statement_types,
)

__all__ = ["network_figure", "place_labels"]

#: a box in display units: (x0, y0, x1, y1)
Box = tuple[float, float, float, float]

#: at most this many labels are tried (the rest would not fit anyway)
MAX_LABELS = 400

#: the kinds drawn as lines, co-mentions underneath (statements are arrows, on top)
_LINE_KINDS = tuple(k for k in EDGE_KINDS if k != "statements")


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
            _legend(ax, G)
            save_figure(fig, path)
            return
        pos = layout(G, seed=seed)
        sizes = node_sizes(G, size_by, 3.0, 18.0)
        _draw_edges(ax, G, pos)
        _draw_statements(ax, G, pos, sizes)
        _draw_nodes(ax, G, pos, sizes)
        ax.autoscale_view()
        ax.margins(0.08)
        ax.set_aspect("equal", adjustable="datalim")
        ax.invert_yaxis()  # the layout's y grows downwards, as on the HTML canvas
        legend = _legend(ax, G)
        fig.text(
            0.99,
            0.005,
            f"node size: {size_by}; colour: community; shape: type",
            ha="right",
            va="bottom",
            fontsize=7,
            color="#666666",
        )
        _draw_labels(fig, ax, G, pos, sizes, legend)
        save_figure(fig, path)


def _draw_edges(ax: Any, G: nx.MultiGraph, pos: dict[Any, tuple[float, float]]) -> None:
    """One line collection per kind, co-mentions underneath; width by log weight."""
    from matplotlib.collections import LineCollection

    top_w = max((w for *_, w in G.edges(data="weight")), default=1)
    for kind in reversed(_LINE_KINDS):
        segs, widths = [], []
        for u, v, d in G.edges(data=True):
            if d["kind"] == kind:
                segs.append((pos[u], pos[v]))
                widths.append(0.6 + 2.4 * math.log1p(d["weight"]) / math.log1p(top_w))
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


def _draw_statements(
    ax: Any,
    G: nx.MultiGraph,
    pos: dict[Any, tuple[float, float]],
    sizes: dict[Any, float],
) -> None:
    """The ``statements`` edges over the others: a curved arrow from who speaks to
    whom it addresses (bent, so that two actors' statements to each other and a
    straight ``met`` line stay apart), coloured by type, width by log weight."""
    from matplotlib.patches import FancyArrowPatch

    said = [
        (d["agent"], d["recipient"], d)
        for *_, d in G.edges(data=True)
        if d["kind"] == "statements"
    ]
    top_w = max((d["weight"] for *_, d in said), default=1)
    for a, r, d in said:
        ax.add_patch(
            FancyArrowPatch(
                pos[a],
                pos[r],
                arrowstyle="-|>",
                mutation_scale=9,
                connectionstyle="arc3,rad=0.18",
                shrinkA=sizes[a] + 1,  # points: the markers' radius
                shrinkB=sizes[r] + 1,
                color=statement_colour(d["interaction_type"]),
                linewidth=0.8 + 1.8 * math.log1p(d["weight"]) / math.log1p(top_w),
                alpha=0.8,
                zorder=1.5,
            )
        )


def community_colour(c: int | None) -> str:
    """The colour of community ``c`` (0 = the largest); grey beyond the tenth."""
    if c is None or c >= len(COMMUNITY_COLOURS):
        return OTHER_COMMUNITY
    return COMMUNITY_COLOURS[c]


def _draw_nodes(
    ax: Any,
    G: nx.MultiGraph,
    pos: dict[Any, tuple[float, float]],
    sizes: dict[Any, float],
) -> None:
    """The nodes, one scatter per type (its marker), smallest first within each
    (big ones on top), coloured by community."""
    for t in NODE_TYPES:
        order = sorted(
            (x for x, d in G.nodes(data=True) if d["type"] == t),
            key=lambda x: sizes[x],
        )
        if not order:
            continue
        ax.scatter(
            [pos[x][0] for x in order],
            [pos[x][1] for x in order],
            s=[(2 * sizes[x]) ** 2 for x in order],
            c=[community_colour(G.nodes[x].get("community")) for x in order],
            marker=TYPE_MARKERS[t],
            edgecolors="white",
            linewidths=0.6,
            zorder=2,
        )


def place_labels(
    candidates: Sequence[Sequence[Box]],
    *,
    keep_out: Sequence[Box] = (),
    avoid: Sequence[Box] = (),
) -> list[int | None]:
    """Greedy label placement: for each label in the order given (most important
    first), the index of its first candidate box that overlaps no box already
    placed, none of ``keep_out`` (the legend) and none of ``avoid`` (the nodes);
    failing that, the first that overlaps only boxes of ``avoid`` (a label may
    cover a node, never another label); ``None`` if every candidate overlaps a
    label or ``keep_out`` (that label is left out).

    Boxes are ``(x0, y0, x1, y1)`` with ``x0 <= x1`` and ``y0 <= y1``; touching
    edges do not count as overlap. A grid of cells about one label high keeps
    this near-linear in the number of labels.

    Example
    -------
    >>> place_labels([[(0, 0, 10, 2)], [(5, 1, 15, 3), (5, 2, 15, 4)], [(1, 1, 2, 2)]])
    [0, 1, None]
    """
    every = [b for c in candidates for b in c]
    if not every:
        return [None] * len(candidates)
    cell = max(
        sum(b[3] - b[1] for b in every) / len(every),
        sum(b[2] - b[0] for b in every) / len(every) / 4,
        1e-9,
    )
    hard: dict[tuple[int, int], list[Box]] = {}
    soft: dict[tuple[int, int], list[Box]] = {}

    def cells(b: Box) -> list[tuple[int, int]]:
        return [
            (i, j)
            for i in range(math.floor(b[0] / cell), math.floor(b[2] / cell) + 1)
            for j in range(math.floor(b[1] / cell), math.floor(b[3] / cell) + 1)
        ]

    def free(b: Box, grid: dict[tuple[int, int], list[Box]]) -> bool:
        for key in cells(b):
            for o in grid.get(key, ()):
                if b[0] < o[2] and o[0] < b[2] and b[1] < o[3] and o[1] < b[3]:
                    return False
        return True

    def add(b: Box, grid: dict[tuple[int, int], list[Box]]) -> None:
        for key in cells(b):
            grid.setdefault(key, []).append(b)

    for b in keep_out:
        add(b, hard)
    for b in avoid:
        add(b, soft)
    chosen: list[int | None] = []
    for boxes in candidates:
        pick = next(
            (i for i, b in enumerate(boxes) if free(b, hard) and free(b, soft)), None
        )
        if pick is None:
            pick = next((i for i, b in enumerate(boxes) if free(b, hard)), None)
        if pick is not None:
            add(boxes[pick], hard)
        chosen.append(pick)
    return chosen


def _draw_labels(
    fig: Any,
    ax: Any,
    G: nx.MultiGraph,
    pos: dict[Any, tuple[float, float]],
    sizes: dict[Any, float],
    legend: Any,
) -> None:
    """Label the nodes in rank order (by size where there is no rank), each above,
    below, right or left of its node, where the box of its text overlaps no
    label placed before it nor the legend, and no node if it can; the others
    stay unlabelled. Text is
    measured with the figure's renderer after the layout is fixed."""
    from matplotlib import patheffects
    from matplotlib.font_manager import FontProperties

    fig.draw_without_rendering()  # let the layout engine place the axes once
    fig.set_layout_engine("none")  # ... and keep them there while labels go in
    renderer = fig.canvas.get_renderer()
    font = FontProperties(size=8)
    px = fig.dpi / 72.0  # display units per point
    ranked = sorted(
        G, key=lambda x: (G.nodes[x].get("rank", math.inf), -sizes[x], str(x))
    )[:MAX_LABELS]
    frame = fig.bbox  # a label must not be cut off at the border
    candidates: list[list[Box]] = []
    offsets: list[list[tuple[float, float, str, str]]] = []
    for x in ranked:
        w, h, _ = renderer.get_text_width_height_descent(
            str(G.nodes[x]["label"]), font, ismath=False
        )
        w, h = w + 3 * px, h + 2 * px  # the white halo around the text
        cx, cy = ax.transData.transform(pos[x])
        r = (sizes[x] + 2) * px
        pt = sizes[x] + 2
        # display y grows upwards: "above" the node is +y on the page
        options = [
            ((cx - w / 2, cy + r, cx + w / 2, cy + r + h), (0, pt, "center", "bottom")),
            ((cx - w / 2, cy - r - h, cx + w / 2, cy - r), (0, -pt, "center", "top")),
            ((cx + r, cy - h / 2, cx + r + w, cy + h / 2), (pt, 0, "left", "center")),
            ((cx - r - w, cy - h / 2, cx - r, cy + h / 2), (-pt, 0, "right", "center")),
        ]
        inside = [
            (b, o)
            for b, o in options
            if frame.x0 <= b[0]
            and b[2] <= frame.x1
            and frame.y0 <= b[1]
            and b[3] <= frame.y1
        ]
        candidates.append([b for b, _ in inside])
        offsets.append([o for _, o in inside])
    # the nodes are in the way too: a label goes over a node only if it must
    nodes: list[Box] = []
    for x in G:
        cx, cy = ax.transData.transform(pos[x])
        r = sizes[x] * px
        nodes.append((cx - r, cy - r, cx + r, cy + r))
    keep_out: list[Box] = []
    for artist in (legend, ax.title):
        if artist is not None and artist.get_visible():
            e = artist.get_window_extent(renderer)
            keep_out.append((e.x0, e.y0, e.x1, e.y1))
    for x, offs, pick in zip(
        ranked,
        offsets,
        place_labels(candidates, keep_out=keep_out, avoid=nodes),
        strict=True,
    ):
        if pick is None:
            continue
        dx, dy, ha, va = offs[pick]
        ax.annotate(
            G.nodes[x]["label"],
            pos[x],
            xytext=(dx, dy),
            textcoords="offset points",
            ha=ha,
            va=va,
            fontsize=8,
            zorder=3,
            annotation_clip=False,
            path_effects=[patheffects.withStroke(linewidth=2.5, foreground="white")],
        )


def _legend(ax: Any, G: nx.MultiGraph) -> Any:
    """The node types (shapes), the largest communities (colours, each named by
    its most central actor), the edge kinds present in ``G``, and the actors the
    filters left out, by reason."""
    from matplotlib.lines import Line2D

    def blank(label: str) -> Any:
        return Line2D([], [], linestyle="", marker="", label=label)

    types = [
        t for t in NODE_TYPES if any(d["type"] == t for _, d in G.nodes(data=True))
    ]
    present = {d["kind"] for *_, d in G.edges(data=True)}
    kinds = [k for k in _LINE_KINDS if k in present]
    said_types = statement_types(G)
    handles = [
        Line2D(
            [],
            [],
            marker=TYPE_MARKERS[t],
            linestyle="",
            markersize=7,
            markerfacecolor="#aaaaaa",
            markeredgecolor="white",
            label=t,
        )
        for t in types
    ]
    handles += _community_handles(G)
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
    handles += [
        Line2D(
            [],
            [],
            color=statement_colour(t),
            linewidth=2,
            marker=">",
            markersize=6,
            label=f"{statement_labels(t)[0]} ({t})",
        )
        for t in said_types
    ]
    filtered = G.graph.get("filtered") or {}
    if filtered:
        handles.append(blank("left out:"))
        handles += [blank(f"  {n:,} {reason}") for reason, n in filtered.items()]
    if not handles:
        return None
    # outside the axes, right of the drawing: it covers no node
    return ax.figure.legend(
        handles=handles, loc="outside right upper", frameon=False, fontsize=8
    )


def _community_handles(G: nx.MultiGraph, most: int = 10) -> list[Any]:
    """A legend entry for each of the ``most`` largest communities of more than one
    actor: its colour and its most central actor ("group of Angela Merkel, 12")."""
    from matplotlib.lines import Line2D

    members: dict[int, list[Any]] = {}
    for x, c in G.nodes(data="community"):
        if c is not None:
            members.setdefault(c, []).append(x)
    handles = []
    for c in sorted(members)[:most]:
        if len(members[c]) < 2:
            break
        head = min(members[c], key=lambda x: (G.nodes[x].get("rank", math.inf), str(x)))
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=7,
                markerfacecolor=community_colour(c),
                markeredgecolor="white",
                label=f"group of {G.nodes[head]['label']} ({len(members[c])})",
            )
        )
    return handles
