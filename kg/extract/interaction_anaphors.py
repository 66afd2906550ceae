"""Actors of a verbal interaction named by a pronoun or an unnamed
spokesperson (issue 17; :func:`kg.extract.interaction_actors.actors` asks
these):

* "Weber forderte sie auf", "Merz wies sie zurück": with a name opening the
  clause and a verb whose object is an accusative, "sie" right after the verb
  is the object, the name the subject (:func:`sie_is_object`); the addressee
  it refers to is the organisation the sentence before opens with, or the one
  woman named before (:func:`object_sie`);
* "Die Gewerkschaft Verdi kündigte Streiks an. Am Montag forderte sie …": a
  subject "sie" of a singular verb with no woman to refer to is that
  organisation (:func:`organisation_sie`);
* "Ein Sprecher des Konzerns wies … zurück": the organisation of that kind
  named before acts (:func:`spokesperson_source`);
* "X wirft die Staatsanwaltschaft vor", "Dem Minister X warf die Opposition
  … vor": the body after the verb is the subject, X the object
  (:func:`subject_after_dative`);
* "X forderte die Gewerkschaft auf … Diese wies die Forderung zurück": the
  target of the act before acts (:func:`demonstrative_subject`);
* "wirft dem Internetportal X … vor", "appellierte an den TV-Sender X": a
  medium as the object is the target (:func:`addressed_medium`);
* "warf der Landesregierung vor": the federal state named
  (:func:`land_government`); "Die Landesregierung lehnt … ab", "fordert die
  Staatsregierung": the federal state acts (:func:`land_subject`);
* "Die ungarische Regierung … X warf der Regierung vor": the state whose
  government was named last (:func:`government_before`);
* "X warf dem Konzern Betrug vor. Der Konzern wies die Vorwürfe zurück": the
  rejection's target is the accuser (:func:`answered_claim`).
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.actors import is_media, state_of_capital
from kg.extract.bodies import body_after
from kg.extract.coref import person_genders
from kg.extract.interaction_checks import dative_opening
from kg.extract.interaction_parts import opening_organisation
from kg.extract.records import Interaction, Kind, entity_key, kind_of
from kg.extract.speaker_labels import spokesperson
from kg.extract.speakers import as_state
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    CLAUSE_OPENERS,
    DATIVE_ACT_VERBS,
    INDEFINITE_ARTICLES,
    PERSON_OBJECT_ACT_VERBS,
    PREPOSITIONS,
)
from kg.lang.de.speech import MEDIA_NOUNS, SPOKESPERSON_ENDINGS, SpeechAct
from kg.nlp import gazetteer

__all__ = [
    "answered_claim",
    "government_before",
    "land_government",
    "land_subject",
    "addressed_medium",
    "demonstrative_subject",
    "object_sie",
    "organisation_sie",
    "sie_is_object",
    "spokesperson_source",
    "subject_after_dative",
]


def sie_is_object(
    view: DocView, lo: int, v: int, act: SpeechAct, free_before: list[str]
) -> bool:
    """ "sie" right after the verb at ``v`` is its object: an actor
    (``free_before``) opens the clause ``lo``… with no more than a title before
    it, and the verb takes an accusative ("Konzernchef X forderte sie auf";
    not "Schäuble warf sie vor", a dative verb)."""
    if not free_before or v + 1 >= len(view.doc) or view.lowers[v + 1] != "sie":
        return False
    if act.form.infinitive in DATIVE_ACT_VERBS:
        return False
    first = next((j for j in range(lo, v) if view.key(j) is not None), None)
    if first is None or any(
        view.keys.get(j) != view.key(first) for j in range(first, v)
    ):
        return False  # "Schäuble hat gestern sie …": not a name right before the verb
    # "Konzernchef X", "Die Gewerkschaft X": at most a title and an article before
    return first - lo <= 2 and all(
        view.texts[j][:1].isupper() or view.lowers[j] in ("die", "der", "das")
        for j in range(lo, first)
    )


def object_sie(view: DocView, v: int, act: SpeechAct, source: str | None) -> str | None:
    """The addressee "sie" after the verb at ``v`` refers to when
    :func:`sie_is_object`: the organisation the sentence before opens with
    ("Die Gewerkschaft Verdi kündigte Streiks an. Konzernchef X forderte sie
    auf"), else the one person other than ``source`` the sentence before names
    whom the article calls a woman; ``None`` for a thing ("wies sie zurück")
    or many."""
    if act.form.infinitive not in PERSON_OBJECT_ACT_VERBS:
        return None
    si = view.sentence_of(view.doc[v])
    org = opening_organisation(view, si)
    if org is not None and org != source:
        return org
    if si == 0:
        return None
    genders = person_genders(view)
    prev = view.sents[si - 1]
    women = {
        k
        for j in range(prev.start, prev.end)
        if (k := view.key(j)) is not None
        and kind_of(k) is Kind.PERSON
        and k != source
        and genders.get(k) is True  # feminine
    }
    return next(iter(women)) if len(women) == 1 else None


def organisation_sie(view: DocView, v: int) -> str | None:
    """The organisation a subject "sie" of the singular verb at ``v`` refers to
    when no woman is named before: the one the sentence before opens with
    ("Die Gewerkschaft Verdi kündigte Streiks an. Am Montag forderte sie …")."""
    return opening_organisation(view, view.sentence_of(view.doc[v]))


def spokesperson_source(view: DocView, lo: int, v: int) -> str | None:
    """The organisation an unnamed spokesperson opening the clause ``lo``
    before the verb at ``v`` speaks for, as :func:`spokesperson` reads its
    noun: "Ein Konzernsprecher", "Ein Sprecher des Konzerns" (read as
    "Konzernsprecher"), "Eine Sprecherin der Partei"; the organisation named
    last before (a bare kind) or the one whose name ends in the noun."""
    if v - lo < 2 or view.lowers[lo] not in INDEFINITE_ARTICLES:
        return None
    noun = lo + 1
    low = view.lowers[noun]
    if not low.endswith(SPOKESPERSON_ENDINGS) or view.key(noun):
        return None
    label = view.texts[noun]
    if low in SPOKESPERSON_ENDINGS:
        # "Ein Sprecher des Konzerns": as "Konzernsprecher", by the kind noun
        # of the genitive after it
        kind = noun + 2
        if not (
            kind + 1 == v
            and view.lowers[noun + 1] in ("des", "der")
            and view.texts[kind].isalpha()
            and not view.key(kind)
        ):
            return None
        label = view.texts[kind] + low
    elif noun + 1 != v:
        return None
    key, _ = spokesperson(view, label, noun)
    return key if key is not None and kind_of(key) is Kind.ORG else None


def subject_after_dative(
    view: DocView,
    lo: int,
    v: int,
    hi: int,
    act: SpeechAct,
    actor: Callable[[int], str | None],
) -> tuple[str | None, str | None] | None:
    """(actor, label) of the subject right after the finite verb at ``v`` when
    the actor before it is the object: the verb takes a dative
    (:data:`DATIVE_ACT_VERBS`) and "die" follows it ("Karl Brunner wirft die
    Staatsanwaltschaft vor, …", "X warfen die Grünen … vor": "die" is no
    dative), or the clause opens with "dem", "den" ("Dem Minister X warf die
    Opposition … vor"); ``None`` otherwise or when no body or actor follows."""
    if v + 2 >= hi or act.form.participle:
        return None
    det = view.lowers[v + 1]
    if not (
        (det == "die" and act.form.infinitive in DATIVE_ACT_VERBS)
        or (det in ("die", "der", "das") and dative_opening(view, lo, v))
    ):
        return None
    j = v + 2
    while j < hi and view.texts[j].islower() and view.texts[j].isalpha():
        j += 1  # "die österreichische Opposition"
    k = actor(j) if j < hi else None
    if k is not None:
        return k, None
    label = body_after(view, v, hi)
    return (None, label) if label is not None else None


def demonstrative_subject(
    view: DocView, lo: int, v: int, before: list[Interaction]
) -> tuple[str | None, str | None] | None:
    """(actor, label) "Diese", "Dieser" opening the clause right before its
    verb at ``v`` refers to: the target of the last interaction of the
    sentence before (``before``, all found so far), the one named last ("X
    forderte die Gewerkschaft auf, … Diese wies die Forderung zurück": the
    union, not X); without one, the last of two or more persons the sentence
    before names ("Scholz empfing Präsident Macron. Dieser forderte …":
    Macron); ``None`` otherwise."""
    if v != lo + 1 or view.lowers[lo] not in ("diese", "dieser"):
        return None
    si = view.sentence_of(view.doc[v])
    last = [x for x in before if x.sentence == si - 1]
    if last and (last[-1].target is not None or last[-1].target_label is not None):
        return last[-1].target, last[-1].target_label
    if si == 0:
        return None
    # "Scholz empfing Präsident Macron. Dieser forderte …": the last person
    # the sentence before names, of the pronoun's gender where known
    woman = view.lowers[lo] == "diese"
    genders = person_genders(view)
    prev = view.sents[si - 1]
    people = [
        k
        for j in range(prev.start, prev.end)
        if (k := view.person(j)) is not None and genders.get(k, woman) is woman
    ]
    if len(set(people)) < 2:
        return None  # one person: "er" and "dieser" alike (the caller's antecedent)
    return people[-1], None


def addressed_medium(
    view: DocView, v: int, hi: int, act: SpeechAct, source: str | None
) -> str | None:
    """A medium the act at ``v`` addresses as its object: right after the
    verb ("Er wirft Check24 vor"), or after "dem", "den", "der" with a media
    noun between, right after the verb or after "an" ("wirft dem
    Internetportal X … vor", "appellierte an den TV-Sender X"); not the outlet
    something was said to ("gegenüber dem Sender X", "im Interview mit …")."""
    if act.form.infinitive not in PERSON_OBJECT_ACT_VERBS | DATIVE_ACT_VERBS:
        return None
    i = v + 1
    if i < hi and view.lowers[i] == "an":
        i += 1
    noun = False
    if i < hi and view.lowers[i] in ("dem", "den", "der"):
        i += 1
        if i < hi and view.texts[i][:1].isupper() and view.key(i) is None:
            # "dem Internetportal", "den TV-Sender"
            noun = view.lowers[i].endswith(tuple(MEDIA_NOUNS))
            i += 1
    k = view.key(i) if i < hi else None
    if k is None or k == source or not (is_media(k) or noun):
        return None
    return k


def land_government(view: DocView, lo: int, hi: int, source: str | None) -> str | None:
    """The region "der Landesregierung" as the object in the clause
    ``lo``-``hi`` governs (after a verb, not after a preposition): the one region
    (a federal state, :attr:`Entity.place_kind` "region") its sentence names,
    else the one the article names ("Die SPD hat der Landesregierung
    vorgeworfen, … in Hessen …" -> Hessen); ``None`` when none or several."""
    found = any(
        view.lowers[j] in _LAND_GOVERNMENTS
        and view.lowers[j - 1] == "der"
        # "hat der", "warf der"; not "mit der", "Sprecher der"
        and view.texts[j - 2].isalpha()
        and view.texts[j - 2].islower()
        and view.lowers[j - 2] not in _NOT_BEFORE_OBJECT
        for j in range(lo + 2, hi)
    )
    return _one_region(view, lo, source) if found else None


def land_subject(view: DocView, lo: int, v: int, hi: int) -> str | None:
    """The region "die Landesregierung", "die Staatsregierung" as the subject
    of the verb at ``v`` stands for: opening the clause ``lo``-``hi`` or right
    after the verb ("Die Landesregierung lehnt … ab", "fordert die
    Staatsregierung …"); the one region its sentence names, else the one the
    article names (a federal state's government, not the nation's:
    "Staatsregierung" is Bavaria's, not Germany's)."""
    at = [j for j in (lo + 1, v + 2) if j < hi and view.lowers[j - 1] == "die"]
    if not any(view.lowers[j] in _LAND_SUBJECTS for j in at):
        return None
    return _one_region(view, lo, None)


def _one_region(view: DocView, lo: int, source: str | None) -> str | None:
    """The one region (a federal state, :attr:`Entity.place_kind` "region")
    the sentence of token ``lo`` names, else the one the article names, other
    than ``source``; ``None`` when none or several."""
    doc = view.doc
    sent = view.sents[view.sentence_of(doc[lo])]
    for start, end in ((sent.start, sent.end), (0, len(doc))):
        regions = {
            k
            for j in range(start, end)
            if (k := view.place(j)) is not None
            and (e := view.entities.get(k)) is not None
            and e.place_kind == "region"
            and k != source
        }
        if regions:
            return next(iter(regions)) if len(regions) == 1 else None
    return None


def government_before(view: DocView, lo: int, hi: int) -> str | None:
    """The state a bare "die"/"der Regierung" in the clause ``lo``-``hi``
    refers to when the five sentences before name one by its state: the
    nearest of "die ungarische Regierung", "Frankreichs Regierung", "die
    Regierung Polens", "die Regierung in Warschau" ("Die ungarische Regierung
    hat … beschlossen. X warf der Regierung vor": Ungarn, not the country of
    the dateline). ``None`` when the clause names none or the one nearest
    before is a bare "die Bundesregierung" (the article's own country); ""
    when that one names a state kg does not know as an actor (no target); a
    bare "die Regierung" before is passed over."""
    if not any(
        view.lowers[j] == "regierung" and view.lowers[j - 1] in ("der", "die")
        for j in range(max(lo, 1), hi)
    ):
        return None
    si = view.sentence_of(view.doc[lo])
    first = view.sents[max(0, si - 5)].start
    for j in range(lo - 1, first, -1):
        if view.lowers[j] not in _NATIONAL_GOVERNMENTS:
            continue
        if view.lowers[j] != "regierung":
            return None  # "die Bundesregierung": the article's own country
        state = _state_of_government(view, j)
        if state is not None:
            return state
    return None


def _state_of_government(view: DocView, j: int) -> str | None:
    """The state the government noun at ``j`` names (:func:`_named_state`);
    "" when it names one kg does not know as an actor ("die Regierung in
    Budapest" with Ungarn named nowhere), ``None`` when it names none."""
    state = _named_state(view, j)
    if state is not None:
        return state
    n = len(view.doc)
    if j + 2 < n and view.lowers[j + 1] == "in" and view.place(j + 2):
        return ""  # "die Regierung in Budapest"
    if (
        j > 0
        and view.texts[j - 1].islower()
        and gazetteer.country_of(view.texts[j - 1])
    ):
        return ""  # "die ungarische Regierung"
    return "" if j > 0 and view.place(j - 1) else None  # "Ungarns Regierung"


# the nouns of a state's government (not "Landesregierung": a region's)
_NATIONAL_GOVERNMENTS = frozenset({"regierung", "bundesregierung"})


def _named_state(view: DocView, j: int) -> str | None:
    """The state the government noun at ``j`` names: a country adjective
    right before ("ungarische"), the country (or its capital's state) right
    before ("Frankreichs"), right after ("Polens") or after "in" ("in
    Warschau")."""
    n = len(view.doc)
    gov = view.org(j)
    e = view.entities.get(gov) if gov is not None else None
    if e is not None and e.name.endswith(")"):
        head = e.name.partition(" (")[0].lower()
        if head == "regierung":
            return as_state(gov, view)  # "Regierung (Ungarn)": Ungarn if named
    if j > 0 and view.texts[j - 1].islower():
        c = gazetteer.country_of(view.texts[j - 1])
        k = entity_key(Kind.PLACE, c.name) if c is not None else None
        return k if k in view.entities else None
    after = j + 2 if j + 2 < n and view.lowers[j + 1] == "in" else j + 1
    for i in (j - 1, after):
        k = view.place(i) if 0 <= i < n else None
        if k is None:
            continue
        if i == j + 1 and not view.texts[i].endswith("s"):
            continue  # "die Regierung Polens"; not "Regierung Ungarn …"
        capital = state_of_capital(k, view.entities)
        if capital is not None:
            return capital if capital != k else None  # the state named nowhere
        e = view.entities.get(k)
        if e is not None and e.place_kind == "country":
            return k
    return None


# the nouns of a federal state's government
_LAND_GOVERNMENTS = frozenset({"landesregierung", "landesregierungen"})
# the government of a federal state as a subject ("Staatsregierung": Bavaria's
# and Saxony's)
_LAND_SUBJECTS = frozenset({"landesregierung", "staatsregierung"})
# words before "der"/"die Landesregierung" that make it no object of the act
_NOT_BEFORE_OBJECT = PREPOSITIONS | CLAUSE_OPENERS


def answered_claim(
    view: DocView,
    v: int,
    hi: int,
    act: SpeechAct,
    source: str,
    before: list[Interaction],
) -> str | None:
    """Whose claim a rejection or denial at ``v`` answers: "die Vorwürfe",
    "die Forderung" right after the verb (or its subject: a pronoun, "die
    Regierung") that refer to the accusation, demand … of an interaction of
    the two sentences before (``before``) whose target is ``source`` ("X warf
    dem Konzern Betrug vor. Der Konzern wies die Vorwürfe zurück": X);
    ``None`` otherwise ("wies dies zurück" names no claim)."""
    if act.type not in ("REJECT", "DENY"):
        return None
    j = v + 1
    lows = view.lowers
    if j < hi and lows[j] in ("er", "sie", "es", "man"):
        j += 1
    elif (
        j + 3 < hi
        and lows[j] in ("der", "die", "das")
        and view.texts[j + 1][:1].isupper()
        and lows[j + 1] not in _CLAIM_TYPES
        and lows[j + 3] in _CLAIM_TYPES
    ):
        j += 2  # "wies die Regierung die Vorwürfe zurück": its subject first
    if not (j + 1 < hi and view.lowers[j] in ("die", "den", "das", "diese", "diesen")):
        return None
    wanted = _CLAIM_TYPES.get(view.lowers[j + 1])
    if wanted is None:
        return None
    si = view.sentence_of(view.doc[v])
    for x in reversed(before):
        if x.sentence < si - 2:
            break
        if x.type in wanted and x.target == source and x.source not in (None, source):
            return x.source
    return None


# claim nouns and the types of the acts that make such a claim
_CLAIM_TYPES = {
    "vorwurf": ("ACCUSE",),
    "vorwürfe": ("ACCUSE",),
    "anschuldigungen": ("ACCUSE",),
    "beschuldigungen": ("ACCUSE",),
    "forderung": ("DEMAND",),
    "forderungen": ("DEMAND",),
    "aufforderung": ("DEMAND",),
    "warnung": ("WARN",),
    "warnungen": ("WARN",),
    "drohung": ("THREATEN",),
    "drohungen": ("THREATEN",),
    "appell": ("APPEAL",),
}
