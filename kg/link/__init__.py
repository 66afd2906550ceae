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
   does not join "Maria Bill"). Two persons written side by side ("forderte
   Kickl Van der Bellen auf": a first word that is no first name, starts no
   other name and is a person's name of its own) are no full name here.
2a. Line-ups. Where a one-word name is only ever written in a sentence naming
   six persons or more (a team's line-up, a list of ministers or candidates),
   rule 2 applies in that article only if it names an actor (person or
   organisation, other than the very common ones) that some article of the full
   name also names: "Grödig: Schlager – Maak, … – Wallner" is not the governor
   Markus Wallner; "Salzburg: … – Lazaro" next to Red Bull Salzburg is Valentino
   Lazaro.
2b. Weak full names. A full name that one article names and whose first word
   is no first name in the lexicon (accents aside: "Márta" is "Marta") takes
   no surname alone: "gehören Ministry, Godflesh, Big Black und Nine Inch
   Nails" takes a band for a person, and "Black" of the song title "Black
   Muse" elsewhere is not its surname ("Big Data", "Uttar Pradesh" likewise).
   Where several full names share the surname it still counts (rule 3).
2c. Family name first. A one-word person name that is the surname of no
   full name but the first word of exactly one ("Li", "Li Qiang") is that
   person where its article gives it a job title the person has in some
   article ("Ministerpräsident Li"); without the title it stays (a given name
   alone, "Roger", says too little).
3. Shared surname. If two or more full names share the surname ("Hillary
   Clinton", "Bill Clinton"), the one-word node stays on its own, unless its
   article gives it a ``schema:jobTitle`` that exactly one of them has in
   some article ("Außenminister Kerry" joins John Kerry, not the painter
   Christl Kerry), else unless exactly one of them shares an actor (other than
   the very common ones, as in rule 2a) with its article: "Hofer" next to
   Strache and Khol joins the FPÖ candidate Norbert Hofer, not the economist
   Helmut Hofer of an article on the IHS; where no actor tells (neither
   shares one), else unless exactly one of them shares a place that is not
   very common either ("einen Präsidenten Hofer" next to the Hofburg). Where
   both or neither do, it stays;
   so does a name only written in lists of names (rule 2a: "Gruber" in a Sturm
   Graz line-up is no club manager of an article that names Sturm Graz).
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
changed in one store transaction (:func:`kg.store.patch_article_graph`: the
triples that change only, the corpus graph kept in step as :mod:`kg.build`
keeps it): a pass killed
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

Not done: first-name-only links beyond rule 2c ("Xi" -> Xi Jinping without
a title is left to :mod:`kg.extract.resolve` within one article), places
beyond rule 1 and 5, and telling apart two people with the same full name.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.extract.records import Kind
from kg.link.corpus import (
    _containment,
    _in_lists,
    _opens_sentences,
    _ours,
    _read,
    _read_meetings,
)
from kg.link.events import Report, event_name, merge_reports
from kg.link.names import _tail, best_name
from kg.link.rules import _mapping, _Original, _originals
from kg.link.terms import (
    _MEMBERSHIP,
    ALT_NAME,
    HIDDEN,
    NAME,
    ORG_MEMBER,
    ORG_ORGANIZATION,
    SAME_AS,
    LinkSummary,
    Node,
)
from kg.store import patch_article_graph

__all__ = ["LinkSummary", "link_store"]


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
        originals,
        opens_sentences=lambda nodes: _opens_sentences(store, nodes),
        in_lists=lambda nodes: _in_lists(store, nodes),
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
    # every node's name by its final IRI: the names when no node keeps that
    # IRI as its own (a chain of joins can move the node that had it)
    joined: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, str] = {}
    for o in originals:
        t = wanted[(o.graph, o.iri)]
        kinds[t] = o.kind
        joined[t][o.name] += 1
        if t == o.iri:
            pool[t][o.name] += 1
    name = {t: best_name(pool[t] or joined[t], kind) for t, kind in kinds.items()}

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
    # one transaction, the corpus graph kept in step; only what changed is
    # written (a few renamed nodes of a graph of hundreds of triples)
    before = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    after = set(out)
    patch_article_graph(store, graph, before - after, after - before)


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
