"""Several actors who do one verbal act together: one interaction each.

:func:`kg.extract.interactions.find_interactions` reads a list of subjects
that opens the sentence ("Caritas, Rotes Kreuz und Volkshilfe forderten …").
German puts the subject after the finite verb as often, and a passive names its
agents after "von":

* :func:`subjects_after_verb`: "Davor haben die Autoren A, B oder auch C
  gewarnt", "Zuvor forderten Frankreich und Deutschland eine Waffenruhe" (the
  field before the finite verb names no actor, the finite verb is plural);
* :func:`passive_agents`: "Abgelehnt wurde er von den Abgeordneten der Linken
  und von den meisten der Grünen" (a participle that opens the sentence is
  capitalised: :func:`fronted_participle`);
* :func:`elliptic_subject`: "Die IG Metall vertrat den Standpunkt, dass …, und
  forderte … ein": a clause of "und" and a verb shares the sentence's subject.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.sources import speaker_noun
from kg.extract.view import DocView
from kg.lang.de.bodies import PARTY_DEPUTY_NOUNS
from kg.lang.de.grammar import (
    AGENT_PREPOSITIONS,
    ARTICLES,
    AUXILIARIES,
    CLAUSE_ADVERBS,
    INDEFINITE_ARTICLES,
    MODALS,
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
)

__all__ = [
    "both_joined",
    "elliptic_subject",
    "fronted_participle",
    "main_clause_again",
    "passive_agents",
    "subjects_after_verb",
]

_ARTICLES = ARTICLES | INDEFINITE_ARTICLES | {"des"}
_PREPOSITIONS = PREPOSITIONS | {"am", "im", "beim", "vom", "zum", "zur"}
# finite auxiliaries in the plural before a participle or an infinitive
_PLURAL_AUXILIARIES = frozenset(
    "haben hatten hätten sind waren seien wollen wollten werden wurden".split()
)
# what joins the members of a list
_JOINS = frozenset({",", "und", "oder", "sowie"})
_CONJUNCTIONS = frozenset({"und", "oder", "sowie"})
# personal and reflexive pronouns: a subject or object that is no actor named
_PRONOUNS = frozenset(
    "ich du er sie es wir ihr man ihm ihn ihnen mich mir uns euch sich".split()
)
# quantifiers before the genitive of a group ("die meisten der Grünen")
_QUANTIFIERS = frozenset(
    "meisten vielen allen einigen zahlreichen mehrheit teil".split()
)

Actor = Callable[[int], "str | None"]


def both_joined(lows: list[str], a: int, b: int) -> bool:
    """The words ``a``-``b`` join two members by "und" or by the "als auch"
    of "sowohl A als auch B"."""
    return "und" in lows[a:b] or any(
        lows[j] == "als" and lows[j + 1] == "auch" for j in range(a, b - 1)
    )


def _als_auch(lows: list[str], i: int, hi: int) -> bool:
    """ "als auch" of "sowohl A als auch B" at ``i``."""
    return lows[i] == "als" and i + 1 < hi and lows[i + 1] == "auch"


# finite verbs after a fronted participle or infinitive
_FINITE_AFTER_PARTICIPLE = (
    AUXILIARIES
    | MODALS
    | PASSIVE_AUXILIARIES
    | frozenset({"haben", "hatten", "sind", "waren"})
)


def subjects_after_verb(
    view: DocView, sent: tuple[int, int], lo: int, v: int, hi: int, actor: Actor
) -> list[str]:
    """The actors listed right after the finite verb of the clause ``lo``-``hi``
    (the commas of the list widened over, within the sentence ``sent``, its
    start and end)
    (the act's verb at ``v`` or a plural auxiliary before it) as its subjects,
    when the field before the finite verb names no actor: "Davor haben die
    Autoren A, B oder auch C gewarnt" -> [A, B, C]; articles, adverbs and a
    plural noun of persons ("die Autoren") may open the list; [] for fewer than
    two or a singular verb ("Zuvor hatte Merkel Frankreich und Italien
    gelobt")."""
    lows, texts = view.lowers, view.texts
    start, end = sent
    lo = _list_start(view, start, lo)
    finite = next((j for j in range(lo, v) if lows[j] in _PLURAL_AUXILIARIES), None)
    if finite is None:
        if not lows[v].endswith(("en", "rn", "ln")) or not texts[v].islower():
            return []
        finite = v  # "Zuvor forderten Frankreich und Deutschland …"
    if not _adverbial(view, lo, finite):
        # "Merkel hat Macron und Scholz gelobt", "Kritiker werfen Erdogan und
        # der AKP vor": the field before the verb holds the subject
        return []
    i = finite + 1
    while i < hi and texts[i].isalpha() and texts[i].islower():
        if lows[i] in _CONJUNCTIONS or lows[i] in _PRONOUNS:
            return []
        if lows[i] in _ARTICLES and i + 1 < hi and _persons_noun(texts[i + 1]):
            i += 1  # "die Autoren A, B und C": persons by a noun and their names
            if view.key(i):
                return []
        i += 1
    # "warnten A, B sowie C vor …": the list goes on past the verb's clause
    return _listed(view, i, end if finite == v else hi, actor)


def _persons_noun(word: str) -> bool:
    """``word`` names persons by what they are, in the singular or the plural
    ("die Autoren", "die Experten", "die Minister")."""
    return speaker_noun(word) or (
        word.endswith("en") and (speaker_noun(word[:-2]) or speaker_noun(word[:-1]))
    )


def passive_agents(view: DocView, lo: int, v: int, hi: int, actor: Actor) -> list[str]:
    """The agents of a passive clause ``lo``-``hi`` (a participle at ``v`` and
    a form of "werden"), each after "von", "vom", "durch" or "seitens", joined
    by "und", "sowie", "oder": "von den Abgeordneten der Linken und von den
    meisten der Grünen abgelehnt" -> [Linke, Grüne], "von Polen und Ungarn" ->
    [Polen, Ungarn]; [] for fewer than two."""
    lows = view.lowers
    if not any(lows[j] in PASSIVE_AUXILIARIES for j in range(lo, hi)):
        return []
    out: list[str] = []
    joined = False
    last_end = -1
    for j in range(lo, hi):
        if lows[j] not in AGENT_PREPOSITIONS or j <= last_end:
            continue
        found = _agent_at(view, j + 1, hi, actor)
        if found is None:
            continue
        k, end = found
        if out:
            between = range(last_end, j)
            if not any(lows[b] in _CONJUNCTIONS for b in between):
                return []  # "von X vom Y": not a list
            if any(view.key(b) for b in between):
                return []
            joined = True
        if k not in out:
            out.append(k)
        last_end = end
        # "von Polen und Ungarn abgelehnt": one "von" for the list
        while last_end < hi and lows[last_end] in _JOINS:
            more = _agent_at(view, last_end + 1, hi, actor)
            if more is None:
                break
            joined = joined or lows[last_end] in _CONJUNCTIONS
            if more[0] not in out:
                out.append(more[0])
            last_end = more[1]
    return out if joined and len(out) > 1 else []


def _agent_at(view: DocView, i: int, hi: int, actor: Actor) -> tuple[str, int] | None:
    """(actor, end) of an agent opening at ``i`` after "von": "der SPD", "den
    Abgeordneten der SPD", "den meisten der Grünen"."""
    lows = view.lowers
    while i < hi and lows[i] in _ARTICLES:
        i += 1
    if i < hi and (lows[i] in PARTY_DEPUTY_NOUNS or lows[i] in _QUANTIFIERS):
        i += 1
        if i >= hi or lows[i] not in ("der", "des"):
            return None
        i += 1
    if i >= hi:
        return None
    k = actor(i)
    if k is None:
        return None
    end = i
    while end + 1 < hi and view.key(end + 1) == view.key(i):
        end += 1
    return k, end + 1


def _adverbial(view: DocView, lo: int, finite: int) -> bool:
    """The field ``lo``-``finite`` before the finite verb holds no subject:
    nothing, adverbs ("Davor", "Zuvor auch") or a phrase that opens with a
    preposition ("Am Montag", "Nach dem Treffen")."""
    if lo >= finite:
        return True
    if view.lowers[lo] in _PREPOSITIONS and not any(
        view.key(j) and view.lowers[j - 1] not in _PREPOSITIONS | _ARTICLES
        for j in range(lo + 1, finite)
    ):
        return True
    return all(view.lowers[j] in CLAUSE_ADVERBS for j in range(lo, finite))


def _list_start(view: DocView, start: int, lo: int) -> int:
    """The start of the clause ``lo`` widened over the commas of a list of
    actors that ends in it ("A, B und C gewarnt": the clause of "B und C"
    opens after "A,")."""
    while lo - 2 >= start and view.texts[lo - 1] == "," and view.key(lo - 2):
        j = lo - 2
        while j > start and view.texts[j - 1] != ",":
            j -= 1
        lo = j
    return lo


def _listed(view: DocView, i: int, hi: int, actor: Actor) -> list[str]:
    """The actors from ``i`` on, separated by commas and joined by one "und",
    "oder", "sowie" (articles and "auch" between), [] unless two or more."""
    lows = view.lowers
    out: list[str] = []
    joined = False
    if i < hi and lows[i] == "sowohl":
        i += 1  # "sowohl die CDU als auch die FDP"
        while i < hi and lows[i] in _ARTICLES:
            i += 1
    while i < hi:
        k = actor(i)
        if k is None:
            break
        if k not in out:
            out.append(k)
        key = view.key(i)
        while i < hi and view.key(i) == key:
            i += 1
        if i >= hi or (lows[i] not in _JOINS and not _als_auch(lows, i, hi)):
            break
        while i < hi and (
            lows[i] in _JOINS
            or lows[i] in _ARTICLES
            or lows[i] == "auch"
            or _als_auch(lows, i, hi)
        ):
            joined = joined or lows[i] in _CONJUNCTIONS or _als_auch(lows, i, hi)
            i += 1
    return out if joined and len(out) > 1 else []


def fronted_participle(view: DocView, sent: Span, i: int) -> bool:
    """The capitalised token ``i`` is a participle or an infinitive opening
    its sentence before the finite verb ("Abgelehnt wurde er von …",
    "Gefordert hatte das die Partei"), not a noun ("Warnen ist zwecklos")."""
    return (
        i == sent.start
        and i + 1 < sent.end
        and view.lowers[i + 1] in _FINITE_AFTER_PARTICIPLE
    )


# conjunctions of a subordinate clause with its verb at the end ("dass",
# "weil"), after which a verb right behind "und" is the main clause's again
_SUBORDINATORS = frozenset("dass weil da obwohl nachdem".split())


def main_clause_again(view: DocView, lo: int, v: int) -> bool:
    """The verb at ``v`` stands right after "und" in a clause ``lo``-``v`` that
    "dass", "weil" … open: it goes on with the main clause, not the
    subordinate one ("…, dass es sich um X handelte und forderte deshalb …
    ein")."""
    lows = view.lowers
    return (
        lows[lo] in _SUBORDINATORS
        and v - 1 > lo
        and lows[v - 1] in ("und", "sowie")
        and view.doc[v].is_lower
    )


def elliptic_subject(
    view: DocView, sent: Span, lo: int, v: int, actor: Actor
) -> str | None:
    """The subject a clause of "und", "sowie", "aber" and its verb at ``v``
    shares with the sentence's first clause ("Die IG Metall vertrat den
    Standpunkt, dass …, und forderte … ein" -> IG Metall): the actor opening
    the sentence (after an article), none governed; ``None`` when the clause
    names a subject of its own (a word between "und" and the finite verb)."""
    lows = view.lowers
    if lo > sent.start and main_clause_again(view, lo, v):
        lo = v - 1
    if lo <= sent.start or lows[lo] not in ("und", "sowie", "aber"):
        return None
    finite = lo + 1
    if finite != v and lows[finite] not in AUXILIARIES | MODALS:
        return None  # "und die Partei forderte": a subject of its own
    i = sent.start
    while i < lo and lows[i] in _ARTICLES:
        i += 1
    return actor(i) if i < lo else None
