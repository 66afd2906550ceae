"""The mapping: each original IRI to the IRI of the actor it names (rules 1-5 of
:mod:`kg.link`)."""

from __future__ import annotations

import itertools
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.extract.records import Kind
from kg.extract.resolve import same_person_names
from kg.lang.de.names import is_initial, strip_article_prefix
from kg.lang.de.spelling import slugify
from kg.link.corpus import _Corpus
from kg.link.names import (
    _PARTICLES,
    _genitive_stem,
    _is_acronym,
    _is_full_name,
    _is_long_form,
    _tail,
    best_name,
)
from kg.link.terms import ANCHOR_OF, KGR, MENTION_OF
from kg.nlp.lexicon import is_common_noun_only, is_first_name


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
    in_lists: Callable[[list[tuple[str, str]]], bool] = lambda nodes: False,
) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Rules 1-4: original IRI -> linked IRI, and per-article overrides (rules 2
    and 3).

    ``opens_sentences`` tells whether every mention of the given ``(graph,
    current IRI)`` nodes opens a sentence (rule 1c); ``in_lists`` whether every
    one is in a list of names, such as a team's line-up (rule 2)."""
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
    run_together = _two_persons_run_together(name_of, kind_of, target)
    for iri, name in name_of.items():
        if kind_of[iri] != Kind.PERSON or not _is_full_name(name) or iri in target:
            continue
        words = name.split()
        as_first[slugify(words[0])] += articles[iri]
        if iri in run_together:
            continue  # its first word still begins a name: "Black Wings Linz"
        for surname in {words[-1], strip_article_prefix(words[-1])}:
            by_surname[slugify(surname)].add(iri)
            as_last[slugify(surname)] += articles[iri]
    overrides: dict[tuple[str, str], str] = {}
    ambiguous: dict[str, set[str]] = {}
    by_surname_only: set[str] = set()
    context = _Context(originals)
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
        if len(cands) == 1 and _uncertain_name(next(iter(cands)), name_of, articles):
            continue  # 2b. "Black" of a song title is not the band "Big Black"
        if len(cands) == 1:
            target[iri] = next(iter(cands))
            by_surname_only.add(iri)
        else:
            ambiguous[iri] = cands
    for o in originals:
        shared = ambiguous.get(o.iri)
        if shared:
            fits = sorted(t for t in shared if jobs_of[t] & o.jobs)
            if (not o.jobs or len(fits) != 1) and not in_lists([(o.graph, o.current)]):
                # 3a. else the one namesake whose articles share an actor
                # with this one ("Hofer" next to Strache and Khol is the FPÖ
                # candidate, not the economist of the IHS article); not in a
                # line-up, whose club is named next to its manager too
                fits = sorted(t for t in shared if context.shared(o.graph, o.iri, t))
                if not fits:
                    # 3b. where no actor tells, a place does: the one namesake
                    # whose articles name a place this one names ("einen
                    # Präsidenten Hofer" next to the Hofburg)
                    fits = sorted(
                        t
                        for t in shared
                        if context.shared(o.graph, o.iri, t, places=True)
                    )
            if len(fits) == 1:
                overrides[(o.graph, o.iri)] = fits[0]
        # 2a. a surname only ever written in a list of names (a line-up:
        # "Grödig: Schlager - T. Kainz, Maak, ... - Wallner") joins the full name
        # only where its article shares another actor with an article of that
        # person (the club, a team-mate): the list itself says nothing of which
        # namesake it is
        if (
            o.iri in by_surname_only
            and not o.jobs
            and not context.shared(o.graph, o.iri, target[o.iri])
            and in_lists([(o.graph, o.current)])
        ):
            overrides[(o.graph, o.iri)] = o.iri

    # 2c. family name first ("Ministerpräsident Li" is Li Qiang): a one-word
    # name that ends no full name but begins exactly one, joins it where its
    # article gives it a job title that person has in some article
    by_first_word: dict[str, set[str]] = defaultdict(set)
    for iri, name in name_of.items():
        if (
            kind_of[iri] == Kind.PERSON
            and _is_full_name(name)
            and iri not in target
            and iri not in run_together
        ):
            by_first_word[slugify(name.split()[0])].add(iri)
    for o in originals:
        name = name_of[o.iri]
        if (
            o.kind != Kind.PERSON
            or not o.jobs
            or o.iri in target
            or len(name.split()) != 1
            or slugify(name) in by_surname
        ):
            continue
        cands = {_follow(target, c) for c in by_first_word.get(slugify(name), ())}
        if len(cands) == 1 and jobs_of[next(iter(cands))] & o.jobs:
            overrides[(o.graph, o.iri)] = next(iter(cands))

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


