"""Where a reported clause ends: the narrator's words after it cut off.

A reported clause found by :mod:`kg.extract.quotes_reported` runs to the end of
its sentence; three kinds of words after it are no longer the report
(``bench/quote_gold.md``, "Boundaries"):

* an indicative clause after a colon: "Ihr Computer sei defekt: Da dämmert
  es dem Techniker" (the narrator, or the speaker's own words, a quote of
  their own), not a Konjunktiv going on ("…, es gebe zwei Gründe: Die Kosten
  seien …");
* an indicative clause after a single dash: "Laut Polizei missachtete der
  Fahrer alle Warnungen – der versteht bis heute nicht, warum" (not a
  phrase without a verb, "– etwa so viele wie die USA", nor a dash pair
  around an insertion);
* a second "so X" at the end after a first one: "Die Sammlung sei
  unersetzlich, so Huber, doch die große Sammlung wäre bei den Banken zu
  holen, so der Direktor" is two quotes, each without its "so" clause.

Used by :func:`kg.extract.quotes.find_quotes` on the quotes found.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.quotes_continued import Found
from kg.extract.view import DocView
from kg.lang.de.grammar import AUXILIARIES, FIRST_PERSON_WORDS, MODALS
from kg.lang.de.names import NAME_PARTICLES
from kg.lang.de.speech import SUBJUNCTIVE_FORMS, looks_subjunctive, reporting_verbs

__all__ = ["narrator_cut"]

#: words in "-t" that are no verbs (a clause after a colon or dash needs a verb)
_NOT_VERBS = frozenset(
    "nicht jetzt erst seit meist bereits zuletzt längst selbst sonst stets "
    "zumeist zunächst mindestens höchstens spätestens weit samt nebst acht".split()
)
#: dashes that set off the narrator's comment ("… – der versteht nicht …"; the
#: hyphen "-" also joins words and sets off English)
_DASHES = frozenset({"–", "—"})
#: sentence ends inside a span (a dateline may follow one)
_STOPS = frozenset({".", "..", "...", "…", "!", "?"})
#: lower-case words of a place's name in a dateline ("Rio de Janeiro"): the
#: particles of names, and Portuguese/Spanish articles ("Foz do Iguaçu")
_NAME_PARTICLES = NAME_PARTICLES | {"do", "los", "las"}
#: the fewest words a reported clause keeps before its cut
_KEEP_WORDS = 3
#: words of an attribution: a clause with one is the report as a whole
_ATTRIBUTIONS = frozenset(
    "laut zufolge angaben informationen demnach einschätzung darstellung".split()
)
#: words before a colon that announce what it brings ("Es gelte: …")
_ANNOUNCING = frozenset(
    "gelte gilt gelten galt vergessen lautet lautete laute lauten folgendes "
    "folgende folgt so".split()
)
#: question words opening a clause whose answer follows the colon
_QUESTION_WORDS = frozenset(
    "was worauf woran wozu wofür wie warum wer wen wem wo woher wohin".split()
)
#: words after a dash that go on with the report ("– und …", "– was …")
_GOING_ON = frozenset(
    "und oder aber doch denn sondern sowie was wo wobei womit wodurch damit "
    "weil da als wie so dass ob bis um ohne zumal obwohl während nachdem "
    "der die das den dem dessen deren".split()
)
#: the most words of a "so" clause ending a span ("so der Direktor mit einem
#: Seitenhieb auf das Abkommen")
_SO_CLAUSE = 12
#: conjunctions that open the second report after "…, so X, doch …"
_SECOND_REPORT = frozenset({"doch", "aber", "und", "denn", "sondern", "jedoch"})


def narrator_cut(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` with each indirect quote ended before the narrator's words
    after it (module docstring); a quote of two reports joined by "so X" is
    split in two."""
    out: list[Found] = []
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        if kind != "indirect":
            out.append(f)
            continue
        span = view.doc.char_span(a, b, alignment_mode="expand")
        if span is None or len(span) < 2 * _KEEP_WORDS:
            out.append(f)
            continue
        twice = _two_so_reports(span)
        if twice is not None:
            (a1, b1), (a2, b2) = twice
            out.append((a1, b1, si, kind, speaker, medium, label))
            out.append((a2, b2, si, kind, speaker, medium, label))
            continue
        cut = _cut_at(span)
        out.append((a, cut, si, kind, speaker, medium, label) if cut else f)
    return out


def _cut_at(span: Span) -> int | None:
    """The character where the report ``span`` ends before a colon or a single
    dash that opens an indicative clause, if any."""
    doc = span.doc
    attributed = any(w.lower_ in _ATTRIBUTIONS for w in span)
    for t in span:
        if t.text not in _DASHES and t.text != ":":
            continue
        before = [w for w in doc[span.start : t.i] if w.is_alpha]
        after = doc[t.i + 1 : span.end]
        if len(before) < _KEEP_WORDS or len(after) < 2:
            continue
        if _dateline(span, t.i):
            continue  # "Rio de Janeiro – Gastgeber …": a dateline
        if t.text == ":" and not _colon_ends_report(span, t.i, attributed):
            continue
        if t.text in _DASHES and not _dash_ends_report(span, t.i):
            continue
        if not any(_finite(w) for w in after):
            continue  # "– etwa so viele wie die USA": no clause of its own
        if _subjunctive(after):
            continue  # "…: Die Kosten seien zu hoch": the report goes on
        if any(w.lower_ in FIRST_PERSON_WORDS for w in after):
            continue  # "…, müsse man reden können: Wir haben gesehen …": one
            # quote turning into the speaker's own words (bench/quote_gold.md)
        end = t.i
        while end > span.start and doc[end - 1].is_punct:
            end -= 1
        return doc[end - 1].idx + len(doc[end - 1].text)
    return None


