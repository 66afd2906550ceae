"""Reported speech: one sentence's reported clause, its speaker and medium.

A clause beside a verb of saying (:func:`kg.lang.de.speech.reporting_verbs`):
after it ("Lawrow sagte, Russland sei …", "Der sagte laut RIA im Vorfeld, es sei
…", "Wie das Ministerium mitteilte, …") or before it ("Es sei schwierig, …,
sagte Blinken im Sender CNN", "„…“, hatte ein US-Regierungsvertreter …
gesagt"); a clause with "…, so X" and no verb; a clause attributed to a source
("laut X", "X zufolge", "nach Angaben X"); words after a colon that a person
before it speaks ("Davon ist Hans Meier überzeugt: Wir brauchen …",
:mod:`kg.extract.quotes_colon`).

Who speaks is read by :mod:`kg.extract.speakers`; used by
:func:`kg.extract.quotes.find_quotes`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Span

from kg.extract.actors import is_media, state_of_capital
from kg.extract.leading_subjects import (
    place_title_holder,
    placed_body_label,
    subject_words,
    told,
)
from kg.extract.quotes_bounds import (
    auxiliary_comma,
    clause_end,
    coordinated_predicate,
    marked_start,
    opening_comma,
    subject_phrase,
)
from kg.extract.quotes_colon import Report, clause_kind, introduced_by_colon
from kg.extract.quotes_cues import REPORTING_FORMS, first_person, saying_cues
from kg.extract.quotes_fragments import after_colon
from kg.extract.quotes_marked import trim_in
from kg.extract.quotes_spokesman import attributed_source
from kg.extract.quotes_subjects import (
    asked_before,
    author_before,
    cited,
    city_voice,
    clause_subject,
    from_institution,
    heard_from,
    office_holder,
    opinion_holder,
    participle_subject,
    subject_before,
    subject_in_apposition,
    subject_with_relative_clause,
)
from kg.extract.quotes_subjunctive import subjunctive_second
from kg.extract.records import Kind, kind_of
from kg.extract.sources import (
    SOURCE_CUES,
)
from kg.extract.speaker_pronouns import body_subject
from kg.extract.speakers import (
    LastSpeaker,
    apposition,
    key_or_label,
    label_of,
    org_anaphor,
    placed_institution,
    speaker_of,
    spokesperson,
)
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ARTICLES,
    AUXILIARIES,
    FIRST_PERSON,
    FIRST_PERSON_WORDS,
    FRONTED_SUBORDINATORS,
    INDEFINITE_ARTICLES,
    PASSIVE_AUXILIARIES,
    POSSESSIVES,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from kg.lang.de.speaker_chains import AFTER_QUOTE_ONLY, MANNER_COMPARISON
from kg.lang.de.speech import (
    NEGATED_STATEMENTS,
    ORG_ANAPHORS,
    QUESTION_NOUNS,
    REPORTED_CLAUSE_OPENERS,
    SAYING_NOUNS,
    SUBJECT_CLAUSE_OPENERS,
    SUBJUNCTIVE_FORMS,
    reporting_verb_readings,
    reporting_verbs,
)
from kg.lang.de.speech_sources import WIE_CLAUSE_LINKS

__all__ = [
    "REPORTING_FORMS",
    "first_person",
    "reported_clause",
    "saying_cues",
]

_DEFINITE = ARTICLES | {"des"}


def reported_clause(
    view: DocView,
    sent: Span,
    spans: list[tuple[int, int]],
    last: LastSpeaker,
) -> Report | None:
    """The reported clause of ``sent`` with its speaker and medium, if any:
    before the last verb of saying ("…, betonte Lawrow"), else after the first
    ("Lawrow sagte, …"), else after "laut X" / "X zufolge"."""
    cues = saying_cues(view, sent)
    if cues:
        # "…, sagt David Cameron und meint damit …": the last verb with a
        # reporting clause of its own
        r = next(
            (
                x
                for c in reversed(cues)
                if (x := _trailing(view, sent, c, spans, last)) is not None
            ),
            None,
        )
        lead = _leading(view, sent, cues[0], spans, last)
        if r is not None and lead is not None and _question_frame(view, r):
            r = None  # "Auf die Frage, ob …, erwiderte X, es handle sich …"
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
        if (
            r is not None
            and lead is not None
            and r.end <= lead.start
            and (subject := _named_subject(view, r)) is not None
        ):
            # "Der Vorsitzende des Verbands, Elhami Elsajat, sagte Reuters, das
            # Gebiet sei gesperrt": the words before the verb are its subject
            # (a phrase ending in a person's name), the clause after it is
            # reported
            r = replace(lead, speaker=subject, label=None)
        r = r or lead
        if (
            r is not None
            and r is lead
            and (so := _so_clause(view, sent, spans, last)) is not None
            and so.start <= r.start < so.end < r.end
        ):
            # "Er hat sich geäußert, er hätte Lust, so Berger": the "so" clause
            # at its end names the speaker of the whole; "Er sagte, die Halle
            # sei zu klein, so Berger": the reported clause ends before it
            r = so if r.speaker is None and r.label is None else replace(r, end=so.end)
        if (
            r is not None
            and r.speaker is None
            and r.label is None
            and any(view.lowers[i] in _SAID_IT for i in range(sent.start, sent.end))
            and (att := _attributed(view, sent, last)) is not None
            and (att.speaker is not None or att.label is not None)
            and att.start < r.end
            and r.start < att.end
        ):
            # "Die Zahl sei gestiegen, denn laut Ministeriumsangaben …, hieß
            # es": "hieß es" names no one, "laut X" inside the clause does
            r = replace(r, speaker=att.speaker, medium=att.medium, label=att.label)
        if r is not None:
            return r
    return (
        _so_clause(view, sent, spans, last)
        or _attributed(view, sent, last)
        or introduced_by_colon(view, sent, spans, last)
        or _subject_clause(view, sent)
    )


#: "hieß es", "heißt es": a report that names no one by its verb
_SAID_IT = frozenset({"hieß", "heißt", "hiess", "heisst"})


def _named_subject(view: DocView, r: Report) -> str | None:
    """The person whose name ends the words ``r`` before a verb of saying,
    when they are a noun phrase, not a clause: "Der Vorsitzende des Verbands,
    Elhami Elsajat" (the name between commas, or the whole phrase a name)."""
    span = view.doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    last = span[-1]
    while last.is_punct and last.i > span.start:
        last = view.doc[last.i - 1]
    k = view.person(last.i)
    if k is None:
        return None
    i = last.i
    while i > span.start and view.person(i - 1) == k:
        i -= 1
    while (
        i > span.start
        and view.doc[i - 1].is_title
        and view.doc[i - 1].is_alpha
        and not view.key(i - 1)
    ):
        i -= 1  # a first name the model left out ("Elhami Elsajat")
    if i == span.start:
        return k  # "Hans Meier, sagte Reuters, …" hardly occurs; a bare name
    before = view.doc[i - 1]
    # the name in apposition after a title phrase that has no verb of its own:
    # at most ten words, the phrase opening the sentence
    if before.text != "," or i - span.start > 12:
        return None
    return k


