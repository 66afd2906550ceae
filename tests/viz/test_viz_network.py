"""kg.viz.network: ``write_network`` in every format, the figure, bad outputs,
and the same bytes for the same graph."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from rdflib import Dataset

from kg.errors import InputError
from kg.viz import (
    graph_to_networkx,
    write_network,
    write_timeline,
)


def test_empty_graph_writes_every_format(tmp_path):
    G = graph_to_networkx(Dataset())
    assert G.number_of_nodes() == 0
    for ext in (".html", ".png", ".svg", ".graphml", ".gexf", ".json"):
        assert write_network(G, tmp_path / f"e{ext}").stat().st_size > 0
    assert write_timeline(G, tmp_path / "t.html").stat().st_size > 0


def test_png_and_svg(G, tmp_path):
    png = write_network(G, tmp_path / "net.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000
    svg = write_network(G, tmp_path / "net.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert svg.stat().st_size > 10_000
    assert b"<script" not in svg.read_bytes()


def test_unknown_extension_and_failed_write_leave_nothing(G, tmp_path):
    with pytest.raises(InputError, match="expected an output ending in"):
        write_network(G, tmp_path / "net.pdf")
    with pytest.raises(InputError, match="expected an existing directory"):
        write_network(G, tmp_path / "no" / "net.html")
    assert list(tmp_path.iterdir()) == []


def test_outputs_are_deterministic(G, tmp_path):
    for ext in (".html", ".graphml", ".json", ".svg"):
        one = write_network(G, tmp_path / f"1{ext}").read_bytes()
        two = write_network(G, tmp_path / f"2{ext}").read_bytes()
        assert one == two, ext
