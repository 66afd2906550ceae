"""kg.viz.graph: the actor network from RDF, its nodes and edges, and the
filters (types, dates, weight, focus); on the small ``mini`` graph and on
``tests/data/fixture.trig``."""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox
import pytest
from mini_graph import (
    EV,
    FIXTURE,
    GENF,
    NATO,
    OSZE,
    RU,
    USA,
    B,
    L,
    R,
    edges_of,
    f,
    n,
)

from kg.errors import InputError
from kg.viz import (
    EDGE_KINDS,
    graph_to_networkx,
)


def test_nodes_are_persons_organisations_countries_by_default(G):
    assert isinstance(G, nx.MultiGraph)
    assert set(G) == {
        B,
        L,
        R,
        EV,
        NATO,
        OSZE,
        USA,
        RU,
    }  # Genf is a city: off by default
    assert G.nodes[B]["label"] == "Antony Blinken"
    assert {G.nodes[x]["type"] for x in G} == {"person", "organisation", "country"}
    assert (
        G.nodes[USA]["type"] == "country"
    )  # not "place": the most specific class wins
    assert G.nodes[NATO]["type"] == "organisation"


def test_met_edges_and_weights(G):
    met = edges_of(G, "met")
    assert met == {
        (frozenset((B, L)), "met"): 2,  # Genf and Brussels
        (frozenset((B, USA)), "met"): 1,
        (frozenset((B, RU)), "met"): 1,
        (frozenset((L, USA)), "met"): 1,
        (frozenset((L, RU)), "met"): 1,
        (frozenset((USA, RU)), "met"): 1,
        (frozenset((B, NATO)), "met"): 1,
        (frozenset((L, NATO)), "met"): 1,  # organizer
        (frozenset((L, R)), "met"): 1,  # the undated meeting
    }
    d = G.edges[B, L, "met"]
    assert d["dates"] == ["2022-01-10", "2022-02-15"]
    assert d["places"] == ["Genf"]
    assert d["meetings"] == [n("meeting/a1/1"), n("meeting/a2/1")]
    assert d["articles"] == [n("article/a1"), n("article/a2")]


def test_holds_role_edges(G):
    roles = edges_of(G, "holds_role")
    assert set(roles) == {
        (frozenset((B, USA)), "holds_role"),
        (frozenset((L, RU)), "holds_role"),
        (frozenset((R, RU)), "holds_role"),
        (frozenset((EV, OSZE)), "holds_role"),
    }
    d = G.edges[B, USA, "holds_role"]
    assert d["titles"] == ["US-Außenminister"]
    assert d["member"] == B
    assert d["dates"] == ["2022-01-09"]
    assert d["articles"] == [n("article/a1")]  # via prov:wasDerivedFrom/kg:inArticle
    assert G.nodes[B]["roles"] == ["Außenminister (USA)"]  # the role's label


def test_mentioned_together_counts_sentences(G):
    co = edges_of(G, "mentioned_together")
    assert co == {
        (frozenset((B, L)), "mentioned_together"): 2,
        (frozenset((L, R)), "mentioned_together"): 1,
        (frozenset((L, NATO)), "mentioned_together"): 1,
        (frozenset((R, NATO)), "mentioned_together"): 1,
        (frozenset((EV, OSZE)), "mentioned_together"): 1,
    }


def test_a_pair_keeps_one_edge_per_kind(G):
    assert set(G[B][L]) == {"met", "mentioned_together"}
    assert all(
        k in EDGE_KINDS and d["kind"] == k for *_, k, d in G.edges(keys=True, data=True)
    )


def test_node_attributes_roles_meetings_articles_centrality(G):
    d = G.nodes[L]
    assert d["meetings"] == [n("meeting/a1/1"), n("meeting/a2/1"), n("meeting/a3/1")]
    assert d["articles"] == [n("article/a1"), n("article/a2"), n("article/a3")]
    assert d["degree"] == 5  # B, R, NATO, USA, RU
    assert d["betweenness"] > G.nodes[USA]["betweenness"]
    assert G.graph["meetings"][n("meeting/a1/1")]["place"] == "Genf"
    assert G.graph["articles"][n("article/a2")]["headline"] == "Treffen in Brüssel"


def test_types_add_cities_and_drop_countries(mini):
    G = graph_to_networkx(mini, types="person,city")
    assert set(G) == {B, L, R, GENF}  # EV only had an organisation edge
    assert (
        edges_of(G, "mentioned_together")[(frozenset((B, GENF)), "mentioned_together")]
        == 1
    )
    assert not any(G.has_node(x) for x in (USA, RU, NATO))
    assert set(graph_to_networkx(mini, types="all")) >= {GENF, USA}


