"""A name the model missed, carried on (issue 17): where a reporting clause
names its speaker by a bare surname the model did not tag (", orakelte
Brösel."), the quote has that word as its label
(:func:`kg.extract.speaker_labels.label_of`), and nothing carried it on to the
words that go on: the quote after a colon of the same clause ("sagte Brösel
geknickt und gestand: «…»") or a marked quote opening the next sentence
(", konstatierte Brösel. «Es scheint so …»"). :func:`carried_name_labels`
gives those direct quotes the label, as a tagged person's words are carried
on. A label that is a common noun or a body's word ("Polizei", "Sprecher") is
not carried.
"""

from __future__ import annotations

from kg.extract.names import is_common_noun
from kg.extract.quotes_continued import Found
from kg.extract.records import Kind, kind_of
from kg.extract.sources import speaker_noun
from kg.extract.view import DocView
from kg.lang.de.org_kinds import is_kind_noun
from kg.lang.de.speech import BODY_ENDINGS

__all__ = ["carried_name_labels"]

_MARKS = "«»„“”\"'‚‘’‹› "


def carried_name_labels(view: DocView, text: str, found: list[Found]) -> list[Found]:
    """``found`` with a direct quote that has no speaker nor label given the
    previous quote's name label, where it follows a colon in that quote's
    sentence or opens the next sentence, and no person is named between
    (module docstring)."""
    out: list[Found] = []
    prev: Found | None = None
    for f in sorted(found, key=lambda x: (x[0], x[1])):
        a, b, si, kind, speaker, medium, label = f
        if (
            prev is not None
            and speaker is None
            and label is None
            and kind == "direct"
            and prev[4] is None
            and prev[6] is not None
            and prev[1] <= a
            and _name_label(view, prev[6])
            and _goes_on(view, text, prev, a, si)
        ):
            f = (a, b, si, kind, None, prev[5], prev[6])
        out.append(f)
        prev = f
    return out


def _name_label(view: DocView, label: str) -> bool:
    """``label`` is a single word like a surname, not a noun for a body or a
    speaker."""
    return (
        label.isalpha()
        and label.istitle()
        and not label.lower().endswith(BODY_ENDINGS)
        and not speaker_noun(label)
        and not is_kind_noun(label)
        and not is_common_noun(view.doc, label)
    )


def _goes_on(view: DocView, text: str, prev: Found, a: int, si: int) -> bool:
    """The quote at ``a`` in sentence ``si`` follows a colon of the previous
    quote's sentence, or opens the sentence after it, with no person named
    between."""
    for t in view.doc:
        k = view.key(t.i)
        if k and kind_of(k) is Kind.PERSON and prev[1] <= t.idx < a:
            return False
    if si == prev[2]:
        return text[:a].rstrip(_MARKS).endswith(":")
    if si == prev[2] + 1:
        start = view.sents[si].start_char
        return not text[start:a].strip(_MARKS)
    return False
