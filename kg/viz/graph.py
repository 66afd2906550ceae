"""RDF -> the actor network, a :class:`networkx.MultiGraph`, in named steps.

:func:`graph_to_networkx` reads the entities and articles, then adds the edges of
each kind from the evidence of that kind (meetings, memberships, sentences), then
the nodes, then filters (weight, focus, edge kinds, evidence and likely NER errors,
isolates, small components, the top N of :mod:`kg.viz.rank`), counting the actors
each filter leaves out, and finishes: sets become sorted lists, the meetings and
articles referred to go into ``G.graph``, centralities and communities onto the
nodes. Each step is a function below, in that order; the filters are in
:mod:`kg.viz.filters`, the ``--focus`` actor and its neighbourhood in
:mod:`kg.viz.focus`.

Edge and node insertion order is part of the output (GraphML, GEXF and JSON list
them in it), so the steps keep the order in which the queries answer.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.errors import InputError
from kg.viz.filters import (
    Evidence,
    check_count,
    cut,
    drop_light_edges,
    drop_nodes,
    likely_junk,
)
from kg.viz.focus import ego_network, label_of, resolve_focus
from kg.viz.options import NODE_TYPES, parse_edges, parse_range, parse_types
from kg.viz.queries import (
    ARTICLES,
    CLASS_TYPES,
    ENTITIES,
    LABELS,
    MEETING_SENTENCES,
    MEMBERSHIP_SENTENCES,
    PARTICIPANTS,
    SENTENCE_TEXTS,
    Info,
    Select,
    bindings,
    meetings_query,
    memberships_query,
    mentions_query,
    selector,
    statements_query,
    term_value,
)
from kg.viz.rank import (
    RANK_BY,
    communities,
)
from kg.viz.source import as_store
from kg.viz.statements import (
    add_quotes,
    add_statement_edges,
    read_statements,
    statement_key,
)

__all__ = ["graph_to_networkx", "label_of", "statement_key"]


_TYPE_RANK = {iri: i for i, (iri, _) in enumerate(CLASS_TYPES)}
_TYPE_OF = dict(CLASS_TYPES)

#: sentences kept on an edge as its evidence (the HTML page quotes them; a cap keeps
#: the file small on a big corpus)
EVIDENCE_PER_EDGE = 5


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
    edges: str | Iterable[str] | None = None,
    min_articles: int = 1,
    keep_junk: bool = True,
    min_component: int = 1,
    top: int = 0,
    rank_by: str = "degree",
) -> nx.MultiGraph:
    """The actor network of a kg graph.

    The defaults keep the whole network (for exports and programs); ``kg viz``
    asks for a readable view (``edges="met,holds_role"``, ``keep_junk=False``,
    ``min_component=3``, ``top=150``).

    Parameters
    ----------
    graph_or_store
        An rdflib ``Graph``/``Dataset``, a ``pyoxigraph.Store`` (queried over its
        corpus graph) or a path (RDF file or store directory).
    since, until
        Inclusive date range, ``YYYY[-MM[-DD]]``. Applies to meetings'
        ``schema:startDate``, memberships' ``kg:validAt`` and, for co-mentions,
        statements and the articles of a node, the article's
        ``schema:datePublished``. With a range,
        undated facts are left out (they cannot be shown to fall in it).
    types
        Node types to keep: some of ``NODE_TYPES`` (comma-separated string or
        iterable; ``all`` for every type). Default ``DEFAULT_TYPES``.
    min_weight
        Drop ``met``, ``mentioned_together`` and ``statements`` edges seen fewer
        times (role edges are facts, not counts, and stay).
    focus, depth
        Keep only the ego network of the entities whose ``schema:name`` or
        ``schema:alternateName`` is ``focus`` (case-insensitive; a unique substring
        match if no name matches exactly), up to ``depth`` hops.
    keep_isolates
        Keep nodes without any edge (the focus node is always kept).
    edges
        Edge kinds to keep: some of ``EDGE_KINDS`` (comma-separated string or
        iterable; ``all``). Default all. ``statements`` are read only when kept;
        they do not count for the ranking, and keep an actor mentioned once
        from being taken for an NER error (``keep_junk``).
    min_articles
        Leave out actors found in fewer articles.
    keep_junk
        Keep what is likely an NER error, which is otherwise left out: an actor
        with neither a meeting nor a role nor a ``met``/``holds_role`` edge
        whose every name is one capitalised common German word
        (:func:`kg.nlp.lexicon.is_common_word`), or that is mentioned once in one
        article only and has no ``statements`` edge.
    min_component
        Leave out connected components of fewer nodes (2: pairs; 3: pairs and
        isolated pairs...); those holding a focus node stay.
    top
        Keep the ``top`` most central actors (0: all), ranked by ``rank_by``
        (``RANK_BY``: weighted degree, PageRank or betweenness over the ``met``
        and ``holds_role`` edges; see :mod:`kg.viz.rank`); the focus stays.
        Pieces the cut leaves without a link or smaller than ``min_component``
        go too.

    Returns
    -------
    networkx.MultiGraph
        Nodes are IRIs with ``label``, ``type``, ``roles``, ``articles``,
        ``meetings`` (lists of IRIs, sorted), ``degree`` (distinct neighbours),
        ``betweenness`` (normalised; estimated from 64 sources above 500 nodes,
        fewer above 5,000),
        ``score`` (the ``rank_by`` centrality before the cut), ``rank`` (1 = most
        central) and ``community`` (0 = the largest; Louvain). Edges
        are keyed by kind (``EDGE_KINDS``) with ``kind``, ``weight`` and
        ``articles``; ``met`` edges add ``meetings``, ``dates``, ``places``;
        ``holds_role`` edges add ``member``, ``titles``, ``roles``, ``dates``.
        A ``statements`` edge is one kind of verbal interaction
        (``kg:interactionType``) from one actor to another, keyed by
        :func:`statement_key`: ``interaction_type`` (``DEMAND``, ``ACCUSE``, …),
        ``agent`` (who speaks) and ``recipient`` (whom it addresses), ``weight``
        (the number of statements), ``verbs``, ``issues``, ``interactions``
        (their IRIs) and ``quotes`` (what the agent is quoted with in the
        evidence sentences).
        Every edge has ``sentences``: up to ``EVIDENCE_PER_EDGE`` sentences saying
        it (IRIs; ``G.graph["sentences"]`` gives their ``text`` and ``article``).
        ``G.graph["meetings"]`` and ``G.graph["articles"]`` describe the meetings
        and articles referred to; ``G.graph["filtered"]`` counts the actors left
        out, by reason (in the order the filters apply); ``G.graph["communities"]``
        is the number of communities.

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
    since_s, until_s = parse_range(since, until)
    wanted = set(parse_types(types))
    if not isinstance(min_weight, int) or min_weight < 1:
        raise InputError(f"--min-weight: expected an integer >= 1, got {min_weight!r}")
    if not isinstance(depth, int) or depth < 0:
        raise InputError(f"--depth: expected an integer >= 0, got {depth!r}")
    shown = parse_edges(edges)
    check_count(min_articles, "--min-articles", 1)
    check_count(min_component, "--min-component", 1)
    check_count(top, "--top", 0)
    if rank_by not in RANK_BY:
        raise InputError(
            f"--rank-by: expected one of {', '.join(RANK_BY)}, got {rank_by!r}"
        )
    store = as_store(graph_or_store)
    select = selector(store)
    binds = bindings(since_s, until_s)

    kinds, names = _entities(select, wanted)
    articles = _articles(select)
    G = nx.MultiGraph()
    seen = Evidence()
    meetings = _meetings(select, meetings_query(since_s, until_s), binds, kinds, names)
    _add_met_edges(G, meetings, seen)
    # a store of triples only (an rdflib Graph, a Store filled by hand; a .ttl or
    # .nt file has its file graph): the memberships are in the default graph
    named = any(True for _ in store.named_graphs())
    query = memberships_query(since_s, until_s, named_graphs=named)
    _add_role_edges(G, _memberships(select, query, binds), kinds, names, seen)
    by_sentence, sentence_article = _sentences(
        select, mentions_query(since_s, until_s), binds, kinds, seen
    )
    _add_comention_edges(G, by_sentence, sentence_article)
    stated: dict[tuple[str, str, str], set[str]] = {}
    if "statements" in shown:  # read only when drawn: without it, nothing changes
        query = statements_query(since_s, until_s)
        stated = add_statement_edges(G, read_statements(select, query, binds, kinds))
    dated = since_s is not None or until_s is not None
    _add_nodes(G, kinds, names, meetings, articles, seen, dated=dated)
    if min_weight > 1:
        drop_light_edges(G, min_weight)
    centres: set[str] = set()
    if focus is not None:
        centres = resolve_focus(select, G, focus, kinds, names)
    # judged on every edge, before the kinds not shown go: a fact keeps an actor
    junk = {} if keep_junk else likely_junk(select, G, seen)
    G.remove_edges_from(
        [
            (u, v, k)
            for u, v, k, kind in G.edges(keys=True, data="kind")
            if kind not in shown
        ]
    )
    if focus is not None:
        G = ego_network(G, centres, depth)
    filtered: dict[str, int] = {}
    if min_articles > 1:
        few = [n for n, a in G.nodes(data="articles") if len(a) < min_articles]
        drop_nodes(G, few, centres, filtered, f"fewer than {min_articles} articles")
    for reason, nodes in junk.items():
        drop_nodes(G, nodes, centres, filtered, reason)
    cut(
        G,
        centres,
        filtered,
        keep_isolates=keep_isolates,
        min_component=min_component,
        top=top,
        rank_by=rank_by,
    )
    _finish(G, meetings, articles)
    G.graph["filtered"] = filtered
    G.graph["communities"] = len({c for _, c in G.nodes(data="community")})
    G.graph.update(
        name="kg actor network",
        since=since_s or "",
        until=until_s or "",
        types=",".join(t for t in NODE_TYPES if t in wanted),
        min_weight=min_weight,
        focus=focus or "",
        depth=depth if focus is not None else 0,
        edges=",".join(shown),
        rank_by=rank_by,
        top=top,
    )
    G.graph["focus_nodes"] = sorted(centres)
    _add_evidence(select, G, by_sentence, articles, stated)
    return G


