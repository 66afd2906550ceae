"""Check a graph against the SHACL shapes of ``ontology/shapes.ttl`` (pyshacl).

A file with article graphs and a default graph (a ``kg export`` to .nq, .trig
or .jsonld) must also have the corpus graph as its default graph: exactly the
set of the article graphs' triples (``kg.store``); a default graph that is not
gives one violation.

The shapes are checked against the **union** of all named graphs, copied into
one plain ``Graph``. Entity nodes are shared across articles (each article's
graph repeats their type and name), and a mention in one article may point to a
node typed in another; validated graph by graph, cardinalities such as "exactly
one ``schema:name``" would miss two different names given in two graphs, and
``sh:class`` would reject links to nodes typed in another graph. pyshacl used to
validate each named graph of a Dataset separately (pySHACL issues #152, #175);
0.40 validates their union. Copying gives the same answer with every version.

Example
-------
>>> report = validate_graph("seed.trig")  # doctest: +SKIP
>>> report.conforms, report.triples  # doctest: +SKIP
(True, 1423)
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import cast

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import BNode, Node

from kg.errors import InputError
from kg.rdf import vocab

__all__ = [
    "Report",
    "Result",
    "validate_graph",
    "load_graph",
    "default_shapes",
    "FORMATS",
]

#: file extension -> (rdflib parser format, name used in messages)
FORMATS: dict[str, tuple[str, str]] = {
    ".ttl": ("turtle", "Turtle"),
    ".nt": ("nt", "N-Triples"),
    ".nq": ("nquads", "N-Quads"),
    ".trig": ("trig", "TriG"),
    ".jsonld": ("json-ld", "JSON-LD"),
}

_BARE = {XSD.integer, XSD.decimal, XSD.boolean}
_SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}


@dataclass(frozen=True, slots=True)
class Result:
    """One SHACL validation result, with terms shortened for reading."""

    focus: str
    path: str
    message: str
    value: str | None = None
    severity: str = "violation"

    def __str__(self) -> str:
        value = f" (value {self.value})" if self.value is not None else ""
        return f"{self.focus} {self.path}: {self.message}{value}"


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of :func:`validate_graph`.

    ``conforms`` is false when there is at least one result of severity
    violation; ``results`` are sorted by focus node, path and message.
    """

    conforms: bool
    triples: int
    results: tuple[Result, ...] = ()

    @property
    def violations(self) -> tuple[Result, ...]:
        return tuple(r for r in self.results if r.severity == "violation")

    def lines(self, *, limit: int | None = 50) -> Iterator[str]:
        """The results one per line, at most ``limit`` of them, then a count of
        the rest."""
        shown = self.results if limit is None else self.results[:limit]
        for r in shown:
            prefix = "" if r.severity == "violation" else f"[{r.severity}] "
            yield prefix + str(r)
        if len(shown) < len(self.results):
            yield f"... and {len(self.results) - len(shown)} more"


def _shipped_shapes() -> Path:
    # Installed: the ontology/ directory is the package kg.ontology (pyproject).
    # From a source checkout without installing, it is beside kg/.
    try:
        p = resources.files("kg.ontology") / "shapes.ttl"
        if p.is_file():
            return Path(str(p))
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[2] / "ontology" / "shapes.ttl"


@functools.lru_cache(maxsize=1)
def default_shapes() -> Graph:
    """The shapes graph shipped with kg (``ontology/shapes.ttl``), parsed once."""
    return _parse_graph(_shipped_shapes())


def load_graph(path: str | os.PathLike[str]) -> Graph:
    """Read an RDF file into one Graph: the union of all its named graphs.

    The extension picks the format: .ttl .nt .nq .trig .jsonld.

    Raises
    ------
    InputError
        If the file is missing, unreadable, has another extension or does not
        parse.
    """
    return _union(_parse_dataset(Path(path)))


