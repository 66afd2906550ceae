"""Who said what: direct quotes, reported speech and their speakers.

A quote is found three ways, all over the sentences of :class:`DocView`:

* **marked**: words in quotation marks („…“, "…", »…«, “…”) of three words or
  more, across sentences ("„Wir werden … der OSZE.“" is one quote);
* **reported**: a clause beside a verb of saying
  (:func:`kg.lang.de.speech.reporting_verbs`): after it ("Lawrow sagte, Russland
  sei …", "Der sagte laut RIA im Vorfeld, es sei …", "Wie das Ministerium
  mitteilte, …") or before it ("Es sei schwierig, …, sagte Blinken im Sender
  CNN", "„…“, hatte ein US-Regierungsvertreter … gesagt"); or after "laut X",
  "X zufolge", "nach Angaben X" opening the sentence;
* **continued**: a sentence in Konjunktiv (:data:`SUBJUNCTIVE_FORMS`) right
  after a quote goes on reporting the same speaker ("Dann werde man sehen, ob
  …"), as does a marked quote with no verb of saying of its own.

The speaker is the person the reporting clause names, "der Minister" included
when :func:`kg.extract.coref.title_references` found its one holder; "er", "Der
sagte" and an unresolved "der Minister" are the person named last outside a
quote (:func:`kg.extract.coref.antecedent`; else the last speaker);
an unnamed speaker ("ein US-Regierungsvertreter", "ein malischer Offizier")
speaks for the state or organisation the phrase names. An organisation that is
a news outlet, or one after "im Sender", "der Zeitung", "laut", is the medium
("sagte Blinken im Sender CNN"), the speaker only when nobody else is named.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.coref import antecedent, surname, surnames_of
from kg.extract.participants import is_media, state_of_capital
from kg.extract.records import Kind, Quote, kind_of
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ADJ_ENDINGS,
    ARTICLES,
    AUXILIARIES,
    FIRST_PERSON,
    FIRST_PERSON_WORDS,
    INDEFINITE_ARTICLES,
    PASSIVE_AUXILIARIES,
    POSSESSIVES,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from kg.lang.de.speech import (
    ATTRIBUTION_NOUNS,
    INTERVIEWER_LABELS,
    MEDIA_NOUNS,
    NOT_SPEAKER_WORDS,
    ORG_ANAPHORS,
    OUTLET_CUES,
    REPORT_ADVERBS,
    REPORTED_CLAUSE_OPENERS,
    SOURCE_PHRASE_WORDS,
    SPEAKER_NOUNS,
    SPOKESPERSON_ENDINGS,
    SUBJUNCTIVE_FORMS,
    SUBJUNCTIVE_I_FORMS,
    UNNAMED_SOURCE_NOUNS,
    reporting_verbs,
)
from kg.lang.de.titles import match_title

__all__ = ["find_quotes", "marked_spans", "speaker_noun"]

#: opening mark -> the marks that close it
_CLOSERS = {"„": '“”"', '"': '"', "»": "«", "«": "»", "“": '”"'}
_MARKS = "\"„“”»«‚‘’' "
_OPENERS = re.compile('[„"»«“]')
_MAX_QUOTE = 2000  # characters; an unclosed mark does not swallow the article
_DEFINITE = ARTICLES | {"des"}
_REPORTING_FORMS = frozenset(reporting_verbs())
#: the last quote's speaker, medium and sentence
_Last = tuple[str | None, str | None, int] | None
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Report:
    """A sentence's reported clause: its character span, speaker and medium."""

    start: int
    end: int
    speaker: str | None
    medium: str | None
    kind: str
    label: str | None = None


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


