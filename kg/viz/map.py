"""The meeting places on a world map: one circle per place, its area proportional
to the number of meetings there, over a Natural Earth outline shipped in
``kg/data/geo`` (no tile server). Places are placed by their coordinates
(``schema:geo``); a country without them at the centre of its largest land area.
HTML (inline SVG, tooltips, no script), PNG or SVG."""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import os
from importlib import resources
from pathlib import Path
from typing import Any

from kg.atomic import atomic_write
from kg.viz.figure import figure_rc, new_figure, save_figure
from kg.viz.graph import label_of
from kg.viz.options import check_output, parse_range
from kg.viz.page import asset, page
from kg.viz.queries import (
    LABELS,
    MAP_CODES,
    MAP_COORDS,
    Select,
    bindings,
    map_meetings_query,
    selector,
    term_value,
)
from kg.viz.source import as_store

__all__ = ["label_boxes", "meeting_places", "overlap", "write_map"]

#: one place as :func:`meeting_places` returns it
Place = dict[str, Any]
#: (west, south, east, north) in degrees
View = tuple[float, float, float, float]

_WORLD: dict[str, Any] = {}
_MAP_CITY = "#d9534f"
_MAP_COUNTRY = "#f0ad4e"


def meeting_places(
    graph_or_store: Any,
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> tuple[list[Place], int]:
    """The places of meetings, with their coordinates and meetings.

    Parameters
    ----------
    graph_or_store
        As for :func:`kg.viz.graph_to_networkx`.
    since, until
        Inclusive range of meeting dates, ``YYYY[-MM[-DD]]``; with a range,
        undated meetings are left out.

    Returns
    -------
    (places, unmapped)
        ``places``: one dict per place with coordinates (``iri``, ``name``,
        ``lat``, ``lon``, ``country``, ``meetings``: dicts of ``iri``, ``name``,
        ``date``, sorted by date), most meetings first; ``unmapped``: the
        number of meetings whose place has no coordinates (a region, an
        unknown town). A country (``schema:identifier``, its ISO code) without
        ``schema:geo`` is placed at the centre of its largest land area in the
        shipped outline, with ``country`` true.

    Raises
    ------
    InputError
        On a bad date.
    """
    since_s, until_s = parse_range(since, until)
    store = as_store(graph_or_store)
    select = selector(store)
    query = map_meetings_query(since_s, until_s)
    meetings = _meetings(select, query, bindings(since_s, until_s))
    coords, countries = _coordinates(select)
    names: dict[str, str] = {}
    for row in select(LABELS):
        e, name = term_value(row["e"]), term_value(row["name"])
        if e in coords and name is not None and (e not in names or name < names[e]):
            names[e] = name
    return _by_place(meetings, coords, countries, names)


def _meetings(
    select: Select, query: str, binds: dict[Any, Any]
) -> dict[str, dict[str, Any]]:
    """Meeting IRI -> iri, name, date (the first seen) and the set of its places."""
    meetings: dict[str, dict[str, Any]] = {}
    for row in select(query, binds):
        m = term_value(row["m"])
        assert m is not None
        info = meetings.setdefault(
            m, {"iri": m, "name": None, "date": None, "places": set()}
        )
        info["name"] = info["name"] or term_value(row["name"])
        info["date"] = info["date"] or term_value(row["date"])
        info["places"].add(term_value(row["place"]))
    return meetings


def _coordinates(select: Select) -> tuple[dict[str, tuple[float, float]], set[str]]:
    """(place -> (lat, lon), the places that are countries drawn at their centre)."""
    coords: dict[str, tuple[float, float]] = {}
    for row in select(MAP_COORDS):
        place = term_value(row["place"])
        try:
            lat = float(term_value(row["lat"]) or "")
            lon = float(term_value(row["lon"]) or "")
        except ValueError:
            continue  # a malformed literal: the place is not drawn
        if place is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
            coords.setdefault(place, (lat, lon))
    centres = _world()["points"]
    countries: set[str] = set()
    for row in select(MAP_CODES):
        place, code = term_value(row["place"]), term_value(row["code"])
        if place is not None and place not in coords and code in centres:
            lon, lat = centres[code]
            coords[place] = (lat, lon)
            countries.add(place)
    return coords, countries


def _by_place(
    meetings: dict[str, dict[str, Any]],
    coords: dict[str, tuple[float, float]],
    countries: set[str],
    names: dict[str, str],
) -> tuple[list[Place], int]:
    """The meetings grouped by mapped place, and the number with no mapped place."""
    places: dict[str, Place] = {}
    unmapped = 0
    for info in meetings.values():
        mapped = [p for p in sorted(info["places"]) if p in coords]
        if not mapped:
            unmapped += 1
        for p in mapped:
            lat, lon = coords[p]
            entry = places.setdefault(
                p,
                {
                    "iri": p,
                    "name": names.get(p) or label_of(p, names),
                    "lat": lat,
                    "lon": lon,
                    "country": p in countries,
                    "meetings": [],
                },
            )
            entry["meetings"].append(
                {"iri": info["iri"], "name": info["name"], "date": info["date"]}
            )
    for entry in places.values():
        entry["meetings"].sort(key=lambda m: (m["date"] or "9999", m["iri"]))
    out = sorted(places.values(), key=lambda p: (-len(p["meetings"]), p["name"]))
    return out, unmapped


def write_map(
    graph_or_store: Any,
    path: str | os.PathLike[str],
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    title: str | None = None,
) -> tuple[Path, int, int]:
    """Draw the meeting places on a world map: one circle per place, its area
    proportional to the number of meetings there, labelled with the name.

    ``.html`` is one offline page with an inline SVG (no script, no tile server;
    hover a place for its meetings and their dates), ``.png``/``.svg`` a static
    matplotlib figure. The view fits the places; the land is Natural Earth's
    1:110m outline (public domain), with a 15° graticule.

    Returns
    -------
    (path, places, meetings)
        The output and the number of places and meetings drawn.

    Raises
    ------
    InputError
        On an unknown extension, an unwritable path or a bad date.

    Example
    -------
    >>> write_map("fixture.trig", "places.html", since="2022")  # doctest: +SKIP
    (PosixPath('places.html'), 3, 5)
    """
    path, ext = check_output(path, map=True)
    places, unmapped = meeting_places(graph_or_store, since=since, until=until)
    title = title or "Meeting places"
    if since or until:
        title += f" ({since or '…'} – {until or '…'})"
    if ext == ".html":
        with atomic_write(path) as f:
            f.write(_map_html(places, unmapped, title))
    else:
        _map_figure(places, unmapped, path, title)
    n_meetings = len({m["iri"] for p in places for m in p["meetings"]})
    return path, len(places), n_meetings


# --- shared by the page and the figure ------------------------------------------------


def _world() -> dict[str, Any]:
    """The shipped outline: ``rings`` and country ``points`` (read once)."""
    if not _WORLD:
        _WORLD.update(
            json.loads(
                resources.files("kg")
                .joinpath("data", "geo", "world_110m.json")
                .read_text(encoding="utf-8")
            )
        )
    return _WORLD


def _world_rings() -> list[list[list[float]]]:
    rings: list[list[list[float]]] = _world()["rings"]
    return rings


def _map_view(places: list[Place]) -> View:
    """(west, south, east, north) around the places, with a margin; the world
    when there are none."""
    if not places:
        return (-180.0, -60.0, 180.0, 85.0)
    lons = [p["lon"] for p in places]
    lats = [p["lat"] for p in places]
    west, east = min(lons), max(lons)
    south, north = min(lats), max(lats)
    # at least 40 x 25 degrees, plus a margin of a tenth (labels need room)
    cx, cy = (west + east) / 2, (south + north) / 2
    half_w = max((east - west) * 0.6, 20.0)
    half_h = max((north - south) * 0.6, 12.5)
    west, east = max(cx - half_w, -180.0), min(cx + half_w, 180.0)
    south, north = max(cy - half_h, -85.0), min(cy + half_h, 85.0)
    return (west, south, east, north)


def _map_radius(n: int, most: int, base: float, cap: float) -> float:
    """Circle radius: area proportional to the number of meetings, ``base`` for
    one meeting unless the busiest place would then outgrow ``cap``."""
    return min(base, cap / math.sqrt(max(most, 1))) * math.sqrt(n)


def _map_note(places: list[Place], unmapped: int) -> str:
    n = len({m["iri"] for p in places for m in p["meetings"]})
    note = f"{n} meetings in {len(places)} places"
    if unmapped:
        note += (
            f"; {unmapped} meeting{'s' * (unmapped != 1)} without coordinates not shown"
        )
    return note + "."


# --- HTML -----------------------------------------------------------------------------


def _map_tip(place: Place, limit: int = 25) -> str:
    n = len(place["meetings"])
    where = " (the country, drawn at its centre)" if place.get("country") else ""
    lines = [f"{place['name']}{where}: {n} meeting{'s' * (n != 1)}"]
    for m in place["meetings"][:limit]:
        lines.append(f"{(m['date'] or 'undated')[:10]} {m['name'] or ''}".rstrip())
    if n > limit:
        lines.append(f"… and {n - limit} more")
    return "\n".join(lines)


def label_boxes(
    places: list[Place],
    circles: list[tuple[float, float, float]],
    width: float,
    height: float,
) -> list[tuple[float, float, str] | None]:
    """Where each place's label goes (x, y, text-anchor), busiest first: right of
    its circle, else left, above or below, wherever it overlaps no other label
    or circle; ``None`` when nowhere fits (the tooltip still names it)."""
    taken: list[tuple[float, float, float, float]] = []
    out: list[tuple[float, float, str] | None] = []
    for i, (p, (x, y, r)) in enumerate(zip(places, circles, strict=True)):
        w, h = 6.4 * len(p["name"]) + 2, 13.0  # 11px system-ui, roughly
        options = (
            (x + r + 3, y + 4, "start", x + r + 2, y - h / 2),
            (x - r - 3, y + 4, "end", x - r - 2 - w, y - h / 2),
            (x, y - r - 4, "middle", x - w / 2, y - r - 3 - h),
            (x, y + r + 12, "middle", x - w / 2, y + r + 1),
        )
        chosen = None
        for lx, ly, anchor, bx, by in options:
            box = (bx, by, bx + w, by + h)
            if box[0] < 0 or box[1] < 0 or box[2] > width or box[3] > height:
                continue
            if any(overlap(box, t) for t in taken):
                continue
            if any(
                j != i and overlap(box, (cx - cr, cy - cr, cx + cr, cy + cr))
                for j, (cx, cy, cr) in enumerate(circles)
            ):
                continue
            chosen = (lx, ly, anchor)
            taken.append(box)
            break
        out.append(chosen)
    return out


def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Whether two boxes (x0, y0, x1, y1) overlap."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _map_html(places: list[Place], unmapped: int, title: str) -> str:
    """The page: title, a note with the counts, the SVG map, the credit."""
    e = html.escape
    note = _map_note(places, unmapped)
    if any(p.get("country") for p in places):
        note += " Orange: a country, drawn at its centre."
    note += " Hover a place for its meetings and dates."
    body = (
        f'<h1>{e(title)}</h1>\n<p id="kg-note" data-places="{len(places)}">'
        f"{e(note)}</p>\n"
        f'<div id="kg-scroll">{_map_svg(places, title)}</div>\n'
        '<p id="kg-credit">Outline: Natural Earth (public domain).</p>'
    )
    return page(title, body, css=asset("map.css"))


def _map_svg(places: list[Place], title: str) -> str:
    """Graticule, land, and one group per place (circle, label, tooltip) in an
    equirectangular view 1000 px wide."""
    e = html.escape
    west, south, east, north = view = _map_view(places)
    width = 1000.0
    scale = width / (east - west)
    height = (north - south) * scale

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return ((lon - west) * scale, (north - lat) * scale)

    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" id="kg-map" '
        f'width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
        f'aria-label="{e(title)}">',
        f'<path class="grid" d="{_graticule(view, xy, width, height)}"/>',
        f'<path class="land" d="{_land(view, xy)}"/>',
    ]
    most = max((len(p["meetings"]) for p in places), default=1)
    circles = []
    for p in places:
        x, y = xy(p["lon"], p["lat"])
        circles.append((x, y, _map_radius(len(p["meetings"]), most, 7.0, 30.0)))
    labels = label_boxes(places, circles, width, height)
    # biggest first, so that small places are drawn on top and stay hoverable
    for p, (x, y, r), label in zip(places, circles, labels, strict=True):
        cls = "place country" if p.get("country") else "place"
        text = ""
        if label is not None:
            lx, ly, anchor = label
            text = (
                f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">'
                f"{e(p['name'])}</text>"
            )
        parts.append(
            f'<g class="{cls}" data-meetings="{len(p["meetings"])}">'
            f"<title>{e(_map_tip(p))}</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>{text}</g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _graticule(view: View, xy: Any, width: float, height: float) -> str:
    """SVG path data of the 15° lines inside the view."""
    west, south, east, north = view
    grid = []
    for lon in range(-180, 181, 15):
        if west <= lon <= east:
            x, _ = xy(lon, 0)
            grid.append(f"M{x:.1f} 0V{height:.1f}")
    for lat in range(-75, 76, 15):
        if south <= lat <= north:
            _, y = xy(0, lat)
            grid.append(f"M0 {y:.1f}H{width:.1f}")
    return " ".join(grid)


def _land(view: View, xy: Any) -> str:
    """SVG path data of the outline rings that reach into the view."""
    west, south, east, north = view
    land = []
    for ring in _world_rings():
        lons = [p[0] for p in ring]
        lats = [p[1] for p in ring]
        if max(lons) < west or min(lons) > east or max(lats) < south:
            continue
        if min(lats) > north:
            continue
        pts = [xy(lon, lat) for lon, lat in ring]
        land.append("M" + " ".join(f"{x:.1f} {y:.1f}" for x, y in pts) + "Z")
    return "".join(land)


# --- PNG, SVG -------------------------------------------------------------------------


def _map_figure(places: list[Place], unmapped: int, path: Path, title: str) -> None:
    """The map as a matplotlib figure; the 60 busiest places labelled."""
    from matplotlib.collections import PolyCollection

    west, south, east, north = _map_view(places)
    aspect = (north - south) / (east - west)
    with figure_rc():
        fig = new_figure(11, max(3.0, min(11 * aspect + 0.8, 12.0)))
        ax = fig.add_subplot()
        ax.set_title(title, fontsize=11)
        ax.set_facecolor("#f4f8fb")
        ax.add_collection(
            PolyCollection(
                _world_rings(),
                facecolors="#e6e6e0",
                edgecolors="#b9b9b0",
                linewidths=0.4,
                zorder=1,
            )
        )
        ax.set_xticks([x for x in range(-180, 181, 15) if west <= x <= east])
        ax.set_yticks([y for y in range(-75, 76, 15) if south <= y <= north])
        ax.grid(color="#dde6ee", linewidth=0.6, zorder=0)
        ax.tick_params(labelsize=7, colors="#888888")
        if places:
            _draw_places(ax, places)
        else:
            ax.text(
                0.5,
                0.5,
                "No meetings with a mapped place match these filters.",
                ha="center",
                va="center",
                transform=ax.transAxes,
            )
        ax.set_xlim(west, east)
        ax.set_ylim(south, north)
        ax.set_aspect("equal")
        ax.set_xlabel(
            _map_note(places, unmapped)
            + (
                " Orange: a country, drawn at its centre."
                if any(p.get("country") for p in places)
                else ""
            )
            + " Outline: Natural Earth (public domain).",
            fontsize=7,
            color="#666666",
        )
        save_figure(fig, path)


def _draw_places(ax: Any, places: list[Place]) -> None:
    """A circle per place, area by its meetings, orange for a country; the 60
    busiest labelled."""
    from matplotlib import patheffects

    most = max((len(p["meetings"]) for p in places), default=1)
    ax.scatter(
        [p["lon"] for p in places],
        [p["lat"] for p in places],
        s=[(2 * _map_radius(len(p["meetings"]), most, 4.0, 14.0)) ** 2 for p in places],
        c=[_MAP_COUNTRY if p.get("country") else _MAP_CITY for p in places],
        alpha=0.75,
        edgecolors="white",
        linewidths=0.8,
        zorder=3,
    )
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
    for p in places[:60]:  # the 60 busiest places get a label
        ax.annotate(
            p["name"],
            (p["lon"], p["lat"]),
            xytext=(5, 3),
            textcoords="offset points",
            fontsize=7,
            path_effects=halo,
            zorder=4,
        )
