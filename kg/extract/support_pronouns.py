""" "Er" as the subject of a verb that takes the talks as object (issue 15):
"X reiste nach Moskau. Dort führte er Gespräche mit Y", "Er nahm Verhandlungen
mit Y auf" -> X takes part. :func:`kg.extract.clause_subjects.
subjects_of_support_verb` finds the named subject; this the pronoun, for the
man named last before (:func:`kg.extract.coref.person_before`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.coref import person_before, person_genders
from kg.extract.view import DocView
from kg.lang.de.meetings import SUPPORT_VERBS

__all__ = ["support_verb_pronoun"]

#: how far the talks may follow the support verb ("führte er am Montag in
#: Moskau Gespräche")
_REACH = 8


def support_verb_pronoun(
    view: DocView, sent: Span, t: Token, found: list[str]
) -> list[str]:
    """The man "er" refers to when it is the subject of a support verb whose
    object is the talks ``t`` (a noun trigger), the sentence names no person
    before "er" and the one referred to is none of ``found``."""
    doc = view.doc
    er = next((w for w in sent if w.lower_ == "er" and w.i < t.i), None)
    if er is None or any(view.person(i) for i in range(sent.start, er.i)):
        return []
    verbs = [doc[j] for j in (er.i - 1, er.i + 1) if sent.start <= j < t.i]
    verb = next((v for v in verbs if v.is_lower and v.lower_ in SUPPORT_VERBS), None)
    if verb is None or t.i - verb.i > _REACH:
        return []
    particle = SUPPORT_VERBS[verb.lower_]
    if particle and not any(w.lower_ == particle for w in doc[t.i + 1 : sent.end]):
        return []  # "nahm Gespräche auf": the particle closes the clause
    ante = person_before(view, sent, lambda k: person_genders(view).get(k) is not True)
    return [] if ante is None or ante in found else [ante]