def find_quotes(view: DocView, *, text: str | None = None) -> list[Quote]:
    """The quotes of the article ``view`` shows, in text order.

    Parameters
    ----------
    view
        The annotated article with the entity key of every token.
    text
        ``view.doc.text`` if the caller has it already (spaCy builds it anew
        each time it is read).

    Returns
    -------
    list[Quote]
        Offsets into the text the records carry (``view.offset`` added).
    """
    doc, sents = view.doc, view.sents
    if text is None:
        text = doc.text
    marked = marked_spans(text)
    spans: list[tuple[int, int]] = []  # quotes found so far (antecedents skip them)
    found: list[tuple[int, int, int, str, str | None, str | None, str | None]] = []
    last: tuple[str | None, str | None, int] | None = None  # speaker, medium, sent
    last_label: str | None = None
    m = 0
    answers = _answers(view, text)
    for a, b, who, label in answers:
        found.append((a, b, _sentence_at(sents, a, 0), "direct", who, None, label))
        spans.append((a, b))
    for si, sent in enumerate(sents):
        if any(x - 1 <= sent.start_char < y for x, y, _, _ in answers) or any(
            sent.start_char <= x < sent.end_char for x, _, _, _ in answers
        ):
            continue  # an interview answer is one quote
        report = _report(view, sent, spans, last)
        if (
            report is not None
            and report.speaker is None
            and report.label is None
            and last is not None
            and last[2] == si - 1
            and _first_person(view, sent)
        ):
            report = None  # "Lasst uns … sagen, dass …": the quote goes on
        absorbed = False
        touched = False
        while m < len(marked) and marked[m][0] < sent.end_char:
            a, b = marked[m]
            m += 1
            touched = True
            s_last = _sentence_at(sents, b - 1, si)
            r = report if s_last == si else _report(view, sents[s_last], spans, last)
            label = None
            if r is not None and _same(text, a, b, r.start, r.end):
                speaker, medium, label = r.speaker, r.medium, r.label
                if s_last == si:
                    absorbed = True
            elif r is not None and r.start <= a and b <= r.end:
                speaker, medium = r.speaker, r.medium
            elif r is not None and s_last != si:
                speaker, medium = r.speaker, r.medium
            elif (named := _introduced(view, a)) is not None:
                speaker, medium = named, None  # "Obama: „Sieg für …“"
            elif last is not None and si - last[2] <= 2:
                speaker, medium = last[0], last[1]
            else:
                # "Premier Robert Fico fürchtet, dass Migranten „den Charakter …“"
                speaker, medium = _named_before(view, sent, a, spans), None
            found.append((a, b, si, "direct", speaker, medium, label))
            spans.append((a, b))
            last, last_label = (speaker, medium, s_last), label
        if report is not None and not absorbed:
            found.append(
                (report.start, report.end, si, report.kind, *_sm(report), report.label)
            )
            spans.append((report.start, report.end))
            last, last_label = (report.speaker, report.medium, si), report.label
        elif (
            report is None
            and not touched
            and last is not None
            and (
                (last[2] == si - 1 and _subjunctive(view, sent))
                or (si - last[2] <= 3 and _subjunctive(view, sent, first=True))
            )
        ):
            a, b = _trim(text, sent.start_char, sent.end_char)
            if b > a:
                found.append((a, b, si, "indirect", last[0], last[1], last_label))
                spans.append((a, b))
                last = (last[0], last[1], si)
        elif (
            report is None
            and not touched
            and last is not None
            and last[2] == si - 1
            and _first_person(view, sent)
        ):
            # "Ich bleibe im Amt, erklärte Marino. Die Bürger unterstützen mich."
            a, b = _trim(text, sent.start_char, sent.end_char)
            if b > a:
                found.append((a, b, si, "direct", last[0], last[1], last_label))
                spans.append((a, b))
                last = (last[0], last[1], si)
    found = _lead_ins(view, text, found)
    found.sort(key=lambda f: (f[0], f[1]))
    out = []
    for a, b, si, kind, speaker, medium, label in found:
        mentions = _mentions(view, a, b)
        out.append(
            Quote(
                kind=kind,
                text=text[a:b],
                start=a + view.offset,
                end=b + view.offset,
                sentence=si,
                speaker=speaker,
                medium=medium,
                mentions=mentions,
                speaker_label=label if speaker is None else None,
            )
        )
    return _dedupe(out)


_LABEL = re.compile(r"(?:^|(?<=[.?!…:]\s))([A-ZÄÖÜ][\w-]+):\s")


def _answers(view: DocView, text: str) -> list[tuple[int, int, str | None, str | None]]:
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


def _lead_ins(
    view: DocView,
    text: str,
    found: list[tuple[int, int, int, str, str | None, str | None, str | None]],
) -> list[tuple[int, int, int, str, str | None, str | None, str | None]]:
    """``found`` with each direct quote that opens its sentence extended back
    over the first-person sentences right before it that have no quote or verb
    of saying of their own: one quoted stretch ("Die Bürger unterstützen mich.
    Wir werden …, versicherte Marino.")."""
    sents = view.sents
    covered = {f[2] for f in found}
    out = []
    for f in found:
        si = f[2]
        if f[3] == "direct" and f[0] <= _trim(text, sents[si].start_char, f[1])[0]:
            k = si - 1
            while k >= 0 and k not in covered and si - k <= 2:
                sent = sents[k]
                if not _first_person(view, sent) or _cues(view, sent):
                    break
                a = _trim(text, sent.start_char, sent.end_char)[0]
                f = (a, *f[1:])
                covered.add(k)
                k -= 1
        out.append(f)
    return out


def _first_person(view: DocView, sent: Span) -> bool:
    """``sent`` speaks in the first person ("ich", "wir", "mich", "unsere")."""
    found = view.positions(FIRST_PERSON_WORDS)
    n = bisect_left(found, sent.start)
    return n < len(found) and found[n] < sent.end


def _introduced(view: DocView, a: int) -> str | None:
    """The person named right before the colon that opens the marked quote at
    character ``a`` ("Obama: „Sieg für …“", "Maas: "Wir dürfen …"")."""
    doc = view.doc
    span = doc.char_span(a, a + 1, alignment_mode="expand")
    if span is None:
        return None
    i = span.start - 1
    while i >= 0 and doc[i].text in _MARKS.strip() + "„“”»«":
        i -= 1
    if i < 1 or doc[i].text != ":":
        return None
    k = view.key(i - 1)
    return k if k and kind_of(k) is Kind.PERSON else None


def _named_before(
    view: DocView, sent: Span, a: int, spans: list[tuple[int, int]]
) -> str | None:
    """The last person ``sent`` names before character ``a``, outside quotes."""
    doc = view.doc
    surnames = surnames_of(view)
    for i in range(sent.end - 1, sent.start - 1, -1):
        t = doc[i]
        if t.idx >= a or any(x <= t.idx < y for x, y in spans):
            continue
        k = view.person(i) or surname(surnames, t.text)
        if k:
            return k
    return None


