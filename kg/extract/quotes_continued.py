"""Quotes that go on past their sentence: a sentence in Konjunktiv
(:data:`kg.lang.de.speech.SUBJUNCTIVE_FORMS`) right after a quote goes on
reporting the same speaker ("Dann werde man sehen, ob …"); first-person
sentences before a direct quote (:func:`lead_ins`) or a direct quote in the next
sentence (:func:`stretches`) belong to one quoted stretch; a sentence with a verb
of saying but no reported clause names the speaker of the next ones
(:func:`new_speaker`).

Used by :func:`kg.extract.quotes.find_quotes`.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.actors import is_media
from kg.extract.coref import surname, surnames_of
from kg.extract.quotes_marked import trim_marks
from kg.extract.quotes_named_source import named_source
from kg.extract.quotes_reported import REPORTING_FORMS, first_person, saying_cues
from kg.extract.records import Kind, kind_of, name_of
from kg.extract.sources import group_leader
from kg.extract.speaker_nominals import organisation_of_demonym
from kg.extract.speakers import LastSpeaker, label_of, spokesperson
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    CLAUSE_OPENERS,
    FIRST_PERSON,
    FIRST_PERSON_WORDS,
    FRONTED_SUBORDINATORS,
    RELATIVE_PRONOUNS,
)
from kg.lang.de.speaker_chains import NOT_SPEAKER_LABELS
from kg.lang.de.speech import (
    BODY_ENDINGS,
    CLAUSE_VERBS,
    COLON_CONTINUATIONS,
    LABEL_SYNONYMS,
    LINKING_ADVERBS,
    LINKING_OPENERS,
    MEDIA_NOUNS,
    REPORTED_CLAUSE_OPENERS,
    SPOKESPERSON_ENDINGS,
    SUBJUNCTIVE_FORMS,
    SUBJUNCTIVE_I_FORMS,
    finite_reporting_forms,
    looks_subjunctive,
    reporting_verb_readings,
    reporting_verbs,
    speech_acts,
)
from kg.lang.de.time_tense import PAST

__all__ = [
    "Found",
    "colon_continued",
    "continued_from",
    "named_source",
    "lead_ins",
    "new_speaker",
    "reported_before",
    "settle_labels",
    "spoken_on",
    "stretches",
    "subjunctive",
]

#: a quote found: start, end, sentence, kind, speaker, medium, speaker label
Found = tuple[int, int, int, str, str | None, str | None, str | None]
_ACT_FORMS = frozenset(speech_acts())


_OPENING_MARKS = frozenset('„"»«“')


def lead_ins(
    view: DocView,
    text: str,
    found: list[Found],
) -> list[Found]:
    """``found`` with each direct quote that opens its sentence extended back
    over the first-person sentences right before it that have no quote or verb
    of saying of their own: one quoted stretch ("Die Bürger unterstützen mich.
    Wir werden …, versicherte Marino.")."""
    sents = view.sents
    covered = {f[2] for f in found}
    out = []
    for f in found:
        si = f[2]
        if (
            f[3] == "direct"
            and f[0] <= trim_marks(text, sents[si].start_char, f[1])[0]
            # a quotation mark opens it: the quote begins there
            and text[: f[0]].rstrip()[-1:] not in _OPENING_MARKS
        ):
            k = si - 1
            while k >= 0 and k not in covered and si - k <= 2:
                sent = sents[k]
                if not first_person(view, sent) or saying_cues(view, sent):
                    break
                a = trim_marks(text, sent.start_char, sent.end_char)[0]
                f = (a, *f[1:])
                covered.add(k)
                k -= 1
        out.append(f)
    return out


def stretches(
    text: str,
    found: list[Found],
) -> list[Found]:
    """``found`` (in text order) with a direct quote that goes on in the next
    sentence by the same speaker, nothing but the full stop between, joined
    into one: one quoted stretch ("Die Deutsche Bank ist … gewesen. Das ist
    unser Kern.")."""
    out: list[Found] = []
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


#: how many sentences a direct quote after a colon goes on over at most
_SPOKEN_ON = 6


def spoken_on(view: DocView, text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with two kinds of direct quote extended over
    the plain sentences after them, one quoted stretch:

    * a direct quote after a colon that ends its sentence goes on over the next
      sentences while they are plain (:func:`_plain`): "Koch ist überzeugt:
      Ich habe alles versucht. Es war zu wenig. Jetzt ist Schluss." is one
      quote (the narration that names someone again ends it);
    * a direct quote whose next quote of the same speaker follows one or two
      plain sentences later takes them in and the quote after them: "Das Tor
      war verdient, sagte Koch. Die Mannschaft hat gekämpft. Wir sind
      zufrieden." gives "Die Mannschaft hat … zufrieden." one quote, the words
      after "sagte Koch." a stretch of their own.

    The sentences taken in hold no quote found, no verb of saying, no
    Konjunktiv and no person's name."""
    sents = view.sents
    covered = {f[2] for f in found}
    surnames = surnames_of(view)
    out: list[Found] = []
    for f in found:
        if out:
            p = out[-1]
            gap = range(p[2] + 1, f[2])
            if (
                p[3] == f[3] == "direct"
                and (p[4], p[6]) == (f[4], f[6])
                and (p[4] is not None or p[6] is not None)
                and 1 <= len(gap) <= 2
                and not _closed(text, sents[p[2]], p[1])
                and _opens_sentence(text, sents[f[2]], f[0])
                and all(
                    _plain(view, sents[k], surnames)
                    and _spoken(view, sents[k])
                    and k not in covered
                    for k in gap
                )
            ):
                if _ends_sentence(text, sents[p[2]], p[1]):
                    out[-1] = (p[0], f[1], f[2], p[3], p[4], p[5], p[6])
                    continue
                # "…, sagte Koch. Die Mannschaft hat gekämpft. Wir sind …": the
                # reporting clause ends the first quote, the next one starts after it
                a = trim_marks(text, sents[gap[0]].start_char, sents[gap[0]].end_char)[
                    0
                ]
                f = (a, *f[1:])
        out.append(f)
    res: list[Found] = []
    for f in out:
        si = f[2]
        if (
            f[3] == "direct"
            and (f[4] is not None or f[6] is not None)
            and _after_colon(text, sents[si], f[0])
            and _ends_sentence(text, sents[si], f[1])
            and not _closed(text, sents[si], f[1])
            # "Was geschieht jetzt mit uns?": a question stands alone
            and not text[f[1] : sents[si].end_char].strip().startswith("?")
            and text[f[1] - 1 : f[1]] != "?"
        ):
            b, last = f[1], si
            k = si + 1
            while k < len(sents) and k - si <= _SPOKEN_ON and k not in covered:
                if not (
                    _plain(view, sents[k], surnames)
                    and _spoken(view, sents[k], after_colon=True)
                ):
                    break
                b = trim_marks(text, sents[k].start_char, sents[k].end_char)[1]
                last = k
                k += 1
            f = (f[0], max(b, f[1]), last, *f[3:])
        res.append(f)
    return res


def reported_before(view: DocView, text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the Konjunktiv I sentences right before
    a quote whose reporting clause follows it ("Die Freizügigkeit sei
    wichtig. Sie bringe aber Probleme. Dem gehöre ein Riegel vorgeschoben, so
    Foglar."): each its own indirect quote of that speaker, back to the first
    sentence that has a quote, a verb of saying or no Konjunktiv I (two at
    most)."""
    sents = view.sents
    covered = {f[2] for f in found}
    added: list[Found] = []
    for f in found:
        si = f[2]
        if (
            (f[4] is None and f[6] is None)
            or not _opens_sentence(text, sents[si], f[0])
            or _ends_sentence(text, sents[si], f[1])
        ):
            continue
        k = si - 1
        while k >= 0 and si - k <= 2 and k not in covered:
            sent = sents[k]
            if saying_cues(view, sent) or not subjunctive(view, sent, first=True):
                break
            a, b = trim_marks(text, sent.start_char, sent.end_char)
            if b <= a:
                break
            added.append((a, b, k, "indirect", f[4], f[5], f[6]))
            covered.add(k)
            k -= 1
    return sorted(found + added, key=lambda f: (f[0], f[1])) if added else found


#: words the sentence before a first-person quote may have at most to be its start
_SHORT_BEFORE = 8
#: words at the start of a quote searched for a linking adverb ("jedoch")
_LINK_WINDOW = 6


def spoken_before(view: DocView, text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with a quote whose reporting clause follows it
    ("…, sagte X.") extended back over the sentence before, one quoted stretch,
    when the quote ties on to that sentence and it reads as the speaker's words:

    * the tie: "jedoch", "daher" among the quote's first words
      (:data:`kg.lang.de.speech.LINKING_ADVERBS`); "Ich"/"Wir" opening it after
      a short sentence ("Es ist noch nicht vorbei. Wir sind noch mittendrin,
      sagte die Gouverneurin."); "Und", "Doch", "Diese …" opening it
      (:data:`kg.lang.de.speech.LINKING_OPENERS`) with a first person in it or
      in the sentence before (not the narrator's lead-in "Die größte Gefahr ist
      die Abwehr. Diese Abwehr hat viel geleistet, sagt X.");
    * the sentence before holds no quote found, is plain (:func:`_plain`),
      names no organisation, has no "er", "sie", "soll" or dash (narration
      about someone) and no common verb in the simple past ("war", "kam": the
      narrator's tense, :data:`kg.lang.de.time_tense.PAST`)."""
    sents = view.sents
    covered = {f[2] for f in found}
    surnames: dict[str, str] | None = None
    out: list[Found] = []
    for f in found:
        si = f[2]
        k = si - 1
        if (
            k < 1
            or k in covered
            or (f[4] is None and f[6] is None)
            or f[0] < sents[si].start_char
            or not _opens_sentence(text, sents[si], f[0])
            or _ends_sentence(text, sents[si], f[1])
        ):
            out.append(f)
            continue
        sent, before = sents[si], sents[k]
        words = [t.lower_ for t in sent if f[0] <= t.idx < f[1] and t.is_alpha][
            :_LINK_WINDOW
        ]
        n_before = sum(1 for t in before if t.is_alpha)
        if not words or not (
            any(w in LINKING_ADVERBS for w in words)
            or (words[0] in FIRST_PERSON and n_before <= _SHORT_BEFORE)
            # "Und wir …", "Doch diese Annahme …" after "Viele von uns …": the
            # speaker's first person on either side, not the narrator's lead-in
            or (
                words[0] in LINKING_OPENERS
                and (
                    first_person(view, before)
                    or any(
                        t.lower_ in FIRST_PERSON_WORDS
                        for t in sent
                        if f[0] <= t.idx < f[1]
                    )
                )
            )
        ):
            out.append(f)
            continue
        if surnames is None:
            surnames = surnames_of(view)
        if not _plain(view, before, surnames) or any(
            t.lower_ in _NARRATION or view.org(t.i) is not None or t.lower_ in PAST
            for t in before
        ):
            out.append(f)
            continue
        a = trim_marks(text, before.start_char, before.end_char)[0]
        out.append((a, *f[1:]))
        covered.add(k)
    return out


def _plain(view: DocView, sent: Span, surnames: dict[str, str]) -> bool:
    """``sent`` could be more of a speaker's words: no verb of saying, no
    Konjunktiv (a report), no person named, also by surname alone ("Koller
    hofft auf rasche Aufklärung": narration about someone), no colon or
    quotation mark."""
    if saying_cues(view, sent) or subjunctive(view, sent):
        return False
    texts = view.texts
    return not any(
        texts[i] in _NOT_PLAIN
        or view.person(i) is not None
        or surname(surnames, texts[i]) is not None
        for i in range(sent.start, sent.end)
    )


_NOT_PLAIN = frozenset({":", "„", "“", '"', "»", "«"})
#: words that tell narration about someone from their own words
_NARRATION = frozenset(
    {"er", "sie", "ihm", "ihn", "soll", "sollen", "(", ")", "–", "—"}
)
_SPOKEN_WORDS = 15
#: the simple past of full verbs ("sprach", "gab", "kam"), which a speaker's
#: own words use rarely: not "war", "hatte", "wurde" or a modal ("Es war zu
#: wenig" goes on a quote)
_NARRATED_PAST = PAST - frozenset(
    "war waren warst wart hatte hatten hattest wurde wurden wurdest worden "
    "wollte wollten konnte konnten musste mussten durfte durften".split()
)


def _spoken(view: DocView, sent: Span, *, after_colon: bool = False) -> bool:
    """``sent``, plain, is short and bare enough to be more of the words after
    a colon: no organisation named, no "er", "sie", "ihm" (the speaker or
    others told about: "Dann fuhr sie ins Atelier"), no "soll" (a report), no
    dash or parenthesis (a dateline, a byline), no figure, at most
    :data:`_SPOKEN_WORDS` words; ``after_colon`` (a quote after a colon going
    on), also not one clause in the narrator's simple past
    (:data:`_NARRATED_PAST`: "…: Wir schaffen das. Die Regierung sprach von
    …"; between two quotes of one speaker "Die Abwehr stand sicher" is theirs)."""
    lowers = view.lowers
    words = 0
    past = False
    for i in range(sent.start, sent.end):
        low = lowers[i]
        if low in _NARRATION or low[:1].isdigit() or view.org(i) is not None:
            return False
        words += low[:1].isalpha()
        past = past or view.texts[i] in _NARRATED_PAST  # not "im Griff"
    # "Die Regierung sprach von einem schweren Jahr.": one clause with a full
    # verb in the simple past and no first person is the narrator's ("Wir
    # gaben alles", "Sie lagen im Feld, da sieht man nicht rein" are not)
    return words <= _SPOKEN_WORDS and not (
        after_colon
        and past
        and not first_person(view, sent)
        and "," not in view.texts[sent.start : sent.end]
    )


def _after_colon(text: str, sent: Span, a: int) -> bool:
    """The quote starting at ``a`` follows a colon inside ``sent``."""
    before = text[sent.start_char : a].rstrip(' "„»«“')
    return before.endswith(":") and len(before) > 1


def _opens_sentence(text: str, sent: Span, a: int) -> bool:
    return not text[sent.start_char : a].strip(' "„»«“‚')


def _ends_sentence(text: str, sent: Span, b: int) -> bool:
    return not text[b : sent.end_char].strip(' .!?…"“”»«‘')


_CLOSING_MARKS = frozenset('"“”»«')


def _closed(text: str, sent: Span, b: int) -> bool:
    """The quote ending at ``b`` is closed by a quotation mark before its
    sentence ends ("… das.“ Das Wetter war gut."): the writer said where it
    ends, so the sentences after it are narration."""
    return any(c in _CLOSING_MARKS for c in text[b : sent.end_char])


def new_speaker(
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
    readings = reporting_verb_readings()
    lowers = view.lowers
    after = lowers[sent.start : sent.end]
    verbs = [
        i
        for i in range(sent.start + 1, sent.end)
        if (lowers[i] in REPORTING_FORMS or lowers[i] in _ACT_FORMS)
        and doc[i].is_lower
        and (
            (
                lowers[i] in REPORTING_FORMS
                # "führte … zurück" is no "führte … aus"
                and any(
                    not vf.particle or vf.particle in after[i - sent.start :]
                    for vf in readings[lowers[i]]
                )
            )
            or lowers[i] in _ACT_FORMS
        )
        # "Er hoffe auf …": a verb that reports only a "dass" clause
        and not (
            lowers[i] not in _ACT_FORMS
            and all(vf.infinitive in CLAUSE_VERBS for vf in readings[lowers[i]])
        )
        # "Die Lager heißen …": a name, not a saying
        and not (lowers[i] in said and said[lowers[i]].infinitive == "heißen")
        # "Außerdem seien die Fächer gefordert": a participle names no speaker
        # ("Huber bezweifelt das" is the present all the same)
        and not (
            lowers[i] in said
            and said[lowers[i]].participle
            and lowers[i] not in finite_reporting_forms()
        )
        and not any(a.form.participle for a in acts.get(lowers[i], ()))
    ]
    if not verbs:
        return None
    c = verbs[0]
    k = view.key(c - 1)
    if k and kind_of(k) in (Kind.PERSON, Kind.ORG) and not is_media(k):
        return k, None
    label = label_of(view, [c - 1])
    if (
        doc[c - 1].lower_ in NOT_SPEAKER_LABELS
        and c - 2 >= sent.start
        and doc[c - 2].lower_ in ("der", "die", "das")
    ):
        # "Die Genannten wiesen das zurück", "wer die Geschichte erzählt": a
        # speaker the text does not name, not the one quoted before
        return None, None
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


def subjunctive(
    view: DocView, sent: Span, *, first: bool = False, shape: bool = False
) -> bool:
    """A finite verb of ``sent`` (not its first word) is in Konjunktiv (with
    ``first``, in Konjunktiv I, which only reported speech uses), and no "ich"
    or "wir" speaks; with ``shape`` (the sentence right after a quote) also a
    word the list lacks that has the shape of a Konjunktiv I ("Das hänge davon
    ab", :func:`kg.lang.de.speech.looks_subjunctive`)."""
    doc = view.doc
    forms = SUBJUNCTIVE_I_FORMS if first else SUBJUNCTIVE_FORMS
    if any(sent.start <= i < sent.end for i in view.positions(FIRST_PERSON)):
        return False
    if any(
        sent.start < i < sent.end and doc[i].is_lower for i in view.positions(forms)
    ):
        return True
    if not shape:
        return False
    # with ``shape``, a Konjunktiv I the list lacks ("Das hänge davon ab")
    lowers, texts = view.lowers, view.texts
    return any(
        lowers[i][-1:] == "e"
        and doc[i].is_lower
        and looks_subjunctive(lowers[i], texts[i - 1], texts[i + 1])
        for i in range(sent.start + 1, sent.end - 1)
    )


def settle_labels(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the label of an unnamed speaker read
    against the quotes before it: a bare "Sprecherin" speaks for the
    organisation or state quoted in the two sentences before ("hieß es aus der
    EU-Kommission. …, sagte eine Sprecherin"); "die Zeitung" is the outlet
    quoted in the three before, speaker and medium; "das Krankenhaus" is the
    "Kinderkrankenhaus" quoted before, "Fall" the "Ibrahima Fall" (a name the
    model missed); "die Exekutive" the police
    (:data:`kg.lang.de.speech.LABEL_SYNONYMS`)."""
    out: list[Found] = []
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        if speaker is None and label is not None:
            low = label.lower()
            before = [p for p in reversed(out) if si - p[2] <= 3]
            if low in SPOKESPERSON_ENDINGS:
                org = next(
                    (
                        p[4]
                        for p in before
                        if si - p[2] <= 2
                        and p[4] is not None
                        and kind_of(p[4]) in (Kind.ORG, Kind.PLACE)
                    ),
                    None,
                )
                body = next(
                    (
                        p[6]
                        for p in before
                        if si - p[2] <= 2
                        and p[4] is None
                        and p[6] is not None
                        and p[6].lower().endswith(BODY_ENDINGS)
                    ),
                    None,
                )
                if org is not None:
                    speaker, label = org, None
                elif body is not None:
                    label = body  # "ein Polizeisprecher" … "der Sprecher"
            elif low in MEDIA_NOUNS or (low[-1:] == "s" and low[:-1] in MEDIA_NOUNS):
                # also the genitive ("Nach Informationen des Nachrichtenmagazins")
                outlet = next((p[5] for p in before if p[5] is not None), None)
                if outlet is not None:
                    speaker, medium, label = outlet, outlet, None
            elif (leader := group_leader(view, [label], a)) is not None:
                speaker, label = leader, None  # "schreiben die Forscher" um X
            elif low in LABEL_SYNONYMS:
                label = LABEL_SYNONYMS[low]
            elif (
                club := organisation_of_demonym(
                    view, label, view.sents[min(si + 1, len(view.sents) - 1)].end
                )
            ) is not None:
                speaker, label = club, None  # "die Augsburger" after "FC Augsburg"
            elif " " not in label and (
                named := next(
                    (
                        p[4]
                        for p in before
                        if p[4] is not None
                        and kind_of(p[4]) is Kind.ORG
                        and (first := name_of(p[4]).split()[0].lower()).endswith(low)
                        and first != low
                    ),
                    None,
                )
            ):
                # "hieß es aus dem Ministerium" after the "Innenministerium"
                speaker, label = named, None
            elif " " not in label:
                label = next(
                    (
                        p[6]
                        for p in before
                        if p[6] is not None
                        and (
                            (
                                p[6].split()[0].lower().endswith(low)
                                and p[6].split()[0].lower() != low
                            )
                            # "sagte Fall" after "…, Ibrahima Fall,"
                            or (" " in p[6] and p[6].split()[-1] == label)
                        )
                    ),
                    label,
                )
        out.append((a, b, si, kind, speaker, medium, label))
    return out


def colon_continued(view: DocView, sent: Span) -> int | None:
    """The first character after "Und:" (:data:`COLON_CONTINUATIONS`) opening
    ``sent``, when at least four words follow: the sentence goes on with the
    quote before it ("Das Urteil sei falsch, so Huber. Und: Die Zeitungen müssen
    frei bleiben."); else ``None``."""
    doc = view.doc
    i = sent.start
    if (
        sent.end - i < 6
        or view.lowers[i] not in COLON_CONTINUATIONS
        or doc[i + 1].text != ":"
        or not doc[i + 2].text[:1].isupper()
        or sum(t.is_alpha for t in doc[i + 2 : sent.end]) < 4
    ):
        return None
    return doc[i + 2].idx


def continued_from(view: DocView, sent: Span) -> int:
    """The first character of the report a Konjunktiv sentence goes on with:
    after a dash or semicolon that ends the narrator's clause about the speaker
    ("Welche Bereiche das betreffen könnte, ließ er offen – es dürfe keine
    Probleme geben" -> "es dürfe …"), else the sentence's start."""
    doc = view.doc
    forms = set(view.positions(SUBJUNCTIVE_FORMS))
    last = next(
        (
            i
            for i in range(sent.end - 1, sent.start, -1)
            if i in forms and doc[i].is_lower
        ),
        None,
    )
    if last is None:
        return sent.start_char
    first = min(i for i in forms if sent.start < i <= last and doc[i].is_lower)
    colon = next(
        (i for i in range(first - 1, sent.start, -1) if doc[i].text == ":"), None
    )
    if colon is not None and colon - sent.start >= _NARRATION_WORDS:
        # "In seiner Rede sprach er über Schuld: Jeder habe getan, …": the
        # narrator's clause before the colon, the report after it
        return doc[colon + 1].idx
    cut = next(
        (
            i
            for i in range(last - 1, sent.start, -1)
            if doc[i].text in ("–", ";") and doc[i].whitespace_
        ),
        None,
    )
    if cut is None:
        return _after_narration(view, sent, forms)
    # the clause right before the dash: the narrator's, about the speaker
    lo = next(
        (j + 1 for j in range(cut - 1, sent.start, -1) if doc[j].text in ",:;"),
        sent.start,
    )
    clause = range(lo, cut)
    if any(j in forms for j in clause) or not any(
        doc[j].lower_ in ("er", "sie") and doc[j].is_lower for j in clause
    ):
        return sent.start_char
    return doc[cut + 1].idx


#: words a main clause of the narrator before a report has at least ("Der Mann
#: wurde ins Spital gebracht, sein Zustand sei …"); a shorter one opens the
#: report ("Damals, sagte er, sei …")
_NARRATION_WORDS = 4


def _after_narration(view: DocView, sent: Span, forms: set[int]) -> int:
    """The first character of the report in ``sent`` after a main clause of the
    narrator that opens it, no Konjunktiv in it, a comma after it: "Der Mann
    wurde in ein Spital eingeliefert, sein Zustand sei nicht kritisch" -> "sein
    Zustand …"; the sentence's start when a subordinate clause opens it ("Als
    er ankam, sei …"), a relative clause or a clause of its own follows the
    comma ("…, die ihm aufgefallen seien"), or not one comma but none or
    several stand before the first Konjunktiv."""
    doc = view.doc
    first = next(
        (i for i in range(sent.start + 1, sent.end) if i in forms and doc[i].is_lower),
        None,
    )
    comma = next(
        (
            i
            for i in range((first or sent.start) - 1, sent.start, -1)
            if doc[i].text == ","
        ),
        None,
    )
    if (
        first is None
        or comma is None
        or comma + 1 >= first
        or view.lowers[sent.start] in CLAUSE_OPENERS | FRONTED_SUBORDINATORS
        or view.lowers[sent.start] in REPORTED_CLAUSE_OPENERS
        or sum(doc[i].is_alpha for i in range(sent.start, comma)) < _NARRATION_WORDS
        or any(doc[i].text in ",:;–" for i in range(sent.start, comma))
        # "Erfahrungsgemäß dauere es aber einige Zeit, bis …": a Konjunktiv
        # the list lacks
        or any(
            looks_subjunctive(view.lowers[i], view.texts[i - 1], view.texts[i + 1])
            and doc[i].is_lower
            for i in range(sent.start + 1, comma)
        )
    ):
        return sent.start_char
    nxt = doc[comma + 1]
    if nxt.lower_ in REPORTED_CLAUSE_OPENERS or (
        nxt.lower_ in RELATIVE_PRONOUNS | CLAUSE_OPENERS
        and comma + 2 < sent.end
        and doc[comma + 2].is_lower
    ):
        return sent.start_char  # "…, die ihm aufgefallen seien", "…, dass …"
    return nxt.idx
