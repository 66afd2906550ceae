"""A meeting verb in another sense, and a meeting only offered or missed.

* "treffen" with the particle "ein" closing its clause is to arrive: "Am
  Abend traf die Nachricht ein" (:func:`arrival`);
* "beraten" with an actor as accusative object and no partner, topic or
  reflexive is to advise: "Die Anwältin berät die Regierung", "der X und Y
  beriet" (:func:`advises`);
* "treffen" whose subject is a thing is to hit: "Die neue Steuer trifft den
  Landwirt X" (:func:`hits`);
* an interviewer's line "STANDARD: Wir treffen einander in Moskau" names the
  interview itself (:func:`interviewer_we`);
* a meeting noun as what is founded or set up ("die Schaffung eines
  nationalen IT-Gipfels", "die Einrichtung einer Konferenz"): a body or a
  series to come, no meeting held (:func:`founded`);
* "besuchen" with a school, a university or a course as its object is to
  attend it: "besuchte die Westinghouse High School", "hatte das Gymnasium
  in X besucht" (:func:`attends`);
* "hätte … stattfinden sollen", "biete ein Gespräch an": a meeting missed or
  offered (:func:`missed_or_offered`, part of
  :func:`kg.extract.meeting_checks.unreal`).

:func:`other_sense` joins the first six for the trigger filter of
:mod:`kg.extract.meetings`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.actors import is_media
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ARTICLES,
    INDEFINITE_ARTICLES,
    POSSESSIVE_ARTICLES,
    PREPOSITIONS,
)
from kg.lang.de.meeting_senses import (
    ACCUSATIVE_ARTICLES,
    ACTOR_NOUN_ENDINGS,
    ADVISE_FORMS,
    ADVISE_SINGULAR,
    ARRIVAL_PARTICLE,
    ATTENDED_HEADS,
    COUNTERFACTUAL_AUXILIARIES,
    FOUNDING_NOUNS,
    GUEST_NOUNS,
    INTERVIEW_LABELS,
    JOINT_WORDS,
    MODAL_INFINITIVES,
    OFFER_FORMS,
    OFFER_PARTICLE,
    OFFERED_FORMS,
    RECEIVING_VERBS,
    SUBJECT_DETERMINERS,
    WE_WORDS,
)
from kg.lang.de.meetings import TREFFEN_FORMS
from kg.lang.de.speech import SPEAKER_NOUNS
from kg.lang.de.titles import match_title

__all__ = [
    "advises",
    "arrival",
    "attends",
    "founded",
    "hits",
    "interviewer_we",
    "missed_or_offered",
    "other_sense",
    "unnamed_guests",
]

_STOPS = (",", ";", ":", "–", "(", ")")
_ACCUSATIVE_DEFINITE = ("die", "das", "den")
_ACTORS = (Kind.PERSON, Kind.ORG)
_DETERMINERS = ARTICLES | INDEFINITE_ARTICLES | POSSESSIVE_ARTICLES


def _clause(view: DocView, sent: Span, i: int) -> range:
    """Token indices of the clause around ``i`` (up to a comma, colon, dash or
    bracket, or the sentence's edge)."""
    start = i
    while start > sent.start and view.lowers[start - 1] not in _STOPS:
        start -= 1
    end = i + 1
    while end < sent.end and view.lowers[end] not in _STOPS:
        end += 1
    return range(start, end)


def _treffen(t: Token) -> bool:
    return t.is_lower and t.lower_.startswith(TREFFEN_FORMS)


def arrival(view: DocView, sent: Span, t: Token) -> bool:
    """A form of "treffen" whose clause "ein" closes: "eintreffen", to arrive
    ("traf die Nachricht ein, dass …", "trifft morgen in Wien ein")."""
    if not _treffen(t):
        return False
    last = _clause(view, sent, t.i).stop - 1
    if view.lowers[last] == ".":
        last -= 1
    return last > t.i and view.lowers[last] == ARRIVAL_PARTICLE


def advises(view: DocView, sent: Span, t: Token) -> bool:
    """ "beraten" with an actor as object: to advise, no meeting.

    No word of :data:`JOINT_WORDS` in the clause ("berieten mit", "über",
    "sich") and either a singular form with two actors in its clause ("Die
    Anwältin X berät die Y-Partei", "der X und Y beriet": one advises the
    others) or any form with an accusative article before an actor after it
    ("berieten den Kanzler X"; not after a preposition: "berieten ohne den
    Minister"). "X und Y berieten am Montag" stays a meeting.
    """
    low = t.lower_
    if not (t.is_lower and low in ADVISE_FORMS):
        return False
    clause = _clause(view, sent, t.i)
    if any(view.lowers[i] in JOINT_WORDS for i in clause):
        return False
    if low in ADVISE_SINGULAR:
        actors = {k for i in clause if (k := view.key(i)) and kind_of(k) in _ACTORS}
        if len(actors) >= 2:
            return True
    for i in range(t.i + 1, clause.stop):
        if (
            view.lowers[i] in ACCUSATIVE_ARTICLES
            and view.lowers[i - 1] not in PREPOSITIONS
        ):
            for j in range(i + 1, min(clause.stop, i + 5)):
                if (k := view.key(j)) and kind_of(k) in _ACTORS:
                    return True
    return False


def _actor_noun(word: str) -> bool:
    low = word.lower()
    return (
        match_title(word) is not None
        or low.endswith(ACTOR_NOUN_ENDINGS)
        or any(
            low == n or (low.endswith(n) and len(low) > len(n) + 2)
            for n in SPEAKER_NOUNS
        )
    )


def hits(view: DocView, sent: Span, t: Token) -> bool:
    """ "treffen" whose subject is a thing: "Die neue Steuer trifft den Landwirt
    X", "Lieder eines Mädchens, ein Zyklus, den X schrieb, treffen keine
    Unerfahrene".

    The sentence opens with its subject: a determiner and lower-case words
    before a capitalised noun, or a noun with a genitive after it ("Lieder
    eines …"); that noun is no entity and no word for persons or a group
    (titles, speaker nouns, :data:`ACTOR_NOUN_ENDINGS`); the verb follows the
    noun phrase (with its genitive) or the comma that closes an insertion, and
    no word of :data:`JOINT_WORDS` stands in the verb's clause.
    """
    if not _treffen(t) or t.i - sent.start < 1:
        return False
    if any(view.lowers[i] in JOINT_WORDS for i in _clause(view, sent, t.i)):
        return False
    doc = view.doc
    i = sent.start
    determiner = view.lowers[i] in SUBJECT_DETERMINERS
    if determiner:
        i += 1
        while i < t.i and doc[i].is_lower and doc[i].is_alpha:
            i += 1  # "Die neue Steuer"
    if i >= t.i:
        return False
    head = doc[i]
    if (
        not head.is_alpha
        or not head.text[:1].isupper()
        or view.lowers[i] in PREPOSITIONS  # "Nach der Sitzung traf X den Y"
        or view.key(i) is not None
        or head.ent_type_
        or _actor_noun(head.text)
    ):
        return False
    genitive = i + 1 < t.i and view.lowers[i + 1] in ("des", "der", "eines", "einer")
    if not determiner and not genitive:
        return False  # "Heute trifft X Y", "Merkel trifft …"
    before = view.lowers[t.i - 1]
    if t.i - 1 == i or before == ",":
        return True
    # the genitive's noun right before the verb: "Die Krise der Bank trifft …"
    # (the head decides: "Die Delegation der Ukraine trifft" is a group's)
    return (
        genitive
        and doc[t.i - 1].text[:1].isupper()
        and all(doc[j].is_alpha for j in range(i + 1, t.i))
    )


def interviewer_we(view: DocView, sent: Span, t: Token) -> bool:
    """A meeting verb or noun in an interviewer's line with "wir"/"uns" in its
    clause: "STANDARD: Wir treffen einander in Moskau", "Frage: Wir sprechen
    uns in Ihrem Büro" (the interview itself). The line opens with a label and
    a colon: a word of :data:`INTERVIEW_LABELS`, a medium, or a word in
    capitals."""
    doc = view.doc
    colon = next(
        (
            i
            for i in range(sent.start, min(sent.end, sent.start + 4))
            if doc[i].text == ":"
        ),
        None,
    )
    if colon is None or colon == sent.start or t.i < colon:
        return False
    label = doc[colon - 1]
    if not (
        view.lowers[colon - 1] in INTERVIEW_LABELS
        or (label.text.isupper() and label.is_alpha and len(label.text) > 2)
        or ((k := view.key(colon - 1)) is not None and is_media(k))
    ):
        return False
    return any(view.lowers[i] in WE_WORDS for i in _clause(view, sent, t.i))


def other_sense(view: DocView, sent: Span, t: Token) -> bool:
    """``t`` names no meeting: to arrive, to advise, to hit, or the interview of
    an interviewer's line."""
    return (
        arrival(view, sent, t)
        or advises(view, sent, t)
        or hits(view, sent, t)
        or interviewer_we(view, sent, t)
        or founded(view, sent, t)
        or attends(view, sent, t)
        or unnamed_guests(view, sent, t)
    )


def unnamed_guests(view: DocView, sent: Span, t: Token) -> bool:
    """A verb of receiving with a bare noun of guests in its clause, or that
    noun itself, and no actor named after the noun: "Sie empfing häufig
    Besuch", "Er bekommt oft Gäste"; not "bekam Besuch von X", "empfing den
    Besuch aus X", "empfing Gäste wie X"."""
    lowers = view.lowers
    clause = _clause(view, sent, t.i)
    verbs = [i for i in clause if lowers[i].startswith(RECEIVING_VERBS)]
    if not verbs:
        return False
    if lowers[t.i] in GUEST_NOUNS and t.text[:1].isupper():
        nouns = [t.i]
    elif t.i in verbs:
        nouns = [
            i
            for i in clause
            if lowers[i] in GUEST_NOUNS and view.texts[i][:1].isupper()
        ]
    else:
        return False
    for i in nouns:
        before = lowers[i - 1] if i > sent.start else ""
        if before in _DETERMINERS:
            continue  # "empfing den Besuch des X": a visit the text names
        if not any(
            (k := view.key(j)) is not None and kind_of(k) in _ACTORS
            for j in range(i + 1, clause.stop)
        ):
            return True
    return False


def attends(view: DocView, sent: Span, t: Token) -> bool:
    """The verb "besuchen" whose object in its clause is a school, a university
    or a course (a word ending in one of :data:`ATTENDED_HEADS`) after a
    definite article, or named: "besuchte sie die Musicalschule X", "1979 besuchte
    er die Berufsfachschule", "besuchte die Westinghouse High School"; not "besuchte
    eine Schule in X" (a visit of a guest)."""
    if not (t.is_lower and t.lower_.startswith(("besuch", "besucht"))):
        return False
    lowers = view.lowers
    doc = view.doc
    for i in _clause(view, sent, t.i):
        if i == t.i or not doc[i].text[:1].isupper():
            continue
        if not lowers[i].endswith(ATTENDED_HEADS):
            continue
        # back past adjectives and the rest of the name to the article: an
        # accusative one, not after a preposition ("Y in der Schule besucht")
        j = i - 1
        while j >= sent.start and (
            (doc[j].is_lower and lowers[j] not in _ACCUSATIVE_DEFINITE)
            or (doc[j].text[:1].isupper() and doc[j].ent_type_ and doc[i].ent_type_)
        ):
            if lowers[j] in PREPOSITIONS or lowers[j] in ("eine", "einen", "ein"):
                break
            j -= 1
        if (
            j >= sent.start
            and lowers[j] in _ACCUSATIVE_DEFINITE
            and not (j > sent.start and lowers[j - 1] in PREPOSITIONS)
        ):
            return True
    return False


def founded(view: DocView, sent: Span, t: Token) -> bool:
    """The meeting noun ``t`` is the genitive of a noun of founding or setting
    up (:data:`FOUNDING_NOUNS`): "die Schaffung eines "nationalen IT-Gipfels"",
    "die Einrichtung eines ständigen Gesprächsforums"; lower-case words and
    quotation marks may stand between."""
    if not t.text[:1].isupper():
        return False
    lowers = view.lowers
    j = t.i - 1
    while j > sent.start and (
        view.doc[j].is_quote or (view.doc[j].is_lower and lowers[j].isalpha())
    ):
        if lowers[j] in ("eines", "einer", "des", "der"):
            return lowers[j - 1] in FOUNDING_NOUNS
        j -= 1
    return False


def missed_or_offered(view: DocView, sent: Span, t: Token) -> bool:
    """A meeting that did not happen or is only offered.

    * a counterfactual in the sentence: "hätte" before an infinitive and a modal
      infinitive ("Das Gespräch hätte unabhängig davon stattfinden sollen", "X
      und Y hätten sich längst treffen können");
    * an offer in the trigger's clause: "biete ich Euch ein Gespräch an" (the
      particle "an" closes the clause), "hat ihm ein Treffen angeboten".
    """
    lowers = view.lowers
    for i in range(sent.start, sent.end):
        if lowers[i] in COUNTERFACTUAL_AUXILIARIES:
            for j in range(i + 2, sent.end):
                if lowers[j] in MODAL_INFINITIVES and view.doc[j - 1].is_lower:
                    return True
    clause = _clause(view, sent, t.i)
    if any(lowers[i] in OFFERED_FORMS for i in clause):
        return True
    last = clause.stop - 1
    if lowers[last] == ".":
        last -= 1
    return lowers[last] == OFFER_PARTICLE and any(
        lowers[i] in OFFER_FORMS for i in range(clause.start, last)
    )
