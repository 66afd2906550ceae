"""Reading the store as extraction left it: entity nodes, their names, titles and
mentions, meetings, place containment."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg.link.terms import (
    _CLASS_KIND,
    _REFERRING,
    ALT_NAME,
    ATTENDEE,
    BEGIN,
    CONTAINED_IN,
    DATE_PUBLISHED,
    HIDDEN,
    IN_SENTENCE,
    JOB_TITLE,
    KGR,
    LOCATION,
    MEETING,
    MENTION_OF,
    NAME,
    ORGANIZER,
    RDF_TYPE,
    SAME_AS,
    START_DATE,
    Node,
)


@dataclass(slots=True)
class _Corpus:
    kind: dict[Node, str] = field(default_factory=dict)
    names: dict[Node, set[str]] = field(default_factory=lambda: defaultdict(set))
    alts: dict[Node, set[str]] = field(default_factory=lambda: defaultdict(set))
    same: dict[Node, set[str]] = field(default_factory=lambda: defaultdict(set))
    hidden: dict[Node, set[str]] = field(default_factory=lambda: defaultdict(set))
    jobs: dict[Node, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: entity IRIs an article refers to (those it does not type are not moved onto)
    refs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def _ours(iri: str, other: object) -> bool:
    """``other`` is an IRI minted for the same kind as ``iri`` (an ``owl:sameAs``
    this pass wrote, not one to Wikidata or GeoNames)."""
    return (
        isinstance(other, ox.NamedNode)
        and other.value.startswith(KGR)
        and _kind_of(other.value) == _kind_of(iri)
    )


def _kind_of(iri: str) -> str:
    """``person`` of ``kgr:person/x``, ``meeting`` of ``kgr:meeting/a/1``."""
    return iri[len(KGR) :].split("/", 1)[0]


def _read(store: ox.Store) -> _Corpus:
    c = _Corpus()
    for cls, kind in _CLASS_KIND.items():
        for q in store.quads_for_pattern(None, RDF_TYPE, cls, None):
            if isinstance(q.subject, ox.NamedNode) and isinstance(
                q.graph_name, ox.NamedNode
            ):
                c.kind[(q.graph_name.value, q.subject.value)] = kind
    for pred, into in (
        (NAME, c.names),
        (ALT_NAME, c.alts),
        (JOB_TITLE, c.jobs),
        (HIDDEN, c.hidden),
    ):
        for q in _in_articles(store, pred):
            key = (q.graph_name.value, q.subject.value)  # type: ignore[union-attr]
            if key in c.kind:
                into[key].add(q.object.value)  # type: ignore[union-attr]
    for q in _in_articles(store, SAME_AS):
        key = (q.graph_name.value, q.subject.value)  # type: ignore[union-attr]
        if key in c.kind and _ours(key[1], q.object):
            c.same[key].add(q.object.value)  # type: ignore[union-attr]
    for pred in _REFERRING:
        for q in _in_articles(store, pred):
            if isinstance(q.object, ox.NamedNode):
                c.refs[q.graph_name.value].add(q.object.value)  # type: ignore[union-attr]
    return c


def _in_articles(store: ox.Store, predicate: ox.NamedNode) -> Iterator[ox.Quad]:
    """The quads of ``predicate`` in the article graphs (not the corpus graph,
    which states each of them once more)."""
    for q in store.quads_for_pattern(None, predicate, None, None):
        if isinstance(q.graph_name, ox.NamedNode):
            yield q


@dataclass(slots=True)
class _Meeting:
    """A meeting node of one article graph as the store holds it now."""

    names: set[str] = field(default_factory=set)
    hidden: set[str] = field(default_factory=set)
    same: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    participants: set[str] = field(default_factory=set)


def _read_meetings(store: ox.Store) -> tuple[dict[Node, _Meeting], dict[str, str]]:
    """Every meeting node of the article graphs, and each article's date."""
    meetings: dict[Node, _Meeting] = {}
    for q in store.quads_for_pattern(None, RDF_TYPE, MEETING, None):
        if isinstance(q.graph_name, ox.NamedNode):
            meetings[(q.graph_name.value, q.subject.value)] = _Meeting()  # type: ignore[union-attr]
    if not meetings:
        return meetings, {}
    fields = (
        (NAME, "names"),
        (HIDDEN, "hidden"),
        (SAME_AS, "same"),
        (START_DATE, "dates"),
        (LOCATION, "places"),
        (ATTENDEE, "participants"),
        (ORGANIZER, "participants"),
    )
    for pred, attr in fields:
        for q in _in_articles(store, pred):
            m = meetings.get((q.graph_name.value, q.subject.value))  # type: ignore[union-attr]
            if m is None:
                continue
            if pred == SAME_AS and not _ours(q.subject.value, q.object):  # type: ignore[union-attr]
                continue
            getattr(m, attr).add(q.object.value)  # type: ignore[union-attr]
    published = {
        q.graph_name.value: q.object.value[:10]  # type: ignore[union-attr]
        for q in _in_articles(store, DATE_PUBLISHED)
        if q.subject == q.graph_name
    }
    return meetings, published


