"""Bodies that meet with persons in domestic politics and the economy: an
organisation coordinated with a person in the subject that opens the clause
("Die Ärztekammer und Stadträtin X verhandelten am Montag"), and the
organisation a definite noun after "mit" refers to ("Die Gewerkschaft
verhandelt mit dem Konzern"); talks of one named side with an unnamed group
told before that side ("Mit den Vertretern der Länder wird Minister X
verhandeln", "Die Landeshauptleute treffen Kanzler X") are no meeting. Used by
:mod:`kg.extract.participants`; places of such meetings:
:mod:`kg.extract.meeting_venues`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.actors import is_intergov
from kg.extract.focus import dateline_end
from kg.extract.media import is_media
from kg.extract.meeting_checks import unnamed_plural
from kg.extract.org_anaphor import org_anaphor
from kg.extract.records import Entity, Kind, Meeting, kind_of
from kg.extract.triggers import trigger_kind
from kg.extract.view import DocView
from kg.lang.de.grammar import ADJ_ENDINGS, ARTICLES
from kg.lang.de.meetings import CONVENE_VERBS
from kg.lang.de.not_meetings import SESSION_WORDS

__all__ = [
    "anaphor_partner",
    "bodies_before_person",
    "without_lone_bodies",
    "only_in_topic",
    "unnamed_group_first",
]

#: how many words of a title may stand between the conjunction and the person
#: ("und Gesundheitsstadträtin X", "und der SPÖ-Verhandler X")
_TITLE_WORDS = 2


def bodies_before_person(view: DocView, sent: Span, t: Token) -> list[str]:
    """For a plural verb trigger right after a person: the organisations and
    states coordinated before that person in the subject that opens the clause
    ("Die Ärztekammer und Stadträtin X verhandelten", "Der ÖGB, die
    Arbeiterkammer und Minister X berieten"); empty when the list does not
    open the sentence (past a dateline) or the verb is singular ("Die Firma
    und ihr Chef X verhandelt" is no reading)."""
    doc = view.doc
    if not t.lower_.endswith("en") or t.i - 1 < sent.start:
        return []
    person = view.key(t.i - 1)
    if person is None or kind_of(person) is not Kind.PERSON:
        return []
    i = t.i - 1
    while i - 1 >= sent.start and view.key(i - 1) == person:
        i -= 1
    # the person's title and article: "und [die] Stadträtin X"
    words = 0
    while (
        i - 1 >= sent.start
        and words < _TITLE_WORDS
        and not view.key(i - 1)
        and doc[i - 1].text[:1].isupper()
        and doc[i - 1].is_alpha
    ):
        i -= 1
        words += 1
    while i - 1 >= sent.start and doc[i - 1].lower_ in ARTICLES:
        i -= 1
    if i - 1 < sent.start or doc[i - 1].lower_ not in ("und", "sowie"):
        return []
    i -= 1
    found: list[str] = []
    while i - 1 >= sent.start:
        k = view.key(i - 1)
        if k is not None:
            if kind_of(k) is Kind.PERSON:
                return []
            if k not in found:
                found.append(k)
            i -= 1
        elif doc[i - 1].lower_ in ARTICLES or doc[i - 1].text == ",":
            i -= 1
        else:
            break
    opening = dateline_end(view, sent) or sent.start
    if i != opening:
        return []
    return [
        k
        for k in reversed(found)
        if not is_media(k) and (kind_of(k) is not Kind.PLACE or _state(view, k))
    ]


def _state(view: DocView, key: str) -> bool:
    """A place key that acts as a party: a country or a city ("Wien und
    Minister X verhandelten")."""
    e = view.entities.get(key)
    return e is not None and e.place_kind in ("country", "city")


#: how far a noun trigger's "mit" may stand from it ("Gespräche mit", "die
#: Verhandlungen der Gewerkschaft mit")
_NOUN_REACH = 4


#: nouns after "mit" that may be the subject's own side rather than the
#: organisation named before
_OWN_SIDE_NOUNS = frozenset({"partei", "parteien"})


def anaphor_partner(
    view: DocView, sent: Span, t: Token, kind: str, named: list[str]
) -> list[str]:
    """The organisation named before that a definite noun after the trigger's
    "mit" refers to, when the other side is named (``named``): "Die
    Gewerkschaft X verhandelt mit dem Konzern" -> the company named before,
    "Gespräche mit der Bank" -> the bank (:func:`kg.extract.org_anaphor.
    org_anaphor`). Not where a name follows the noun ("mit dem Konzern Y":
    that one), and never one of ``named``."""
    if not named:
        return []
    doc = view.doc
    if kind == "verb":  # its clause: "verhandelt mit", "mit … verhandeln"
        start, end = t.i, t.i + 1
        while start > sent.start and not doc[start - 1].is_punct:
            start -= 1
        while end < sent.end and not doc[end].is_punct:
            end += 1
        region = range(start, end)
    else:
        region = range(t.i + 1, min(sent.end, t.i + 1 + _NOUN_REACH))
    at = next((i for i in region if doc[i].lower_ == "mit"), None)
    if at is None or at + 2 >= sent.end:
        return []
    noun = at + 2
    if doc[at + 1].lower_ not in ("dem", "der", "den"):
        return []
    if (
        view.key(noun)
        # "X verhandelt mit der Partei": often X's own, not the one named last
        or doc[noun].lower_ in _OWN_SIDE_NOUNS
        or not doc[noun].text[:1].isupper()
        or not doc[noun].is_alpha
        or view.key(noun + 1)
    ):
        return []
    k = org_anaphor(view, [noun], exclude=named)
    if k is None or k in named or is_media(k):
        return []
    return [k]


#: words between the trigger and the named side that make it the group's host
#: ("beraten die Regierungschefs bei X"): the group gathers, X takes part
_HOST_WORDS = frozenset({"bei", "beim", "einladung", "vorsitz"})


def unnamed_group_first(
    view: DocView, sent: Span, t: Token, attendees: list[str]
) -> bool:
    """One named side (``attendees``) meets an unnamed group named before it in
    the trigger's clause: after "mit" ("Mit den Vertretern der Länder wird
    Minister X verhandeln") or as the subject that opens the sentence right
    before the verb ("Die Landeshauptleute treffen am Dienstag Kanzler X").
    Talks with an unnamed side are no meeting, a place does not make one
    (:func:`kg.extract.meeting_checks.unnamed_side` covers the group after the
    side). Not a group with its owner or names after it ("mit Vertretern der
    IG Metall"), a body that convenes, a visit, nor a group that gathers at
    the side's ("Die Regierungschefs beraten bei X")."""
    if t.lower_.startswith(("besuch", "visite")) or t.lower_ in CONVENE_VERBS:
        return False
    named = {k for k in attendees if kind_of(k) is not Kind.PLACE}
    if len(named) != 1 or any(is_intergov(k) for k in named):
        return False
    doc = view.doc
    first = next((i for i in range(sent.start, sent.end) if view.key(i) in named), None)
    if first is None:
        return False
    opening = dateline_end(view, sent) or sent.start
    for i in range(opening, first):
        if view.key(i) is not None or "-" in doc[i].text:
            continue
        if not unnamed_plural(view, sent, i) or _owner_after(view, i, first):
            continue
        before = [view.lowers[j] for j in range(max(sent.start, i - 2), i)]
        if "mit" in before:
            return True
        if (
            i - 1 == opening
            and view.lowers[opening] == "die"
            and i + 1 == t.i
            and doc[t.i].pos_ != "AUX"
            and not any(view.lowers[j] in _HOST_WORDS for j in range(t.i, first))
        ):
            return True
    return False


def _owner_after(view: DocView, i: int, end: int) -> bool:
    """The group at ``i`` has its owner or names right after it: "Vertreter
    der IG Metall", "die Parteichefs X und Y"."""
    j = i + 1
    while (
        j < end and view.key(j) is None and view.lowers[j] in ARTICLES | {"von", "aus"}
    ):
        j += 1
    return j < end and view.key(j) is not None


def only_in_topic(view: DocView, sent: Span, keys: list[str]) -> list[str]:
    """``keys`` without the persons ``sent`` names only in the topic of the
    talks, a phrase after "über" ("Der Parteivorstand beriet über die
    Nachfolge von X": X is what they talk about, not who); persons it does
    not name (found in the sentences before) stay, and so do organisations
    and states (the target of a takeover, the union one joins are sides)."""
    out = []
    for k in keys:
        if kind_of(k) is not Kind.PERSON:
            out.append(k)  # "Gespräche über den Beitritt zur EU": a side
            continue
        at = [i for i in range(sent.start, sent.end) if view.key(i) == k]
        if at and all(_in_topic_phrase(view, sent, i) for i in at):
            continue
        out.append(k)
    return out


#: gazetteer kinds of an organisation whose meeting alone is a session of its
#: own (a party board, a cabinet, a parliament, a company's supervisory board,
#: a union's conference), no meeting between sides
_SESSION_KINDS = frozenset({"party", "gov", "parliament", "company", "union", "court"})


def without_lone_bodies(
    meetings: list[Meeting], entities: list[Entity]
) -> list[Meeting]:
    """``meetings`` without those of one national organisation alone told
    only by words of a session (:data:`SESSION_WORDS`: "Der Parteivorstand
    der X beriet am Montag in Wien", "Der Aufsichtsrat der Y tagte"): a
    session of one body stays out, a place does not make it a meeting. An
    intergovernmental body's summit stays ("Die OPEC beriet in Wien"), and
    so do talks of one named side ("in den Verhandlungen mit X in Linz")."""
    kinds = {e.key: e.org_kind for e in entities}
    out = []
    for m in meetings:
        actors = set(m.attendees) | set(m.organizers)
        if len(actors) == 1 and all(w.lower() in SESSION_WORDS for w in m.triggers):
            (k,) = actors
            if (
                kind_of(k) is Kind.ORG
                and not is_intergov(k)
                and kinds.get(k) in _SESSION_KINDS | {None}
            ):
                continue
        out.append(m)
    return out


#: how far back from a person "über" may open its topic phrase
_TOPIC_REACH = 8
#: words of a noun phrase between "über" and a person: "über die Nachfolge
#: von X", "über den Rücktritt des Ministers X"
_PHRASE_WORDS = ARTICLES | {"des", "von", "vom", "eines", "einer", "ein", "eine"}


def _in_topic_phrase(view: DocView, sent: Span, i: int) -> bool:
    """Token ``i`` ends a noun phrase opened by "über" ("über die Nachfolge
    von X"): only articles, "von", nouns and adjectives between; not past a
    verb ("Über das Polizeiaufgebot spottet selbst X": X is the subject)."""
    doc = view.doc
    for j in range(i - 1, max(sent.start, i - _TOPIC_REACH) - 1, -1):
        w = doc[j]
        if w.lower_ == "über":
            return True
        if view.key(j) is not None or w.lower_ in _PHRASE_WORDS:
            continue
        if trigger_kind(w) is not None:
            return False  # "enttäuscht über das Treffen von X": the meeting's
        if w.is_alpha and w.text[:1].isupper():
            continue  # a noun or title: "Nachfolge", "Ministers"
        if w.is_alpha and w.lower_.endswith(ADJ_ENDINGS):
            continue  # "des früheren Ministers"
        return False
    return False
