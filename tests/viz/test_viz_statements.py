"""The statement layer of the network (``--edges statements``): who demands of,
accuses, warns … whom, read from ``kg:VerbalInteraction`` nodes. Off unless asked
for (the default picture does not change), directed from the speaker to the
addressee, one edge per type and direction weighted by the number of statements,
with the sentences and quotes in the page, the type and count in every export."""

from __future__ import annotations

import json
import re
import time

import networkx as nx
import pytest
from mini_graph import GENF, RU, USA, B, L, build_mini, n
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF, Namespace
from test_viz_browser import _open, _pin, browser

from kg.lang.de.speech import INTERACTION_TYPES
from kg.rdf.vocab import KG, KGR
from kg.viz import NETWORK_DEFAULTS, graph_to_networkx, write_network
from kg.viz.graph import statement_key
from kg.viz.html import network_data
from kg.viz.options import parse_edges
from kg.viz.style import STATEMENT_COLOURS, STATEMENT_LABELS

__all__ = ["browser"]  # the fixture, shared with test_viz_browser

SCHEMA = Namespace("http://schema.org/")
UKRAINE = n("place/ukraine")
S_A1 = n("sentence/a1/200")  # USA demands of Russland (January)
S_A2 = n("sentence/a2/200")  # USA demands of Russland (February)
S_ACCUSE = n("sentence/a2/300")  # Russland accuses the USA, quoting Lawrow
EVIL_QUOTE = "Das ist </script><b>eine Provokation</b>"
DEMAND_A1 = "Die USA fordern von Russland eine Deeskalation."
DEMAND_A2 = "Washington verlangt von Moskau den Abzug der Truppen."
APPEAL_TEXT = "Die USA appellieren an die Ukraine, die Waffenruhe einzuhalten."
ACCUSE_TEXT = f'Russland wirft den USA Provokation vor: "{EVIL_QUOTE}", hieß es.'


def add_statements(ds: Dataset) -> Dataset:
    """The interactions of MODEL.md "Statements" over the ``mini`` actors: the USA
    demand of Russland twice (two articles), Russland accuses the USA (with a quote
    of its own and one of Lawrow in the same sentence), Lawrow denies (nobody
    addressed), Blinken warns Genf (a city, not drawn by default), the USA appeal to
    Ukraine (named in this sentence only)."""
    a1, a2 = KGR["article/a1"], KGR["article/a2"]
    graphs = {a1: ds.graph(a1), a2: ds.graph(a2)}

    def sentence(art, start, text):
        s = KGR[f"sentence/{art.split('/')[-1]}/{start}"]
        graphs[art].add((s, RDF.type, KG.Sentence))
        graphs[art].add((s, KG.inArticle, art))
        graphs[art].add((s, KG.text, Literal(text, lang="de")))
        return s

    def said(art, number, type_, agent, recipient, verb, issue, s):
        g = graphs[art]
        i = KGR[f"interaction/{art.split('/')[-1]}/{number}"]
        g.add((i, RDF.type, SCHEMA["CommunicateAction"]))
        g.add((i, RDF.type, KG.VerbalInteraction))
        g.add((i, KG.interactionType, Literal(type_)))
        g.add((i, KG.verb, Literal(verb, lang="de")))
        g.add((i, SCHEMA["agent"], URIRef(agent)))
        if recipient:
            g.add((i, SCHEMA["recipient"], URIRef(recipient)))
        if issue:
            g.add((i, KG.issue, Literal(issue, lang="de")))
        g.add((i, KG.inArticle, art))
        g.add((i, PROV.wasDerivedFrom, s))

    def quote(art, start, text, creator, s):
        q = KGR[f"quote/{art.split('/')[-1]}/{start}"]
        g = graphs[art]
        g.add((q, RDF.type, SCHEMA["Quotation"]))
        g.add((q, SCHEMA["text"], Literal(text, lang="de")))
        g.add((q, SCHEMA["creator"], URIRef(creator)))
        g.add((q, PROV.wasDerivedFrom, s))

    ukraine = KGR["place/ukraine"]
    for c in (SCHEMA["Country"], KG.Country):
        graphs[a1].add((ukraine, RDF.type, c))
    graphs[a1].add((ukraine, SCHEMA["name"], Literal("Ukraine", lang="de")))
    s4 = sentence(a1, 300, APPEAL_TEXT)
    for i, x in enumerate((URIRef(USA), ukraine)):
        m = KGR[f"mention/a1/{300 + i}-{301 + i}"]
        graphs[a1].add((m, RDF.type, KG.Mention))
        graphs[a1].add((m, KG.mentionOf, x))
        graphs[a1].add((m, KG.inSentence, s4))
        graphs[a1].add((m, KG.inArticle, a1))
    said(a1, 3, "APPEAL", USA, str(ukraine), "appellieren", "Waffenruhe", s4)
    s1 = sentence(a1, 200, DEMAND_A1)
    s2 = sentence(a2, 200, DEMAND_A2)
    s3 = sentence(a2, 300, ACCUSE_TEXT)
    said(a1, 1, "DEMAND", USA, RU, "fordern", "Deeskalation", s1)
    said(a2, 1, "DEMAND", USA, RU, "verlangen", "Abzug", s2)
    said(a2, 2, "ACCUSE", RU, USA, "vorwerfen", "Provokation", s3)
    said(a2, 3, "DENY", L, None, "bestreiten", "Absichten", s3)
    said(a1, 2, "WARN", B, GENF, "warnen", None, s1)
    quote(a2, 310, EVIL_QUOTE, RU, s3)
    quote(a2, 320, "Wir bleiben ruhig", L, s3)  # Lawrow's words: not Russland's
    return ds