def _dateline(span: Span, i: int) -> bool:
    """The words of ``span`` before token ``i`` since its last full stop are
    capitalised and name particles only: a dateline ("Rio de Janeiro –",
    "Wien/Brüssel –")."""
    doc = span.doc
    lo = span.start
    for w in doc[span.start : i]:
        if w.text in _STOPS or w.text.endswith("."):
            lo = w.i + 1
    return not any(
        w.is_lower and w.is_alpha and w.lower_ not in _NAME_PARTICLES for w in doc[lo:i]
    )


def _colon_ends_report(span: Span, colon: int, attributed: bool) -> bool:
    """The colon ``colon`` of the report ``span`` ends it: a capitalised clause
    after it; not in a clause attributed by "laut X" / "X zufolge" (their whole
    sentence is the report: "Laut X fuhr er auf das Gaspedal: Er beschleunigte
    …"), not after a word that announces what the colon brings ("Bei der
    Übertragung gelte: …", "habe es wörtlich geheißen: …") and not in a
    question word's clause ("Worauf das Land setzen müsste: …")."""
    doc = span.doc
    if attributed or not doc[colon + 1].text[:1].isupper():
        return False  # "Folgendes: zwei Punkte", a list
    word = doc[colon - 1].lower_
    if word in _ANNOUNCING or word in reporting_verbs():
        return False
    return span[0].lower_ not in _QUESTION_WORDS


def _dash_ends_report(span: Span, dash: int) -> bool:
    """The dash ``dash`` of the report ``span`` sets off the narrator's clause:
    a single dash with spaces around it, not one of a pair around an insertion
    ("– laut X –"), and no conjunction or relative word after it that goes on
    with the report ("– und …", "– was zu … geführt haben soll")."""
    doc = span.doc
    if any(w.text in _DASHES for w in doc[span.start : span.end] if w.i != dash):
        return False
    return doc[dash + 1].lower_ not in _GOING_ON and doc[dash + 1].is_alpha


def _subjunctive(words: Span) -> bool:
    """A Konjunktiv in ``words``: a listed form, or a word in "-e" right after
    a capitalised word or a pronoun ("Er verwende …")."""
    doc = words.doc
    for w in words:
        if not w.is_lower:
            continue
        if w.lower_ in SUBJUNCTIVE_FORMS:
            return True
        if w.i > words.start and w.i + 1 < len(doc):
            prev, nxt = doc[w.i - 1], doc[w.i + 1]
            if (
                prev.text[:1].isupper() or prev.lower_ in ("er", "sie", "es", "man")
            ) and looks_subjunctive(w.lower_, prev.text, nxt.text):
                return True
    return False


def _finite(t: Token) -> bool:
    """A word that is likely a finite verb (no tagger tells): an auxiliary, a
    modal, a verb of saying, or a lower-case word in "-t", "-te", "-ten" that
    is no adverb ("versteht", "hat", "dämmert", "kamen" is missed)."""
    low = t.lower_
    if not (t.is_lower and t.is_alpha):
        return False
    return (
        low in AUXILIARIES
        or low in MODALS
        or low in reporting_verbs()
        or (
            len(low) >= 5 and low.endswith(("t", "te", "ten")) and low not in _NOT_VERBS
        )
    )


def _two_so_reports(span: Span) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "A, so X, doch B, so Y": the spans of A and of B when ``span`` ends in a
    second "so" clause of at most five words and a conjunction opens B."""
    doc = span.doc
    so = [
        t.i
        for t in span
        if t.lower_ == "so" and t.i > span.start and doc[t.i - 1].text == ","
    ]
    if len(so) != 2:
        return None
    first, second = so
    tail = doc[second : span.end]
    if len(tail) > _SO_CLAUSE or any(
        w.text == "," or w.lower_ in SUBJUNCTIVE_FORMS for w in tail
    ):
        return None  # the last "so" clause runs to the end of the span
    close = next((w.i for w in doc[first : second - 1] if w.text == ","), None)
    if close is None or close + 1 >= second - 1:
        return None
    if doc[close + 1].lower_ not in _SECOND_REPORT:
        return None
    a1 = span.start_char
    b1 = doc[first - 2].idx + len(doc[first - 2].text)
    a2 = doc[close + 1].idx
    b2 = doc[second - 2].idx + len(doc[second - 2].text)
    if sum(w.is_alpha for w in doc[close + 1 : second - 1]) < _KEEP_WORDS:
        return None
    return (a1, b1), (a2, b2)
