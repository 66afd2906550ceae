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