def _uncertain_name(iri: str, name_of: dict[str, str], articles: Counter[str]) -> bool:
    """Rule 2b: the full name ``iri`` is too weak a sign that its last word is
    someone's surname for a surname alone to join it: one article names it, and
    its first word is no first name in the lexicon ("Big Black", a band in a list
    of bands; "Márta Nagy" in one article is a given name, accents aside, and a
    surname)."""
    if articles[iri] >= 2:
        return False
    first = name_of[iri].split()[0]
    plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
    return not (is_first_name(first) or (plain != first and is_first_name(plain)))


def _two_persons_run_together(
    name_of: dict[str, str], kind_of: dict[str, str], target: dict[str, str]
) -> set[str]:
    """Person names that are two persons written side by side ("forderte Kickl
    Van der Bellen auf"): the first word is no first name in the lexicon, starts
    no other name of the corpus and is a person's name of its own (a one-word
    person, or the surname of a full name). They are no full name whose surname a
    one-word name could be (rule 2)."""
    persons = {
        iri: name
        for iri, name in name_of.items()
        if kind_of[iri] == Kind.PERSON and iri not in target
    }
    alone = {slugify(n) for n in persons.values() if len(n.split()) == 1}
    surnames = {slugify(n.split()[-1]) for n in persons.values() if _is_full_name(n)}
    firsts = Counter(
        slugify(n.split()[0]) for n in persons.values() if len(n.split()) > 1
    )
    out = set()
    for iri, name in persons.items():
        words = name.split()
        if len(words) < 2 or not _is_full_name(name) or is_initial(words[0]):
            continue
        first = slugify(words[0])
        if (
            firsts[first] == 1
            and (first in alone or first in surnames - {slugify(words[-1])})
            and not is_first_name(words[0])
        ):
            out.add(iri)
    return out


class _Context:
    """Which actors and places each article names, to tell namesakes apart
    (rules 2a, 3a and 3b).

    Actors and places named in more than :data:`_COMMON` of the articles (the
    news agency of the dateline, the country itself, its capital) say nothing of
    the context and are left out."""

    _COMMON = 0.02

    def __init__(self, originals: list[_Original]) -> None:
        self.actors: dict[str, set[str]] = defaultdict(set)
        self.places: dict[str, set[str]] = defaultdict(set)
        self.articles: dict[str, set[str]] = defaultdict(set)
        for o in originals:
            if o.kind in (Kind.PERSON, Kind.ORG):
                self.actors[o.graph].add(o.iri)
                self.articles[o.iri].add(o.graph)
            elif o.kind == Kind.PLACE:
                self.places[o.graph].add(o.iri)
                self.articles[o.iri].add(o.graph)
        limit = max(2, int(self._COMMON * len(self.actors)))
        self.common = {a for a, gs in self.articles.items() if len(gs) > limit}

    def shared(self, graph: str, iri: str, person: str, places: bool = False) -> bool:
        """Some article naming ``person`` names an actor that ``graph`` also names,
        ``iri`` and ``person`` aside (with ``places``: a place instead)."""
        named = self.places if places else self.actors
        mine = named[graph] - self.common - {iri, person}
        return any(mine & named[g] for g in self.articles[person] if g != graph)


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
        An initial is the given name it begins: "F. Kainz" is "Florian
        Kainz", and "T. Kainz" no partner of his.
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
        are a full name and the rest no person's name in the corpus or one
        common noun of the lexicon that is no surname ("Heinz Fischer Rosen"),
        is that person. "Erwin Pröll Mitterlehner" stays: Mitterlehner is a
        person.

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
        """``a`` is the name to keep rather than ``b``: given names written out
        ("Florian Kainz" over "F. Kainz"), then more articles, then longer."""
        return (written_out(a), articles[a], len(name_of[a]), b) > (
            written_out(b),
            articles[b],
            len(name_of[b]),
            a,
        )

    def written_out(iri: str) -> bool:
        return not any(is_initial(w) for w in name_of[iri].split())

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
            # a common noun the model ran onto the name ("Heinz Fischer Rosen
            # streute"), even where another run-on name ends in it too
            noun = (
                len(tail) == 1
                and slugify(tail[0]) not in by_name
                and is_common_noun_only(tail[0])
            )
            if place_phrase or ((unknown or noun) and head in full):
                target[iri] = head
            break
