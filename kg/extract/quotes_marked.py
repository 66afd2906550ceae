"""Quotations set off by marks: words in quotation marks („…“, "…", »…«, “…”)
and the answers of an interview transcript ("STANDARD: Warum …? Saakaschwili:
Leider …"), with the few helpers that read marks (:func:`trim_marks`) and the
speaker a colon or the sentence names before a marked quote.

Used by :func:`kg.extract.quotes.find_quotes`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.coref import LastSpeaker, antecedent, surname, surnames_of
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ARTICLES,
    INDEFINITE_ARTICLES,
    POSSESSIVES,
    TITLE_JOINERS,
)
from kg.lang.de.speech import (
    INTERVIEWER_LABELS,
    MEDIA_NOUNS,
    NAMING_VERB_FORMS,
    NOT_SPEAKER_WORDS,
)

__all__ = [
    "MARKS",
    "interview_answers",
    "interview_questions",
    "introduced_speaker",
    "is_term",
    "marked_spans",
    "named_before",
    "named_term",
    "named_title",
    "one_before_colon",
    "pronoun_before_colon",
    "same_words",
    "trim_in",
    "trim_marks",
]

#: opening mark -> the marks that close it
_CLOSERS = {"„": '“”"', '"': '"', "»": "«", "«": "»", "“": '”"'}
#: quotation marks and the space, trimmed off a quote's edges
MARKS = "\"„“”»«‚‘’' "
_OPENERS = re.compile('[„"»«“]')
_MAX_QUOTE = 2000  # characters; an unclosed mark does not swallow the article
_WORD = re.compile(r"\w+")


def marked_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the words inside quotation marks in ``text`` (marks and
    surrounding spaces left out), of three words or more.

    Example
    -------
    >>> t = 'Er sagte: „Wir sehen das anders.“ Sie: "Nein".'
    >>> [t[a:b] for a, b in marked_spans(t)]
    ['Wir sehen das anders.']
    """
    out = []
    n = len(text)
    pos = 0
    for m in _OPENERS.finditer(text):
        i = m.start()
        if i < pos:
            continue  # inside the quote just closed
        closers = _CLOSERS[text[i]]
        limit = min(n, i + _MAX_QUOTE)
        j = min(
            (k for c in closers if (k := text.find(c, i + 1, limit)) >= 0),
            default=-1,
        )
        para = text.find("\n\n", i + 1, limit)
        if j < 0 or 0 <= para < j:
            continue
        a, b = i + 1, j
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if len(text[a:b].split()) >= 3:
            out.append((a, b))
        pos = j + 1
    return out


_LABEL = re.compile(r"(?:^|(?<=[.?!…:]\s))([A-ZÄÖÜ][\w-]+):\s")


def interview_questions(text: str) -> list[tuple[int, int]]:
    """The interviewer's turns of an interview transcript ("STANDARD: Einem
    Bericht zufolge … Wer hat recht? Behr: …"): from the label to the next
    label; what they report is no quote of the article."""
    labels = list(_LABEL.finditer(text))
    if not any(m.group(1) in INTERVIEWER_LABELS for m in labels):
        return []
    out = []
    for n, m in enumerate(labels):
        if m.group(1) in INTERVIEWER_LABELS:
            end = next(
                (
                    x.start()
                    for x in labels[n + 1 :]
                    if x.group(1) not in INTERVIEWER_LABELS
                ),
                len(text),
            )
            out.append((m.start(), end))
    return out if len(out) < len(labels) else []


def interview_answers(
    view: DocView, text: str
) -> list[tuple[int, int, str | None, str | None]]:
    """The answers of an interview transcript ("STANDARD: Warum …?
    Saakaschwili: Leider …"): from after the interviewee's label to the next
    label, one quote each, spoken by the person the label names (or, when the
    model did not tag them, by the label itself if it opens two answers)."""
    labels = list(_LABEL.finditer(text))
    if not any(m.group(1) in INTERVIEWER_LABELS for m in labels):
        return []
    surnames = surnames_of(view)
    doc = view.doc
    counts: dict[str, int] = {}
    for m in labels:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    out: list[tuple[int, int, str | None, str | None]] = []
    for n, m in enumerate(labels):
        name = m.group(1)
        if name in INTERVIEWER_LABELS:
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        key = (view.person(span.start) if span is not None else None) or surname(
            surnames, name
        )
        label = None
        if key is None:
            if counts[name] < 2 or name.lower() in NOT_SPEAKER_WORDS:
                continue
            label = name  # "Monedero: …" twice, a name the model missed
        end = next(
            (x.start() for x in labels[n + 1 :] if x.group(1) in INTERVIEWER_LABELS),
            len(text),
        )
        a, b = m.end(), end
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a >= 8:
            out.append((a, b, key, label))
    return out


