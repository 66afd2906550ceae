"""One identity per actor across articles: the corpus-level linking pass.

Extraction mints an entity's IRI from its kind and its canonical name within
one article (``kgr:person/john-kerry``), and :mod:`kg.extract.resolve` merges "John
Kerry" ... "Kerry" inside that article. Across articles nothing does: an
article that only says "Kerry" gets ``kgr:person/kerry``, a genitive the
article could not resolve gets ``kgr:person/angela-merkels``.
:func:`link_store` runs at the end of every ``kg build`` over the whole store
and rewrites such nodes, inside the article graphs that hold them, to the IRI
of the actor they name.

Rules (deterministic; every count is over the articles of the store)
--------------------------------------------------------------------

Each entity node of an article is first taken back to its *original* IRI, the
one extraction gave it (see "Undoing" below); the rules map original IRIs.

1. Genitive. A name ending in ``s`` (not ``ss``, more than 3 letters) or
   ``'`` whose stem names a node of the same kind is that node ("Angela
   Merkels" -> Angela Merkel, "Obamas" -> Obama), provided the stem is named in
   at least as many articles as the genitive form ("Hans" stays Hans although
   there is a "Han").
2. Surname (persons). A one-word person name, or one in lower-case particles
   ("de Maizière"), after rule 1, equal to the surname (last word; "al-Assad"
   also as "Assad") of exactly one full-name person of the corpus is that
   person ("Kerry" -> John Kerry). A full name is two or more words, the first
   capitalised. It applies only where the word is read as a surname more than
   as a first name: the articles naming a full name that ends in it outnumber
   those naming one that begins with it ("Bill" is first a first name, so it
   does not join "Maria Bill").
3. Shared surname. If two or more full names share the surname ("Hillary
   Clinton", "Bill Clinton"), the one-word node stays on its own, unless its
   article gives it a ``schema:jobTitle`` that exactly one of them has in
   some article ("Außenminister Kerry" joins John Kerry, not the painter
   Christl Kerry).
4. Acronym (organisations). A name equal to the long form that some article
   bound to an acronym ("Oberster Gerichtshof (OGH)": the node ``org/ogh`` with
   that alternate name), for exactly one acronym, is that organisation. A long
   form starts with the acronym's first letter (so "Nachhaltige
   Entwicklungsziele" is not taken for SDG, nor "Wien AG" for VIE). The
   gazetteer is not consulted here: extraction already gives every surface the
   gazetteer knows its canonical entry (on the 1,028-article 10kGNAD test set
   no organisation or place keeps a name the gazetteer maps elsewhere), and
   loading it would cost seconds on every build.
5. One name. Every node keeps exactly one ``schema:name`` across the corpus,
   the best of the names extraction gave it under its own IRI (same slug): no
   stray characters (``#``, ``@``, trailing ``,``, ``-`` or ``'``, doubled
   spaces) first, then not all capitals (persons), then the spelling with more
   letters beyond ASCII ("Recep Tayyip Erdoğan" over "Erdogan"), then the one
   more articles wrote, then the first in code-point order. Every other
   surface the node had in an article stays as ``schema:alternateName``
   there, the pre-link name included.

How it is applied
-----------------

A node moves only where that keeps the article graph a one-to-one renaming:
not onto an IRI already in the article (there, :mod:`kg.extract.resolve` kept the two
apart on purpose) and not together with another node of the article onto the
same IRI. The moved node records where it came from with ``owl:sameAs`` *in the
article graph* (``kgr:person/john-kerry owl:sameAs kgr:person/kerry``), and a
node whose name changed keeps the extracted name as ``skos:hiddenLabel`` there
(besides ``schema:alternateName``: it tells it from the names :mod:`kg.extract.resolve`
gave, and is never shown); every
IRI in the graph is rewritten (mentions, meetings, memberships, whose IRIs are
rebuilt from the new person and organisation slugs). Each rewritten article is
replaced in one store transaction (:func:`kg.store.write_article_graphs`, as
:mod:`kg.build` writes articles, the corpus graph kept in step): a pass killed
at any moment leaves every article linked or as it was, and the next pass
finishes the job.

Undoing, and why the result does not depend on build order
----------------------------------------------------------

The rules read only the corpus as extraction left it, which linking keeps
recoverable: the extracted IRI (the node's own, or the object of its
``owl:sameAs``), the extracted name (``skos:hiddenLabel``, else the name), the
extracted alternate names (the texts of the node's mentions) and job titles.
So each run recomputes the whole mapping from the corpus as extraction left
it: running it twice equals once;
an article that only says "Kerry" and was built before the "John Kerry"
article links once that one arrives; and a later article that makes a surname
ambiguous (a second "… Kerry") un-merges the earlier links, because the
"Kerry" nodes go back to ``kgr:person/kerry``. A rebuilt (changed) article
comes back unlinked from extraction and is linked again; a pruned one no
longer counts. ``tests/test_link.py`` checks this on random build orders and
removals against a build from scratch.

Not done: first-name-only links ("Xi" -> Xi Jinping is left to
:mod:`kg.extract.resolve` within one article), places beyond rule 1 and 5, and
telling apart two people with the same full name.
"""