def _sm(r: _Report) -> tuple[str | None, str | None]:
    return r.speaker, r.medium


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    seen: set[tuple[int, int]] = set()
    out = []
    for q in quotes:
        if (q.start, q.end) not in seen:
            seen.add((q.start, q.end))
            out.append(q)
    return out


def _same(text: str, a: int, b: int, c: int, d: int) -> bool:
    """The marked words ``a``-``b`` are the reported clause ``c``-``d`` but for
    marks, punctuation and at most one word."""
    if b <= c or d <= a:
        return False
    outside = text[c:a] + " " + text[b:d]
    return len(_WORD.findall(outside)) <= 1


def _sentence_at(sents: list[Span], char: int, lo: int) -> int:
    for i in range(lo, len(sents)):
        if sents[i].start_char <= char < sents[i].end_char:
            return i
        if sents[i].start_char > char:
            return max(lo, i - 1)
    return len(sents) - 1


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """``a``-``b`` without quotation marks, spaces and a final full stop,
    comma or colon at its edges."""
    while a < b and text[a] in _MARKS:
        a += 1
    while b > a and text[b - 1] in _MARKS + ".,:;":
        b -= 1
    return a, b


def _trim_in(sent: Span, a: int, b: int) -> tuple[int, int]:
    """:func:`_trim` inside ``sent`` (its text only: ``doc.text`` joins every
    token of the article each time it is read)."""
    base = sent.start_char
    a, b = _trim(sent.text, a - base, b - base)
    return a + base, b + base


def _subjunctive(view: DocView, sent: Span, *, first: bool = False) -> bool:
    """A finite verb of ``sent`` (not its first word) is in Konjunktiv (with
    ``first``, in Konjunktiv I, which only reported speech uses), and no "ich"
    or "wir" speaks."""
    doc = view.doc
    forms = SUBJUNCTIVE_I_FORMS if first else SUBJUNCTIVE_FORMS
    if any(sent.start <= i < sent.end for i in view.positions(FIRST_PERSON)):
        return False
    return any(
        sent.start < i < sent.end and doc[i].is_lower for i in view.positions(forms)
    )


def _mentions(view: DocView, a: int, b: int) -> tuple[str, ...]:
    doc = view.doc
    out: dict[str, None] = {}
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return ()
    for t in span:
        k = view.key(t.i)
        if k:
            out[k] = None
    return tuple(out)


# --- one sentence's reported clause ---------------------------------------------------


def _cues(view: DocView, sent: Span) -> list[int]:
    """The token indices of the verbs of saying in ``sent`` (a separable
    particle present later in the sentence)."""
    verbs = reporting_verbs()
    doc = view.doc
    out = []
    for i in view.positions(_REPORTING_FORMS):
        if i < sent.start:
            continue
        if i >= sent.end:
            break
        t = doc[i]
        if not t.is_lower or t.lower_ in POSSESSIVES:  # "meinen Posten"
            continue
        vf = verbs[t.lower_]
        if vf.particle and not any(
            w.lower_ == vf.particle for w in doc[i + 1 : sent.end]
        ):
            continue
        out.append(i)
    return out


def _report(
    view: DocView,
    sent: Span,
    spans: list[tuple[int, int]],
    last: tuple[str | None, str | None, int] | None,
) -> _Report | None:
    """The reported clause of ``sent`` with its speaker and medium, if any:
    before the last verb of saying ("…, betonte Lawrow"), else after the first
    ("Lawrow sagte, …"), else after "laut X" / "X zufolge"."""
    cues = _cues(view, sent)
    if cues:
        r = _trailing(view, sent, cues[-1], spans, last) or _leading(
            view, sent, cues[0], spans, last
        )
        if r is not None:
            return r
    return _attributed(view, sent, last) or _introduced_by_colon(
        view, sent, spans, last
    )


def _introduced_by_colon(
    view: DocView, sent: Span, spans: list[tuple[int, int]], last: _Last
) -> _Report | None:
    """ "Davon ist Hans Meier überzeugt: Wir brauchen …": first-person words
    after a colon, a person (or "er"/"sie") before it, no verb of saying."""
    doc = view.doc
    colon = next((t.i for t in sent if t.text == ":"), None)
    if colon is None or colon + 3 >= sent.end:
        return None
    after = doc[colon + 1 : sent.end]
    if not _first_person(view, after):
        return None
    speaker = None
    for i in range(colon - 1, sent.start - 1, -1):
        if (k := view.person(i)) is not None:
            speaker = k
            break
        if doc[i].lower_ in ("er", "sie") and doc[i].is_lower:
            speaker = antecedent(view, i, spans, last)
            break
    if speaker is None:
        return None
    a, b = _trim_in(sent, doc[colon + 1].idx, sent.end_char)
    if b - a < 8:
        return None
    return _Report(a, b, speaker, None, "direct")


def _kind(view: DocView, a_tok: int, b_tok: int) -> str:
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


