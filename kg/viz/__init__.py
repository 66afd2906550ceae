"""The actor network: RDF graph -> networkx -> HTML / PNG / SVG / GraphML / GEXF / JSON.

``graph_to_networkx`` reads the graph ``kg build`` writes (``ontology/MODEL.md``) with
SPARQL and returns a :class:`networkx.MultiGraph` whose nodes are persons,
organisations and countries (cities, regions and other places on request) and
whose edges have one of three kinds, each the key of its edge:

``met``
    both took part (``schema:attendee`` or ``schema:organizer``) in the same
    ``kg:Meeting``; ``weight`` = number of meetings, with their dates and places.
``holds_role``
    a person holds a post in an organisation or country (``org:Membership``);
    ``titles`` as written, ``weight`` = number of memberships.
``mentioned_together``
    both are mentioned in the same ``kg:Sentence``; ``weight`` = number of sentences.

Why a MultiGraph keyed by kind: two actors who met twice *and* were named
together in five sentences have two relations with different meanings and
weights; a simple Graph would have to add them up or drop one. Keying the edge by
its kind keeps at most one edge per pair and kind, and GraphML/GEXF carry
parallel edges to Gephi and yEd unchanged. Centralities are computed on the
simple projection (distinct neighbours).

``write_network`` draws or exports it, the extension of the output choosing the
format; ``write_timeline`` draws the meetings over time; ``write_map`` puts the
meeting places on a world map by their coordinates (``schema:geo``), drawn over
a Natural Earth outline shipped in ``kg/data/geo`` (no tile server). The HTML is one
self-contained file (inline script and style, no other host) whose
Content-Security-Policy only allows its own script, so injected markup in a
name or headline could not run even if escaping failed.
"""

from __future__ import annotations

import base64
import datetime as dt
import difflib
import hashlib
import html
import json
import math
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.atomic import atomic_write, check_writable
from kg.errors import InputError, StoreError
from kg.store import with_corpus_graph

__all__ = [
    "NODE_TYPES",
    "DEFAULT_TYPES",
    "EDGE_KINDS",
    "MAP_FORMATS",
    "NETWORK_FORMATS",
    "TIMELINE_FORMATS",
    "open_source",
    "check_output",
    "graph_to_networkx",
    "layout",
    "meeting_places",
    "write_map",
    "write_network",
    "write_timeline",
]

NODE_TYPES = ("person", "organisation", "country", "city", "region", "place")
DEFAULT_TYPES = ("person", "organisation", "country")
EDGE_KINDS = ("met", "holds_role", "mentioned_together")
NETWORK_FORMATS = (".html", ".png", ".svg", ".graphml", ".gexf", ".json", ".cyjs")
TIMELINE_FORMATS = (".html", ".png", ".svg")
MAP_FORMATS = (".html", ".png", ".svg")

# One palette for the HTML page and the static figures (Tableau 10, colour-blind safe).
TYPE_COLOURS = {
    "person": "#4e79a7",
    "organisation": "#f28e2b",
    "country": "#59a14f",
    "city": "#b07aa1",
    "region": "#9c755f",
    "place": "#79706e",
}
KIND_COLOURS = {
    "met": "#e15759",
    "holds_role": "#76b7b2",
    "mentioned_together": "#9d9d9d",
}
KIND_LABELS = {
    "met": "met",
    "holds_role": "holds role in",
    "mentioned_together": "mentioned together",
}
TYPE_ALIASES = {
    "persons": "person",
    "people": "person",
    "per": "person",
    "org": "organisation",
    "orgs": "organisation",
    "organization": "organisation",
    "organisations": "organisation",
    "organizations": "organisation",
    "countries": "country",
    "cities": "city",
    "regions": "region",
    "places": "place",
}

