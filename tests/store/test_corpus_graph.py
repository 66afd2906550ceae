"""The corpus graph answers a newcomer's SPARQL as a set: the questions of
bench/bench_natural.py give on kg's store what rdflib gives on the set-merged
graph, and differ from what Oxigraph's union (a bag) would give."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, URIRef

from kg.query import run_query
from kg.store import open_store, replace_article_graphs

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "data" / "fixture.trig"


def _bench():
    spec = importlib.util.spec_from_file_location(
        "bench_natural", ROOT / "bench" / "bench_natural.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("corpus") / "store")
    replace_article_graphs(s, FIXTURE)
    return s


@pytest.fixture(scope="module")
def merged() -> Graph:
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def test_there_are_at_least_ten_questions():
    assert len(BENCH.QUESTIONS) >= 10


@pytest.mark.parametrize(
    "question", BENCH.QUESTIONS, ids=[name for name, _, _ in BENCH.QUESTIONS]
)
def test_each_question_answers_as_on_the_set_merged_graph(store, merged, question):
    name, _, sparql = question
    var = BENCH.count_var(sparql)
    ours = BENCH.summarize(list(run_query(store, sparql, where=name)), var)
    theirs = BENCH.summarize(list(merged.query(sparql)), var)
    assert ours == theirs


def test_a_plain_count_counts_facts_not_the_articles_repeating_them(store, merged):
    # the fixture's articles name some persons again; Oxigraph's union default
    # graph (a bag) would count each of their type triples once per article
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?x a <http://schema.org/Person> }"
    [ours] = run_query(store, sparql)
    [bag] = store.query(sparql, use_default_graph_as_union=True)
    persons = set(merged.subjects(RDF.type, URIRef("http://schema.org/Person")))
    assert int(ours["n"].value) == len(persons) < int(bag["n"].value)


@pytest.mark.parametrize(
    "walk, link",
    [
        ("articles_per_country", "articles_per_country_linked"),
        ("top_persons_by_articles", "top_persons_by_articles_linked"),
    ],
)
def test_the_article_link_answers_as_the_walk_over_mentions(store, walk, link):
    # an article schema:mentions exactly the entities its kg:Mention nodes name
    q = {name: sparql for name, _, sparql in BENCH.QUESTIONS}
    rows = sorted(tuple(map(str, r)) for r in run_query(store, q[walk]))
    assert rows and rows == sorted(
        tuple(map(str, r)) for r in run_query(store, q[link])
    )