def _trailing(
    view: DocView, sent: Span, c: int, spans: list[tuple[int, int]], last: _Last
) -> _Report | None:
    """ "…, sagte X", "…, hatte X … gesagt", "…, wie X sagte", "…, heißt es in X"."""
    doc = view.doc
    verbs = reporting_verbs()
    # the comma that opens the reporting clause
    k = c - 1
    while k > sent.start and doc[k].text != ",":
        k -= 1
    if k <= sent.start or doc[k].text != ",":
        return None
    first = doc[k + 1]
    if first.i == c:
        pass  # ", sagte X"
    elif first.lower_ == "wie":
        pass  # ", wie X sagte"
    elif first.lower_ in AUXILIARIES and verbs[doc[c].lower_].participle:
        pass  # ", hatte X … gesagt"
    elif first.lower_ == "so" and c == k + 2:
        pass  # ", so X"
    else:
        return None
    if _subject_with_relative_clause(view, sent.start, k):
        return None  # "Wałęsa, der sich im Ausland aufhält, teilte mit: …"
    # "Morales verspricht keine Wunder: Ich kann …, betonte er": after the colon
    q0 = sent.start
    for w in doc[sent.start : k]:
        if w.text == ":" and w.i + 1 < k:
            q0 = w.i + 1
    a, b = _trim_in(sent, doc[q0].idx, doc[k].idx)
    if b - a < 8:
        return None
    # "Die Regierung plant, wie das Ministerium mitteilte, neue Gesetze": a
    # verb-final reporting clause inside the quote, which goes on to the end
    close = next((t.i for t in doc[c + 1 : sent.end] if t.text == ","), None)
    end = sent.end
    if (
        close is not None
        and first.i != c
        and doc[close - 1].lower_ in (doc[c].lower_, verbs[doc[c].lower_].particle)
        and sum(t.is_alpha for t in doc[close + 1 : sent.end]) >= 2
    ):
        end = close
        b = _trim_in(sent, a, sent.end_char)[1]
    region = [
        i
        for i in range(k + 1, end)
        if i != c
        and (first.lower_ not in AUXILIARIES or i != first.i)
        and (first.lower_ != "wie" or i != first.i)
    ]
    # "sagte der Minister": the person named before the quote, not in it
    speaker, medium = _speaker(view, region, q0, spans, last)
    label = _placed_institution(view, region, speaker)
    if label is not None:
        speaker, label = _key_or_label(label)
    name = _apposition(view, region)
    if name is not None and not any(view.person(i) for i in region):
        speaker, label = None, name  # "sagte der Sondergesandte, Ibrahima Fall, …"
    if (
        speaker is None
        and label is None
        and doc[c + 1].lower_ == "es"
        and last is not None
    ):
        if view.sentence_of(doc[c]) - last[2] <= 2:
            speaker = last[0]  # "…, hieß es": the one reported just before
    if speaker is None and label is None:
        speaker = _org_anaphor(view, region, last)
    if speaker is None and label is None:
        speaker, label = _spokesperson(view, _label(view, region))
    a_tok = doc.char_span(a, b, alignment_mode="expand")
    kind = _kind(view, a_tok.start, a_tok.end) if a_tok is not None else "direct"
    return _Report(a, b, speaker, medium, kind, label)


def _subject_with_relative_clause(view: DocView, start: int, k: int) -> bool:
    """Tokens ``start``-``k`` are a name and a relative clause on it ("Wałęsa,
    der sich derzeit im Ausland aufhält"): the subject of the verb after them."""
    doc = view.doc
    key = view.key(start)
    if not key:
        return False
    j = start
    while j < k and view.key(j) == key:
        j += 1
    return j + 1 < k and doc[j].text == "," and doc[j + 1].lower_ in RELATIVE_PRONOUNS


def _leading(
    view: DocView, sent: Span, c: int, spans: list[tuple[int, int]], last: _Last
) -> _Report | None:
    """ "X sagte, …", "X sagte: …", "Wie X mitteilte, …", "Der sagte laut RIA, …"."""
    doc = view.doc
    p = None
    for w in doc[c + 1 : sent.end]:
        if w.text in ",:":
            p = w.i
            break
    if p is None or p + 1 >= sent.end:
        return None
    a, b = _trim_in(sent, doc[p + 1].idx, sent.end_char)
    if b - a < 8:
        return None
    opener = doc[sent.start].lower_ == "wie"
    if not (
        opener
        or doc[p].text == ":"
        or doc[p + 1].lower_ in REPORTED_CLAUSE_OPENERS
        or _kind(view, p + 1, sent.end) == "indirect"
    ):
        return None
    before = list(range(sent.start, c))
    after = list(range(c + 1, p))
    plain_before = list(before)
    if c > sent.start and doc[c - 1].lower_ in SUBJECT_PRONOUNS:
        before = [c - 1] + before[:-1][::-1]  # "Der sagte laut RIA", "Er betonte"
        region = before[:1] + after + before[1:]
    else:
        region = after + before[::-1]
    speaker, medium = _speaker(view, region, c, spans, last)
    kind = _kind(view, p + 1, sent.end)
    label = _placed_institution(view, plain_before + after, speaker)
    if label is not None:
        speaker, label = _key_or_label(label)
    if speaker is None and label is None:
        speaker = _org_anaphor(view, plain_before + after, last)
    if speaker is None and label is None:
        speaker, label = _spokesperson(
            view, _label(view, plain_before[::-1][:3]) or _label(view, after)
        )
    return _Report(a, b, speaker, medium, kind, label)


