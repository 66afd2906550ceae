"""kg.viz.rank and the readable view of graph_to_networkx: ranking and the top N,
small components, likely NER errors, communities under any hash seed, and label
placement in the figures."""

from __future__ import annotations

import random

import networkx as nx
import pytest
from hash_seeds import outputs_under_hash_seeds
from mini_graph import NATO, OSZE, RU, USA, B, L, R, build_mini, f
from rdflib import Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, Namespace

from kg.errors import InputError
from kg.rdf.vocab import KG, KGR
from kg.viz import graph_to_networkx
from kg.viz.rank import (
    actor_scores,
    by_rank,
    communities,
    drop_small_components,
    top_nodes,
)
from kg.viz.static import place_labels

SCHEMA = Namespace("http://schema.org/")


def _star_and_pair() -> nx.MultiGraph:
    """A hub met four people (one of them twice), a role edge, and a pair apart."""
    G = nx.MultiGraph()
    for x in "hub a b c d x y".split():
        G.add_node(x, label=x, articles=[])
    G.add_edge("hub", "a", key="met", kind="met", weight=2)
    for x in "bcd":
        G.add_edge("hub", x, key="met", kind="met", weight=1)
    G.add_edge("a", "b", key="holds_role", kind="holds_role", weight=1)
    G.add_edge("x", "y", key="met", kind="met", weight=1)
    # co-mentions do not count for the score, only for ties
    G.add_edge("c", "d", key="mentioned_together", kind="mentioned_together", weight=9)
    return G


def test_weighted_degree_counts_meetings_and_roles_not_co_mentions():
    G = _star_and_pair()
    scores = actor_scores(G)
    assert scores == {"hub": 5, "a": 3, "b": 2, "c": 1, "d": 1, "x": 1, "y": 1}
    # the tie of c, d, x, y: c and d have the co-mention weight
    assert by_rank(G, scores) == ["hub", "a", "b", "c", "d", "x", "y"]
    pr = actor_scores(G, by="pagerank")
    assert max(pr, key=lambda n: pr[n]) == "hub"
    bc = actor_scores(G, by="betweenness")
    assert bc["hub"] > 0 and bc["x"] == 0
    with pytest.raises(InputError, match="--rank-by: expected one of"):
        actor_scores(G, by="fame")


def test_top_n_counts_only_what_will_be_shown():
    G = _star_and_pair()
    ranked = ["x", "hub", "a", "y", "b", "c", "d"]
    # x alone would be left out after the cut: it does not count until y comes
    assert top_nodes(G, ranked, 2) == {"x", "hub", "a"}
    assert top_nodes(G, ranked, 4) == {"x", "hub", "a", "y"}
    # pairs are left out too: hub-a and x-y count once b and c join the hub
    assert top_nodes(G, ranked, 4, min_component=3) == set(ranked) - {"d"}
    # the focus stays whatever its rank
    assert "d" in top_nodes(G, ranked, 2, keep=["d"])
    assert top_nodes(G, ranked, 0) == set(G)
    with pytest.raises(InputError, match="--top: expected an integer >= 0"):
        top_nodes(G, ranked, -1)


def test_small_components_are_removed_and_counted():
    G = _star_and_pair()
    G.add_node("alone")
    H = G.copy()
    assert drop_small_components(H, 3) == 3  # x, y and alone
    assert set(H) == {"hub", "a", "b", "c", "d"}
    H = G.copy()
    assert drop_small_components(H, 3, keep={"y"}) == 1  # the focus keeps its pair
    assert drop_small_components(G.copy(), 1) == 0
    with pytest.raises(InputError, match="--min-component"):
        drop_small_components(G, 0)


def test_the_readable_view_of_the_mini_graph():
    G = graph_to_networkx(
        build_mini(), edges="met,holds_role", min_component=3, top=3, keep_junk=False
    )
    assert all(d["kind"] != "mentioned_together" for *_, d in G.edges(data=True))
    ranks = sorted((d["rank"], n) for n, d in G.nodes(data=True))
    assert [r for r, _ in ranks] == list(range(1, len(G) + 1))
    assert ranks[0][1] == L  # met Blinken twice, USA, Russland, NATO, Rjabkow
    scores = [G.nodes[n]["score"] for _, n in ranks]
    assert scores == sorted(scores, reverse=True)
    assert G.graph["filtered"].get("beyond the top 3", 0) > 0
    assert {G.nodes[n]["community"] for n in G} == set(range(G.graph["communities"]))
    whole = graph_to_networkx(build_mini())
    assert len(whole) > len(G) and "filtered" in whole.graph
    assert sum(G.graph["filtered"].values()) == len(whole) - len(G) + sum(
        whole.graph["filtered"].values()
    )


