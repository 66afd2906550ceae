"""kg.viz.timeline: the meetings over time as HTML, PNG and SVG."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kg.errors import InputError
from kg.viz import (
    write_timeline,
)


def test_timeline_html_png_svg(G, tmp_path):
    page = write_timeline(G, tmp_path / "t.html").read_text(encoding="utf-8")
    assert 'data-meetings="2"' in page  # the undated meeting is not drawn
    assert "1 undated meeting not shown" in page
    assert "<script" not in page and "script-src" not in page  # no script at all
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    )  # the headline, escaped in a <title>
    svg = re.search(r"<svg.*</svg>", page, re.S)
    assert svg is not None
    ET.fromstring(svg.group(0))  # well-formed
    png = write_timeline(G, tmp_path / "t.png")
    assert png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_size > 10_000
    ET.parse(write_timeline(G, tmp_path / "t.svg"))
    with pytest.raises(InputError, match="expected a timeline ending in"):
        write_timeline(G, tmp_path / "t.graphml")


# --- no label leaves the drawing ------------------------------------------------------

LONG_NAME = "Vereinte Nationen Hochkommissariat für Flüchtlinge und Staatenlose " * 2


def _months_graph():
    """Meetings from late November into a new year: the last month tick sits at
    the right end of the axis (where "2023-01" used to be cut to "2023-0")."""
    import networkx as nx

    G = nx.MultiGraph()
    people = {"a": "Anna Beispiel", "b": "Bernd Muster", "c": LONG_NAME}
    for k, name in people.items():
        G.add_node(k, label=name, type="person" if k != "c" else "organisation")
    dates = ["2022-11-28", "2022-12-05", "2022-12-19", "2022-12-30", "2023-01-02"]
    G.graph["meetings"] = {
        f"m{i}": {
            "participants": ["a", "b"] if i % 2 else ["a", "c"],
            "date": d,
            "name": f"Treffen {i}",
            "place": None,
            "articles": [],
        }
        for i, d in enumerate(dates)
    }
    G.graph["articles"] = {}
    return G


def _rotated_box(x, y, angle, w, size):
    """The box of a text of width ``w`` at (x, y), turned ``angle`` degrees
    clockwise around its start (SVG: y down): ascent 0.95, descent 0.25 size."""
    import math

    c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    corners = [
        (0, 0.25 * size),
        (w, 0.25 * size),
        (0, -0.95 * size),
        (w, -0.95 * size),
    ]
    pts = [(x + u * c - v * s, y + u * s + v * c) for u, v in corners]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


def test_no_label_of_the_html_timeline_is_clipped(tmp_path):
    from kg.viz.labels import overlap, text_width

    page = write_timeline(_months_graph(), tmp_path / "t.html").read_text("utf-8")
    svg = ET.fromstring(re.search(r"<svg.*</svg>", page, re.S).group(0))
    ns = "{http://www.w3.org/2000/svg}"
    box = svg.get("viewBox")
    if box is None:  # the frame is the drawing's size
        box = f"0 0 {svg.get('width')} {svg.get('height')}"
    _, _, width, height = map(float, box.split())
    sizes = {"tick": 11.0, "day": 10.0, "name": 12.0}
    ticks, days = [], []
    for t in svg.iter(f"{ns}text"):
        cls = t.get("class")
        # a name's text follows its <title> (the tooltip with the whole name)
        text = t.text if cls != "name" else t.find(f"{ns}title").tail
        w = text_width(text, sizes[cls])
        if cls == "day":
            m = re.match(
                r"translate\(([\d.]+),([\d.]+)\) rotate\(([\d.]+)\)", t.get("transform")
            )
            x, y, angle = map(float, m.groups())
            b = _rotated_box(x, y, angle, w, sizes[cls])
            days.append(text)
        else:
            x, y = float(t.get("x")), float(t.get("y"))
            left = x - w if t.get("text-anchor") == "end" else x
            b = (left, y - 0.95 * sizes[cls], left + w, y + 0.25 * sizes[cls])
            if cls == "tick":
                ticks.append((text, b))
        assert 0 <= b[0] and b[2] <= width and 0 <= b[1] and b[3] <= height, text
    assert [t for t, _ in ticks][-1] == "2023-01"  # the last month: shown, whole
    assert days[-1] == "2023-01-02"
    for i, (_, a) in enumerate(ticks):
        assert not any(overlap(a, b) for _, b in ticks[i + 1 :])
    # the long name is shortened on the lane, whole in its tooltip
    assert LONG_NAME.strip() in page and "…</text>" in page


def test_no_tick_label_of_the_figure_is_clipped(tmp_path, monkeypatch):
    import kg.viz.timeline as tl

    figures = []
    monkeypatch.setattr(tl, "save_figure", lambda fig, path: figures.append(fig))
    write_timeline(_months_graph(), tmp_path / "t.svg")
    (fig,) = figures
    renderer = fig.canvas.get_renderer()
    fig.draw_without_rendering()
    page = fig.bbox
    (ax,) = fig.axes
    labels = [t for t in ax.get_xticklabels() + ax.get_yticklabels() if t.get_text()]
    labels.append(ax.xaxis.get_offset_text())
    assert len(labels) > 5
    for t in labels:
        if not t.get_text():
            continue
        b = t.get_window_extent(renderer)
        assert page.x0 <= b.x0 and b.x1 <= page.x1, t.get_text()
        assert page.y0 <= b.y0 and b.y1 <= page.y1, t.get_text()
