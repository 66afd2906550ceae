"""kg viz --map: meeting places by coordinates, offline, escaped.

The fixture (tests/data/fixture.trig) has meetings in Genf (3), Berlin (2, one
undated) and Wien (1) with coordinates, and one in Brüssel without.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.viz import MAP_FORMATS, meeting_places, write_map

FIXTURE = Path(__file__).parents[1] / "data" / "fixture.trig"

# A tiny hostile graph: markup and quotes in names, a bad coordinate.
HOSTILE = """
@prefix schema: <http://schema.org/> .
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/kg-news/id/article/x> {
  <https://w3id.org/kg-news/id/meeting/x/1> a kg:Meeting ;
      schema:name "<img src=x onerror=alert(1)> & \\"Gipfel\\" $x^2$"@de ;
      schema:startDate "2020-05-01"^^xsd:date ;
      schema:location <https://w3id.org/kg-news/id/place/evil> .
  <https://w3id.org/kg-news/id/place/evil> a schema:Place ;
      schema:name "</title><script>alert('x')</script>"@de ;
      schema:geo <https://w3id.org/kg-news/id/geo/evil> .
  <https://w3id.org/kg-news/id/geo/evil> schema:latitude "10.5"^^xsd:decimal ;
      schema:longitude "20.25"^^xsd:decimal .
  <https://w3id.org/kg-news/id/meeting/x/2> a kg:Meeting ;
      schema:location <https://w3id.org/kg-news/id/place/nowhere> .
  <https://w3id.org/kg-news/id/place/nowhere> a schema:Place ;
      schema:name "Nirgendwo"@de ;
      schema:geo <https://w3id.org/kg-news/id/geo/nowhere> .
  <https://w3id.org/kg-news/id/geo/nowhere> schema:latitude "north" ;
      schema:longitude "999" .
}
"""


def _by_name(places):
    return {p["name"]: p for p in places}


def test_meeting_places_of_the_fixture():
    places, unmapped = meeting_places(FIXTURE)
    got = {p["name"]: len(p["meetings"]) for p in places}
    assert got == {"Genf": 3, "Berlin": 2, "Wien": 1}
    assert [p["name"] for p in places] == ["Genf", "Berlin", "Wien"]  # most first
    assert unmapped == 1  # Brüssel has no coordinates
    genf = _by_name(places)["Genf"]
    assert (genf["lat"], genf["lon"]) == pytest.approx((46.20222, 6.14569))
    # sorted by date, the undated last
    assert [m["date"] for m in _by_name(places)["Berlin"]["meetings"]] == [
        "2021-06-22",
        None,
    ]


def test_date_range_leaves_out_undated_and_earlier_meetings():
    places, unmapped = meeting_places(FIXTURE, since="2022-01-10", until="2022-01")
    got = {p["name"]: len(p["meetings"]) for p in places}
    assert got == {"Genf": 2, "Wien": 1}
    with pytest.raises(InputError, match="--since"):
        # "2022-13" is no month
        meeting_places(FIXTURE, since="2022-13")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.titles: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.titles.append(data)


def test_html_map_sizes_labels_and_dates(tmp_path):
    out = tmp_path / "m.html"
    path, n_places, n_meetings = write_map(FIXTURE, out)
    assert (path, n_places, n_meetings) == (out, 3, 6)
    text = out.read_text(encoding="utf-8")
    page = _Page()
    page.feed(text)
    groups = [a for t, a in page.tags if t == "g" and a.get("class") == "place"]
    assert [g["data-meetings"] for g in groups] == ["3", "2", "1"]
    radii = [float(a["r"]) for t, a in page.tags if t == "circle"]
    assert radii[0] > radii[1] > radii[2]  # sized by the number of meetings
    tips = [t for t in page.titles if ":" in t]
    genf = next(t for t in tips if t.startswith("Genf"))
    assert "3 meetings" in genf
    assert all(d in genf for d in ("2022-01-09", "2022-01-10", "2022-01-21"))
    assert any("undated" in t for t in tips if t.startswith("Berlin"))
    assert ">Genf</text>" in text and ">Wien</text>" in text
    assert "1 meeting without coordinates not shown" in text
    # the land is drawn, from the shipped outline
    land = [a for t, a in page.tags if t == "path" and a.get("class") == "land"]
    assert land and len(land[0]["d"]) > 1000


def test_html_map_is_offline(tmp_path):
    out = tmp_path / "m.html"
    write_map(FIXTURE, out)
    text = out.read_text(encoding="utf-8")
    # no tile server, no remote script, style or image; only the SVG namespace
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", text))
    assert urls <= {"http://www.w3.org/2000/svg"}
    assert "<script" not in text
    assert "default-src 'none'" in text


def test_names_and_meeting_titles_are_escaped(tmp_path):
    src = tmp_path / "hostile.trig"
    src.write_text(HOSTILE, encoding="utf-8")
    places, unmapped = meeting_places(src)
    assert [p["name"] for p in places] == ["</title><script>alert('x')</script>"]
    assert unmapped == 1  # a malformed coordinate draws nothing, and fails nothing
    out = tmp_path / "m.html"
    write_map(src, out)
    text = out.read_text(encoding="utf-8")
    assert "<script" not in text and "<img" not in text
    assert "&lt;/title&gt;&lt;script&gt;" in text
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Gipfel&quot;" in text
    # static figures draw the same names as text (no mathtext for "$x^2$")
    for ext in (".png", ".svg"):
        write_map(src, tmp_path / f"m{ext}")
    svg = (tmp_path / "m.svg").read_text(encoding="utf-8")
    assert "<script" not in svg


@pytest.mark.parametrize("ext", [".png", ".svg"])
def test_static_maps(tmp_path, ext):
    out = tmp_path / f"m{ext}"
    write_map(FIXTURE, out, title="Treffen")
    data = out.read_bytes()
    if ext == ".png":
        assert data.startswith(b"\x89PNG")
    else:
        assert b"<svg" in data and b"Treffen" in data


def test_empty_graph_draws_the_world(tmp_path):
    src = tmp_path / "empty.ttl"
    src.write_text("", encoding="utf-8")
    for ext in MAP_FORMATS:
        path, n_places, n_meetings = write_map(src, tmp_path / f"e{ext}")
        assert (n_places, n_meetings) == (0, 0)
        assert path.stat().st_size > 0


def test_outline_data_is_shipped_with_its_licence():
    from importlib.resources import files

    data = json.loads(
        files("kg").joinpath("data", "geo", "world_110m.json").read_text("utf-8")
    )
    assert "public domain" in data["license"]
    assert len(data["rings"]) > 200
    for ring in data["rings"]:
        assert len(ring) >= 4
        assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)


def test_cli_map(tmp_path, capsys):
    from kg.cli import main

    for ext in MAP_FORMATS:
        out = tmp_path / f"map{ext}"
        assert main(["viz", "--graph", str(FIXTURE), "--map", "-o", str(out)]) == 0
        assert out.stat().st_size > 0
    assert "6 meetings in 3 places" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        # a map is a picture: no GraphML
        (["--map", "-o", "x.graphml"], "expected a map ending in .html .png .svg"),
        # one drawing at a time
        (["--map", "--timeline", "-o", "x.html"], "not allowed with argument"),
    ],
)
def test_cli_map_errors(tmp_path, capsys, argv, message):
    from kg.cli import main

    argv = [a if not a.startswith("x.") else str(tmp_path / a) for a in argv]
    try:
        code = main(["viz", "--graph", str(FIXTURE), *argv])
    except SystemExit as e:  # argparse's own usage errors
        code = e.code
    assert code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_a_country_without_coordinates_is_drawn_at_its_centre(tmp_path):
    src = tmp_path / "country.trig"
    src.write_text(
        """