from __future__ import annotations

import itertools
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg.extract.records import Kind
from kg.extract.resolve import same_person_names
from kg.lang.de.names import NOT_IN_A_NAME, strip_article_prefix
from kg.lang.de.spelling import slugify
from kg.link.events import Report, event_name, merge_reports
from kg.nlp.lexicon import is_first_name
from kg.rdf.prefixes import PREFIXES
from kg.store import write_article_graphs

__all__ = ["LinkSummary", "link_store"]

_KG = PREFIXES["kg"]
_SDO = PREFIXES["schema"]
KGR = PREFIXES["kgr"]
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
HIDDEN = ox.NamedNode("http://www.w3.org/2004/02/skos/core#hiddenLabel")
NAME = ox.NamedNode(_SDO + "name")
ALT_NAME = ox.NamedNode(_SDO + "alternateName")
JOB_TITLE = ox.NamedNode(_SDO + "jobTitle")
ANCHOR_OF = ox.NamedNode(_KG + "anchorOf")
MENTION_OF = ox.NamedNode(_KG + "mentionOf")
IN_SENTENCE = ox.NamedNode(_KG + "inSentence")
BEGIN = ox.NamedNode(_KG + "beginIndex")
MEETING = ox.NamedNode(_KG + "Meeting")
START_DATE = ox.NamedNode(_SDO + "startDate")
LOCATION = ox.NamedNode(_SDO + "location")
ATTENDEE = ox.NamedNode(_SDO + "attendee")
ORGANIZER = ox.NamedNode(_SDO + "organizer")
DATE_PUBLISHED = ox.NamedNode(_SDO + "datePublished")
CONTAINED_IN = ox.NamedNode(_SDO + "containedInPlace")
ORG_MEMBER = ox.NamedNode("http://www.w3.org/ns/org#member")
ORG_ORGANIZATION = ox.NamedNode("http://www.w3.org/ns/org#organization")
_CLASS_KIND = {
    ox.NamedNode(_KG + "Person"): Kind.PERSON,
    ox.NamedNode(_KG + "Organisation"): Kind.ORG,
    ox.NamedNode(_KG + "Place"): Kind.PLACE,
}
_MEMBERSHIP = KGR + "membership/"
#: properties whose object is an entity (``kg:mentionOf`` and ``org:member`` always
#: point to a node typed in the same article, so they are not read)
_REFERRING = tuple(
    ox.NamedNode(iri)
    for iri in (
        _SDO + "containedInPlace",
        _SDO + "attendee",
        _SDO + "organizer",
        _SDO + "location",
        "http://www.w3.org/ns/org#organization",
    )
)

# characters no name is written with; a name containing one is a noisy surface
_JUNK = re.compile("[" + re.escape("".join(sorted(NOT_IN_A_NAME))) + "]")
_EDGE = re.compile(r"^[^\w]+|[^\w.']+$")

