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
from kg.errors import InputError
from kg.viz.figure import figure_rc, new_figure, save_figure
from kg.viz.graph import label_of
from kg.viz.labels import place_labels
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

__all__ = ["EXTENTS", "map_view", "meeting_places", "write_map"]

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
    extent: str = "auto",
) -> tuple[Path, int, int]:
    """Draw the meeting places on a world map: one circle per place, its area
    proportional to the number of meetings there, labelled with the name.

    ``.html`` is one offline page with an inline SVG (no script, no tile server;
    hover a place for its meetings and their dates), ``.png``/``.svg`` a static
    matplotlib figure; either fills the width of its page. The land is Natural
    Earth's 1:110m outline (public domain) in Miller's projection, with a
    graticule. Labels never overlap one another or a circle: a label with no
    room beside its circle moves away along a leader line, else it is left out
    (in the HTML it shows while its place is hovered).

    Parameters
    ----------
    extent
        ``"world"`` (all land but Antarctica), ``"data"`` (the places) or
        ``"auto"``: the places when they all lie in one region, else the world
        (see :func:`map_view`).

    Returns
    -------
    (path, places, meetings)
        The output and the number of places and meetings drawn.

    Raises
    ------
    InputError
        On an unknown extension or extent, an unwritable path or a bad date.

    Example
    -------
    >>> write_map("fixture.trig", "places.html", since="2022")  # doctest: +SKIP
    (PosixPath('places.html'), 3, 5)
    """
    path, ext = check_output(path, map=True)
    if extent not in EXTENTS:
        raise InputError(
            f"--extent: expected one of {', '.join(EXTENTS)}, got {extent!r}"
        )
    places, unmapped = meeting_places(graph_or_store, since=since, until=until)
    view = map_view(places, extent)
    title = title or "Meeting places"
    if since or until:
        title += f" ({since or '…'} – {until or '…'})"
    if ext == ".html":
        with atomic_write(path) as f:
            f.write(_map_html(places, unmapped, title, view))
    else:
        _map_figure(places, unmapped, path, title, view)
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


# The projection is Miller's cylindrical: straight meridians and parallels like
# the plain longitude/latitude grid, but the parallels spread apart towards the
# poles, so Europe (where most meetings are) gets room for its labels, and the
# world from 58° S (Tierra del Fuego) to 84° N (Greenland) is twice as wide as
# high: it fills a landscape page. Antarctica is left out of the world view.


def _mill(lat: float) -> float:
    """Miller's y of a latitude, in degrees of the equator (x is the longitude)."""
    lat = max(-89.9, min(89.9, lat))
    return math.degrees(
        1.25 * math.log(math.tan(math.pi / 4 + 0.4 * math.radians(lat)))
    )


def _unmill(y: float) -> float:
    """The latitude of Miller's y (inverse of :func:`_mill`)."""
    return math.degrees(
        (math.atan(math.exp(math.radians(y) / 1.25)) - math.pi / 4) / 0.4
    )


#: the world view: all land but Antarctica
WORLD: View = (-180.0, -58.0, 180.0, 84.0)
#: places that fit in a box this wide and high (degrees) are "one region"
REGION = (90.0, 60.0)
EXTENTS = ("auto", "world", "data")


def map_view(places: list[Place], extent: str = "auto") -> View:
    """(west, south, east, north) of the map, in degrees.

    ``"world"``: all land but Antarctica (further south if a place is).
    ``"data"``: the places with a margin, at least 60° wide. ``"auto"`` (the
    default): ``"data"`` when every place fits in one region (90° x 60°, say
    Europe and the Middle East), else ``"world"``. Every view has the shape of
    the world view, so the map fills the same page.

    Raises
    ------
    InputError
        On an unknown ``extent``.
    """
    if extent not in EXTENTS:
        raise InputError(
            f"--extent: expected one of {', '.join(EXTENTS)}, got {extent!r}"
        )
    lons = [p["lon"] for p in places]
    lats = [p["lat"] for p in places]
    west, south, east, north = WORLD
    if not places:
        return WORLD
    one_region = (
        max(lons) - min(lons) <= REGION[0] and max(lats) - min(lats) <= REGION[1]
    )
    if extent == "world" or (extent == "auto" and not one_region):
        return (west, min(south, min(lats) - 3), east, max(north, max(lats) + 3))
    # the places' box in projected units, a margin, then the world's shape
    aspect = (_mill(north) - _mill(south)) / (east - west)
    x0, x1 = min(lons), max(lons)
    y0, y1 = _mill(min(lats)), _mill(max(lats))
    w = max((x1 - x0) * 1.2 + 4.0, 60.0)
    h = max((y1 - y0) * 1.2 + 4.0, w * aspect)
    top, bottom = _mill(89.0), _mill(-89.0)
    w = min(max(w, h / aspect), 360.0)  # never more than the whole earth
    h = min(h, top - bottom)
    cx = min(max((x0 + x1) / 2, -180 + w / 2), 180 - w / 2)
    cy = min(max((y0 + y1) / 2, bottom + h / 2), top - h / 2)
    return (cx - w / 2, _unmill(cy - h / 2), cx + w / 2, _unmill(cy + h / 2))