def test_focus_is_never_cut():
    G = graph_to_networkx(build_mini(), focus="Sergej Rjabkow", top=1, min_component=3)
    assert R in G and G.graph["focus_nodes"] == [R]


def _with_junk():
    """The mini graph and, in its second article, an organisation named by one
    common word in two sentences ("Vorgehensweise"), a name in one sentence only
    ("Lucky"), and an organisation named by a common word ("Allianz") where a
    person holds a post."""
    ds = build_mini()
    art = KGR["article/a2"]
    g = ds.graph(art)

    def entity(slug, name, cls):
        iri = KGR[slug]
        g.add((iri, RDF.type, cls))
        g.add((iri, SCHEMA["name"], Literal(name, lang="de")))
        return iri

    def sentence(start, *mentioned):
        s = KGR[f"sentence/a2/{start}"]
        g.add((s, RDF.type, KG.Sentence))
        g.add((s, KG.inArticle, art))
        for i, x in enumerate(mentioned):
            m = KGR[f"mention/a2/{start + i}-{start + i + 1}"]
            g.add((m, RDF.type, KG.Mention))
            g.add((m, KG.mentionOf, x))
            g.add((m, KG.inSentence, s))
            g.add((m, KG.inArticle, art))
        return s

    junk = entity("org/vorgehensweise", "Vorgehensweise", KG.Organisation)
    once = entity("org/lucky", "Lucky", KG.Organisation)
    firm = entity("org/allianz", "Allianz", KG.Organisation)
    boss = entity("person/max-muster", "Max Muster", KG.Person)
    sentence(200, junk, URIRef(L))
    sentence(300, junk, URIRef(B))
    s = sentence(400, once, boss, firm)
    ms, role = KGR["membership/max-muster/chef"], KGR["role/chef"]
    g.add((role, RDF.type, ORG.Role))
    g.add((role, RDFS.label, Literal("Chef", lang="de")))
    g.add((ms, RDF.type, ORG.Membership))
    g.add((ms, ORG.member, boss))
    g.add((ms, ORG.role, role))
    g.add((ms, ORG.organization, firm))
    g.add((ms, PROV.wasDerivedFrom, s))
    return ds, str(junk), str(once), str(firm), str(boss)


def test_likely_ner_errors_are_left_out_and_counted():
    ds, junk, once, firm, boss = _with_junk()
    G = graph_to_networkx(ds, keep_junk=False)
    assert junk not in G and once not in G
    assert firm in G and boss in G  # a role is a fact: a common word stays
    assert G.graph["filtered"]["common-word name"] == 1
    assert G.graph["filtered"]["single mention"] == 1
    kept = graph_to_networkx(ds)
    assert {junk, once, firm, boss} <= set(kept)
    assert "common-word name" not in kept.graph["filtered"]


def test_min_articles():
    G = graph_to_networkx(build_mini(), min_articles=2)
    assert all(len(d["articles"]) >= 2 for _, d in G.nodes(data=True))
    assert G.graph["filtered"]["fewer than 2 articles"] > 0
    with pytest.raises(InputError, match="--min-articles: expected an integer >= 1"):
        graph_to_networkx(build_mini(), min_articles=0)


_COMMUNITIES = """
import json
import networkx as nx
from kg.viz.rank import communities, top_nodes, by_rank, actor_scores
G = nx.MultiGraph()
groups = [[f"kgr:person/{g}{i}" for i in range(8)] for g in "abcd"]
for g in groups:
    for i, u in enumerate(g):
        for v in g[i + 1 :]:
            if (i + len(v)) % 3:
                G.add_edge(u, v, key="met", kind="met", weight=1 + i % 2)
for g, h in zip(groups, groups[1:]):
    G.add_edge(g[0], h[-1], key="holds_role", kind="holds_role", weight=1)
ranked = by_rank(G, actor_scores(G, by="pagerank"))
print(json.dumps({"c": communities(G), "top": sorted(top_nodes(G, ranked, 10))}))
"""


def test_communities_are_the_same_under_any_hash_seed():
    assert len(outputs_under_hash_seeds(_COMMUNITIES, seeds=("0", "1", "2", "3"))) == 1


