"""Every SPARQL query ``kg viz`` asks, named, and the helpers that ask them.

Values (dates, names) are always bound through ``substitutions``; pyoxigraph wants a
substituted variable in the projection, so each query projects the ones it uses.
Only fixed filter clauses are added or left out (``#FILTER``, filled by the
``*_query`` functions), never text built from a value.

The queries read the corpus graph (the store's default graph, each fact once);
only :data:`MEMBERSHIPS` looks into the article graphs. Prefixes come from the one
table, :data:`kg.rdf.vocab.PREFIXES`, with ``schema:`` as the store spells it
(:func:`prefixes_for`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf.vocab import KG, PREFIXES, SDO

__all__ = [
    "CLASS_TYPES",
    "Select",
    "Info",
    "ENTITIES",
    "LABELS",
    "ARTICLES",
    "MEETINGS",
    "PARTICIPANTS",
    "MEMBERSHIPS",
    "MENTIONS",
    "MENTIONS_DATED",
    "STATEMENTS",
    "STATEMENTS_DATED",
    "STATEMENT_QUOTES",
    "MEETING_SENTENCES",
    "MEMBERSHIP_SENTENCES",
    "SENTENCE_TEXTS",
    "NAMES",
    "NAMES_LIKE",
    "ALL_NAMES",
    "ENTITY_NAMES",
    "MAP_MEETINGS",
    "MAP_COORDS",
    "MAP_CODES",
    "bindings",
    "date_filter",
    "map_meetings_query",
    "meetings_query",
    "memberships_query",
    "mentions_query",
    "prefixes_for",
    "select",
    "selector",
    "statements_query",
    "term_value",
]

#: RDF class -> node type, most specific first: an entity typed kg:Place and
#: kg:Country is a country.
CLASS_TYPES: tuple[tuple[str, str], ...] = (
    (str(KG.Person), "person"),
    (str(SDO["Person"]), "person"),
    (str(KG.Organisation), "organisation"),
    (str(SDO["Organization"]), "organisation"),
    (str(KG.Country), "country"),
    (str(SDO["Country"]), "country"),
    (str(KG.City), "city"),
    (str(SDO["City"]), "city"),
    (str(KG.Region), "region"),
    (str(KG.Place), "place"),
    (str(SDO["Place"]), "place"),
)

#: ``select(query, substitutions)`` on one store, as :func:`selector` makes it
Select = Callable[..., Iterator[ox.QuerySolution]]

#: one meeting, membership, article or statement as read: field -> value, set or None
Info = dict[str, Any]

# --- the network (kg.viz.graph) -------------------------------------------------------

_CLASS_VALUES = " ".join(f"<{iri}>" for iri, _ in CLASS_TYPES)  # constants
# Types and names are asked apart, DISTINCT: an entity may have several classes,
# and a graph loaded from an older file may still repeat them.
ENTITIES = (
    "SELECT DISTINCT ?e ?class WHERE {\n"
    f"  VALUES ?class {{ {_CLASS_VALUES} }}\n"
    "  ?e a ?class .\n"
    "}"
)
LABELS = "SELECT DISTINCT ?e ?name WHERE { ?e schema:name ?name }"

ARTICLES = """
SELECT ?a ?headline ?date ?url WHERE {
  { ?a a kg:Article } UNION { ?a a schema:NewsArticle }
  OPTIONAL { ?a schema:headline ?headline }
  OPTIONAL { ?a schema:datePublished ?date }
  OPTIONAL { ?a schema:url ?url }
}"""

MEETINGS = """
SELECT ?m ?name ?date ?place ?placeName ?article ?since ?until WHERE {
  ?m a kg:Meeting .
  OPTIONAL { ?m schema:name ?name }
  OPTIONAL { ?m schema:startDate ?date }
  OPTIONAL { ?m schema:location ?place OPTIONAL { ?place schema:name ?placeName } }
  OPTIONAL { ?m kg:reportedIn ?article }
  #FILTER
}"""

PARTICIPANTS = """
SELECT ?m ?e ?how WHERE {
  ?m a kg:Meeting .
  { ?m schema:attendee ?e BIND("attendee" AS ?how) }
  UNION
  { ?m schema:organizer ?e BIND("organizer" AS ?how) }
}"""

MEMBERSHIPS = """
SELECT ?ms ?person ?org ?title ?roleLabel ?valid ?article ?since ?until WHERE {
  # one article graph at a time: a membership seen in n articles has n dates and
  # n sources in the corpus graph, which would multiply n-fold per property
  GRAPH ?g {
    ?ms a org:Membership ; org:member ?person .
    OPTIONAL { ?ms org:organization ?org }
    OPTIONAL { ?ms kg:title ?title }
    OPTIONAL { ?ms org:role ?role OPTIONAL { ?role rdfs:label ?roleLabel } }
    OPTIONAL { ?ms kg:validAt ?valid }
    OPTIONAL { ?ms prov:wasDerivedFrom/kg:inArticle ?article }
    #FILTER
  }
}"""

MENTIONS = """
SELECT DISTINCT ?s ?e ?article WHERE {
  ?mention kg:mentionOf ?e ; kg:inSentence ?s .
  OPTIONAL { ?mention kg:inArticle ?article }
}"""

# With a date range: only mentions in dated articles (an OPTIONAL date here would
# cost Oxigraph 30 times as long).
MENTIONS_DATED = """
SELECT DISTINCT ?s ?e ?article ?since ?until WHERE {
  ?mention kg:mentionOf ?e ; kg:inSentence ?s ; kg:inArticle ?article .
  ?article schema:datePublished ?published .
  #FILTER
}"""

# A verbal interaction with an addressee (MODEL.md "Statements"): one directed
# statement edge. Dated by its article (it has no date of its own).
STATEMENTS = """
SELECT ?i ?type ?agent ?recipient ?verb ?issue ?s ?article WHERE {
  ?i a kg:VerbalInteraction ; kg:interactionType ?type ;
     schema:agent ?agent ; schema:recipient ?recipient .
  OPTIONAL { ?i kg:verb ?verb }
  OPTIONAL { ?i kg:issue ?issue }
  OPTIONAL { ?i prov:wasDerivedFrom ?s }
  OPTIONAL { ?i kg:inArticle ?article }
}"""

STATEMENTS_DATED = """
SELECT ?i ?type ?agent ?recipient ?verb ?issue ?s ?article ?since ?until WHERE {
  ?i a kg:VerbalInteraction ; kg:interactionType ?type ;
     schema:agent ?agent ; schema:recipient ?recipient ; kg:inArticle ?article .
  ?article schema:datePublished ?published .
  OPTIONAL { ?i kg:verb ?verb }
  OPTIONAL { ?i kg:issue ?issue }
  OPTIONAL { ?i prov:wasDerivedFrom ?s }
  #FILTER
}"""

# --- the evidence of an edge (the sentences saying it) --------------------------------

MEETING_SENTENCES = """
SELECT DISTINCT ?m ?s WHERE { ?m a kg:Meeting ; prov:wasDerivedFrom ?s }"""

MEMBERSHIP_SENTENCES = """
SELECT DISTINCT ?person ?org ?s WHERE {
  ?ms a org:Membership ; org:member ?person ; org:organization ?org ;
      prov:wasDerivedFrom ?s .
}"""

# the quotations of a statement: what its speaker is quoted with in its sentence
STATEMENT_QUOTES = """
SELECT DISTINCT ?s ?creator ?text WHERE {
  ?q a schema:Quotation ; schema:creator ?creator ; schema:text ?text ;
     prov:wasDerivedFrom ?s .
}"""

SENTENCE_TEXTS = """
SELECT ?s ?text ?article WHERE {
  ?s a kg:Sentence ; kg:text ?text .
  OPTIONAL { ?s kg:inArticle ?article }
}"""

# --focus: an exact name first, then a substring, then close names for the hint
NAMES = """
SELECT ?e ?n ?q WHERE {
  ?e schema:name|schema:alternateName ?n .
  FILTER(LCASE(STR(?n)) = LCASE(STR(?q)))
}"""

NAMES_LIKE = """
SELECT ?e ?n ?q WHERE {
  ?e schema:name|schema:alternateName ?n .
  FILTER(CONTAINS(LCASE(STR(?n)), LCASE(STR(?q))))
}"""

ALL_NAMES = "SELECT DISTINCT ?n WHERE { ?e schema:name|schema:alternateName ?n }"

ENTITY_NAMES = "SELECT DISTINCT ?e ?n WHERE { ?e schema:name|schema:alternateName ?n }"

# --- the map (kg.viz.map) -------------------------------------------------------------

MAP_MEETINGS = """
SELECT DISTINCT ?m ?name ?date ?place ?since ?until WHERE {
  ?m a kg:Meeting ; schema:location ?place .
  OPTIONAL { ?m schema:name ?name }
  OPTIONAL { ?m schema:startDate ?date }
  #FILTER
}"""

MAP_COORDS = """
SELECT DISTINCT ?place ?lat ?lon WHERE {
  ?place schema:geo ?geo .
  ?geo schema:latitude ?lat ; schema:longitude ?lon .
}"""

MAP_CODES = "SELECT DISTINCT ?place ?code WHERE { ?place schema:identifier ?code }"


# --- filling in the fixed filters -----------------------------------------------------


def date_filter(var: str, since: str | None, until: str | None) -> str:
    """A fixed FILTER on ``?var`` against the bound ``?since``/``?until`` (ISO strings;
    the first 10 characters of an xsd:date or xsd:dateTime compare as strings)."""
    tests = []
    if since is not None:
        tests.append(f"SUBSTR(STR(?{var}), 1, 10) >= STR(?since)")
    if until is not None:
        tests.append(f"SUBSTR(STR(?{var}), 1, 10) <= STR(?until)")
    if not tests:
        return ""
    return f"FILTER(BOUND(?{var}) && {' && '.join(tests)})"


def meetings_query(since: str | None, until: str | None) -> str:
    """:data:`MEETINGS` with the meeting date in the range."""
    return MEETINGS.replace("#FILTER", date_filter("date", since, until))


def memberships_query(
    since: str | None, until: str | None, *, named_graphs: bool = True
) -> str:
    """:data:`MEMBERSHIPS` with the ``kg:validAt`` date in the range; without
    ``named_graphs`` (a plain triples file: everything is in the default graph)
    it reads the default graph."""
    query = MEMBERSHIPS.replace("#FILTER", date_filter("valid", since, until))
    if not named_graphs:
        query = query.replace("GRAPH ?g {", "{", 1)
    return query


def mentions_query(since: str | None, until: str | None) -> str:
    """:data:`MENTIONS`, or with a range :data:`MENTIONS_DATED` with the article's
    publication date in it."""
    if since is None and until is None:
        return MENTIONS
    return MENTIONS_DATED.replace("#FILTER", date_filter("published", since, until))


def statements_query(since: str | None, until: str | None) -> str:
    """:data:`STATEMENTS`, or with a range :data:`STATEMENTS_DATED` with the
    article's publication date in it."""
    if since is None and until is None:
        return STATEMENTS
    return STATEMENTS_DATED.replace("#FILTER", date_filter("published", since, until))


