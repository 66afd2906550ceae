"""kg.store: the embedded Oxigraph store, replace-on-load, hashes, export, errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic, to_isomorphic

from kg.errors import InputError, StoreError
from kg.store import (
    article_graphs,
    article_hashes,
    corpus_graph_in_step,
    default_store_path,
    export_store,
    load_graph_file,
    open_store,
    patch_article_graph,
    remove_article,
    replace_article_graphs,
)

FIXTURE = Path(__file__).parents[1] / "data" / "fixture.trig"
SEED = "https://w3id.org/kg-news/id/article/000_c0e44895cd21100c"
KGR = "https://w3id.org/kg-news/id/"


def quads(store: ox.Store) -> set[ox.Quad]:
    return set(store)


@pytest.fixture
def store(tmp_path) -> ox.Store:
    s = open_store(tmp_path / "store")
    replace_article_graphs(s, FIXTURE)
    return s


def test_default_store_path(monkeypatch):
    monkeypatch.delenv("KG_STORE", raising=False)
    assert default_store_path() == Path("kg-store")
    monkeypatch.setenv("KG_STORE", "/data/kg")
    assert default_store_path() == Path("/data/kg")


def test_open_creates_the_directory_and_persists(tmp_path):
    path = tmp_path / "a" / "b"
    s = open_store(path)
    replace_article_graphs(s, FIXTURE)
    n = len(s)
    del s  # releases the lock
    again = open_store(path, read_only=True)
    assert len(again) == n == 826 + 759  # the article graphs and the corpus graph


def test_loading_twice_equals_loading_once(store):
    before = quads(store)
    graphs = replace_article_graphs(store, FIXTURE)
    assert quads(store) == before
    assert len(graphs) == 3 and all(isinstance(g, ox.NamedNode) for g in graphs)


def test_replace_drops_what_the_new_version_of_an_article_lacks(store):
    seed = ox.NamedNode(SEED)
    old = {q for q in store.quads_for_pattern(None, None, None, seed)}
    kept = [
        q for q in old if "meeting/" not in str(q.subject)
    ]  # article rebuilt without meetings
    replace_article_graphs(store, kept)
    now = set(store.quads_for_pattern(None, None, None, seed))
    assert now == set(kept) and len(now) < len(old)
    # the other articles are untouched
    assert len(article_graphs(store)) == 3


def test_replace_from_rdflib_dataset_and_bytes(tmp_path):
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    s = open_store(tmp_path / "s1")
    replace_article_graphs(s, ds)
    t = open_store(tmp_path / "s2")
    replace_article_graphs(t, FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    assert quads(s) == quads(t) and len(s) == 826 + 759


def test_triples_outside_a_named_graph_are_refused(store):
    # an article's triples must live in its own graph, or replacing could not find them
    nt = b"<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n"
    with pytest.raises(
        InputError, match="expected every triple in an article's named graph"
    ):
        replace_article_graphs(store, nt, format=ox.RdfFormat.N_TRIPLES)


def test_an_export_loads_back_its_corpus_graph_being_derived(store, tmp_path):
    # a kg export holds the corpus graph as its default graph: accepted (each of its
    # triples is stated by an article); one triple more in it is refused
    out = export_store(store, tmp_path / "all.nq")
    again = open_store(tmp_path / "again")
    replace_article_graphs(again, out)
    assert quads(again) == quads(store)
    extra = (
        out.read_bytes() + b"<https://e.org/a> <https://e.org/b> <https://e.org/c> .\n"
    )
    with pytest.raises(InputError, match="1 in the default graph only"):
        replace_article_graphs(open_store(tmp_path / "third"), extra)


def corpus(store: ox.Store) -> set[ox.Triple]:
    return {
        q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    }


def stated(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store if isinstance(q.graph_name, ox.NamedNode)}


def test_the_corpus_graph_states_each_fact_once(store):
    assert corpus(store) == stated(store) and len(corpus(store)) == 759
    assert corpus_graph_in_step(store)
    # the fixture's three articles all name Russland: one type triple, counted once
    russia = "<https://w3id.org/kg-news/id/place/russland>"
    n = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {russia} a ?class }}")
    graphs = store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {russia} a ?class }} }}"
    )
    classes = len(
        {
            q.object
            for q in store.quads_for_pattern(
                ox.NamedNode(russia[1:-1]), None, None, None
            )
            if q.predicate.value.endswith("#type")
        }
    )
    [[once]], [[per_article]] = list(n), list(graphs)
    assert int(once.value) == classes < int(per_article.value)


def test_removing_an_article_removes_exactly_what_only_it_stated(store):
    def own(g: str) -> set[ox.Triple]:
        return {
            q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g))
        }

    # the article sharing most entity descriptions with the others
    g = max(article_graphs(store), key=lambda g: len(own(g) & (stated(store) - own(g))))
    others = {t for h in article_graphs(store) if h != g for t in own(h)}
    assert own(g) & others and own(g) - others
    remove_article(store, g)
    assert corpus(store) == others and corpus_graph_in_step(store)


def test_random_replacements_keep_the_corpus_graph_in_step(store):
    import random

    rng = random.Random(7)
    graphs = {
        g: list(store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
        for g in article_graphs(store)
    }
    for _ in range(12):
        g = rng.choice(sorted(graphs))
        kept = [q for q in graphs[g] if rng.random() < 0.6]
        if kept and rng.random() < 0.8:
            replace_article_graphs(store, kept)
        else:
            remove_article(store, g)
        assert corpus(store) == stated(store)
    for quads_ in graphs.values():
        replace_article_graphs(store, quads_)
    assert corpus(store) == stated(store) and len(corpus(store)) == 759


def test_patching_an_article_graph_keeps_the_corpus_graph_in_step(store):
    import random

    rng = random.Random(11)
    for _ in range(10):
        g = rng.choice(sorted(article_graphs(store)))
        node = ox.NamedNode(g)
        own = {q.triple for q in store.quads_for_pattern(None, None, None, node)}
        # some shared with other articles, some only this one's
        removed = {t for t in own if rng.random() < 0.3}
        renamed = ox.NamedNode(f"{KGR}person/patched-{rng.randrange(3)}")
        added = {
            ox.Triple(renamed, t.predicate, t.object)
            for t in removed
            if rng.random() < 0.5
        } - own
        patch_article_graph(store, node, removed, added)
        now = {q.triple for q in store.quads_for_pattern(None, None, None, node)}
        assert now == (own - removed) | added
        assert corpus(store) == stated(store) and corpus_graph_in_step(store)
    patch_article_graph(store, ox.NamedNode(SEED), [], [])  # nothing to do
    assert corpus(store) == stated(store)


def test_a_store_of_an_older_kg_gets_its_corpus_graph(tmp_path):
    path = tmp_path / "old"
    old = open_store(path)
    old.extend(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG))  # graphs only
    assert len(old) == 826
    del old
    with pytest.raises(StoreError, match="older kg .* run `kg build --store"):
        open_store(path, read_only=True)
    upgraded = open_store(path)  # a writer adds it
    assert len(upgraded) == 826 + 759 and corpus_graph_in_step(upgraded)


def test_bad_rdf_is_an_input_error(store, tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_text("<a> <b> .\n")  # truncated quad
    with pytest.raises(InputError, match="bad.nq: expected valid RDF"):
        replace_article_graphs(store, bad, where=str(bad))


def test_remove_article_and_hashes(store):
    hashes = article_hashes(store)
    assert set(hashes) == set(article_graphs(store))
    assert all(len(h) == 64 for h in hashes.values())
    assert remove_article(store, SEED) is True
    assert remove_article(store, SEED) is False
    assert SEED not in article_hashes(store) and len(article_hashes(store)) == 2
    assert not any(q.graph_name == ox.NamedNode(SEED) for q in store)


def test_hash_outside_the_articles_own_graph_does_not_count(tmp_path):
    s = open_store(tmp_path / "s")
    h = ox.NamedNode("https://w3id.org/kg-news/ontology#contentHash")
    a, b = ox.NamedNode(KGR + "article/a"), ox.NamedNode(KGR + "article/b")
    s.add(ox.Quad(a, h, ox.Literal("1"), a))
    s.add(ox.Quad(a, h, ox.Literal("2"), b))  # a stray copy in another graph
    assert article_hashes(s) == {a.value: "1"}


@pytest.mark.parametrize("ext", [".nq", ".trig", ".jsonld"])
def test_export_keeps_the_graphs(store, tmp_path, ext):
    out = export_store(store, tmp_path / f"out{ext}")
    assert quads(load_graph_file(out)) == quads(store)


@pytest.mark.parametrize("ext", [".ttl", ".nt"])
def test_export_triples_is_the_corpus_graph(store, tmp_path, ext):
    out = export_store(store, tmp_path / f"out{ext}")
    back = load_graph_file(out)
    union = {ox.Triple(q.subject, q.predicate, q.object) for q in store}
    assert {q.triple for q in back} == union and len(union) == 759
    # a triples file is read as the corpus graph and as one named graph, its file: IRI
    assert {q.graph_name for q in back} == {
        ox.DefaultGraph(),
        ox.NamedNode(out.resolve().as_uri()),
    }
    assert len(back) == 2 * 759 and corpus_graph_in_step(back)


def test_named_questions_work_on_a_turtle_file(store, tmp_path):
    from kg.query import run_named, solutions

    back = load_graph_file(export_store(store, tmp_path / "all.ttl"))
    rows = solutions(run_named(back, "meetings_in_place", {"place": "Genf"}))
    assert len(rows) == 3


def test_export_matches_rdflib_reading_of_the_fixture(store, tmp_path):
    out = export_store(store, tmp_path / "out.trig")
    a, b = Dataset(), Dataset()
    a.parse(FIXTURE, format="trig")
    b.parse(out, format="trig")
    for g in a.graphs():
        if len(g):
            assert isomorphic(to_isomorphic(g), to_isomorphic(b.graph(g.identifier)))


def test_export_is_atomic_on_failure(store, tmp_path):
    out = tmp_path / "out.nq"
    out.write_text("previous")
    with pytest.raises(InputError, match="expected a file ending in"):
        export_store(store, tmp_path / "out.xyz")
    assert out.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("ext", "format"),
    [(".rdf", ox.RdfFormat.RDF_XML), (".json", ox.RdfFormat.JSON_LD)],
)
def test_load_graph_file_reads_rdf_xml_and_json(store, tmp_path, ext, format):
    # formats kg does not write but `kg viz --graph` has always read
    out = tmp_path / f"all{ext}"
    store.dump(str(out), format, from_graph=ox.DefaultGraph())
    back = load_graph_file(out)
    assert {q.triple for q in back} == {q.triple for q in store}
    with pytest.raises(InputError, match="expected a file ending in"):
        export_store(store, out)  # reading them does not make them export formats


def test_load_graph_file_errors(tmp_path):
    with pytest.raises(InputError, match="expected an RDF file, got none"):
        load_graph_file(tmp_path / "missing.ttl")
    (tmp_path / "dir.ttl").mkdir()
    with pytest.raises(InputError, match="expected an RDF file, got a directory"):
        load_graph_file(tmp_path / "dir.ttl")
    with pytest.raises(InputError, match="expected a file ending in"):
        load_graph_file(FIXTURE.with_suffix(".txt"))
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b .\n")  # object missing
    with pytest.raises(
        InputError, match="bad.ttl: expected valid Turtle, got a syntax error: .*line 2"
    ):
        load_graph_file(bad)


def test_read_only_open_of_a_missing_store(tmp_path):
    with pytest.raises(
        StoreError, match="expected an Oxigraph store, got nothing there"
    ):
        open_store(tmp_path / "none", read_only=True)
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="got an empty directory"):
        open_store(tmp_path / "empty", read_only=True)


def test_a_file_is_no_store(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match="expected a store directory, got a file"):
        open_store(f)


def test_damaged_store(tmp_path):
    path = tmp_path / "s"
    s = open_store(path)
    replace_article_graphs(s, FIXTURE)
    del s
    (path / "CURRENT").write_text("garbage")  # RocksDB's pointer to the live manifest
    with pytest.raises(
        StoreError, match="expected an? (intact|readable) Oxigraph store"
    ):
        open_store(path)


def test_store_locked_by_another_process(tmp_path):
    path = tmp_path / "s"
    s = open_store(path)  # this process holds the write lock
    replace_article_graphs(s, FIXTURE)
    code = (
        "import sys\n"
        "from kg.store import open_store\n"
        "from kg.errors import StoreError\n"
        f"try:\n    open_store({str(path)!r})\n"
        "except StoreError as e:\n    print(e); sys.exit(3)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 3, r.stderr
    assert "locked by another process" in r.stdout
    # readers may still open it
    code = (
        "from kg.store import open_store\n"
        f"print(len(open_store({str(path)!r}, read_only=True)))"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.strip() == "1585", r.stderr
