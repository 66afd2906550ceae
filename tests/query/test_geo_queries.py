"""Named questions on places: meetings_near (haversine in SPARQL) and the
coordinates of meeting_places, on the fixture and on generated places checked
against Python's math."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.query import run_named, solutions
from kg.store import load_graph_file, rebuild_corpus_graph

FIXTURE = Path(__file__).parents[1] / "data" / "fixture.trig"
SDO = "http://schema.org/"
KG = "https://w3id.org/kg-news/ontology#"
KGR = "https://w3id.org/kg-news/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return load_graph_file(FIXTURE)


def near(store, place, km):
    rows = solutions(run_named(store, "meetings_near", {"place": place, "km": km}))
    return [(r["locationName"], r["distance"]) for r in rows]


def test_meetings_near_vienna(store):
    # Wien-Berlin 523.75 km, Wien-Genf 803.4 km (haversine, R = 6371.0088 km)
    assert near(store, "Wien", "600") == [("Wien", 0), ("Berlin", 524), ("Berlin", 524)]


def test_meetings_near_geneva_nearest_first(store):
    assert near(store, "Genf", "1000") == [
        ("Genf", 0),
        ("Genf", 0),
        ("Genf", 0),
        ("Wien", 803),
        ("Berlin", 877),
        ("Berlin", 877),
    ]
    assert near(store, "Genf", "5") == [("Genf", 0)] * 3


@pytest.mark.parametrize(("km", "vienna"), [("523", False), ("525", True)])
def test_the_radius_is_a_great_circle_distance(store, km, vienna):
    assert (("Wien", 524) in near(store, "Berlin", km)) is vienna


def test_a_place_without_coordinates_finds_nothing(store):
    # Brüssel has no schema:geo in the fixture
    assert near(store, "Brüssel", "20000") == []


def test_an_unknown_place_is_a_query_error(store):
    with pytest.raises(QueryError, match="place=Atlantis"):
        near(store, "Atlantis", "100")


def test_a_radius_must_be_an_integer(store):
    with pytest.raises(QueryError, match="expected an integer"):
        near(store, "Genf", "far")


def _haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _synthetic(points):
    """One article graph per place: a meeting there, the place with its geo."""
    store = ox.Store()
    quads = []
    for i, (lat, lon) in enumerate(points):
        g = ox.NamedNode(f"{KGR}article/s{i}")
        m = ox.NamedNode(f"{KGR}meeting/s{i}/1")
        p = ox.NamedNode(f"{KGR}place/p{i}")
        geo = ox.NamedNode(f"{KGR}geo/p{i}")

        def dec(x):
            return ox.Literal(f"{x:.5f}", datatype=ox.NamedNode(XSD + "decimal"))

        quads += [
            ox.Quad(m, ox.NamedNode(SDO + "location"), p, g),
            ox.Quad(
                m,
                ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                ox.NamedNode(KG + "Meeting"),
                g,
            ),
            ox.Quad(
                p, ox.NamedNode(SDO + "name"), ox.Literal(f"P{i}", language="de"), g
            ),
            ox.Quad(p, ox.NamedNode(SDO + "geo"), geo, g),
            ox.Quad(geo, ox.NamedNode(SDO + "latitude"), dec(lat), g),
            ox.Quad(geo, ox.NamedNode(SDO + "longitude"), dec(lon), g),
        ]
    store.extend(quads)
    rebuild_corpus_graph(store)
    return store


def test_distances_agree_with_the_haversine_formula():
    rnd = random.Random(8)
    centres = [(46.2, 6.1), (60.2, 24.9), (-33.9, 151.2), (0.0, 179.5), (71.0, -8.0)]
    points = list(centres)
    for lat, lon in centres:
        for _ in range(25):
            # up to about 3,000 km away, across the antimeridian too
            la = max(-85.0, min(85.0, lat + rnd.uniform(-25, 25)))
            lo = (lon + rnd.uniform(-40, 40) + 180) % 360 - 180
            points.append((la, lo))
    store = _synthetic(points)
    for c, (lat, lon) in enumerate(centres):
        km = 1500
        rows = solutions(
            run_named(store, "meetings_near", {"place": f"P{c}", "km": str(km)})
        )
        got = {r["locationName"]: r["distance"] for r in rows}
        for i, (la, lo) in enumerate(points):
            d = _haversine(lat, lon, la, lo)
            if abs(d - km) < 3:
                continue  # on the rim: rounding may go either way
            name = f"P{i}"
            assert (name in got) == (d <= km), (name, d)
            if name in got:
                assert abs(got[name] - d) <= max(1.0, d * 1e-3), (name, d, got[name])


def test_meeting_places_gives_coordinates_as_numbers(store):
    rows = solutions(run_named(store, "meeting_places", {}))
    genf = next(r for r in rows if r["name"] == "Genf")
    assert (float(genf["latitude"]), float(genf["longitude"])) == pytest.approx(
        (46.20222, 6.14569)
    )
