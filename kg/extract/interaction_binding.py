"""Pronouns of a subordinate clause bound to the actors of its main clause.

"Anna Berger kritisierte Hans Huber, indem sie ihm Lügen vorwarf": the clause
after "indem", "weil", "nachdem" … has a subject pronoun and an object pronoun
("sie … ihm"); with two actors named before it in the sentence, the subject
pronoun is the first of them (the main clause's subject) and the object pronoun
the second ("Clinton und ihre Verbündeten versuchen, Trump …, indem sie ihm
vorwerfen, …": Clinton accuses Trump). The nearest person before the pronoun,
which :func:`kg.extract.coref.antecedent` takes, is here the object.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.coref import person_genders
from kg.extract.interaction_checks import preposition_of
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.grammar import VERB_FINAL_OPENERS

__all__ = ["bound_pronouns"]

# object pronouns of a person or an organisation, with the gender they take:
# True feminine, False masculine, None either (plural "ihnen")
_OBJECT_PRONOUNS: dict[str, bool | None] = {
    "ihm": False,
    "ihn": False,
    "ihr": True,
    "ihnen": None,
}


def bound_pronouns(
    view: DocView,
    sent: Span,
    lo: int,
    v: int,
    actor: Callable[[int], str | None],
) -> tuple[str, str] | None:
    """(source, target) of the act at ``v`` whose clause opens at ``lo`` with a
    conjunction of a verb-final clause and a subject pronoun ("indem sie"), and
    has an object pronoun before the verb ("ihm"): the two actors the sentence
    names before the clause, in that order, where the pronouns' genders allow
    it; else ``None``."""
    lows = view.lowers
    if lo < 1 or lows[lo] not in VERB_FINAL_OPENERS or lo + 1 >= v:
        return None
    subject = lows[lo + 1]
    if subject not in ("er", "sie") or not view.texts[lo + 1].islower():
        return None
    objects = [
        lows[i]
        for i in range(lo + 2, v)
        if lows[i] in _OBJECT_PRONOUNS
        # "ihr Programm": a possessive, no object
        and not (lows[i] == "ihr" and view.texts[i + 1][:1].isupper())
    ]
    if len(objects) != 1:
        return None
    named: list[str] = []
    for i in range(sent.start, lo):
        k = actor(i)
        if k is None or k in named or preposition_of(view, i, sent.start):
            continue
        named.append(k)
    if len(named) != 2:
        return None
    source, target = named
    genders = person_genders(view)
    if subject == "er" and not _fits(source, False, genders):
        return None  # "Die Polizei nahm X fest, nachdem er ihr …": not the police
    feminine = _OBJECT_PRONOUNS[objects[0]]
    if feminine is not None and not _fits(target, feminine, genders):
        return None
    return source, target


def _fits(key: str, feminine: bool, genders: dict[str, bool]) -> bool:
    """The actor ``key`` may be called by a pronoun of that gender: a person
    not known to be of the other one; a masculine pronoun is no organisation
    or state ("die Partei", "die USA" take "sie")."""
    if kind_of(key) is not Kind.PERSON:
        return feminine
    return genders.get(key, feminine) is feminine
