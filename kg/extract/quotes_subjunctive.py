"""A Konjunktiv I the list of forms lacks, read from where it stands (issue 17).

"…, das Angebot spiegle den Wert nicht wider", "…, man wechsle den Anbieter",
"…, der Vorschlag für tagesaktuelle Kontingente gefährde die Einigung": a word
in "-e" right after the subject of the clause after a verb of saying is its
finite verb, and a third person's verb ends in "-e" only in Konjunktiv I
(:func:`kg.lang.de.speech.looks_subjunctive`). Used by
:mod:`kg.extract.quotes_reported` for the clause after "X sagte,".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.view import DocView
from kg.lang.de.grammar import PREPOSITIONS
from kg.lang.de.speech import looks_subjunctive

__all__ = ["subjunctive_second"]

#: pronoun subjects before a Konjunktiv I in second position ("…, man wechsle …")
_SUBJECT_PRONOUNS_3 = frozenset({"man", "er", "es", "sie"})
#: words after a noun that open an attribute of it: a preposition or a genitive
#: article ("der Vorschlag für neue Regeln", "die Lage der Bauern")
_ATTRIBUTE_OPENERS = PREPOSITIONS | {"des", "der"}
#: how many attributes of the subject are read over at most
_ATTRIBUTES = 2
#: the tokens of the subject with its attributes at most
_SUBJECT_WORDS = 20
_MARKS = frozenset('"“”„»«‚‘')


def subjunctive_second(view: DocView, a: int, b: int) -> bool:
    """The clause ``doc[a:b]`` after a verb of saying and its comma has, right
    after its subject (a noun or name, or "man", "er", "es", "sie"), a word in
    "-e" that reads as a Konjunktiv I the list of forms lacks ("…, das Angebot
    spiegle den Wert nicht wider", "…, man wechsle den Anbieter"). The subject
    may have up to two attributes after its noun, a prepositional phrase or a
    genitive ("…, der Vorschlag von Y für neue Regeln gefährde die Einigung",
    "…, die Lage der Bauern verschlechtere sich"): their adjectives are read
    over, the word after their noun is the verb."""
    doc = view.doc
    end = min(b - 1, a + _SUBJECT_WORDS)
    attributes = 0
    j = a + 1
    while j < end:
        w = doc[j]
        if _skipped(w) or not (w.is_lower and w.is_alpha):
            j += 1
            continue
        prev = next(
            (doc[k] for k in range(j - 1, a - 1, -1) if not _skipped(doc[k])),
            doc[a],
        )
        if not (
            (prev.text[:1].isupper() and prev.is_alpha)
            or prev.lower_ in _SUBJECT_PRONOUNS_3
        ):
            return False  # "die neue Regel": an adjective, no verb yet
        if (
            w.lower_ in _ATTRIBUTE_OPENERS
            and attributes < _ATTRIBUTES
            and prev.text[:1].isupper()
            and j > a + 1
        ):
            # "der Vorschlag für neue Regeln": over the attribute to its noun
            k = j + 1
            while k < end and (doc[k].is_lower or _skipped(doc[k])):
                k += 1
            if k >= end or not doc[k].text[:1].isupper():
                return False
            attributes += 1
            j = k
            continue
        # right after the subject a word in "-e" is no adjective before a noun
        # ("die Bank sammle Kapital ein"): what follows it does not matter
        return doc[j + 1].lower_ not in ("ich", "wir", "du", "ihr") and (
            looks_subjunctive(w.lower_, prev.text, "")
        )
    return False


def _skipped(t: Token) -> bool:
    """A quotation mark or a space of its own ("der\xa0Vorschlag"): no word."""
    return t.text in _MARKS or t.is_space
