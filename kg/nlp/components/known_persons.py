"""Well-known persons the NER model missed or mislabelled (``persons.tsv``).

A step of :mod:`kg.nlp.components.names`, before its other rules:

- a full name of the list (two words or more, also in the genitive: "Wladimir
  Putins") is a person: where no entity covers it it becomes one; an entity of
  another label on exactly it, or entities inside it ("Wladimir| Putin"), give
  way to it ("Recep Tayyip Erdoğan" as LOC). An entity that reaches beyond the
  name keeps it ("Präsident Wladimir Putin").
- a one-word form ("Lawrow", "Selenskyj", genitive "Selenskyjs") that no entity
  covers is a person when it is distinctive; a "~" form (a German word or a
  common surname: "Kurz", "Hofer", "Schmidt") only after a full form of the
  same row earlier in the text that ends in it as written ("Sebastian Kurz …
  Kurz traf"; not "Lech Kaczyński … Kaczynski") and not opening a sentence
  ("Kurz vor der Wahl"). A first name the
  model left untagged right before it joins it ("Melania Trump").

A person's name directly after a foreign surname particle no entity covers
takes it in ("Innenminister de| Maizière", "Le| Pen", "van der| Bellen"): the
particle is part of the surname. German "von"/"zu" are prepositions too ("das
Treffen von Merkel") and stay out; so does a capitalised "Da"/"Di" ("Da Merkel
…", "Di 12.5.").

A distinctive one-word form the model labelled MISC as a whole (and the
gazetteer did not tag) is a person too ("Netanjahu" as MISC); ORG and LOC stand. No
one-word form right after an article is one ("das Blinken der Lichter").
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Span

from kg.nlp.gazetteer.persons import KnownPersons, known_persons
from kg.nlp.lexicon import NOT_ONLY_A_FIRST_NAME, Feature, word_features

__all__ = ["with_known_persons"]

_FIRST_WORD = re.compile(r"\w+")
#: an article or a preposition fused with one: a noun follows ("das Blinken")
_ARTICLES = frozenset(
    "der die das des dem den ein eine eines einem einen einer "
    "beim zum zur vom im ins am".split()
)
#: surname particles of other languages, in lower case: before a name they
#: belong to it ("de Maizière", "van Dijk", "de la Vega"); "da", "du" are
#: German words too
_FOREIGN_PARTICLES = frozenset("de del della di dos van der den la ter ten".split())
#: particles that open a surname in capitals ("Le Pen", "De Croo", "Van Aken");
#: "der"/"den"/"la" only after one of these or a lower-case particle
_CAPITAL_PARTICLES = frozenset("Le La De Del Van".split())
#: particles only ever second in a row ("van der", "de la")
_SECOND_PARTICLES = frozenset("der den la".split())
#: endings after which German writes no genitive "-s" of its own
_NO_GENITIVE_S = ("s", "ß", "x", "z")


def _genitive(form: str) -> str | None:
    """``form`` with the genitive "-s" ("Putins"), where German adds one."""
    return None if form.endswith(_NO_GENITIVE_S) else form + "s"


def _full_matches(doc: Doc, kp: KnownPersons) -> list[tuple[Span, frozenset[int]]]:
    """Full forms of the list in ``doc``, left to right, without overlaps,
    each with the rows that claim it."""
    text = doc.text
    out: list[tuple[Span, frozenset[int]]] = []
    seen_rows: set[int] = set()
    next_free = 0
    for tok in doc:
        if tok.i < next_free:
            continue
        m = _FIRST_WORD.match(tok.text)
        if not m:
            continue
        for form in kp.by_first_word.get(m.group(), ()):
            span = None
            for written in (_genitive(form), form):
                if written and text.startswith(written, tok.idx):
                    span = doc.char_span(tok.idx, tok.idx + len(written), label="PER")
                    if span is not None:
                        break
            if span is None:
                continue
            rows = kp.full[form]
            if form in kp.after_full and not rows & seen_rows:
                continue
            out.append((span, rows))
            seen_rows |= rows
            next_free = span.end
            break
    return out


#: what ends a sentence or opens a quotation before a word
_OPENERS = frozenset('. ! ? : ; „ " « » “'.split())


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a sentence or a quotation."""
    return bool(doc[i].is_sent_start) or (i > 0 and doc[i - 1].text in _OPENERS)