@pytest.fixture(scope="module")
def said() -> Dataset:
    return add_statements(build_mini())


@pytest.fixture(scope="module")
def SG(said):
    return graph_to_networkx(said, edges="met,holds_role,statements")


def _statements(G) -> dict[tuple[str, str, str], int]:
    """{(type, agent, recipient): weight} of the statement edges."""
    return {
        (d["interaction_type"], d["agent"], d["recipient"]): d["weight"]
        for *_, d in G.edges(data=True)
        if d["kind"] == "statements"
    }


def test_the_layer_is_off_by_default_and_part_of_all(said):
    assert "statements" not in NETWORK_DEFAULTS["edges"].split(",")
    assert "statements" in parse_edges("all")
    assert parse_edges("met,said") == ("met", "statements")  # an alias
    assert _statements(graph_to_networkx(said, edges=NETWORK_DEFAULTS["edges"])) == {}
    assert _statements(graph_to_networkx(said, edges="met,holds_role")) == {}
    assert _statements(graph_to_networkx(said, edges="all"))
    assert _statements(graph_to_networkx(said, edges="statements"))


def test_direction_type_and_count(SG):
    assert _statements(SG) == {
        ("DEMAND", USA, RU): 2,  # two statements in two articles: one edge
        ("ACCUSE", RU, USA): 1,  # the other way: an edge of its own
        ("APPEAL", USA, UKRAINE): 1,
        # Lawrow's DENY addresses nobody; Blinken's WARN addresses a city
    }
    d = SG.edges[USA, RU, statement_key("DEMAND", USA)]
    assert (d["kind"], d["agent"], d["recipient"]) == ("statements", USA, RU)
    assert d["issues"] == ["Abzug", "Deeskalation"]
    assert d["verbs"] == ["fordern", "verlangen"]
    assert d["articles"] == [n("article/a1"), n("article/a2")]
    assert d["interactions"] == [n("interaction/a1/1"), n("interaction/a2/1")]
    assert not SG.has_edge(USA, RU, statement_key("DEMAND", RU))
    assert SG.graph["edges"] == "met,holds_role,statements"


def test_a_statement_keeps_an_actor_mentioned_once(said):
    # Ukraine is named in one sentence only: a likely NER error, unless addressed
    G = graph_to_networkx(said, edges="met,holds_role,statements", keep_junk=False)
    assert UKRAINE in G and ("APPEAL", USA, UKRAINE) in _statements(G)
    G = graph_to_networkx(
        said, edges="met,holds_role,mentioned_together", keep_junk=False
    )
    assert UKRAINE not in G and G.graph["filtered"]["single mention"] >= 1


def test_types_other_than_actors_only_on_request(said):
    G = graph_to_networkx(said, edges="statements", types="all")
    assert _statements(G)[("WARN", B, GENF)] == 1


def test_evidence_sentences_and_quotes(SG):
    d = SG.edges[USA, RU, statement_key("DEMAND", USA)]
    assert d["sentences"] == [S_A1, S_A2]  # oldest article first
    assert [SG.graph["sentences"][s]["text"] for s in d["sentences"]] == [
        DEMAND_A1,
        DEMAND_A2,
    ]
    assert d["quotes"] == []
    accuse = SG.edges[RU, USA, statement_key("ACCUSE", RU)]
    assert accuse["sentences"] == [S_ACCUSE]
    assert accuse["quotes"] == [EVIL_QUOTE]  # Russland's words, not Lawrow's