def test_communities_number_the_largest_first():
    G = nx.MultiGraph()
    nx.add_path(G, ["a", "b", "c", "a"])
    nx.add_path(G, ["p", "q", "r", "s", "t", "p", "r"])
    c = communities(G)
    assert {c["p"], c["q"], c["t"]} == {0} and {c["a"], c["b"]} == {1}


def test_communities_do_not_depend_on_the_order_nodes_were_added():
    # two communities of the same size: which is 0 must not follow the order in
    # which the store happened to answer (it decides the order of G's nodes)
    edges = [("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x")]
    seen = set()
    for order in (edges, edges[::-1], edges[3:] + edges[:3]):
        G = nx.MultiGraph()
        G.add_edges_from(order)
        seen.add(tuple(sorted(communities(G).items())))
    assert len(seen) == 1
    assert dict(next(iter(seen)))["a"] == 0  # ties go to the first name


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_placed_labels_never_overlap():
    rng = random.Random(1)
    candidates = []
    for _ in range(300):
        x, y = rng.uniform(0, 500), rng.uniform(0, 500)
        w, h = rng.uniform(20, 80), 10
        candidates.append(
            [(x - w / 2, y, x + w / 2, y + h), (x - w / 2, y - h, x + w / 2, y)]
        )
    legend = (0, 0, 100, 100)
    nodes = [(x0, y0 - 3, x0 + 6, y0 + 3) for (x0, y0, _, _), _ in candidates]
    picks = place_labels(candidates, keep_out=[legend], avoid=nodes)
    placed = [c[p] for c, p in zip(candidates, picks, strict=True) if p is not None]
    assert 30 < len(placed) < 300  # some fit, not all
    assert not any(_overlap(b, legend) for b in placed)
    assert not any(
        _overlap(a, b) for i, a in enumerate(placed) for b in placed[i + 1 :]
    )
    # the first label (the most central actor) is placed if it can be at all
    assert picks[0] is not None or all(_overlap(b, legend) for b in candidates[0])


def test_a_label_covers_a_node_only_if_it_must():
    box = [(0, 0, 10, 2), (0, 10, 10, 12)]
    node = (4, 0, 6, 2)
    assert place_labels([box], avoid=[node]) == [1]
    assert place_labels([[box[0]]], avoid=[node]) == [0]
    assert place_labels([[box[0]]], keep_out=[node]) == [None]


def test_figure_labels_do_not_overlap(tmp_path, monkeypatch):
    """The figure labels exactly the nodes place_labels chose, and their text boxes,
    as matplotlib draws them, do not overlap."""
    import kg.viz.static as static
    from kg.viz import write_network

    seen = {}
    real = static.place_labels

    def spy(candidates, **kw):
        picks = real(candidates, **kw)
        seen["boxes"] = [
            c[p] for c, p in zip(candidates, picks, strict=True) if p is not None
        ]
        return picks

    monkeypatch.setattr(static, "place_labels", spy)
    G = nx.MultiGraph()
    for i in range(60):  # a dense clique, long names: not every label fits
        G.add_node(
            i,
            label=f"A rather long actor name {i}",
            type="person",
            degree=60,
            articles=[],
        )
    for i in range(60):
        for j in range(i + 1, 60):
            G.add_edge(i, j, key="met", kind="met", weight=1)
    for n, c in communities(G).items():
        G.nodes[n]["community"] = c
    write_network(G, tmp_path / "g.svg")
    boxes = seen["boxes"]
    assert 0 < len(boxes) < 60
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_mini_graph_attributes():
    G = graph_to_networkx(build_mini())
    for n in (B, L, R, NATO, OSZE, USA, RU):
        d = G.nodes[n]
        assert isinstance(d["score"], float) and isinstance(d["rank"], int)
        assert isinstance(d["community"], int)
    assert f("person/evil") in G


def test_common_words_by_the_shipped_lexicon():
    from kg.nlp.lexicon import _shipped_vocab, is_common_word

    if _shipped_vocab() is None:
        pytest.skip("the shipped model is not installed")
    assert is_common_word("Vorgehensweise") and is_common_word("Bezahlt")
    # names: a surname, a first name, a proper noun in UD, an acronym, a country
    for name in ("Kern", "Hans", "Union", "ÖBB", "Österreich", "Merkel"):
        assert not is_common_word(name), name
    assert not is_common_word("Sleep")  # English: the lexicon does not know it
