"""Actors of an interaction named by reference, and verbs of interaction that
name none (:mod:`kg.extract.interactions` calls these after or before
:func:`kg.extract.interaction_actors.actors`):

* a demand that claims lives is no speech act ("Der Streit fordert seine
  Opfer", "Das Beben forderte 20 Todesopfer"): :func:`claims_lives`;
* people in the plural who are no part of the organisation named after them
  ("Großaktionäre der Bank X fordern …", "Kunden von X verlangen …") are no
  actor kg knows, and the organisation is not the subject:
  :func:`outsiders_subject`;
* "er"/"sie" as the subject where no person outside a quote is named before is
  the one who spoke last ("…, sagte der Parteichef. … Kritik wies er zurück"):
  :func:`quoted_person`;
* "seine eigene Partei", "die eigene Partei" as the object is the party of the
  source ("CDU-Chef X hat seine eigene Partei gewarnt"): :func:`own_party`;
* "dem Minister" as the object, later in the text, is the one person the
  article names with a title of that noun ("Finanzminister X"):
  :func:`titled_object`;
* a noun of a kind in the genitive after the object ("lobte den Rekord der
  Fluggesellschaft") is the organisation named before:
  :func:`genitive_anaphor`;
* a newspaper or broadcaster opening the clause as its subject acts, as a
  medium that speaks on its own authority is a speaker ("Die New York Times
  forderte X auf", "Ein Leitartikel in der X forderte …"): :func:`media_subject`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.extract.actors import is_media
from kg.extract.coref import person_genders
from kg.extract.interaction_kinds import other_named
from kg.extract.org_anaphor import org_anaphor
from kg.extract.records import Kind, Quote, kind_of
from kg.extract.sources import speaker_noun
from kg.extract.view import DocView
from kg.lang.de.grammar import ARTICLES, PASSIVE_AUXILIARIES, PREPOSITIONS
from kg.lang.de.speech import ORG_ANAPHORS
from kg.lang.de.speech_sources import LIVES_CLAIMED, OUTSIDER_ENDINGS

__all__ = [
    "claims_lives",
    "genitive_anaphor",
    "media_subject",
    "outsiders_subject",
    "own_party",
    "quoted_person",
    "titled_object",
]

_POSSESSIVES = frozenset("seine seiner seinen ihre ihrer ihren die der den".split())
_OWN = frozenset({"eigene", "eigenen"})
_OPENERS = frozenset(
    "auch doch aber nun zudem einige viele mehrere zahlreiche die".split()
)


def claims_lives(view: DocView, v: int, lo: int, hi: int) -> bool:
    """The clause of "fordern" at ``v`` counts the lives something claims: a
    noun of :data:`LIVES_CLAIMED` after the verb ("fordert seine Opfer",
    "forderte mindestens 20 Todesopfer") or before a verb ending the clause
    ("das Unglück, das 20 Tote forderte"), no preposition right before it
    ("forderte Hilfe für die Opfer" is a demand) and no "von" after it
    ("fordert Opfer von den Beschäftigten")."""
    lows = view.lowers
    if not lows[v].startswith(("forder", "gefordert")):
        return False
    final = v + 1 >= hi or not view.texts[v + 1][:1].isalnum()
    where = list(range(v + 1, hi)) + (list(range(lo + 1, v)) if final else [])
    return any(
        lows[j] in LIVES_CLAIMED
        and view.texts[j][:1].isupper()
        and not any(lows[k] in PREPOSITIONS for k in range(max(lo, j - 2), j))
        # "fordert Opfer von den Beschäftigten": sacrifices someone shall make
        and not (j + 1 < hi and lows[j + 1] in ("von", "vom"))
        for j in where
    )


def outsiders_subject(view: DocView, lo: int, v: int) -> bool:
    """The clause opens before its verb at ``v`` with people in the plural who
    are no part of the organisation or state named after them in the genitive
    or after "von" ("Großaktionäre der Bank X fordern", "Kunden von X
    verlangen", "Kritiker der Regierung in Y werfen … vor"): a group kg knows
    no actor for; members ("Abgeordnete der SPD") are not such people."""
    lows, texts = view.lowers, view.texts
    i = lo
    while i < v and (
        lows[i] in _OPENERS or (texts[i].isalpha() and texts[i].islower())
    ):
        i += 1  # "Einige große Aktionäre"
    if i + 2 >= v or view.key(i) or not texts[i][:1].isupper():
        return False
    if not lows[i].endswith(OUTSIDER_ENDINGS):
        return False
    if lows[i + 1] not in ("der", "des", "von", "vom"):
        return False
    return any(view.key(j) for j in range(i + 2, v))


def quoted_person(
    view: DocView, quotes: Sequence[Quote], lo: int, v: int, hi: int
) -> str | None:
    """The person "er" or "sie" as the subject of the clause ``lo``-``hi`` (before
    its verb at ``v`` or right after it) stands for when no person is named
    outside a quote before it: the speaker of the last quote that ends in the
    clause's sentence or the two before, if a person of that gender ("Wir sind
    …, sagte der Parteichef. … Kritik an der Partei wies er zurück")."""
    doc = view.doc
    lows = view.lowers
    if any(lows[i] in PASSIVE_AUXILIARIES for i in range(lo, hi)):
        return None  # "Darin wurde er zur Zahlung aufgefordert": the addressee
    words = [*range(lo, v), *([v + 1] if v + 1 < hi else [])]
    said = next((lows[i] for i in words if lows[i] in ("er", "sie")), None)
    if said is None:
        return None
    here = view.sentence_of(doc[v])
    first = view.sents[max(0, here - 2)].start_char + view.offset
    at = doc[v].idx + view.offset
    before = [q for q in quotes if first <= q.end <= at and q.speaker]
    if not before:
        return None
    k = max(before, key=lambda q: q.end).speaker
    if k is None or kind_of(k) is not Kind.PERSON:
        return None
    woman = person_genders(view).get(k)
    if woman is not None and woman is not (said == "sie"):
        return None
    return k


def own_party(view: DocView, lo: int, hi: int, source: str | None) -> str | None:
    """The party "seine eigene Partei", "die eigene Partei", "seine Partei"
    (the object, no preposition before it) of the clause ``lo``-``hi`` is: the
    party of ``source`` the article names with its name ("AfD-Vize X", "der
    SPD-Politiker X", "X (CDU)"), if one."""
    if source is None or kind_of(source) is not Kind.PERSON:
        return None
    lows = view.lowers
    for j in range(lo + 1, hi):
        if lows[j] != "partei":
            continue
        k = j - 1
        own = lows[k] in _OWN
        if own:
            k -= 1
        definite = lows[k] in ("die", "der", "den")
        if k >= lo and lows[k] in _POSSESSIVES and (own or not definite):
            k -= 1
        elif not own:
            continue  # "die Partei": which one?
        if k >= lo and lows[k] in PREPOSITIONS:
            continue  # "Kritik an seiner Partei"
        return party_of(view, source)
    return None


def party_of(view: DocView, person: str) -> str | None:
    """The one party the article names right with ``person``: the party's
    name in a compound before a mention ("AfD-Vize X", "SPD-Chefin X") or in
    brackets after it ("X (ÖVP)")."""
    found: set[str] = set()
    n = len(view.doc)
    for i in range(n):
        if view.key(i) != person or (i > 0 and view.key(i - 1) == person):
            continue
        j = i
        while j + 1 < n and view.key(j + 1) == person:
            j += 1
        near = []
        if i > 0 and "-" in view.texts[i - 1]:
            near.append(i - 1)
        if j + 3 < n and view.texts[j + 1] == "(" and view.texts[j + 3] == ")":
            near.append(j + 2)
        for m in near:
            k = view.key(m)
            e = view.entities.get(k) if k else None
            if k and k != person and e is not None and e.org_kind == "party":
                found.add(k)
    return next(iter(found)) if len(found) == 1 else None


def titled_object(
    view: DocView,
    v: int,
    hi: int,
    source: str | None,
    actor: Callable[[int], str | None],
) -> str | None:
    """The person a title after the verb at ``v`` names without a name ("warf
    dem Minister vor", "lobte den Präsidenten"): the one person other than
    ``source`` the article names with a title ending in that noun
    ("Finanzminister X" for "dem Minister"); ``None`` for none or several."""
    lows, texts = view.lowers, view.texts
    for i in range(v + 1, min(hi, v + 4)):
        if lows[i] not in ("dem", "den"):
            continue
        j = i + 1
        while j < hi and texts[j].isalpha() and texts[j].islower():
            j += 1  # "dem österreichischen Minister"
        if j >= hi or view.key(j) or not speaker_noun(texts[j]):
            return None
        if j + 1 < hi and (view.key(j + 1) or texts[j + 1][:1].isupper()):
            return None  # "dem Minister Karl Brunner": the name is the actor
        noun = _singular(lows[j])
        found = {
            k
            for m in range(len(view.doc) - 1)
            if (k := view.person(m + 1)) is not None
            and k != source
            and not view.key(m)
            and lows[m].endswith(noun)
            and actor(m + 1) == k
        }
        return next(iter(found)) if len(found) == 1 else None
    return None


def _singular(noun: str) -> str:
    """The title of "dem Präsidenten", "den Minister": "präsident", "minister"."""
    for ending in ("enten", "en"):
        if noun.endswith(ending) and len(noun) > len(ending) + 4:
            stem = noun[: -len(ending)] + ("ent" if ending == "enten" else "")
            return stem
    return noun


def genitive_anaphor(view: DocView, v: int, hi: int, source: str | None) -> str | None:
    """The organisation a definite noun of its kind in the genitive after the
    object right after the verb at ``v`` refers to ("lobte den neuen Rekord der
    Fluggesellschaft", "kritisierte die Pläne des Konzerns"; not inside a
    prepositional phrase: "ruft zum Widerstand gegen die Pläne der Kommission
    auf"): :func:`kg.extract.org_anaphor.org_anaphor`; not the source itself."""
    lows, texts = view.lowers, view.texts
    j = v + 1
    if j >= hi or lows[j] not in _OBJECT_ARTICLES:
        return None
    j += 1
    while j < hi and texts[j].isalpha() and texts[j].islower():
        j += 1  # "den neuen"
    if j + 2 >= hi or not texts[j][:1].isupper() or view.key(j):
        return None
    if lows[j + 1] not in ("der", "des"):
        return None
    k = org_anaphor(view, [j + 2])
    if k is not None and k == source and lows[j + 2] in ORG_ANAPHORS:
        # "Die ÖVP lehnte den Antrag der Partei ab" after the FPÖ
        k = other_named(view, j + 2, source)
    return k if k is not None and k != source else None


# articles of an accusative object right after the verb
_OBJECT_ARTICLES = frozenset("den die das einen eine ein".split())


# pieces of writing a medium speaks through ("Ein Leitartikel in der X")
_WRITINGS = frozenset("leitartikel kommentar artikel editorial".split())


def media_subject(view: DocView, lo: int, v: int) -> str | None:
    """The newspaper or broadcaster that opens the clause ``lo`` right before
    its verb at ``v`` as the subject, after an article and adjectives only
    ("Die New York Times forderte …"), or through a piece of writing ("Ein
    Leitartikel in der Washington Post forderte …"); ``None`` otherwise
    ("Laut ARD lehnte X ab": a preposition governs it)."""
    lows, texts = view.lowers, view.texts
    i = lo
    while i < v and (lows[i] in ARTICLES or lows[i] in ("ein", "eine")):
        i += 1
    while i < v and texts[i].isalpha() and texts[i].islower():
        i += 1  # "Die renommierte"
    if i < v and lows[i] in _WRITINGS:
        i += 1
        if i < v and lows[i] in ("in", "im", "der", "des"):
            i += 1
        while i < v and lows[i] in ARTICLES:
            i += 1
    k = view.key(i) if i < v else None
    if k is None or not is_media(k):
        return None
    while i < v and view.key(i) == k:
        i += 1
    return k if i == v else None
