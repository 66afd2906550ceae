"""The meetings over time: one row per actor, one column per dated meeting, a bar
joining its participants; HTML (inline SVG with native tooltips, no script), PNG
or SVG."""

from __future__ import annotations

import datetime as dt
import html
import math
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import atomic_write
from kg.viz.figure import figure_rc, new_figure, save_figure
from kg.viz.labels import text_width
from kg.viz.options import check_output
from kg.viz.page import asset, page
from kg.viz.style import TYPE_COLOURS, network_title

__all__ = ["timeline_rows", "write_timeline"]

#: (meeting IRI, its day, its description in ``G.graph["meetings"]``)
Dated = list[tuple[str, dt.date, dict[str, Any]]]


def write_timeline(
    G: nx.MultiGraph, path: str | os.PathLike[str], *, title: str | None = None
) -> Path:
    """Draw the dated meetings of ``G`` over time: one row per actor, one column per
    meeting, a bar joining its participants. ``.html`` (inline SVG with native
    tooltips, no script), ``.png`` or ``.svg``.

    Raises
    ------
    InputError
        On an unknown extension or an unwritable path.

    Example
    -------
    >>> write_timeline(graph_to_networkx("fixture.trig"), "t.svg")  # doctest: +SKIP
    PosixPath('t.svg')
    """
    path, ext = check_output(path, timeline=True)
    title = title or network_title(G).replace("Actor network", "Meetings")
    dated, actors = timeline_rows(G)
    if ext == ".html":
        with atomic_write(path) as f:
            f.write(_timeline_html(G, dated, actors, title))
    else:
        _timeline_figure(G, dated, actors, path, title)
    return path


def timeline_rows(G: nx.MultiGraph) -> tuple[Dated, list[str]]:
    """Dated meetings (sorted) and the actors in them, ordered by first meeting."""
    dated = []
    for m, info in G.graph.get("meetings", {}).items():
        if not info["participants"] or not info["date"]:
            continue
        try:
            day = dt.date.fromisoformat(info["date"][:10])
        except ValueError:
            continue
        dated.append((m, day, info))
    dated.sort(key=lambda x: (x[1], x[0]))
    first: dict[str, tuple[dt.date, int]] = {}
    count: dict[str, int] = defaultdict(int)
    for i, (_, day, info) in enumerate(dated):
        for p in info["participants"]:
            first.setdefault(p, (day, i))
            count[p] += 1
    actors = sorted(first, key=lambda p: (first[p], -count[p], G.nodes[p]["label"]))
    return dated, actors


def _timeline_x(dated: Dated, width: float) -> list[float]:
    """x of each meeting: proportional to its date, nudged right so that meetings on
    the same or nearby days stay apart."""
    if not dated:
        return []
    first, last = dated[0][1], dated[-1][1]
    span = max((last - first).days, 1)
    step = min(14.0, width / max(len(dated), 1))
    xs: list[float] = []
    for _, day, _ in dated:
        x = (day - first).days / span * width
        if xs and x < xs[-1] + step:
            x = xs[-1] + step
        xs.append(x)
    if xs[-1] > width:  # squeezed: fall back to even spacing in date order
        xs = [i * width / max(len(xs) - 1, 1) for i in range(len(xs))]
    return xs


# --- HTML -----------------------------------------------------------------------------


def _timeline_html(
    G: nx.MultiGraph, dated: Dated, actors: list[str], title: str
) -> str:
    """The page: title, a note with the counts, the SVG in a scrolling box."""
    e = html.escape
    undated = sum(1 for i in G.graph.get("meetings", {}).values() if not i["date"])
    note = (
        f"{len(dated)} dated meetings, {len(actors)} actors"
        + (
            f"; {undated} undated meeting{'s' * (undated != 1)} not shown"
            if undated
            else ""
        )
        + ". Hover a meeting for its date, place, participants and articles."
    )
    body = (
        f'<h1>{e(title)}</h1>\n<p id="kg-note" data-meetings="{len(dated)}" '
        f'data-actors="{len(actors)}">{e(note)}</p>\n'
        f'<div id="kg-scroll">{_timeline_svg(G, dated, actors, title)}</div>'
    )
    return page(title, body, css=asset("timeline.css"))


