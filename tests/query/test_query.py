"""kg.query and the `kg query` / `kg export` commands: headers, parameter binding,
errors, output formats, start-up without spaCy."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.errors import QueryError
from kg.query import (
    bind_params,
    format_results,
    parse_param_args,
    parse_query_text,
    resolve_entity,
    run_query,
)
from kg.store import (
    load_graph_file,
    open_store,
    rebuild_corpus_graph,
    replace_article_graphs,
)

FIXTURE = Path(__file__).parents[1] / "data" / "fixture.trig"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return load_graph_file(FIXTURE)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kg") / "store"
    s = open_store(path)
    replace_article_graphs(s, FIXTURE)
    del s
    return path


HEADER = """# description: A test
#   query.
# param: city (literal@de) – the city
# param: day (date, default 2022-01-01) – a day
# param: who (entity, optional) – someone
# example: kg query t --param city=Genf
SELECT ?city ?day ?who WHERE { }
"""


def test_header():
    q = parse_query_text(HEADER, name="t")
    assert q.description == "A test query."
    assert [(p.name, p.type, p.optional, p.default) for p in q.params] == [
        ("city", "literal@de", False, None),
        ("day", "date", False, "2022-01-01"),
        ("who", "entity", True, None),
    ]
    assert q.params[0].description == "the city"
    assert q.examples == ("kg query t --param city=Genf",)


@pytest.mark.parametrize(
    "line, match",
    [
        ("# param: x (float)", "expected a type among"),  # no such type
        ("# param: x (date, sometimes)", "expected 'optional' or 'default VALUE'"),
        ("# param: x", "expected '# param: NAME \\(TYPE\\)"),
    ],
)
def test_bad_header(line, match):
    with pytest.raises(QueryError, match=match):
        parse_query_text(line + "\nSELECT * {}", name="t")


def test_params_become_typed_terms(store):
    q = parse_query_text(HEADER, name="t")
    subs = bind_params(q, {"city": "Genf", "who": "Rjabkow"}, store)
    assert subs[ox.Variable("city")] == ox.Literal("Genf", language="de")
    assert subs[ox.Variable("day")] == ox.Literal(
        "2022-01-01", datatype=ox.NamedNode(XSD + "date")
    )
    assert subs[ox.Variable("who")] == ox.NamedNode(
        "https://w3id.org/kg-news/id/person/sergej-rjabkow"
    )
    subs = bind_params(q, {"city": "Genf"}, store)
    assert ox.Variable("who") not in subs  # optional and absent: a free variable


def test_a_value_is_never_pasted_into_the_query(store):
    # an injection attempt stays one literal that matches nothing
    q = parse_query_text(
        "# param: name (literal@de) – x\n"
        "SELECT ?name ?p WHERE { ?p <http://schema.org/name> ?name }",
        name="t",
    )
    evil = 'Genf"@de } UNION { ?p ?q ?name } #'
    rows = list(run_query(store, q.text, substitutions=bind_params(q, {"name": evil})))
    assert rows == []
    rows = list(
        run_query(store, q.text, substitutions=bind_params(q, {"name": "Genf"}))
    )
    assert {r["p"].value for r in rows} == {"https://w3id.org/kg-news/id/place/genf"}


@pytest.mark.parametrize(
    "values, match",
    [
        ({}, "expected --param city=… \\(literal@de: the city\\), got none"),
        (
            {"city": "Genf", "town": "x"},
            "expected parameters city, day, who, got unknown town",
        ),
        (
            {"city": "Genf", "day": "9.1.2022"},
            "--param day: expected a date YYYY-MM-DD, got '9.1.2022'",
        ),
        (
            {"city": "Genf", "who": "Niemand"},
            "who=Niemand: expected the name of an entity",
        ),
        ({"city": "Genf", "who": "kgr:person/x y"}, "--param who: expected an IRI"),
    ],
)
def test_bad_params(store, values, match):
    q = parse_query_text(HEADER, name="t")
    with pytest.raises(QueryError, match=match):
        bind_params(q, values, store)


def test_parse_param_args():
    assert parse_param_args(["a=1", "b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    with pytest.raises(QueryError, match="expected NAME=VALUE, got 'novalue'"):
        parse_param_args(["novalue"])
    with pytest.raises(QueryError, match="expected once, got twice"):
        parse_param_args(["a=1", "a=2"])


def test_resolve_entity(store):
    kgr = "https://w3id.org/kg-news/id/"
    assert (
        resolve_entity(store, "Antony Blinken").value == kgr + "person/antony-blinken"
    )
    assert (
        resolve_entity(store, "blinken").value == kgr + "person/antony-blinken"
    )  # any case
    assert (
        resolve_entity(store, "Sherman").value == kgr + "person/wendy-sherman"
    )  # last name
    assert resolve_entity(store, "kgr:place/genf").value == kgr + "place/genf"
    assert (
        resolve_entity(store, "<https://example.org/x>").value
        == "https://example.org/x"
    )
    # "Sergej" is the first name of two people: neither suffix nor name matches
    with pytest.raises(QueryError, match="got none by that name"):
        resolve_entity(store, "Sergej")


def test_ambiguous_name(tmp_path):
    s = ox.Store()
    name = ox.NamedNode("http://schema.org/name")
    for slug in ("a", "b"):
        s.add(
            ox.Quad(
                ox.NamedNode(f"https://w3id.org/kg-news/id/person/{slug}"),
                name,
                ox.Literal("Müller", language="de"),
                ox.NamedNode("https://g/" + slug),
            )
        )
    rebuild_corpus_graph(s)
    with pytest.raises(
        QueryError, match="expected one entity, got 2: kgr:person/a, kgr:person/b"
    ):
        resolve_entity(s, "Müller")


def test_syntax_error_has_a_position(store):
    with pytest.raises(
        QueryError, match=r"q: expected a SPARQL 1.1 query, got error at 1:\d+"
    ):
        run_query(store, "SELECT ?x WHERE { ?x ?y }", where="q")


def test_unselected_parameter_is_explained(store):
    with pytest.raises(
        QueryError, match=r"expected the parameter \?n among the SELECT variables"
    ):
        run_query(
            store,
            "SELECT ?x WHERE { ?x ?p ?n }",
            substitutions={ox.Variable("n"): ox.Literal("x")},
        )


def test_predeclared_prefixes(store):
    rows = list(
        run_query(
            store,
            "SELECT ?n WHERE { <https://w3id.org/kg-news/id/place/genf> "
            "schema:name ?n }",
        )
    )
    assert {r["n"].value for r in rows} == {"Genf"}


def test_formats(store):
    sel = (
        "SELECT ?n WHERE { <https://w3id.org/kg-news/id/place/wien> schema:name ?n } "
        "LIMIT 1"
    )
    table = format_results(run_query(store, sel)).decode()
    assert table.splitlines() == ["n", "----", "Wien", "(1 row)"]
    data = json.loads(format_results(run_query(store, sel), format="json"))
    assert data["head"]["vars"] == ["n"]
    assert data["results"]["bindings"][0]["n"] == {
        "type": "literal",
        "value": "Wien",
        "xml:lang": "de",
    }
    rows = list(
        csv.reader(
            io.StringIO(format_results(run_query(store, sel), format="csv").decode())
        )
    )
    assert rows == [["n"], ["Wien"]]
    tsv = format_results(run_query(store, sel), format="tsv").decode().splitlines()
    assert tsv == ["?n", '"Wien"@de']
    assert format_results(run_query(store, "ASK { ?m a kg:Meeting }")) == b"yes\n"
    assert format_results(run_query(store, "ASK { ?m a kg:Nothing }")) == b"no\n"
    ttl = format_results(
        run_query(
            store,
            "CONSTRUCT { <https://w3id.org/kg-news/id/place/wien> schema:name ?n } "
            "WHERE { <https://w3id.org/kg-news/id/place/wien> schema:name ?n }",
        )
    )
    parsed = list(ox.parse(ttl, format=ox.RdfFormat.TURTLE))
    assert [t.object.value for t in parsed] == ["Wien"]
    with pytest.raises(QueryError, match="expected ttl or nt for a CONSTRUCT"):
        format_results(run_query(store, "CONSTRUCT WHERE { ?s ?p ?o }"), format="csv")


def test_table_clips_long_cells(store):
    text = format_results(
        run_query(store, "SELECT ?t WHERE { ?s kg:text ?t }"), max_width=30
    )
    assert max(len(line) for line in text.decode().splitlines()) == 30
    assert "…" in text.decode()


# --- the commands ---------------------------------------------------------------------


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_named_query(capsys, store_dir):
    code, out, _ = run_cli(
        capsys,
        "query",
        "meetings_in_place",
        "--param",
        "place=Genf",
        "--store",
        str(store_dir),
        "--format",
        "csv",
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["date"] for r in rows] == [
        "2022-01-09T18:00:00",
        "2022-01-10",
        "2022-01-21",
    ]


def test_cli_default_store_from_environment(capsys, store_dir, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(store_dir))
    code, out, _ = run_cli(
        capsys, "query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    )
    assert code == 0 and out.splitlines()[2] == "826"  # the fixture's quads


def test_cli_sparql_text_in_place_of_a_name(capsys, store_dir):
    # the help says "a named question, a .rq file or SPARQL text"
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    code, out, _ = run_cli(capsys, "query", "--store", str(store_dir), query)
    assert code == 0 and out.splitlines()[2] == "826"
    code, out, _ = run_cli(
        capsys, "query", "--store", str(store_dir), "  prefix s: <http://schema.org/> ASK {}"
    )
    assert code == 0


def test_cli_graph_file_and_rq_file(capsys, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text(
        "# param: city (literal@de) – a city\n"
        "SELECT ?city ?m WHERE { "
        "?m <http://schema.org/location>/<http://schema.org/name> ?city }"
    )
    code, out, _ = run_cli(
        capsys,
        "query",
        str(rq),
        "-p",
        "city=Wien",
        "--graph",
        str(FIXTURE),
        "-f",
        "json",
    )
    assert code == 0
    bindings = json.loads(out)["results"]["bindings"]
    assert [b["m"]["value"] for b in bindings] == [
        "https://w3id.org/kg-news/id/meeting/000_c0e44895cd21100c/3"
    ]


def test_cli_output_file(capsys, tmp_path):
    out = tmp_path / "r.tsv"
    code, stdout, _ = run_cli(
        capsys,
        "query",
        "meeting_places",
        "--graph",
        str(FIXTURE),
        "-f",
        "tsv",
        "-o",
        str(out),
    )
    assert code == 0 and stdout == ""
    assert (
        out.read_text().splitlines()[0]
        == "?place\t?name\t?latitude\t?longitude\t?meetings"
    )


def test_cli_list(capsys):
    code, out, _ = run_cli(capsys, "query", "--list")
    assert code == 0
    assert "meetings_in_place: Meetings held in a place" in out
    assert "--param place (entity)" in out
    assert "--param date (date, default 9999-12-31)" in out


@pytest.mark.parametrize(
    "argv, match",
    [
        (
            ["query", "no_such_question"],
            "no_such_question: expected the name of a named query",
        ),
        (
            ["query"],
            "expected a NAME, a FILE.rq or -e SPARQL \\(exactly one\\), got none",
        ),
        (
            ["query", "-e", "SELECT * WHERE { ?s ?p }"],
            "-e: expected a SPARQL 1.1 query, got error at 1:",
        ),
        (["query", "roles_of_person"], "roles_of_person: expected --param person="),
        (["query", "missing.rq"], "missing.rq: expected a SPARQL query file, got none"),
    ],
)
def test_cli_errors_are_one_line(capsys, argv, match):
    code, out, err = run_cli(capsys, *argv, "--graph", str(FIXTURE))
    assert code == 2 and out == ""
    assert err.startswith("kg: ") and err.count("\n") == 1
    assert pytest.importorskip("re").search(match, err), err


def test_cli_missing_store(capsys, tmp_path):
    code, _, err = run_cli(
        capsys, "query", "most_connected", "--store", str(tmp_path / "none")
    )
    assert code == 1 and "expected an Oxigraph store, got nothing there" in err


def test_cli_export(capsys, store_dir, tmp_path):
    out = tmp_path / "all.nq"
    code, _, err = run_cli(capsys, "export", "--store", str(store_dir), "-o", str(out))
    assert code == 0 and "1585 quads" in err
    assert len(load_graph_file(out)) == 1585
    code, _, err = run_cli(
        capsys, "export", "--store", str(store_dir), "-o", str(tmp_path / "x.rdf")
    )
    assert code == 2 and "expected a file ending in .ttl .nt .nq .trig .jsonld" in err


def test_kg_query_does_not_import_spacy(store_dir):
    code = (
        "import sys\n"
        "from kg.cli import main\n"
        f"main(['query', 'most_connected', '--store', {str(store_dir)!r}])\n"
        "heavy = [m for m in ('spacy', 'thinc', 'torch', 'rdflib', 'networkx')\n"
        "         if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "HEAVY []" in r.stdout, r.stdout + r.stderr
    assert "Russland" in r.stdout