@prefix schema: <http://schema.org/> .
@prefix kg: <https://w3id.org/kg-news/ontology#> .
<https://w3id.org/kg-news/id/article/y> {
  <https://w3id.org/kg-news/id/meeting/y/1> a kg:Meeting ;
      schema:location <https://w3id.org/kg-news/id/place/aegypten> .
  <https://w3id.org/kg-news/id/place/aegypten> a schema:Place, schema:Country ;
      schema:name "Ägypten"@de ; schema:identifier "EG" .
}
""",
        encoding="utf-8",
    )
    places, unmapped = meeting_places(src)
    (egypt,) = places
    assert egypt["country"] is True and unmapped == 0
    # inside Egypt (22-32 N, 25-35 E), from the shipped outline
    assert 22 < egypt["lat"] < 32 and 25 < egypt["lon"] < 35
    out = tmp_path / "m.html"
    write_map(src, out)
    assert 'class="place country"' in out.read_text(encoding="utf-8")
    assert "drawn at its centre" in out.read_text(encoding="utf-8")


def test_labels_never_overlap():
    from kg.viz.map import label_boxes, overlap

    # five places crowded together: some labels move, some give way
    places = [{"name": f"Ort {i}", "meetings": [1]} for i in range(5)]
    circles = [(500.0 + 4 * i, 300.0 + 3 * i, 7.0) for i in range(5)]
    labels = label_boxes(places, circles, 1000.0, 600.0)
    assert labels[0] == (490.0, 304.0, "end")  # its right side is a neighbour's circle
    boxes = []
    for p, label in zip(places, labels, strict=True):
        if label is None:
            continue
        x, y, anchor = label
        w = 6.4 * len(p["name"]) + 2
        left = {"start": x, "end": x - w, "middle": x - w / 2}[anchor]
        boxes.append((left, y - 10, left + w, y + 2))
    assert len(boxes) >= 2
    assert not any(overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