def test_a_date_range_counts_only_statements_of_articles_in_it(said):
    G = graph_to_networkx(said, edges="statements", since="2022-02-01")
    assert _statements(G) == {("DEMAND", USA, RU): 1, ("ACCUSE", RU, USA): 1}  # a2
    d = G.edges[USA, RU, statement_key("DEMAND", USA)]
    assert d["sentences"] == [S_A2] and S_A1 not in G.graph["sentences"]
    # --min-weight counts statements too
    G = graph_to_networkx(said, edges="statements", min_weight=2)
    assert _statements(G) == {("DEMAND", USA, RU): 2}


def _default_view(ds) -> nx.MultiGraph:
    options = {k: v for k, v in NETWORK_DEFAULTS.items()}
    return graph_to_networkx(ds, **options)


def _without_statements(ds: Dataset) -> Dataset:
    """``ds`` without its interactions and quotations (all else kept)."""
    out = Dataset()
    gone = {KG.VerbalInteraction, SCHEMA["Quotation"]}
    for g in ds.graphs():
        said = {s for s, _, o in g.triples((None, RDF.type, None)) if o in gone}
        h = out.graph(g.identifier)
        for t in g:
            if t[0] not in said:
                h.add(t)
    return out


def _content(G):
    """``G`` as order-free data: nodes and edges with their attributes, the graph's
    attributes (the store answers in an order of its own, which node order follows)."""
    return (
        dict(G.graph),
        {v: d for v, d in G.nodes(data=True)},
        {(min(u, v), max(u, v), k): d for u, v, k, d in G.edges(keys=True, data=True)},
    )


def test_default_picture_unchanged_by_statements_in_the_graph(said):
    # the same graph without its interactions and quotations gives the same view
    plain = _default_view(_without_statements(said))
    with_said = _default_view(said)
    assert plain.number_of_nodes() > 3 and "single mention" in plain.graph["filtered"]
    assert _content(with_said) == _content(plain)
    data = network_data(with_said, size_by="degree", seed=0, title="t")
    assert not [e for e in data["edges"] if e["kind"] == "statements" or "type" in e]
    assert [k["name"] for k in data["kinds"]] == [
        "met",
        "holds_role",
        "mentioned_together",
    ]


def test_switching_statements_on_keeps_the_other_edges(said):
    others = graph_to_networkx(said, edges="met,holds_role")
    both = graph_to_networkx(said, edges="met,holds_role,statements")
    assert {
        (u, v, k) for u, v, k in both.edges(keys=True) if "statements" not in k
    } == {(u, v, k) for u, v, k in others.edges(keys=True)}


def _edge(data, agent, recipient, type_):
    ids = [x["id"] for x in data["nodes"]]
    a, r = ids.index(agent), ids.index(recipient)
    return next(
        e
        for e in data["edges"]
        if e.get("type") == type_ and e["from"] == a and {e["s"], e["t"]} == {a, r}
    )


def test_page_data_has_type_direction_and_evidence(SG):
    data = network_data(SG, size_by="degree", seed=0, title="t")
    e = _edge(data, USA, RU, "DEMAND")
    assert (e["kind"], e["w"], e["issues"]) == (
        "statements",
        2,
        ["Abzug", "Deeskalation"],
    )
    assert [data["sentences"][i]["text"] for i in e["ev"]] == [DEMAND_A1, DEMAND_A2]
    a2 = data["articles"][data["sentences"][e["ev"][1]]["a"]]
    assert (a2["headline"], a2["date"][:10]) == ("Treffen in Brüssel", "2022-02-15")
    accuse = _edge(data, RU, USA, "ACCUSE")
    assert accuse["quotes"] == [EVIL_QUOTE]
    # USA–Russland also met: the three edges get three lanes
    lanes = sorted(
        x["o"] for x in data["edges"] if {x["s"], x["t"]} == {e["s"], e["t"]}
    )
    assert lanes == [-1.0, 0.0, 1.0]
    kinds = {k["name"]: k for k in data["kinds"]}
    assert kinds["DEMAND"]["label"] == "demands of" and kinds["DEMAND"]["statement"]
    assert kinds["ACCUSE"]["back"] == "accused by"
    assert "WARN" not in kinds  # only the types drawn


def test_every_type_has_a_colour_and_labels():
    assert set(STATEMENT_COLOURS) == set(STATEMENT_LABELS) == set(INTERACTION_TYPES)
    assert len(set(STATEMENT_COLOURS.values())) == len(STATEMENT_COLOURS)