# sizes of the HTML timeline (px), as in timeline.css: fonts of the names, month
# ticks and day labels; row height, widest name column, margin round the drawing
_NAME_FONT, _TICK_FONT, _DAY_FONT = 12.0, 11.0, 10.0
_ROW, _MAX_LEFT, _MARGIN = 22, 300, 8
_DAY_ANGLE = 60  # degrees, clockwise: the day labels run down and to the right


def _fit(text: str, size: float, room: float) -> str:
    """``text``, shortened with an ellipsis to fit ``room`` at font ``size``."""
    if text_width(text, size) <= room:
        return text
    while text and text_width(text + "…", size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _timeline_svg(G: nx.MultiGraph, dated: Dated, actors: list[str], title: str) -> str:
    """Lanes with the actors' names, month and day ticks, one group per meeting
    with its tooltip. Every label is measured (estimated) so that none leaves
    the drawing: names are shortened to the name column, month ticks that would
    overlap the previous one or the right edge move or give way, and the frame
    grows to hold the last rotated day label."""
    e = html.escape
    names = {p: G.nodes[p]["label"] for p in actors}
    widest = max((text_width(n, _NAME_FONT) for n in names.values()), default=0.0)
    left = int(min(widest, _MAX_LEFT - 16) + 16)
    top, row_h = 40, _ROW
    width = max(600, min(14 * len(dated), 4000))
    xs = _timeline_x(dated, width)
    bottom = top + row_h * max(len(actors), 1)
    # a day label rotated clockwise runs down and right of its anchor; its
    # ascent (0.95 of the font size) points up and right
    cos, sin = math.cos(math.radians(_DAY_ANGLE)), math.sin(math.radians(_DAY_ANGLE))
    day_w = text_width("2000-00-00", _DAY_FONT)
    day_right = day_w * cos + _DAY_FONT * 0.95 * sin
    total_w = math.ceil(left + width + max(day_right, 10) + _MARGIN)
    total_h = math.ceil(bottom + 8 + day_w * sin + _DAY_FONT * 0.25 * cos + _MARGIN)
    y = {p: top + row_h * i + row_h / 2 for i, p in enumerate(actors)}
    articles = G.graph.get("articles", {})
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" id="kg-timeline" '
        f'width="{total_w}" height="{total_h}" viewBox="0 0 {total_w} {total_h}" '
        f'role="img" aria-label="{e(title)}">'
    ]
    for p in actors:
        shown = _fit(names[p], _NAME_FONT, left - 16)
        parts.append(
            f'<text class="name" x="{left - 10}" y="{y[p] + 4}" text-anchor="end">'
            f"<title>{e(names[p])} ({e(G.nodes[p]['type'])})</title>"
            f"{e(shown)}</text>"
        )
        parts.append(
            f'<line class="lane" x1="{left}" x2="{left + width}" '
            f'y1="{y[p]}" y2="{y[p]}"/>'
        )
    last_month, tick_end = None, -math.inf
    for x, (_, day, _) in zip(xs, dated, strict=True):
        month = day.strftime("%Y-%m")
        if month != last_month:
            last_month = month
            w = text_width(month, _TICK_FONT)
            tx = min(left + x, total_w - _MARGIN - w)  # the last one stays inside
            if tx >= tick_end + 6:  # else it would overlap the previous tick
                parts.append(
                    f'<text class="tick" x="{tx:.1f}" y="{top - 12}">{month}</text>'
                )
                tick_end = tx + w
        parts.append(
            f'<text class="day" transform="translate({left + x - 4:.1f},{bottom + 8}) '
            f'rotate({_DAY_ANGLE})">{day.isoformat()}</text>'
        )
    for x, (_, _, info) in zip(xs, dated, strict=True):
        ys = [y[p] for p in info["participants"]]
        tip = _meeting_tip(info, names, articles)
        parts.append(f'<g class="meeting"><title>{e(tip)}</title>')
        if len(ys) > 1:
            parts.append(
                f'<line class="bar" x1="{left + x}" x2="{left + x}" '
                f'y1="{min(ys)}" y2="{max(ys)}"/>'
            )
        for p in info["participants"]:
            colour = TYPE_COLOURS[G.nodes[p]["type"]]
            parts.append(f'<circle cx="{left + x}" cy="{y[p]}" r="5" fill="{colour}"/>')
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def _meeting_tip(
    info: dict[str, Any], names: dict[str, str], articles: dict[str, Any]
) -> str:
    """The tooltip of a meeting: date and name, place, participants, headlines."""
    who = ", ".join(names[p] for p in info["participants"])
    heads = "; ".join(
        str(articles.get(a, {}).get("headline") or a) for a in info["articles"]
    )
    return "\n".join(
        s
        for s in (
            f"{info['date']} {info['name'] or ''}".strip(),
            f"in {info['place']}" if info["place"] else "",
            f"with {who}",
            f"reported in: {heads}" if heads else "",
        )
        if s
    )