def _subject_clause(view: DocView, sent: Span) -> Report | None:
    """ "Finanzminister Hans Jörg Schelling (ÖVP) zeigte sich zuversichtlich,
    dass es zu einer Lösung kommen könne", "Die EU-Kommission hatte Klage
    eingereicht, weil Deutschland gegen Vorgaben verstoße": no verb of saying,
    but a Konjunktiv in the clause after the first comma, opened by "dass",
    "weil" …, reports the person or organisation that opens the sentence as its
    subject, its verb right after it."""
    doc = view.doc
    i = sent.start
    while i < sent.end and i - sent.start < 3 and not view.key(i):
        if doc[i].is_punct or (doc[i].is_lower and doc[i].lower_ not in _DEFINITE):
            return None
        i += 1  # "Die", "Finanzminister"
    k = view.key(i)
    if not k or is_media(k) or kind_of(k) not in (Kind.PERSON, Kind.ORG):
        return None
    while i + 1 < sent.end and view.key(i + 1) == k:
        i += 1
    j = i + 1
    if j < sent.end and doc[j].text == "(":
        j = next((t.i + 1 for t in doc[j : sent.end] if t.text == ")"), sent.end)
    if not (j < sent.end and doc[j].is_lower and doc[j].is_alpha):
        return None
    if doc[j].lower_ in SUBJUNCTIVE_FORMS:
        return None  # "Schelling habe …": a report of its own, continued
    forms = {x for x in view.positions(SUBJUNCTIVE_FORMS) if doc[x].is_lower}
    comma = next((t.i for t in doc[j + 1 : sent.end] if t.text == ","), None)
    if (
        comma is None
        or comma + 2 >= sent.end
        or doc[comma + 1].lower_ not in SUBJECT_CLAUSE_OPENERS
        or any(x in forms for x in range(j, comma))
        or not any(x in forms for x in range(comma + 2, sent.end))
    ):
        return None
    a, b = trim_in(sent, doc[comma + 1].idx, sent.end_char)
    return Report(a, b, k, None, "indirect") if b - a >= 8 else None