# --- reading --------------------------------------------------------------------------


def _entities(
    select: Select, wanted: set[str]
) -> tuple[dict[str, str], dict[str, str]]:
    """(IRI -> node type, for the wanted types; IRI -> name, for every typed
    entity): the most specific type, and of several names the least."""
    kinds: dict[str, str] = {}
    names: dict[str, str] = {}
    rank: dict[str, int] = {}
    for row in select(ENTITIES):
        e, cls = term_value(row["e"]), term_value(row["class"])
        assert e is not None and cls is not None
        r = _TYPE_RANK[cls]
        if r < rank.get(e, 99):
            rank[e], kinds[e] = r, _TYPE_OF[cls]
    for row in select(LABELS):
        e, name = term_value(row["e"]), term_value(row["name"])
        if e in kinds and name is not None and (e not in names or name < names[e]):
            names[e] = name
    # names of unwanted types stay: they label meeting places and organisations
    return {e: t for e, t in kinds.items() if t in wanted}, names


def _articles(select: Select) -> dict[str, Info]:
    """Article IRI -> headline, date, url (the least of several)."""
    articles: dict[str, Info] = {}
    for row in select(ARTICLES):
        a = term_value(row["a"])
        assert a is not None
        info = articles.setdefault(a, {"headline": None, "date": None, "url": None})
        for key, var in (("headline", "headline"), ("date", "date"), ("url", "url")):
            value = term_value(row[var])
            if value is not None and (info[key] is None or value < str(info[key])):
                info[key] = value
    return articles


