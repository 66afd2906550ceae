"""The organisation a meeting's subject names only by its kind (issue 15):
"Der Raiffeisenverband ist der größte Schulsponsor. Die Bank berät mit dem
Landesschulrat …", "Der Konzern verhandelt seit Montag mit der IG Metall": the
subject is the organisation named before that the noun refers to
(:func:`kg.extract.org_anaphor.org_anaphor`), the partner after "mit" the
other side."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.focus import dateline_end
from kg.extract.org_anaphor import org_anaphor
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView

__all__ = ["anaphor_subject"]

#: definite articles that open a subject ("Die Bank", "Der Konzern")
_SUBJECT_ARTICLES = frozenset({"der", "die", "das"})


def anaphor_subject(
    view: DocView, sent: Span, t: Token, kind: str, named: list[str]
) -> list[str]:
    """The organisation the definite noun opening the clause of the verb
    trigger ``t`` refers to, when the trigger's partner follows "mit" and is
    named (``named`` has an organisation or state, none of them the one
    referred to): "Die Bank berät gerade mit dem Landesschulrat" -> the bank
    named before. Only where the noun is followed by the finite verb (the
    subject, not "Die Bank des Landes"), and no person is named."""
    if kind != "verb" or not named:
        return []
    if any(kind_of(k) is Kind.PERSON for k in named):
        return []
    doc = view.doc
    start = dateline_end(view, sent) or sent.start
    if start + 2 > t.i or doc[start].lower_ not in _SUBJECT_ARTICLES:
        return []
    noun = start + 1
    if view.key(noun) or not doc[noun].text[:1].isupper():
        return []
    verb = doc[noun + 1]
    if not (verb.is_lower and verb.is_alpha):
        return []
    clause = noun + 1
    while clause < sent.end and not doc[clause].is_punct:
        clause += 1
    if t.i >= clause or "mit" not in view.lowers[noun + 1 : clause]:
        return []
    k = org_anaphor(view, [noun], exclude=named)
    return [k] if k is not None and k not in named else []