def is_term(text: str, a: int, b: int) -> bool:
    """The marked words ``a``-``b`` are a name or a term, not a quote: four
    words at most, no sentence of their own ("kleinstmöglichen gemeinsamen
    Nenner", "Fest für alle"); or a title, whose only lower-case words join
    its capitalised ones (:data:`TITLE_JOINERS`: "Die Stunde zwischen Frau und
    Gitarre")."""
    if text[b - 1] in ".!?…":
        return False
    words = _WORD.findall(text[a:b])
    return len(text[a:b].split()) <= 4 or all(
        w[:1].isupper() or w.isdigit() or w in TITLE_JOINERS for w in words
    )


def named_title(text: str, a: int) -> bool:
    """The marks opening at ``a`` follow an article or a noun of the media
    ("der «Welt am Sonntag»", "im Magazin „Profil“"): what they hold is named,
    not said, even in a sentence that reports."""
    before = _WORD.findall(text[max(0, a - 30) : a])
    if not before:
        return False
    word = before[-1].lower()
    return word in _TITLE_ARTICLES or word in MEDIA_NOUNS


#: articles before a name in marks ("der «Welt am Sonntag»")
_TITLE_ARTICLES = ARTICLES | frozenset("des im beim vom zum zur".split())


def _colon_before(view: DocView, a: int, lo: int = 0) -> int | None:
    """The token of the colon right before the marks of the quote that opens
    at character ``a`` (not before token ``lo``), else None."""
    doc = view.doc
    span = doc.char_span(a, a + 1, alignment_mode="expand")
    if span is None:
        return None
    i = span.start - 1
    while i >= lo and doc[i].text in MARKS.strip() + "„“”»«":
        i -= 1
    return i if i > lo and doc[i].text == ":" else None


def introduced_speaker(view: DocView, a: int) -> str | None:
    """The person named right before the colon that opens the marked quote at
    character ``a`` ("Obama: „Sieg für …“", "Maas: "Wir dürfen …"")."""
    i = _colon_before(view, a)
    if i is None:
        return None
    k = view.key(i - 1)
    return k if k and kind_of(k) is Kind.PERSON else None


def one_before_colon(
    view: DocView, sent: Span, a: int, spans: list[tuple[int, int]]
) -> str | None:
    """The one person ``sent`` names before the colon that opens the marked
    quote at character ``a`` ("Auch Linken-Chefin X übte Kritik: „…“"), outside
    quotes; None if the quote follows no colon or the clause names two."""
    i = _colon_before(view, a, sent.start)
    if i is None:
        return None
    doc = view.doc
    surnames = surnames_of(view)
    found = {
        k
        for j in range(sent.start, i)
        if not any(x <= doc[j].idx < y for x, y in spans)
        and (k := view.person(j) or surname(surnames, doc[j].text))
    }
    return found.pop() if len(found) == 1 else None


#: how many words the clause of a pronoun subject has at most before the colon
#: ("Doch er blieb auch danach hart:")
_PRONOUN_CLAUSE = 7


def pronoun_before_colon(
    view: DocView,
    sent: Span,
    a: int,
    spans: list[tuple[int, int]],
    last: LastSpeaker,
) -> str | None:
    """The person "er" or "sie" refers to when a short clause with that subject
    and no verb of saying ends in the colon that opens the marked quote at
    character ``a`` ("Er blieb hart: „…“", "Doch sie gab sich gelassen: „…“",
    "Dann wurde er deutlich: „…“"): the pronoun among the first three words,
    no one named in the clause, no comma in it; "sie" not with a plural verb
    ("Sie blieben hart": they)."""
    i = _colon_before(view, a, sent.start)
    if i is None or i - sent.start > _PRONOUN_CLAUSE:
        return None
    doc = view.doc
    p = next(
        (
            j
            for j in range(sent.start, min(i, sent.start + 3))
            if doc[j].lower_ in ("er", "sie") and (doc[j].is_lower or j == sent.start)
        ),
        None,
    )
    if p is None or any(
        view.key(j)
        or doc[j].text in ",;("
        or any(x <= doc[j].idx < y for x, y in spans)
        for j in range(sent.start, i)
    ):
        return None
    verb = doc[p + 1] if p == sent.start else doc[p - 1]
    if doc[p].lower_ == "sie" and verb.is_lower and verb.lower_.endswith("n"):
        return None  # "Sie blieben hart", "Dann wurden sie deutlich"
    return antecedent(view, p, spans, last, pronoun=doc[p].lower_)