def _placed_institution(
    view: DocView, region: list[int], speaker: str | None
) -> str | None:
    """The institution that speaks when the speaker found is only the place
    after it: "Wie das Verteidigungsministerium in Kabul mitteilte" ->
    "Verteidigungsministerium" (a capitalised word, no entity or an
    organisation's key, after "der", "die", "das", right before "in"/"aus" and
    the place)."""
    if speaker is None or kind_of(speaker) is not Kind.PLACE:
        return None
    doc = view.doc
    inside = set(region)
    for i in sorted(region):
        if (
            i + 2 < len(doc)
            and i - 1 in inside
            and doc[i - 1].lower_ in ARTICLES
            and doc[i].text[:1].isupper()
            and doc[i].is_alpha
            and (not view.key(i) or kind_of(view.key(i) or "") is Kind.ORG)
            and not speaker_noun(doc[i].text)
            and doc[i].lower_ not in MEDIA_NOUNS | NOT_SPEAKER_WORDS | ORG_ANAPHORS
            and doc[i + 1].lower_ in ("in", "aus")
            and (k := view.key(i + 2)) is not None
            and speaker in (k, state_of_capital(k, view.entities))
        ):
            return view.key(i) or doc[i].text
    return None


def _key_or_label(found: str) -> tuple[str | None, str | None]:
    """(speaker, label) of what :func:`_placed_institution` found: an entity
    key, else the word an unnamed institution is called by."""
    return (found, None) if kind_of(found) is not None else (None, found)


def _org_anaphor(view: DocView, region: list[int], last: _Last = None) -> str | None:
    """The organisation "die Organisation", "die Menschenrechtler" in ``region``
    refer to: the last speaker if an organisation quoted in the three sentences
    before, else the last one named in the sentence or the three before."""
    doc = view.doc
    for i in region:
        if (
            i > 0
            and doc[i].lower_ in ORG_ANAPHORS
            and doc[i - 1].lower_ in _DEFINITE
            and not view.key(i)
        ):
            here = view.sentence_of(doc[i])
            if (
                last is not None
                and last[0] is not None
                and kind_of(last[0]) is Kind.ORG
                and here - last[2] <= 3
            ):
                return last[0]
            lo = view.sents[max(0, here - 3)].start
            for j in range(i - 1, lo - 1, -1):
                k = view.key(j)
                if k and kind_of(k) is Kind.ORG and not is_media(k):
                    return k
    return None


def _spokesperson(view: DocView, label: str | None) -> tuple[str | None, str | None]:
    """(speaker, label) for an unnamed speaker's ``label``: a spokesperson of
    an organisation or person the article names speaks for them
    ("Kommissionssprecherin" -> the Commission, "Clinton-Sprecher" -> Clinton)."""
    if label is None:
        return None, None
    low = label.lower()
    end = next((e for e in SPOKESPERSON_ENDINGS if low.endswith(e)), None)
    if end is None or len(low) <= len(end) + 2:
        return None, label
    stem = low[: -len(end)].rstrip("-")
    stems = {stem, stem[:-1]} if stem.endswith("s") else {stem}  # "Kommissions-"
    surnames = surnames_of(view)
    for name, key in surnames.items():
        if name.lower() in stems:
            return key, None
    for key, e in view.entities.items():
        words = _WORD.findall(e.name.lower())
        if kind_of(key) is Kind.ORG and any(
            w.endswith(x) for w in words for x in stems
        ):
            return key, None
    return None, label


def _attributed(view: DocView, sent: Span, last: _Last = None) -> _Report | None:
    """A clause attributed to a source without a verb of saying, anywhere in the
    sentence: "laut X", "X zufolge", "nach Angaben X", "nach X-Angaben", "nach
    eigenen Angaben", "nach einem Bericht von X", "demnach" (the source quoted
    just before). The quote is the whole clause, the attribution inside it."""
    doc = view.doc
    if len(sent) < 4:
        return None
    cues = view.positions(_SOURCE_CUES)
    for i in cues[bisect_left(cues, sent.start) :]:
        if i >= sent.end - 2:
            break
        if i > sent.start and not doc[i].is_lower:
            continue
        found = _source_at(view, sent, i, last)
        if found is None:
            continue
        speaker, medium, label, a, b = found
        if speaker is not None and kind_of(speaker) is Kind.PLACE:
            speaker = state_of_capital(speaker, view.entities) or speaker
        a, b = _trim_in(sent, a, b)
        if b - a < 8:
            return None
        return _Report(a, b, speaker, medium, "indirect", label)
    return None


_Source = tuple[str | None, str | None, str | None, int, int]
_SOURCE_CUES = frozenset({"laut", "zufolge", "nach"}) | REPORT_ADVERBS


