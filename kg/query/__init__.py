"""SPARQL over the store: ad-hoc queries and the named questions of ``queries/``.

Parameters are bound as RDF terms through pyoxigraph's ``substitutions=``
(SEP-0007), never pasted into the query text. A query's default graph is the
store's corpus graph (each fact once, :mod:`kg.store`); ``GRAPH ?article { … }``
reaches the article graphs, for provenance.

A named question is a ``queries/NAME.rq`` file (shipped as ``kg.queries``) that
starts with a comment header::

    # description: Meetings that took place in a city or country.
    # param: place (entity) – the place, by name ("Genf") or IRI
    # param: from (date, default 0001-01-01) – earliest date
    # example: kg query meetings_in_place --param place=Genf

A parameter's type decides how ``--param k=v`` becomes a term:

==============  ============================================================
``literal@de``  ``"v"@de`` (any language tag works: ``literal@en``)
``literal``     ``"v"`` (xsd:string)
``iri``         ``<v>``; ``kgr:person/x`` and the other known prefixes expand
``entity``      an IRI as above, or a name: the one entity whose
                ``schema:name`` or ``schema:alternateName`` is ``v`` (exact,
                else ignoring case)
``date``        ``"v"^^xsd:date`` (YYYY-MM-DD)
``datetime``    ``"v"^^xsd:dateTime``
``integer``     ``"v"^^xsd:integer``
==============  ============================================================

Oxigraph applies a substitution only to a variable of the outer ``SELECT``
projection, so every parameter of a named question is projected (and grouped
on, in aggregates); ``BOUND()`` and ``BIND()`` do not see substitutions.

This module imports neither spaCy nor rdflib: ``kg query`` starts in a blink.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf.prefixes import PREFIXES

__all__ = [
    "PREFIXES",
    "Param",
    "NamedQuery",
    "named_queries",
    "get_named_query",
    "read_query_file",
    "parse_query_text",
    "parse_param_args",
    "bind_params",
    "resolve_entity",
    "check_syntax",
    "check_local",
    "find_remote_call",
    "run_query",
    "run_named",
    "format_results",
    "solutions",
]

XSD = PREFIXES["xsd"]
# PREFIXES (kg.rdf.prefixes) are known to ``kg query -e``, to ``iri``/``entity``
# parameters and to the table output (IRIs are shown as ``kgr:person/antony-blinken``)

PARAM_TYPES = ("literal", "iri", "entity", "date", "datetime", "integer")
FORMATS = ("table", "csv", "tsv", "json", "xml", "ttl", "nt")

_HEADER = re.compile(r"#\s*(description|param|example)\s*:\s*(.*)")
_PARAM = re.compile(r"(\w+)\s*\(([^)]*)\)\s*(?:[–—-]\s*)?(.*)")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True, slots=True)
class Param:
    """A declared parameter: ``# param: name (type[, optional|default V]) – text``."""

    name: str
    type: str
    description: str = ""
    optional: bool = False
    default: str | None = None

    def __post_init__(self) -> None:
        base = self.type.partition("@")[0]
        if base not in PARAM_TYPES or ("@" in self.type and base != "literal"):
            raise QueryError(
                f"param {self.name}: expected a type among {', '.join(PARAM_TYPES)} "
                f"(or literal@LANG), got {self.type!r}"
            )

    def signature(self) -> str:
        extra = ", optional" if self.optional else ""
        if self.default is not None:
            extra = f", default {self.default}"
        return f"{self.name} ({self.type}{extra})"


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A SPARQL query with its header: description, parameters, examples."""

    name: str
    text: str
    description: str = ""
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = field(default=())

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def parse_query_text(text: str, *, name: str) -> NamedQuery:
    """Read the comment header of a query; the body stays as it is.

    Raises
    ------
    QueryError
        On a malformed ``# param:`` line.
    """
    description, params, examples = "", [], []
    last = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break  # the header ends with the first line of SPARQL
        m = _HEADER.match(stripped)
        if not m:
            if last == "description" and re.match(r"#\s{2,}\S", stripped):
                description = (
                    f"{description} {stripped[1:].strip()}"  # indented continuation
                )
            else:
                last = None
            continue
        key, value = m.group(1), m.group(2).strip()
        last = key
        if key == "description":
            description = f"{description} {value}".strip()
        elif key == "example":
            examples.append(value)
        else:
            pm = _PARAM.match(value)
            if not pm:
                raise QueryError(
                    f"{name}: expected '# param: NAME (TYPE) – text', got {stripped!r}"
                )
            pname, spec, pdesc = pm.groups()
            parts = [s.strip() for s in spec.split(",")]
            optional, default = False, None
            for extra in parts[1:]:
                if extra == "optional":
                    optional = True
                elif extra.startswith("default"):
                    default = extra[len("default") :].strip(" =")
                else:
                    raise QueryError(
                        f"{name}: param {pname}: expected 'optional' or "
                        "'default VALUE' "
                        f"after the type, got {extra!r}"
                    )
            params.append(Param(pname, parts[0], pdesc.strip(), optional, default))
    return NamedQuery(name, text, description, tuple(params), tuple(examples))


@functools.cache
def named_queries() -> dict[str, NamedQuery]:
    """All shipped named questions (``queries/*.rq``, package ``kg.queries``)."""
    out: dict[str, NamedQuery] = {}
    for entry in sorted(resources.files("kg.queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_query_text(entry.read_text(encoding="utf-8"), name=name)
    return out


def get_named_query(name: str) -> NamedQuery:
    """The named question ``name``.

    Raises
    ------
    QueryError
        If there is none by that name.
    """
    queries = named_queries()
    try:
        return queries[name]
    except KeyError:
        close = [n for n in queries if name.lower() in n or n in name.lower()]
        hint = (
            f" (did you mean {', '.join(close)}?)"
            if close
            else " (see kg query --list)"
        )
        raise QueryError(
            f"{name}: expected the name of a named query, got an unknown one{hint}"
        ) from None


def read_query_file(path: str | Path) -> NamedQuery:
    """A ``.rq`` file, with its header if it has one."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"{path}: expected a SPARQL query file, got none") from None
    except (UnicodeDecodeError, OSError) as e:
        raise QueryError(
            f"{path}: expected a readable UTF-8 SPARQL file, got {e}"
        ) from e
    return parse_query_text(text, name=str(path))


def parse_param_args(pairs: Iterable[str]) -> dict[str, str]:
    """``["city=Genf", "n=2"]`` -> ``{"city": "Genf", "n": "2"}``."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not _NAME.fullmatch(key):
            raise QueryError(f"--param: expected NAME=VALUE, got {pair!r}")
        if key in out:
            raise QueryError(f"--param {key}: expected once, got twice")
        out[key] = value
    return out


def _expand_iri(value: str, where: str) -> ox.NamedNode:
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    else:
        prefix, sep, local = value.partition(":")
        if sep and prefix in PREFIXES and not local.startswith("//"):
            value = PREFIXES[prefix] + local
    try:
        if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value):
            raise ValueError("no scheme")
        return ox.NamedNode(value)
    except ValueError:
        raise QueryError(
            f"{where}: expected an IRI (https://…, <…> or a prefixed name like "
            f"kgr:person/antony-blinken), got {value!r}"
        ) from None


def _looks_like_iri(value: str) -> bool:
    if value.startswith("<"):
        return True
    prefix, sep, local = value.partition(":")
    return bool(sep) and (prefix in PREFIXES or local.startswith("//"))


_LOOKUP_EXACT = """
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?entity ?name ?how WHERE {
  { ?entity schema:name ?name BIND(1 AS ?how) }
  UNION
  { ?entity schema:alternateName ?name BIND(2 AS ?how) }
}"""

_LOOKUP_CASELESS = """
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?entity ?text ?how WHERE {
  { ?entity schema:name ?n BIND(1 AS ?how) }
  UNION
  { ?entity schema:alternateName ?n BIND(2 AS ?how) }
  FILTER(LCASE(STR(?n)) = LCASE(STR(?text)))
}"""


def _select(store: ox.Store, text: str, **kwargs: Any) -> ox.QuerySolutions:
    result = store.query(text, **kwargs)
    assert isinstance(result, ox.QuerySolutions)
    return result


_LOOKUP_SUFFIX = """
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?entity ?text WHERE {
  ?entity schema:name ?n .
  FILTER(STRENDS(LCASE(STR(?n)), CONCAT(" ", LCASE(STR(?text)))))
}"""


def resolve_entity(
    store: ox.Store, value: str, *, where: str = "entity"
) -> ox.NamedNode:
    """The IRI of the one entity named ``value`` (or ``value`` itself if it is an IRI).

    A match on ``schema:name`` beats one on ``schema:alternateName``; an exact
    match beats one that ignores case; last comes a unique name that ends in
    ``value`` as a word ("Sherman" for "Wendy Sherman").

    Raises
    ------
    QueryError
        If no entity or several entities carry that name.
    """
    if _looks_like_iri(value):
        return _expand_iri(value, where)
    for text, var, term in (
        (_LOOKUP_EXACT, "name", ox.Literal(value, language="de")),
        (_LOOKUP_CASELESS, "text", ox.Literal(value)),
    ):
        found: dict[str, int] = {}
        for row in _select(
            store,
            text,
            use_default_graph_as_union=False,
            substitutions={ox.Variable(var): term},
        ):
            iri, how = row["entity"], row["how"]
            if isinstance(iri, ox.NamedNode) and isinstance(how, ox.Literal):
                found[iri.value] = min(found.get(iri.value, 9), int(how.value))
        if found:
            best = min(found.values())
            hits = sorted(k for k, v in found.items() if v == best)
            if len(hits) == 1:
                return ox.NamedNode(hits[0])
            shown = ", ".join(_short(h) for h in hits[:5]) + (
                " …" if len(hits) > 5 else ""
            )
            raise QueryError(
                f"{where}={value}: expected one entity, got {len(hits)}: {shown}; "
                "pass an IRI instead"
            )
    # last resort: a unique entity whose name ends in the word(s) given ("Sherman")
    hits = sorted(
        {
            row["entity"].value
            for row in _select(
                store,
                _LOOKUP_SUFFIX,
                use_default_graph_as_union=False,
                substitutions={ox.Variable("text"): ox.Literal(value)},
            )
            if isinstance(row["entity"], ox.NamedNode)
        }
    )
    if len(hits) == 1:
        return ox.NamedNode(hits[0])
    if hits:
        shown = ", ".join(_short(h) for h in hits[:5]) + (" …" if len(hits) > 5 else "")
        raise QueryError(
            f"{where}={value}: expected one entity, got {len(hits)} whose name "
            f"ends so: {shown}; give the full name or an IRI"
        )
    raise QueryError(
        f"{where}={value}: expected the name of an entity in the graph, "
        "got none by that name "
        "(try kg query find_entity --param text=…)"
    )


def _term(
    param: Param, value: str, store: ox.Store | None, where: str
) -> ox.NamedNode | ox.Literal:
    base, _, lang = param.type.partition("@")
    if base == "literal":
        return ox.Literal(value, language=lang) if lang else ox.Literal(value)
    if base == "iri":
        return _expand_iri(value, where)
    if base == "entity":
        if store is None:
            return _expand_iri(value, where)
        return resolve_entity(store, value, where=where)
    if base == "date":
        try:
            dt.date.fromisoformat(value)
            if not re.fullmatch(r"-?\d{4,}-\d\d-\d\d", value):
                raise ValueError
        except ValueError:
            raise QueryError(
                f"{where}: expected a date YYYY-MM-DD, got {value!r}"
            ) from None
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    if base == "datetime":
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            raise QueryError(
                f"{where}: expected a date-time YYYY-MM-DDTHH:MM[:SS], got {value!r}"
            ) from None
        if len(value) == 16:
            value += ":00"
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "dateTime"))
    try:  # integer
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
    except ValueError:
        raise QueryError(f"{where}: expected an integer, got {value!r}") from None


def _adhoc_term(value: str, where: str) -> ox.NamedNode | ox.Literal:
    """An undeclared parameter: ``<iri>``/``kgr:…``, ``"text"@lang``, else a string."""
    m = re.fullmatch(r'"(.*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(.+))?', value, re.S)
    if m:
        text, lang, dtype = m.groups()
        if lang:
            return ox.Literal(text, language=lang)
        if dtype:
            return ox.Literal(text, datatype=_expand_iri(dtype, where))
        return ox.Literal(text)
    if _looks_like_iri(value):
        return _expand_iri(value, where)
    return ox.Literal(value)


def bind_params(
    query: NamedQuery, values: Mapping[str, str], store: ox.Store | None = None
) -> dict[ox.Variable, Any]:
    """Turn ``--param`` strings into RDF terms for ``substitutions=``.

    Declared parameters get their declared type; defaults fill the missing
    ones; an optional parameter left out stays a free variable. A query without
    a header takes any parameter, read as ``<iri>``, ``"text"@lang`` or a string.

    Raises
    ------
    QueryError
        On a missing required or unknown parameter, or a value of the wrong type.
    """
    out: dict[ox.Variable, Any] = {}
    if not query.params:
        for key, text in values.items():
            out[ox.Variable(key)] = _adhoc_term(text, f"--param {key}")
        return out
    declared = {p.name for p in query.params}
    unknown = [k for k in values if k not in declared]
    if unknown:
        raise QueryError(
            f"{query.name}: expected parameters {', '.join(sorted(declared))}, "
            f"got unknown {', '.join(unknown)}"
        )
    for p in query.params:
        value: str | None = values[p.name] if p.name in values else p.default
        if value is None:
            if p.optional:
                continue
            raise QueryError(
                f"{query.name}: expected --param {p.name}=… ({p.type}"
                f"{': ' + p.description if p.description else ''}), got none"
            )
        out[ox.Variable(p.name)] = _term(p, value, store, f"--param {p.name}")
    return out


_EMPTY = ox.Store()


def _one_line(e: Exception, limit: int = 160) -> str:
    """Oxigraph's syntax errors list every expected token; keep the start."""
    text = " ".join(str(e).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_syntax(text: str, *, where: str = "query") -> None:
    """Parse ``text`` as SPARQL 1.1 (query), raising QueryError with the position."""
    try:
        result = _EMPTY.query(text, prefixes=PREFIXES)
    except SyntaxError as e:
        raise QueryError(
            f"{where}: expected a SPARQL 1.1 query, got {_one_line(e)}"
        ) from e
    except (OSError, RuntimeError):  # parsed, failed later: not a syntax problem
        return
    del result


# What a SPARQL lexer skips: strings, IRIs, comments. Whatever is left is code,
# where a keyword is a keyword. The IRI pattern follows IRIREF (no spaces, braces
# or quotes inside), so a "<" that is less-than never swallows a SERVICE clause,
# which needs a "{" after its target.
_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
    re.S,
)
# SERVICE (and LOAD in an update) as a keyword: not part of a variable, a
# prefixed name or a language tag.
_REMOTE = {
    False: re.compile(r"(?<![\w\-:?$@%\\])SERVICE(?![\w:])", re.I),
    True: re.compile(r"(?<![\w\-:?$@%\\])(?:SERVICE|LOAD)(?![\w:])", re.I),
}
_UESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescape(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)

    return _UESCAPE.sub(one, text)


def find_remote_call(text: str, *, update: bool = False) -> str | None:
    """The first ``SERVICE`` keyword (and ``LOAD``, for an update) in SPARQL text,
    with its line, or ``None``.

    Federated ``SERVICE`` makes the engine fetch from any URL the query names, and
    ``LOAD`` fetches a document: from a server, a way to reach hosts behind it.
    The check is lexical and errs on the side of refusing: strings, IRIs and
    comments are skipped, the word must stand alone, not in ``?service`` or
    ``ex:service``. It runs on the text as it is and again with ``\\uXXXX``
    escapes decoded (SPARQL allows them anywhere; Oxigraph decodes them in
    strings and IRIs only), so an escape cannot open a string the engine does
    not see.

    Example
    -------
    >>> find_remote_call("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }")
    'SERVICE at line 1'
    >>> find_remote_call('SELECT * { ?s ?p "SERVICE" }') is None
    True
    """
    for variant in (text, _unescape(text)):
        code = _SKIP.sub(lambda m: "\n" * m.group(0).count("\n") or " ", variant)
        m = _REMOTE[update].search(code)
        if m is not None:
            line = code.count("\n", 0, m.start()) + 1
            return f"{m.group(0).upper()} at line {line}"
    return None


def check_local(text: str, *, where: str = "query", update: bool = False) -> None:
    """Refuse a query that would go on the network (see :func:`find_remote_call`).

    Raises
    ------
    QueryError
        If ``text`` holds a ``SERVICE`` (or, for an update, ``LOAD``) keyword.
    """
    found = find_remote_call(text, update=update)
    if found is not None:
        raise QueryError(
            f"{where}: expected a query over the local graph, got {found} "
            "(federated queries are refused: kg never fetches from other hosts)"
        )


def run_query(
    store: ox.Store,
    text: str,
    *,
    substitutions: Mapping[ox.Variable, Any] | None = None,
    where: str = "query",
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Run a SPARQL query over the corpus graph (and the article graphs in
    ``GRAPH`` patterns).

    The prefixes of :data:`PREFIXES` are predeclared (a query may override them).
    A federated ``SERVICE`` call is refused (:func:`check_local`): kg does not
    go on the network.

    Raises
    ------
    QueryError
        On a syntax error (with its line:column), a SERVICE call or an
        evaluation error.
    """
    check_local(text, where=where)
    try:
        return store.query(
            text,
            use_default_graph_as_union=False,
            prefixes=PREFIXES,
            substitutions=dict(substitutions or {}),
        )
    except SyntaxError as e:
        raise QueryError(
            f"{where}: expected a SPARQL 1.1 query, got {_one_line(e)}"
        ) from e
    except (RuntimeError, OSError, ValueError, TypeError) as e:
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        m = re.search(r"variable \?(\w+) in its SELECT projection", msg)
        if m:
            raise QueryError(
                f"{where}: expected the parameter ?{m.group(1)} among the SELECT "
                "variables "
                "(Oxigraph binds only selected variables), got a query that does not "
                "select it"
            ) from e
        raise QueryError(
            f"{where}: expected a query the store can answer, got {msg}"
        ) from e


def run_named(
    store: ox.Store, name: str, params: Mapping[str, str] | None = None
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Run the named question ``name`` with ``--param``-style string values.

    Example
    -------
    >>> run_named(store, "meetings_in_place", {"place": "Genf"})  # doctest: +SKIP
    """
    query = get_named_query(name)
    subs = bind_params(query, params or {}, store)
    return run_query(store, query.text, substitutions=subs, where=name)


# --- output --------------------------------------------------------------------------


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"


def term_text(term: Any) -> str:
    """A term as a person reads it: IRIs prefixed, literals as their text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _short(term.value)
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
            f"{where}: expected a query the store can answer, got {_one_line(e)}"
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