_PREFIXES = {
    "kg": "https://w3id.org/kg-news/ontology#",
    "schema": "http://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}
_KG = _PREFIXES["kg"]
_SDO = _PREFIXES["schema"]
# Most specific first: an entity typed kg:Place and kg:Country is a country.
_CLASS_TYPES = (
    (_KG + "Person", "person"),
    (_SDO + "Person", "person"),
    (_KG + "Organisation", "organisation"),
    (_SDO + "Organization", "organisation"),
    (_KG + "Country", "country"),
    (_SDO + "Country", "country"),
    (_KG + "City", "city"),
    (_SDO + "City", "city"),
    (_KG + "Region", "region"),
    (_KG + "Place", "place"),
    (_SDO + "Place", "place"),
)
_TYPE_RANK = {iri: i for i, (iri, _) in enumerate(_CLASS_TYPES)}
_TYPE_OF = dict(_CLASS_TYPES)

# --- SPARQL ------------------------------------------------------------------------
# Values (dates, names) are always bound through ``substitutions``; pyoxigraph wants a
# substituted variable in the projection, so each query projects the ones it uses.
# Only fixed filter clauses are added or left out, never text built from a value.

_CLASS_VALUES = " ".join(f"<{iri}>" for iri, _ in _CLASS_TYPES)  # constants
# Types and names are asked apart, DISTINCT: an entity may have several classes,
# and a graph loaded from an older file may still repeat them.
_Q_ENTITIES = (
    "SELECT DISTINCT ?e ?class WHERE {\n"
    f"  VALUES ?class {{ {_CLASS_VALUES} }}\n"
    "  ?e a ?class .\n"
    "}"
)
_Q_LABELS = "SELECT DISTINCT ?e ?name WHERE { ?e schema:name ?name }"

_Q_ARTICLES = """
SELECT ?a ?headline ?date ?url WHERE {
  { ?a a kg:Article } UNION { ?a a schema:NewsArticle }
  OPTIONAL { ?a schema:headline ?headline }
  OPTIONAL { ?a schema:datePublished ?date }
  OPTIONAL { ?a schema:url ?url }
}"""

_Q_MEETINGS = """
SELECT ?m ?name ?date ?place ?placeName ?article ?since ?until WHERE {
  ?m a kg:Meeting .
  OPTIONAL { ?m schema:name ?name }
  OPTIONAL { ?m schema:startDate ?date }
  OPTIONAL { ?m schema:location ?place OPTIONAL { ?place schema:name ?placeName } }
  OPTIONAL { ?m kg:reportedIn ?article }
  #FILTER
}"""

_Q_PARTICIPANTS = """
SELECT ?m ?e ?how WHERE {
  ?m a kg:Meeting .
  { ?m schema:attendee ?e BIND("attendee" AS ?how) }
  UNION
  { ?m schema:organizer ?e BIND("organizer" AS ?how) }
}"""

_Q_MEMBERSHIPS = """
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

_Q_MENTIONS = """
SELECT DISTINCT ?s ?e ?article WHERE {
  ?mention kg:mentionOf ?e ; kg:inSentence ?s .
  OPTIONAL { ?mention kg:inArticle ?article }
}"""

# With a date range: only mentions in dated articles (an OPTIONAL date here would
# cost Oxigraph 30 times as long).
_Q_MENTIONS_DATED = """
SELECT DISTINCT ?s ?e ?article ?since ?until WHERE {
  ?mention kg:mentionOf ?e ; kg:inSentence ?s ; kg:inArticle ?article .
  ?article schema:datePublished ?published .
  #FILTER
}"""

_Q_NAMES = """
SELECT ?e ?n ?q WHERE {
  ?e schema:name|schema:alternateName ?n .
  FILTER(LCASE(STR(?n)) = LCASE(STR(?q)))
}"""

_Q_NAMES_LIKE = """
SELECT ?e ?n ?q WHERE {
  ?e schema:name|schema:alternateName ?n .
  FILTER(CONTAINS(LCASE(STR(?n)), LCASE(STR(?q))))
}"""

_Q_ALL_NAMES = "SELECT DISTINCT ?n WHERE { ?e schema:name|schema:alternateName ?n }"


def _date_filter(var: str, since: str | None, until: str | None) -> str:
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


def _bindings(since: str | None, until: str | None) -> dict[ox.Variable, ox.Literal]:
    out = {}
    if since is not None:
        out[ox.Variable("since")] = ox.Literal(since)
    if until is not None:
        out[ox.Variable("until")] = ox.Literal(until)
    return out


def _select(
    store: ox.Store,
    query: str,
    substitutions: Mapping[ox.Variable, Any] | None = None,
    *,
    prefixes: Mapping[str, str] = _PREFIXES,
) -> Iterator[ox.QuerySolution]:
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


def _prefixes_for(store: ox.Store) -> dict[str, str]:
    """The query prefixes, with ``schema:`` as the graph spells it. MODEL.md says
    ``http://schema.org/``; rdflib's ``SDO`` is ``https://schema.org/``, and a
    graph written with it should still draw, not come out empty."""
    for ns in ("http://schema.org/", "https://schema.org/"):  # constants, not input
        if store.query(f"ASK {{ ?s <{ns}name> ?o }}", use_default_graph_as_union=False):
            return {**_PREFIXES, "schema": ns}
    return dict(_PREFIXES)


def _s(term: Any) -> str | None:
    """A term as a plain string (IRI, literal lexical form, ``_:`` blank node)."""
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value)


# --- input -------------------------------------------------------------------------


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
        An RDF file; the extension picks the format (.ttl .nt .nq .trig .jsonld .rdf).

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
        from kg.store import open_store  # StoreError says what is wrong and what to do

        return open_store(store, read_only=True)
    path = Path(graph)  # type: ignore[arg-type]
    if not path.is_file():
        raise InputError(
            f"{path}: expected an RDF file, got "
            + ("a directory" if path.exists() else "nothing")
        )
    ext = path.suffix.lower().lstrip(".")
    fmt = ox.RdfFormat.from_extension(ext) or (
        {"jsonld": ox.RdfFormat.JSON_LD, "json": ox.RdfFormat.JSON_LD}.get(ext)
    )
    if fmt is None:
        raise InputError(
            f"{path}: expected an RDF file (.ttl .nt .nq .trig .jsonld .rdf), "
            f"got extension {path.suffix or 'none'!r}"
        )
    out = ox.Store()
    try:
        out.load(path=str(path), format=fmt)
    except SyntaxError as e:
        raise InputError(f"{path}: expected valid {fmt.name}, got {e}") from e
    except (OSError, ValueError) as e:
        raise InputError(f"{path}: expected a readable RDF file, got {e}") from e
    return with_corpus_graph(out)


def _as_store(source: Any) -> ox.Store:
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


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _parse_bound(value: str | dt.date | None, *, end: bool, option: str) -> str | None:
    """``2022``, ``2022-01`` or ``2022-01-10`` -> the first (or, for ``end``, last) day
    as ``YYYY-MM-DD``; the last day of a month may be the 31st of any month, which is
    fine for the string comparison it is used for."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    m = _DATE_RE.match(str(value).strip())
    try:
        if not m:
            raise ValueError
        year, month, day = m.group(1), m.group(2), m.group(3)
        if day:
            return dt.date(int(year), int(month), int(day)).isoformat()
        if month:
            dt.date(int(year), int(month), 1)
            return f"{year}-{month}-{'31' if end else '01'}"
        return f"{year}-12-31" if end else f"{year}-01-01"
    except ValueError:
        raise InputError(
            f"{option}: expected a date YYYY[-MM[-DD]], got {value!r}"
        ) from None


def _parse_types(types: str | Iterable[str] | None) -> tuple[str, ...]:
    if types is None:
        return DEFAULT_TYPES
    items = types.split(",") if isinstance(types, str) else list(types)
    out: list[str] = []
    for item in items:
        t = item.strip().lower()
        if not t:
            continue
        if t == "all":
            out.extend(NODE_TYPES)
            continue
        t = TYPE_ALIASES.get(t, t)
        if t not in NODE_TYPES:
            raise InputError(
                f"--types: expected some of {','.join(NODE_TYPES)} (or all), "
                f"got {item.strip()!r}"
            )
        out.append(t)
    if not out:
        raise InputError("--types: expected at least one type, got none")
    return tuple(dict.fromkeys(out))


# --- RDF -> networkx -----------------------------------------------------------------


def graph_to_networkx(
    graph_or_store: Any,
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    types: str | Iterable[str] | None = None,
    min_weight: int = 1,
    focus: str | None = None,
    depth: int = 1,
    keep_isolates: bool = False,
) -> nx.MultiGraph:
    """The actor network of a kg graph.

    Parameters
    ----------
    graph_or_store
        An rdflib ``Graph``/``Dataset``, a ``pyoxigraph.Store`` (queried over the
        union of its named graphs) or a path (RDF file or store directory).
    since, until
        Inclusive date range, ``YYYY[-MM[-DD]]``. Applies to meetings'
        ``schema:startDate``, memberships' ``kg:validAt`` and, for co-mentions and
        the articles of a node, the article's ``schema:datePublished``. With a range,
        undated facts are left out (they cannot be shown to fall in it).
    types
        Node types to keep: some of ``NODE_TYPES`` (comma-separated string or
        iterable; ``all`` for every type). Default ``DEFAULT_TYPES``.
    min_weight
        Drop ``met`` and ``mentioned_together`` edges seen fewer times (role edges
        are facts, not counts, and stay).
    focus, depth
        Keep only the ego network of the entities whose ``schema:name`` or
        ``schema:alternateName`` is ``focus`` (case-insensitive; a unique substring
        match if no name matches exactly), up to ``depth`` hops.
    keep_isolates
        Keep nodes without any edge (the focus node is always kept).

    Returns
    -------
    networkx.MultiGraph
        Nodes are IRIs with ``label``, ``type``, ``roles``, ``articles``,
        ``meetings`` (lists of IRIs, sorted), ``degree`` (distinct neighbours) and
        ``betweenness`` (normalised; estimated from 64 sources above 500 nodes). Edges
        are keyed by kind (``EDGE_KINDS``) with ``kind``, ``weight`` and
        ``articles``; ``met`` edges add ``meetings``, ``dates``, ``places``;
        ``holds_role`` edges add ``member``, ``titles``, ``roles``, ``dates``.
        ``G.graph["meetings"]`` and ``G.graph["articles"]`` describe the meetings
        and articles referred to.

    Raises
    ------
    InputError
        On a bad option value or a focus name that is not in the network.

    Example
    -------
    >>> G = graph_to_networkx("fixture.trig", focus="Blinken")  # doctest: +SKIP
    >>> sorted(k for *_, k in G.edges(keys=True))  # doctest: +SKIP
    ['holds_role', 'met', ...]
    """
    since_s = _parse_bound(since, end=False, option="--since")
    until_s = _parse_bound(until, end=True, option="--until")
    if since_s and until_s and since_s > until_s:
        raise InputError(
            f"--since/--until: expected since <= until, got {since_s} > {until_s}"
        )
    wanted = set(_parse_types(types))
    if not isinstance(min_weight, int) or min_weight < 1:
        raise InputError(f"--min-weight: expected an integer >= 1, got {min_weight!r}")
    if not isinstance(depth, int) or depth < 0:
        raise InputError(f"--depth: expected an integer >= 0, got {depth!r}")
    store = _as_store(graph_or_store)
    binds = _bindings(since_s, until_s)
    prefixes = _prefixes_for(store)

    def select(query: str, subs: Mapping[ox.Variable, Any] | None = None) -> Any:
        return _select(store, query, subs, prefixes=prefixes)

    dated = since_s is not None or until_s is not None

    # entities: the most specific type, one name
    kinds: dict[str, str] = {}
    names: dict[str, str] = {}
    rank: dict[str, int] = {}
    for row in select(_Q_ENTITIES):
        e, cls = _s(row["e"]), _s(row["class"])
        assert e is not None and cls is not None
        r = _TYPE_RANK[cls]
        if r < rank.get(e, 99):
            rank[e], kinds[e] = r, _TYPE_OF[cls]
    for row in select(_Q_LABELS):
        e, name = _s(row["e"]), _s(row["name"])
        if e in kinds and name is not None and (e not in names or name < names[e]):
            names[e] = name
    kinds = {e: t for e, t in kinds.items() if t in wanted}

    articles: dict[str, dict[str, Any]] = {}
    for row in select(_Q_ARTICLES):
        a = _s(row["a"])
        assert a is not None
        info: dict[str, Any] = articles.setdefault(
            a, {"headline": None, "date": None, "url": None}
        )
        for key, var in (("headline", "headline"), ("date", "date"), ("url", "url")):
            value = _s(row[var])
            if value is not None and (info[key] is None or value < str(info[key])):
                info[key] = value

    G = nx.MultiGraph()
    node_articles: dict[str, set[str]] = defaultdict(set)
    node_meetings: dict[str, set[str]] = defaultdict(set)
    node_roles: dict[str, set[str]] = defaultdict(set)
    used_articles: set[str] = set()

    # meetings
    meetings: dict[str, dict[str, Any]] = {}
    query = _Q_MEETINGS.replace("#FILTER", _date_filter("date", since_s, until_s))
    for row in select(query, binds):
        m = _s(row["m"])
        assert m is not None
        info = meetings.setdefault(
            m,
            {
                "name": None,
                "date": None,
                "place": None,
                "articles": set(),
                "participants": set(),
                "organizers": set(),
            },
        )
        for key, var in (("name", "name"), ("date", "date"), ("place", "placeName")):
            value = _s(row[var])
            if value is not None and (info[key] is None or value < info[key]):
                info[key] = value
        if info["place"] is None and row["place"] is not None:
            info["place"] = _label_of(_s(row["place"]) or "", names)
        if row["article"] is not None:
            info["articles"].add(_s(row["article"]))
    for row in select(_Q_PARTICIPANTS):
        m, e = _s(row["m"]), _s(row["e"])
        if m in meetings and e in kinds:
            meetings[m]["participants"].add(e)
            if _s(row["how"]) == "organizer":
                meetings[m]["organizers"].add(e)
    for m, info in meetings.items():
        people = sorted(info["participants"])
        for e in people:
            node_meetings[e].add(m)
            node_articles[e].update(info["articles"])
        for i, u in enumerate(people):
            for v in people[i + 1 :]:
                _bump(
                    G,
                    u,
                    v,
                    "met",
                    meeting=m,
                    date=info["date"],
                    place=info["place"],
                    articles=info["articles"],
                )

    # memberships
    query = _Q_MEMBERSHIPS.replace("#FILTER", _date_filter("valid", since_s, until_s))
    if not any(True for _ in store.named_graphs()):
        # a plain triples file (.ttl, .nt): everything is in the default graph
        query = query.replace("GRAPH ?g {", "{", 1)
    ms_rows: dict[str, dict[str, Any]] = {}
    for row in select(query, binds):
        ms = _s(row["ms"])
        assert ms is not None
        info = ms_rows.setdefault(
            ms,
            {
                "person": _s(row["person"]),
                "org": None,
                "role": None,
                "titles": set(),
                "valid": set(),
                "articles": set(),
            },
        )
        for key, var in (("org", "org"), ("role", "roleLabel")):
            value = _s(row[var])
            if value is not None and (info[key] is None or value < info[key]):
                info[key] = value
        for key, var in (
            ("titles", "title"),
            ("valid", "valid"),
            ("articles", "article"),
        ):
            if row[var] is not None:
                info[key].add(_s(row[var]))
    for _, info in sorted(ms_rows.items()):
        person, org = info["person"], info["org"]
        if person not in kinds:
            continue
        # on the node, the post's label (base form, so that "US-Außenminister" and
        # "Außenminister" as written in two articles are one role); the titles as
        # written go on the edge
        post = info["role"] or min(info["titles"], default="member")
        where = f" ({_label_of(org, names)})" if org else ""
        node_roles[person].add(post + where)
        node_articles[person].update(info["articles"])
        if org in kinds:
            node_articles[org].update(info["articles"])
            _bump(
                G,
                person,
                org,
                "holds_role",
                member=person,
                titles=info["titles"],
                role=info["role"],
                dates=info["valid"],
                articles=info["articles"],
            )

    # co-mentions (and the articles that mention each entity)
    if dated:
        query = _Q_MENTIONS_DATED.replace(
            "#FILTER", _date_filter("published", since_s, until_s)
        )
    else:
        query = _Q_MENTIONS
    by_sentence: dict[str, set[str]] = defaultdict(set)
    sentence_article: dict[str, str] = {}
    for row in select(query, binds):
        s, e, a = _s(row["s"]), _s(row["e"]), _s(row["article"])
        if e not in kinds or s is None:
            continue
        by_sentence[s].add(e)
        if a is not None:
            sentence_article[s] = a
            node_articles[e].add(a)
    for s, ents in by_sentence.items():
        people = sorted(ents)
        a = sentence_article.get(s)
        for i, u in enumerate(people):
            for v in people[i + 1 :]:
                _bump(G, u, v, "mentioned_together", articles={a} if a else set())

    # the nodes: everything typed and wanted; isolates go below unless kept
    for e, kind in kinds.items():
        if dated and not (node_articles[e] or node_meetings[e] or G.has_node(e)):
            continue  # nothing about it falls in the date range
        # every article here is behind an in-range fact: a meeting or membership
        # (filtered by its date) or a mention (filtered by the article's date)
        arts = node_articles[e]
        G.add_node(
            e,
            label=_label_of(e, names),
            type=kind,
            roles=sorted(node_roles[e]),
            meetings=_by_date(node_meetings[e], meetings),
            articles=_articles_by_date(arts, articles),
        )

    # weights below the minimum
    if min_weight > 1:
        G.remove_edges_from(
            [
                (u, v, k)
                for u, v, k, w in G.edges(keys=True, data="weight")
                if k != "holds_role" and w < min_weight
            ]
        )

    centres: set[str] = set()
    if focus is not None:
        centres = _resolve_focus(select, G, focus, kinds, names)
        keep: set[str] = set()
        for c in centres:
            keep.update(nx.single_source_shortest_path_length(G, c, cutoff=depth))
        G = G.subgraph(keep).copy()
    if not keep_isolates:
        G.remove_nodes_from([n for n in list(nx.isolates(G)) if n not in centres])

    _finish(G, meetings, articles, used_articles)
    G.graph.update(
        name="kg actor network",
        since=since_s or "",
        until=until_s or "",
        types=",".join(t for t in NODE_TYPES if t in wanted),
        min_weight=min_weight,
        focus=focus or "",
        depth=depth if focus is not None else 0,
    )
    G.graph["focus_nodes"] = sorted(centres)
    return G


def _label_of(iri: str, names: Mapping[str, str]) -> str:
    if iri in names:
        return names[iri]
    tail = re.split(r"[/#]", iri.rstrip("/"))[-1]
    return tail.replace("-", " ") or iri


def _bump(
    G: nx.MultiGraph,
    u: str,
    v: str,
    kind: str,
    *,
    articles: Iterable[str],
    meeting: str | None = None,
    date: str | None = None,
    place: str | None = None,
    member: str | None = None,
    titles: Iterable[str] = (),
    role: str | None = None,
    dates: Iterable[str] = (),
) -> None:
    """Add one observation to the edge (u, v, kind)."""
    if G.has_edge(u, v, kind):
        d = G.edges[u, v, kind]
    else:
        G.add_edge(u, v, key=kind, kind=kind, weight=0, articles=set())
        d = G.edges[u, v, kind]
        if kind == "met":
            d.update(meetings=set(), dates=set(), places=set())
        elif kind == "holds_role":
            d.update(member=member, titles=set(), roles=set(), dates=set())
    d["weight"] += 1
    d["articles"].update(articles)
    if kind == "met":
        d["meetings"].add(meeting)
        if date:
            d["dates"].add(date)
        if place:
            d["places"].add(place)
    elif kind == "holds_role":
        d["titles"].update(titles)
        d["dates"].update(dates)
        if role:
            d["roles"].add(role)


def _by_date(
    iris: Iterable[str], meetings: Mapping[str, Mapping[str, Any]]
) -> list[str]:
    return sorted(iris, key=lambda m: (meetings[m]["date"] or "9999", m))


def _articles_by_date(
    iris: Iterable[str], articles: Mapping[str, Mapping[str, Any]]
) -> list[str]:
    return sorted(iris, key=lambda a: (articles.get(a, {}).get("date") or "9999", a))


def _finish(
    G: nx.MultiGraph,
    meetings: dict[str, dict[str, Any]],
    articles: dict[str, dict[str, Any]],
    used: set[str],
) -> None:
    """Sets to sorted lists, centralities, and the meetings and articles referred to."""
    used_meetings: set[str] = set()
    for _, d in G.nodes(data=True):
        used_meetings.update(d["meetings"])
        used.update(d["articles"])
    for _, _, d in G.edges(data=True):
        for key in ("articles", "meetings", "dates", "places", "titles", "roles"):
            if key in d:
                d[key] = sorted(x for x in d[key] if x)
        if d["kind"] == "met":
            d["meetings"] = _by_date(d["meetings"], meetings)
        used.update(d["articles"])
    for m in used_meetings:
        used.update(meetings[m]["articles"])
    # meetings restricted to the participants left in the graph
    G.graph["meetings"] = {
        m: {
            "name": meetings[m]["name"],
            "date": meetings[m]["date"],
            "place": meetings[m]["place"],
            "articles": _articles_by_date(meetings[m]["articles"], articles),
            "participants": sorted(p for p in meetings[m]["participants"] if p in G),
            "organizers": sorted(p for p in meetings[m]["organizers"] if p in G),
        }
        for m in _by_date(used_meetings, meetings)
    }
    G.graph["articles"] = {
        a: dict(articles.get(a) or {"headline": None, "date": None, "url": None})
        for a in _articles_by_date(used, articles)
    }
    simple = nx.Graph(G)
    n = simple.number_of_nodes()
    if n > 500:  # exact betweenness is O(VE): estimate it from 64 seeded sources
        between = nx.betweenness_centrality(simple, k=64, seed=0)
    else:
        between = nx.betweenness_centrality(simple)
    for node, d in G.nodes(data=True):
        d["degree"] = simple.degree(node)
        d["betweenness"] = round(float(between.get(node, 0.0)), 6)


def _resolve_focus(
    select: Callable[..., Iterator[ox.QuerySolution]],
    G: nx.MultiGraph,
    focus: str,
    kinds: Mapping[str, str],
    names: Mapping[str, str],
) -> set[str]:
    name = focus.strip()
    if not name:
        raise InputError("--focus: expected a name, got an empty string")
    q = {ox.Variable("q"): ox.Literal(name)}
    found = {_s(r["e"]) for r in select(_Q_NAMES, q)}
    if not found:
        found = {_s(r["e"]) for r in select(_Q_NAMES_LIKE, q)}
    found_in = {e for e in found if e in G}
    if found_in:
        return found_in  # type: ignore[return-value]
    if found:
        what = ", ".join(
            sorted(
                f"{_label_of(e or '', names)} ({kinds.get(e or '', 'filtered out')})"
                for e in found
            )
        )
        raise InputError(
            f"--focus: expected an actor in the network, got {focus!r}, which "
            f"names {what} without edges after the filters (try --types)"
        )
    all_names = sorted({_s(r["n"]) or "" for r in select(_Q_ALL_NAMES)})
    close = difflib.get_close_matches(name, all_names, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise InputError(
        f"--focus: expected the name of a person, organisation or country in "
        f"the graph, got {focus!r}{hint}"
    )


# --- layout ------------------------------------------------------------------------


def layout(G: nx.Graph, *, seed: int = 0) -> dict[Any, tuple[float, float]]:
    """Deterministic 2-D positions: each connected component laid out on its own
    (Kamada-Kawai when small, seeded spring layout otherwise), components packed in
    rows by size so that none is flung to the border. Coordinates are unitless."""
    simple = nx.Graph(G)
    comps = sorted(
        (sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c)
    )
    boxes: list[tuple[list[Any], dict[Any, tuple[float, float]], float]] = []
    for comp in comps:
        sub = simple.subgraph(comp)
        n = len(comp)
        radius = math.sqrt(n)  # area grows with the node count
        if n == 1:
            pos = {comp[0]: (0.0, 0.0)}
        elif n == 2:
            pos = {comp[0]: (-0.5, 0.0), comp[1]: (0.5, 0.0)}
        else:
            if n <= 150:
                raw = nx.kamada_kawai_layout(sub, weight=None)
            else:
                raw = _large_layout(sub, comp, seed=seed)
            pos = {k: (float(v[0]), float(v[1])) for k, v in raw.items()}
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
        scale = radius / span if n > 2 else 1.0
        pos = {k: ((x - cx) * scale, (y - cy) * scale) for k, (x, y) in pos.items()}
        size = max(radius, 1.0) if n > 2 else 1.0
        boxes.append((comp, pos, size))
    # Shelf packing, biggest first: a row is as tall as its first box; smaller boxes
    # stack in columns under one another; rows about 1.6 times as wide as the
    # whole is tall (a screen), so that many small pairs fill a block, not a line.
    out: dict[Any, tuple[float, float]] = {}
    if not boxes:
        return out
    gap = 1.2
    total = sum((b[2] + gap) ** 2 for b in boxes)
    row_width = max((boxes[0][2] + gap) * 2.0, math.sqrt(total * 1.6))
    y = row_h = 0.0
    col_x = col_w = col_y = 0.0
    first = True
    for _, pos, size in boxes:
        w = size + gap
        if not first and col_y + w <= row_h + 1e-9 and w <= col_w + 1e-9:
            bx, by = col_x, y + col_y  # under the previous box of this column
            col_y += w
        else:
            x = 0.0 if first else col_x + col_w
            if first or x + w > row_width:
                x, y = 0.0, (0.0 if first else y + row_h)
                row_h = w
            bx, by = x, y
            col_x, col_w, col_y = x, w, w
            first = False
        for k, (px, py) in pos.items():
            out[k] = (round(bx + w / 2 + px, 4), round(by + w / 2 + py, 4))
    return out


def _large_layout(
    G: nx.Graph, order: list[Any], *, seed: int, iterations: int = 40, pivots: int = 50
) -> dict[Any, Any]:
    """Layout of a big connected graph in seconds, not minutes: Pivot MDS (Brandes
    and Pich 2006) for the global shape, then a few Fruchterman-Reingold steps,
    vectorised with numpy, to pull apart nodes that share their distances (the
    leaves of a hub). networkx's spring layout takes ~30 s at 3000 nodes."""
    import numpy as np
    from scipy.sparse.csgraph import shortest_path  # type: ignore[import-untyped]

    n = len(order)
    A = nx.to_scipy_sparse_array(G, nodelist=order, weight=None, format="csr")
    degree = np.asarray(A.sum(axis=1)).ravel()
    chosen = [int(np.argmax(degree))]  # max-min pivots from the biggest hub
    nearest = np.full(n, np.inf)
    rows = []
    for _ in range(min(pivots, n)):
        d = shortest_path(A, unweighted=True, directed=False, indices=chosen[-1])
        rows.append(d)
        nearest = np.minimum(nearest, d)
        chosen.append(int(np.argmax(nearest)))
    C = np.asarray(rows).T ** 2
    C = -0.5 * (C - C.mean(axis=0) - C.mean(axis=1, keepdims=True) + C.mean())
    _, vectors = np.linalg.eigh(C.T @ C)  # k x k: cheap, unlike an SVD of n x k
    pos = C @ vectors[:, [-1, -2]]
    pos *= np.where(
        pos[np.abs(pos).argmax(axis=0), [0, 1]] < 0, -1.0, 1.0
    )  # fixed signs
    rng = np.random.default_rng(seed)
    pos += rng.normal(scale=1e-3 * (np.abs(pos).max() or 1.0), size=pos.shape)
    rows_i, cols_j = A.nonzero()
    edge_len = np.linalg.norm(pos[rows_i] - pos[cols_j], axis=1)
    pos /= float(np.median(edge_len)) or 1.0  # edges about 1 long; k = 1
    t = 0.1 * math.sqrt(n)
    for step in range(iterations):
        disp = np.zeros_like(pos)
        x, y = pos[:, 0].astype(np.float32), pos[:, 1].astype(np.float32)
        for start in range(0, n, 512):  # repulsion k^2/d, in blocks to bound memory
            dx = np.subtract.outer(x[start : start + 512], x)
            dy = np.subtract.outer(y[start : start + 512], y)
            inv = dx * dx
            inv += dy * dy
            np.maximum(inv, 1e-4, out=inv)
            np.reciprocal(inv, out=inv)
            disp[start : start + 512, 0] += np.einsum("ij,ij->i", dx, inv)
            disp[start : start + 512, 1] += np.einsum("ij,ij->i", dy, inv)
        delta = pos[rows_i] - pos[cols_j]  # attraction d^2/k along each edge
        np.subtract.at(disp, rows_i, delta * np.linalg.norm(delta, axis=1)[:, None])
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t *= 1 - 1 / (iterations - step + 1)
    return dict(zip(order, pos, strict=True))


def _node_sizes(G: nx.Graph, size_by: str, lo: float, hi: float) -> dict[Any, float]:
    """Node size in [lo, hi] by the square root of the centrality (area ~ it)."""
    if size_by not in ("degree", "betweenness"):
        raise InputError(f"--size-by: expected degree or betweenness, got {size_by!r}")
    values = {n: float(d.get(size_by, 0) or 0) for n, d in G.nodes(data=True)}
    top = max(values.values(), default=0.0)
    if top <= 0:
        return {n: lo for n in values}
    return {n: lo + (hi - lo) * math.sqrt(v / top) for n, v in values.items()}


# --- writers -----------------------------------------------------------------------


def check_output(
    path: str | os.PathLike[str], *, timeline: bool = False, map: bool = False
) -> tuple[Path, str]:
    """Fail before any work if ``path`` has no supported extension or cannot be
    written; return it with its lower-case extension.

    Raises
    ------
    InputError
        On an unknown extension or an unwritable path.
    """
    path = Path(path)
    ext = path.suffix.lower()
    formats = MAP_FORMATS if map else TIMELINE_FORMATS if timeline else NETWORK_FORMATS
    if ext not in formats:
        what = "a map" if map else "a timeline" if timeline else "an output"
        raise InputError(
            f"{path}: expected {what} ending in {' '.join(formats)}, "
            f"got {path.suffix or 'no extension'!r}"
        )
    check_writable(path)
    return path, ext


def write_network(
    G: nx.MultiGraph,
    path: str | os.PathLike[str],
    *,
    size_by: str = "degree",
    seed: int = 0,
    title: str | None = None,
) -> Path:
    """Write ``G`` to ``path``; the extension picks the format (``NETWORK_FORMATS``).

    ``.html`` is an interactive page (canvas; zoom, pan, hover, search) in one
    offline file; ``.png``/``.svg`` a static matplotlib figure; ``.graphml``/``.gexf``
    flatten list attributes to ``"; "``-joined strings (GEXF also carries colour,
    size and position for Gephi); ``.json`` is networkx node-link data, ``.cyjs``
    Cytoscape JSON with positions.

    Raises
    ------
    InputError
        On an unknown extension or an unwritable path.
    """
    path, ext = check_output(path)
    title = title or _title(G)
    if ext == ".html":
        text = _network_html(G, size_by=size_by, seed=seed, title=title)
        with atomic_write(path) as f:
            f.write(text)
    elif ext in (".png", ".svg"):
        _network_figure(G, path, size_by=size_by, seed=seed, title=title)
    elif ext == ".graphml":
        flat = _flat(G)
        with atomic_write(path, "wb") as f:
            nx.write_graphml(flat, f, named_key_ids=True)
    elif ext == ".gexf":
        flat = _flat(G)
        pos = layout(G, seed=seed)
        sizes = _node_sizes(G, size_by, 4.0, 30.0)
        for n, d in flat.nodes(data=True):
            r, g, b = _rgb(TYPE_COLOURS[G.nodes[n]["type"]])
            d["viz"] = {
                "color": {"r": r, "g": g, "b": b, "a": 1.0},
                "size": round(sizes[n], 3),
                "position": {"x": pos[n][0] * 100, "y": -pos[n][1] * 100, "z": 0.0},
            }
        with atomic_write(path, "wb") as f:
            nx.write_gexf(flat, f)
    else:  # .json: networkx node-link; .cyjs: Cytoscape (desktop import, cytoscape.js)
        if ext == ".json":
            data = nx.node_link_data(G, edges="edges")
        else:
            data = nx.cytoscape_data(G, name="label")
            pos = layout(G, seed=seed)
            for node in data["elements"]["nodes"]:
                x, y = pos[node["data"]["id"]]
                node["position"] = {"x": round(x * 100, 2), "y": round(y * 100, 2)}
        with atomic_write(path) as f:
            json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
    return path


def _title(G: nx.Graph) -> str:
    parts = ["Actor network"]
    if G.graph.get("focus"):
        parts.append(f"around {G.graph['focus']} (depth {G.graph.get('depth', 1)})")
    since, until = G.graph.get("since"), G.graph.get("until")
    if since or until:
        parts.append(f"{since or '…'} to {until or '…'}")
    return ", ".join(parts)


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry (a control character
    in a headline would make the GraphML unreadable)."""
    return _NOT_XML.sub("\ufffd", text)


def _flat(G: nx.MultiGraph) -> nx.MultiGraph:
    """A copy with GraphML/GEXF-safe attributes: str, int, float, bool; lists joined."""

    def safe(d: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in d.items():
            if v is None or isinstance(v, dict):
                continue
            if isinstance(v, list | tuple | set):
                out[k] = _xml_text("; ".join(str(x) for x in v))
            elif isinstance(v, str):
                out[k] = _xml_text(v)
            elif isinstance(v, bool | int | float):
                out[k] = v
            else:
                out[k] = _xml_text(str(v))
        return out

    flat = nx.MultiGraph()
    flat.graph.update(safe(G.graph))
    meetings = G.graph.get("meetings", {})
    articles = G.graph.get("articles", {})
    for n, d in G.nodes(data=True):
        attrs = safe(d)
        attrs["meeting_count"] = len(d.get("meetings", ()))
        attrs["article_count"] = len(d.get("articles", ()))
        attrs["headlines"] = _xml_text(
            "; ".join(
                str(articles.get(a, {}).get("headline") or a)
                for a in d.get("articles", ())
            )
        )
        flat.add_node(n, **attrs)
    for u, v, k, d in G.edges(keys=True, data=True):
        attrs = safe(d)
        if d["kind"] == "met":
            attrs["meeting_names"] = _xml_text(
                "; ".join(
                    str(meetings.get(m, {}).get("name") or m)
                    for m in d.get("meetings", ())
                )
            )
        flat.add_edge(u, v, key=k, **attrs)
    return flat


# --- HTML --------------------------------------------------------------------------


def _asset(name: str) -> str:
    return (
        resources.files("kg").joinpath("data", "viz", name).read_text(encoding="utf-8")
    )


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _script_json(data: Any) -> str:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' survives
    (so no '</script>' or '<!--'), and no raw U+2028/U+2029 (ensure_ascii)."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _page(title: str, body: str, *, css: str, script: str | None = None) -> str:
    """A whole HTML document whose CSP admits only its own inline style and script."""
    policy = [
        "default-src 'none'",
        f"style-src {_csp_hash(css)}",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    if script is not None:
        policy.insert(1, f"script-src {_csp_hash(script)}")
    scripts = f"<script>{script}</script>\n" if script is not None else ""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{"; ".join(policy)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{html.escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        f"{body}\n{scripts}</body>\n</html>\n"
    )


def _network_data(
    G: nx.MultiGraph, *, size_by: str, seed: int, title: str
) -> dict[str, Any]:
    pos = layout(G, seed=seed)
    sizes = _node_sizes(G, size_by, 3.0, 18.0)
    order = sorted(G.nodes, key=lambda n: (-sizes[n], G.nodes[n]["label"], n))
    index = {n: i for i, n in enumerate(order)}  # biggest first: labels win collisions
    meetings = G.graph.get("meetings", {})
    articles = G.graph.get("articles", {})
    m_index = {m: i for i, m in enumerate(meetings)}
    a_index = {a: i for i, a in enumerate(articles)}
    nodes = []
    for n in order:
        d = G.nodes[n]
        nodes.append(
            {
                "id": n,
                "label": d["label"],
                "type": d["type"],
                "x": pos[n][0],
                "y": pos[n][1],
                "r": round(sizes[n], 2),
                "degree": d["degree"],
                "betweenness": d["betweenness"],
                "roles": d["roles"],
                "meetings": [m_index[m] for m in d["meetings"] if m in m_index],
                "articles": [a_index[a] for a in d["articles"] if a in a_index],
            }
        )
    edges = []
    # Drawn in this order, co-mentions (the faintest evidence) underneath; the
    # kinds between one pair get parallel lanes ("o": offset in line widths).
    draw_order = ("mentioned_together", "holds_role", "met")
    for u, v, k, d in sorted(
        G.edges(keys=True, data=True),
        key=lambda e: (draw_order.index(e[2]), index[e[0]], index[e[1]]),
    ):
        kinds = [x for x in draw_order if x in G[u][v]]
        e: dict[str, Any] = {
            "s": index[u],
            "t": index[v],
            "kind": k,
            "w": d["weight"],
            "o": kinds.index(k) - (len(kinds) - 1) / 2,
            "articles": [a_index[a] for a in d["articles"] if a in a_index],
        }
        if k == "met":
            e["meetings"] = [m_index[m] for m in d["meetings"] if m in m_index]
        elif k == "holds_role":
            e["member"] = index[d["member"]]
            e["titles"] = d["titles"]
            e["dates"] = d["dates"]
        edges.append(e)
    return {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "meetings": [
            {
                "name": i["name"],
                "date": i["date"],
                "place": i["place"],
                "participants": [index[p] for p in i["participants"] if p in index],
                "articles": [a_index[a] for a in i["articles"] if a in a_index],
            }
            for i in meetings.values()
        ],
        "articles": [
            {
                "id": a,
                "headline": i.get("headline"),
                "date": i.get("date"),
                "url": i.get("url"),
            }
            for a, i in articles.items()
        ],
        "types": [
            {"name": t, "colour": TYPE_COLOURS[t]}
            for t in NODE_TYPES
            if any(d["type"] == t for _, d in G.nodes(data=True))
        ],
        "kinds": [
            {"name": k, "label": KIND_LABELS[k], "colour": KIND_COLOURS[k]}
            for k in EDGE_KINDS
        ],
        "sizeBy": size_by,
    }


def _network_html(G: nx.MultiGraph, *, size_by: str, seed: int, title: str) -> str:
    data = _network_data(G, size_by=size_by, seed=seed, title=title)
    body = (
        '<header id="kg-bar">\n'
        f'<h1 id="kg-title">{html.escape(title)}</h1>\n'
        '<span id="kg-count"></span>\n'
        '<input id="kg-search" type="search" placeholder="Find a name" '
        'autocomplete="off">\n'
        '<span id="kg-legend"></span>\n'
        '<button id="kg-fit" type="button">Fit</button>\n'
        '<span id="kg-help">scroll: zoom · drag: pan · click: pin</span>\n'
        "</header>\n"
        '<canvas id="kg-canvas" role="img" aria-label="The actor network: hover or '
        'search a name for details"></canvas>\n'
        '<div id="kg-empty" hidden>No actors match these filters.</div>\n'
        '<div id="kg-tip" hidden></div>\n'
        f'<script type="application/json" id="kg-data">{_script_json(data)}</script>'
    )
    return _page(title, body, css=_asset("network.css"), script=_asset("network.js"))


# --- static figures ----------------------------------------------------------------


def _figure(width: float, height: float) -> Any:
    """A matplotlib Figure on the Agg canvas: no pyplot, no display, no global state."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _save(fig: Any, path: Path) -> None:
    fmt = path.suffix.lower().lstrip(".")
    with atomic_write(path, "wb") as f:
        fig.savefig(
            f,
            format=fmt,
            dpi=150 if fmt == "png" else 100,
            metadata={"Software": None} if fmt == "png" else {"Date": None},
        )


def _network_figure(
    G: nx.MultiGraph, path: Path, *, size_by: str, seed: int, title: str
) -> None:
    import matplotlib as mpl
    from matplotlib import patheffects
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    n = G.number_of_nodes()
    side = min(6.0 + math.sqrt(n) * 0.9, 20.0)
    with mpl.rc_context(
        {"text.parse_math": False, "svg.hashsalt": "kg", "font.size": 8}
    ):
        fig = _figure(side * 1.25, side)
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.set_title(title, fontsize=11)
        if n == 0:
            ax.text(
                0.5,
                0.5,
                "No actors match these filters.",
                ha="center",
                va="center",
                transform=ax.transAxes,
            )
            _save(fig, path)
            return
        pos = layout(G, seed=seed)
        sizes = _node_sizes(G, size_by, 3.0, 18.0)
        top_w = max((w for *_, w in G.edges(data="weight")), default=1)
        for kind in reversed(EDGE_KINDS):
            segs, widths = [], []
            for u, v, k, w in G.edges(keys=True, data="weight"):
                if k == kind:
                    segs.append((pos[u], pos[v]))
                    widths.append(0.6 + 2.4 * math.log1p(w) / math.log1p(top_w))
            if segs:
                ax.add_collection(
                    LineCollection(
                        segs,
                        colors=KIND_COLOURS[kind],
                        linewidths=widths,
                        linestyles="--" if kind == "holds_role" else "-",
                        alpha=0.55,
                        zorder=1,
                    )
                )
        order = sorted(G.nodes, key=lambda x: sizes[x])
        ax.scatter(
            [pos[x][0] for x in order],
            [pos[x][1] for x in order],
            s=[(2 * sizes[x]) ** 2 for x in order],
            c=[TYPE_COLOURS[G.nodes[x]["type"]] for x in order],
            edgecolors="white",
            linewidths=0.6,
            zorder=2,
        )
        labelled = order[::-1] if n <= 80 else order[::-1][:60]
        for x in labelled:
            ax.annotate(
                G.nodes[x]["label"],
                pos[x],
                xytext=(0, sizes[x] + 2),
                textcoords="offset points",
                ha="center",
                va="bottom",
                zorder=3,
                path_effects=[
                    patheffects.withStroke(linewidth=2.5, foreground="white")
                ],
            )
        ax.autoscale_view()
        ax.margins(0.08)
        ax.set_aspect("equal", adjustable="datalim")
        ax.invert_yaxis()  # the layout's y grows downwards, as on the HTML canvas
        types = [
            t for t in NODE_TYPES if any(d["type"] == t for _, d in G.nodes(data=True))
        ]
        kinds = [k for k in EDGE_KINDS if any(kk == k for *_, kk in G.edges(keys=True))]
        handles = [
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=8,
                markerfacecolor=TYPE_COLOURS[t],
                markeredgecolor="white",
                label=t,
            )
            for t in types
        ]
        handles += [
            Line2D(
                [],
                [],
                color=KIND_COLOURS[k],
                linewidth=2,
                label=KIND_LABELS[k],
                linestyle="--" if k == "holds_role" else "-",
            )
            for k in kinds
        ]
        ax.legend(handles=handles, loc="lower left", frameon=False, fontsize=8)
        fig.text(
            0.99,
            0.005,
            f"node size: {size_by}",
            ha="right",
            va="bottom",
            fontsize=7,
            color="#666666",
        )
        _save(fig, path)


# --- timeline ----------------------------------------------------------------------


def _timeline_rows(
    G: nx.MultiGraph,
) -> tuple[list[tuple[str, dt.date, dict[str, Any]]], list[str]]:
    """Dated meetings (sorted) and the actors in them, ordered by first meeting."""
    dated = []
    for m, info in G.graph.get("meetings", {}).items():
        if not info["participants"] or not info["date"]:
            continue
        try:
            day = dt.date.fromisoformat(info["date"][:10])
        except ValueError:
            continue
        dated.append((m, day, info))
    dated.sort(key=lambda x: (x[1], x[0]))
    first: dict[str, tuple[dt.date, int]] = {}
    count: dict[str, int] = defaultdict(int)
    for i, (_, day, info) in enumerate(dated):
        for p in info["participants"]:
            first.setdefault(p, (day, i))
            count[p] += 1
    actors = sorted(first, key=lambda p: (first[p], -count[p], G.nodes[p]["label"]))
    return dated, actors


def write_timeline(
    G: nx.MultiGraph, path: str | os.PathLike[str], *, title: str | None = None
) -> Path:
    """Draw the dated meetings of ``G`` over time: one row per actor, one column per
    meeting, a bar joining its participants. ``.html`` (inline SVG with native
    tooltips, no script), ``.png`` or ``.svg``.

    Raises
    ------
    InputError
        On an unknown extension or an unwritable path.
    """
    path, ext = check_output(path, timeline=True)
    title = title or _title(G).replace("Actor network", "Meetings")
    dated, actors = _timeline_rows(G)
    if ext == ".html":
        with atomic_write(path) as f:
            f.write(_timeline_html(G, dated, actors, title))
    else:
        _timeline_figure(G, dated, actors, path, title)
    return path


def _timeline_x(dated: list[tuple[str, dt.date, Any]], width: float) -> list[float]:
    """x of each meeting: proportional to its date, nudged right so that meetings on
    the same or nearby days stay apart."""
    if not dated:
        return []
    first, last = dated[0][1], dated[-1][1]
    span = max((last - first).days, 1)
    step = min(14.0, width / max(len(dated), 1))
    xs: list[float] = []
    for _, day, _ in dated:
        x = (day - first).days / span * width
        if xs and x < xs[-1] + step:
            x = xs[-1] + step
        xs.append(x)
    if xs[-1] > width:  # squeezed: fall back to even spacing in date order
        xs = [i * width / max(len(xs) - 1, 1) for i in range(len(xs))]
    return xs


def _timeline_html(
    G: nx.MultiGraph,
    dated: list[tuple[str, dt.date, dict[str, Any]]],
    actors: list[str],
    title: str,
) -> str:
    e = html.escape
    left, top, row_h = 220, 40, 22
    width = max(600, min(14 * len(dated), 4000))
    xs = _timeline_x(dated, width)
    bottom = top + row_h * max(len(actors), 1)
    height = bottom + 80
    y = {p: top + row_h * i + row_h / 2 for i, p in enumerate(actors)}
    names = {p: G.nodes[p]["label"] for p in actors}
    articles = G.graph.get("articles", {})
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" id="kg-timeline" '
        f'width="{left + width + 40}" '
        f'height="{height}" role="img" aria-label="{e(title)}">'
    ]
    for p in actors:
        parts.append(
            f'<text class="name" x="{left - 10}" y="{y[p] + 4}" text-anchor="end">'
            f"<title>{e(names[p])} ({e(G.nodes[p]['type'])})</title>"
            f"{e(names[p])}</text>"
        )
        parts.append(
            f'<line class="lane" x1="{left}" x2="{left + width}" '
            f'y1="{y[p]}" y2="{y[p]}"/>'
        )
    last_month = None
    for x, (_, day, _) in zip(xs, dated, strict=True):
        month = day.strftime("%Y-%m")
        if month != last_month:
            parts.append(
                f'<text class="tick" x="{left + x}" y="{top - 12}">{month}</text>'
            )
            last_month = month
        parts.append(
            f'<text class="day" transform="translate({left + x - 4},{bottom + 8}) '
            f'rotate(60)">{day.isoformat()}</text>'
        )
    for x, (_, _, info) in zip(xs, dated, strict=True):
        ys = [y[p] for p in info["participants"]]
        who = ", ".join(names[p] for p in info["participants"])
        heads = "; ".join(
            str(articles.get(a, {}).get("headline") or a) for a in info["articles"]
        )
        tip = "\n".join(
            s
            for s in (
                f"{info['date']} {info['name'] or ''}".strip(),
                f"in {info['place']}" if info["place"] else "",
                f"with {who}",
                f"reported in: {heads}" if heads else "",
            )
            if s
        )
        parts.append(f'<g class="meeting"><title>{e(tip)}</title>')
        if len(ys) > 1:
            parts.append(
                f'<line class="bar" x1="{left + x}" x2="{left + x}" '
                f'y1="{min(ys)}" y2="{max(ys)}"/>'
            )
        for p in info["participants"]:
            colour = TYPE_COLOURS[G.nodes[p]["type"]]
            parts.append(f'<circle cx="{left + x}" cy="{y[p]}" r="5" fill="{colour}"/>')
        parts.append("</g>")
    parts.append("</svg>")
    undated = sum(1 for i in G.graph.get("meetings", {}).values() if not i["date"])
    note = (
        f"{len(dated)} dated meetings, {len(actors)} actors"
        + (
            f"; {undated} undated meeting{'s' * (undated != 1)} not shown"
            if undated
            else ""
        )
        + ". Hover a meeting for its date, place, participants and articles."
    )
    body = (
        f'<h1>{e(title)}</h1>\n<p id="kg-note" data-meetings="{len(dated)}" '
        f'data-actors="{len(actors)}">{e(note)}</p>\n'
        f'<div id="kg-scroll">{"".join(parts)}</div>'
    )
    return _page(title, body, css=_asset("timeline.css"))