def _so_clause(
    view: DocView, sent: Span, spans: list[tuple[int, int]], last: LastSpeaker
) -> Report | None:
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
        a, b = trim_in(sent, doc[q0].idx, doc[i - 1].idx)
        tail = None
        if end < sent.end - 1 and doc[end].text == ":":
            a, b = trim_in(sent, doc[end + 1].idx, sent.end_char)
        elif (
            end < sent.end - 1
            and doc[end].text == ","
            and _own_clause_after(view, end, b - a)
            and sum(x.is_alpha for x in doc[end + 1 : sent.end]) >= 3
        ):
            # "Ich wusste nichts, so der Kommissar, ich habe es erst …": the
            # first person opens a clause of its own, a quote of its own
            tail = trim_in(sent, doc[end + 1].idx, sent.end_char)
        elif end < sent.end and sum(x.is_alpha for x in doc[end + 1 : sent.end]) >= 2:
            b = trim_in(sent, a, sent.end_char)[1]  # the clause goes on after it
        if b - a < 8:
            continue
        tok = doc.char_span(a, b, alignment_mode="expand")
        kind = clause_kind(view, tok.start, tok.end) if tok is not None else "direct"
        return Report(a, b, speaker, medium, kind, label, tail)
    return None


def _trailing(
    view: DocView, sent: Span, c: int, spans: list[tuple[int, int]], last: LastSpeaker
) -> Report | None:
    """ "…, sagte X", "…, hatte X … gesagt", "…, wie X sagte", "…, heißt es in X"."""
    doc = view.doc
    verbs = reporting_verbs()
    # the comma that opens the reporting clause
    k = c - 1
    while k > sent.start and doc[k].text != ",":
        k -= 1
    if k <= sent.start or doc[k].text != ",":
        return None
    k = auxiliary_comma(view, sent, k, c)  # ", hatte die X von Y, Name, gesagt"
    first = next(t for t in doc[k + 1 : c + 1] if not t.is_space)  # also ',\n'
    if first.i == c and _passive_after_comma(view, c):
        return None  # "…, gefordert sei ganz klar die Regierung": no one speaks
    if first.i == c:
        pass  # ", sagte X"
    elif first.lower_ == "wie":
        pass  # ", wie X sagte"
    elif first.lower_ in AUXILIARIES and verbs[doc[c].lower_].participle:
        pass  # ", hatte X … gesagt"
    elif first.lower_ == "so" and c == first.i + 1:
        pass  # ", so X"
    else:
        return None
    if subject_with_relative_clause(view, sent.start, k) or (
        first.lower_ != "wie" and subject_phrase(view, sent.start, k)
    ):
        return None  # "Wałęsa, der sich im Ausland aufhält, teilte mit: …"
    if first.i == c and subject_in_apposition(view, sent.start, k):
        return None  # "Der Vizechef der Fraktion, Jan Moser, sagte, …": the subject
    if first.i == c and coordinated_predicate(view, sent.start, k, c):
        return None  # "X lobte das Projekt, forderte aber mehr Geld": X's two acts
    if (
        first.lower_ in AUXILIARIES
        and view.person(k - 1) is not None
        and not any(view.person(i) for i in range(k + 1, c))
        and doc[first.i + 1].lower_ not in ("er", "sie")
    ):
        return None  # "Der Shopbetreiber, Rakesh Sardana, hat … geklagt": the subject
    # "Morales verspricht keine Wunder: Ich kann …, betonte er": after the colon
    # "(Für einen Nichtwiener dauert das …, erklärte er)", "…; am 17. Tag …":
    # after a bracket or a semicolon; not "hat einen Namen: Terrorismus"
    q0 = sent.start
    for w in doc[sent.start : k]:
        if (
            w.text in ":(;"
            and w.i + 1 < k
            and (w.text != ":" or sum(t.is_alpha for t in doc[w.i + 1 : k]) >= 3)
            and (w.text != "(" or all(t.text != ")" for t in doc[w.i + 1 : k]))
        ):
            q0 = w.i + 1
    q0 = marked_start(view, q0, k)
    a, b = trim_in(sent, doc[q0].idx, doc[k].idx)
    # "Die Regierung plant, wie das Ministerium mitteilte, neue Gesetze": a
    # verb-final reporting clause inside the quote, which goes on to the end
    close = next((t.i for t in doc[c + 1 : sent.end] if t.text == ","), None)
    end = sent.end
    tail = None
    colon = next((t.i for t in doc[c + 1 : sent.end] if t.text == ":"), None)
    second = _second_reporter(view, c, colon) if colon is not None else None
    tail_by = None
    if second is not None and colon is not None:
        # "…, sagte X, und Y ergänzte: …": the words after the colon are Y's,
        # this reporting clause ends before "und"
        m, c2 = second
        if sum(t.is_alpha for t in doc[colon + 1 : sent.end]) >= 3:
            tail = trim_in(sent, doc[colon + 1].idx, sent.end_char)
            region2 = [
                i for i in range(m + 1, colon) if i != c2 and doc[i].lower_ != "und"
            ]
            s2, m2 = speaker_of(view, region2, c2, spans, last)
            s2, m2, l2 = cited(view, region2, s2, m2)
            if s2 is None and l2 is None:
                s2, l2 = spokesperson(
                    view, label_of(view, region2), region2[0] if region2 else None
                )
            tail_by = (s2, m2, l2)
        colon, close, end = None, None, m
    inserted = (
        first.i == c
        and colon is None
        and close is not None
        and _inserted_in(view, sent, q0, k, close)
    )
    if b - a < 8 and not inserted:
        return None
    if tail_by is not None:
        pass  # the clause ends before the second reporting clause
    elif (not inserted or _own_clause_after(view, close, b - a)) and (
        split := _first_person_after(view, sent, first.i, c, close, colon)
    ) is not None:
        # "Ich war die Lady, sagt sie, mich nahmen sie ernst": two quotes; "Keine
        # Ahnung, sagte X, ich habe …": a first-person subject opens a clause of
        # its own, not the rest of the words before the reporting clause
        end, tail = split
    elif inserted and close is not None:
        # "Das, verspricht Cook, werde sich heuer ändern": a few words, the
        # reporting clause set in, the quote going on after it
        end = close
        b = trim_in(sent, a, sent.end_char)[1]
    elif colon is not None and sum(t.is_alpha for t in doc[colon + 1 : sent.end]) >= 3:
        # "…, verlangte Wolff: Es entspricht …": a direct quote after the colon
        end = colon
        tail = trim_in(sent, doc[colon + 1].idx, sent.end_char)
    elif (
        close is not None
        and first.i != c
        and doc[close - 1].lower_ in (doc[c].lower_, verbs[doc[c].lower_].particle)
        and sum(t.is_alpha for t in doc[close + 1 : sent.end]) >= 2
    ):
        end = close
        b = trim_in(sent, a, sent.end_char)[1]
    region = [
        i
        for i in range(k + 1, end)
        if i != c
        and (first.lower_ not in AUXILIARIES or i != first.i)
        and (first.lower_ != "wie" or i != first.i)
    ]
    # "sagte der Minister": the person named before the quote, not in it
    speaker, medium = speaker_of(view, region, q0, spans, last)
    if speaker is None:  # "sagte Kärntens Landeshauptmann"
        speaker = place_title_holder(view, region, q0, spans, last)
    if speaker is not None and kind_of(speaker) is Kind.ORG:
        # "hieß es aus dem Büro des Ministerpräsidenten X": the office speaks
        # for its holder (bench/quote_gold.md)
        speaker = office_holder(view, region) or speaker
    speaker, medium, label = cited(view, region, speaker, medium)
    placed = placed_institution(view, region, speaker)
    if placed is not None:
        speaker, label = key_or_label(placed)
    name = apposition(view, region)
    if name is not None and not any(view.person(i) for i in region):
        speaker, label = None, name  # "sagte der Sondergesandte, Ibrahima Fall, …"
    if speaker is None and label is None and doc[c + 1].lower_ == "es":
        # "…, hieß es von der Polizei", "hieß es aus dem Büro des X"
        speaker, label = heard_from(view, region)
        if (
            speaker is None
            and label is None
            and any(view.lowers[i] in _IN_IT for i in region[:4])
        ):
            # "Die Hamas veröffentlichte ein Lied. …, heißt es darin."
            speaker, label = author_before(view, view.sentence_of(doc[c]))
        if speaker is None and label is None:
            # "heißt es in einer Pressemitteilung der Stadt": the city named
            speaker = city_voice(view, region)
        if (
            speaker is None
            and label is None
            and (last is None or view.sentence_of(doc[c]) - last[2] > 2)
            and any(view.lowers[i] == "weiter" for i in region[:4])
        ):
            # "Ob …, wollte die Staatsanwaltschaft nicht mitteilen. …, hieß es
            # weiter": the one the sentence before says was asked
            speaker, label = asked_before(view, view.sentence_of(doc[c]))
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
        # "Die Polizei hat …, wie sie mitteilte": the body the sentence opens with
        body = body_subject(view, region[0]) if region else None
        speaker, label = spokesperson(
            view, body or label_of(view, region), region[0] if region else None
        )
    opinion = opinion_holder(view, q0, k)
    if opinion is None and first.lower_ == "wie":
        opinion = clause_subject(view, q0, k)
    if opinion is not None and any(doc[i].lower_ in ("er", "sie") for i in region[:3]):
        # "Für Tschürtz ein Ding der Unmöglichkeit, wie er …"; "Regisseur Jan
        # Berg arbeitet seit Monaten daran, wie er am Mittwoch erklärte"
        speaker = opinion
    a_tok = doc.char_span(a, b, alignment_mode="expand")
    kind = clause_kind(view, a_tok.start, a_tok.end) if a_tok is not None else "direct"
    if (
        tail is not None
        and tail_by is None
        and colon is not None
        and kind == "direct"
        and a_tok is not None
        and not first_person(view, a_tok)
    ):
        # "Sobotkas Wunsch, …, wies Wolff zurück: Es gibt …": the object before
        # the verb is no quote, the words after the colon are
        (a, b), tail, kind = tail, None, "direct"
    return Report(a, b, speaker, medium, kind, label, tail, tail_by)