Node = tuple[str, str]  # (article graph IRI, entity IRI)


@dataclass(slots=True)
class LinkSummary:
    """What a linking pass did."""

    nodes: int = 0  #: entity nodes (article, IRI) in the store
    linked: int = 0  #: nodes that now carry another IRI than extraction gave them
    renamed: int = 0  #: nodes whose ``schema:name`` this run changed
    articles: int = 0  #: article graphs rewritten by this run
    events: int = 0  #: meeting reports that are one event with another article's
    seconds: float = 0.0
    links: dict[str, str] = field(default_factory=dict)  #: original -> linked IRI

    def __str__(self) -> str:
        return (
            f"{self.linked} of {self.nodes} entity nodes linked, "
            f"{self.events} meeting reports merged into events, "
            f"{self.articles} articles rewritten in {self.seconds:.2f} s"
        )


# --- names ---------------------------------------------------------------------------


def _tail(iri: str) -> str:
    return iri.rsplit("/", 1)[1]


def _genitive_stem(name: str) -> str | None:
    if name.endswith("'") and len(name) > 3:
        return name[:-1]
    if len(name) > 3 and name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return None


def _clean(name: str) -> str:
    """``name`` without stray characters: "Angela #Merkel" -> "Angela Merkel"."""
    text = " ".join(_JUNK.sub(" ", name).split())
    return _EDGE.sub("", text)


def _is_clean(name: str) -> bool:
    return name == _clean(name)


def _name_rank(name: str, kind: str, count: int) -> tuple[object, ...]:
    """Sort key: the best name of a node first (rule 5)."""
    shouting = kind == Kind.PERSON and name.isupper()
    beyond_ascii = sum(1 for c in name if ord(c) > 127 and c.isalpha())
    noisy = not _is_clean(name) or name.endswith("'")
    return (noisy, shouting, -beyond_ascii, -count, name)


def best_name(names: Iterable[str] | Counter[str], kind: str) -> str:
    """The name rule 5 picks among ``names`` (not empty; a Counter gives how
    many articles wrote each, the more the better on a tie).

    Example
    -------
    >>> best_name(["Angela #Merkel", "Angela Merkel"], "person")
    'Angela Merkel'
    """
    counts = names if isinstance(names, Counter) else Counter(names)
    return min(counts, key=lambda n: _name_rank(n, kind, counts[n]))


# name particles: "de Maizière", "De Maizière" at a sentence start, "von Jazenjuk"
_PARTICLES = frozenset(
    "von van de di da del della der den du le la al el bin ben ibn zu ten ter".split()
)


def _is_full_name(name: str) -> bool:
    """A given name and a surname: two or more words, the first a capitalised
    word that is no name particle ("de Maizière" is a surname alone)."""
    words = name.split()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[0].lower() not in _PARTICLES
        and not any(ch.isdigit() for ch in words[0])
    )


def _is_acronym(name: str) -> bool:
    return " " not in name and sum(c.isupper() for c in name) >= 2 and name.isupper()


def _is_long_form(surface: str, acronym: str) -> bool:
    """``surface`` may spell out ``acronym``: longer, not itself an acronym nor
    its genitive ("BNDs"), and starting with the same letter
    ("Bundesnachrichtendienst" for BND, "Oberster Gerichtshof" for OGH)."""
    return (
        len(surface) > len(acronym) + 2
        and not surface.isupper()
        and not surface.startswith(acronym)
        and surface[:1].lower() == acronym[:1].lower()
    )


# --- reading the store ---------------------------------------------------------------


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


# --- the mapping ---------------------------------------------------------------------


@dataclass(slots=True)
class _Original:
    """One entity node of one article as extraction made it."""

    graph: str
    current: str  # its IRI in the store now
    iri: str  # its IRI as extracted
    kind: str
    surfaces: set[str]  # its name and alternate names as extracted
    name: str  # its name as extracted
    jobs: set[str]