def test_exports_carry_type_direction_and_count(SG, tmp_path):
    back = nx.read_graphml(write_network(SG, tmp_path / "n.graphml"))
    said = [d for *_, d in back.edges(data=True) if d["kind"] == "statements"]
    assert sorted((d["interaction_type"], d["weight"], d["agent"]) for d in said) == [
        ("ACCUSE", 1, RU),
        ("APPEAL", 1, USA),
        ("DEMAND", 2, USA),
    ]
    gexf = nx.read_gexf(write_network(SG, tmp_path / "n.gexf"))
    assert sorted(
        (d["interaction_type"], d["weight"])
        for *_, d in gexf.edges(data=True)
        if d["kind"] == "statements"
    ) == [("ACCUSE", 1), ("APPEAL", 1), ("DEMAND", 2)]
    data = json.loads(write_network(SG, tmp_path / "n.json").read_text("utf-8"))
    got = {
        (e["interaction_type"], e["agent"], e["recipient"], e["weight"])
        for e in data["edges"]
        if e["kind"] == "statements"
    }
    assert got == {
        ("DEMAND", USA, RU, 2),
        ("ACCUSE", RU, USA, 1),
        ("APPEAL", USA, UKRAINE, 1),
    }


def test_svg_legend_names_each_type_drawn(SG, tmp_path):
    svg = write_network(SG, tmp_path / "n.svg").read_text("utf-8")
    assert "demands of (DEMAND)" in svg and "accuses (ACCUSE)" in svg
    assert "warns (WARN)" not in svg
    plain = graph_to_networkx(build_mini(), edges="met,holds_role")
    svg = write_network(plain, tmp_path / "p.svg").read_text("utf-8")
    assert "(DEMAND)" not in svg


def test_cli_switch(said, tmp_path, capsys):
    from kg.cli import main

    src = tmp_path / "said.trig"
    src.write_text(said.serialize(format="trig"), encoding="utf-8")
    out = tmp_path / "n.json"
    argv = ["viz", "--graph", str(src), "-o", str(out), "--top", "0"]
    assert main([*argv, "--min-component", "1"]) == 0
    default = json.loads(out.read_text("utf-8"))
    assert not [e for e in default["edges"] if e["kind"] == "statements"]
    edges = "met,holds_role,statements"
    assert main([*argv, "--min-component", "1", "--edges", edges]) == 0
    on = json.loads(out.read_text("utf-8"))
    types = {e["interaction_type"] for e in on["edges"] if e["kind"] == "statements"}
    assert types == {"DEMAND", "ACCUSE", "APPEAL"}
    capsys.readouterr()
    assert main([*argv, "--edges", "met,statments"]) == 2
    err = capsys.readouterr().err
    assert "statements" in err and "'statments'" in err


# where the middle of a statement edge (in its lane) is on the screen now
_WHERE = """(([agent, recipient, type]) => {
  const d = JSON.parse(document.getElementById('kg-data').textContent);
  const [s, x0, y0] = document.body.dataset.view.split(',').map(Number);
  const r = document.getElementById('kg-canvas').getBoundingClientRect();
  const at = i => [d.nodes[i].x * s + x0, d.nodes[i].y * s + y0];
  const a = d.nodes.findIndex(v => v.id === agent);
  const b = d.nodes.findIndex(v => v.id === recipient);
  const e = d.edges.find(e => e.type === type && e.from === a &&
    ((e.s === a && e.t === b) || (e.s === b && e.t === a)));
  const [ax, ay] = at(e.s), [bx, by] = at(e.t);
  const len = Math.hypot(bx - ax, by - ay) || 1, off = e.o * 3.5;
  return [r.left + (ax + bx) / 2 - (by - ay) / len * off,
          r.top + (ay + by) / 2 + (bx - ax) / len * off];
})(%s)"""


