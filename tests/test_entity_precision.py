"""``bench/entity_precision.py`` on a tiny hand-made store (issue 15).

A few quads in a pyoxigraph store written to ``tmp_path``: persons and one
organisation typed in article graphs (plus a typing in a non-article graph, which
must not count), and a judged TSV in the format of ``bench/entity_precision.tsv``.
The tests check the ranking (article count, ties by IRI), the precision figure and
the unjudged list, and the one-line errors for a missing store or TSV.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from tests.conftest import ROOT, load_script

ep = load_script(ROOT / "bench" / "entity_precision.py")

KG = "https://w3id.org/kg-news/ontology#"
ID = "https://w3id.org/kg-news/id/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
NAME = ox.NamedNode("http://schema.org/name")

# entity slug, kind class, articles typing it
TYPINGS = [
    ("person/merkel", "Person", ["a1", "a2", "a3"]),
    ("person/admira", "Person", ["a1", "a2"]),  # a club typed as a person
    ("person/bauer", "Person", ["a3", "a4"]),  # ties with admira: IRI order
    ("person/josef", "Person", ["a2"]),
    ("person/zeta", "Person", ["a4"]),
    ("org/oevp", "Organisation", ["a1", "a2"]),
]

JUDGED = f"""# comment lines are skipped
kind\tiri\tname\tarticles\tverdict\tnote
person\t{ID}person/merkel\tMerkel\t3\tok\tchancellor
person\t{ID}person/admira\tAdmira\t2\tnot\tfootball club
person\t{ID}person/josef\tJosef\t1\tfragment\tfirst name
org\t{ID}org/oevp\tÖVP\t2\tok\tparty
"""


@pytest.fixture
def store_dir(tmp_path):
    """A store directory with the typings above (closed again before use)."""
    path = tmp_path / "store"
    store = ox.Store(str(path))
    for slug, cls, articles in TYPINGS:
        e = ox.NamedNode(ID + slug)
        for a in articles:
            g = ox.NamedNode(ID + "article/" + a)
            store.add(ox.Quad(e, RDF_TYPE, ox.NamedNode(KG + cls), g))
            store.add(ox.Quad(e, NAME, ox.Literal(slug.split("/")[1].title()), g))
    # typings outside the article graphs (e.g. corpus graphs) must not count: were
    # they counted, person/aaa (five such graphs) would head the ranking
    for i in range(5):
        store.add(
            ox.Quad(
                ox.NamedNode(ID + "person/aaa"),
                RDF_TYPE,
                ox.NamedNode(KG + "Person"),
                ox.NamedNode(ID + f"corpus/g{i}"),
            )
        )
    store.flush()
    del store
    return path


@pytest.fixture
def judged(tmp_path):
    path = tmp_path / "judged.tsv"
    path.write_text(JUDGED, encoding="utf-8")
    return path


def test_ranking_by_article_count_then_iri(store_dir):
    graphs, _ = ep.load_kind(ox.Store.read_only(str(store_dir)), "person")
    top = ep.top_entries(graphs, 4)
    assert [e.rsplit("/", 1)[-1] for e in top] == ["merkel", "admira", "bauer", "josef"]


def test_precision_and_unjudged(store_dir, judged):
    store = ox.Store.read_only(str(store_dir))
    graphs, _ = ep.load_kind(store, "person")
    top = ep.top_entries(graphs, 4)
    prec, counts, unjudged = ep.precision("person", top, ep.load_judged(judged))
    # judged in the top 4: merkel ok, admira not, josef fragment -> 1/3
    assert prec == pytest.approx(1 / 3)
    assert counts == {"ok": 1, "not": 1, "fragment": 1}
    assert unjudged == [ID + "person/bauer"]


def test_command_line_report(store_dir, judged, capsys):
    rc = ep.main(["--store", str(store_dir), "--judged", str(judged), "--top", "4"])
    out = capsys.readouterr().out
    assert rc == 0
    assert "precision 0.333 (1 ok / 3 judged)" in out
    assert "not precise:" in out and "Admira" in out and "Josef" in out
    # the unjudged entry is printed as a TSV line to judge and append
    assert f"person\t{ID}person/bauer\tBauer\t2\t?\t" in out
    # orgs: the only org is judged ok; zeta (rank 5) is outside the top 4
    assert "orgs: precision 1.000 (1/1 judged" in out
    assert "zeta" not in out
    assert "person/aaa" not in out


def test_missing_store_or_tsv_is_one_line(tmp_path, store_dir, judged, capsys):
    assert ep.main(["--store", str(tmp_path / "nope"), "--judged", str(judged)]) == 1
    err = capsys.readouterr().err.strip()
    assert "nope" in err and "store" in err and len(err.splitlines()) == 1
    assert (
        ep.main(["--store", str(store_dir), "--judged", str(tmp_path / "x.tsv")]) == 1
    )
    err = capsys.readouterr().err.strip()
    assert "x.tsv" in err and "TSV" in err and len(err.splitlines()) == 1
