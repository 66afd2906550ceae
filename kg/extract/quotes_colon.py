"""Words after a colon that a person before it speaks, and the kind of a clause.

"Davon ist Hans Meier überzeugt: Wir brauchen …", "Auch Thomas Habermann,
Geschäftsführer von Häusle, spricht Klartext: Hier wurden …", "Merkel: Über
Antrag kann nicht …" (no verb of saying); :class:`Report`, the reported clause
of a sentence, and :func:`clause_kind` (direct or indirect). Used by
:mod:`kg.extract.quotes_reported`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from kg.extract.actors import is_media
from kg.extract.coref import antecedent, surname, surnames_of
from kg.extract.quotes_cues import first_person
from kg.extract.quotes_marked import trim_in
from kg.extract.records import Kind, kind_of
from kg.extract.sources import speaker_noun
from kg.extract.speakers import LastSpeaker
from kg.extract.view import DocView
from kg.lang.de.speech import (
    COLON_SPEAKER_LINKS,
    REPORTED_CLAUSE_OPENERS,
    SUBJUNCTIVE_FORMS,
)

__all__ = ["Report", "clause_kind", "introduced_by_colon"]

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Report:
    """A sentence's reported clause: its character span, speaker and medium."""

    start: int
    end: int
    speaker: str | None
    medium: str | None
    kind: str
    label: str | None = None
    tail: tuple[int, int] | None = None  # a direct quote after a colon
    # the speaker, medium and label of the tail when a second reporting clause
    # before the colon names another ("…, sagte X, und Y ergänzte: …")
    tail_by: tuple[str | None, str | None, str | None] | None = None


def introduced_by_colon(
    view: DocView, sent: Span, spans: list[tuple[int, int]], last: LastSpeaker
) -> Report | None:
    """ "Davon ist Hans Meier überzeugt: Wir brauchen …": first-person words
    after a colon, a person (or "er"/"sie") before it, no verb of saying."""
    doc = view.doc
    colon = next((t.i for t in sent if t.text == ":"), None)
    if colon is None or colon + 3 >= sent.end:
        return None
    after = doc[colon + 1 : sent.end]
    if not first_person(view, after):
        return _named_at_colon(view, sent, colon, spans, last) or _subject_at_colon(
            view, sent, colon
        )
    speaker = None
    surnames = surnames_of(view)
    for i in range(colon - 1, sent.start - 1, -1):
        if (k := view.person(i) or surname(surnames, doc[i].text)) is not None:
            speaker = k  # "Hier sieht Pilgermaier keinen Bedarf: Ich glaube …"
            break
        if doc[i].lower_ in ("er", "sie") and (doc[i].is_lower or i == sent.start):
            # "Er blieb hart: Wir werden …": the subject opening the sentence
            speaker = antecedent(view, i, spans, last, pronoun=doc[i].lower_)
            break
    if speaker is None:
        return None
    a, b = trim_in(sent, doc[colon + 1].idx, sent.end_char)
    if b - a < 8:
        return None
    return Report(a, b, speaker, None, "direct")


def _subject_at_colon(view: DocView, sent: Span, colon: int) -> Report | None:
    """ "Auch Thomas Habermann, Geschäftsführer von Häusle, spricht Klartext:
    Hier wurden …": the person opening the sentence (a name in apposition
    between commas allowed), its verb and at most two words before the colon,
    a clause after it."""
    doc = view.doc
    i = sent.start
    while i < colon and i - sent.start < 2 and not view.person(i):
        if doc[i].is_lower or doc[i].is_punct:
            return None
        i += 1  # "Auch", a title
    k = view.person(i)
    if k is None:
        return None
    while i + 1 < colon and view.person(i + 1) == k:
        i += 1
    i += 1
    if i < colon and doc[i].text == ",":
        close = next((t.i for t in doc[i + 1 : colon] if t.text == ","), None)
        if close is None or close - i > 8:
            return None
        i = close + 1  # ", Geschäftsführer von Häusle,"
    if not (i < colon and doc[i].is_lower and doc[i].is_alpha) or colon - i > 3:
        return None
    rest = doc[colon + 1 : sent.end]
    lower = [
        t for t in rest if t.is_lower and t.is_alpha and t.lower_ not in ("und", "oder")
    ]
    if not rest or not rest[0].text[:1].isupper() or len(lower) < 3:
        return None  # "nannte drei Punkte: Sicherheit, Migration und Handel"
    a, b = trim_in(sent, rest[0].idx, sent.end_char)
    return Report(a, b, k, None, clause_kind(view, colon + 1, sent.end))


