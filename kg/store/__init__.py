"""The embedded Oxigraph store: one named graph per article, one corpus graph.

``kg build`` loads each article's triples into the named graph whose IRI is the
article IRI (``ontology/MODEL.md``); loading an article again *replaces* its graph,
so a rebuild never duplicates.

The store's **default graph is the corpus graph**: every distinct triple of the
article graphs, stated once (a set). ``kg query``, ``kg serve``, ``kg viz`` and
the Turtle export read it, so a plain SPARQL pattern matches each fact once,
however many articles state it, and ``COUNT`` without ``DISTINCT`` counts facts,
not reports. The article graphs keep the provenance (``GRAPH ?article { … }``).
Every write here keeps the two in step in the same transaction: a triple enters
the corpus graph with the first article graph that states it and leaves it with
the last (:func:`write_article_graphs`). Oxigraph's "union default graph" is not
used: it is a bag (a triple in 300 article graphs matches 300 times; oxigraph
issue #1919).

Bulk I/O goes through Oxigraph's own parsers and serialisers (N-Quads, TriG,
Turtle, N-Triples, JSON-LD), never rdflib's triple-by-triple path.

The store lives in a directory: ``--store DIR``, else ``$KG_STORE``, else
``./kg-store`` (:func:`default_store_path`). A writer holds a lock on it; readers
(``kg query``, ``kg viz``, ``kg serve``) open it read-only.

This module does not import rdflib (``kg query`` must start fast); an rdflib
Dataset handed to :func:`replace_article_graphs` is serialised through its own
``serialize`` method.

Example
-------
>>> store = open_store("kg-store")                       # doctest: +SKIP
>>> replace_article_graphs(store, Path("corpus.nq"))     # doctest: +SKIP
>>> export_store(store, "corpus.trig")                   # doctest: +SKIP
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.atomic import atomic_write
from kg.errors import InputError, StoreError
from kg.rdf.prefixes import EXPORT_PREFIXES

__all__ = [
    "RDF_FORMATS",
    "READ_FORMATS",
    "default_store_path",
    "open_store",
    "replace_article_graphs",
    "write_article_graphs",
    "patch_article_graph",
    "add_article_graphs",
    "remove_article",
    "rebuild_corpus_graph",
    "corpus_graph_in_step",
    "with_corpus_graph",
    "article_hashes",
    "article_graphs",
    "export_store",
    "load_graph_file",
    "rdf_format",
    "push_store",
    "PushSummary",
    "oxigraph_server_command",
]

#: File extension -> Oxigraph format; the build and export formats of kg.
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
_DATASET_FORMATS = {ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD}
#: What :func:`load_graph_file` reads besides: RDF/XML and JSON-LD named .json
#: (``kg viz --graph`` has always read them; kg writes neither).
READ_FORMATS: dict[str, ox.RdfFormat] = {
    **RDF_FORMATS,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".json": ox.RdfFormat.JSON_LD,
}

#: the corpus graph: the store's default graph
CORPUS_GRAPH = ox.DefaultGraph()

CONTENT_HASH = ox.NamedNode("https://w3id.org/kg-news/ontology#contentHash")


def default_store_path() -> Path:
    """The store used without ``--store``: ``$KG_STORE``, else ``./kg-store``."""
    return Path(os.environ.get("KG_STORE") or "kg-store")


def rdf_format(
    path: str | os.PathLike[str],
    *,
    where: str = "",
    formats: Mapping[str, ox.RdfFormat] = RDF_FORMATS,
) -> ox.RdfFormat:
    """The RDF format of ``path`` from its extension, one of ``formats``.

    Raises
    ------
    InputError
        If the extension is none of ``formats`` (default ``.ttl .nt .nq .trig
        .jsonld``).
    """
    suffix = Path(path).suffix.lower()
    try:
        return formats[suffix]
    except KeyError:
        raise InputError(
            f"{where or path}: expected a file ending in {' '.join(formats)}, "
            f"got {suffix or 'no extension'}"
        ) from None


def open_store(
    path: str | os.PathLike[str] | None = None, *, read_only: bool = False
) -> ox.Store:
    """Open (and for writing, create) the persistent store in directory ``path``.

    Parameters
    ----------
    path
        The store directory; default :func:`default_store_path`.
    read_only
        Open an existing store for reading only. Several readers may share a
        store, also while ``kg serve`` reads it; do not read while a build writes.

    Returns
    -------
    pyoxigraph.Store

    Raises
    ------
    StoreError
        If the store is locked by another process, damaged, missing (read-only)
        or ``path`` is not a directory.
    """
    path = Path(path) if path is not None else default_store_path()
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: expected a store directory, got a file")
    if read_only and not (path / "CURRENT").exists():
        what = "an empty directory" if path.is_dir() else "nothing there"
        raise StoreError(
            f"{path}: expected an Oxigraph store, got {what} "
            f"(create one with `kg build ... --store {path}`)"
        )
    try:
        if read_only:
            store = ox.Store.read_only(str(path))
            if _lacks_corpus_graph(store):
                raise StoreError(
                    f"{path}: expected a store with its corpus graph, got one "
                    "written by an older kg (article graphs only); run "
                    f"`kg build --store {path}` with your inputs once to add it"
                )
            return store
        path.mkdir(parents=True, exist_ok=True)
        store = ox.Store(str(path))
        if _lacks_corpus_graph(store):
            rebuild_corpus_graph(store)
        return store
    except OSError as e:
        msg = str(e)
        if "lock" in msg.lower():
            raise StoreError(
                f"{path}: expected a store no other process is writing, "
                "got one locked by "
                "another process (a running `kg build` or `kg serve --allow-update`?); "
                "wait for it or stop it"
            ) from e
        raise StoreError(
            f"{path}: expected a readable Oxigraph store, got {msg}"
        ) from e
    except RuntimeError as e:  # RocksDB reports corruption this way
        raise StoreError(
            f"{path}: expected an intact Oxigraph store, got a damaged one: {e}"
        ) from e


def _to_quads(data: Any, format: ox.RdfFormat | None, where: str) -> list[ox.Quad]:
    """Quads from a path, serialised text, an rdflib Dataset or an iterable of Quads."""
    try:
        if isinstance(data, os.PathLike):
            fmt = format or rdf_format(data)
            if not Path(data).is_file():
                raise InputError(f"{data}: expected an RDF file, got none")
            return list(ox.parse(path=str(data), format=fmt))
        if isinstance(data, bytes | str):
            return list(ox.parse(data, format=format or ox.RdfFormat.N_QUADS))
        if hasattr(data, "serialize") and hasattr(data, "contexts"):  # rdflib Dataset
            nq = data.serialize(format="nquads", encoding="utf-8")
            return list(ox.parse(nq, format=ox.RdfFormat.N_QUADS))
        return list(data)
    except SyntaxError as e:
        raise InputError(f"{where}: expected valid RDF, got a syntax error: {e}") from e


def replace_article_graphs(
    store: ox.Store,
    data: Any,
    *,
    format: ox.RdfFormat | None = None,
    where: str = "input",
) -> list[ox.NamedNode]:
    """Load articles as named graphs, replacing each article's previous graph.

    Loading the same data twice leaves the store as loading it once. The corpus
    graph follows in the same transaction (:func:`write_article_graphs`).

    Parameters
    ----------
    store
        The target store.
    data
        A file path (format from its extension), N-Quads/TriG bytes or str
        (``format``, default N-Quads), an rdflib ``Dataset``, or an iterable of
        ``pyoxigraph.Quad``. Every quad must be in a named graph, except the
        default-graph triples of a kg export (the corpus graph, which the store
        derives again): a default-graph triple no named graph states is an error.
    format
        The format of ``data`` when it is serialised text.
    where
        Names the input in error messages.

    Returns
    -------
    list of NamedNode
        The graphs (articles) replaced, in order of first appearance.

    Raises
    ------
    InputError
        On an RDF syntax error or triples outside a named graph.
    """
    quads = _to_quads(data, format, where)
    graphs: dict[ox.NamedNode, list[ox.Triple]] = {}
    loose: set[ox.Triple] = set()
    for q in quads:
        g = q.graph_name
        if isinstance(g, ox.DefaultGraph):
            loose.add(q.triple)
        else:
            graphs.setdefault(g, []).append(q.triple)  # type: ignore[arg-type]
    if loose:
        stated = {t for triples in graphs.values() for t in triples}
        if stray := len(loose - stated):
            raise InputError(
                f"{where}: expected every triple in an article's named graph, "
                f"got {stray} in the default graph only"
            )
    if any(store.contains_named_graph(g) for g in graphs):
        write_article_graphs(
            store, {g: _ntriples(triples) for g, triples in graphs.items()}
        )
    else:  # all new: Oxigraph's own loader, no SPARQL text
        named = [q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)]
        nquads = ox.serialize(named, format=ox.RdfFormat.N_QUADS) or b""
        if len(named) > 200_000:  # no transaction: worth it for big loads
            store.bulk_load(_with_corpus_copy(nquads), format=ox.RdfFormat.N_QUADS)
        else:
            add_article_graphs(store, nquads)
    return list(graphs)


def _ntriples(triples: Iterable[ox.Triple]) -> str:
    """N-Triples text of ``triples`` (Oxigraph's serialiser: SPARQL data syntax)."""
    return (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode()


def _retract(graph: ox.NamedNode) -> str:
    """SPARQL Update: take out of the corpus graph what only ``graph`` states,
    then drop ``graph``."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{\n  GRAPH {graph} {{ ?s ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} "
        f"FILTER(?other != {graph}) }}\n}} ;\n"
        f"DROP SILENT GRAPH {graph}"
    )


def article_graphs_update(
    graphs: Mapping[ox.NamedNode, str | None], *, existing: Iterable[ox.NamedNode]
) -> str:
    """The SPARQL 1.1 Update that replaces article graphs and keeps the corpus
    (default) graph in step: for each graph of ``existing``, retract what only
    it states and drop it; then insert each new graph's triples into the graph
    and into the default graph. Works on any SPARQL 1.1 store (``kg push``).

    Parameters
    ----------
    graphs
        Article graph -> its new triples as N-Triples text, or ``None`` to
        remove it.
    existing
        The graphs of ``graphs`` the target store holds now.
    """
    ops = [_retract(g) for g in existing]
    data = [(g, nt) for g, nt in graphs.items() if nt]
    if data:
        named = "".join(f"GRAPH {g} {{\n{nt}}}\n" for g, nt in data)
        ops.append("INSERT DATA {\n" + named + "".join(nt for _, nt in data) + "}")
    return " ;\n".join(ops)


def write_article_graphs(
    store: ox.Store, graphs: Mapping[ox.NamedNode, str | None]
) -> None:
    """Replace article graphs (``None`` removes one) in one transaction.

    A triple leaves the corpus graph only when no other article graph states
    it, and enters it with the new graph that does: the corpus graph stays the
    set of the article graphs' triples, and removing an article removes exactly
    the facts only it supported.

    Parameters
    ----------
    store
        A writable store.
    graphs
        Article graph IRI -> its whole new content as N-Triples text (as
        :func:`_ntriples` or Oxigraph's serialiser writes it), or ``None``.
    """
    existing = [g for g in graphs if store.contains_named_graph(g)]
    update = article_graphs_update(graphs, existing=existing)
    if update:
        store.update(update)  # one update is one transaction


def patch_article_graph(
    store: ox.Store,
    graph: ox.NamedNode,
    removed: Iterable[ox.Triple],
    added: Iterable[ox.Triple],
) -> None:
    """Take ``removed`` out of the article ``graph`` and put ``added`` in, in one
    transaction, the corpus graph kept in step as :func:`write_article_graphs`
    keeps it: a removed triple leaves it when no other article graph states it.
    For a small change of a large graph (linking renames a few nodes) this
    writes the change only.

    Parameters
    ----------
    store
        A writable store.
    graph
        The article graph.
    removed, added
        Triples without blank nodes; none in both.
    """
    removed = list(removed)
    gone = "".join(f"{t} .\n" for t in removed)
    new = "".join(f"{t} .\n" for t in added)
    ops = []
    if gone:
        rows = "".join(f"({t.subject} {t.predicate} {t.object})\n" for t in removed)
        ops.append(f"DELETE DATA {{ GRAPH {graph} {{\n{gone}}} }}")
        ops.append(
            "DELETE { ?s ?p ?o } WHERE {\n  VALUES (?s ?p ?o) {\n" + rows + "  }\n"
            "  FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } }\n}"
        )
    if new:
        ops.append(f"INSERT DATA {{ GRAPH {graph} {{\n{new}}}\n{new}}}")
    if ops:
        store.update(" ;\n".join(ops))  # one update is one transaction


def add_article_graphs(store: ox.Store, nquads: bytes) -> None:
    """Load new article graphs (N-Quads, none of them in the store yet) and
    their triples into the corpus graph, in one transaction: the fast path of
    ``kg build`` (Oxigraph's own parser, no SPARQL)."""
    store.load(_with_corpus_copy(nquads), format=ox.RdfFormat.N_QUADS)


_GRAPH_AT_END = re.compile(rb" <[^<>\s]*> \.\n")


def _with_corpus_copy(nquads: bytes) -> bytes:
    """``nquads`` and each of its lines again without the graph name.

    N-Quads keeps a line's newlines escaped inside literals, so `` <g> .``
    followed by a line break can only be a line's graph name.
    """
    if nquads and not nquads.endswith(b"\n"):
        nquads += b"\n"
    return nquads + _GRAPH_AT_END.sub(b" .\n", nquads)


def rebuild_corpus_graph(store: ox.Store) -> int:
    """Derive the corpus graph from the article graphs anew (an older store,
    or one changed by hand through ``kg serve --allow-update``); returns its
    size."""
    store.update(
        "DROP SILENT DEFAULT ;\n"
        "INSERT { ?s ?p ?o } WHERE { GRAPH ?article { ?s ?p ?o } }"
    )
    return sum(1 for _ in store.quads_for_pattern(None, None, None, CORPUS_GRAPH))


def with_corpus_graph(store: ox.Store) -> ox.Store:
    """``store`` laid out as ``kg build`` lays out a store: a store of article
    graphs whose default graph is empty (loaded from a file of an older kg, or
    by hand) gets its corpus graph derived; a store of triples only is its own
    corpus graph. Returns ``store``."""
    if _lacks_corpus_graph(store):
        rebuild_corpus_graph(store)
    return store


def corpus_graph_in_step(store: ox.Store) -> bool:
    """Whether the corpus graph is exactly the set of the article graphs'
    triples (``kg validate`` and the tests check it)."""
    ask = store.query(
        "ASK { { GRAPH ?article { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } } "
        "UNION { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?article { ?s ?p ?o } } } }"
    )
    return not bool(ask)


def _lacks_corpus_graph(store: ox.Store) -> bool:
    """A store of article graphs written before the corpus graph existed."""
    has_articles = next(iter(store.named_graphs()), None) is not None
    has_corpus = next(store.quads_for_pattern(None, None, None, CORPUS_GRAPH), None)
    return has_articles and has_corpus is None


def remove_article(store: ox.Store, iri: str | ox.NamedNode) -> bool:
    """Remove an article's named graph and the facts only it supported;
    ``False`` if there was none."""
    g = iri if isinstance(iri, ox.NamedNode) else ox.NamedNode(iri)
    if not store.contains_named_graph(g):
        return False
    write_article_graphs(store, {g: None})
    return True


def article_graphs(store: ox.Store) -> list[str]:
    """IRIs of all named graphs (articles), sorted."""
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def article_hashes(store: ox.Store) -> dict[str, str]:
    """Article IRI -> ``kg:contentHash`` of the text it was built from.

    A build skips an article whose hash is unchanged. Only an article's own graph
    counts (the hash triple must be in the graph named by the article).
    """
    hashes: dict[str, str] = {}
    for q in store.quads_for_pattern(None, CONTENT_HASH, None, None):
        g = q.graph_name
        if (
            isinstance(g, ox.NamedNode)
            and q.subject == g
            and isinstance(q.object, ox.Literal)
        ):
            hashes[g.value] = q.object.value
    return hashes


def export_store(
    store: ox.Store, path: str | os.PathLike[str], *, format: ox.RdfFormat | None = None
) -> Path:
    """Write the store to ``path`` atomically; the extension picks the format.

    N-Quads, TriG and JSON-LD carry the whole dataset: the article graphs and,
    as the default graph, the corpus graph (each fact once). Turtle and
    N-Triples carry the corpus graph alone.

    Raises
    ------
    InputError
        On an unknown extension or an unwritable path.
    """
    path = Path(path)
    fmt = format or rdf_format(path)
    kwargs: dict[str, Any] = {}
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        kwargs["prefixes"] = EXPORT_PREFIXES
    if fmt not in _DATASET_FORMATS:
        kwargs["from_graph"] = CORPUS_GRAPH
    with atomic_write(path, "wb") as f:
        store.dump(output=f, format=fmt, **kwargs)
    return path


def load_graph_file(path: str | os.PathLike[str]) -> ox.Store:
    """An in-memory store holding the RDF file ``path`` (for ``--graph FILE``),
    laid out as ``kg build`` lays out a store.

    The named graphs of a dataset file (.nq .trig .jsonld) are the article
    graphs, and the corpus graph is derived from them (a file written by an
    older kg has none). The triples of a Turtle/N-Triples file are the corpus
    graph, and also one named graph, the file's ``file:`` IRI, so that questions
    that look into ``GRAPH ?article`` find them too.

    Besides kg's own formats (``RDF_FORMATS``) it reads RDF/XML (.rdf) and
    JSON-LD named .json (``READ_FORMATS``).

    Raises
    ------
    InputError
        If the file is missing, has an unknown extension or is not valid RDF.
    """
    path = Path(path)
    fmt = rdf_format(path, formats=READ_FORMATS)
    if not path.is_file():
        what = "a directory" if path.is_dir() else "none"
        raise InputError(f"{path}: expected an RDF file, got {what}")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as e:
        raise InputError(
            f"{path}: expected valid {fmt.name}, got a syntax error: {e}"
        ) from e
    except (OSError, ValueError) as e:  # unreadable, or not text in that format
        raise InputError(f"{path}: expected a readable RDF file, got {e}") from e
    if next(iter(store.named_graphs()), None) is not None:
        rebuild_corpus_graph(store)  # the file's own default graph may be partial
    else:  # triples only: the corpus graph, and one "article" for GRAPH patterns
        file_graph = ox.NamedNode(path.resolve().as_uri())
        store.update(
            f"INSERT {{ GRAPH {file_graph} {{ ?s ?p ?o }} }} WHERE {{ ?s ?p ?o }}"
        )
    return store


def count_quads(store: ox.Store) -> int:
    """Number of quads in the store (all graphs, the corpus graph included)."""
    return len(store)


def _graph_ntriples(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> bytes:
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""


# --- remote stores: push ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PushSummary:
    """What :func:`push_store` sent."""

    graphs: int
    triples: int
    requests: int
    method: str

    def __str__(self) -> str:
        return (
            f"{self.graphs} article graphs, {self.triples} triples "
            f"in {self.requests} requests ({self.method})"
        )


def _http(
    url: str,
    *,
    method: str,
    body: bytes,
    content_type: str,
    headers: Mapping[str, str],
    timeout: float,
    where: str,
) -> None:
    request = urllib.request.Request(
        url, data=body, method=method, headers={"Content-Type": content_type, **headers}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as e:
        detail = e.read()[:300].decode("utf-8", "replace").strip().replace("\n", " ")
        raise StoreError(
            f"{where}: expected the endpoint to accept {method} {url}, "
            f"got HTTP {e.code} {e.reason}: {detail}"
        ) from e
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise StoreError(
            f"{where}: expected a reachable SPARQL endpoint at {url}, got {reason}"
        ) from e


def push_store(
    store: ox.Store,
    endpoint: str | None = None,
    *,
    graph_store: str | None = None,
    headers: Mapping[str, str] | None = None,
    batch: int = 50,
    timeout: float = 60.0,
    graphs: Iterable[str] | None = None,
) -> PushSummary:
    """Send article graphs to an external SPARQL 1.1 store, replacing them, and
    keep its default graph the corpus graph.

    Re-pushing replaces, never duplicates. With ``graph_store`` every article
    graph goes in one Graph Store HTTP Protocol ``PUT …?graph=IRI`` and the
    corpus graph in a last ``PUT …?default`` (the remote's default graph becomes
    this store's corpus graph). Otherwise each batch of graphs is one SPARQL
    Update request to ``endpoint``, the same update ``kg build`` applies to its
    own store (:func:`article_graphs_update`): it retracts from the remote's
    default graph what only the old version of a graph stated and adds the new
    triples, so pushing a part of the corpus keeps the remote's default graph
    exact. The triples are written by Oxigraph's N-Triples serialiser (valid
    SPARQL data syntax); no value is formatted by hand.

    Parameters
    ----------
    store
        The local store.
    endpoint
        SPARQL 1.1 Update endpoint (Oxigraph ``/update``, Fuseki ``/DATASET/update``,
        GraphDB ``/repositories/REPO/statements``).
    graph_store
        Graph Store Protocol endpoint (Oxigraph ``/store``, Fuseki ``/DATASET/data``,
        GraphDB ``/repositories/REPO/rdf-graphs/service``); used instead of
        ``endpoint`` when given.
    headers
        Extra HTTP headers, e.g. ``{"Authorization": "Bearer …"}``.
    batch
        Graphs per SPARQL Update request.
    graphs
        Only these article IRIs (default: all named graphs).

    Raises
    ------
    StoreError
        If the endpoint is unreachable or refuses a request.
    InputError
        If neither URL is given or a URL is not http(s).
    """
    if not endpoint and not graph_store:
        raise InputError(
            "kg push: expected --endpoint URL or --graph-store URL, got neither"
        )
    for url in (endpoint, graph_store):
        if url and urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            raise InputError(f"kg push: expected an http(s) URL, got {url!r}")
    headers = dict(headers or {})
    names = [
        ox.NamedNode(g)
        for g in (graphs if graphs is not None else article_graphs(store))
    ]
    triples = requests = 0
    if graph_store:
        sep = "&" if "?" in graph_store else "?"
        targets: list[tuple[ox.NamedNode | ox.DefaultGraph, str]] = [
            (g, urllib.parse.urlencode({"graph": g.value})) for g in names
        ]
        targets.append((CORPUS_GRAPH, "default"))
        for g, query in targets:
            body = _graph_ntriples(store, g)
            if isinstance(g, ox.NamedNode):
                triples += body.count(b"\n")
            _http(
                f"{graph_store}{sep}{query}",
                method="PUT",
                body=body,
                content_type="application/n-triples",
                headers=headers,
                timeout=timeout,
                where="kg push",
            )
            requests += 1
        return PushSummary(len(names), triples, requests, "Graph Store Protocol PUT")
    assert endpoint is not None
    for start in range(0, len(names), max(1, batch)):
        part = names[start : start + batch]
        bodies = {g: _graph_ntriples(store, g).decode("utf-8") for g in part}
        triples += sum(b.count("\n") for b in bodies.values())
        # the remote may hold any of them: retracting a graph it lacks is a no-op
        update = article_graphs_update(bodies, existing=part)
        _http(
            endpoint,
            method="POST",
            body=update.encode("utf-8"),
            content_type="application/sparql-update; charset=utf-8",
            headers=headers,
            timeout=timeout,
            where="kg push",
        )
        requests += 1
    return PushSummary(len(names), triples, requests, "SPARQL Update")


def oxigraph_server_command(
    store_path: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_update: bool = False,
    cors: bool = False,
) -> list[str]:
    """The ``oxigraph serve-read-only`` (or ``serve``) command line for a store.

    The server's default graph is the store's corpus graph, as for ``kg query``
    (no ``--union-default-graph``: Oxigraph's union is a bag). ``kg serve`` runs
    it on a loopback port behind :mod:`kg.query.serve`, which refuses federated
    ``SERVICE`` and ``LOAD`` (the server itself fetches any URL a query names)
    and bounds the time of a query.

    Raises
    ------
    StoreError
        If the ``oxigraph`` server (PyPI package ``oxigraph``, extra ``kg[serve]``)
        is not installed.
    """
    exe = shutil.which(
        "oxigraph",
        path=os.pathsep.join(
            [str(Path(sys.executable).parent), os.environ.get("PATH", "")]
        ),
    )
    if exe is None:
        raise StoreError(
            "kg serve: expected the Oxigraph server (pip install 'kg[serve]', "
            "which installs the oxigraph package), got no oxigraph command"
        )
    cmd = [
        exe,
        "serve" if allow_update else "serve-read-only",
        "--location",
        str(store_path),
        "--bind",
        f"{host}:{port}",
    ]
    if cors:
        cmd.append("--cors")
    return cmd
