"""The unnamed body a bare spokesperson speaks for, by the sentence before.

"Die Polizei hat drei Männer festgenommen. Ein Sprecher sagte, …": the
spokesperson is the police's, a body the model tagged as no entity, so the
quote's label is the body's noun ("Polizei"), not "Sprecher", and so is that of
"teilte die Behörde mit"; "Siemens hat
… . …, so ein Sprecher" is Siemens's
(:func:`kg.extract.quotes_bodies.body_labels` then resolves that noun as it
resolves any body's label).
"""

from __future__ import annotations

from kg.extract.actors import is_media
from kg.extract.quotes_continued import Found
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.body_speakers import SPOKESPERSON_NOUNS
from kg.lang.de.grammar import ARTICLES
from kg.lang.de.speech import BODY_ENDINGS

__all__ = ["spokesperson_bodies"]

#: labels that name no body of their own but the one named before: "Die
#: Polizei hat … . …, teilte die Behörde mit" is the police's report
_BODY_ANAPHORS = frozenset({"behörde"})


def spokesperson_bodies(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` with a bare spokesperson ("Sprecher") that no entity stands
    for made the organisation opening the sentence before ("Siemens hat …. …,
    so ein Sprecher"), else labelled with the body noun opening it ("Die
    Polizei hat …"), and the quotes that go on with that label right after it
    too; other quotes as they are."""
    out = []
    body: tuple[int, str] | None = None  # (sentence, noun) of the last one made
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        generic = label is not None and label.lower() in _BODY_ANAPHORS
        if (
            speaker is None
            and label is not None
            and (label.lower() in SPOKESPERSON_NOUNS or generic)
        ):
            noun = _body_subject(view, si)
            if noun is None and body is not None and si - body[0] <= 1:
                noun = body[1]  # the report goes on
            if generic and noun is not None and "/" in noun:
                noun = None  # "die Behörde" after "Siemens hat …": not the firm
            if noun is not None:
                # an organisation's key, else the body's noun as the label
                org = noun if "/" in noun else None
                f = (a, b, si, kind, org, medium, None if org else noun)
                body = (si, noun)
        out.append(f)
    return out


def _body_subject(view: DocView, si: int) -> str | None:
    """The organisation or the body noun that opens sentence ``si - 1`` as its
    subject: an organisation's key ("Siemens hat …", "Die Deutsche Bank
    meldet …"), else a body's noun no entity stands for ("Die Polizei hat …",
    "Die zuständige Staatsanwaltschaft ermittelt": an article, lower-case
    adjectives, the noun); else ``None``."""
    if si < 1:
        return None
    sent = view.sents[si - 1]
    lowers, texts = view.lowers, view.texts
    j = sent.start
    if lowers[j] in ARTICLES:
        j += 1
    while j < sent.end and texts[j].isalpha() and texts[j].islower():
        j += 1  # "die zuständige"
    if j + 1 >= sent.end:
        return None
    k = view.key(j)
    if k is not None:
        e = j
        while e < sent.end and view.key(e) == k:
            e += 1
        if kind_of(k) is not Kind.ORG or is_media(k) or e >= sent.end:
            return None
        return k if texts[e].islower() else None  # its verb right after it
    word = texts[j]
    if lowers[sent.start] not in ARTICLES or not (
        word.isalpha() and word[:1].isupper()
    ):
        return None
    if not word.lower().endswith(BODY_ENDINGS) or texts[j + 1][:1].isupper():
        return None  # "Die Polizei Xburg": a name, read in body_labels
    return word
