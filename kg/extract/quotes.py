"""Who said what: direct quotes, reported speech and their speakers (who speaks is
read by :mod:`kg.extract.speakers`).

A quote is found three ways, all over the sentences of :class:`DocView`, each
in a module of its own (this one strings them together):

* **marked** (:mod:`kg.extract.quotes_marked`): words in quotation marks
  („…“, "…", »…«, “…”) of three words or more, across sentences ("„Wir werden
  … der OSZE.“" is one quote), and the answers of an interview;
* **reported** (:mod:`kg.extract.quotes_reported`): a clause beside a verb of
  saying (:func:`kg.lang.de.speech.reporting_verbs`): after it ("Lawrow sagte,
  Russland sei …", "Der sagte laut RIA im Vorfeld, es sei …", "Wie das
  Ministerium mitteilte, …") or before it ("Es sei schwierig, …, sagte Blinken
  im Sender CNN", "„…“, hatte ein US-Regierungsvertreter … gesagt"); or after
  "laut X", "X zufolge", "nach Angaben X" opening the sentence;
* **continued** (:mod:`kg.extract.quotes_continued`): a sentence in Konjunktiv
  (:data:`SUBJUNCTIVE_FORMS`) right after a quote goes on reporting the same
  speaker ("Dann werde man sehen, ob …"), as does a marked quote with no verb
  of saying of its own.

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
from dataclasses import replace

from spacy.tokens import Span

from kg.extract.actors import is_media
from kg.extract.focus import dateline_end
from kg.extract.land_officials import land_officials
from kg.extract.quotes_bodies import body_labels
from kg.extract.quotes_bounds import before_colon
from kg.extract.quotes_colon import Report
from kg.extract.quotes_continued import (
    Found,
    colon_continued,
    continued_from,
    lead_ins,
    named_source,
    new_speaker,
    reported_before,
    settle_labels,
    spoken_before,
    spoken_on,
    stretches,
    subjunctive,
)
from kg.extract.quotes_cuts import narrator_cut
from kg.extract.quotes_fragments import fronted_clause
from kg.extract.quotes_headlines import glued_heading, without_headlines
from kg.extract.quotes_marked import (
    interview_answers,
    interview_questions,
    introduced_speaker,
    is_term,
    marked_spans,
    named_before,
    named_term,
    named_title,
    one_before_colon,
    pronoun_before_colon,
    same_words,
    trim_marks,
)
from kg.extract.quotes_named_source import source_after_colon
from kg.extract.quotes_narrated import narrated_start, subject_of
from kg.extract.quotes_own import own_reports
from kg.extract.quotes_place import no_actors, state_voices
from kg.extract.quotes_press import press_releases
from kg.extract.quotes_reported import first_person, reported_clause
from kg.extract.quotes_resumed import resumed_reports
from kg.extract.quotes_said_on import said_on
from kg.extract.quotes_state import (
    document_bodies,
    government_labels,
    investigator_labels,
    outlet_labels,
)
from kg.extract.quotes_subjects import opening_subject
from kg.extract.quotes_trailer import unlisted_trailer
from kg.extract.records import Kind, Quote, kind_of, name_of
from kg.extract.source_marks import carried_by_medium
from kg.extract.sources import points_back
from kg.extract.speaker_after import named_after
from kg.extract.speaker_name_labels import carried_name_labels
from kg.extract.speakers import LastSpeaker, as_state
from kg.extract.view import DocView
from kg.lang.de.speech import BODY_ENDINGS, REPORT_ADVERBS, SUBJUNCTIVE_I_FORMS
from kg.lang.de.time import WEEKDAYS

__all__ = ["find_quotes", "marked_spans"]

# how many sentences after a person's quote a first-person sentence still goes
# on with their words (the sentences between name no other person: a portrait
# tells of its one speaker between their words)
_FIRST_PERSON_GAP = 10
# how many sentences after a quote a Konjunktiv I sentence still goes on
# reporting its speaker when the narration between names no other person
# ("…, sagt Fuchs. Ob sie … vermögen, sieht Fuchs skeptisch. … Beispiele
# könne man etwa in Deutschland beobachten.")
_REPORT_GAP = 8
#: the shortest quote whose words said again later give it their speaker
_ECHO_CHARS = 20
_WORD = re.compile(r"\w+")


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
    found: list[Found] = []
    last: LastSpeaker = None  # speaker, medium, sent
    last_label: str | None = None
    # quotes that go on the one before (start, end) -> sentences back to it
    carried: dict[tuple[int, int], int] = {}
    m = 0
    answers = interview_answers(view, text)
    questions = interview_questions(text) if answers else []
    for a, b, who, label in answers:
        found.append((a, b, _sentence_at(sents, a, 0), "direct", who, None, label))
        spans.append((a, b))
    for si, sent in enumerate(sents):
        if any(x - 1 <= sent.start_char < y for x, y, _, _ in answers) or any(
            sent.start_char <= x < sent.end_char for x, _, _, _ in answers
        ):
            continue  # an interview answer is one quote
        if any(x <= sent.start_char < y for x, y in questions):
            continue  # "STANDARD: Einem Bericht zufolge …": the interviewer's turn
        from_source = named_source(view, sent) if si > 0 else None
        if from_source is not None:
            # "… mehr als tausend Angriffe gegeben. Das geht aus einer Erhebung
            # des Bundeskriminalamts hervor.", "… verletzt. Das teilte die Polizei
            # mit.": the sentence before is its report
            source, source_medium, source_label = from_source
            before = [n for n, f in enumerate(found) if f[2] == si - 1]
            for n in before:
                f = found[n]
                if (f[4] or f[6]) and carried_by_medium(
                    sents[si - 1], f[0], f[1], source, source_medium
                ):
                    # "Die Polizei sagte, … Das berichtete die Zeitung X": X's medium
                    found[n] = (*f[:5], source_medium, f[6])
                    continue
                found[n] = (*f[:4], source, source_medium or f[5], source_label)
            if not before:
                # "Wien – Rapid hat sich getrennt. Das gab X bekannt": the
                # report begins after the dateline
                d = dateline_end(view, sents[si - 1])
                start = sents[si - 1].start_char
                if d is not None and d < len(view.doc):
                    start = view.doc[d].idx
                a, b = trim_marks(text, start, sents[si - 1].end_char)
                if b > a:
                    found.append(
                        (a, b, si - 1, "indirect", source, source_medium, source_label)
                    )
                    spans.append((a, b))
            last, last_label = (source, source_medium, si), source_label
        colon_source = (
            source_after_colon(view, sent)
            if not (m < len(marked) and marked[m][0] < sent.end_char)
            and not any(sent.start_char <= x < sent.end_char for x, _ in spans)
            else None
        )
        if colon_source is not None:
            # "Sie wollten wissen, wie alt die Sterne sind: Das erklärte X":
            # the words before the colon are X's
            colon, source, source_medium, source_label = colon_source
            a, b = trim_marks(text, sent.start_char, view.doc[colon].idx)
            if b > a:
                kind = "direct" if first_person(view, sent) else "indirect"
                found.append((a, b, si, kind, source, source_medium, source_label))
                spans.append((a, b))
                last, last_label = (source, source_medium, si), source_label
                continue
        report = reported_clause(view, sent, spans, last)
        if report is not None and fronted_clause(view, report):
            # "Weil das zu gefährlich ist, verlangt die Verordnung …": no quote
            report = None
        if (
            report is not None
            and report.speaker is None
            and report.label is None
            and last is not None
            and last[2] == si - 1
            and first_person(view, sent)
        ):
            report = None  # "Lasst uns … sagen, dass …": the quote goes on
        if (
            report is not None
            and report.speaker is None
            and report.label is None
            and last is not None
            and (report.speaker, report.medium) == (last[0], last[1])
            and (
                any(t.lower_ in REPORT_ADVERBS | {"worten"} for t in sent)
                or points_back(sent)
                or (last[2] == si - 1 and _said_it(sent))
            )
        ):
            # "Demnach verlor der Fahrer …", "Nach ihren Worten …", "den
            # Angaben zufolge", "…, hieß es": the unnamed source just quoted
            report = replace(report, label=last_label)
        if report is not None and report.label is not None and " " not in report.label:
            # "sagte Fall" after "…, Ibrahima Fall,": the name the model missed
            named = next(
                (
                    f[6]
                    for f in reversed(found)
                    if f[6] is not None
                    and " " in f[6]
                    and f[6].split()[-1] == report.label
                ),
                None,
            )
            if named is not None:
                report = replace(report, label=named)
        if (
            report is not None
            and report.speaker is not None
            and last is not None
            and last[0] is None
            and last_label is not None
            and " " in last_label
            and last[2] >= si - 2
            and _pronoun_subject(view, sent)
        ):
            # "…, sagte Fall. Er betonte zugleich, dass …": the speaker just
            # quoted, a name the model missed, not a person named before
            report = replace(report, speaker=None, label=last_label)
        absorbed = False
        touched = False
        n_spans = len(spans)  # the marked quotes of this sentence follow
        while m < len(marked) and marked[m][0] < sent.end_char:
            a, b = marked[m]
            m += 1
            s_last = _sentence_at(sents, b - 1, si)
            r = (
                report
                if s_last == si
                else reported_clause(view, sents[s_last], spans, last)
            )
            if (
                (r is None or named_title(text, a))
                and is_term(text, a, b)
                or named_term(view, text, sent, a, b)
            ) and introduced_speaker(view, a) is None:
                # "Kundgebung "Fest für alle"": a name, not a quote; "nach
                # Informationen der «Welt am Sonntag»": an outlet's name
                continue
            touched = True
            label = None
            if r is not None and same_words(text, a, b, r.start, r.end):
                speaker, medium, label = r.speaker, r.medium, r.label
                if s_last == si:
                    absorbed = True
            elif (
                r is not None
                and s_last == si
                and r.start <= a
                and not _WORD.search(text[r.end : b])
                and _fragment_of(text, a, b, r)
            ):
                # "Die Festnahmen seien „eine Fortsetzung der Schikanen“, sagte
                # X": the marked words are part of the reported clause
                continue
            elif r is not None and r.start <= a and b <= r.end:
                speaker, medium = r.speaker, r.medium
            elif r is not None and s_last != si:
                speaker, medium = r.speaker, r.medium
            elif (named := introduced_speaker(view, a)) is not None:
                speaker, medium = named, None  # "Obama: „Sieg für …“"
            elif (named := one_before_colon(view, sent, a, spans)) is not None:
                speaker, medium = named, None  # "Auch X übte Kritik: „…“"
            elif (
                named := pronoun_before_colon(view, sent, a, spans, last)
            ) is not None:
                speaker, medium = named, None  # "Er blieb hart: „…“"
            elif (named := opening_subject(view, sent, a)) is not None:
                speaker, medium = named, None  # "Sein Amtskollege X sprach von „…“"
            elif last is not None and si - last[2] <= 2:
                speaker, medium = last[0], last[1]
            else:
                # "Premier Robert Fico fürchtet, dass Migranten „den Charakter …“"
                speaker, medium = named_before(view, sent, a, spans), None
            found.append((a, b, si, "direct", speaker, medium, label))
            spans.append((a, b))
            last, last_label = (speaker, medium, s_last), label
        if (
            report is not None
            and not absorbed
            and any(x == report.start for x, _ in spans[n_spans:])
        ):
            # "„Unter X verstehen wir …“, so Meier, Chef der Y GmbH": the
            # reported clause the marks begin is the marked quote found above
            absorbed = True
        if report is not None and not absorbed:
            if (pre := before_colon(view, sent, report.start)) is not None and not any(
                x < pre[1] and pre[0] < y for x, y in spans
            ):
                # "Die Mieten seien zu hoch, meint Huber: Wir brauchen …, sagt
                # er": the Konjunktiv before the colon is a report of its own
                found.append((*pre, si, "indirect", *_sm(report), report.label))
                spans.append(pre)
            found.append(
                (report.start, report.end, si, report.kind, *_sm(report), report.label)
            )
            spans.append((report.start, report.end))
            if report.tail is not None and not any(
                x == report.tail[0] for x, _ in spans[n_spans:]
            ):
                # "Man müsse …, verlangte Wolff: Es entspricht …": a second quote
                # (not "…, sagte X: «Wir konnten …»", the marked quote found above)
                ta, tb = report.tail
                if report.tail_by is not None:
                    # "…, sagte X, und Y ergänzte: …": Y's, who speaks on
                    ts, tm, tl = report.tail_by
                    found.append((ta, tb, si, "direct", ts, tm, tl))
                else:
                    found.append((ta, tb, si, "direct", *_sm(report), report.label))
                spans.append((ta, tb))
            if _nested(view, sent, report, last):
                # "…, aber man habe ihm gesagt, er dürfe …": a report inside the
                # report of the person quoted before, whose report goes on
                assert last is not None
                last = (last[0], last[1], si)
            elif report.tail is not None and report.tail_by is not None:
                ts, tm, tl = report.tail_by
                last, last_label = (ts, tm, si), tl
            else:
                last, last_label = (report.speaker, report.medium, si), report.label
        elif (
            report is None
            and not touched
            and (trailer := unlisted_trailer(view, sent, spans)) is not None
        ):
            # "So ist die Natur, mahnt Biologin Schmidt.": a verb the lexicon lacks
            a, b, who, kind = trailer
            found.append((a, b, si, kind, who, None, None))
            spans.append((a, b))
            last, last_label = (who, None, si), None
        elif (
            report is None
            and not touched
            and (new := new_speaker(view, sent, spans, last)) is not None
        ):
            # "Auch die Armutskonferenz warnt vor Kürzungen. Diese würden …":
            # the next sentences go on reporting the speaker this one names
            last, last_label = (new[0], None, si), new[1]
        elif (
            report is None
            and not touched
            and last is not None
            and last[2] < si  # not a quote that only ends in a later sentence
            and (
                (last[2] == si - 1 and subjunctive(view, sent, shape=True))
                or (si - last[2] <= 3 and subjunctive(view, sent, first=True))
                or _report_goes_on(view, sent, si, last, spans)
            )
        ):
            a, b = trim_marks(text, continued_from(view, sent), sent.end_char)
            if b > a:
                found.append((a, b, si, "indirect", last[0], last[1], last_label))
                spans.append((a, b))
                carried[(a, b)] = si - last[2]
                last = (last[0], last[1], si)
        elif (
            report is None
            and not touched
            and si > 0
            and (last is None or last[2] < si - 1)
            and subjunctive(view, sent, first=True)
            and not any(
                sents[si - 1].start_char <= x < sent.start_char for x, _ in spans
            )
            and (who := subject_of(view, sents[si - 1])) is not None
            and (opens := narrated_start(view, sent)) is not None
        ):
            # "Max Huber verteidigte seine Strategie. Dabei müsse es …"
            a, b = trim_marks(text, doc[opens].idx, sent.end_char)
            if b > a:
                found.append((a, b, si, "indirect", who, None, None))
                spans.append((a, b))
                last, last_label = (who, None, si), None
        elif (
            report is None
            and not touched
            and last is not None
            and last[2] == si - 1
            and (c := colon_continued(view, sent)) is not None
        ):
            # "Das sei falsch, so Huber. Und: Die Presse muss frei bleiben."
            a, b = trim_marks(text, c, sent.end_char)
            if b > a:
                found.append((a, b, si, "direct", last[0], last[1], last_label))
                spans.append((a, b))
                last = (last[0], last[1], si)
        elif (
            report is None
            and not touched
            and last is not None
            and last[2] < si
            and first_person(view, sent)
            # an organisation or a state says "wir", not "ich"
            and not (
                (
                    (
                        last[0] is not None
                        and kind_of(last[0]) is not Kind.PERSON
                        and not is_media(last[0])  # a reviewer writes "ich"
                    )
                    or (
                        last[0] is None
                        and (last_label or "").lower().endswith(BODY_ENDINGS)
                    )
                )
                and "ich" in view.lowers[sent.start : sent.end]
            )
            # "Das erklärte X. Und tatsächlich enthält die Arbeit von Xs Team
            # … unserer Heimatwelt": narration that names the speaker
            and not (last[0] is not None and _names_speaker(view, sent, last[0]))
            and (
                last[2] == si - 1
                # a person's first-person words a few sentences on, the
                # narration between naming no one else ("Es geht ihr besser,
                # sagte er. … Wir Chinesen lieben Feuerwerk.")
                or (
                    si - last[2] <= _FIRST_PERSON_GAP
                    and last[0] is not None
                    and kind_of(last[0]) is Kind.PERSON
                    and not _names_other(view, last[2] + 1, si, last[0])
                    # not inside a quote found, nor a thesis ("Die Bilanz: Wir …")
                    and not any(x <= sent.start_char < y for x, y in spans)
                    and not any(t.text == ":" for t in sent)
                )
            )
        ):
            # "Ich bleibe im Amt, erklärte Marino. Die Bürger unterstützen mich."
            a, b = trim_marks(text, sent.start_char, sent.end_char)
            if b > a:
                found.append((a, b, si, "direct", last[0], last[1], last_label))
                spans.append((a, b))
                carried[(a, b)] = si - last[2]
                last = (last[0], last[1], si)
        elif (
            report is None
            and not touched
            and last is not None
            and last[2] == si - 1
            and said_on(view, text, found, si)
        ):
            # "Das sei empörend, kritisierte Kerry. Russland hat eine
            # Verantwortung.": the speaker's words go on after the clause
            a, b = trim_marks(text, sent.start_char, sent.end_char)
            if b > a:
                found.append((a, b, si, "direct", last[0], last[1], last_label))
                spans.append((a, b))
                carried[(a, b)] = 1
                last = (last[0], last[1], si)
    # "… sagte A. <narration>. Wir müssen sparen. Das wird hart, warnte B.": B's
    found = named_after(view, text, found, carried)
    found = lead_ins(view, text, found)
    found.sort(key=lambda f: (f[0], f[1]))
    found = reported_before(view, text, found)
    found = spoken_before(view, text, found)
    found = own_reports(view, text, found)
    found = stretches(text, found)
    found = spoken_on(view, text, found)
    found = narrator_cut(view, found)
    found = resumed_reports(view, text, found)
    found = settle_labels(view, found)
    found = government_labels(view, found)
    found = land_officials(view, found)
    found = document_bodies(view, found)
    found = press_releases(view, found)
    found = outlet_labels(view, found)
    found = investigator_labels(view, found)
    found = body_labels(view, found)
    found = state_voices(view, found)
    found = carried_name_labels(view, text, found)
    found = no_actors(found)
    found = echoed(view, text, found)
    found = without_headlines(text, found, [s.start_char for s in sents])
    found = glued_heading(view, text, found)
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
                speaker=as_state(speaker, view),
                medium=medium,
                mentions=mentions,
                speaker_label=label if speaker is None else None,
            )
        )
    return _dedupe(out)


def echoed(view: DocView, text: str, found: list[Found]) -> list[Found]:
    """A quote without a speaker whose words the article says again later (a
    teaser before the article: "„Im Herzen bin ich Politiker“. … Im Herzen bin
    ich Politiker, sagte er") is the speaker's of that later place: of the quote
    that holds it, else of the quotes right before and after it when one
    speaker says both (the words as narration between two of a judge's)."""
    out = []
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        words = text[a:b].strip()
        if speaker is not None or label is not None or len(words) < _ECHO_CHARS:
            out.append(f)
            continue
        at = text.find(words, b)
        if at < 0 and words[:1].isupper():
            # "„Nicht mehr dieses Vertrauen gespürt“ … Ich habe nicht mehr
            # dieses Vertrauen gespürt, erklärte X": a teaser capitalises the
            # word it starts with
            at = text.find(words[:1].lower() + words[1:], b)
        if at < 0:
            out.append(f)
            continue
        holder = next(
            (g for g in found if g[0] <= at < g[1] and g[4] is not None), None
        )
        if holder is None:
            here = _sentence_at(view.sents, at, si)
            before = [g for g in found if g[2] < here and g[2] >= here - 1]
            after = [g for g in found if here < g[2] <= here + 1]
            if before and after and before[-1][4] == after[0][4]:
                holder = before[-1]
        if holder is None or holder[4] is None:
            out.append(f)
            continue
        out.append((a, b, si, kind, holder[4], holder[5], None))
    return out


def _nested(view: DocView, sent: Span, report: Report, last: LastSpeaker) -> bool:
    """``report`` names no speaker and its reporting clause is itself in
    Konjunktiv I ("man habe ihm gesagt, …"), a sentence or two after a
    person's report: the person's report goes on around it."""
    if report.speaker is not None or report.label is not None or last is None:
        return False
    if last[0] is None or kind_of(last[0]) is not Kind.PERSON:
        return False
    if view.sentence_of(sent[0]) - last[2] > 2:
        return False
    lowers = [t.lower_ for t in sent if t.idx < report.start]
    return "man" in lowers and any(w in SUBJUNCTIVE_I_FORMS for w in lowers)


def _names_other(view: DocView, lo: int, hi: int, who: str) -> bool:
    """A person other than ``who`` is named in the sentences ``lo`` to ``hi - 1``."""
    sents = view.sents
    if lo >= hi:
        return False
    return any(
        (k := view.person(i)) is not None and k != who
        for i in range(sents[lo].start, sents[hi - 1].end)
    )


def _report_goes_on(
    view: DocView,
    sent: Span,
    si: int,
    last: tuple[str | None, str | None, int],
    spans: list[tuple[int, int]],
) -> bool:
    """``sent``, in Konjunktiv I, goes on with the report of ``last``'s speaker
    a few sentences on (:data:`_REPORT_GAP`): the narration between quotes no
    one and names no person but that speaker ("…, sagt Fuchs. Ob sie das
    Sicherheitsgefühl erhöhen, sieht Fuchs skeptisch. Beispiele könne man etwa
    in den Niederlanden beobachten.")."""
    lo = last[2] + 1
    return (
        si - last[2] <= _REPORT_GAP
        and last[0] is not None
        and subjunctive(view, sent, first=True)
        and not _names_other(view, lo, si + 1, last[0])
        and not any(view.sents[lo].start_char <= a < sent.start_char for a, _ in spans)
    )


def _fragment_of(text: str, a: int, b: int, r: Report) -> bool:
    """The marked words ``a``-``b`` end the reported clause ``r`` that begins
    two words or more before them ("Die Festnahmen seien „eine Fortsetzung …“",
    "dass „die Existenz … akzeptabel“ seien"): the clause is the quote. Marked
    words inside it, more of the clause after them, stay a quote of their own
    ("Es sei schwierig, „in einer Atmosphäre …“ Fortschritte zu erzielen")."""
    before = text[r.start : a]
    after = text[b : max(b, r.end)]
    return len(_WORD.findall(before)) >= 2 and len(_WORD.findall(after)) <= 1


def _sm(r: Report) -> tuple[str | None, str | None]:
    return r.speaker, r.medium


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    seen: set[tuple[int, int]] = set()
    out = []
    for q in quotes:
        if (q.start, q.end) not in seen:
            seen.add((q.start, q.end))
            out.append(q)
    return out


def _sentence_at(sents: list[Span], char: int, lo: int) -> int:
    for i in range(lo, len(sents)):
        if sents[i].start_char <= char < sents[i].end_char:
            return i
        if sents[i].start_char > char:
            return max(lo, i - 1)
    return len(sents) - 1


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


def _pronoun_subject(view: DocView, sent: Span) -> bool:
    """``sent`` opens with "Er" or "Sie" as its subject ("Er betonte zugleich,
    dass …")."""
    doc = view.doc
    return (
        doc[sent.start].lower_ in ("er", "sie")
        and sent.start + 1 < sent.end
        and doc[sent.start + 1].is_lower
    )


#: "hieß es", "heißt es": a report with no speaker of its own
_SAID_IT = frozenset({"hieß", "heißt", "hiess", "heisst"})
#: the prepositions that name whom "hieß es" heard it from
_HEARD_FROM = frozenset({"aus", "von", "vom", "bei", "seitens"})


def _said_it(sent: Span) -> bool:
    """``sent`` reports with "hieß es" or "wie es heißt", naming nothing it
    comes from ("hieß es aus dem Büro des X", "in einer Erklärung der X"):
    only lower-case words and weekdays after it."""
    words = [t.lower_ for t in sent]
    for n in range(len(words) - 1):
        if {words[n], words[n + 1]} & _SAID_IT and "es" in words[n : n + 2]:
            rest = sent[n + 2 :]
            return not any(
                t.text[:1].isupper() and t.lower_ not in WEEKDAYS for t in rest
            ) and not _HEARD_FROM.intersection(words[n + 2 : n + 6])
    return False


def _names_speaker(view: DocView, sent: Span, key: str) -> bool:
    """``sent`` names the person ``key`` in the genitive ("die Arbeit von
    Behroozis Team"): narration about them, not their own words (a name as
    the subject may still report them: "…, wich X nicht vom Kurs ab")."""
    if kind_of(key) is not Kind.PERSON:
        return False
    genitive = name_of(key).split()[-1] + "s"
    return any(view.texts[i] == genitive for i in range(sent.start, sent.end))