#: finite forms of "sein" and "werden" after a participle in a passive or a
#: statal clause ("gefordert sei die Regierung", "gewarnt wurde vor …")
_PASSIVE_FINITE = frozenset(
    "sei ist war wäre seien sind waren wird wurde werde würde wurden werden".split()
)


def _passive_after_comma(view: DocView, c: int) -> bool:
    """The verb of saying at ``c`` right after a comma is a participle with a
    form of "sein" or "werden" after it: a passive ("…, gefordert sei ganz klar
    die griechische Regierung"), not the inverted verb of a report ("…, sagte
    X"), which is finite. Not a form that is also finite ("erklärt")."""
    doc = view.doc
    readings = reporting_verb_readings().get(doc[c].lower_, ())
    return (
        c + 1 < len(doc)
        and doc[c + 1].lower_ in _PASSIVE_FINITE
        and bool(readings)
        and all(vf.participle for vf in readings)
    )


#: how many words a quote has at most before a reporting clause set into it
#: ("Das, verspricht Cook, werde …", "Die Zukunft von Apple, sagt er, aber auch
#: …"); a longer one is a clause of its own the reporting clause ends
_BEFORE_INSERTION = 4
#: words after a reporting clause that go on with the narrator, not the quote
_AFTER_INSERTION = frozenset(
    "und wobei der die das den dem dessen deren was wo als".split()
)