# --- PNG, SVG -------------------------------------------------------------------------


def _timeline_figure(
    G: nx.MultiGraph, dated: Dated, actors: list[str], path: Path, title: str
) -> None:
    """The figure for a report, with at most the 60 most active actors."""
    import matplotlib.dates as mdates

    max_rows = 60
    if len(actors) > max_rows:  # a report figure: the most active actors
        title += f" ({max_rows} most active of {len(actors)} actors)"
        actors = _most_active(dated, actors, max_rows)
    row = {p: i for i, p in enumerate(actors)}
    with figure_rc():
        fig = new_figure(11, max(3.0, 1.2 + 0.28 * len(actors)))
        ax = fig.add_subplot()
        ax.set_title(title, fontsize=11)
        if not dated:
            ax.set_axis_off()
            ax.text(
                0.5,
                0.5,
                "No dated meetings match these filters.",
                ha="center",
                va="center",
                transform=ax.transAxes,
            )
            save_figure(fig, path)
            return
        # one collection of bars and one of dots (a call per meeting took
        # seconds for thousands of meetings)
        bars: list[tuple[float, float, float]] = []
        dots_x: list[float] = []
        dots_y: list[int] = []
        colours: list[str] = []
        for _, day, info in dated:
            drawn = [p for p in info["participants"] if p in row]
            if not drawn:
                continue
            x = mdates.date2num(day)
            rows = [row[p] for p in drawn]
            if len(rows) > 1:
                bars.append((x, min(rows), max(rows)))
            dots_x += [x] * len(rows)
            dots_y += rows
            colours += [TYPE_COLOURS[G.nodes[p]["type"]] for p in drawn]
        if bars:
            xs, lows, highs = zip(*bars, strict=True)
            ax.vlines(xs, lows, highs, colors="#bbbbbb", linewidth=1.5, zorder=1)
        ax.scatter(dots_x, dots_y, s=30, zorder=2, c=colours)
        # long names are shortened (a figure has no tooltip), not the plot
        ax.set_yticks(
            range(len(actors)), [_fit(G.nodes[p]["label"], 8.0, 220) for p in actors]
        )
        ax.set_ylim(len(actors) - 0.5, -0.5)
        ax.xaxis.set_major_locator(mdates.AutoDateLocator())
        ax.xaxis.set_major_formatter(
            mdates.ConciseDateFormatter(ax.xaxis.get_major_locator())
        )
        if dated[0][1] == dated[-1][1]:
            centre = mdates.date2num(dated[0][1])
            ax.set_xlim(centre - 3, centre + 3)
        ax.grid(axis="y", color="#eeeeee")
        ax.spines[["top", "right"]].set_visible(False)
        save_figure(fig, path)


def _most_active(dated: Dated, actors: list[str], limit: int) -> list[str]:
    """The ``limit`` actors in most meetings, in the order of ``actors``."""
    counts: dict[str, int] = defaultdict(int)
    for _, _, info in dated:
        for p in info["participants"]:
            counts[p] += 1
    keep = set(sorted(actors, key=lambda p: (-counts[p], p))[:limit])
    return [p for p in actors if p in keep]