def _named_at_colon(
    view: DocView,
    sent: Span,
    colon: int,
    spans: list[tuple[int, int]],
    last: LastSpeaker,
) -> Report | None:
    """ "Ähnlich sieht das der Geschäftsführer des Vereins, Christoph Koss:
    Jüngste Einzelfälle … dürfen …", "Die Reaktion der Flughafen Wien AG: Man
    weise … zurück", "Merkel: Über Antrag kann nicht …": a person or an
    organisation named in the three words before the colon (the first of "A
    und B"; an outlet after them is the medium) speaks the sentence after it."""
    doc = view.doc
    if colon + 4 >= sent.end or not doc[colon + 1].text[:1].isupper():
        return None
    speaker = medium = None
    for i in range(colon - 1, max(sent.start, colon - 4) - 1, -1):
        if doc[i].is_punct:
            break
        k = view.key(i) or surname(surnames_of(view), doc[i].text)
        elliptic = (
            i + 1 == colon
            and i - 1 >= sent.start
            and doc[i - 1].lower_ in ("der", "die")
            and i - 1 - sent.start <= 1
            and (k is None or kind_of(k) is Kind.PERSON)
            and (k is not None or speaker_noun(doc[i].text))
        )  # "Dazu der Kommissar: Das Risiko …": the holder the title refers to
        if elliptic and k is None:
            k = antecedent(view, i - 1, spans, last, title=doc[i].text)
        if not k or (
            k in view.entities
            and doc[i].text not in view.entities[k].name
            and doc[i].text[:-1] not in view.entities[k].name.split()  # "Sardanas"
            and not elliptic
        ):
            continue  # "dem Bürgermeister": a title, not the name
        if is_media(k):
            medium = medium or k
            continue
        if kind_of(k) not in (Kind.PERSON, Kind.ORG):
            return None
        if _narrated_to_colon(view, i + 1, colon, k, medium):
            return None  # "Holmes wurde 165 Mal angeklagt: …"
        j = i
        while j > sent.start and view.key(j - 1) == k:
            j -= 1
        if j - 1 > sent.start and speaker_noun(doc[j - 1].text):
            j -= 1  # "und Sozialsprecherin Judith Schwentner"
        if j - 2 >= sent.start and doc[j - 1].lower_ == "und":
            first = view.key(j - 2)  # "Birgit Schatz und Judith Schwentner:"
            if first and kind_of(first) is kind_of(k):
                k = first
        speaker = k
        break
    if speaker is None:
        return None
    a, b = trim_in(sent, doc[colon + 1].idx, sent.end_char)
    base = sent.start_char
    if len(_WORD.findall(sent.text[a - base : b - base])) < 4:
        return None
    return Report(a, b, speaker, medium, clause_kind(view, colon + 1, sent.end))


def _narrated_to_colon(
    view: DocView, lo: int, colon: int, speaker: str, medium: str | None
) -> bool:
    """The words ``lo`` to the colon after the name of ``speaker`` go on with
    the narrator's clause about them: a number or a lower-case word other than
    :data:`COLON_SPEAKER_LINKS` ("gelang Iñárritu dann nicht: …", "Regisseur Jay
    Roach ein Stück Zeitgeschichte: …"), not the rest of a name or an outlet
    ("Die Reaktion der Flughafen Wien AG: …", "Mitterlehner am Donnerstag: …")."""
    doc = view.doc
    return any(
        view.key(i) not in {speaker, medium} - {None}
        and (
            doc[i].like_num
            or (doc[i].is_lower and doc[i].lower_ not in COLON_SPEAKER_LINKS)
        )
        for i in range(lo, colon)
    )


def clause_kind(view: DocView, a_tok: int, b_tok: int) -> str:
    doc = view.doc
    words = [t for t in doc[a_tok:b_tok]]
    if words and words[0].lower_ in REPORTED_CLAUSE_OPENERS:
        return "indirect"
    if any(
        t.lower_ in SUBJUNCTIVE_FORMS
        and t.is_lower
        and (t.i == 0 or doc[t.i - 1].lower_ != "ich")  # "ich bleibe": indicative
        for t in words
    ):
        return "indirect"
    return "direct"