def _second_reporter(view: DocView, c: int, colon: int) -> tuple[int, int] | None:
    """(the comma or "und" that opens it, its verb) of a second reporting
    clause between the verb of saying at ``c`` and the colon (", und Y
    ergänzte:", ", Y fügte hinzu:"), whose subject the quote after the colon
    is; else ``None``."""
    doc = view.doc
    verbs = reporting_verbs()
    for j in range(c + 1, colon):
        if doc[j].lower_ in verbs and doc[j].is_lower:
            for m in range(j - 1, c, -1):
                if doc[m].lower_ == "und" or doc[m].text == ",":
                    if not any(t.is_alpha for t in doc[m + 1 : j]):
                        return None  # "…, sagte X und ergänzte: …": X goes on
                    return (m - 1 if doc[m - 1].text == "," else m), j
            return None
    return None


def _first_person_after(
    view: DocView, sent: Span, first: int, c: int, close: int | None, colon: int | None
) -> tuple[int, tuple[int, int]] | None:
    """(end of the reporting clause, span of the second quote) when the
    reporting clause ", sagt X," or ", so X," is followed by a clause of the
    speaker's own opening with the first person ("…, sagt Joseph, ich weiß
    nicht, wie …"): the quote goes on after it as a quote of its own."""
    doc = view.doc
    if (
        close is None
        or colon is not None
        or not (first == c or (doc[first].lower_ == "so" and c == first + 1))
        or close + 1 >= sent.end
        or not _own_words(view, sent, close + 1)
        or sum(t.is_alpha for t in doc[close + 1 : sent.end]) < 3
    ):
        return None
    return close, trim_in(sent, doc[close + 1].idx, sent.end_char)