def _timeline_figure(
    G: nx.MultiGraph,
    dated: list[tuple[str, dt.date, dict[str, Any]]],
    actors: list[str],
    path: Path,
    title: str,
) -> None:
    import matplotlib as mpl
    import matplotlib.dates as mdates

    max_rows = 60
    if len(actors) > max_rows:  # a report figure: the most active actors
        counts: dict[str, int] = defaultdict(int)
        for _, _, info in dated:
            for p in info["participants"]:
                counts[p] += 1
        keep = set(sorted(actors, key=lambda p: (-counts[p], p))[:max_rows])
        title += f" ({max_rows} most active of {len(actors)} actors)"
        actors = [p for p in actors if p in keep]
    row = {p: i for i, p in enumerate(actors)}
    with mpl.rc_context(
        {"text.parse_math": False, "svg.hashsalt": "kg", "font.size": 8}
    ):
        fig = _figure(11, max(3.0, 1.2 + 0.28 * len(actors)))
        ax = fig.add_subplot()
        ax.set_title(title, fontsize=11)
        if not dated:
            ax.set_axis_off()
            ax.text(
                0.5,
                0.5,
                "No dated meetings match these filters.",
                ha="center",
                va="center",
                transform=ax.transAxes,
            )
            _save(fig, path)
            return
        for _, day, info in dated:
            rows = [row[p] for p in info["participants"] if p in row]
            if not rows:
                continue
            x = mdates.date2num(day)
            if len(rows) > 1:
                ax.vlines(
                    x, min(rows), max(rows), colors="#bbbbbb", linewidth=1.5, zorder=1
                )
            ax.scatter(
                [x] * len(rows),
                rows,
                s=30,
                zorder=2,
                c=[
                    TYPE_COLOURS[G.nodes[p]["type"]]
                    for p in info["participants"]
                    if p in row
                ],
            )
        ax.set_yticks(range(len(actors)), [G.nodes[p]["label"] for p in actors])
        ax.set_ylim(len(actors) - 0.5, -0.5)
        ax.xaxis.set_major_locator(mdates.AutoDateLocator())
        ax.xaxis.set_major_formatter(
            mdates.ConciseDateFormatter(ax.xaxis.get_major_locator())
        )
        if dated[0][1] == dated[-1][1]:
            centre = mdates.date2num(dated[0][1])
            ax.set_xlim(centre - 3, centre + 3)
        ax.grid(axis="y", color="#eeeeee")
        ax.spines[["top", "right"]].set_visible(False)
        _save(fig, path)