def _source_at(view: DocView, sent: Span, i: int, last: _Last) -> _Source | None:
    """(speaker, medium, label, start, end) when token ``i`` opens or closes an
    attribution of the clause ``sent``."""
    doc = view.doc
    w = doc[i].lower_
    a, b = _clause_start(sent), sent.end_char
    region: list[int] = []
    if w == "laut":
        region = _source_phrase(view, sent, i + 1)
        if not any(view.key(j) for j in region):
            return None  # "laut Verfassung": a document, not a speaker
    elif w == "zufolge" and i > sent.start:
        # the noun phrase before "zufolge": names, articles, adjectives; a verb
        # ends it ("… sind örtlichen Medienberichten zufolge …")
        j = i - 1
        while (
            j > sent.start
            and not doc[j - 1].is_punct
            and i - j < 8
            and _in_source(doc[j - 1])
        ):
            j -= 1
        region = list(range(j, i))
        if not any(view.key(k) for k in region):
            outlet = next(
                (
                    doc[k + 1].text
                    for k in region
                    if doc[k].lower_ in MEDIA_NOUNS
                    and k + 1 < i
                    and doc[k + 1].text[:1].isupper()
                ),
                None,
            )
            if outlet is not None:
                return None, None, outlet, a, b  # "Der Zeitung Haaretz zufolge"
            if any(doc[k].lower_ in UNNAMED_SOURCE_NOUNS for k in region):
                return None, None, None, a, b  # "Beobachtern zufolge"
            return None
    elif w == "nach":
        if (
            i + 2 < sent.end
            and doc[i + 1].text[:1].isupper()
            and doc[i + 2].lower_ in ATTRIBUTION_NOUNS
        ):
            # "Nach Zschäpes Darstellung war …"
            own = view.key(i + 1) or surname(surnames_of(view), doc[i + 1].text)
            if own is not None:
                return own, None, None, a, b
        j = i + 1
        while (
            j < min(sent.end, i + 3)
            and doc[j].is_lower
            and (doc[j].lower_ not in ATTRIBUTION_NOUNS)
        ):
            j += 1  # "nach eigenen Angaben", "nach einem Bericht"
        noun = doc[j].lower_ if j < sent.end else ""
        compound = next(
            (n for n in ATTRIBUTION_NOUNS if noun.endswith(n) and noun != n), None
        )
        if compound is not None and j == i + 1:
            # "nach Pentagon-Angaben", "nach Militärangaben"
            k = view.key(j)
            label = doc[j].text[: -len(compound)].rstrip("-")
            return (k, None, None if k else label.capitalize() or None, a, b)
        if noun not in ATTRIBUTION_NOUNS:
            return None
        if any(doc[k].lower_ == "eigenen" for k in range(i + 1, j)):
            # "die nach eigenen Angaben über Informanten verfügt": the relative clause
            if (
                i - 2 >= sent.start
                and doc[i - 1].lower_ in RELATIVE_PRONOUNS
                and (doc[i - 2].text == ",")
            ):
                end = next(
                    (t.i for t in doc[j + 1 : sent.end] if t.text == ","), sent.end
                )
                own = _key_before(view, i - 2, sent)
                return (
                    own,
                    None,
                    None,
                    doc[i - 1].idx,
                    doc[end - 1].idx + len(doc[end - 1]),
                )
            return _key_before(view, i, sent), None, None, a, b
        region = _source_phrase(view, sent, j + 1)
    elif w in REPORT_ADVERBS:
        if last is None or view.sentence_of(doc[i]) - last[2] > 3:
            return None
        return last[0], last[1], None, a, b
    else:
        return None
    keys = [k for j in region if (k := view.key(j))]
    # an organisation or person before a place ("dem afghanischen
    # Verteidigungsministerium zufolge": not Afghanistan)
    keys.sort(key=lambda k: kind_of(k) is Kind.PLACE)
    speaker = next((k for k in keys if not is_media(k)), keys[0] if keys else None)
    medium = next((k for k in keys if is_media(k)), None)
    named = _institution(view, region)
    if named is not None and (speaker is None or kind_of(speaker) is Kind.PLACE):
        return None, medium, named, a, b  # "der Syrischen Beobachtungsstelle …"
    return speaker, medium, None, a, b


def _institution(view: DocView, region: list[int]) -> str | None:
    """The name of a source the model did not tag, or tagged only by a place
    in it: from its first capitalised word to its end, when its head noun is
    no entity ("der Organisation für das Verbot chemischer Waffen", "der
    Syrischen Beobachtungsstelle für Menschenrechte")."""
    doc = view.doc
    words = [j for j in region if doc[j].is_alpha or "-" in doc[j].text]
    first = next(
        (
            j
            for j in words
            if doc[j].text[:1].isupper()
            and doc[j].lower_ not in _DEFINITE | INDEFINITE_ARTICLES
        ),
        None,
    )
    if first is None:
        return None
    j = first
    while j + 1 in region and doc[j + 1].text[:1].isupper():
        j += 1  # "Syrischen Beobachtungsstelle": the head is the last word
    if (
        view.key(j)
        or speaker_noun(doc[j].text)
        or doc[j].lower_ in MEDIA_NOUNS | UNNAMED_SOURCE_NOUNS | ATTRIBUTION_NOUNS
    ):
        return None  # "früheren Ankündigungen aus serbischen Regierungskreisen"
    end = region[-1]
    while end > first and (doc[end].is_punct or doc[end].lower_ in SOURCE_PHRASE_WORDS):
        end -= 1
    # the adjectives before the head in the nominative ("der Syrischen
    # Beobachtungsstelle" -> "Syrische Beobachtungsstelle")
    named = "".join(
        (t.text[:-1] if t.i < j and t.text.endswith("en") and len(t) > 4 else t.text)
        + t.whitespace_
        for t in doc[first : end + 1]
    )
    return named.strip()


def _in_source(t: Token) -> bool:
    """``t`` may stand in the noun phrase of a source: a capitalised word, an
    article or "für", "aus", or an adjective ("örtlichen"), not a verb."""
    if not t.is_lower or t.lower_ in SOURCE_PHRASE_WORDS | INDEFINITE_ARTICLES:
        return True
    return t.lower_ not in AUXILIARIES | PASSIVE_AUXILIARIES and t.lower_.endswith(
        ADJ_ENDINGS
    )