def _originals(c: _Corpus, store: ox.Store) -> list[_Original]:
    """Every entity node as extraction made it.

    Where linking changed a node, it left the extracted IRI as ``owl:sameAs``
    and the extracted name as ``skos:hiddenLabel``; the extracted alternate
    names are what :mod:`kg.extract.resolve` makes them, the texts of the node's
    mentions other than its name (lower-case ones aside). Only for such nodes
    are the mention texts read, which would cost more than the rest of the pass
    for every node.
    """
    anchors: dict[str, dict[str, set[str]]] = {}

    def anchors_of(graph: str, node: str) -> set[str]:
        """The texts of the mentions of ``node`` in ``graph``."""
        by_node = anchors.get(graph)
        if by_node is None:
            g = ox.NamedNode(graph)
            text = {
                q.subject: q.object.value  # type: ignore[union-attr]
                for q in store.quads_for_pattern(None, ANCHOR_OF, None, g)
            }
            by_node = anchors[graph] = defaultdict(set)
            for q in store.quads_for_pattern(None, MENTION_OF, None, g):
                if q.subject in text and isinstance(q.object, ox.NamedNode):
                    by_node[q.object.value].add(text[q.subject])
        return by_node.get(node, set())

    out = []
    for (g, cur), kind in c.kind.items():
        key = (g, cur)
        same = c.same.get(key)
        hidden = c.hidden.get(key)
        iri = min(same) if same else cur  # one by construction; min() if hand-edited
        names = c.names.get(key) or {_tail(iri)}
        alts = c.alts.get(key, set())
        if same or hidden:
            name = best_name(hidden or names, kind)
            texts = anchors_of(g, cur)
            surfaces = {
                x for x in names | alts if x in texts and x != name and not x.islower()
            }
            surfaces.add(name)
        else:
            name = best_name(names, kind)
            surfaces = names | alts
        jobs = set(c.jobs.get(key, ()))
        out.append(_Original(g, cur, iri, kind, surfaces, name, jobs))
    return out