def _containment(store: ox.Store) -> dict[str, frozenset[str]]:
    """Place -> every place it lies in, from the corpus graph."""
    parents: dict[str, set[str]] = defaultdict(set)
    for q in store.quads_for_pattern(None, CONTAINED_IN, None, ox.DefaultGraph()):
        if isinstance(q.object, ox.NamedNode):
            parents[q.subject.value].add(q.object.value)  # type: ignore[union-attr]
    out: dict[str, frozenset[str]] = {}
    for place in parents:
        seen: set[str] = set()
        todo = list(parents[place])
        while todo:
            p = todo.pop()
            if p not in seen:
                seen.add(p)
                todo.extend(parents.get(p, ()))
        out[place] = frozenset(seen)
    return out


def _one(store: ox.Store, s: Any, p: ox.NamedNode, graph: ox.NamedNode) -> Any:
    q = next(store.quads_for_pattern(s, p, None, graph), None)
    return q.object if q is not None else None


def _opens_sentences(store: ox.Store, nodes: list[tuple[str, str]]) -> bool:
    """Every mention of these ``(graph, node)`` pairs starts its sentence."""
    seen = False
    for g, node in nodes:
        graph = ox.NamedNode(g)

        for q in store.quads_for_pattern(None, MENTION_OF, ox.NamedNode(node), graph):
            sentence = _one(store, q.subject, IN_SENTENCE, graph)
            begin = _one(store, q.subject, BEGIN, graph)
            if sentence is None or begin != _one(store, sentence, BEGIN, graph):
                return False
            seen = True
    return seen


#: a sentence naming this many persons or more is a list (a team's line-up, a cabinet,
#: a ballot): it gives no context to tell which of several namesakes a surname is
LIST_SENTENCE_PERSONS = 6


def _in_lists(store: ox.Store, nodes: list[tuple[str, str]]) -> bool:
    """Every mention of these ``(graph, node)`` pairs is in a sentence that names
    at least :data:`LIST_SENTENCE_PERSONS` persons (by their mentions)."""
    person = KGR + "person/"
    seen = False
    for g, node in nodes:
        graph = ox.NamedNode(g)
        for q in store.quads_for_pattern(None, MENTION_OF, ox.NamedNode(node), graph):
            sentence = _one(store, q.subject, IN_SENTENCE, graph)
            if sentence is None:
                return False
            persons = set()
            for m in store.quads_for_pattern(None, IN_SENTENCE, sentence, graph):
                e = _one(store, m.subject, MENTION_OF, graph)
                if isinstance(e, ox.NamedNode) and e.value.startswith(person):
                    persons.add(e.value)
            if len(persons) < LIST_SENTENCE_PERSONS:
                return False
            seen = True
    return seen