# --- map ---------------------------------------------------------------------------

_Q_MAP_MEETINGS = """
SELECT DISTINCT ?m ?name ?date ?place ?since ?until WHERE {
  ?m a kg:Meeting ; schema:location ?place .
  OPTIONAL { ?m schema:name ?name }
  OPTIONAL { ?m schema:startDate ?date }
  #FILTER
}"""

_Q_MAP_COORDS = """
SELECT DISTINCT ?place ?lat ?lon WHERE {
  ?place schema:geo ?geo .
  ?geo schema:latitude ?lat ; schema:longitude ?lon .
}"""

_Q_MAP_CODES = "SELECT DISTINCT ?place ?code WHERE { ?place schema:identifier ?code }"


def meeting_places(
    graph_or_store: Any,
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """The places of meetings, with their coordinates and meetings.

    Parameters
    ----------
    graph_or_store
        As for :func:`graph_to_networkx`.
    since, until
        Inclusive range of meeting dates, ``YYYY[-MM[-DD]]``; with a range,
        undated meetings are left out.

    Returns
    -------
    (places, unmapped)
        ``places``: one dict per place with coordinates (``iri``, ``name``,
        ``lat``, ``lon``, ``country``, ``meetings``: dicts of ``iri``, ``name``,
        ``date``, sorted by date), most meetings first; ``unmapped``: the
        number of meetings whose place has no coordinates (a region, an
        unknown town). A country (``schema:identifier``, its ISO code) without
        ``schema:geo`` is placed at the centre of its largest land area in the
        shipped outline, with ``country`` true.

    Raises
    ------
    InputError
        On a bad date.
    """
    since_s = _parse_bound(since, end=False, option="--since")
    until_s = _parse_bound(until, end=True, option="--until")
    if since_s and until_s and since_s > until_s:
        raise InputError(
            f"--since/--until: expected since <= until, got {since_s} > {until_s}"
        )
    store = _as_store(graph_or_store)
    prefixes = _prefixes_for(store)
    query = _Q_MAP_MEETINGS.replace("#FILTER", _date_filter("date", since_s, until_s))
    meetings: dict[str, dict[str, Any]] = {}
    for row in _select(store, query, _bindings(since_s, until_s), prefixes=prefixes):
        m = _s(row["m"])
        assert m is not None
        info = meetings.setdefault(
            m, {"iri": m, "name": None, "date": None, "places": set()}
        )
        info["name"] = info["name"] or _s(row["name"])
        info["date"] = info["date"] or _s(row["date"])
        info["places"].add(_s(row["place"]))
    coords: dict[str, tuple[float, float]] = {}
    for row in _select(store, _Q_MAP_COORDS, prefixes=prefixes):
        place = _s(row["place"])
        try:
            lat, lon = float(_s(row["lat"]) or ""), float(_s(row["lon"]) or "")
        except ValueError:
            continue  # a malformed literal: the place is not drawn
        if place is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
            coords.setdefault(place, (lat, lon))
    centres = _world()["points"]
    countries: set[str] = set()
    for row in _select(store, _Q_MAP_CODES, prefixes=prefixes):
        place, code = _s(row["place"]), _s(row["code"])
        if place is not None and place not in coords and code in centres:
            lon, lat = centres[code]
            coords[place] = (lat, lon)
            countries.add(place)
    names: dict[str, str] = {}
    for row in _select(store, _Q_LABELS, prefixes=prefixes):
        e, name = _s(row["e"]), _s(row["name"])
        if e in coords and name is not None and (e not in names or name < names[e]):
            names[e] = name
    places: dict[str, dict[str, Any]] = {}
    unmapped = 0
    for info in meetings.values():
        mapped = [p for p in sorted(info["places"]) if p in coords]
        if not mapped:
            unmapped += 1
        for p in mapped:
            lat, lon = coords[p]
            entry = places.setdefault(
                p,
                {
                    "iri": p,
                    "name": names.get(p) or _label_of(p, names),
                    "lat": lat,
                    "lon": lon,
                    "country": p in countries,
                    "meetings": [],
                },
            )
            entry["meetings"].append(
                {"iri": info["iri"], "name": info["name"], "date": info["date"]}
            )
    for entry in places.values():
        entry["meetings"].sort(key=lambda m: (m["date"] or "9999", m["iri"]))
    out = sorted(places.values(), key=lambda p: (-len(p["meetings"]), p["name"]))
    return out, unmapped


def write_map(
    graph_or_store: Any,
    path: str | os.PathLike[str],
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    title: str | None = None,
) -> tuple[Path, int, int]:
    """Draw the meeting places on a world map: one circle per place, its area
    proportional to the number of meetings there, labelled with the name.

    ``.html`` is one offline page with an inline SVG (no script, no tile server;
    hover a place for its meetings and their dates), ``.png``/``.svg`` a static
    matplotlib figure. The view fits the places; the land is Natural Earth's
    1:110m outline (public domain), with a 15° graticule.

    Returns
    -------
    (path, places, meetings)
        The output and the number of places and meetings drawn.

    Raises
    ------
    InputError
        On an unknown extension, an unwritable path or a bad date.
    """
    path, ext = check_output(path, map=True)
    places, unmapped = meeting_places(graph_or_store, since=since, until=until)
    title = title or "Meeting places"
    if since or until:
        title += f" ({since or '…'} – {until or '…'})"
    if ext == ".html":
        with atomic_write(path) as f:
            f.write(_map_html(places, unmapped, title))
    else:
        _map_figure(places, unmapped, path, title)
    n_meetings = len({m["iri"] for p in places for m in p["meetings"]})
    return path, len(places), n_meetings


_WORLD: dict[str, Any] = {}
_MAP_CITY = "#d9534f"
_MAP_COUNTRY = "#f0ad4e"


def _world() -> dict[str, Any]:
    """The shipped outline: ``rings`` and country ``points`` (read once)."""
    if not _WORLD:
        _WORLD.update(
            json.loads(
                resources.files("kg")
                .joinpath("data", "geo", "world_110m.json")
                .read_text(encoding="utf-8")
            )
        )
    return _WORLD


def _world_rings() -> list[list[list[float]]]:
    return _world()["rings"]


def _map_view(places: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the places, with a margin; the world
    when there are none."""
    if not places:
        return (-180.0, -60.0, 180.0, 85.0)
    lons = [p["lon"] for p in places]
    lats = [p["lat"] for p in places]
    west, east = min(lons), max(lons)
    south, north = min(lats), max(lats)
    # at least 40 x 25 degrees, plus a margin of a tenth (labels need room)
    cx, cy = (west + east) / 2, (south + north) / 2
    half_w = max((east - west) * 0.6, 20.0)
    half_h = max((north - south) * 0.6, 12.5)
    west, east = max(cx - half_w, -180.0), min(cx + half_w, 180.0)
    south, north = max(cy - half_h, -85.0), min(cy + half_h, 85.0)
    return (west, south, east, north)


def _map_radius(n: int, most: int, base: float, cap: float) -> float:
    """Circle radius: area proportional to the number of meetings, ``base`` for
    one meeting unless the busiest place would then outgrow ``cap``."""
    return min(base, cap / math.sqrt(max(most, 1))) * math.sqrt(n)


def _map_tip(place: dict[str, Any], limit: int = 25) -> str:
    n = len(place["meetings"])
    where = " (the country, drawn at its centre)" if place.get("country") else ""
    lines = [f"{place['name']}{where}: {n} meeting{'s' * (n != 1)}"]
    for m in place["meetings"][:limit]:
        lines.append(f"{(m['date'] or 'undated')[:10]} {m['name'] or ''}".rstrip())
    if n > limit:
        lines.append(f"… and {n - limit} more")
    return "\n".join(lines)


def _map_note(places: list[dict[str, Any]], unmapped: int) -> str:
    n = len({m["iri"] for p in places for m in p["meetings"]})
    note = f"{n} meetings in {len(places)} places"
    if unmapped:
        note += (
            f"; {unmapped} meeting{'s' * (unmapped != 1)} without coordinates not shown"
        )
    return note + "."


def _map_labels(
    places: list[dict[str, Any]],
    circles: list[tuple[float, float, float]],
    width: float,
    height: float,
) -> list[tuple[float, float, str] | None]:
    """Where each place's label goes (x, y, text-anchor), busiest first: right of
    its circle, else left, above or below, wherever it overlaps no other label
    or circle; ``None`` when nowhere fits (the tooltip still names it)."""
    taken: list[tuple[float, float, float, float]] = []
    out: list[tuple[float, float, str] | None] = []
    for i, (p, (x, y, r)) in enumerate(zip(places, circles, strict=True)):
        w, h = 6.4 * len(p["name"]) + 2, 13.0  # 11px system-ui, roughly
        options = (
            (x + r + 3, y + 4, "start", x + r + 2, y - h / 2),
            (x - r - 3, y + 4, "end", x - r - 2 - w, y - h / 2),
            (x, y - r - 4, "middle", x - w / 2, y - r - 3 - h),
            (x, y + r + 12, "middle", x - w / 2, y + r + 1),
        )
        chosen = None
        for lx, ly, anchor, bx, by in options:
            box = (bx, by, bx + w, by + h)
            if box[0] < 0 or box[1] < 0 or box[2] > width or box[3] > height:
                continue
            if any(_overlap(box, t) for t in taken):
                continue
            if any(
                j != i and _overlap(box, (cx - cr, cy - cr, cx + cr, cy + cr))
                for j, (cx, cy, cr) in enumerate(circles)
            ):
                continue
            chosen = (lx, ly, anchor)
            taken.append(box)
            break
        out.append(chosen)
    return out


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _map_html(places: list[dict[str, Any]], unmapped: int, title: str) -> str:
    e = html.escape
    west, south, east, north = _map_view(places)
    width = 1000.0
    scale = width / (east - west)
    height = (north - south) * scale

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return ((lon - west) * scale, (north - lat) * scale)

    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" id="kg-map" '
        f'width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
        f'aria-label="{e(title)}">'
    ]
    grid = []
    for lon in range(-180, 181, 15):
        if west <= lon <= east:
            x, _ = xy(lon, 0)
            grid.append(f"M{x:.1f} 0V{height:.1f}")
    for lat in range(-75, 76, 15):
        if south <= lat <= north:
            _, y = xy(0, lat)
            grid.append(f"M0 {y:.1f}H{width:.1f}")
    parts.append(f'<path class="grid" d="{" ".join(grid)}"/>')
    land = []
    for ring in _world_rings():
        lons = [p[0] for p in ring]
        lats = [p[1] for p in ring]
        if max(lons) < west or min(lons) > east or max(lats) < south:
            continue
        if min(lats) > north:
            continue
        pts = [xy(lon, lat) for lon, lat in ring]
        land.append("M" + " ".join(f"{x:.1f} {y:.1f}" for x, y in pts) + "Z")
    parts.append(f'<path class="land" d="{"".join(land)}"/>')
    most = max((len(p["meetings"]) for p in places), default=1)
    circles = []
    for p in places:
        x, y = xy(p["lon"], p["lat"])
        circles.append((x, y, _map_radius(len(p["meetings"]), most, 7.0, 30.0)))
    labels = _map_labels(places, circles, width, height)
    # biggest first, so that small places are drawn on top and stay hoverable
    for p, (x, y, r), label in zip(places, circles, labels, strict=True):
        cls = "place country" if p.get("country") else "place"
        text = ""
        if label is not None:
            lx, ly, anchor = label
            text = (
                f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">'
                f"{e(p['name'])}</text>"
            )
        parts.append(
            f'<g class="{cls}" data-meetings="{len(p["meetings"])}">'
            f"<title>{e(_map_tip(p))}</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>{text}</g>'
        )
    parts.append("</svg>")
    note = _map_note(places, unmapped)
    if any(p.get("country") for p in places):
        note += " Orange: a country, drawn at its centre."
    note += " Hover a place for its meetings and dates."
    body = (
        f'<h1>{e(title)}</h1>\n<p id="kg-note" data-places="{len(places)}">'
        f"{e(note)}</p>\n"
        f'<div id="kg-scroll">{"".join(parts)}</div>\n'
        '<p id="kg-credit">Outline: Natural Earth (public domain).</p>'
    )
    return _page(title, body, css=_asset("map.css"))


def _map_figure(
    places: list[dict[str, Any]], unmapped: int, path: Path, title: str
) -> None:
    import matplotlib as mpl
    from matplotlib import patheffects
    from matplotlib.collections import PolyCollection

    west, south, east, north = _map_view(places)
    aspect = (north - south) / (east - west)
    with mpl.rc_context(
        {"text.parse_math": False, "svg.hashsalt": "kg", "font.size": 8}
    ):
        fig = _figure(11, max(3.0, min(11 * aspect + 0.8, 12.0)))
        ax = fig.add_subplot()
        ax.set_title(title, fontsize=11)
        ax.set_facecolor("#f4f8fb")
        ax.add_collection(
            PolyCollection(
                _world_rings(),
                facecolors="#e6e6e0",
                edgecolors="#b9b9b0",
                linewidths=0.4,
                zorder=1,
            )
        )
        ax.set_xticks([x for x in range(-180, 181, 15) if west <= x <= east])
        ax.set_yticks([y for y in range(-75, 76, 15) if south <= y <= north])
        ax.grid(color="#dde6ee", linewidth=0.6, zorder=0)
        ax.tick_params(labelsize=7, colors="#888888")
        most = max((len(p["meetings"]) for p in places), default=1)
        any_country = any(p.get("country") for p in places)
        if places:
            ax.scatter(
                [p["lon"] for p in places],
                [p["lat"] for p in places],
                s=[
                    (2 * _map_radius(len(p["meetings"]), most, 4.0, 14.0)) ** 2
                    for p in places
                ],
                c=[_MAP_COUNTRY if p.get("country") else _MAP_CITY for p in places],
                alpha=0.75,
                edgecolors="white",
                linewidths=0.8,
                zorder=3,
            )
            halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
            for p in places[:60]:  # the 60 busiest places get a label
                ax.annotate(
                    p["name"],
                    (p["lon"], p["lat"]),
                    xytext=(5, 3),
                    textcoords="offset points",
                    fontsize=7,
                    path_effects=halo,
                    zorder=4,
                )
        else:
            ax.text(
                0.5,
                0.5,
                "No meetings with a mapped place match these filters.",
                ha="center",
                va="center",
                transform=ax.transAxes,
            )
        ax.set_xlim(west, east)
        ax.set_ylim(south, north)
        ax.set_aspect("equal")
        ax.set_xlabel(
            _map_note(places, unmapped)
            + (" Orange: a country, drawn at its centre." if any_country else "")
            + " Outline: Natural Earth (public domain).",
            fontsize=7,
            color="#666666",
        )
        _save(fig, path)
