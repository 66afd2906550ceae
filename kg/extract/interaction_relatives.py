"""Whose act a relative clause tells when its case shows it (issue 17).

A relative pronoun after a comma ("…, die Warschau Rechtsbruch vorwarf") is the
subject or an object of its clause; with an actor between it and the verb,
:mod:`kg.extract.interaction_actors` reads that actor as the subject ("…, die
die USA abgelehnt hatten"). The pronoun's case overrules that where German
leaves no choice: the addressee of "vorwerfen", "drohen", "zustimmen"
(``kg/data/dative_speech_acts.txt``) stands in the dative, which "die" and
"das" never are, and "der" is a dative only of a feminine noun. So "die
Kommission, die Warschau Rechtsbruch vorwarf" and "des Präsidenten, der
Russland Aggression vorwarf" name the antecedent for the source and the actor
inside for the target. A list ("Die Regierung, das … Komitee und X haben …
zugestimmt") opens with an article, no relative pronoun: it is left alone.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.interaction_targets import actor, antecedent_noun
from kg.extract.sources import speaker_noun
from kg.extract.view import DocView
from kg.lang.de.bodies import body_noun
from kg.lang.de.cases import head_gender
from kg.lang.de.lexicon import data_lines
from kg.lang.de.speech import speech_acts

__all__ = ["nominative_relative"]


@lru_cache(maxsize=1)
def _dative_verbs() -> frozenset[str]:
    """``kg/data/dative_speech_acts.txt``: infinitives with a dative addressee."""
    return frozenset(line.strip() for _, line in data_lines("dative_speech_acts.txt"))


def nominative_relative(
    view: DocView, lo: int, v: int
) -> tuple[bool, str | None] | None:
    """``(True, whom)`` when the relative pronoun at ``lo`` is, by its case, the
    subject of the clause up to the verb at ``v`` whose addressee is a dative
    ("die Kommission, die Warschau Rechtsbruch vorwarf": whom is the
    Kommission when kg knows it, else ``None``); ``None`` when the case leaves
    the reading open ("die Sanktionen, die Merkel gefordert hatte")."""
    doc = view.doc
    low = view.lowers[lo]
    if (
        lo < 2
        or lo >= v
        or view.texts[lo - 1] != ","
        or low not in ("der", "die", "das")
    ):
        return None
    if not any(
        a.form.infinitive in _dative_verbs()
        for a in speech_acts().get(view.lowers[v], ())
    ):
        return None
    if any(view.lowers[j] in ("und", "sowie", "(") for j in range(lo + 1, v)):
        return None  # "Die Regierung, das … Komitee und X haben zugestimmt": a list
    n = antecedent_noun(view, lo)
    noun = doc[n].text
    whom = actor(view, n)
    if whom is None and not (speaker_noun(noun) or body_noun(noun)):
        return None  # "die Vorwürfe, die X Y vorwarf": the thing, an accusative
    if low == "der":
        male = speaker_noun(noun) and not noun.endswith(("in", "innen"))
        if whom is not None or not (male or head_gender(noun.lower()) == "m"):
            return None  # "der" of a woman or a body may be a dative
    return True, whom