def named_before(
    view: DocView, sent: Span, a: int, spans: list[tuple[int, int]]
) -> str | None:
    """The last person ``sent`` names before character ``a``, outside quotes;
    for a quote that opens its sentence, the person the sentence before opens
    with as its subject (:func:`_subject_of_sentence_before`)."""
    doc = view.doc
    surnames = surnames_of(view)
    for i in range(sent.end - 1, sent.start - 1, -1):
        t = doc[i]
        if t.idx >= a or any(x <= t.idx < y for x, y in spans):
            continue
        k = view.person(i) or surname(surnames, t.text)
        if k:
            return k
    if any(t.is_alpha for t in doc[sent.start : sent.end] if t.idx < a):
        return None
    return _subject_of_sentence_before(view, sent, spans)


def _subject_of_sentence_before(
    view: DocView, sent: Span, spans: list[tuple[int, int]]
) -> str | None:
    """The one person the sentence before ``sent`` names, opening it as its
    subject after at most an article and a title ("Der Trainer Karl Huber ist
    zufrieden. „Das Ergebnis ist gut.“"), the sentence outside any quote."""
    doc = view.doc
    si = view.sentence_of(doc[sent.start])
    if si < 1:
        return None
    prev = view.sents[si - 1]
    if any(x < prev.end_char and prev.start_char < y for x, y in spans):
        return None
    persons = {view.person(i) for i in range(prev.start, prev.end)} - {None}
    if len(persons) != 1:
        return None
    for i in range(prev.start, min(prev.start + 4, prev.end)):
        if view.person(i) is not None:
            return view.person(i)
        if not doc[i].text[:1].isupper() and doc[i].lower_ not in ARTICLES:
            return None  # "Die Polizei nahm X fest": X is no subject
    return None


def named_term(view: DocView, text: str, sent: Span, a: int, b: int) -> bool:
    """The marked words ``a``-``b`` are no sentence but the object a verb of
    :data:`NAMING_VERB_FORMS` in ``sent`` names ("Lawrow sprach von
    „ernsthaften Fortschritten“", "X sprach von einem „Schritt in die richtige
    Richtung“", "Sie nannte es „einen Fehler“"): the narrator cites a term,
    nobody is quoted (bench/quote_gold.md: "X sprach von …" with a noun object
    only)."""
    if text[b - 1] in ".!?…":
        return False
    doc = view.doc
    span = doc.char_span(a, a + 1, alignment_mode="expand")
    if span is None:
        return False
    i = span.start - 1
    while i >= sent.start and doc[i].text in MARKS.strip() + "„“”»«":
        i -= 1
    nouns = 0
    while i >= sent.start and (
        doc[i].lower_ in _OBJECT_WORDS
        or (nouns == 0 and doc[i].text[:1].isupper() and view.key(i) is None)
    ):
        nouns += doc[i].lower_ not in _OBJECT_WORDS
        i -= 1
    if i < sent.start:
        return False
    link = doc[i].lower_
    if link not in ("von", "vom", "als"):
        return "" in NAMING_VERB_FORMS.get(link, frozenset())
    return any(
        link in NAMING_VERB_FORMS.get(doc[k].lower_, frozenset())
        for k in range(sent.start, sent.end)
    )


#: words between a naming verb or its link and a marked object ("von einem
#: „…“", "nannte es „…“", "nannte den Plan „…“")
_OBJECT_WORDS = (
    ARTICLES
    | INDEFINITE_ARTICLES
    | POSSESSIVES
    | frozenset("es ihn sie das dies diese diesen dieses solche solchen".split())
)


def same_words(text: str, a: int, b: int, c: int, d: int) -> bool:
    """The marked words ``a``-``b`` are the reported clause ``c``-``d`` but for
    marks, punctuation and at most one word."""
    if b <= c or d <= a:
        return False
    outside = text[c:a] + " " + text[b:d]
    return len(_WORD.findall(outside)) <= 1


def trim_marks(text: str, a: int, b: int) -> tuple[int, int]:
    """``a``-``b`` without quotation marks, spaces and a final full stop,
    comma or colon at its edges."""
    while a < b and text[a] in MARKS:
        a += 1
    while b > a and text[b - 1] in MARKS + ".,:;":
        b -= 1
    return a, b


def trim_in(sent: Span, a: int, b: int) -> tuple[int, int]:
    """:func:`trim_marks` inside ``sent`` (its text only: ``doc.text`` joins every
    token of the article each time it is read)."""
    base = sent.start_char
    a, b = trim_marks(sent.text, a - base, b - base)
    return a + base, b + base
