"""The answers as a user sees them: an aligned table, CSV/TSV, JSON, XML, Turtle
or N-Triples, with IRIs shortened by kg's prefixes and control characters shown."""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.query.check import one_line
from kg.rdf.prefixes import PREFIXES

FORMATS = ("table", "csv", "tsv", "json", "xml", "ttl", "nt")
XSD = PREFIXES["xsd"]


def short_iri(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"


def term_text(term: Any) -> str:
    """A term as a person reads it: IRIs prefixed, literals as their text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return short_iri(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


# C0 and C1 control characters and the bidi overrides: text from articles must
# not drive the terminal (colours, cursor moves, window titles) or reorder a line.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with control characters shown as escapes (``\\x1b``), for a
    terminal."""
    return _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], text)


def _table(variables: list[str], rows: list[list[str]], max_width: int) -> str:
    def clip(s: str) -> str:
        s = printable(" ".join(s.split()))
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    rows = [[clip(c) for c in row] for row in rows]
    widths = [
        max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(variables)
    ]
    lines = [
        "  ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in rows
    ]
    n = len(rows)
    lines.append(f"({n} row{'s' * (n != 1)})")
    return "\n".join(lines) + "\n"


def format_results(
    result: Any, *, format: str = "table", max_width: int = 100, where: str = "query"
) -> bytes:
    """Serialise a query result.

    SELECT: ``table`` (aligned text), ``csv``, ``tsv``, ``json`` (SPARQL 1.1
    JSON results), ``xml``. ASK: ``yes``/``no`` as a table, else the results
    formats. CONSTRUCT/DESCRIBE: Turtle (``table``/``ttl``) or ``nt``.

    Raises
    ------
    QueryError
        If ``format`` does not fit the kind of result, or the query fails while
        its results are read.
    """
    if format not in FORMATS:
        raise QueryError(
            f"--format: expected one of {', '.join(FORMATS)}, got {format!r}"
        )
    # Oxigraph evaluates lazily: errors of evaluation (a type error, a timeout)
    # surface while the solutions are read, here.
    try:
        return _serialize(result, format, max_width)
    except QueryError:
        raise
    except (RuntimeError, OSError, ValueError, TypeError) as e:
        raise QueryError(
            f"{where}: expected a query the store can answer, got {one_line(e)}"
        ) from e


def _serialize(result: Any, format: str, max_width: int) -> bytes:
    results_formats = {
        "csv": ox.QueryResultsFormat.CSV,
        "tsv": ox.QueryResultsFormat.TSV,
        "json": ox.QueryResultsFormat.JSON,
        "xml": ox.QueryResultsFormat.XML,
    }
    if isinstance(result, ox.QueryTriples):
        if format in ("table", "ttl"):
            # no kgr: here, Turtle would have to escape the slashes of its local names
            prefixes = {k: v for k, v in PREFIXES.items() if k != "kgr"}
            return (
                ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
                or b""
            )
        if format == "nt":
            return ox.serialize(result, format=ox.RdfFormat.N_TRIPLES) or b""
        raise QueryError(
            f"--format {format}: expected ttl or nt for a CONSTRUCT/DESCRIBE "
            "query, got a results format"
        )
    if format in ("ttl", "nt"):
        raise QueryError(
            f"--format {format}: expected table, csv, tsv, json or xml for a "
            "SELECT/ASK query, got an RDF format"
        )
    if isinstance(result, ox.QueryBoolean):
        if format == "table":
            return b"yes\n" if bool(result) else b"no\n"
        return result.serialize(format=results_formats[format]) or b""
    if format != "table":
        return result.serialize(format=results_formats[format]) or b""
    variables = [v.value for v in result.variables]
    rows = [[term_text(sol[v]) for v in variables] for sol in result]
    return _table(variables, rows, max_width).encode("utf-8")


def solutions(result: Any) -> list[dict[str, Any]]:
    """SELECT results as a list of ``{variable: python value}`` (for tests and scripts).

    IRIs become prefixed names (``kgr:person/antony-blinken``), literals their
    text, integers ``int``, unbound ``None``.
    """
    variables = [v.value for v in result.variables]
    out = []
    for sol in result:
        row: dict[str, Any] = {}
        for v in variables:
            t = sol[v]
            if isinstance(t, ox.Literal) and t.datatype.value == XSD + "integer":
                row[v] = int(t.value)
            else:
                row[v] = None if t is None else term_text(t)
        out.append(row)
    return out