@pytest.mark.parametrize("bad", ["person,planet", ",", ""])
def test_bad_types_are_input_errors(mini, bad):
    # "planet" is no node type; an empty list would draw nothing
    with pytest.raises(InputError, match="--types: expected"):
        graph_to_networkx(mini, types=bad)


def test_since_filters_meetings_roles_and_comentions(mini):
    G = graph_to_networkx(mini, since="2022-02-01")
    assert edges_of(G, "met") == {
        (frozenset((B, L)), "met"): 1,
        (frozenset((B, NATO)), "met"): 1,
        (frozenset((L, NATO)), "met"): 1,
    }
    # undated membership (EV-OSZE) and January ones are out; co-mentions of a2 stay
    assert set(edges_of(G, "holds_role")) == {(frozenset((R, RU)), "holds_role")}
    assert (frozenset((EV, OSZE)), "mentioned_together") in edges_of(G)
    assert (frozenset((B, L)), "mentioned_together") not in edges_of(G)
    assert G.nodes[B]["meetings"] == [n("meeting/a2/1")]
    assert USA not in G


def test_until_takes_the_whole_month(mini):
    G = graph_to_networkx(mini, until="2022-01")
    assert edges_of(G, "met")[(frozenset((B, L)), "met")] == 1
    assert G.edges[B, L, "met"]["dates"] == ["2022-01-10"]
    assert NATO not in G and R not in G
    assert G.graph["until"] == "2022-01-31"


@pytest.mark.parametrize(
    ("since", "until"),
    [("2022-13-01", None), ("gestern", None), ("2022-03-01", "2022-02-01")],
)
def test_bad_dates_are_input_errors(mini, since, until):
    # month 13, no date at all, an empty range
    with pytest.raises(InputError, match="expected"):
        graph_to_networkx(mini, since=since, until=until)


def test_min_weight_keeps_roles_and_drops_new_isolates(mini):
    G = graph_to_networkx(mini, min_weight=2)
    assert set(edges_of(G, "met")) == {(frozenset((B, L)), "met")}
    assert set(edges_of(G, "mentioned_together")) == {
        (frozenset((B, L)), "mentioned_together")
    }
    assert len(edges_of(G, "holds_role")) == 4
    assert NATO not in G  # only weight-1 edges
    with pytest.raises(InputError, match="--min-weight"):
        graph_to_networkx(mini, min_weight=0)


def test_focus_by_alternate_name_and_depth(mini):
    G1 = graph_to_networkx(mini, focus="blinken")  # alternateName, any case
    assert set(G1) == {B, L, USA, RU, NATO}
    assert G1.graph["focus_nodes"] == [B]
    G0 = graph_to_networkx(mini, focus="Antony Blinken", depth=0)
    assert set(G0) == {B} and G0.number_of_edges() == 0
    G2 = graph_to_networkx(mini, focus="Antony Blinken", depth=2)
    assert set(G2) == {B, L, USA, RU, NATO, R}
    assert set(graph_to_networkx(mini, focus="Rjabk")) >= {
        R,
        L,
        RU,
    }  # substring fallback


def test_focus_errors_say_why(mini):
    with pytest.raises(InputError, match="did you mean 'Sergej Lawrow'"):
        graph_to_networkx(mini, focus="Sergej Lawrov")  # a typo
    with pytest.raises(InputError, match="filtered out"):
        graph_to_networkx(mini, focus="Genf")  # a city, off by default


def test_a_graph_with_https_schema_org_draws_the_same(mini):
    # rdflib's SDO is https://schema.org/; MODEL.md says http. Both must draw.
    nq = mini.serialize(format="nquads", encoding="utf-8")
    store = ox.Store()
    store.load(
        nq.replace(b"<http://schema.org/", b"<https://schema.org/"),
        format=ox.RdfFormat.N_QUADS,
    )
    H = graph_to_networkx(store)
    assert edges_of(H) == edges_of(graph_to_networkx(mini))
    assert H.nodes[B]["label"] == "Antony Blinken"