def _mapping(
    originals: list[_Original],
    opens_sentences: Callable[[list[tuple[str, str]]], bool] = lambda nodes: False,
) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Rules 1-4: original IRI -> linked IRI, and per-article overrides (rule 3).

    ``opens_sentences`` tells whether every mention of the given ``(graph,
    current IRI)`` nodes opens a sentence (rule 1c)."""
    articles: Counter[str] = Counter()
    name_of: dict[str, str] = {}
    names_by_iri: dict[str, Counter[str]] = defaultdict(Counter)
    jobs_of: dict[str, set[str]] = defaultdict(set)
    for o in originals:
        articles[o.iri] += 1
        names_by_iri[o.iri][o.name] += 1
        jobs_of[o.iri] |= o.jobs
    kind_of: dict[str, str] = {o.iri: o.kind for o in originals}
    for iri, names in names_by_iri.items():
        name_of[iri] = best_name(names, kind_of[iri])

    def iri_of(kind: str, name: str) -> str:
        return f"{KGR}{kind}/{slugify(name)}"

    # 1. genitive
    target: dict[str, str] = {}
    for iri, name in name_of.items():
        stem = _genitive_stem(name)
        if not stem:
            continue
        t = iri_of(kind_of[iri], stem)
        if t != iri and t in name_of and articles[t] >= articles[iri]:
            target[iri] = t

    # 1a.-1d. variants of one person's full name
    nodes_of: dict[str, list[tuple[str, str]]] = defaultdict(list)
    not_persons: set[str] = set()
    for o in originals:
        nodes_of[o.iri].append((o.graph, o.current))
        if o.kind != Kind.PERSON:
            not_persons.update(slugify(x) for x in o.surfaces)
    _person_variants(
        name_of,
        kind_of,
        articles,
        target,
        names_thing=lambda word: slugify(word) in not_persons,
        opens_sentences=lambda iri: opens_sentences(nodes_of[iri]),
    )

    def folded(iri: str) -> str:
        return target.get(iri, iri)

    # 2./3. surnames (compared ASCII-folded: "Erdogan" is "Erdoğan")
    by_surname: dict[str, set[str]] = defaultdict(set)
    as_last: Counter[str] = Counter()
    as_first: Counter[str] = Counter()
    for iri, name in name_of.items():
        if kind_of[iri] != Kind.PERSON or not _is_full_name(name) or iri in target:
            continue
        words = name.split()
        as_first[slugify(words[0])] += articles[iri]
        for surname in {words[-1], strip_article_prefix(words[-1])}:
            by_surname[slugify(surname)].add(iri)
            as_last[slugify(surname)] += articles[iri]
    overrides: dict[tuple[str, str], str] = {}
    ambiguous: dict[str, set[str]] = {}
    for iri, name in name_of.items():
        if kind_of[iri] != Kind.PERSON or _is_full_name(name):
            continue
        base = name_of[folded(iri)]
        word = base.split()[-1]
        stem = _genitive_stem(word)
        key = slugify(word) if slugify(word) in by_surname else stem and slugify(stem)
        if not key or key not in by_surname or as_last[key] <= as_first[key]:
            continue
        cands = {_follow(target, c) for c in by_surname[key]}
        if len(cands) == 1:
            target[iri] = next(iter(cands))
        else:
            ambiguous[iri] = cands
    for o in originals:
        shared = ambiguous.get(o.iri)
        if shared and o.jobs:
            fits = sorted(t for t in shared if jobs_of[t] & o.jobs)
            if len(fits) == 1:
                overrides[(o.graph, o.iri)] = fits[0]

    # 4. acronyms
    long_forms: dict[str, set[str]] = defaultdict(set)
    for o in originals:
        if (
            o.kind == Kind.ORG
            and _is_acronym(o.name)
            and o.iri == iri_of(Kind.ORG, o.name)
        ):
            for s in o.surfaces:
                if _is_long_form(s, o.name):
                    long_forms[s].add(o.iri)
    for iri in name_of:
        if kind_of[iri] != Kind.ORG:
            continue
        cands = long_forms.get(name_of[folded(iri)], set()) - {iri}
        if len(cands) == 1:
            target[iri] = next(iter(cands))

    # chains end on a node no rule moves (genitive, then surname or acronym)
    final = {iri: _follow(target, iri) for iri in target}
    return {iri: t for iri, t in final.items() if t != iri}, overrides


def _follow(target: dict[str, str], iri: str) -> str:
    """Where the moves of ``target`` take ``iri`` in the end (a cycle stops)."""
    seen = {iri}
    while iri in target and target[iri] not in seen:
        iri = target[iri]
        seen.add(iri)
    return iri


def _person_variants(
    name_of: dict[str, str],
    kind_of: dict[str, str],
    articles: Counter[str],
    target: dict[str, str],
    names_thing: Callable[[str], bool],
    opens_sentences: Callable[[str], bool],
) -> None:
    """Rules 1a-1d: full names that are variants of one person's name.

    1a. Transliteration. Two full names with the same surname (ASCII-folded)
        whose given names sound alike ("Ahmed Davutoglu", "Ahmet Davutoğlu";
        "Baschar al-Assad", "Bashar al-Assad") are one person.
    1b. Dropped given names. A full name whose given names are some of
        another's, in order, with the same surname ("Tayyip Erdoğan", "Recep
        Tayyip Erdoğan"), is that person.
        (1a and 1b: :func:`kg.extract.resolve.same_person_names`; only where each of the
        two has no other such partner; the one in fewer articles joins.)
    1c. A word run into the front of a name. A name whose first word starts
        no other person's name in the corpus and whose other words name a
        person in more articles is that person, when the first word is no
        given name by the evidence at hand: it names an organisation or place
        of the corpus ("Grüne Peter Pilz" -> Peter Pilz), or the name only
        ever opens a sentence, where any word is capitalised, the word is no
        first name in the lexicon (:func:`kg.nlp.lexicon.is_first_name`) and the
        person is in at least three times as many articles ("Vorausgesetzt
        Thiem" -> Dominic Thiem). "Hubertus Heil" stays.
    1d. A word run onto the end of a name. A name in one article whose first
        words name a person in at least three articles, where the rest is
        "von"/"aus" and a word ("Franziskus von Ecuador"), or the first words
        are a full name and the rest no person's name in the corpus ("Heinz
        Fischer Rosen"), is that person. "Erwin Pröll Mitterlehner" stays:
        Mitterlehner is a person.

    Adds to ``target`` (original IRI -> IRI); nodes already moved stay.
    """
    persons = {
        iri: name
        for iri, name in name_of.items()
        if kind_of[iri] == Kind.PERSON and iri not in target
    }
    by_name = {slugify(name): iri for iri, name in persons.items()}
    full = {iri: name for iri, name in persons.items() if _is_full_name(name)}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for iri, name in sorted(full.items()):
        by_surname[slugify(name.split()[-1])].append(iri)

    def more(a: str, b: str) -> bool:
        """``a`` is the name to keep rather than ``b``."""
        return (articles[a], len(name_of[a]), b) > (articles[b], len(name_of[b]), a)

    # 1a./1b. one person's full names: pairs where each has only the other
    partners: dict[str, list[str]] = defaultdict(list)
    for group in by_surname.values():
        for a, b in itertools.permutations(group, 2):
            if same_person_names(full[a], full[b]):
                partners[a].append(b)
    for a, bs in sorted(partners.items()):
        b = bs[0]
        if (
            len(bs) == 1
            and len(partners[b]) == 1
            and a not in target
            and b not in target
        ):
            lesser, greater = (a, b) if more(b, a) else (b, a)
            target[lesser] = greater

    firsts: Counter[str] = Counter(
        slugify(name.split()[0]) for name in persons.values() if len(name.split()) > 1
    )

    for iri, name in sorted(persons.items()):
        if iri in target:
            continue
        words = name.split()
        if len(words) < 2:
            continue
        # 1c. a word in front
        rest = by_name.get(slugify(" ".join(words[1:])))
        if (
            rest is not None
            and firsts[slugify(words[0])] == 1
            and slugify(words[0]) not in by_name
            and words[0].lower() not in _PARTICLES
            and articles[rest] > articles[iri]
            and (
                names_thing(words[0])
                or (
                    articles[_follow(target, rest)] >= 3 * articles[iri]
                    and opens_sentences(iri)
                    and not is_first_name(words[0])
                )
            )
        ):
            target[iri] = rest
            continue
        # 1d. a word at the end
        if articles[iri] != 1:
            continue
        for cut in range(len(words) - 1, 0, -1):
            head = by_name.get(slugify(" ".join(words[:cut])))
            tail = words[cut:]
            if head is None or articles[head] < 3 * articles[iri]:
                continue
            place_phrase = len(tail) == 2 and tail[0] in ("von", "aus")
            unknown = not any(
                by_name.get(slugify(w), iri) != iri
                or set(by_surname.get(slugify(w), ())) - {iri}
                for w in tail
            )
            if place_phrase or (unknown and head in full):
                target[iri] = head
            break


# --- rewriting -----------------------------------------------------------------------


def link_store(store: ox.Store) -> LinkSummary:
    """Give every actor one IRI across the articles of ``store`` (see module doc).

    Parameters
    ----------
    store
        An open, writable Oxigraph store of article graphs (``kg build``'s).

    Returns
    -------
    LinkSummary

    Example
    -------
    >>> from kg.store import open_store            # doctest: +SKIP
    >>> print(link_store(open_store("kg-store")))  # doctest: +SKIP
    12 of 9730 entity nodes linked, 12 articles rewritten in 0.80 s
    """
    started = time.perf_counter()
    corpus = _read(store)
    originals = _originals(corpus, store)
    mapping, overrides = _mapping(
        originals, opens_sentences=lambda nodes: _opens_sentences(store, nodes)
    )
    summary = LinkSummary(nodes=len(originals))

    by_graph: dict[str, list[_Original]] = defaultdict(list)
    for o in originals:
        by_graph[o.graph].append(o)

    # which moves each article allows: a one-to-one renaming of its nodes
    wanted: dict[tuple[str, str], str] = {}  # (graph, original) -> final IRI
    for g, nodes in by_graph.items():
        untyped = corpus.refs.get(g, set()) - {o.current for o in nodes}
        present = {o.iri for o in nodes} | untyped
        goal = {
            o.iri: overrides.get((g, o.iri)) or mapping.get(o.iri, o.iri) for o in nodes
        }
        hits = Counter(goal.values())
        for o in nodes:
            t = goal[o.iri]
            if t != o.iri and (t in present or hits[t] > 1):
                t = o.iri
            wanted[(g, o.iri)] = t
            if t != o.iri:
                summary.linked += 1
                summary.links[o.iri] = t

    # rule 5: one name per final IRI, from the nodes that carry it as their own
    pool: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, str] = {}
    for o in originals:
        t = wanted[(o.graph, o.iri)]
        kinds[t] = o.kind
        if t == o.iri:
            pool[t][o.name] += 1
    name = {t: best_name(pool[t], kind) for t, kind in kinds.items()}

    final = {(o.graph, o.current): wanted[(o.graph, o.iri)] for o in originals}
    plan = _meeting_plan(store, final, kinds, name, summary)

    for g in sorted(set(by_graph) | set(plan)):
        nodes = by_graph.get(g, [])
        rename: dict[str, str] = {}  # current IRI -> final IRI
        desired: dict[str, _Node] = {}
        changed = False
        for current, target, want, now in plan.get(g, ()):
            desired[target] = want
            if current != target:
                rename[current] = target
                changed = True
            changed = changed or now != want
        for o in nodes:
            t = wanted[(g, o.iri)]
            want = _Node(
                name[t],
                frozenset(o.surfaces - {name[t]}),
                o.iri if t != o.iri else None,
                o.name if o.name != name[t] else None,
            )
            desired[t] = want
            if o.current != t:
                rename[o.current] = t
                changed = True
            key = (g, o.current)
            if corpus.names.get(key, set()) != {want.name}:
                summary.renamed += 1
                changed = True
            if (
                corpus.alts.get(key, set()) != want.alts
                or corpus.same.get(key, set()) != _opt(want.same_as)
                or corpus.hidden.get(key, set()) != _opt(want.hidden)
            ):
                changed = True
        if changed:
            _rewrite(store, ox.NamedNode(g), rename, desired)
            summary.articles += 1
    summary.seconds = time.perf_counter() - started
    return summary


def _meeting_plan(
    store: ox.Store,
    final: dict[Node, str],
    kinds: dict[str, str],
    name: dict[str, str],
    summary: LinkSummary,
) -> dict[str, list[tuple[str, str, _Node, _Node]]]:
    """One event per real meeting (:mod:`kg.link.events`): for each article graph,
    its meeting nodes as ``(current IRI, event IRI, wanted state, state now)``."""
    meetings, published = _read_meetings(store)
    reports: dict[Node, Report] = {}
    for (g, current), m in meetings.items():
        iri = min(m.same) if m.same else current
        own = min(m.hidden or m.names or {_tail(iri)})
        day = min(m.dates)[:10] if m.dates else None
        place = min(m.places) if m.places else None
        reports[(g, current)] = Report(
            graph=g,
            iri=iri,
            day=day if day is not None and len(day) == 10 else None,
            place=final.get((g, place), place) if place is not None else None,
            participants=frozenset(final.get((g, p), p) for p in m.participants),
            name=own,
            published=published.get(g),
        )
    persons = {t for t, kind in kinds.items() if kind == Kind.PERSON}
    events = merge_reports(
        reports.values(), persons=persons, names=name, inside=_containment(store)
    )
    names_of: dict[str, list[str]] = defaultdict(list)
    for r in reports.values():
        if (r.graph, r.iri) in events:
            names_of[events[(r.graph, r.iri)]].append(r.name)
    plan: dict[str, list[tuple[str, str, _Node, _Node]]] = defaultdict(list)
    for (g, current), r in reports.items():
        m = meetings[(g, current)]
        event = events.get((g, r.iri))
        if event is None:
            want = _Node(r.name, frozenset(), None, None)
            target = r.iri
        else:
            summary.events += 1
            title = event_name(names_of[event])
            hidden = r.name if r.name != title else None
            want = _Node(title, frozenset(), r.iri, hidden)
            target = event
        now = _Node(
            min(m.names) if len(m.names) == 1 else "",
            frozenset(),
            min(m.same) if len(m.same) == 1 else None,
            min(m.hidden) if len(m.hidden) == 1 else None,
        )
        plan[g].append((current, target, want, now))
    return plan


@dataclass(frozen=True, slots=True)
class _Node:
    """What linking writes about an entity node in one article."""

    name: str
    alts: frozenset[str]
    same_as: str | None  # the extracted IRI, where the node moved
    hidden: str | None  # the extracted name, where the name changed


def _opt(value: str | None) -> set[str]:
    return {value} if value is not None else set()


def _rewrite(
    store: ox.Store,
    graph: ox.NamedNode,
    rename: dict[str, str],
    desired: dict[str, _Node],
) -> None:
    """Replace ``graph`` by itself with IRIs renamed and entity names set."""
    terms = {old: ox.NamedNode(new) for old, new in rename.items()}
    quads = list(store.quads_for_pattern(None, None, None, graph))
    membership: dict[str, dict[str, str]] = defaultdict(dict)
    for q in quads:
        s = q.subject
        if isinstance(s, ox.NamedNode) and s.value.startswith(_MEMBERSHIP):
            if q.predicate in (ORG_MEMBER, ORG_ORGANIZATION) and isinstance(
                q.object, ox.NamedNode
            ):
                membership[s.value][q.predicate.value] = q.object.value
    for m, parts in membership.items():
        new = _membership_iri(m, parts, rename)
        if new != m:
            terms[m] = ox.NamedNode(new)

    def term(t: Any) -> Any:
        if isinstance(t, ox.NamedNode):
            return terms.get(t.value, t)
        return t

    out = []
    for q in quads:
        s = term(q.subject)
        if (
            isinstance(s, ox.NamedNode)
            and s.value in desired
            and (
                q.predicate in (NAME, ALT_NAME, HIDDEN)
                or (q.predicate == SAME_AS and _ours(s.value, q.object))
            )
        ):
            continue  # written afresh below
        out.append(ox.Triple(s, q.predicate, term(q.object)))
    for iri, want in desired.items():
        node = ox.NamedNode(iri)
        out.append(ox.Triple(node, NAME, ox.Literal(want.name, language="de")))
        for a in sorted(want.alts):
            out.append(ox.Triple(node, ALT_NAME, ox.Literal(a, language="de")))
        if want.same_as is not None:
            out.append(ox.Triple(node, SAME_AS, ox.NamedNode(want.same_as)))
        if want.hidden is not None:
            lit = ox.Literal(want.hidden, language="de")
            out.append(ox.Triple(node, HIDDEN, lit))
    # one transaction, the corpus graph kept in step
    nt = (ox.serialize(out, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    write_article_graphs(store, {graph: nt})


def _membership_iri(iri: str, parts: dict[str, str], rename: dict[str, str]) -> str:
    """``membership/{person}/{role}/{organisation or -}`` after ``rename``."""
    segments = iri[len(_MEMBERSHIP) :].split("/")
    if len(segments) != 3:
        return iri  # not minted by kg.rdf.graph; leave it
    member = parts.get(ORG_MEMBER.value)
    org = parts.get(ORG_ORGANIZATION.value)
    if member in rename:
        segments[0] = _tail(rename[member])
    if org in rename:
        segments[2] = _tail(rename[org])
    return _MEMBERSHIP + "/".join(segments)