@pytest.mark.slow
def test_page_shows_statements_on_hover_and_click(SG, tmp_path, browser):
    url = _open(browser, write_network(SG, tmp_path / "said.html"))
    assert browser.evaluate("document.body.dataset.edges") == str(SG.number_of_edges())

    def move(x, y):
        browser.call(
            "Input.dispatchMouseEvent",
            {"type": "mouseMoved", "x": x, "y": y},
            session=True,
        )

    def hover(agent, recipient, type_):
        x, y = browser.evaluate(_WHERE % json.dumps([agent, recipient, type_]))
        move(x + 30, y + 30)
        move(x, y)
        assert browser.evaluate("document.getElementById('kg-tip').hidden") is False
        return browser.evaluate("document.getElementById('kg-tip').textContent"), x, y

    tip, x, y = hover(USA, RU, "DEMAND")
    assert tip.startswith("USA → Russland")  # who speaks, to whom
    assert "demands of (DEMAND) · 2 times" in tip
    assert DEMAND_A1 in tip  # the first sentence, at a glance
    assert "about: Abzug, Deeskalation" in tip
    tip, _, _ = hover(RU, USA, "ACCUSE")
    assert tip.startswith("Russland → USA") and "accuses (ACCUSE)" in tip
    assert EVIL_QUOTE in tip  # the quote, as text
    assert browser.evaluate("document.querySelectorAll('b, img').length") == 0
    # a click: the sentences with their articles, in the side panel
    for t in ("mouseMoved", "mousePressed", "mouseReleased"):
        browser.call(
            "Input.dispatchMouseEvent",
            {"type": t, "x": x, "y": y, "button": "left", "clickCount": 1},
            session=True,
        )
    info = browser.evaluate("document.getElementById('kg-info').textContent")
    assert "Evidence (2)" in info and DEMAND_A1 in info and DEMAND_A2 in info
    assert "Treffen in Brüssel" in info and "About (2)" in info
    # each type is a switch of its own
    before = int(browser.evaluate("document.body.dataset.edges"))
    browser.evaluate(
        "(() => { for (const l of document.querySelectorAll('.kg-statement'))"
        " if (l.textContent === 'demands of') l.querySelector('input').click(); })()"
    )
    time.sleep(0.2)  # drawn in the next frame
    assert int(browser.evaluate("document.body.dataset.edges")) == before - 1
    assert browser.problems(url) == []


@pytest.mark.slow
def test_node_panel_names_statements_both_ways(SG, tmp_path, browser):
    url = _open(browser, write_network(SG, tmp_path / "node.html"))
    info = _pin(browser, "Russland")
    assert "demand from: USA ×2" in info and "accuses: USA" in info
    info = _pin(browser, "USA")
    assert "demands of: Russland ×2" in info and "accused by: Russland" in info
    assert browser.problems(url) == []


GERMAN = """Scholz fordert Abzug

Bundeskanzler Olaf Scholz hat Russland am Montag in Berlin zum Abzug seiner Truppen \
aus der Ukraine aufgefordert. Der russische Außenminister Sergej Lawrow warf \
Deutschland daraufhin Einmischung vor. Scholz traf am Dienstag den französischen \
Präsidenten Emmanuel Macron in Paris.
"""


@pytest.mark.slow
def test_kg_build_then_viz_draws_what_the_text_says(tmp_path, capsys):
    """From German text through the shipped model to the page: the demand and the
    accusation of the text, each from its speaker, with its sentence."""
    from kg.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scholz.txt").write_text(GERMAN, encoding="utf-8")
    store = str(tmp_path / "store")
    assert main(["build", str(tmp_path / "in"), "--store", store, "-q"]) == 0
    everyone = ["--top", "0", "--min-component", "1", "-q"]
    out = tmp_path / "n.json"
    assert main(["viz", "--store", store, "-o", str(out), *everyone]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert not [e for e in data["edges"] if e["kind"] == "statements"]
    on = ["--edges", "met,holds_role,statements", *everyone]
    assert main(["viz", "--store", store, "-o", str(out), *on]) == 0
    data = json.loads(out.read_text("utf-8"))
    got = {
        (e["interaction_type"], e["agent"], e["recipient"])
        for e in data["edges"]
        if e["kind"] == "statements"
    }
    scholz, lawrow = n("person/olaf-scholz"), n("person/sergej-lawrow")
    assert got == {
        ("DEMAND", scholz, n("place/russland")),
        ("ACCUSE", lawrow, n("place/deutschland")),
    }
    page = tmp_path / "n.html"
    assert main(["viz", "--store", store, "-o", str(page), *on]) == 0
    html = page.read_text("utf-8")
    page_data = json.loads(re.search(r'id="kg-data">(.*?)</script>', html, re.S)[1])
    e = next(e for e in page_data["edges"] if e.get("type") == "ACCUSE")
    assert page_data["nodes"][e["from"]]["label"] == "Sergej Lawrow"
    [said] = [page_data["sentences"][i]["text"] for i in e["ev"]]
    assert "warf Deutschland daraufhin Einmischung vor" in said