#: how many words the clause after a reporting clause may open with before
#: its first person ("…, sagt X, plötzlich habe ich …", "…, sagte X, aber die
#: Stadt hat ein Problem, und da rede ich …")
_OWN_WORDS_WINDOW = 12


def _own_words(view: DocView, sent: Span, j: int) -> bool:
    """The clause from token ``j`` after a reporting clause is the speaker's
    own: opening with the first person ("ich weiß nicht, …"), or with a
    lower-case word that does not go on with the narrator (no relative
    pronoun, "und", "als", "dass", "nachdem" …) and the first person among
    its first :data:`_OWN_WORDS_WINDOW` words ("…, berichtet X, plötzlich habe
    ich nur mehr Schreie gehört", "…, sagte X, aber wir wissen …"); the
    narrator does not speak in the first person."""
    doc = view.doc
    first = doc[j]
    if first.lower_ in FIRST_PERSON_WORDS:
        return True
    if (
        not first.is_lower
        or not first.is_alpha
        or first.lower_
        in _AFTER_INSERTION | REPORTED_CLAUSE_OPENERS | FRONTED_SUBORDINATORS
    ):
        return False
    words = [t for t in doc[j + 1 : sent.end] if t.is_alpha][:_OWN_WORDS_WINDOW]
    return any(t.lower_ in FIRST_PERSON_WORDS and t.is_lower for t in words)


def _own_clause_after(view: DocView, close: int | None, before: int) -> bool:
    """The words after the reporting clause set in at comma ``close`` open
    with a first-person subject ("Keine Ahnung, sagte X, ich habe …"): a
    clause of its own, the ``before`` characters before the clause a quote of
    their own too (eight at least)."""
    return (
        close is not None and before >= 8 and view.doc[close + 1].lower_ in FIRST_PERSON
    )