def _meetings(
    select: Select,
    query: str,
    binds: Mapping[ox.Variable, ox.Literal],
    kinds: Mapping[str, str],
    names: Mapping[str, str],
) -> dict[str, Info]:
    """Meeting IRI -> name, date, place (its name), articles, and the participants
    and organizers among the wanted actors."""
    meetings: dict[str, Info] = {}
    for row in select(query, binds):
        m = term_value(row["m"])
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
            value = term_value(row[var])
            if value is not None and (info[key] is None or value < info[key]):
                info[key] = value
        if info["place"] is None and row["place"] is not None:
            info["place"] = label_of(term_value(row["place"]) or "", names)
        if row["article"] is not None:
            info["articles"].add(term_value(row["article"]))
    for row in select(PARTICIPANTS):
        m, e = term_value(row["m"]), term_value(row["e"])
        if m in meetings and e in kinds:
            meetings[m]["participants"].add(e)
            if term_value(row["how"]) == "organizer":
                meetings[m]["organizers"].add(e)
    return meetings


def _memberships(
    select: Select, query: str, binds: Mapping[ox.Variable, ox.Literal]
) -> dict[str, Info]:
    """Membership IRI -> person, org, role label (the least of several), and the
    sets of titles as written, validity dates and articles."""
    rows: dict[str, Info] = {}
    for row in select(query, binds):
        ms = term_value(row["ms"])
        assert ms is not None
        info = rows.setdefault(
            ms,
            {
                "person": term_value(row["person"]),
                "org": None,
                "role": None,
                "titles": set(),
                "valid": set(),
                "articles": set(),
            },
        )
        for key, var in (("org", "org"), ("role", "roleLabel")):
            value = term_value(row[var])
            if value is not None and (info[key] is None or value < info[key]):
                info[key] = value
        for key, var in (
            ("titles", "title"),
            ("valid", "valid"),
            ("articles", "article"),
        ):
            if row[var] is not None:
                info[key].add(term_value(row[var]))
    return rows


