"""Where a reported clause comes from: the source after "laut", "zufolge", "nach
Angaben" (:func:`source_at`), a report a medium or body cites
(:func:`cited_source`), and the nouns that name an unnamed speaker
(:func:`speaker_noun`). :mod:`kg.extract.speakers` reads the speaker of the
clause itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import is_media, state_of_capital
from kg.extract.coref import LastSpeaker, antecedent, surname, surnames_of
from kg.extract.names import is_common_noun
from kg.extract.org_anaphor import org_of_word
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.bodies import body_noun
from kg.lang.de.cases import article_genders, nominative, noun_nominative
from kg.lang.de.grammar import (
    ADJ_ENDINGS,
    ARTICLES,
    AUXILIARIES,
    INDEFINITE_ARTICLES,
    PASSIVE_AUXILIARIES,
    POSSESSIVE_ARTICLES,
    POSSESSIVES,
    RELATIVE_PRONOUNS,
)
from kg.lang.de.org_kinds import PLACED_BODY_ENDINGS, is_kind_noun
from kg.lang.de.speech import (
    ATTRIBUTION_NOUNS,
    BODY_ENDINGS,
    CITED_DOCUMENT_NOUNS,
    DATA_ATTRIBUTION_NOUNS,
    MEDIA_NOUNS,
    NOT_ATTRIBUTION_COMPOUNDS,
    NOT_SPEAKER_WORDS,
    ORG_ANAPHORS,
    PLACE_NOUN_ENDINGS,
    REPORT_ADVERBS,
    REPORT_BACK_WORDS,
    REPORT_OWNER_WORDS,
    RESEARCH_GROUP_NOUNS,
    SOURCE_PHRASE_WORDS,
    SPEAKER_NOUNS,
    SUBJUNCTIVE_I_FORMS,
    UNNAMED_SOURCE_NOUNS,
    UNNAMED_SOURCE_PREFIXES,
    group_noun,
)
from kg.lang.de.time import MONTHS, PARTS_OF_DAY, WEEKDAYS
from kg.lang.de.titles import match_title
from kg.lang.de.unnamed_sources import unnamed_source_word
from kg.nlp import gazetteer

__all__ = [
    "SOURCE_CUES",
    "Source",
    "cited_source",
    "clause_start",
    "nominative_in",
    "points_back",
    "source_at",
    "speaker_noun",
]

_DEFINITE = ARTICLES | {"des"}

Source = tuple[str | None, str | None, str | None, int, int]
SOURCE_CUES = frozenset({"laut", "zufolge", "nach", "aus"}) | REPORT_ADVERBS


def _owned_report_after(doc: Doc, sent: Span, i: int) -> bool:
    """The "laut" at ``i`` opens an attribution noun with its owner after it
    ("laut Angaben der Polizei", "laut den Informationen des Senders"), not a
    compound or "laut eigenen Angaben"."""
    j = i + 1
    if j < sent.end and doc[j].lower_ in ("den", "einem", "einer"):
        j += 1
    return (
        j + 1 < sent.end
        and doc[j].lower_ in ATTRIBUTION_NOUNS
        and doc[j + 1].lower_ in REPORT_OWNER_WORDS
    )


def source_at(view: DocView, sent: Span, i: int, last: LastSpeaker) -> Source | None:
    """(speaker, medium, label, start, end) when token ``i`` opens or closes an
    attribution of the clause ``sent``."""
    doc = view.doc
    w = doc[i].lower_
    a, b = clause_start(sent), sent.end_char
    region: list[int] = []
    if w == "laut" and _owned_report_after(doc, sent, i):
        w = "nach"  # "Laut Angaben der Polizei": as "nach Angaben der Polizei"
    if w == "laut":
        if i + 2 < sent.end and doc[i + 1].lower_ == "eigenen":
            # "Das Unternehmen genießt laut eigenen Angaben …": its subject
            own = _key_before(view, i, sent, last)
            label = None if own else _anaphor_before(view, i, sent)
            return own, None, label, a, b
        nxt = doc[i + 1].lower_ if i + 1 < sent.end else ""
        compound = _attribution_compound(nxt)
        if (
            compound is not None
            and compound not in ("bericht", "berichten")
            and doc[i + 1].text[:1].isupper()
        ):
            # "laut Polizeiangaben", "laut Pentagon-Angaben": as after "nach"
            # ("laut Medienberichten" stays unnamed, below)
            k = view.key(i + 1)
            label = doc[i + 1].text[: -len(compound)].rstrip("-")
            if label.lower() in UNNAMED_SOURCE_PREFIXES:
                return None, None, None, a, b  # "laut Medieninformationen": unnamed
            k = k or org_of_word(view, i + 1, label, last)  # "laut Konzernangaben"
            return (k, None, None if k else label.capitalize() or None, a, b)
        region = _source_phrase(view, sent, i + 1)
        apposed = _apposed_person(view, sent, region)
        if apposed is not None:
            return apposed, None, None, a, b  # "Laut dem Präsidenten der X, Name, …"
        head = next((j for j in region if doc[j].lower_ not in _DEFINITE), None)
        if (
            head is not None
            and speaker_noun(doc[head].text)
            and not any(view.person(j) for j in region)
        ):
            # "laut ÖGB-Präsident": the person named before with that post
            own = antecedent(view, i, [], last)
            if own is not None:
                return own, None, None, a, b
        leader = (
            None
            if any(view.key(j) for j in region)
            else group_leader(view, [doc[j].text for j in region], doc[i].idx)
        )
        if leader is not None:
            return leader, None, None, a, b  # "laut den Forschern" um X
        if not any(view.key(j) for j in region) and any(
            doc[j].lower_ in UNNAMED_SOURCE_NOUNS
            or doc[j].lower_.endswith(("bericht", "berichten"))
            for j in region
        ):
            return None, None, None, a, b  # "laut einem Medienbericht": unnamed
        if not any(view.key(j) for j in region):
            own = next(
                (
                    k
                    for j in region[:2]
                    if (k := surname(surnames_of(view), doc[j].text))
                ),
                None,
            )
            if own is not None:
                return own, None, None, a, b  # "laut Hochegger": a surname alone
            anaphor = _org_anaphor_in(view, region) or _bare_org_anaphor(doc, region)
            if anaphor is not None:
                if anaphor == doc[region[0]].text:
                    # "laut Unternehmen im Vorjahr": the one named before
                    own = org_of_word(view, region[0], anaphor, last)
                    return own, None, None if own else anaphor, a, b
                return None, None, anaphor, a, b  # "laut dem Unternehmen"
            body = _body(view, region)
            if body is not None:
                return None, None, body, a, b  # "Laut Entschärfungsdienst …"
            compound = _attribution_compound(doc[region[0]].lower_) if region else None
            if compound is not None and len(region) == 1:
                # "laut Ministeriumsangaben": the body by its word
                word = doc[region[0]].text[: -len(compound)].rstrip("-").capitalize()
                own = org_of_word(view, region[0], word, last)
                if own is not None:
                    return own, None, None, a, b  # the ministry named before
                for form in (word, word[:-1] if word.endswith("s") else ""):
                    if form and (
                        body_noun(form) or gazetteer.load().national_kind(form)
                    ):
                        return None, None, form, a, b
            if head is not None and speaker_noun(doc[head].text):
                # "Laut der Sprecherin entschlossen sich …": a person unnamed
                return None, None, None, a, b
            if any(
                unnamed_source_word(doc[j].text) for j in region
            ) and not _in_relative_clause(doc, sent, i):
                # "laut Testern", "laut einer Studie": the one quoted just before
                return _last_source(view, i, last, a, b)
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
        if i - 2 >= sent.start and _these_reports(doc, [i - 2, i - 1]):
            # "Die Straße war den Angaben zufolge vereist": the source just quoted
            return _last_source(view, i, last, a, b)
        if not any(view.key(k) for k in region):
            leader = group_leader(view, [doc[k].text for k in region], doc[i].idx)
            if leader is not None:
                return leader, None, None, a, b  # "den Forschern zufolge" um X
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
            if any(
                unnamed_source_word(doc[k].text) for k in region
            ) and not _in_relative_clause(doc, sent, j):
                # "den Einsatzkräften zufolge": the one quoted just before
                return _last_source(view, i, last, a, b)
            anaphor = _org_anaphor_in(view, region)
            if anaphor is not None:
                return None, None, anaphor, a, b  # "dem Konzern zufolge"
            body = _body(view, region)
            if body is not None:
                return None, None, body, a, b  # "dem Entschärfungsdienst zufolge"
            return None
    elif w == "nach" and i > sent.start and doc[i - 1].lower_ == "vernehmen":
        # "…, dem Vernehmen nach ist man …": hearsay, unnamed; its clause only
        start = next(
            (j + 1 for j in range(i - 2, sent.start, -1) if doc[j].text in ",;:"),
            sent.start,
        )
        return None, None, None, max(a, doc[start].idx), b
    elif w == "nach" and (owner := _postposed_owner(doc, sent, i)) is not None:
        # "Seiner Einschätzung nach werden …": as "Nach seiner Einschätzung"
        if last is not None and view.sentence_of(doc[i]) - last[2] <= 2:
            return last[0], last[1], None, a, b  # the one quoted just before
        pronoun = "er" if owner.startswith("sein") else "sie"
        own = antecedent(view, i - 2, [], last, pronoun=pronoun)
        if own is not None and kind_of(own) is Kind.PERSON:
            return own, None, None, a, b  # the person named before
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
        compound = _attribution_compound(noun)
        if compound is not None and j == i + 1:
            # "nach Pentagon-Angaben", "nach Militärangaben"
            k = view.key(j)
            label = doc[j].text[: -len(compound)].rstrip("-")
            k = k or org_of_word(view, j, label, last)  # "nach Unternehmensangaben"
            return (k, None, None if k else label.capitalize() or None, a, b)
        if noun not in ATTRIBUTION_NOUNS:
            return None
        if _these_reports(doc, list(range(i + 1, j + 1))) and (
            j + 1 >= sent.end or doc[j + 1].lower_ not in REPORT_OWNER_WORDS
        ):
            # "nach diesen Angaben" (not "nach den Angaben der Polizei"): the
            # source just quoted
            return _last_source(view, i, last, a, b)
        owner = next(
            (
                doc[k].lower_
                for k in range(i + 1, j)
                if doc[k].lower_ in POSSESSIVES | POSSESSIVE_ARTICLES
            ),
            None,
        )
        if owner is not None:
            # "Nach ihren Worten geht es …": the one quoted just before
            if last is None or view.sentence_of(doc[i]) - last[2] > 2:
                # "Tim Cook sprach in X. Nach seiner Einschätzung werden …":
                # the person named before, as "er" would be
                pronoun = "er" if owner.startswith("sein") else "sie"
                own = antecedent(view, i, [], last, pronoun=pronoun)
                if own is not None and kind_of(own) is Kind.PERSON:
                    return own, None, None, a, b
                if owner in POSSESSIVES:
                    return None
            else:
                return last[0], last[1], None, a, b
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
                own = _key_before(view, i - 2, sent, last)
                return (
                    own,
                    None,
                    None,
                    doc[i - 1].idx,
                    doc[end - 1].idx + len(doc[end - 1]),
                )
            return _key_before(view, i, sent, last), None, None, a, b
        region = _source_phrase(view, sent, j + 1)
        if noun in DATA_ATTRIBUTION_NOUNS and not any(view.key(k) for k in region):
            return None  # "nach Zahlen vom Montag": data, no source
    elif w == "aus":
        # "Aus Sicht des Regisseurs ist …", "aus Sicht der Regierung"; not "aus
        # Sicht der Hardware"
        if i + 2 >= sent.end or doc[i + 1].lower_ != "sicht":
            return None
        if any(view.lowers[j] in SUBJUNCTIVE_I_FORMS for j in range(i, sent.end)):
            return None  # "Aus Sicht Washingtons stehe …": the report goes on
        region = _source_phrase(view, sent, i + 2)
        if not any(view.key(j) for j in region):
            noun = next((doc[j].text for j in region if doc[j].is_title), "")
            if not (
                speaker_noun(nominative_in(view, noun))
                or (noun.endswith("s") and speaker_noun(noun[:-1]))
            ):
                return None
            return None, None, None, a, b  # an unnamed person's view
    elif w in REPORT_ADVERBS:
        if last is None or view.sentence_of(doc[i]) - last[2] > 3:
            return None
        return last[0], last[1], None, a, b
    else:
        return None
    apposed = _apposed_person(view, sent, region)
    if apposed is not None:
        return apposed, None, None, a, b  # "nach Worten des Staatssekretärs, Name,"
    keys = [k for j in region if (k := view.key(j))]
    if not keys and (anaphor := _org_anaphor_in(view, region)) is not None:
        return None, None, anaphor, a, b  # "nach Angaben der Partei"
    if not keys and (
        leader := group_leader(view, [doc[j].text for j in region], doc[i].idx)
    ):
        return leader, None, None, a, b  # "nach Ansicht der Forscher" um X
    # an organisation or person before a place ("dem afghanischen
    # Verteidigungsministerium zufolge": not Afghanistan)
    # and a person before both ("nach Meinung des ÖGB-Sekretärs Hans Berg":
    # the person the title names, not the organisation inside the title)
    keys.sort(key=lambda k: _SOURCE_RANK.get(kind_of(k) or Kind.ORG, 1))
    speaker = next((k for k in keys if not is_media(k)), keys[0] if keys else None)
    medium = next((k for k in keys if is_media(k)), None)
    if medium is not None and (cite := _cited_after(view, sent, region)) is not None:
        # "Nach einem Bericht der Zeitung X vom Samstag unter Berufung auf das
        # Gesundheitsamt": the source X cites speaks, X is the medium
        return cite[0], medium, cite[1], a, b
    named = _institution(view, region)
    if named is not None and (speaker is None or kind_of(speaker) is Kind.PLACE):
        return None, medium, named, a, b  # "der Syrischen Beobachtungsstelle …"
    return speaker, medium, None, a, b


def _these_reports(doc: Doc, region: list[int]) -> bool:
    """The tokens ``region`` are "den" or "diesen" and an attribution noun
    ("den Angaben", "diesen Informationen"), a report named before."""
    return (
        len(region) == 2
        and doc[region[0]].lower_ in REPORT_BACK_WORDS
        and doc[region[1]].lower_ in ATTRIBUTION_NOUNS
        and doc[region[1]].lower_ not in DATA_ATTRIBUTION_NOUNS
    )


def points_back(sent: Span) -> bool:
    """The sentence ``sent`` attributes its clause to the report just quoted
    ("den Angaben zufolge", "nach diesen Informationen")."""
    doc = sent.doc
    return any(
        _these_reports(doc, [i, i + 1])
        and (
            doc[i + 2].lower_ == "zufolge"
            or (
                i > sent.start
                and doc[i - 1].lower_ == "nach"
                and doc[i + 2].lower_ not in REPORT_OWNER_WORDS
            )
        )
        for i in range(sent.start, sent.end - 2)
    )


def _in_relative_clause(doc: Doc, sent: Span, i: int) -> bool:
    """The attribution at token ``i`` opens a relative clause (", der laut
    einer Studie machbar erschien"): it attributes that clause, not the
    sentence."""
    return (
        i - 2 >= sent.start
        and doc[i - 1].lower_ in RELATIVE_PRONOUNS
        and doc[i - 2].text == ","
    )


def _last_source(view: DocView, i: int, last: LastSpeaker, a: int, b: int) -> Source:
    """The speaker quoted in the three sentences before token ``i``, else an
    unnamed source."""
    if last is None or view.sentence_of(view.doc[i]) - last[2] > 3:
        return None, None, None, a, b
    return last[0], last[1], None, a, b


#: how many tokens after a medium's source phrase "unter Berufung auf" may stand
_CITED_WITHIN = 12


def _cited_after(
    view: DocView, sent: Span, region: list[int]
) -> tuple[str | None, str | None] | None:
    """(speaker, label) of a named source the medium of ``region`` cites
    "unter Berufung auf" right after it, before the next comma
    (:func:`cited_source`); None for documents and unnamed people."""
    if not region:
        return None
    after: list[int] = []  # the phrase may run on into "vom Samstag unter …"
    for j in range(region[0], min(sent.end, region[-1] + 1 + _CITED_WITHIN)):
        if view.doc[j].text == ",":
            break
        after.append(j)
    found = cited_source(view, after)
    if found is None or found[2] or found[0] == found[1] is None:
        return None
    return found[0], found[1]


#: which entity of a source phrase speaks first
_SOURCE_RANK = {Kind.PERSON: 0, Kind.PLACE: 2}


def _apposed_person(view: DocView, sent: Span, region: list[int]) -> str | None:
    """The person named between commas right after a source phrase that ends in
    a title or post: "laut dem Präsidenten des Trentino, Ugo Rossi, sei …",
    "nach Worten des Staatssekretärs im Ministerium, Eva Berg, ist …"."""
    if not region:
        return None
    doc = view.doc
    t = region[-1] + 1
    if t + 1 >= sent.end or doc[t].text != ",":
        return None
    person = view.person(t + 1)
    if person is None:
        return None
    e = t + 1
    while e < sent.end and view.person(e) == person:
        e += 1
    if e >= sent.end or doc[e].text != ",":
        return None
    if not any(
        speaker_noun(w) or speaker_noun(w[:-1]) or speaker_noun(w[:-2])
        for j in region
        if (w := doc[j].text)[:1].isupper() and not view.key(j)
    ):
        return None
    return person


_GROUP_LINKS = frozenset({"um", "von"})


def group_leader(view: DocView, words: list[str], at: int) -> str | None:
    """The person a group noun among ``words`` stands for, when the article
    has named the group by its leader before character ``at``: "Forscher um
    Robert Losey …; nach Ansicht der Forscher" -> Robert Losey (the nearest
    "<Noun> um <Person>", "das Team von <Person>" or "<Person>s Team" before,
    its noun the same word or both words for researchers,
    :data:`kg.lang.de.speech.RESEARCH_GROUP_NOUNS`)."""
    nouns = {group_noun(w) for w in words if w[:1].isupper()}
    if not nouns:
        return None
    doc = view.doc
    found: list[tuple[int, str]] = []
    for u in view.positions(_GROUP_LINKS):
        if u == 0 or u + 1 >= len(doc) or doc[u].idx >= at:
            continue
        person = view.person(u + 1)
        head = doc[u - 1]
        if person is None or view.key(u - 1) or not head.text[:1].isupper():
            continue
        h = group_noun(head.text)
        if doc[u].lower_ == "von" and not h.endswith("team"):
            continue  # "das Team von X", not "Kollegen von X"
        if _same_group(h, nouns):
            found.append((u, person))
    surnames = surnames_of(view)
    for u in range(1, len(doc)):
        if doc[u].idx >= at:
            break
        h = group_noun(doc[u].text)
        if h.endswith("team") and doc[u].text[:1].isupper() and _same_group(h, nouns):
            # "Behroozis Team": a person's genitive before the team
            person = view.person(u - 1) or surname(surnames, doc[u - 1].text)
            if person is not None and doc[u - 1].lower_.endswith(("s", "'")):
                found.append((u, person))
    return max(found)[1] if found else None


def _same_group(head: str, nouns: set[str]) -> bool:
    """The folded group noun ``head`` is one of ``nouns``, or both are words
    for researchers."""
    return head in nouns or (
        head in RESEARCH_GROUP_NOUNS and bool(nouns & RESEARCH_GROUP_NOUNS)
    )


def _attribution_compound(noun: str) -> str | None:
    """The attribution noun ``noun`` (lower case) ends in as a compound
    ("militärangaben", "pentagon-angaben" -> "angaben"), else ``None``."""
    return next(
        (
            n
            for n in ATTRIBUTION_NOUNS - DATA_ATTRIBUTION_NOUNS
            if noun.endswith(n)
            and noun != n
            # "nach Antworten suchen": a word of its own, not "nach X-Worten"
            and (noun[-len(n) - 1] == "-" or len(noun) - len(n) >= 3)
            and noun not in NOT_ATTRIBUTION_COMPOUNDS
        ),
        None,
    )


def _body(view: DocView, region: list[int]) -> str | None:
    """The name of an unnamed public body the source phrase ``region`` is,
    by the ending of its head noun ("Entschärfungsdienst", "Landeskriminalamt",
    :data:`kg.lang.de.speech.BODY_ENDINGS`), in the nominative; documents
    ("Verfassung", "Statistik") are none."""
    doc = view.doc
    heads = [
        j
        for j in region
        if doc[j].text[:1].isupper()
        and doc[j].is_alpha
        and doc[j].lower_ not in _DEFINITE
    ]
    if not heads:
        return None
    head = (
        nominative_in(view, doc[heads[-1]].text)
        if heads[-1] > 0 and doc[heads[-1] - 1].lower_ in ("des", "eines")
        else doc[heads[-1]].text
    )
    low = head.lower()
    if any(low.endswith(e) for e in BODY_ENDINGS) and low not in NOT_SPEAKER_WORDS:
        return head
    # "laut Bergrettung Axams": the body, then the place it serves
    first = heads[0]
    low = doc[first].lower_
    if (
        len(heads) > 1
        and heads == list(range(first, heads[-1] + 1))
        and any(low.endswith(e) for e in BODY_ENDINGS)
        and low not in NOT_SPEAKER_WORDS
        and all(
            view.key(j) is None or kind_of(view.key(j) or "") is Kind.PLACE
            for j in heads[1:]
        )
        and (
            heads[-1] + 1 >= len(doc)
            or doc[heads[-1] + 1].is_punct
            or (doc[heads[-1] + 1].is_lower and doc[heads[-1] + 1].is_alpha)
        )  # not "laut Alpinpolizei Mitte 30"
    ):
        return doc[first : heads[-1] + 1].text
    return None


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
    if (
        j == first + 1
        and (j + 1 not in region or not doc[j + 1].text[:1].isupper())
        and (is_kind_noun(doc[first].text) or is_common_noun(doc, doc[first].text))
        and not doc[first].lower_.endswith(PLACED_BODY_ENDINGS)
        and not is_common_noun(doc, doc[j].text)
        and not is_kind_noun(doc[j].text)
        and getattr(gazetteer.lookup(doc[j].text, label="LOC"), "label", "") != "LOC"
        and doc[j].lower_ not in NOT_SPEAKER_WORDS
    ):
        # "der Wirtschaftsauskunftei Creditreform": the name, not its kind
        return doc[j].text
    end = region[-1]
    for k in range(j + 1, end):
        # "des Landeskriminalamts in Sachsen", "des Kinderkrankenhauses der
        # US-Ostküstenstadt": the place it serves is not part of its name
        if (
            (doc[k].lower_ in ("in", "im") and view.key(k + 1))
            or (
                doc[k].lower_ in ("der", "des")
                and doc[k + 1].lower_.endswith(PLACE_NOUN_ENDINGS)
            )
            # "aus Justizkreisen vom Montag": the day it was said, no part
            or (doc[k].lower_ in ("vom", "von", "am") and _time_word(doc[k + 1]))
        ):
            end = k - 1
            break
    while end > first and (doc[end].is_punct or doc[end].lower_ in SOURCE_PHRASE_WORDS):
        end -= 1
    # the name in the nominative ("der Syrischen Beobachtungsstelle" ->
    # "Syrische Beobachtungsstelle"), by the case of the word before it
    written = "".join(t.text + t.whitespace_ for t in doc[first : end + 1]).strip()
    before = doc[first - 1].text if first > 0 else None
    return nominative(written, before, _genders(view))


def _time_word(t: Token) -> bool:
    """``t`` opens a date or day ("Montag", "Mai", "12.", "Wochenende")."""
    return (
        t.lower_ in WEEKDAYS
        or t.text in MONTHS
        or t.lower_ in PARTS_OF_DAY
        or t.lower_ == "wochenende"
        or t.text[:1].isdigit()
    )


def nominative_in(view: DocView, noun: str) -> str:
    """A masculine or neuter noun after "des" in the nominative
    (:func:`kg.lang.de.cases.noun_nominative`: "Kinderkrankenhauses" ->
    "Kinderkrankenhaus"); as written where its gender is unknown."""
    return noun_nominative(noun, _genders(view)) or noun


def _genders(view: DocView) -> dict[str, str]:
    """The genders the article shows for its nouns by an article
    (:func:`kg.lang.de.cases.article_genders`); read only when a source's
    name is put in the nominative, which is rare."""
    return article_genders(t.text for t in view.doc)


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
            and doc[j].text.replace("-", "").isalpha()  # "nordrhein-westfälischen"
            and (j == start or doc[j].lower_ not in INDEFINITE_ARTICLES)
            and (doc[j].lower_ in ARTICLES or _in_source(doc[j]))  # not "will"
        )
    ):
        if doc[j].is_punct:
            break
        if (
            j > start
            and doc[j].lower_ in _NEW_PHRASE_ARTICLES
            and doc[j - 1].text[:1].isupper()
            # "der Tageszeitung Die Welt": the article of a name the model tagged
            and not (doc[j].text[:1].isupper() and view.key(j))
        ):
            break  # "laut Wiener Zeitung die Polizei": the clause's subject
        j += 1
    return list(range(start, j))


#: articles that cannot go on a source's phrase after its noun (no genitive
#: or dative): they open the next phrase of the clause
_NEW_PHRASE_ARTICLES = frozenset({"die", "das"})


def _org_anaphor_in(view: DocView, region: list[int]) -> str | None:
    """The noun by which the source phrase ``region`` refers back to an
    organisation ("laut dem Unternehmen", "nach Angaben der Partei",
    :data:`kg.lang.de.speech.ORG_ANAPHORS`), after a definite article; the
    caller resolves it to the organisation named before."""
    doc = view.doc
    for j in region[1:3]:
        if doc[j].lower_ in ORG_ANAPHORS and doc[j - 1].lower_ in _DEFINITE:
            return doc[j].text
    return None


#: nouns of a view before a postposed "nach" ("Seiner Meinung nach")
_VIEW_NOUNS = frozenset(
    "einschätzung ansicht meinung auffassung überzeugung darstellung worten".split()
)


def _postposed_owner(doc: Doc, sent: Span, i: int) -> str | None:
    """The possessive of a third person before a noun of a view and the
    postposed "nach" at ``i`` ("Seiner Einschätzung nach", "ihren Worten
    nach"), lower case; else None."""
    if i - 2 < sent.start or doc[i - 1].lower_ not in _VIEW_NOUNS:
        return None
    owner = doc[i - 2].lower_
    if owner in POSSESSIVE_ARTICLES and owner.startswith(("sein", "ihr")):
        return owner
    return None


def _bare_org_anaphor(doc: Doc, region: list[int]) -> str | None:
    """The noun of :data:`kg.lang.de.speech.ORG_ANAPHORS` that opens the source
    phrase ``region`` with no article ("laut Unternehmen", "laut Konzern im
    Vorjahr"), not a name's first word ("laut Gruppe Nord")."""
    if not region or doc[region[0]].lower_ not in ORG_ANAPHORS:
        return None
    if len(region) > 1 and doc[region[1]].text[:1].isupper():
        return None
    return doc[region[0]].text


def _anaphor_before(view: DocView, i: int, sent: Span) -> str | None:
    """The noun of an organisation named before token ``i`` in ``sent`` by
    :data:`kg.lang.de.speech.ORG_ANAPHORS` ("Das Unternehmen genießt laut
    eigenen Angaben …"), when no entity stands between."""
    doc = view.doc
    for k in range(i - 1, sent.start, -1):
        if view.key(k) is not None:
            return None
        if doc[k].lower_ in ORG_ANAPHORS and doc[k - 1].lower_ in _DEFINITE:
            return doc[k].text
    return None


def _key_before(
    view: DocView, i: int, sent: Span, last: LastSpeaker = None
) -> str | None:
    """The last entity ``sent`` names before token ``i`` ("Beate Zschäpe ist nach
    eigenen Angaben …"), a person's bare surname included ("Richter, der nach
    eigenen Angaben …"); not one in brackets ("Der Schauspieler X (59, Y) kann
    sich nach eigenen Angaben …"). "er" right before token ``i`` ("Weil er nach
    eigenen Angaben …") is the person it refers to ("sie" may be many)."""
    doc = view.doc
    if i - 1 >= sent.start and doc[i - 1].lower_ == "er":
        return antecedent(view, i - 1, [], last, pronoun="er")
    surnames = surnames_of(view)
    depth = 0
    for k in range(i - 1, sent.start - 1, -1):
        text = doc[k].text
        if text in (")", "("):
            depth = depth + 1 if text == ")" else max(0, depth - 1)
        elif depth == 0 and (key := view.key(k) or surname(surnames, text)):
            return key
    return None


def clause_start(sent: Span) -> int:
    """The first character of ``sent`` after a dateline ("Damaskus – Bei …")."""
    for t in sent[:6]:
        if t.text in ("–", "-") and t.i > sent.start:
            if all(not x.is_lower for x in sent[: t.i - sent.start]):
                return sent.doc[t.i + 1].idx if t.i + 1 < sent.end else sent.start_char
    return sent.start_char


def cited_source(
    view: DocView, region: list[int]
) -> tuple[str | None, str | None, bool] | None:
    """(speaker, label, medium_speaks) of "unter Berufung auf X" in ``region``:
    a named source speaks ("berichtete PTI unter Berufung auf die Polizei" ->
    the label "Polizei"; an entity -> its key), documents and unnamed people
    leave the medium speaking ("unter Berufung auf Dokumente der Kanzlei")."""
    doc = view.doc
    inside = set(region)
    for i in sorted(region):
        if not (
            doc[i].lower_ == "berufung"
            and i + 1 in inside
            and doc[i + 1].lower_ == "auf"
        ):
            continue
        j = i + 2
        while j in inside and doc[j].lower_ in _DEFINITE | INDEFINITE_ARTICLES:
            j += 1
        while j in inside and doc[j].is_lower and doc[j].is_alpha:
            if doc[j].lower_ in CITED_DOCUMENT_NOUNS:
                return None, None, True  # "auf mit den Plänen vertraute Banker"
            j += 1  # adjectives
        if j not in inside or _cited_document(doc[j].lower_):
            return None, None, True  # also "auf eine geplante Ankündigung": a text
        k = view.key(j)
        if k and not is_media(k):
            if kind_of(k) is Kind.PLACE:
                k = state_of_capital(k, view.entities) or k
            return k, None, False
        if not k and doc[j].text[:1].isupper() and doc[j].is_alpha:
            if doc[j].lower_ in UNNAMED_SOURCE_NOUNS | NOT_SPEAKER_WORDS:
                return None, None, True
            compound = _attribution_compound(doc[j].lower_)
            if compound is not None:
                # "unter Berufung auf Polizeiangaben": the body by its word
                label = doc[j].text[: -len(compound)].rstrip("-")
                if label.lower() in UNNAMED_SOURCE_PREFIXES:
                    return None, None, True
                return None, label, False
            return None, doc[j].text, False
        return None
    return None


def _cited_document(word: str) -> bool:
    """``word`` (lower case) is a text or unnamed people a medium cites, also
    as the end of a compound ("Unternehmenskreise", "Sicherheitskreisen",
    "Geheimdienstquellen", "Gerichtsdokumente")."""
    return word in CITED_DOCUMENT_NOUNS or (
        word.endswith(("kreise", "kreisen", "quellen", "dokumente", "unterlagen"))
        and "-" not in word[:2]
    )


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
