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

import re
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.query.check import check_local, check_syntax, find_remote_call, one_line
from kg.query.named import (
    PARAM_TYPES,
    NamedQuery,
    Param,
    get_named_query,
    named_queries,
    parse_param_args,
    parse_query_text,
    read_query_file,
)
from kg.query.output import FORMATS, format_results, printable, solutions, term_text
from kg.query.params import bind_params, resolve_entity
from kg.rdf.prefixes import PREFIXES

__all__ = [
    "FORMATS",
    "PARAM_TYPES",
    "printable",
    "term_text",
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
            f"{where}: expected a SPARQL 1.1 query, got {one_line(e)}"
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
