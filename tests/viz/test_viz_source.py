"""kg.viz.source: an rdflib graph, a pyoxigraph store, RDF files and a store
directory give the same network; bad sources are input errors."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from mini_graph import (
    edges_of,
)
from rdflib import Graph

from kg.errors import InputError, StoreError
from kg.store import rebuild_corpus_graph
from kg.viz import (
    graph_to_networkx,
    open_source,
)


def test_sources_rdflib_store_and_files_agree(mini, tmp_path):
    want = edges_of(graph_to_networkx(mini))
    store = ox.Store()
    store.load(
        mini.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS
    )
    assert edges_of(graph_to_networkx(store)) == want
    trig = tmp_path / "g.trig"
    mini.serialize(trig, format="trig")
    assert edges_of(graph_to_networkx(trig)) == want
    nt = tmp_path / "g.nt"  # triples only, no named graphs
    flat = Graph()
    for s, p, o, _ in mini.quads():
        flat.add((s, p, o))
    flat.serialize(nt, format="nt")
    assert edges_of(graph_to_networkx(nt)) == want
    assert edges_of(graph_to_networkx(flat)) == want
    disk = tmp_path / "store"
    on_disk = ox.Store(str(disk))
    on_disk.load(
        mini.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS
    )
    rebuild_corpus_graph(on_disk)
    on_disk.flush()
    del on_disk
    assert edges_of(graph_to_networkx(open_source(store=disk))) == want


def test_open_source_errors(tmp_path):
    with pytest.raises(InputError, match="expected exactly one"):
        open_source()
    with pytest.raises(InputError, match="expected an RDF file"):
        open_source(graph=tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")  # an object is missing
    with pytest.raises(InputError, match="bad.ttl: expected valid"):
        open_source(graph=bad)
    odd = tmp_path / "g.docx"
    odd.write_text("x", encoding="utf-8")
    # kg.store reads the files: its message lists the extensions it knows
    with pytest.raises(InputError, match="g.docx: expected a file ending in .ttl"):
        open_source(graph=odd)
    with pytest.raises(StoreError, match="expected an Oxigraph store"):
        open_source(store=tmp_path / "nothing")