def _inserted_in(view: DocView, sent: Span, q0: int, k: int, close: int) -> bool:
    """The reporting clause between the commas ``k`` and ``close`` is set into
    a quote of at most :data:`_BEFORE_INSERTION` words before it that goes on
    after it (three words or more, opening with a lower-case word: not a name
    apposed to the speaker, not "und …", a relative clause or the clause the
    verb reports: "Was den Bezirk betrifft, betonte X, dass …")."""
    doc = view.doc
    before = sum(t.is_alpha for t in doc[q0:k])
    after = sum(t.is_alpha for t in doc[close + 1 : sent.end])
    return (
        1 <= before <= _BEFORE_INSERTION
        and after >= 3
        and close + 1 < sent.end
        # "…, sagte der Sondergesandte, Ibrahima Fall, am Sonntag": a name
        # apposed to the speaker, still the reporting clause
        and doc[close + 1].is_lower
        and doc[close + 1].lower_ not in _AFTER_INSERTION | REPORTED_CLAUSE_OPENERS
        and not any(t.text in ":;(" for t in doc[close + 1 : sent.end])
        # "…, sagt er, so trocken, wie man nur kann": how it was said
        and not (
            doc[close + 1].lower_ == MANNER_COMPARISON[0]
            and any(
                t.lower_ == MANNER_COMPARISON[1] for t in doc[close + 2 : close + 6]
            )
        )
    )


#: "heißt es darin": in the text the sentence before names
_IN_IT = frozenset({"darin", "dort", "drin"})


def _question_frame(view: DocView, r: Report) -> bool:
    """The clause before the verb is the question answered ("Auf die Frage,
    ob …"), not what was said."""
    span = view.doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return False
    return span[0].lower_ in ("auf", "zur", "zu") and any(
        t.lower_ in QUESTION_NOUNS for t in span[1:3]
    )