def _format_of(path: Path) -> tuple[str, str]:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(FORMATS)
        raise InputError(
            f"{path}: expected an RDF file ({known}), "
            f"got extension {path.suffix or 'none'!r}"
        ) from None


def _parse_dataset(path: Path) -> Dataset:
    fmt, name = _format_of(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(
            f"{path}: expected a readable {name} file, got: {e.strerror}"
        ) from e
    ds = Dataset()
    try:
        ds.parse(data=data, format=fmt, publicID=path.resolve().as_uri())
    except Exception as e:  # rdflib's parsers raise many unrelated types
        raise InputError(f"{path}: expected {name}, got: {_one_line(e)}") from e
    return ds


def _parse_graph(path: Path) -> Graph:
    return _union(_parse_dataset(path))


def _one_line(e: BaseException) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def _triples(graph: Graph) -> Iterator[tuple[Node, Node, Node]]:
    """Every triple of ``graph``; of a Dataset, those of all its graphs."""
    if graph.context_aware:  # a Dataset (or ConjunctiveGraph) has named graphs
        for s, p, o, _ in cast(Dataset, graph).quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph


def _union(graph: Graph) -> Graph:
    if not graph.context_aware:
        return graph
    union = Graph(bind_namespaces="core")
    for prefix, ns in graph.namespaces():
        union.bind(prefix, ns, override=False, replace=False)
    for t in _triples(graph):
        union.add(t)
    return union


def _as_written(graph: Graph) -> Graph:
    """The union of ``graph`` with every typed literal rebuilt from its lexical
    form, i.e. the graph as a file would hold it.

    In memory, ``Literal(46.2, datatype=XSD.decimal)`` keeps a Python float,
    which pyshacl's ``sh:datatype xsd:decimal`` rejects, although the same
    literal written and read back is a valid decimal.
    """
    union = Graph(bind_namespaces="core")
    for s, p, o in _triples(graph):
        if isinstance(o, Literal) and o.datatype is not None:
            o = Literal(str(o), datatype=o.datatype)
        union.add((s, p, o))
    return union


def validate_graph(
    graph_or_path: Graph | str | os.PathLike[str],
    *,
    shapes: Graph | str | os.PathLike[str] | None = None,
) -> Report:
    """Validate a graph against the kg SHACL shapes.

    Parameters
    ----------
    graph_or_path
        An rdflib ``Graph`` or ``Dataset`` (all its named graphs are validated
        as one), or the path of an RDF file (.ttl .nt .nq .trig .jsonld).
    shapes
        A shapes graph or the path of one; by default ``ontology/shapes.ttl``
        as shipped in the package.

    Returns
    -------
    Report
        Whether the graph conforms, its size, and the results.

    Raises
    ------
    InputError
        If a file cannot be read or parsed.

    Example
    -------
    >>> validate_graph(records_to_dataset(records)).conforms  # doctest: +SKIP
    True
    """
    import pyshacl  # ~0.5 s import; only validation needs it
    from pyshacl.errors import (
        ConstraintLoadError,
        ReportableRuntimeError,
        ShapeLoadError,
    )

    if isinstance(graph_or_path, Graph):
        layout = _corpus_graph_result(graph_or_path)
        data = _as_written(graph_or_path)
    else:
        dataset = _parse_dataset(Path(graph_or_path))
        layout = _corpus_graph_result(dataset)
        data = _union(dataset)
    if shapes is None:
        shapes_graph = default_shapes()
    elif isinstance(shapes, Graph):
        shapes_graph = _union(shapes)
    else:
        shapes_graph = load_graph(shapes)

    try:
        _, results_graph, _ = pyshacl.validate(
            data,
            shacl_graph=shapes_graph,
            inference="none",
            advanced=True,  # SPARQL targets (shapes.ttl, kgsh:MentionOffsetsShape)
            do_owl_imports=False,
            allow_warnings=True,
            abort_on_first=False,
        )
    except (ShapeLoadError, ConstraintLoadError, ReportableRuntimeError) as e:
        if shapes is None:  # the shipped shapes are broken: a bug, keep the traceback
            raise
        where = shapes if isinstance(shapes, str | os.PathLike) else "shapes"
        raise InputError(f"{where}: expected SHACL shapes, got: {_one_line(e)}") from e
    short = _Shortener(shapes_graph)
    nodes = results_graph.subjects(RDF.type, SH.ValidationResult)
    results = sorted(
        (_result(results_graph, r, short) for r in nodes),
        key=lambda r: (
            r.severity != "violation",
            r.focus,
            r.path,
            r.message,
            r.value or "",
        ),
    )
    if layout is not None:
        results.insert(0, layout)
    conforms = not any(r.severity == "violation" for r in results)
    return Report(conforms=conforms, triples=len(data), results=tuple(results))


def _corpus_graph_result(graph: Graph) -> Result | None:
    """A violation if ``graph`` is a dataset whose default graph is not its
    corpus graph (``kg.store``): when a file has both article graphs and a
    default graph, the default graph must be exactly the set of the article
    graphs' triples. ``None`` when it is, or when there is nothing to compare."""
    if not graph.context_aware:
        return None
    default, named = set(), set()
    for g in cast(Dataset, graph).graphs():
        triples = set(g.triples((None, None, None)))
        if g.identifier == DATASET_DEFAULT_GRAPH_ID:
            default |= triples
        else:
            named |= triples
    if not default or not named or default == named:
        return None
    return Result(
        focus="(default graph)",
        path="-",
        message=(
            "expected the corpus graph, the set of the article graphs' triples; "
            f"got {len(named - default)} of their triples missing and "
            f"{len(default - named)} triples no article graph states"
        ),
    )


def _result(report: Graph, node: Node, short: _Shortener) -> Result:
    def one(p: URIRef) -> Node | None:
        return report.value(node, p)

    path = one(SH.resultPath)
    value = one(SH.value)
    message = one(SH.resultMessage)
    severity = _SEVERITY.get(cast(URIRef, one(SH.resultSeverity)), "violation")
    if message is None:
        message = Literal(f"violates {short(one(SH.sourceConstraintComponent))}")
    return Result(
        focus=short(one(SH.focusNode)),
        path=short(path),
        message=str(message),
        value=short(value) if value is not None else None,
        severity=severity,
    )


class _Shortener:
    """Readable terms: ``kgr:person/antony-blinken``, ``"Genf"@de``, ``[]``.

    Prefixes are those of MODEL.md and the shapes, fixed here: a term in
    another namespace (``https://schema.org/`` for ``http://schema.org/``) is
    printed in full, so a mismatch shows.
    """

    PREFIXES = {**vocab.PREFIXES, "sh": "http://www.w3.org/ns/shacl#"}

    def __init__(self, shapes: Graph) -> None:
        prefixes = dict(self.PREFIXES)
        for prefix, ns in shapes.namespaces():  # the shapes' own, e.g. kgsh:
            if prefix and prefix not in prefixes and str(ns) not in prefixes.values():
                prefixes[prefix] = str(ns)
        self.prefixes = sorted(prefixes.items(), key=lambda x: -len(x[1]))
        self.literals = Graph(bind_namespaces="core").namespace_manager

    def __call__(self, term: Node | None) -> str:
        if term is None:
            return "-"
        if isinstance(term, BNode):
            return "[]"  # pyshacl copies blank nodes; their ids mean nothing here
        if isinstance(term, Literal):
            if term.datatype in _BARE and not term.ill_typed:
                return str(term)  # 10, not "10"^^xsd:integer, as in Turtle
            text = term.n3(self.literals)
            return text if len(text) <= 80 else text[:77] + "..."
        iri = str(term)
        for prefix, ns in self.prefixes:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns) :]}"
        return f"<{iri}>"
