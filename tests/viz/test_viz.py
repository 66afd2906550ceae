"""kg.viz: the actor network from RDF, its filters, and every output format.

Most tests use a small graph built here with rdflib (``mini``), whose every edge
and weight is known by construction; the fixture tests read
``tests/data/fixture.trig`` (hand-written after ontology/MODEL.md) when present.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, XSD, Namespace

from kg.errors import InputError, StoreError
from kg.rdf.vocab import KG, KGR
from kg.store import rebuild_corpus_graph
from kg.viz import (
    EDGE_KINDS,
    graph_to_networkx,
    layout,
    open_source,
    write_network,
    write_timeline,
)

FIXTURE = Path(__file__).parents[1] / "data" / "fixture.trig"
SCHEMA = Namespace("http://schema.org/")  # MODEL.md: http, not https (not rdflib's SDO)
EVIL_NAME = "<img src=x onerror=alert(1)> \"Mr' </script><script>alert(2)</script>"
EVIL_HEADLINE = "Gipfel <script>alert(1)</script> & </script><!-- \u2028"


def _p(slug: str) -> URIRef:
    return KGR[slug]


ROLE_LABELS = {
    "aussenminister": "Außenminister",
    "vizeaussenminister": "Vize-Außenminister",
    "chef": "<i>Chef</i>",
}


def _build_mini() -> Dataset:
    """Three articles; persons, organisations, countries and a city; three meetings
    (one undated), four memberships (one undated), four sentences with mentions."""
    ds = Dataset()
    a1, a2, a3 = _p("article/a1"), _p("article/a2"), _p("article/a3")
    g1, g2, g3 = ds.graph(a1), ds.graph(a2), ds.graph(a3)

    def entity(g, slug, name, *classes, alt=None):
        iri = _p(slug)
        for c in classes:
            g.add((iri, RDF.type, c))
        g.add((iri, SCHEMA["name"], Literal(name, lang="de")))
        if alt:
            g.add((iri, SCHEMA["alternateName"], Literal(alt, lang="de")))
        return iri

    def article(g, iri, headline, date):
        g.add((iri, RDF.type, SCHEMA["NewsArticle"]))
        g.add((iri, RDF.type, KG.Article))
        g.add((iri, SCHEMA["headline"], Literal(headline, lang="de")))
        if date:
            g.add((iri, SCHEMA["datePublished"], Literal(date, datatype=XSD.dateTime)))

    article(g1, a1, EVIL_HEADLINE, "2022-01-09T17:17:00")
    article(g2, a2, "Treffen in Brüssel", "2022-02-15T08:00:00")
    article(g3, a3, "Ohne Datum", None)
    ents = {}
    for g in (g1, g2, g3):
        ents["blinken"] = entity(
            g,
            "person/antony-blinken",
            "Antony Blinken",
            SCHEMA["Person"],
            KG.Person,
            alt="Blinken",
        )
        ents["lawrow"] = entity(
            g, "person/sergej-lawrow", "Sergej Lawrow", SCHEMA["Person"], KG.Person
        )
        ents["rjabkow"] = entity(
            g, "person/sergej-rjabkow", "Sergej Rjabkow", SCHEMA["Person"], KG.Person
        )
        ents["evil"] = entity(g, "person/evil", EVIL_NAME, SCHEMA["Person"], KG.Person)
        ents["nato"] = entity(
            g, "org/nato", "NATO", SCHEMA["Organization"], KG.Organisation
        )
        ents["osze"] = entity(
            g, "org/osze", "OSZE", SCHEMA["Organization"], KG.Organisation
        )
        ents["usa"] = entity(
            g,
            "place/usa",
            "USA",
            SCHEMA["Place"],
            SCHEMA["Country"],
            KG.Place,
            KG.Country,
        )
        ents["russland"] = entity(
            g,
            "place/russland",
            "Russland",
            SCHEMA["Place"],
            SCHEMA["Country"],
            KG.Place,
            KG.Country,
        )
        ents["genf"] = entity(
            g, "place/genf", "Genf", SCHEMA["Place"], SCHEMA["City"], KG.Place, KG.City
        )
    e = ents

    def meeting(g, iri, art, date, attendees, organizer=None, place=None):
        g.add((iri, RDF.type, SCHEMA["Event"]))
        g.add((iri, RDF.type, KG.Meeting))
        g.add(
            (iri, SCHEMA["name"], Literal(f"Treffen {date or 'ohne Datum'}", lang="de"))
        )
        for x in attendees:
            g.add((iri, SCHEMA["attendee"], x))
        if organizer:
            g.add((iri, SCHEMA["organizer"], organizer))
        if place:
            g.add((iri, SCHEMA["location"], place))
        if date:
            g.add((iri, SCHEMA["startDate"], Literal(date, datatype=XSD.date)))
        g.add((iri, KG.reportedIn, art))

    meeting(
        g1,
        _p("meeting/a1/1"),
        a1,
        "2022-01-10",
        [e["blinken"], e["lawrow"], e["usa"], e["russland"]],
        place=e["genf"],
    )
    meeting(
        g2,
        _p("meeting/a2/1"),
        a2,
        "2022-02-15",
        [e["blinken"], e["lawrow"]],
        organizer=e["nato"],
    )
    meeting(g3, _p("meeting/a3/1"), a3, None, [e["lawrow"], e["rjabkow"]])

    def sentence(g, art, start, *mentioned):
        s = _p(f"sentence/{art.split('/')[-1]}/{start}")
        g.add((s, RDF.type, KG.Sentence))
        g.add((s, KG.inArticle, art))
        for i, x in enumerate(mentioned):
            m = _p(f"mention/{art.split('/')[-1]}/{start + i}-{start + i + 1}")
            g.add((m, RDF.type, KG.Mention))
            g.add((m, KG.mentionOf, x))
            g.add((m, KG.inSentence, s))
            g.add((m, KG.inArticle, art))
        return s

    s1 = sentence(g1, a1, 0, e["blinken"], e["lawrow"], e["genf"])
    sentence(g1, a1, 100, e["blinken"], e["lawrow"])
    s3 = sentence(g2, a2, 0, e["lawrow"], e["rjabkow"], e["nato"])
    s4 = sentence(g2, a2, 100, e["evil"], e["osze"])

    def membership(g, person, role, title, org, valid, src):
        iri = _p(f"membership/{person.split('/')[-1]}/{role}")
        r = _p(f"role/{role}")
        g.add((r, RDF.type, ORG.Role))
        g.add((r, RDFS.label, Literal(ROLE_LABELS[role], lang="de")))
        g.add((iri, RDF.type, ORG.Membership))
        g.add((iri, ORG.member, person))
        g.add((iri, ORG.role, r))
        g.add((iri, ORG.organization, org))
        g.add((iri, KG.title, Literal(title, lang="de")))
        if valid:
            g.add((iri, KG.validAt, Literal(valid, datatype=XSD.date)))
        g.add((iri, PROV.wasDerivedFrom, src))

    membership(
        g1,
        e["blinken"],
        "aussenminister",
        "US-Außenminister",
        e["usa"],
        "2022-01-09",
        s1,
    )
    membership(
        g1,
        e["lawrow"],
        "aussenminister",
        "Außenminister",
        e["russland"],
        "2022-01-09",
        s1,
    )
    membership(
        g2,
        e["rjabkow"],
        "vizeaussenminister",
        "Vize-Außenminister",
        e["russland"],
        "2022-02-15",
        s3,
    )
    membership(g2, e["evil"], "chef", "<b>Chef</b> \"&'", e["osze"], None, s4)
    return ds


@pytest.fixture(scope="module")
def mini() -> Dataset:
    return _build_mini()


@pytest.fixture(scope="module")
def G(mini):
    return graph_to_networkx(mini)


def n(slug: str) -> str:
    return str(KGR[slug])


B, L, R, EV = (
    n("person/antony-blinken"),
    n("person/sergej-lawrow"),
    n("person/sergej-rjabkow"),
    n("person/evil"),
)
NATO, OSZE, USA, RU, GENF = (
    n("org/nato"),
    n("org/osze"),
    n("place/usa"),
    n("place/russland"),
    n("place/genf"),
)


def edges_of(G, kind=None):
    """{(frozenset(u, v), kind): weight}"""
    return {
        (frozenset((u, v)), k): w
        for u, v, k, w in G.edges(keys=True, data="weight")
        if kind is None or k == kind
    }


# --- the network -----------------------------------------------------------------


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


def test_sources_rdflib_store_and_files_agree(mini, tmp_path):
    want = edges_of(graph_to_networkx(mini))
    store = ox.Store()
    store.load(
        mini.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS
    )
    assert edges_of(graph_to_networkx(store)) == want
    trig = tmp_path / "g.trig"
    mini.serialize(trig, format="trig")
    assert edges_of(graph_to_networkx(trig)) == want
    nt = tmp_path / "g.nt"  # triples only, no named graphs
    flat = Graph()
    for s, p, o, _ in mini.quads():
        flat.add((s, p, o))
    flat.serialize(nt, format="nt")
    assert edges_of(graph_to_networkx(nt)) == want
    assert edges_of(graph_to_networkx(flat)) == want
    disk = tmp_path / "store"
    on_disk = ox.Store(str(disk))
    on_disk.load(
        mini.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS
    )
    rebuild_corpus_graph(on_disk)
    on_disk.flush()
    del on_disk
    assert edges_of(graph_to_networkx(open_source(store=disk))) == want


def test_open_source_errors(tmp_path):
    with pytest.raises(InputError, match="expected exactly one"):
        open_source()
    with pytest.raises(InputError, match="expected an RDF file"):
        open_source(graph=tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")  # an object is missing
    with pytest.raises(InputError, match="bad.ttl: expected valid"):
        open_source(graph=bad)
    odd = tmp_path / "g.docx"
    odd.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="expected an RDF file"):
        open_source(graph=odd)
    with pytest.raises(StoreError, match="expected an Oxigraph store"):
        open_source(store=tmp_path / "nothing")


def test_layout_is_deterministic_and_separates_nodes(G):
    p1, p2 = layout(G, seed=0), layout(G, seed=0)
    assert p1 == p2 and set(p1) == set(G)
    pts = list(p1.values())
    assert len(set(pts)) == len(pts)


def test_empty_graph_writes_every_format(tmp_path):
    G = graph_to_networkx(Dataset())
    assert G.number_of_nodes() == 0
    for ext in (".html", ".png", ".svg", ".graphml", ".gexf", ".json"):
        assert write_network(G, tmp_path / f"e{ext}").stat().st_size > 0
    assert write_timeline(G, tmp_path / "t.html").stat().st_size > 0


# --- exports ---------------------------------------------------------------------


def _kinds(G):
    return sorted((tuple(sorted((u, v))), d["kind"]) for u, v, d in G.edges(data=True))


def test_png_and_svg(G, tmp_path):
    png = write_network(G, tmp_path / "net.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000
    svg = write_network(G, tmp_path / "net.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert svg.stat().st_size > 10_000
    assert b"<script" not in svg.read_bytes()


def test_graphml_round_trip(G, tmp_path):
    path = write_network(G, tmp_path / "net.graphml")
    H = nx.read_graphml(path, force_multigraph=True)
    assert set(H) == set(G)
    assert _kinds(H) == _kinds(G)
    assert H.nodes[B]["label"] == "Antony Blinken"
    assert H.nodes[B]["roles"] == "Außenminister (USA)"
    d = [
        d for u, v, d in H.edges(data=True) if d["kind"] == "holds_role" and B in (u, v)
    ][0]
    assert d["titles"] == "US-Außenminister"
    assert (
        H.nodes[EV]["label"] == EVIL_NAME
    )  # the XML writer escapes, the reader restores
    met = [
        d for u, v, d in H.edges(data=True) if d["kind"] == "met" and {u, v} == {B, L}
    ]
    assert met[0]["weight"] == 2 and met[0]["dates"] == "2022-01-10; 2022-02-15"


def test_gexf_round_trip(G, tmp_path):
    path = write_network(G, tmp_path / "net.gexf")
    H = nx.read_gexf(path)
    assert set(H) == set(G)
    assert _kinds(H) == _kinds(G)
    assert H.nodes[NATO]["label"] == "NATO"
    assert H.nodes[NATO]["viz"]["color"] == {"r": 0xF2, "g": 0x8E, "b": 0x2B, "a": 1.0}


def test_json_node_link_round_trip(G, tmp_path):
    path = write_network(G, tmp_path / "net.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    H = nx.node_link_graph(data, edges="edges")
    assert H.is_multigraph() and set(H) == set(G)
    assert _kinds(H) == _kinds(G)
    assert H.edges[B, L, "met"]["meetings"] == G.edges[B, L, "met"]["meetings"]
    assert H.graph["meetings"] == G.graph["meetings"]


def test_unknown_extension_and_failed_write_leave_nothing(G, tmp_path):
    with pytest.raises(InputError, match="expected an output ending in"):
        write_network(G, tmp_path / "net.pdf")
    with pytest.raises(InputError, match="expected an existing directory"):
        write_network(G, tmp_path / "no" / "net.html")
    assert list(tmp_path.iterdir()) == []


# --- HTML: self-contained, and safe with hostile text --------------------------------


def _html(G, tmp_path) -> str:
    return write_network(G, tmp_path / "net.html").read_text(encoding="utf-8")


def test_html_is_self_contained(G, tmp_path):
    page = _html(G, tmp_path)
    # no other host: no src/href attributes at all, no url() in CSS, no @import
    assert not re.search(r"\b(src|href)\s*=", page.split('id="kg-data"')[0])
    assert "url(" not in page and "@import" not in page
    assert "http://" not in page.split('id="kg-data"')[0]
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert page.count("<script") == 2  # the data block and the one inline script


def test_html_data_is_inert_and_round_trips(G, tmp_path):
    page = _html(G, tmp_path)
    m = re.search(
        r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S
    )
    assert m is not None
    raw = m.group(1)
    assert "<" not in raw and ">" not in raw and "&" not in raw and "\u2028" not in raw
    data = json.loads(raw)
    labels = {x["label"] for x in data["nodes"]}
    assert EVIL_NAME in labels  # the text survives, escaped only in transport
    assert EVIL_HEADLINE in {a["headline"] for a in data["articles"]}
    assert len(data["nodes"]) == G.number_of_nodes()
    assert len(data["edges"]) == G.number_of_edges()


def test_html_has_no_injected_markup(G, tmp_path):
    page = _html(G, tmp_path)
    # outside the JSON block nothing of the hostile strings appears unescaped
    outside = re.sub(
        r'<script type="application/json" id="kg-data">.*?</script>',
        "",
        page,
        flags=re.S,
    )
    assert "onerror" not in outside and "alert(" not in outside
    assert "<img" not in page and "<b>" not in page and "<i>" not in page
    assert page.count("</script>") == 2


def test_html_title_is_escaped(G, tmp_path):
    page = write_network(
        G, tmp_path / "t.html", title="<script>alert(1)</script>"
    ).read_text(encoding="utf-8")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    assert page.count("<script") == 2


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


# --- the shared fixture ----------------------------------------------------------


def f(slug: str) -> str:
    return str(KGR[slug])


@pytest.fixture(scope="module")
def FG():
    if not FIXTURE.exists():
        pytest.skip("tests/data/fixture.trig missing")
    return graph_to_networkx(FIXTURE)


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
    assert {k for *_, k in FG.edges(keys=True)} == set(EDGE_KINDS)
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


def test_cytoscape_json(G, tmp_path):
    data = json.loads(
        write_network(G, tmp_path / "net.cyjs").read_text(encoding="utf-8")
    )
    H = nx.cytoscape_graph(data, name="label")
    assert set(H) == set(G) and H.number_of_edges() == G.number_of_edges()
    assert all("position" in x for x in data["elements"]["nodes"])


# --- the command ---------------------------------------------------------------


def test_cli_writes_every_format_from_a_file(tmp_path, capsys):
    from kg.cli import main

    for ext in (".html", ".png", ".svg", ".graphml", ".gexf", ".json", ".cyjs"):
        out = tmp_path / f"net{ext}"
        assert main(["viz", "--graph", str(FIXTURE), "-o", str(out)]) == 0
        assert out.stat().st_size > 500
    assert "17 actors, 44 links" in capsys.readouterr().err
    out = tmp_path / "t.png"
    assert main(["viz", "--graph", str(FIXTURE), "--timeline", "-o", str(out)]) == 0
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_cli_reads_a_store_with_filters(mini, tmp_path, capsys):
    from kg.cli import main

    disk = tmp_path / "store"
    store = ox.Store(str(disk))
    store.load(
        mini.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS
    )
    rebuild_corpus_graph(store)
    store.flush()
    del store
    out = tmp_path / "net.json"
    argv = [
        "viz",
        "--store",
        str(disk),
        "-o",
        str(out),
        "--since",
        "2022-02",
        "--types",
        "person,org",
        "--focus",
        "Sergej Lawrow",
        "--depth",
        "1",
        "-q",
    ]
    assert main(argv) == 0
    H = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    assert set(H) == {L, B, R, NATO}
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-o", "x.pdf"], "expected an output ending in"),  # no such format
        (["--timeline", "-o", "x.graphml"], "expected a timeline ending in"),
        (["-o", "x.html", "--depth", "2"], "--depth: expected together with --focus"),
        (["-o", "x.html", "--types", "planet"], "--types: expected"),
        (["-o", "x.html", "--since", "01.02.2022"], "--since: expected a date"),
        (["-o", "x.html", "--focus", "Niemand"], "--focus: expected the name"),
    ],
)
def test_cli_errors_are_one_line_and_exit_2(
    argv, message, tmp_path, capsys, monkeypatch
):
    from kg.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["viz", "--graph", str(FIXTURE), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_graphml_survives_control_characters(tmp_path):
    # XML 1.0 cannot carry U+000B; a headline or name with one must not break the file
    G = nx.MultiGraph(meetings={}, articles={})
    for x in ("a", "b"):
        G.add_node(
            x,
            label="Vertical\x0btab",
            type="person",
            roles=["x\x01y"],
            meetings=[],
            articles=[],
            degree=1,
            betweenness=0.0,
        )
    G.add_edge(
        "a",
        "b",
        key="met",
        kind="met",
        weight=1,
        articles=[],
        meetings=[],
        dates=[],
        places=[],
    )
    H = nx.read_graphml(write_network(G, tmp_path / "c.graphml"), force_multigraph=True)
    assert H.nodes["a"]["label"] == "Vertical\ufffdtab"
    assert nx.read_gexf(write_network(G, tmp_path / "c.gexf")).number_of_edges() == 1


def test_outputs_are_deterministic(G, tmp_path):
    for ext in (".html", ".graphml", ".json", ".svg"):
        one = write_network(G, tmp_path / f"1{ext}").read_bytes()
        two = write_network(G, tmp_path / f"2{ext}").read_bytes()
        assert one == two, ext


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
