"""One prefix table: every part of kg that prints or parses prefixed names reads
kg.rdf.vocab.PREFIXES, and it agrees with the namespaces the graph is written in."""

from __future__ import annotations

from rdflib import Graph

from kg import query, store
from kg.rdf import vocab
from kg.rdf.validate import _Shortener


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
