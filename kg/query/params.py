"""Parameters bound as RDF terms (never pasted into the query text): IRIs with
kg's prefixes, entities by name, dates and numbers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.query.named import NamedQuery, Param
from kg.query.output import short_iri
from kg.rdf.prefixes import PREFIXES

XSD = PREFIXES["xsd"]


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
            shown = ", ".join(short_iri(h) for h in hits[:5]) + (
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
        shown = ", ".join(short_iri(h) for h in hits[:5]) + (
            " …" if len(hits) > 5 else ""
        )
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