def _source_phrase(view: DocView, sent: Span, j: int) -> list[int]:
    """The tokens of a source from ``j``: capitalised words, articles and "für",
    "aus" between them ("der Beobachtungsstelle für Menschenrechte"); an
    indefinite article after its first word starts the clause ("… ein
    Kommandant")."""
    doc = view.doc
    start = j
    while j < sent.end - 1 and (
        not doc[j].is_lower
        or doc[j].lower_ in SOURCE_PHRASE_WORDS
        or (
            doc[j + 1].text[:1].isupper()
            and doc[j].is_alpha
            and (j == start or doc[j].lower_ not in INDEFINITE_ARTICLES)
            and (doc[j].lower_ in ARTICLES or _in_source(doc[j]))  # not "will"
        )
    ):
        if doc[j].is_punct:
            break
        j += 1
    return list(range(start, j))


def _key_before(view: DocView, i: int, sent: Span) -> str | None:
    """The last entity ``sent`` names before token ``i`` ("Beate Zschäpe ist nach
    eigenen Angaben …")."""
    for k in range(i - 1, sent.start - 1, -1):
        if (key := view.key(k)) is not None:
            return key
    return None


def _clause_start(sent: Span) -> int:
    """The first character of ``sent`` after a dateline ("Damaskus – Bei …")."""
    for t in sent[:6]:
        if t.text in ("–", "-") and t.i > sent.start:
            if all(not x.is_lower for x in sent[: t.i - sent.start]):
                return sent.doc[t.i + 1].idx if t.i + 1 < sent.end else sent.start_char
    return sent.start_char


# --- the speaker --------------------------------------------------------------------


def _speaker(
    view: DocView,
    region: list[int],
    before: int,
    spans: list[tuple[int, int]],
    last: tuple[str | None, str | None, int] | None,
) -> tuple[str | None, str | None]:
    """(speaker, medium) named by the tokens ``region`` of a reporting clause,
    nearest the verb of saying first; "er", "der Minister" are the person named
    before token ``before`` (:func:`antecedent`)."""
    doc = view.doc
    media: list[str] = []
    surnames = surnames_of(view)
    speaker: str | None = None
    found = False
    # a name close to the verb wins over a title or an organisation before it
    # ("sagte UN-Hochkommissar Said Raad al-Hussein", "sagte BKA-Chef Holger Münch")
    for i in region[:8]:
        k = view.key(i)
        if k and (is_media(k) or _after_media_cue(view, i)):
            break
        if k and kind_of(k) is Kind.PERSON:
            speaker, found = k, True
            break
        if not k and surname(surnames, doc[i].text) and _mid_sentence(view, i):
            speaker, found = surname(surnames, doc[i].text), True
            break
    for n, i in enumerate(region):
        k = view.key(i)
        if k and (is_media(k) or _after_media_cue(view, i)):
            if k not in media:
                media.append(k)
            continue
        if found:
            continue
        w = doc[i]
        if k and kind_of(k) is Kind.PERSON:
            speaker, found = k, True
        elif not k and surname(surnames, w.text) and _mid_sentence(view, i):
            speaker, found = surname(surnames, w.text), True
        elif (
            n == 0
            and w.lower_ in SUBJECT_PRONOUNS
            and (
                i + 1 >= len(doc)
                or not doc[i + 1].text[:1].isupper()
                or w.lower_ in ("er", "sie")
            )
        ):
            speaker, found = antecedent(view, before, spans, last), True
        elif w.lower_ in _DEFINITE | INDEFINITE_ARTICLES and _speaker_noun_after(
            doc, i
        ):
            ahead = _named_ahead(view, i, region, surnames)
            if w.lower_ in INDEFINITE_ARTICLES:
                speaker = (
                    ahead if ahead and kind_of(ahead) is not Kind.PERSON else ahead
                )
            elif ahead and kind_of(ahead) is Kind.PERSON:
                speaker = ahead  # "der Minderheitsführer im Senat, Harry Reid"
            else:
                speaker = antecedent(view, before, spans, last)
            found = True
        elif k and (kind_of(k) is Kind.ORG or _is_state(view, k)):
            if kind_of(k) is Kind.PLACE:
                k = state_of_capital(k, view.entities) or k
            speaker, found = k, True
    medium = media[0] if media else None
    if not found and media:
        speaker = media[0]
    return speaker, medium