def _sentences(
    select: Select,
    query: str,
    binds: Mapping[ox.Variable, ox.Literal],
    kinds: Mapping[str, str],
    seen: Evidence,
) -> tuple[dict[str, set[str]], dict[str, str]]:
    """(sentence -> the wanted actors it mentions, sentence -> its article); the
    article of each mention also goes to ``seen`` (the articles of a node)."""
    by_sentence: dict[str, set[str]] = defaultdict(set)
    sentence_article: dict[str, str] = {}
    for row in select(query, binds):
        s, e, a = term_value(row["s"]), term_value(row["e"]), term_value(row["article"])
        if e not in kinds or s is None:
            continue
        assert e is not None
        if e not in by_sentence[s]:
            by_sentence[s].add(e)
            seen.mentions[e] += 1
        if a is not None:
            sentence_article[s] = a
            seen.articles[e].add(a)
    return by_sentence, sentence_article


# --- edges and nodes ------------------------------------------------------------------


def _add_met_edges(
    G: nx.MultiGraph, meetings: Mapping[str, Info], seen: Evidence
) -> None:
    """A ``met`` edge between every two participants of each meeting."""
    for m, info in meetings.items():
        people = sorted(info["participants"])
        for e in people:
            seen.meetings[e].add(m)
            seen.articles[e].update(info["articles"])
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


def _add_role_edges(
    G: nx.MultiGraph,
    memberships: Mapping[str, Info],
    kinds: Mapping[str, str],
    names: Mapping[str, str],
    seen: Evidence,
) -> None:
    """The role of each membership on its person; a ``holds_role`` edge to the
    organisation or country when that is a node too."""
    for _, info in sorted(memberships.items()):
        person, org = info["person"], info["org"]
        if person not in kinds:
            continue
        # on the node, the post's label (base form, so that "US-Außenminister" and
        # "Außenminister" as written in two articles are one role); the titles as
        # written go on the edge
        post = info["role"] or min(info["titles"], default="member")
        where = f" ({label_of(org, names)})" if org else ""
        seen.roles[person].add(post + where)
        seen.articles[person].update(info["articles"])
        if org in kinds:
            seen.articles[org].update(info["articles"])
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


