"""kg viz --map: meeting places by coordinates, offline, escaped.

The fixture (tests/data/fixture.trig) has meetings in Genf (3), Berlin (2, one
undated) and Wien (1) with coordinates, and one in Brüssel without.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
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
    # the fixture's places are all in Europe: auto zooms in, --extent world not
    sizes = {}
    for extent in ("auto", "world"):
        out = tmp_path / f"{extent}.html"
        argv = ["viz", "--graph", str(FIXTURE), "--map", "--extent", extent]
        assert main([*argv, "-o", str(out)]) == 0
        sizes[extent] = len(out.read_text(encoding="utf-8"))
    assert sizes["world"] > 2 * sizes["auto"]  # all the land of the world


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        # a map is a picture: no GraphML
        (["--map", "-o", "x.graphml"], "expected a map ending in .html .png .svg"),
        # one drawing at a time
        (["--map", "--timeline", "-o", "x.html"], "not allowed with argument"),
        # the extent is the map's
        (["--extent", "world", "-o", "x.html"], "--extent: expected together with"),
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
    from kg.viz.labels import overlap, place_labels

    # five places crowded together: some labels move, some give way
    names = [f"Ort {i}" for i in range(5)]
    circles = [(500.0 + 4 * i, 300.0 + 3 * i, 7.0) for i in range(5)]
    labels = place_labels(names, circles, 1000.0, 600.0, size=11.0)
    assert labels[0] is not None and labels[0].leader is None  # beside its circle
    assert any(lab is not None and lab.leader is not None for lab in labels)
    boxes = [lab.box for lab in labels if lab is not None]
    assert len(boxes) >= 4
    assert not any(overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    for lab, (x, y, _) in zip(labels, circles, strict=True):
        if lab is None:
            continue
        for cx, cy, cr in circles:  # no label covers another place's circle
            if (cx, cy) != (x, y):
                assert not overlap(lab.box, (cx - cr, cy - cr, cx + cr, cy + cr))


# --- the whole world, a page filled, labels that do not collide ---------------------

# (name, lat, lon): a crowded Europe and the far corners of the inhabited world
CITIES = [
    ("Berlin", 52.52, 13.40),
    ("Paris", 48.86, 2.35),
    ("Brüssel", 50.85, 4.35),
    ("Genf", 46.20, 6.15),
    ("Wien", 48.21, 16.37),
    ("Prag", 50.08, 14.44),
    ("Warschau", 52.23, 21.01),
    ("Amsterdam", 52.37, 4.90),
    ("Luxemburg", 49.61, 6.13),
    ("Straßburg", 48.57, 7.75),
    ("Bern", 46.95, 7.45),
    ("Zürich", 47.37, 8.54),
    ("München", 48.14, 11.58),
    ("Frankfurt am Main", 50.11, 8.68),
    ("Den Haag", 52.08, 4.30),
    ("Kopenhagen", 55.68, 12.57),
    ("Budapest", 47.50, 19.04),
    ("Bratislava", 48.15, 17.11),
    ("Ljubljana", 46.06, 14.51),
    ("Rom", 41.90, 12.50),
    ("Sydney", -33.87, 151.21),
    ("Ushuaia", -54.80, -68.30),
    ("Reykjavík", 64.15, -21.94),
    ("Nuuk", 64.18, -51.69),
    ("Anchorage", 61.22, -149.90),
]


def _cities_trig(cities) -> str:
    out = [
        "@prefix schema: <http://schema.org/> .",
        "@prefix kg: <https://w3id.org/kg-news/ontology#> .",
        "@prefix kgr: <https://w3id.org/kg-news/id/> .",
        "kgr:article\\/c {",
    ]
    for i, (name, lat, lon) in enumerate(cities):
        for k in range(1 + (len(cities) - i) // 5):  # the first ones busiest
            out.append(
                f"kgr:meeting\\/c\\/{i}-{k} a kg:Meeting ; "
                f"schema:location kgr:place\\/p{i} ."
            )
        out.append(
            f'kgr:place\\/p{i} a schema:Place ; schema:name "{name}"@de ; '
            f"schema:geo kgr:geo\\/p{i} ."
        )
        out.append(
            f'kgr:geo\\/p{i} schema:latitude "{lat}" ; schema:longitude "{lon}" .'
        )
    out.append("}")
    return "\n".join(out)


def _svg(page: str) -> ET.Element:
    svg = re.search(r"<svg.*</svg>", page, re.S)
    assert svg is not None
    return ET.fromstring(svg.group(0))


NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def cities(tmp_path_factory):
    path = tmp_path_factory.mktemp("cities") / "cities.trig"
    path.write_text(_cities_trig(CITIES), encoding="utf-8")
    return path


def test_the_world_view_shows_all_land_but_antarctica(cities):
    from kg.viz.map import map_view

    places, _ = meeting_places(cities)
    assert len(places) == len(CITIES)
    west, south, east, north = map_view(places)
    # Tierra del Fuego (-55°) to Greenland (83.6° N), all longitudes
    assert (west, east) == (-180, 180) and south <= -55 and north >= 83.6
    # Europe alone is one region: the map zooms to it, unless asked for the world
    europe = [p for p in places if -10 < p["lon"] < 30 and p["lat"] > 40]
    w, s, e, n = map_view(europe)
    assert w < 2.35 and 21 < e and s < 41.9 and 55.7 < n  # every place inside
    assert e - w < 70 and n - s < 40  # and zoomed in
    assert (e - w) / (n - s) > 1.2  # a landscape page, like the world's
    assert map_view(europe, "world")[:3] == (-180, -58, 180)
    with pytest.raises(InputError, match="--extent"):
        map_view(europe, "everything")


def test_the_html_map_fills_its_page_and_shows_australia(cities, tmp_path):
    write_map(cities, tmp_path / "m.html")
    page = (tmp_path / "m.html").read_text(encoding="utf-8")
    svg = _svg(page)
    _, _, width, height = map(float, svg.get("viewBox").split())
    # no fixed width: the page's CSS scales it to the width of the window
    assert svg.get("width") is None and "#kg-map { display: block; width: 100%" in page
    assert 0.45 < height / width < 0.55  # the world is twice as wide as high
    groups = {
        g.find(f"{NS}title").text.split(":")[0]: g
        for g in svg.iter(f"{NS}g")
        if "place" in g.get("class", "")
    }
    for name in ("Sydney", "Ushuaia", "Anchorage", "Reykjavík"):
        c = groups[name].find(f"{NS}circle")
        assert 0 < float(c.get("cx")) < width and 0 < float(c.get("cy")) < height
    # the land path reaches to the bottom of Australia (Tasmania, 43.6° S)
    land = next(p for p in svg.iter(f"{NS}path") if p.get("class") == "land")
    ys = [float(v) for v in re.findall(r"[\d.]+ ([\d.]+)", land.get("d"))]
    sydney_y = float(groups["Sydney"].find(f"{NS}circle").get("cy"))
    assert any(sydney_y + 20 < y < height for y in ys)


def _text_boxes(svg: ET.Element, size: float = 11.0):
    from kg.viz.labels import text_width

    shown, hidden = [], []
    for t in svg.iter(f"{NS}text"):
        x, y = float(t.get("x")), float(t.get("y"))
        box = (x, y - 0.95 * size, x + text_width(t.text, size), y + 0.25 * size)
        (hidden if t.get("class") == "hidden" else shown).append((t.text, box))
    return shown, hidden


def test_html_labels_do_not_overlap(cities, tmp_path):
    from kg.viz.labels import overlap

    for extent in ("world", "data"):
        write_map(cities, tmp_path / "m.html", extent=extent)
        svg = _svg((tmp_path / "m.html").read_text(encoding="utf-8"))
        _, _, width, height = map(float, svg.get("viewBox").split())
        shown, hidden = _text_boxes(svg)
        assert len(shown) + len(hidden) == len(CITIES)
        assert len(shown) >= 15  # most find room, some on a leader line
        for i, (name, a) in enumerate(shown):
            assert 0 <= a[0] and a[2] <= width and 0 <= a[1] and a[3] <= height, name
            for other, b in shown[i + 1 :]:
                assert not overlap(a, b), (extent, name, other)
        circles = [
            (float(c.get("cx")), float(c.get("cy")), float(c.get("r")))
            for c in svg.iter(f"{NS}circle")
        ]
        for name, a in shown:  # nor covers another place
            covered = [
                (x, y)
                for x, y, r in circles
                if overlap(a, (x - r, y - r, x + r, y + r))
            ]
            assert len(covered) <= 1, name
        if extent == "world":
            assert hidden  # the crowd of Europe: hidden names show on hover
            assert svg.findall(f".//{NS}line[@class='leader']")
    assert ".place:hover .hidden { visibility: visible; }" in (
        tmp_path / "m.html"
    ).read_text(encoding="utf-8")


def test_figure_labels_do_not_overlap(cities, tmp_path, monkeypatch):
    """The PNG/SVG figure, measured by matplotlib's own renderer."""
    import kg.viz.map as mapmod

    figures = []
    monkeypatch.setattr(mapmod, "save_figure", lambda fig, path: figures.append(fig))
    write_map(cities, tmp_path / "m.png", extent="world")
    (fig,) = figures
    renderer = fig.canvas.get_renderer()
    (ax,) = fig.axes
    frame = ax.get_window_extent(renderer)
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in ax.texts]
    assert len(boxes) >= 15
    for i, (name, a) in enumerate(boxes):
        assert frame.x0 <= a.x0 and a.x1 <= frame.x1, name  # inside the map
        assert frame.y0 <= a.y0 and a.y1 <= frame.y1, name
        for other, b in boxes[i + 1 :]:
            assert not a.overlaps(b), (name, other)
    # the map fills the figure's width
    assert frame.width / fig.bbox.width > 0.9


def test_a_data_view_never_exceeds_the_earth():
    from kg.viz.map import map_view

    # from pole to pole: the view is the places' height, at most the earth's width
    places = [
        {"lon": 10.0, "lat": -80.0, "name": "a", "meetings": []},
        {"lon": 12.0, "lat": 85.0, "name": "b", "meetings": []},
    ]
    west, south, east, north = map_view(places, "data")
    assert -180 <= west < 10 and 12 < east <= 180
    assert south < -80 and north > 85
