"""Who said what: direct quotes, reported speech and their speakers (who speaks is
read by :mod:`kg.extract.speakers`).

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

from spacy.tokens import Span

from kg.extract.coref import antecedent, surname, surnames_of
from kg.extract.participants import state_of_capital
from kg.extract.records import Kind, Quote, kind_of
from kg.extract.speakers import (
    SOURCE_CUES,
    LastSpeaker,
    apposition,
    key_or_label,
    label_of,
    org_anaphor,
    placed_institution,
    source_at,
    speaker_of,
    spokesperson,
)
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ARTICLES,
    AUXILIARIES,
    FIRST_PERSON,
    FIRST_PERSON_WORDS,
    POSSESSIVES,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from kg.lang.de.speech import (
    INTERVIEWER_LABELS,
    NOT_SPEAKER_WORDS,
    REPORTED_CLAUSE_OPENERS,
    SUBJUNCTIVE_FORMS,
    SUBJUNCTIVE_I_FORMS,
    reporting_verbs,
)

__all__ = ["find_quotes", "marked_spans"]

#: opening mark -> the marks that close it
_CLOSERS = {"„": '“”"', '"': '"', "»": "«", "«": "»", "“": '”"'}
_MARKS = "\"„“”»«‚‘’' "
_OPENERS = re.compile('[„"»«“]')
_MAX_QUOTE = 2000  # characters; an unclosed mark does not swallow the article
_DEFINITE = ARTICLES | {"des"}
_REPORTING_FORMS = frozenset(reporting_verbs())
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
    last: LastSpeaker = None  # speaker, medium, sent
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
    last: LastSpeaker,
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
    view: DocView, sent: Span, spans: list[tuple[int, int]], last: LastSpeaker
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
    view: DocView, sent: Span, c: int, spans: list[tuple[int, int]], last: LastSpeaker
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
    speaker, medium = speaker_of(view, region, q0, spans, last)
    label = placed_institution(view, region, speaker)
    if label is not None:
        speaker, label = key_or_label(label)
    name = apposition(view, region)
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
        speaker = org_anaphor(view, region, last)
    if speaker is None and label is None:
        speaker, label = spokesperson(view, label_of(view, region))
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
    view: DocView, sent: Span, c: int, spans: list[tuple[int, int]], last: LastSpeaker
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
    speaker, medium = speaker_of(view, region, c, spans, last)
    kind = _kind(view, p + 1, sent.end)
    label = placed_institution(view, plain_before + after, speaker)
    if label is not None:
        speaker, label = key_or_label(label)
    if speaker is None and label is None:
        speaker = org_anaphor(view, plain_before + after, last)
    if speaker is None and label is None:
        speaker, label = spokesperson(
            view, label_of(view, plain_before[::-1][:3]) or label_of(view, after)
        )
    return _Report(a, b, speaker, medium, kind, label)


def _attributed(view: DocView, sent: Span, last: LastSpeaker = None) -> _Report | None:
    """A clause attributed to a source without a verb of saying, anywhere in the
    sentence: "laut X", "X zufolge", "nach Angaben X", "nach X-Angaben", "nach
    eigenen Angaben", "nach einem Bericht von X", "demnach" (the source quoted
    just before). The quote is the whole clause, the attribution inside it."""
    doc = view.doc
    if len(sent) < 4:
        return None
    cues = view.positions(SOURCE_CUES)
    for i in cues[bisect_left(cues, sent.start) :]:
        if i >= sent.end - 2:
            break
        if i > sent.start and not doc[i].is_lower:
            continue
        found = source_at(view, sent, i, last)
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