def _add_comention_edges(
    G: nx.MultiGraph,
    by_sentence: Mapping[str, set[str]],
    sentence_article: Mapping[str, str],
) -> None:
    """A ``mentioned_together`` edge between every two actors of each sentence."""
    for s, ents in by_sentence.items():
        people = sorted(ents)
        a = sentence_article.get(s)
        for i, u in enumerate(people):
            for v in people[i + 1 :]:
                _bump(G, u, v, "mentioned_together", articles={a} if a else set())


def _add_nodes(
    G: nx.MultiGraph,
    kinds: Mapping[str, str],
    names: Mapping[str, str],
    meetings: Mapping[str, Info],
    articles: Mapping[str, Info],
    seen: Evidence,
    *,
    dated: bool,
) -> None:
    """Every typed and wanted entity as a node (isolates are removed later unless
    kept), with its label, type, roles, meetings and articles."""
    for e, kind in kinds.items():
        if dated and not (seen.articles[e] or seen.meetings[e] or G.has_node(e)):
            continue  # nothing about it falls in the date range
        # every article here is behind an in-range fact: a meeting or membership
        # (filtered by its date) or a mention (filtered by the article's date)
        G.add_node(
            e,
            label=label_of(e, names),
            type=kind,
            roles=sorted(seen.roles[e]),
            meetings=_by_date(seen.meetings[e], meetings),
            articles=_articles_by_date(seen.articles[e], articles),
        )


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


# --- evidence -------------------------------------------------------------------------


def _add_evidence(
    select: Select,
    G: nx.MultiGraph,
    by_sentence: Mapping[str, set[str]],
    articles: Mapping[str, Info],
    stated: Mapping[tuple[str, str, str], set[str]] | None = None,
    *,
    cap: int = EVIDENCE_PER_EDGE,
) -> None:
    """Each edge's ``sentences``: up to ``cap`` sentence IRIs that say it, one per
    article first, oldest article first; ``G.graph["sentences"]``: sentence IRI ->
    ``text`` and ``article``; each ``statements`` edge's ``quotes``: what its agent
    is quoted with in those sentences.

    A ``met`` edge is said by its meetings' evidence sentences, a ``holds_role`` edge
    by its memberships', a ``mentioned_together`` edge by the sentences naming both,
    a ``statements`` edge by its interactions' (``stated``, keyed by the two ends
    sorted and the edge key). Only sentences of the edge's own articles count (so a
    date range still holds), and only sentences with a ``kg:text``.
    """
    said: defaultdict[tuple[str, str, str], set[str]] = defaultdict(set)
    for where, sentences in (stated or {}).items():
        said[where].update(sentences)
    for s, ents in by_sentence.items():
        people = sorted(e for e in ents if e in G)
        for i, u in enumerate(people):
            for v in people[i + 1 :]:
                if G.has_edge(u, v, "mentioned_together"):
                    said[u, v, "mentioned_together"].add(s)
    of_meeting: defaultdict[str, set[str]] = defaultdict(set)
    for row in select(MEETING_SENTENCES):
        of_meeting[term_value(row["m"]) or ""].add(term_value(row["s"]) or "")
    of_membership: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for row in select(MEMBERSHIP_SENTENCES):
        pair = (term_value(row["person"]) or "", term_value(row["org"]) or "")
        of_membership[pair].add(term_value(row["s"]) or "")
    for u, v, k, d in G.edges(keys=True, data=True):
        u, v = min(u, v), max(u, v)
        if k == "met":
            for m in d["meetings"]:
                said[u, v, k].update(of_meeting.get(m, ()))
        elif k == "holds_role":
            other = v if d["member"] == u else u
            said[u, v, k].update(of_membership.get((d["member"], other), ()))
    wanted: set[str] = set().union(*said.values()) if said else set()
    texts: dict[str, Info] = {}
    for row in select(SENTENCE_TEXTS):
        sentence = term_value(row["s"]) or ""
        if sentence in wanted and sentence not in texts:
            texts[sentence] = {"text": term_value(row["text"]), "article": None}
        if sentence in texts and row["article"] is not None:
            texts[sentence]["article"] = term_value(row["article"])

    def order(s: str) -> tuple[str, str, int, str]:
        a = texts[s]["article"] or ""
        tail = s.rsplit("/", 1)[-1]
        date = (articles.get(a) or {}).get("date") or "9999"
        return (str(date), a, int(tail) if tail.isdigit() else 0, s)

    used: dict[str, Info] = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        own = set(d["articles"])
        found = sorted(
            (
                s
                for s in said.get((min(u, v), max(u, v), k), ())
                if s in texts and (not own or texts[s]["article"] in own)
            ),
            key=order,
        )
        firsts: list[str] = []
        rest: list[str] = []
        seen_articles: set[str | None] = set()
        for s in found:
            a = texts[s]["article"]
            (rest if a in seen_articles else firsts).append(s)
            seen_articles.add(a)
        d["sentences"] = (firsts + rest)[:cap]
        for s in d["sentences"]:
            used[s] = texts[s]
    G.graph["sentences"] = {s: used[s] for s in sorted(used, key=order)}
    if stated:
        add_quotes(select, G)


