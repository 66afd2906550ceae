"""Where the graph to draw comes from: a store directory, an RDF file, an rdflib
graph or a pyoxigraph store, always laid out as ``kg build`` lays out a store (the
corpus graph as default graph). Files are read by :func:`kg.store.load_graph_file`,
kg's one RDF loader."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError
from kg.store import load_graph_file, open_store, with_corpus_graph

__all__ = ["as_store", "open_source"]


def open_source(
    *,
    store: str | os.PathLike[str] | None = None,
    graph: str | os.PathLike[str] | None = None,
) -> ox.Store:
    """Open an Oxigraph store directory (read-only) or load an RDF file into memory.

    Parameters
    ----------
    store
        Directory of an Oxigraph store, as written by ``kg build``.
    graph
        An RDF file; the extension picks the format (.ttl .nt .nq .trig .jsonld,
        and .rdf .json: ``kg.store.READ_FORMATS``).

    Raises
    ------
    InputError
        If neither or both are given, the path is missing or the file does not parse.
    StoreError
        If the store is missing, locked by a writer or damaged.
    """
    if (store is None) == (graph is None):
        raise InputError(
            "kg viz: expected exactly one of --store DIR or --graph FILE, got "
            + ("both" if store is not None else "neither")
        )
    if store is not None:
        # StoreError says what is wrong and what to do
        return open_store(store, read_only=True)
    assert graph is not None
    return load_graph_file(graph)


def as_store(source: Any) -> ox.Store:
    """``source`` (a pyoxigraph Store, an rdflib Graph or Dataset, or the path of
    a store directory or RDF file) as a store with its corpus graph.

    Raises
    ------
    InputError
        On anything else, or a path that :func:`open_source` refuses.
    """
    if isinstance(source, ox.Store):
        return with_corpus_graph(source)
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        return open_source(store=path) if path.is_dir() else open_source(graph=path)
    import rdflib

    if isinstance(source, rdflib.Graph):
        out = ox.Store()
        if source.context_aware:  # Dataset / ConjunctiveGraph: keep the named graphs
            out.load(
                source.serialize(format="nquads", encoding="utf-8"),
                format=ox.RdfFormat.N_QUADS,
            )
        else:
            out.load(
                source.serialize(format="nt", encoding="utf-8"),
                format=ox.RdfFormat.N_TRIPLES,
            )
        return with_corpus_graph(out)
    raise InputError(
        f"kg viz: expected an rdflib Graph, a pyoxigraph Store or a path, "
        f"got {type(source).__name__}"
    )
