"""One prefix table: every part of kg that prints or parses prefixed names reads
kg.rdf.vocab.PREFIXES, and it agrees with the namespaces the graph is written in."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg import query, store
from kg.rdf import vocab
from kg.rdf.validate import _Shortener
from kg.rdf.vocab import KG, PREFIXES, SDO, bind, sparql_prefixes


def test_query_store_and_validate_use_the_one_table():
    assert query.PREFIXES is vocab.PREFIXES
    assert store.EXPORT_PREFIXES is vocab.EXPORT_PREFIXES
    assert _Shortener.PREFIXES.items() >= vocab.PREFIXES.items()
    assert vocab.EXPORT_PREFIXES.items() <= vocab.PREFIXES.items()


def test_the_table_spells_the_namespaces_of_the_graph():
    for name in ("ORG", "PROV", "RDF", "RDFS", "SKOS", "XSD"):
        assert vocab.PREFIXES[name.lower()] == str(getattr(vocab, name))
    assert vocab.PREFIXES["kg"] == str(vocab.KG._NS)
    assert vocab.PREFIXES["kgr"] == str(vocab.KGR)
    assert vocab.PREFIXES["schema"] == str(vocab.SDO) == "http://schema.org/"
    bound = dict(vocab.bind(Graph()).namespaces())
    # (rdflib binds schema: to https://schema.org/ by default: not asserted here)
    for prefix in ("kg", "kgr", "org", "prov", "skos", "xsd", "rdfs"):
        assert str(bound[prefix]) == vocab.PREFIXES[prefix]


def test_the_table_spells_the_namespaces_as_the_graph_does():
    assert PREFIXES["kg"] == str(KG.Person).removesuffix("Person")
    assert PREFIXES["schema"] == str(SDO) == "http://schema.org/"  # not rdflib's https


def test_bind_binds_every_namespace_of_the_table():
    bound = {str(iri): prefix for prefix, iri in bind(Graph()).namespaces()}
    assert set(PREFIXES.values()) <= set(bound)
    # rdflib binds ``schema`` to https://schema.org/ itself and does not replace
    # it, so the table's http namespace comes out as ``schema1`` (as before)
    assert {p: bound[iri] for p, iri in PREFIXES.items() if p != "schema"} == {
        p: p for p in PREFIXES if p != "schema"
    }


def test_sparql_prefixes_renders_chosen_lines_in_order():
    assert sparql_prefixes(["schema", "kg"]) == (
        "PREFIX schema: <http://schema.org/>\n"
        "PREFIX kg: <https://w3id.org/kg-news/ontology#>"
    )
    assert sparql_prefixes().count("PREFIX ") == len(PREFIXES)


def test_sparql_prefixes_make_a_query_oxigraph_parses():
    store = ox.Store()
    store.add(
        ox.Quad(
            ox.NamedNode(PREFIXES["kgr"] + "person/x"),
            ox.NamedNode(PREFIXES["schema"] + "name"),
            ox.Literal("X"),
        )
    )
    query = sparql_prefixes() + "\nSELECT ?n WHERE { kgr:person\\/x schema:name ?n }"
    assert [r["n"].value for r in store.query(query)] == ["X"]


def test_an_unknown_prefix_is_a_key_error():
    # a typo in code: it must fail loudly, not render a query without the prefix
    with pytest.raises(KeyError, match="shema"):
        sparql_prefixes(["shema"])