# --- finishing ------------------------------------------------------------------------


def _finish(
    G: nx.MultiGraph, meetings: Mapping[str, Info], articles: Mapping[str, Info]
) -> None:
    """Sets to sorted lists, the meetings and articles referred to, centralities,
    communities."""
    _sort_edge_lists(G, meetings)
    _describe_referred(G, meetings, articles)
    _centralities(G)
    for node, c in communities(G).items():
        G.nodes[node]["community"] = c


def _sort_edge_lists(G: nx.MultiGraph, meetings: Mapping[str, Info]) -> None:
    """The sets on the edges as sorted lists (a ``met`` edge's meetings by date)."""
    for _, _, d in G.edges(data=True):
        for key in (
            "articles",
            "meetings",
            "dates",
            "places",
            "titles",
            "roles",
            "verbs",
            "issues",
            "interactions",
        ):
            if key in d:
                d[key] = sorted(x for x in d[key] if x)
        if d["kind"] == "met":
            d["meetings"] = _by_date(d["meetings"], meetings)


def _describe_referred(
    G: nx.MultiGraph, meetings: Mapping[str, Info], articles: Mapping[str, Info]
) -> None:
    """``G.graph["meetings"]`` and ``G.graph["articles"]``: every meeting and
    article a node or edge refers to, by date; a meeting's participants and
    organizers restricted to those left in the graph."""
    used_meetings: set[str] = set()
    used: set[str] = set()
    for _, d in G.nodes(data=True):
        used_meetings.update(d["meetings"])
        used.update(d["articles"])
    for _, _, d in G.edges(data=True):
        used.update(d["articles"])
    for m in used_meetings:
        used.update(meetings[m]["articles"])
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


def _centralities(G: nx.MultiGraph) -> None:
    """``degree`` (distinct neighbours) and ``betweenness`` on every node, computed
    on the simple projection."""
    simple = nx.Graph(G)
    n = simple.number_of_nodes()
    if n > 500:  # exact betweenness is O(VE): estimate it from seeded sources,
        # 64 up to 5,000 nodes, fewer above (a bounded cost: 9 at 35,000 nodes)
        k = 64 if n <= 5000 else max(8, 64 * 5000 // n)
        between = nx.betweenness_centrality(simple, k=k, seed=0)
    else:
        between = nx.betweenness_centrality(simple)
    for node, d in G.nodes(data=True):
        d["degree"] = simple.degree(node)
        d["betweenness"] = round(float(between.get(node, 0.0)), 6)