def test_fixture_nodes(FG):
    assert FG.number_of_nodes() == 17
    by_type = {
        t: sorted(x.split("/")[-1] for x, tt in FG.nodes(data="type") if tt == t)
        for t in ("person", "organisation", "country")
    }
    assert by_type["organisation"] == ["cdu", "nato", "nato-russland-rat", "osze"]
    assert by_type["country"] == [
        "deutschland",
        "frankreich",
        "russland",
        "ukraine",
        "usa",
    ]
    assert len(by_type["person"]) == 8
    assert FG.nodes[f("person/angela-merkel")]["roles"] == [
        "Bundeskanzler (Deutschland)",
        "Mitglied (CDU)",
    ]


def test_fixture_edges(FG):
    usa, ru = f("place/usa"), f("place/russland")
    d = FG.edges[usa, ru, "met"]
    assert (d["weight"], d["dates"], d["places"]) == (
        2,
        ["2022-01-10", "2022-01-13"],
        ["Genf", "Wien"],
    )
    # the organizer of the Brussels session counts as taking part
    assert FG.has_edge(ru, f("org/nato-russland-rat"), "met")
    sherman = FG.edges[f("person/sergej-rjabkow"), f("person/wendy-sherman"), "met"]
    assert sherman["dates"] == ["2022-01-09T18:00:00"]  # an xsd:dateTime start
    role = FG.edges[f("person/antony-blinken"), usa, "holds_role"]
    assert role["titles"] == ["US-Außenminister"]
    assert role["dates"] == ["2022-01-09", "2022-01-21"]  # one membership, two articles
    assert (
        FG.edges[f("person/antony-blinken"), usa, "mentioned_together"]["weight"] == 3
    )
    # fixture.trig holds no verbal interaction (see test_viz_statements)
    assert {k for *_, k in FG.edges(keys=True)} == set(EDGE_KINDS) - {"statements"}
    assert FG.number_of_edges() == 44


def test_fixture_date_range_includes_datetimes():
    G = graph_to_networkx(FIXTURE, since="2022-01-09", until="2022-01-09")
    met = edges_of(G, "met")
    # the 18:00 meeting of 2022-01-09 is in; the 2022-01-10 one is not
    assert set(met) == {
        (frozenset((f("person/sergej-rjabkow"), f("person/wendy-sherman"))), "met")
    }


def test_fixture_since_and_focus():
    G = graph_to_networkx(FIXTURE, since="2022-01-12")
    assert (
        edges_of(G, "met")[(frozenset((f("place/usa"), f("place/russland"))), "met")]
        == 1
    )
    assert f("person/angela-merkel") not in G  # 2021 only
    assert f("person/annalena-baerbock") in G  # her membership is dated 2022-01-21 ...
    assert not G.has_edge(
        f("person/annalena-baerbock"), f("person/antony-blinken"), "met"
    )
    # ... but their meeting in Berlin is undated
    E = graph_to_networkx(FIXTURE, focus="Lawrow")
    assert set(E) == {
        f("person/sergej-lawrow"),
        f("person/antony-blinken"),
        f("place/russland"),
        f("place/usa"),
    }


def test_fixture_cities_and_min_weight():
    G = graph_to_networkx(FIXTURE, types="person,city")
    assert {x for x, t in G.nodes(data="type") if t == "city"} == {
        f("place/berlin"),
        f("place/genf"),
    }
    W = graph_to_networkx(FIXTURE, min_weight=2)
    assert set(edges_of(W, "met")) == {
        (frozenset((f("place/usa"), f("place/russland"))), "met")
    }
    assert len(edges_of(W, "mentioned_together")) == 4


def test_focus_by_exact_identity_before_substrings(mini):
    """Issue 16: --focus by an IRI or a name; whole words before substrings
    ("Kurz" is Sebastian Kurz, not Ray Kurzweil); a substring of several actors'
    names is refused with the candidates."""
    assert graph_to_networkx(mini, focus=B).graph["focus_nodes"] == [B]
    assert graph_to_networkx(mini, focus="kgr:person/antony-blinken").graph[
        "focus_nodes"
    ] == [B]
    # a whole word names both Sergejs: both are the focus
    assert graph_to_networkx(mini, focus="sergej").graph["focus_nodes"] == [L, R]
    # a part of a word in two names: which one is meant?
    with pytest.raises(InputError) as e:
        graph_to_networkx(mini, focus="erge")
    msg = str(e.value)
    assert "Sergej Lawrow (kgr:person/sergej-lawrow)" in msg
    assert "Sergej Rjabkow (kgr:person/sergej-rjabkow)" in msg
    assert "give a full name or an IRI" in msg
    assert graph_to_networkx(mini, focus="Rjabk").graph["focus_nodes"] == [R]