def _map_radius(n: int, most: int, base: float, cap: float) -> float:
    """Circle radius: area proportional to the number of meetings, ``base`` for
    one meeting unless the busiest place would then outgrow ``cap``; never under
    a tenth of ``cap`` (a place must stay visible and hoverable)."""
    return max(min(base, cap / math.sqrt(max(most, 1))) * math.sqrt(n), cap / 10)


def _map_note(places: list[Place], unmapped: int) -> str:
    n = len({m["iri"] for p in places for m in p["meetings"]})
    note = f"{n} meetings in {len(places)} places"
    if unmapped:
        note += (
            f"; {unmapped} meeting{'s' * (unmapped != 1)} without coordinates not shown"
        )
    return note + "."


def _grid_step(view: View) -> int:
    """Degrees between graticule lines: 15 on the world, finer on a region."""
    span = view[2] - view[0]
    return 15 if span > 100 else 10 if span > 40 else 5


class _Frame:
    """The view drawn on a ``width`` x ``height`` frame (y down): degrees to
    frame units and back."""

    def __init__(self, view: View, width: float) -> None:
        self.view = view
        self.west, self.east = view[0], view[2]
        self.top, self.bottom = _mill(view[3]), _mill(view[1])
        self.scale = width / (self.east - self.west)
        self.width = width
        self.height = (self.top - self.bottom) * self.scale

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return ((lon - self.west) * self.scale, (self.top - _mill(lat)) * self.scale)


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


#: HTML map: frame width (the page scales it to its own width), font size, labels
_HTML_WIDTH, _HTML_FONT, _HTML_LABELS = 1360.0, 11.0, 400


def _map_html(places: list[Place], unmapped: int, title: str, view: View) -> str:
    """The page: title, a note with the counts, the SVG map, the credit."""
    e = html.escape
    note = _map_note(places, unmapped)
    if any(p.get("country") for p in places):
        note += " Orange: a country, drawn at its centre."
    note += " Hover a place for its meetings and dates"
    note += " (and its name, where there was no room for it)." if places else "."
    body = (
        f'<h1>{e(title)}</h1>\n<p id="kg-note" data-places="{len(places)}">'
        f"{e(note)}</p>\n"
        f"{_map_svg(places, title, view)}\n"
        '<p id="kg-credit">Outline: Natural Earth (public domain).</p>'
    )
    return page(title, body, css=asset("map.css"))


