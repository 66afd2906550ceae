"""Generalisation on real articles the rules were not written for: DER STANDARD
(10kGNAD, International section). Slow: runs the shipped model."""

from __future__ import annotations

import csv
import itertools
import json

import pytest
from rdflib import Dataset

from kg.build import build
from kg.nlp import gazetteer
from tests.conftest import ROOT, SHARED

pytestmark = [pytest.mark.slow, pytest.mark.shared]

CSV = SHARED / "data" / "10kgnad" / "test.csv"
N = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The first N International articles as JSONL, built into a TriG file."""
    d = tmp_path_factory.mktemp("corpus")
    src = d / "intl.jsonl"
    texts = {}
    with CSV.open(encoding="utf-8") as f, src.open("w", encoding="utf-8") as out:
        rows = (
            r
            for r in csv.reader(f, delimiter=";", quotechar="'")
            if r[0] == "International"
        )
        for i, (_, text) in enumerate(itertools.islice(rows, N)):
            texts[f"intl-{i}"] = text
            out.write(
                json.dumps({"id": f"intl-{i}", "text": text}, ensure_ascii=False) + "\n"
            )
    out_file = d / "intl.trig"
    summary = build([src], output=out_file)
    ds = Dataset(default_union=True)
    ds.parse(out_file, format="trig")
    return ds, texts, summary


PREFIXES = """PREFIX schema: <http://schema.org/>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def test_every_article_is_built(corpus) -> None:
    ds, texts, summary = corpus
    assert summary.documents == N
    assert summary.entities > 5 * N  # international news is dense with names


def test_mention_offsets_slice_the_source_text(corpus) -> None:
    ds, texts, _ = corpus
    q = (
        PREFIXES
        + """SELECT ?art ?a ?b ?e WHERE {
        ?m a kg:Mention ; kg:anchorOf ?a ; kg:beginIndex ?b ; kg:endIndex ?e ;
           kg:inArticle ?art }"""
    )
    rows = list(ds.query(q))
    assert len(rows) > 10 * N
    for r in rows:
        text = texts[str(r.art).rsplit("/", 1)[-1]]
        assert text[int(r.b) : int(r.e)] == str(r.a)


def test_no_country_or_capital_is_a_person(corpus) -> None:
    ds, _, _ = corpus
    q = PREFIXES + "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }"
    for r in ds.query(q):
        entry = gazetteer.lookup(str(r.n))
        if entry is None or entry.label == "PER":
            continue
        # a small town may share a first name ("Marion"); a state or capital may not
        assert entry.kind != "country", f"{r.n} is a country"
        assert gazetteer.capital_of(entry) is None, f"{r.n} is a capital"


def test_roles_are_found_with_their_country(corpus) -> None:
    ds, _, _ = corpus
    q = (
        PREFIXES
        + """SELECT ?p ?r ?o WHERE { ?m a org:Membership ; org:member/schema:name ?p ;
        org:role/rdfs:label ?r . OPTIONAL { ?m org:organization/schema:name ?o } }"""
    )
    rows = [(str(a), str(b), str(c) if c else None) for a, b, c in ds.query(q)]
    assert len(rows) >= N // 2
    with_org = [r for r in rows if r[2]]
    assert len(with_org) >= len(rows) // 3
    # "Der türkische Präsident Recep Tayyip Erdoğan"
    assert any(
        p.endswith("Erdoğan") and r == "Präsident" and o == "Türkei" for p, r, o in rows
    )


def test_meetings_have_attendees_and_evidence(corpus) -> None:
    ds, _, _ = corpus
    q = (
        PREFIXES
        + """SELECT ?m (COUNT(DISTINCT ?a) AS ?n) WHERE {
        ?m a kg:Meeting ; schema:attendee ?a } GROUP BY ?m"""
    )
    rows = list(ds.query(q))
    assert len(rows) >= 5
    assert all(int(r.n) >= 1 for r in rows)


def test_corpus_stats_counts_what_extraction_finds(tmp_path, capsys) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "corpus_stats", ROOT / "bench" / "corpus_stats.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    csv_path = tmp_path / "two.csv"
    csv_path.write_text(
        "International;'Außenminister Sergej Lawrow traf am Montag in Genf "
        "US-Außenminister John Kerry.'\n"
        "Sport;'Das Spiel endete torlos.'\n",
        encoding="utf-8",
    )
    assert module.main(["--csv", str(csv_path), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["articles"] == 2
    assert got["persons"] == 2 and got["meetings"] == 1
    assert got["meetings_with_place"] == 1 and got["attendees"] == 2
    assert got["roles"] == 2 and got["roles_with_organisation"] >= 1
