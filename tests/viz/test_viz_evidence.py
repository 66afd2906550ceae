"""kg.viz.graph: the evidence sentences of each edge (what the HTML page quotes when
an edge is clicked): which sentences, from which articles, how many."""

from __future__ import annotations

from mini_graph import EV, EVIL_SENTENCE, OSZE, RU, USA, B, L, build_mini, n
from rdflib import Dataset, Literal, URIRef

from kg.rdf.vocab import KG, KGR
from kg.viz import graph_to_networkx
from kg.viz.graph import EVIDENCE_PER_EDGE

RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
S1, S4 = n("sentence/a1/0"), n("sentence/a2/100")


def test_each_kind_of_edge_has_its_sentences(G):
    # a meeting's evidence (prov:wasDerivedFrom), a membership's, a co-mention
    assert G.edges[B, L, "met"]["sentences"] == [S1]
    assert G.edges[B, USA, "holds_role"]["sentences"] == [S1]
    assert G.edges[L, RU, "holds_role"]["sentences"] == [S1]
    assert G.edges[EV, OSZE, "mentioned_together"]["sentences"] == [S4]
    assert G.edges[EV, OSZE, "holds_role"]["sentences"] == [S4]
    # the second sentence naming Blinken and Lawrow has no kg:text: not evidence
    assert G.edges[B, L, "mentioned_together"]["sentences"] == [S1]
    assert G.graph["sentences"][S4] == {
        "text": EVIL_SENTENCE,
        "article": n("article/a2"),
    }
    used = {s for *_, d in G.edges(data=True) for s in d["sentences"]}
    assert set(G.graph["sentences"]) == used


def test_a_date_range_keeps_only_sentences_of_articles_in_it():
    G = graph_to_networkx(build_mini(), since="2022-02-01")
    assert S1 not in G.graph["sentences"]  # a1 is of January
    for *_, d in G.edges(data=True):
        assert S1 not in d["sentences"]


def test_sentences_are_capped_per_edge_one_per_article_first():
    ds = Dataset()
    a, b = KGR["person/a"], KGR["person/b"]
    for k in range(3):  # three articles of four sentences naming both
        art = KGR[f"article/x{k}"]
        g = ds.graph(art)
        g.add((art, RDF_TYPE, KG.Article))
        g.add((art, URIRef("http://schema.org/headline"), Literal(f"H{k}", lang="de")))
        g.add(
            (
                art,
                URIRef("http://schema.org/datePublished"),
                Literal(f"2022-0{3 - k}-01", datatype=XSD_DATE),
            )
        )
        for x, name in ((a, "A"), (b, "B")):
            g.add((x, RDF_TYPE, KG.Person))
            g.add((x, URIRef("http://schema.org/name"), Literal(name, lang="de")))
        for i in range(4):
            s = KGR[f"sentence/x{k}/{i * 10}"]
            g.add((s, RDF_TYPE, KG.Sentence))
            g.add((s, KG.inArticle, art))
            g.add((s, KG.text, Literal(f"Satz {k}.{i}", lang="de")))
            for x in (a, b):
                m = KGR[f"mention/x{k}/{i}-{x.split('/')[-1]}"]
                g.add((m, KG.mentionOf, x))
                g.add((m, KG.inSentence, s))
                g.add((m, KG.inArticle, art))
    G = graph_to_networkx(ds)
    d = G.edges[str(a), str(b), "mentioned_together"]
    assert d["weight"] == 12
    assert len(d["sentences"]) == EVIDENCE_PER_EDGE == 5
    # the first sentence of each article, oldest article first, then the next ones
    assert d["sentences"][:3] == [n(f"sentence/x{k}/0") for k in (2, 1, 0)]
    assert d["sentences"][3:] == [n("sentence/x2/10"), n("sentence/x2/20")]