def _label(view: DocView, region: list[int]) -> str | None:
    """The noun an unnamed speaker is called by, when no entity is named: a
    capitalised word next to the verb of saying, after an article and its
    adjectives ("Die Kriminalpolizei sagte" -> "Kriminalpolizei", "erklärte eine
    Kommissionssprecherin"); after a word for an outlet, the outlet's name ("der
    Zeitung Haaretz")."""
    doc = view.doc
    if not region:
        return None
    i = region[0]
    if (
        i + 1 < len(doc)
        and doc[i].lower_ in _DEFINITE | INDEFINITE_ARTICLES | POSSESSIVES
    ):
        i += 1
        while i < len(doc) and doc[i].is_lower and doc[i].is_alpha:
            i += 1  # adjectives
    elif (
        i > 0
        and doc[i].text[:1].isupper()
        and doc[i - 1].lower_ in _DEFINITE | INDEFINITE_ARTICLES
    ):
        pass  # "Die Kriminalpolizei sagte": the noun before the verb
    elif doc[i].text[:1].isupper() and (
        i + 1 >= len(doc)
        or doc[i + 1].is_punct
        or doc[i + 1].lower_ in reporting_verbs()
    ):
        pass  # a bare name by the verb: ", kritisierte Rose.", "Fall kündigte an"
    else:
        return None
    if i >= len(doc) or view.key(i):
        return None
    w = doc[i]
    if w.lower_ in MEDIA_NOUNS and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        w = doc[i + 1]
    if (
        not w.text.replace("-", "").isalpha()
        or not w.text[:1].isupper()
        or w.lower_ in NOT_SPEAKER_WORDS
    ):
        return None
    j = w.i + 1
    if (
        w.lower_.endswith(SPOKESPERSON_ENDINGS)
        and j + 1 < len(doc)
        and doc[j].lower_ in ("des", "der")
        and doc[j + 1].text[:1].isupper()
        and doc[j + 1].is_alpha
        and not view.key(j + 1)
    ):
        # "ein Sprecher des Gesundheitsministeriums" -> "Gesundheitsministerium"
        head = doc[j + 1].text
        return head[:-1] if doc[j].lower_ == "des" and head.endswith("s") else head
    if speaker_noun(w.text) and j + 1 < len(doc) and not view.key(j):
        # "erklärte sein Vorsitzender Romani Rose": a name the model missed
        x, y = doc[j], doc[j + 1]
        if (
            x.is_alpha
            and y.is_alpha
            and x.is_title
            and y.is_title
            and not speaker_noun(x.text)
            and x.lower_ not in NOT_SPEAKER_WORDS
            and y.lower_ not in NOT_SPEAKER_WORDS
            and (j + 2 >= len(doc) or not doc[j + 2].is_title)
        ):
            return f"{x.text} {y.text}"
    return w.text


def _apposition(view: DocView, region: list[int]) -> str | None:
    """A name the NER model missed, in apposition to a title that opens the
    reporting clause: "der AU-Sondergesandte für Burundi, Ibrahima Fall, am
    Sonntag" -> "Ibrahima Fall" (two capitalised words between commas)."""
    doc = view.doc
    if len(region) < 3 or doc[region[0]].lower_ not in _DEFINITE:
        return None
    if not _speaker_noun_after(doc, region[0]):
        return None
    inside = set(region)
    for j in region[:10]:
        if doc[j].text != ",":
            continue
        a, b = j + 1, j + 2
        if b not in inside or view.key(a) or view.key(b):
            continue
        x, y = doc[a], doc[b]
        if not (x.is_alpha and y.is_alpha and x.is_title and y.is_title):
            continue
        if b + 1 < len(doc) and not doc[b + 1].is_punct:
            continue
        if x.lower_ in NOT_SPEAKER_WORDS or speaker_noun(x.text):
            continue
        return f"{x.text} {y.text}"
    return None


def _named_ahead(
    view: DocView, i: int, region: list[int], surnames: dict[str, str]
) -> str | None:
    """The person, state or organisation named in the six tokens after ``i``
    ("ein US-Regierungsvertreter", "der Chef der Gruppe X", "…, Harry Reid")."""
    doc = view.doc
    inside = set(region)
    for j in range(i + 1, min(i + 8, len(doc))):
        if j not in inside:
            break
        k = view.key(j)
        if k and not is_media(k):
            if kind_of(k) is Kind.PLACE:
                if not _is_state(view, k):
                    continue
                k = state_of_capital(k, view.entities) or k
            return k
        if doc[j].text in surnames:
            return surnames[doc[j].text]
    return None


def _mid_sentence(view: DocView, i: int) -> bool:
    return i != view.sents[view.sentence_of(view.doc[i])].start


def _is_state(view: DocView, key: str) -> bool:
    e = view.entities.get(key)
    if e is None or kind_of(key) is not Kind.PLACE:
        return False
    return e.place_kind == "country" or state_of_capital(key, view.entities) not in (
        None,
        key,
    )


def _after_media_cue(view: DocView, i: int) -> bool:
    """Token ``i`` follows "im Sender", "der Zeitung", "laut", "gegenüber" …"""
    doc = view.doc
    k = view.key(i)
    j = i
    while j > 0 and view.key(j - 1) == k:
        j -= 1
    prev = doc[j - 1].lower_ if j > 0 else ""
    return prev in MEDIA_NOUNS or prev in OUTLET_CUES


def _speaker_noun_after(doc: Doc, i: int) -> bool:
    """A word for a speaker follows the article at ``i`` ("der Minister", "ein
    malischer Offizier", "das Stadtoberhaupt")."""
    for x in doc[i + 1 : i + 4]:
        if speaker_noun(x.text):
            return True
        if not x.is_lower:
            return False
    return False


def speaker_noun(word: str) -> bool:
    """``word`` names a person by what they are ("Minister", "Sprecherin",
    "US-Regierungsvertreter", "72-Jährige", a title of ``roles.tsv``)."""
    if word[:1].isdigit() and "-" in word:
        word = word.split("-", 1)[1]  # "der 72-Jährige"
    if not word[:1].isupper():
        return False
    low = word.lower()
    if any(
        low == n or (low.endswith(n) and len(low) > len(n) + 2) for n in SPEAKER_NOUNS
    ):
        return True
    return match_title(word) is not None