def _leading(
    view: DocView, sent: Span, c: int, spans: list[tuple[int, int]], last: LastSpeaker
) -> Report | None:
    """ "X sagte, …", "X sagte: …", "Wie X mitteilte, …", "Der sagte laut RIA, …"."""
    doc = view.doc
    form = reporting_verbs().get(doc[c].lower_)
    if form is not None and form.infinitive in AFTER_QUOTE_ONLY:
        return None  # "Sie freute sich, dass …" reports no words
    p = None
    for w in doc[c + 1 : sent.end]:
        if w.text in ",:":
            p = w.i
            break
    if p is None or p + 1 >= sent.end:
        return None
    if doc[p].text == ",":
        colon = next((t.i for t in doc[p + 1 : sent.end] if t.text == ":"), None)
        if (
            colon is not None
            and sum(t.is_alpha for t in doc[colon + 1 : sent.end]) >= 4
            and doc[colon + 1].text[:1].isupper()  # not ": mit 40 bis 50 pro Monat"
            and doc[p + 1].lower_ not in REPORTED_CLAUSE_OPENERS
            and clause_kind(view, p + 1, colon) == "direct"
        ):
            p = colon  # "Gurría forderte Panama auf, … zu beachten: Panama muss …"
    p, who = opening_comma(view, sent, p)
    end = clause_end(view, sent, p)
    a, b = trim_in(
        sent, doc[p + 1].idx, doc[end].idx if end < sent.end else sent.end_char
    )
    if b - a < 8:
        return None
    if any(t.lower_ in ("nicht", "nichts") for t in doc[c + 1 : p]) and not any(
        vf.infinitive in NEGATED_STATEMENTS
        for vf in reporting_verb_readings().get(doc[c].lower_, ())
    ):
        return None  # "Brega äußerte sich nicht dazu, ob …": nothing was said
    opener = doc[sent.start].lower_ == "wie" or (
        doc[sent.start].lower_ in WIE_CLAUSE_LINKS
        and doc[sent.start + 1].lower_ == "wie"
    )
    # "…, das Angebot spiegle den Wert nicht wider": a Konjunktiv I the list lacks
    second = doc[p].text == "," and subjunctive_second(view, p + 1, end)
    if not (
        opener
        or doc[p].text == ":"
        or doc[p + 1].lower_ in REPORTED_CLAUSE_OPENERS
        or clause_kind(view, p + 1, sent.end) == "indirect"
        or second
        # "Faymann meinte, unter … wird das nicht gehen, wie wir …": own words
        # (not the main clause after "Wenn X zitiert, …")
        or (
            first_person(view, doc[p + 1 : sent.end])
            and doc[sent.start].lower_ not in FRONTED_SUBORDINATORS | {"wenn", "da"}
            # "Ich kann nur sagen, …": the writer's own words, no one's quote
            and not any(doc[i].lower_ in ("ich", "wir") for i in range(sent.start, c))
        )
    ):
        return None
    before = subject_words(view, sent.start, c)
    rel = next((i for i in range(c - 1, sent.start, -1) if doc[i].text == ","), None)
    if (
        rel is not None
        and rel + 2 < c
        and doc[rel + 1].lower_ in ("von", "über")
        and doc[rel + 2].lower_ in RELATIVE_PRONOUNS | {"denen"}
    ):
        # "Züge aus Xland, von denen es geheißen habe, dass …": who said it is
        # in the relative clause, not the noun it is about (not "ein Text X',
        # in dem es heißt, …": the text's author)
        before = list(range(rel + 3, c))
    else:
        rel = None
    after = list(range(c + 1, p))
    plain_before = list(before)
    if c > sent.start and doc[c - 1].lower_ in SUBJECT_PRONOUNS:
        before = [c - 1] + before[:-1][::-1]  # "Der sagte laut RIA", "Er betonte"
        region = before[:1] + after + before[1:]
    else:  # "Hervorgehoben hat er, …": the subject after the auxiliary
        region = after[int(c == sent.start and not doc[c].is_lower) :] + before[::-1]
    speaker, medium = speaker_of(view, region, c, spans, last)
    if speaker is None:  # "Kärntens Landeshauptmann sagte"
        speaker = place_title_holder(view, region, c, spans, last)
    if speaker is not None and speaker == medium and told(view, after, medium):
        speaker = None  # "X bestätigte gegenüber NBC": NBC was told, X speaks
    subject = (
        subject_before(view, sent, c)
        or participle_subject(view, sent, c)
        or from_institution(view, plain_before)
        or office_holder(view, plain_before + after)
    )
    if subject is not None:
        speaker = subject  # "Vorstandschef John Cryan betonte im Gespräch mit der SZ …"
    kind = "indirect" if second else clause_kind(view, p + 1, sent.end)
    speaker, medium, label = cited(view, plain_before + after, speaker, medium)
    placed = placed_institution(view, plain_before + after, speaker)
    if placed is not None:
        speaker, label = key_or_label(placed)
    if speaker is None and label is None:
        speaker = org_anaphor(view, plain_before + after, last)
    if speaker is None and label is None:
        speaker, label = spokesperson(
            view,
            label_of(view, plain_before[::-1][:3])
            or label_of(view, after)
            # "Ein Ministeriumssprecher hatte damals argumentiert, dass …"
            or label_of(view, plain_before[:3]),
            c,
        )
    if speaker is None and label is None and medium is None and opener:
        speaker, label = spokesperson(view, placed_body_label(view, plain_before), c)
    if who is not None:
        speaker, medium, label = view.key(who), None, None  # "Forscher, die sagen, …"
    if (
        rel is not None
        and speaker is None
        and label is None
        and last is not None
        and view.sentence_of(doc[c]) - last[2] <= 1
    ):
        # "…, von denen es geheißen habe, dass …" in the report of the one
        # quoted just before: their report goes on
        speaker, medium = last[0], last[1]
    return Report(a, b, speaker, medium, kind, label)


def _attributed(view: DocView, sent: Span, last: LastSpeaker = None) -> Report | None:
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
        if i > sent.start and not doc[i].is_lower and doc[i - 1].text != ":":
            continue  # a capital cue only opens a sentence or follows a colon
        found = attributed_source(view, sent, i, last)
        if found is None:
            continue
        speaker, medium, label, a, b = found
        a = after_colon(view, sent, i, a)  # "Die Portale …: Allein X hat laut …"
        if speaker is not None and kind_of(speaker) is Kind.PLACE:
            speaker = state_of_capital(speaker, view.entities) or speaker
        if speaker is None and label is not None and label.lower() in ORG_ANAPHORS:
            # "nach Angaben der Partei", "laut dem Unternehmen": the one named before
            near = list(range(max(sent.start, i - 8), min(sent.end, i + 4)))
            speaker = org_anaphor(view, near, last)
            label = None if speaker is not None else label
        a, b = trim_in(sent, a, b)
        if b - a < 8:
            return None
        return Report(a, b, speaker, medium, "indirect", label)
    return None
