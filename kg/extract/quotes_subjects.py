"""Who speaks a reported clause: the subject, office or source around a verb of saying.

Helpers of :mod:`kg.extract.quotes_reported` that read, from the words around one
verb of saying, the person or organisation it is said by: a name opening the
sentence before the verb ("Vorstandschef John Cryan betonte"), a name in apposition
("Der Vizechef der Fraktion, Jan Moser, sagte"), the holder of an office ("aus dem
Büro von Eva Huber"), the source of "hieß es von der Polizei" or "heißt es darin",
and the source an outlet cites ("unter Berufung auf").
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.actors import is_media
from kg.extract.coref import surname, surnames_of
from kg.extract.records import Kind, kind_of
from kg.extract.sources import cited_source, nominative_in, speaker_noun
from kg.extract.speakers import label_of, org_anaphor, spokesperson
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ARTICLES,
    INDEFINITE_ARTICLES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
)
from kg.lang.de.speaker_chains import CITY_NOUNS
from kg.lang.de.speech import (
    BODY_ENDINGS,
    MEDIA_NOUNS,
    NOT_SPEAKER_WORDS,
    OFFICE_NOUNS,
    reporting_verbs,
)
from kg.lang.de.speech_sources import BODY_DOCUMENT_ENDINGS
from kg.lang.de.titles import match_title

__all__ = [
    "author_before",
    "city_voice",
    "asked_before",
    "cited",
    "clause_subject",
    "from_institution",
    "heard_from",
    "office_holder",
    "opening_subject",
    "opinion_holder",
    "participle_subject",
    "subject_before",
    "subject_in_apposition",
    "subject_with_relative_clause",
]

_DEFINITE = ARTICLES | {"des"}

#: prepositions that name whom a "hieß es" heard the statement from
_HEARD_FROM = frozenset({"von", "aus", "bei", "seitens", "vom", "beim"})
#: "hieß es im Kanzleramt": heard in a body, not in a text or a place (only a
#: body named, :func:`heard_from`)
_HEARD_IN = frozenset({"im"})
#: the prepositions with the article in them ("beim Ministerium")
_CONTRACTED = frozenset({"vom", "beim", "im"})


def author_before(view: DocView, si: int) -> tuple[str | None, str | None]:
    """(speaker, label) of the text "heißt es darin" refers to: the person or
    organisation the sentence before names first ("Am Samstag veröffentlichte
    die Hamas ein neues Lied"), else the organisation in the genitive after
    it ("aus den Anfragebeantwortungen des Innenministeriums" ->
    "Innenministerium")."""
    if si == 0:
        return None, None
    sent = view.sents[si - 1]
    lowers, texts = view.lowers, view.texts
    for i in range(sent.start, sent.end):
        k = view.key(i)
        if k is None and i > sent.start and lowers[i - 1] == "des":
            # "aus der Antwort des Ministeriums auf eine Anfrage der Partei X":
            # the ministry named before, not the party asking
            k = org_anaphor(view, [i])
        if k is not None and kind_of(k) in (Kind.PERSON, Kind.ORG) and not is_media(k):
            return k, None
    for i in range(sent.start + 1, sent.end):
        w = texts[i]
        if (
            lowers[i - 1] == "des"
            and w[:1].isupper()
            and w.isalpha()
            and w.endswith("s")
        ):
            noun = nominative_in(view, w)
            if speaker_noun(noun) or noun.lower().endswith(BODY_ENDINGS):
                return None, noun
    return None, None


def asked_before(view: DocView, si: int) -> tuple[str | None, str | None]:
    """(speaker, label) of "…, hieß es weiter" with no quote before it: the
    person or body the sentence before names as the one asked or speaking, with
    a verb of saying there ("Ob …, wollte die Staatsanwaltschaft nicht
    mitteilen. Man gehe jedem Hinweis nach, hieß es weiter." -> the
    prosecution); the first person or organisation free of a preposition, else
    a bare body noun after its article ("die Staatsanwaltschaft")."""
    if si == 0:
        return None, None
    sent = view.sents[si - 1]
    lowers, texts = view.lowers, view.texts
    verbs = reporting_verbs()
    if not any(lowers[i] in verbs for i in range(sent.start, sent.end)):
        return None, None
    for i in range(sent.start, sent.end):
        if i > sent.start and lowers[i - 1] in PREPOSITIONS:
            continue
        k = view.key(i)
        if k is not None and kind_of(k) in (Kind.PERSON, Kind.ORG) and not is_media(k):
            return k, None
    for i in range(sent.start + 1, sent.end):
        w = texts[i]
        if (
            lowers[i - 1] in ARTICLES
            and not (i > sent.start + 1 and lowers[i - 2] in PREPOSITIONS)
            and w[:1].isupper()
            and w.isalpha()
            and view.key(i) is None
            and w.lower().endswith(BODY_ENDINGS)
        ):
            return None, w
    return None, None


def city_voice(view: DocView, region: list[int]) -> str | None:
    """The city a bare city noun in ``region`` speaks for ("heißt es in einer
    Pressemitteilung der Stadt", "so die Gemeinde"): the one city the article
    names before it; None when it names none or two."""
    at = next(
        (
            i
            for i in region
            if view.lowers[i] in CITY_NOUNS
            and i > 0
            and view.lowers[i - 1] in ARTICLES
            and view.key(i) is None
        ),
        None,
    )
    if at is None:
        return None
    cities = {
        k
        for j in range(at)
        if (k := view.key(j)) is not None
        and kind_of(k) is Kind.PLACE
        and (e := view.entities.get(k)) is not None
        and e.place_kind == "city"
    }
    return next(iter(cities)) if len(cities) == 1 else None


def heard_from(view: DocView, region: list[int]) -> tuple[str | None, str | None]:
    """(speaker, label) of "hieß es von der Polizei", "heißt es bei der
    Feuerwehr", "hieß es aus dem Büro des Landesrats Max Huber": the person
    whose office it is, else the person or organisation after the preposition,
    else the noun after its article ("Polizei")."""
    lowers = view.lowers
    # right after "es" or a few words on ("hieß es am Montag von der Polizei"),
    # not inside another phrase ("heißt es in einem von X veröffentlichten …")
    n = next(
        (
            n
            for n, i in enumerate(region[:5])
            if lowers[i] in _HEARD_FROM | _HEARD_IN
            or (lowers[i] in PREPOSITIONS and lowers[i] != "am")
            or not view.texts[i].isalnum()
        ),
        None,
    )
    if n is not None and lowers[region[n]] == "in":
        # "hieß es in einer Mitteilung des Ministeriums": the body, by its text
        return _body_of_text(view, region, n) or (None, None)
    if n is None or lowers[region[n]] not in _HEARD_FROM | _HEARD_IN:
        return None, None
    prep = lowers[region[n]]
    phrase: list[int] = []
    for i in region[n + 1 :]:
        if view.texts[i] in ",;:(" or lowers[i] in ("und", "dass"):
            break
        phrase.append(i)
    if not phrase:
        return None, None
    holder = office_holder(view, phrase)
    if holder is not None:
        return holder, None
    for i in phrase:
        k = view.key(i)
        if k is not None and kind_of(k) in (Kind.PERSON, Kind.ORG) and not is_media(k):
            if prep in _HEARD_IN and kind_of(k) is not Kind.ORG:
                return None, None  # "hieß es im Umfeld von X": not X's word
            return k, None
        if k is not None:
            return None, None  # "hieß es aus Berlin": a place, no one
    if prep in _CONTRACTED:
        # "heißt es beim Innenministerium", "hieß es im Kanzleramt": the body's
        # noun right after the preposition (no text, no place: "im Bericht")
        w = view.texts[phrase[0]]
        if (
            len(phrase) <= 2
            and w[:1].isupper()
            and w.isalpha()
            and w.lower().endswith(BODY_ENDINGS)
        ):
            return spokesperson(view, w)
        return None, None
    if lowers[phrase[0]] not in _DEFINITE or any(
        lowers[i] in OFFICE_NOUNS for i in phrase
    ):
        return None, None  # an office whose holder is not named here
    return spokesperson(view, label_of(view, phrase))


# no body whose text speaks by that noun here: an outlet's text, a town's (the
# town the article names speaks, :func:`city_voice`)
_NOT_TEXT_BODIES = MEDIA_NOUNS | NOT_SPEAKER_WORDS | CITY_NOUNS


def _body_of_text(
    view: DocView, region: list[int], n: int
) -> tuple[str | None, str | None] | None:
    """(speaker, label) of the body whose text "in" at ``region[n]`` opens, in
    the genitive after it: "in einer Mitteilung des Ministeriums" ->
    "Ministerium", "in der Stellungnahme der Gewerkschaft X" -> X; not an
    outlet ("in einem Bericht der Zeitung"), a town ("der Stadt") nor a place."""
    lowers, texts = view.lowers, view.texts
    g = next(
        (
            m + 1
            for m in range(n + 1, min(n + 4, len(region) - 2))
            if lowers[region[m]].endswith(BODY_DOCUMENT_ENDINGS)
        ),
        None,
    )
    if g is None or lowers[region[g]] not in ("des", "der"):
        return None
    for i in region[g + 1 : g + 5]:
        k = view.key(i)
        if k is not None:
            if kind_of(k) in (Kind.PERSON, Kind.ORG) and not is_media(k):
                return k, None
            return None
        if texts[i][:1].isupper():
            if not texts[i].isalpha() or lowers[i] in _NOT_TEXT_BODIES:
                return None  # "der Stadt": the town named (:func:`city_voice`)
            noun = (
                nominative_in(view, texts[i])
                if lowers[region[g]] == "des"
                else texts[i]
            )
            return spokesperson(view, noun)
        if not texts[i].isalpha():
            return None
    return None


def subject_with_relative_clause(view: DocView, start: int, k: int) -> bool:
    """Tokens ``start``-``k`` are a name and a relative clause on it ("Wałęsa,
    der sich derzeit im Ausland aufhält", "Finanzminister X, der an dem
    Treffen nicht teilnahm"; an article and titles before the name): the
    subject of the verb after them."""
    doc = view.doc
    j = start
    while (
        j < min(k, start + 3)
        and not view.key(j)
        and (doc[j].lower_ in ARTICLES or _title(doc[j].text))
    ):
        j += 1
    key = view.key(j)
    if not key:
        return False
    while j < k and view.key(j) == key:
        j += 1
    return j + 1 < k and doc[j].text == "," and doc[j + 1].lower_ in RELATIVE_PRONOUNS


def opinion_holder(view: DocView, q0: int, k: int) -> str | None:
    """The person a quote opens with after "Für" ("Für Tschürtz ein Ding der
    Unmöglichkeit"): whose view it is, the "er" of its reporting clause."""
    doc = view.doc
    if doc[q0].lower_ != "für":
        return None
    surnames = surnames_of(view)
    for j in range(q0 + 1, min(k, q0 + 4)):
        if (p := view.person(j) or surname(surnames, doc[j].text)) is not None:
            return p
        if doc[j].is_lower:
            break
    return None


def clause_subject(view: DocView, q0: int, k: int) -> str | None:
    """The person who opens the clause ``q0``-``k`` as its subject, a title
    or two before the name allowed, a lower-case verb right after it
    ("Bildregisseur Jan Berg arbeitet …"): the "er" of a ", wie er sagte"
    after it, not someone named before the clause."""
    texts = view.texts
    i = q0
    while i < min(k, q0 + 3) and view.person(i) is None:
        if not texts[i][:1].isupper() or view.key(i) is not None:
            return None  # "Mit Berg …", "Die EU …": no person opens it
        i += 1
    p = view.person(i) if i < k else None
    if p is None:
        return None
    while i < k and view.person(i) == p:
        i += 1
    return p if i < k and texts[i].islower() and texts[i].isalpha() else None


def opening_subject(view: DocView, sent: Span, a: int) -> str | None:
    """The person who opens ``sent`` as the subject of a verb before the
    marked words at character ``a`` (:func:`clause_subject`; no preposition
    among the words before the name): "Sein Kärntner Amtskollege X sprach
    von „…“" is X's, not the speaker of the sentences before."""
    k = next((t.i for t in sent if t.idx >= a), sent.end)
    i = sent.start
    while i < k and view.person(i) is None:
        if view.doc[i].lower_ in PREPOSITIONS:
            return None  # "Mit X …": no person opens it
        i += 1
    return clause_subject(view, sent.start, k)


#: lower-case words inside a noun phrase "ein weltweiter Anbieter von Software
#: und Diensten": its articles, prepositions and "und"/"oder"
_PHRASE_WORDS = ARTICLES | PREPOSITIONS | {"und", "oder", "sowie", "einer", "eines"}


def _indefinite_apposition(view: DocView, start: int, k: int) -> bool:
    """The words from the last comma before token ``k`` on are a noun phrase
    opened by an indefinite article, the subject's apposition ("adapco, ein
    weltweiter Anbieter von Engineering Software"): capitalised words,
    adjectives ("-e", "-er", "-en", "-es") and the words of
    :data:`_PHRASE_WORDS`, at most ten words, ending in a noun (no verb)."""
    doc = view.doc
    comma = next((i for i in range(k - 1, start, -1) if doc[i].text == ","), None)
    if comma is None or comma + 2 >= k or k - comma > 11:
        return False
    if doc[comma + 1].lower_ not in INDEFINITE_ARTICLES:
        return False
    if not doc[k - 1].text[:1].isupper():
        return False  # "…, ein gutes Ergebnis zu erzielen, sagte X": a verb ends it
    for t in doc[comma + 2 : k]:
        low = t.lower_
        if t.text[:1].isupper() or low in _PHRASE_WORDS or t.is_space:
            continue
        if t.is_alpha and low.endswith(("e", "er", "en", "es")) and not t.is_stop:
            continue
        return False
    return True


def subject_in_apposition(view: DocView, start: int, k: int) -> bool:
    """Tokens ``start``-``k`` are the subject of the verb after them, a noun
    phrase with a name in apposition, no quote: "Der Vizechef der Fraktion, Jan
    Moser" (a name after the phrase); "Moser, zugleich Chef der Fraktion" (a
    title after the name); "Die Chefin des Vereins X, Ida Nowak" when the model
    missed the name (a title opening the phrase, up to four words between the
    last two commas, the first and the last capitalised: a name split by a
    stray space, "Leo nore Gewessler", too)."""
    doc = view.doc
    if _indefinite_apposition(view, start, k):
        return True  # "Adapco, ein weltweiter Anbieter von Software, kündigte …"
    key = view.person(k - 1) if k - 1 > start else None
    if key is not None:
        j = k - 1
        while j > start and view.person(j - 1) == key:
            j -= 1
        comma = j - 1
        return (
            start < comma < start + 10
            and doc[comma].text == ","
            and not any(t.text == "," for t in doc[start:comma])
        )
    commas = [t.i for t in doc[start:k] if t.text == ","]
    if len(commas) != 1:
        return False
    comma = commas[0]
    if (key := view.person(start)) is not None:
        # "Kammenos, zugleich Chef der Partei der Unabhängigen Griechen, warf …"
        return all(view.person(i) == key for i in range(start, comma)) and any(
            _title(doc[i].text) for i in range(comma + 1, min(comma + 4, k))
        )
    # "Die Chefin der Umweltorganisation X, Leo nore Gewessler, warnte …"
    first = start + (doc[start].lower_ in ARTICLES)
    name = doc[comma + 1 : k]
    return (
        first < comma
        and _title(doc[first].text)
        and 1 <= len(name) <= 4
        and all(t.is_alpha for t in name)
        and name[0].text[:1].isupper()
        and name[-1].text[:1].isupper()
    )


def _title(word: str) -> bool:
    return match_title(word) is not None


def from_institution(view: DocView, region: list[int]) -> str | None:
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


def office_holder(view: DocView, region: list[int]) -> str | None:
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


def subject_before(view: DocView, sent: Span, c: int) -> str | None:
    """The person whose name ends right before the verb of saying ``c`` and
    opens the sentence, with capitalised words only before it (a title, "Auch"),
    no preposition ("Vorstandschef John Cryan betonte", not "Mit Putin sagte
    Lawrow"); or the name in apposition before it ("Der Vizevorsitzende der
    Fraktion, Jan Korte, sagte")."""
    doc = view.doc
    end = c - 1 if c - 1 > sent.start and doc[c - 1].text == "," else c
    k = view.person(end - 1) if end > sent.start else None
    if k is None:
        return None
    j = end - 1
    while j > sent.start and view.person(j - 1) == k:
        j -= 1
    if end != c:
        return k if j - 1 > sent.start and doc[j - 1].text == "," else None
    before = doc[sent.start : j]
    if any(
        t.is_lower or t.lower_ in PREPOSITIONS or (t.is_punct and t.text not in "–-")
        for t in before
    ):
        return None
    return k


def participle_subject(view: DocView, sent: Span, c: int) -> str | None:
    """The actor opening the sentence when the verb of saying ``c`` is a
    participle at the end of its clause: "Die OECD habe die Finanzminister der
    G-20 gewarnt, dass …" -> the OECD, not the object nearest the verb."""
    verbs = reporting_verbs()
    doc = view.doc
    if doc[c].lower_ not in verbs or not verbs[doc[c].lower_].participle:
        return None
    i = sent.start
    while i < c and i - sent.start < 2 and doc[i].lower_ in _DEFINITE:
        i += 1
    k = view.key(i)
    if not k or is_media(k) or kind_of(k) not in (Kind.PERSON, Kind.ORG):
        return None
    return k


def cited(
    view: DocView, region: list[int], speaker: str | None, medium: str | None
) -> tuple[str | None, str | None, str | None]:
    """(speaker, medium, label) when an outlet reports "unter Berufung auf" a
    source (:func:`kg.extract.sources.cited_source`): the source speaks, the
    outlet is the medium; on documents or unnamed people, the outlet first
    named speaks."""
    found = cited_source(view, region) if medium is not None else None
    if found is None:
        return speaker, medium, None
    key, label, medium_speaks = found
    if medium_speaks:
        first = min(
            (i for i in region if (k := view.key(i)) is not None and is_media(k)),
            default=None,
        )
        outlet = view.key(first) if first is not None else medium
        return outlet, outlet, None
    return key, medium, label