def _first_name_before(doc: Doc, i: int, taken: set[int]) -> bool:
    """The token before ``i`` is a first name in no entity, not opening a
    sentence ("Melania| Trump")."""
    if i == 0 or i - 1 in taken:
        return False
    prev = doc[i - 1]
    if prev.is_sent_start or not prev.text[:1].isupper():
        return False
    features = word_features(doc.vocab, prev.text)
    return Feature.FIRST_NAME in features and not features & NOT_ONLY_A_FIRST_NAME


def _surname_form(doc: Doc, i: int, kp: KnownPersons) -> str | None:
    """The one-word form of the list token ``i`` is (or its genitive), unless an
    article stands before it."""
    tok = doc[i]
    if not tok.text[:1].isupper() or (i and doc[i - 1].lower_ in _ARTICLES):
        return None
    if tok.text in kp.surnames:
        return tok.text
    form = tok.text[:-1]
    if form in kp.surnames and _genitive(form) == tok.text:
        return form
    return None


def with_known_persons(
    doc: Doc, ents: list[Span], tagged: Container[tuple[int, int]] | None = None
) -> list[Span]:
    """``ents`` with the persons of ``persons.tsv`` added or relabelled (module
    docstring); sorted by start. ``tagged``: the spans the gazetteer tagged."""
    kp = known_persons()
    full = _full_matches(doc, kp)
    out = list(ents)
    for span, _rows in full:
        over = [e for e in out if e.start < span.end and span.start < e.end]
        if any(e.start < span.start or e.end > span.end for e in over):
            continue  # inside a longer entity: the model's
        if tagged and (span.start, span.end) in tagged:
            continue  # the gazetteer's own name of a body or place
        if [(e.start, e.end, e.label_) for e in over] == [
            (span.start, span.end, "PER")
        ]:
            continue
        out = [e for e in out if e not in over] + [span]
    taken = {t for e in out for t in range(e.start, e.end)}
    # where each row was named in full, and its last word there
    named: dict[int, list[tuple[int, str]]] = {}
    for span, rows in full:
        for r in rows:
            named.setdefault(r, []).append((span.start, span[-1].text))
    for i, e in enumerate(out):
        if (
            len(e) == 1
            and e.label_ == "MISC"
            and not (tagged and (e.start, e.end) in tagged)
            and (form := _surname_form(doc, e.start, kp)) is not None
            and form not in kp.after_full
        ):
            out[i] = Span(doc, e.start, e.end, label="PER")
    for tok in doc:
        if tok.i in taken:
            continue
        form = _surname_form(doc, tok.i, kp)
        if form is None:
            continue
        if form in kp.after_full and _opens_sentence(doc, tok.i):
            continue  # "Kurz vor der Wahl": the word (the mentions layer reads
            # "Kurz sagte" after the full name)
        if form in kp.after_full and not any(
            start < tok.i and last in (form, _genitive(form))
            for r in kp.surnames[form]
            for start, last in named.get(r, ())
        ):
            continue  # "~": only as written in a full name before it
        start = tok.i - 1 if _first_name_before(doc, tok.i, taken) else tok.i
        out.append(Span(doc, start, tok.i + 1, label="PER"))
        taken.update(range(start, tok.i + 1))
    out = [_with_particles(doc, e, taken) for e in out]
    return sorted(out, key=lambda e: e.start)


def _with_particles(doc: Doc, e: Span, taken: set[int]) -> Span:
    """Person ``e`` with the surname particles no entity covers right before
    it ("de| Maizière" -> "de Maizière"); other entities as they are."""
    if e.label_ != "PER":
        return e
    start = e.start
    while start > 0 and start - 1 not in taken:
        word = doc[start - 1].text
        if word in _FOREIGN_PARTICLES or (
            word in _CAPITAL_PARTICLES and start - 1 == e.start - 1
        ):
            start -= 1
        elif word in _CAPITAL_PARTICLES and doc[start].text in _SECOND_PARTICLES:
            start -= 1  # "Van| der Bellen"
        else:
            break
    # "der", "den", "la" alone are articles ("der| Merkel"): only after a
    # particle that opens a surname
    while start < e.start and doc[start].text in _SECOND_PARTICLES:
        start += 1
    if start == e.start or (start > 0 and start - 1 in taken):
        return e  # "Pablo Hernández| de| Cos": the names join later as one
    taken.update(range(start, e.start))
    return Span(doc, start, e.end, label="PER")
