"""A Konjunktiv I sentence after a sentence about someone (issue 17).

"Konzernchef Max Huber verteidigte seine Strategie. Dabei müsse es darum gehen,
die Teile zusammenzuführen.", "Die Gewerkschaft macht die Airline dafür
verantwortlich. Seit Donnerstag habe sie den Kontakt abgebrochen.": the sentence
before names its subject first and has no verb of saying the lexicon knows
("verteidigen", "verantwortlich machen"), but the Konjunktiv I after it, which
only reported speech uses, reports what that subject said.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.actors import is_media
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.speech import SUBJUNCTIVE_I_FORMS

__all__ = ["narrated_start", "subject_of"]

#: the words before the subject's name at most ("Auch Konzernchef Max Huber")
_BEFORE_SUBJECT = 3


def subject_of(view: DocView, sent: Span) -> str | None:
    """The person or organisation (not a medium) whose name opens ``sent``, a
    title or "Auch" before it at most, and is followed by a lower-case finite
    verb: "Konzernchef Max Huber verteidigte …" -> Max Huber."""
    doc = view.doc
    for i in range(sent.start, min(sent.end - 1, sent.start + _BEFORE_SUBJECT + 1)):
        k = view.key(i)
        if k is None:
            if doc[i].is_lower and i > sent.start:
                return None  # "Dann kam …": no name opens it
            continue
        if kind_of(k) not in (Kind.PERSON, Kind.ORG) or is_media(k):
            return None
        j = i
        while j + 1 < sent.end and view.key(j + 1) == k:
            j += 1
        nxt = doc[j + 1] if j + 1 < sent.end else None
        if nxt is not None and nxt.is_lower and nxt.is_alpha:
            return k
        return None
    return None


def narrated_start(view: DocView, sent: Span) -> int | None:
    """The token the report of ``sent`` begins with: its first word, or the
    word after a colon before its first Konjunktiv I ("In seiner Rede sprach
    er über Schuld: Jeder habe getan, …"); None when a comma comes before
    that Konjunktiv ("Zwar singt er im Lied, er sei ein Wrack": a verb the
    lexicon lacks reports it, the clause before it is narration)."""
    doc = view.doc
    start = sent.start
    for i in range(sent.start + 1, sent.end):
        t = doc[i]
        if t.is_lower and t.lower_ in SUBJUNCTIVE_I_FORMS:
            return start
        if t.text == ",":
            return None
        if t.text == ":":
            start = i + 1
    return None
