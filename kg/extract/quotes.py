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
from kg.extract.participants import is_media, state_of_capital
from kg.extract.records import Kind, Quote, kind_of
from kg.extract.speakers import (
    SOURCE_CUES,
    speaker_noun,
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
    INDEFINITE_ARTICLES,
    PASSIVE_AUXILIARIES,
    POSSESSIVES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from kg.lang.de.speech import (
    INTERVIEWER_LABELS,
    NOT_SPEAKER_WORDS,
    OFFICE_NOUNS,
    SAYING_NOUNS,
    REPORTED_CLAUSE_OPENERS,
    SUBJUNCTIVE_FORMS,
    SUBJUNCTIVE_I_FORMS,
    reporting_verb_readings,
    reporting_verbs,
    speech_acts,
)

__all__ = ["find_quotes", "marked_spans"]

#: opening mark -> the marks that close it
_CLOSERS = {"„": '“”"', '"': '"', "»": "«", "«": "»", "“": '”"'}
_MARKS = "\"„“”»«‚‘’' "
_OPENERS = re.compile('[„"»«“]')
_MAX_QUOTE = 2000  # characters; an unclosed mark does not swallow the article
_DEFINITE = ARTICLES | {"des"}
_REPORTING_FORMS = frozenset(reporting_verbs())
_ACT_FORMS = frozenset(speech_acts())
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
    tail: tuple[int, int] | None = None  # a direct quote after a colon


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
            s_last = _sentence_at(sents, b - 1, si)
            r = report if s_last == si else _report(view, sents[s_last], spans, last)
            if r is None and _term(text, a, b) and _introduced(view, a) is None:
                continue  # "Kundgebung "Fest für alle"": a name, not a quote
            touched = True
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
            if report.tail is not None:
                # "Man müsse …, verlangte Wolff: Es entspricht …": a second quote
                ta, tb = report.tail
                found.append((ta, tb, si, "direct", *_sm(report), report.label))
                spans.append((ta, tb))
            last, last_label = (report.speaker, report.medium, si), report.label
        elif (
            report is None
            and not touched
            and (new := _new_speaker(view, sent, spans, last)) is not None
        ):
            # "Auch die Armutskonferenz warnt vor Kürzungen. Diese würden …":
            # the next sentences go on reporting the speaker this one names
            last, last_label = (new[0], None, si), new[1]
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
    found = _stretches(text, found)
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


def _stretches(
    text: str,
    found: list[tuple[int, int, int, str, str | None, str | None, str | None]],
) -> list[tuple[int, int, int, str, str | None, str | None, str | None]]:
    """``found`` (in text order) with a direct quote that goes on in the next
    sentence by the same speaker, nothing but the full stop between, joined
    into one: one quoted stretch ("Die Deutsche Bank ist … gewesen. Das ist
    unser Kern.")."""
    out: list[tuple[int, int, int, str, str | None, str | None, str | None]] = []
    for f in found:
        if out:
            p = out[-1]
            gap = text[p[1] : f[0]]
            if (
                p[3] == f[3] == "direct"
                and (p[4], p[6]) == (f[4], f[6])
                and (p[4] is not None or p[6] is not None)
                and f[2] == p[2] + 1
                and gap.strip(" .!?…") == ""
                and "\n" not in gap
            ):
                out[-1] = (p[0], f[1], f[2], p[3], p[4], p[5], p[6])
                continue
        out.append(f)
    return out


def _term(text: str, a: int, b: int) -> bool:
    """The marked words ``a``-``b`` are a name or a term, not a quote: four
    words at most, no sentence of their own ("kleinstmöglichen gemeinsamen
    Nenner", "Fest für alle")."""
    words = text[a:b].split()
    return len(words) <= 4 and text[b - 1] not in ".!?…"


def _new_speaker(
    view: DocView, sent: Span, spans: list[tuple[int, int]], last: LastSpeaker
) -> tuple[str | None, str | None] | None:
    """(speaker, label) a sentence with a verb of saying or of verbal
    interaction but no reported clause names as its subject: the person or
    organisation right before the verb ("ÖGB-Präsident Erich Foglar warf dem
    Minister vor, …"), the noun after an article ("Auch die Armutskonferenz
    warnt in einer Aussendung vor Kürzungen"), or the name right after it
    ("Dann warnte Außenminister Sergej Lawrow vor …")."""
    doc = view.doc
    said = reporting_verbs()
    acts = speech_acts()
    verbs = [
        i
        for i in range(sent.start + 1, sent.end)
        if doc[i].is_lower
        and (doc[i].lower_ in _REPORTING_FORMS or doc[i].lower_ in _ACT_FORMS)
        # "Die Lager heißen …": a name, not a saying
        and not (doc[i].lower_ in said and said[doc[i].lower_].infinitive == "heißen")
        # "Außerdem seien die Fächer gefordert": a participle names no speaker
        and not (doc[i].lower_ in said and said[doc[i].lower_].participle)
        and not any(a.form.participle for a in acts.get(doc[i].lower_, ()))
    ]
    if not verbs:
        return None
    c = verbs[0]
    k = view.key(c - 1)
    if k and kind_of(k) in (Kind.PERSON, Kind.ORG) and not is_media(k):
        return k, None
    label = label_of(view, [c - 1])
    if label is not None and doc[c - 1].text[:1].isupper() and c - 2 >= sent.start:
        speaker, label = spokesperson(view, label)
        if doc[c - 2].lower_ in ("der", "die", "das") and (speaker or label):
            return speaker, label
    for j in (c + 1, c + 2):
        if j >= sent.end or doc[j].is_lower or doc[j].is_punct:
            break  # "warnte Lawrow", not "werfen dem Präsidenten vor"
        k = view.key(j)
        if k and kind_of(k) is Kind.PERSON:
            return k, None
    # "…, darüber wollte Pilgermaier noch nichts sagen": the person it names
    for i in range(sent.start, sent.end):
        k = view.person(i)
        if k is not None and not any(a <= doc[i].idx < b for a, b in spans):
            e = view.entities.get(k)
            if e is not None and doc[i].text in e.name:
                return k, None
    return None


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
    readings = reporting_verb_readings()
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
        after = {w.lower_ for w in doc[i + 1 : sent.end]}
        if not any(not vf.particle or vf.particle in after for vf in readings[t.lower_]):
            continue  # "teilte" without "mit", "gab" without "an" or "bedenken"
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
        r = _trailing(view, sent, cues[-1], spans, last)
        lead = _leading(view, sent, cues[0], spans, last)
        opening = (
            view.doc.char_span(lead.start, lead.end, alignment_mode="expand")
            if lead is not None
            else None
        )
        if (
            r is not None
            and lead is not None
            and r.kind == "direct"
            and lead.start > r.end
            and opening is not None
            and opening[0].lower_ in REPORTED_CLAUSE_OPENERS
        ):
            # "Was den Fall betrifft, betonte man im Büro X, dass …": the
            # dass-clause is reported, the clause before the verb only frames it
            r = lead
        r = r or lead
        if r is not None:
            return r
    return (
        _so_clause(view, sent, spans, last)
        or _attributed(view, sent, last)
        or _introduced_by_colon(view, sent, spans, last)
    )


def _so_clause(
    view: DocView, sent: Span, spans: list[tuple[int, int]], last: LastSpeaker
) -> _Report | None:
    """ "…, so der designierte FPÖ-Klubchef Dominik Nepp.", "…, so der
    Experte.", "Flüchtlinge, so Kurz im Gespräch, sollten …", "denn, so
    Mitterlehner: Es ist …": a reporting clause of "so" and its speaker, with
    no verb of saying."""
    doc = view.doc
    for t in doc[sent.start + 2 : sent.end - 1]:
        i = t.i
        if t.lower_ != "so" or not t.is_lower or doc[i - 1].text != ",":
            continue
        nxt = doc[i + 1]
        if not (
            nxt.text[:1].isupper()
            or nxt.lower_ in _DEFINITE | INDEFINITE_ARTICLES | POSSESSIVES
        ):
            continue  # ", so dass", ", so schnell wie möglich"
        end = next((x.i for x in doc[i + 1 : sent.end] if x.text in ",:;"), sent.end)
        region = [j for j in range(i + 1, end) if not doc[j].is_punct]
        if (
            len(region) > 3
            and doc[region[1]].lower_ in SAYING_NOUNS
            and doc[region[2]].lower_ in ("der", "des")
        ):
            region = region[2:]  # "so der Vorwurf der römischen Staatsanwaltschaft"
        if not region or (len(region) > 14 and not view.person(region[0])):
            continue
        speaker, medium = speaker_of(view, region, i, spans, last)
        label = None
        if speaker is None:
            speaker = org_anaphor(view, region, last)
        if speaker is None:
            speaker, label = spokesperson(view, label_of(view, region))
        if speaker is None and label is None:
            continue
        q0 = sent.start
        for w in doc[sent.start : i]:
            if w.text == ":" and w.i + 1 < i:
                q0 = w.i + 1
        a, b = _trim_in(sent, doc[q0].idx, doc[i - 1].idx)
        if end < sent.end - 1 and doc[end].text == ":":
            a, b = _trim_in(sent, doc[end + 1].idx, sent.end_char)
        elif end < sent.end and sum(x.is_alpha for x in doc[end + 1 : sent.end]) >= 2:
            b = _trim_in(sent, a, sent.end_char)[1]  # the clause goes on after it
        if b - a < 8:
            continue
        tok = doc.char_span(a, b, alignment_mode="expand")
        kind = _kind(view, tok.start, tok.end) if tok is not None else "direct"
        return _Report(a, b, speaker, medium, kind, label)
    return None


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
        return _named_at_colon(view, sent, colon)
    speaker = None
    surnames = surnames_of(view)
    for i in range(colon - 1, sent.start - 1, -1):
        if (k := view.person(i) or surname(surnames, doc[i].text)) is not None:
            speaker = k  # "Hier sieht Pilgermaier keinen Bedarf: Ich glaube …"
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


def _named_at_colon(view: DocView, sent: Span, colon: int) -> _Report | None:
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
        if not k or (
            k in view.entities
            and doc[i].text not in view.entities[k].name
            and doc[i].text[:-1] not in view.entities[k].name.split()  # "Sardanas"
        ):
            continue  # "dem Bürgermeister": a title, not the name
        if is_media(k):
            medium = medium or k
            continue
        if kind_of(k) not in (Kind.PERSON, Kind.ORG):
            return None
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
    a, b = _trim_in(sent, doc[colon + 1].idx, sent.end_char)
    base = sent.start_char
    if len(_WORD.findall(sent.text[a - base : b - base])) < 4:
        return None
    return _Report(a, b, speaker, medium, _kind(view, colon + 1, sent.end))


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
    if (
        first.lower_ in AUXILIARIES
        and view.person(k - 1) is not None
        and not any(view.person(i) for i in range(k + 1, c))
        and doc[k + 2].lower_ not in ("er", "sie")
    ):
        return None  # "Der Shopbetreiber, Rakesh Sardana, hat … geklagt": the subject
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
    tail = None
    colon = next((t.i for t in doc[c + 1 : sent.end] if t.text == ":"), None)
    if colon is not None and sum(t.is_alpha for t in doc[colon + 1 : sent.end]) >= 3:
        # "…, verlangte Wolff: Es entspricht …": a direct quote after the colon
        end = colon
        tail = _trim_in(sent, doc[colon + 1].idx, sent.end_char)
    elif (
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
        and last is not None
        and (
            doc[c + 1].lower_ == "es"
            or any(doc[i].lower_ in ("es", *PASSIVE_AUXILIARIES) for i in region)
        )
        and not any(doc[i].text[:1].isupper() and doc[i].is_alpha for i in region[:2])
    ):
        if view.sentence_of(doc[c]) - last[2] <= 2:
            # "…, hieß es", "wie weiter erklärt wurde": the one reported just before
            speaker = last[0]
    if speaker is None and label is None:
        speaker = org_anaphor(view, region, last)
    if speaker is None and label is None:
        speaker, label = spokesperson(view, label_of(view, region))
    a_tok = doc.char_span(a, b, alignment_mode="expand")
    kind = _kind(view, a_tok.start, a_tok.end) if a_tok is not None else "direct"
    if (
        tail is not None
        and kind == "direct"
        and a_tok is not None
        and not _first_person(view, a_tok)
    ):
        # "Sobotkas Wunsch, …, wies Wolff zurück: Es gibt …": the object before
        # the verb is no quote, the words after the colon are
        (a, b), tail, kind = tail, None, "direct"
    return _Report(a, b, speaker, medium, kind, label, tail)


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
    if any(t.lower_ in ("nicht", "nichts") for t in doc[c + 1 : p]):
        return None  # "Brega äußerte sich nicht dazu, ob …": nothing was said
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
    subject = (
        _subject_before(view, sent, c)
        or _from_institution(view, plain_before)
        or _office_holder(view, plain_before + after)
    )
    if subject is not None:
        speaker = subject  # "Vorstandschef John Cryan betonte im Gespräch mit der SZ …"
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


def _from_institution(view: DocView, region: list[int]) -> str | None:
    """The organisation a statement comes out of: "Aus dem
    Infrastrukturministerium von Alois Stöger (SPÖ) hieß es" -> the ministry,
    not the party of its head."""
    doc = view.doc
    inside = set(region)
    for i in sorted(region):
        if (
            doc[i].lower_ == "aus"
            and i + 2 in inside
            and doc[i + 1].lower_ in _DEFINITE
            and (k := view.key(i + 2)) is not None
            and kind_of(k) is Kind.ORG
            and not is_media(k)
        ):
            return k
    return None


def _office_holder(view: DocView, region: list[int]) -> str | None:
    """The person whose office speaks: "Netanyahus Büro teilte mit", "aus dem
    Büro von Eva Huber" (a name or its genitive before the noun, or after "von",
    "des", "der")."""
    doc = view.doc
    surnames = surnames_of(view)
    inside = set(region)
    for i in sorted(region):
        if doc[i].lower_ not in OFFICE_NOUNS:
            continue
        if i - 1 in inside:
            k = view.person(i - 1) or surname(surnames, doc[i - 1].text)
            if k is not None:
                return k
        if i + 1 in inside and doc[i + 1].lower_ in ("von", "des", "der"):
            for j in range(i + 2, min(i + 6, len(doc))):
                if j not in inside:
                    break
                if (k := view.person(j)) is not None:
                    return k
    return None


def _subject_before(view: DocView, sent: Span, c: int) -> str | None:
    """The person whose name ends right before the verb of saying ``c`` and
    opens the sentence, with capitalised words only before it (a title, "Auch"),
    no preposition ("Vorstandschef John Cryan betonte", not "Mit Putin sagte
    Lawrow")."""
    doc = view.doc
    k = view.person(c - 1) if c > sent.start else None
    if k is None:
        return None
    j = c - 1
    while j > sent.start and view.person(j - 1) == k:
        j -= 1
    before = doc[sent.start : j]
    if any(
        t.is_lower or t.lower_ in PREPOSITIONS or (t.is_punct and t.text not in "–-")
        for t in before
    ):
        return None
    return k


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
