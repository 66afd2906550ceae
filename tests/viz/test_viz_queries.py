"""kg.viz.queries: every query viz asks parses with the one prefix table, with and
without its date filter, and values only ever arrive as bindings."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.viz import queries
from kg.viz.queries import bindings, select

FIXED = [
    queries.ENTITIES,
    queries.LABELS,
    queries.ARTICLES,
    queries.PARTICIPANTS,
    queries.NAMES,
    queries.NAMES_LIKE,
    queries.ALL_NAMES,
    queries.MAP_COORDS,
    queries.MAP_CODES,
]
RANGES = [(None, None), ("2022-01-01", None), (None, "2022-12-31"), ("2021", "2022")]
FILLED = [
    queries.meetings_query,
    queries.mentions_query,
    queries.map_meetings_query,
    queries.memberships_query,
]


@pytest.mark.parametrize("query", FIXED)
def test_fixed_queries_parse(query):
    q = {ox.Variable("q"): ox.Literal("x")} if "?q" in query else {}
    assert list(select(ox.Store(), query, q)) == []


@pytest.mark.parametrize("fill", FILLED)
@pytest.mark.parametrize(("since", "until"), RANGES)
def test_filled_queries_parse_with_every_range(fill, since, until):
    query = fill(since, until)
    assert "#FILTER" not in query
    assert list(select(ox.Store(), query, bindings(since, until))) == []
    for value in (since, until):  # bound, never written into the text
        assert value is None or value not in query


def test_memberships_without_named_graphs_read_the_default_graph():
    assert "GRAPH ?g" in queries.memberships_query(None, None)
    assert "GRAPH ?g" not in queries.memberships_query(None, None, named_graphs=False)


def test_schema_org_is_spelled_as_the_store_spells_it():
    store = ox.Store()
    assert queries.prefixes_for(store)["schema"] == "http://schema.org/"
    store.add(
        ox.Quad(
            ox.NamedNode("https://w3id.org/kg-news/id/x"),
            ox.NamedNode("https://schema.org/name"),
            ox.Literal("X"),
        )
    )
    assert queries.prefixes_for(store)["schema"] == "https://schema.org/"