def map_meetings_query(since: str | None, until: str | None) -> str:
    """:data:`MAP_MEETINGS` with the meeting date in the range."""
    return MAP_MEETINGS.replace("#FILTER", date_filter("date", since, until))


def bindings(since: str | None, until: str | None) -> dict[ox.Variable, ox.Literal]:
    """The substitutions of ``?since`` and ``?until`` the date filters compare with."""
    out = {}
    if since is not None:
        out[ox.Variable("since")] = ox.Literal(since)
    if until is not None:
        out[ox.Variable("until")] = ox.Literal(until)
    return out


# --- asking ---------------------------------------------------------------------------


def select(
    store: ox.Store,
    query: str,
    substitutions: Mapping[ox.Variable, Any] | None = None,
    *,
    prefixes: Mapping[str, str] = PREFIXES,
) -> Iterator[ox.QuerySolution]:
    """The solutions of a SELECT over the corpus graph (not the union of the
    article graphs).

    Raises
    ------
    StoreError
        If the store cannot be read.
    """
    try:
        yield from store.query(  # type: ignore[misc]
            query,
            prefixes=dict(prefixes),
            use_default_graph_as_union=False,
            substitutions=dict(substitutions or {}),
        )
    except (
        SyntaxError,
        OSError,
        RuntimeError,
    ) as e:  # pragma: no cover - queries are fixed
        raise StoreError(
            f"kg viz: expected a readable store, got {type(e).__name__}: {e}"
        ) from e


def prefixes_for(store: ox.Store) -> dict[str, str]:
    """The query prefixes, with ``schema:`` as the graph spells it. MODEL.md says
    ``http://schema.org/``; rdflib's ``SDO`` is ``https://schema.org/``, and a
    graph written with it should still draw, not come out empty."""
    for ns in (PREFIXES["schema"], "https://schema.org/"):  # constants, not input
        if store.query(f"ASK {{ ?s <{ns}name> ?o }}", use_default_graph_as_union=False):
            return {**PREFIXES, "schema": ns}
    return dict(PREFIXES)


def selector(store: ox.Store) -> Select:
    """:func:`select` on ``store`` with :func:`prefixes_for` it."""
    prefixes = prefixes_for(store)

    def select_in_store(
        query: str, substitutions: Mapping[ox.Variable, Any] | None = None
    ) -> Iterator[ox.QuerySolution]:
        return select(store, query, substitutions, prefixes=prefixes)

    return select_in_store


def term_value(term: Any) -> str | None:
    """A term as a plain string (IRI, literal lexical form, ``_:`` blank node)."""
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value)