def _map_svg(places: list[Place], title: str, view: View) -> str:
    """Graticule, land, and one group per place (circle, label, tooltip), as an
    SVG that scales to the width of the page; labels that found no room are in
    the group too, shown while the place is hovered."""
    e = html.escape
    frame = _Frame(view, _HTML_WIDTH)
    width, height = frame.width, frame.height
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" id="kg-map" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
        f'aria-label="{e(title)}">',
        f'<rect class="sea" width="{width:.0f}" height="{height:.0f}"/>',
        f'<path class="grid" d="{_graticule(frame)}"/>',
        f'<path class="land" d="{_land(frame)}"/>',
    ]
    most = max((len(p["meetings"]) for p in places), default=1)
    circles = []
    for p in places:
        x, y = frame.xy(p["lon"], p["lat"])
        circles.append((x, y, _map_radius(len(p["meetings"]), most, 7.0, 30.0)))
    labels = place_labels(
        [p["name"] for p in places],
        circles,
        width,
        height,
        size=_HTML_FONT,
        limit=_HTML_LABELS,
    )
    # biggest first, so that small places are drawn on top and stay hoverable
    for p, (x, y, r), label in zip(places, circles, labels, strict=True):
        cls = "place country" if p.get("country") else "place"
        if label is None:  # shown on hover only, right of the circle
            text = (
                f'<text class="hidden" x="{x + r + 2:.1f}" y="{y + 4:.1f}">'
                f"{e(p['name'])}</text>"
            )
        else:
            text = f'<text x="{label.x:.1f}" y="{label.y:.1f}">{e(p["name"])}</text>'
            if label.leader is not None:
                x0, y0, x1, y1 = label.leader
                text = (
                    f'<line class="leader" x1="{x0:.1f}" y1="{y0:.1f}" '
                    f'x2="{x1:.1f}" y2="{y1:.1f}"/>' + text
                )
        parts.append(
            f'<g class="{cls}" data-meetings="{len(p["meetings"])}">'
            f"<title>{e(_map_tip(p))}</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>{text}</g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _graticule(frame: _Frame) -> str:
    """SVG path data of the graticule lines inside the view."""
    west, south, east, north = frame.view
    step = _grid_step(frame.view)
    grid = []
    for lon in range(-180, 181, step):
        if west <= lon <= east:
            x, _ = frame.xy(lon, 0)
            grid.append(f"M{x:.1f} 0V{frame.height:.1f}")
    for lat in range(-90 + step, 90, step):
        if south <= lat <= north:
            _, y = frame.xy(0, lat)
            grid.append(f"M0 {y:.1f}H{frame.width:.1f}")
    return " ".join(grid)


def _land(frame: _Frame) -> str:
    """SVG path data of the outline rings that reach into the view."""
    west, south, east, north = frame.view
    land = []
    for ring in _world_rings():
        lons = [p[0] for p in ring]
        lats = [p[1] for p in ring]
        if max(lons) < west or min(lons) > east or max(lats) < south:
            continue
        if min(lats) > north:
            continue
        pts = [frame.xy(lon, lat) for lon, lat in ring]
        land.append("M" + " ".join(f"{x:.1f} {y:.1f}" for x, y in pts) + "Z")
    return "".join(land)


# --- PNG, SVG -------------------------------------------------------------------------

#: figure: width of the map and the margins around it (inches), label font (points)
_FIG_WIDTH, _FIG_LEFT, _FIG_RIGHT, _FIG_TOP, _FIG_BOTTOM = 10.6, 0.5, 0.15, 0.4, 0.55
_FIG_FONT, _FIG_LABELS = 7.0, 200


def _map_figure(
    places: list[Place], unmapped: int, path: Path, title: str, view: View
) -> None:
    """The map as a matplotlib figure filled by the map: labels placed as in the
    HTML (beside the circle, else on a leader line, else left out)."""
    from matplotlib.collections import PolyCollection

    frame = _Frame(view, _FIG_WIDTH * 72)  # in points, y down
    map_h = frame.height / 72
    fig_w = _FIG_LEFT + _FIG_WIDTH + _FIG_RIGHT
    fig_h = _FIG_TOP + map_h + _FIG_BOTTOM
    with figure_rc():
        fig = new_figure(fig_w, fig_h)
        fig.set_layout_engine("none")  # the axes are where the labels were placed
        ax = fig.add_axes(
            (_FIG_LEFT / fig_w, _FIG_BOTTOM / fig_h, _FIG_WIDTH / fig_w, map_h / fig_h)
        )
        ax.set_title(title, fontsize=11)
        ax.set_facecolor("#f4f8fb")
        ax.add_collection(
            PolyCollection(
                [[(lon, _mill(lat)) for lon, lat in ring] for ring in _world_rings()],
                facecolors="#e6e6e0",
                edgecolors="#b9b9b0",
                linewidths=0.4,
                zorder=1,
            )
        )
        west, south, east, north = view
        step = _grid_step(view)
        lons = [x for x in range(-180, 181, step) if west <= x <= east]
        lats = [y for y in range(-90 + step, 90, step) if south <= y <= north]
        ax.set_xticks(
            lons, [f"{abs(x)}°{'W' if x < 0 else 'E' if x else ''}" for x in lons]
        )
        ax.set_yticks(
            [_mill(y) for y in lats],
            [f"{abs(y)}°{'S' if y < 0 else 'N' if y else ''}" for y in lats],
        )
        ax.grid(color="#dde6ee", linewidth=0.6, zorder=0)
        ax.tick_params(labelsize=7, colors="#888888")
        if places:
            _draw_places(ax, places, frame)
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
        ax.set_ylim(_mill(south), _mill(north))
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


def _draw_places(ax: Any, places: list[Place], frame: _Frame) -> None:
    """A circle per place, area by its meetings, orange for a country; labels
    where they overlap nothing (placed in points on the frame, drawn in degrees)."""
    from matplotlib import patheffects

    most = max((len(p["meetings"]) for p in places), default=1)
    radii = [_map_radius(len(p["meetings"]), most, 4.0, 14.0) for p in places]
    ax.scatter(
        [p["lon"] for p in places],
        [_mill(p["lat"]) for p in places],
        s=[(2 * r) ** 2 for r in radii],
        c=[_MAP_COUNTRY if p.get("country") else _MAP_CITY for p in places],
        alpha=0.75,
        edgecolors="white",
        linewidths=0.8,
        zorder=3,
        clip_on=False,
    )
    circles = []
    for p, r in zip(places, radii, strict=True):
        x, y = frame.xy(p["lon"], p["lat"])
        circles.append((x, y, r + 0.4))  # the white edge
    labels = place_labels(
        [p["name"] for p in places],
        circles,
        frame.width,
        frame.height,
        size=_FIG_FONT,
        limit=_FIG_LABELS,
    )

    def data(x: float, y: float) -> tuple[float, float]:
        return (frame.west + x / frame.scale, frame.top - y / frame.scale)

    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
    for p, label in zip(places, labels, strict=True):
        if label is None:
            continue
        if label.leader is not None:
            (x0, y0), (x1, y1) = data(*label.leader[:2]), data(*label.leader[2:])
            ax.plot([x0, x1], [y0, y1], color="#777777", linewidth=0.5, zorder=2)
        ax.text(
            *data(label.x, label.y),
            p["name"],
            fontsize=_FIG_FONT,
            ha="left",
            va="baseline",
            path_effects=halo,
            zorder=4,
        )
