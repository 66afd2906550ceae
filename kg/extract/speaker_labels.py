"""Unnamed speakers: the word a speaker is called by and what it speaks for.

:mod:`kg.extract.speakers` reads who a reporting clause names; when it names no
person or organisation, this module reads the noun the speaker is called by
(:func:`label_of`: "ein US-Regierungsvertreter", "eine Kommissionssprecherin"),
what such a speaker speaks for (:func:`spokesperson`: a spokesperson of an
organisation or person the article names speaks for them), an institution
placed in a city (:func:`placed_institution`) and a name the NER model missed
in apposition to a title (:func:`apposition`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.actors import is_media, state_of_capital
from kg.extract.coref import surnames_of
from kg.extract.names import is_common_noun
from kg.extract.records import Kind, kind_of
from kg.extract.sources import nominative_in, speaker_noun
from kg.extract.view import DocView
from kg.lang.de.body_speakers import MEMBER_NOUNS
from kg.lang.de.grammar import (
    ARTICLES,
    INDEFINITE_ARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
)
from kg.lang.de.org_kinds import PLACED_BODY_ENDINGS, is_kind_noun
from kg.lang.de.speaker_chains import NOT_SPEAKER_LABELS
from kg.lang.de.speech import (
    ADVERB_ENDINGS,
    BODY_ENDINGS,
    GOVERNMENT_NOUNS,
    MEDIA_NOUNS,
    MEMBER_ENDINGS,
    NOT_SPEAKER_WORDS,
    ORG_ANAPHORS,
    SPOKESPERSON_ENDINGS,
    reporting_verbs,
)
from kg.lang.de.time import MONTHS, PARTS_OF_DAY, WEEKDAYS
from kg.nlp import gazetteer

__all__ = [
    "apposition",
    "key_or_label",
    "label_of",
    "name_after_kind",
    "office_of_minister",
    "placed_institution",
    "speaker_noun_after",
    "spokesperson",
]

_DEFINITE = ARTICLES | {"des"}
_WORD = re.compile(r"\w+")


def placed_institution(
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


def key_or_label(found: str) -> tuple[str | None, str | None]:
    """(speaker, label) of what :func:`placed_institution` found: an entity
    key, else the word an unnamed institution is called by."""
    return (found, None) if kind_of(found) is not None else (None, found)


def spokesperson(
    view: DocView, label: str | None, at: int | None = None
) -> tuple[str | None, str | None]:
    """(speaker, label) for an unnamed speaker's ``label``: a spokesperson of
    an organisation or person the article names speaks for them
    ("Kommissionssprecherin" -> the Commission, "Clinton-Sprecher" -> Clinton);
    a bare "Sprecher" at token ``at`` for the organisation named last in its
    sentence or the two before ("Die Polizei ermittelt. Der Sprecher sagte, …")."""
    if label is None:
        return None, None
    low = label.lower()
    if low in GOVERNMENT_NOUNS and at is not None:
        state = _governed_state(view, low, at)
        if state is not None:
            return state, None  # "Die Regierung von Xland sagte": the state
    if low in SPOKESPERSON_ENDINGS and at is not None:
        named = _spokesperson_named_before(view, low, at)
        if named is not None:
            return named
        org = _org_before(view, at)
        return (org, None) if org is not None else (None, label)
    end = next((e for e in SPOKESPERSON_ENDINGS if low.endswith(e)), None)
    if end is None or len(low) <= len(end) + 2:
        for member in MEMBER_ENDINGS:
            body = label[: -len(member)]
            if (
                low.endswith(member)
                and len(body) > 3
                and any(body.lower().endswith(e) for e in BODY_ENDINGS)
            ):
                return None, body  # "ein Feuerwehrmann" speaks for the Feuerwehr
        return None, label
    stem = low[: -len(end)].rstrip("-")
    stems = {stem, stem[:-1]} if stem.endswith("s") else {stem}  # "Kommissions-"
    if stem.endswith("es") and len(stem) > 4:
        stems.add(stem[:-2])  # "Heeressprecher" -> "Heer" (the Bundesheer)
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
    if at is not None and (stems | {stem.removesuffix("en") + "a"}) & ORG_ANAPHORS:
        # "ein Unternehmenssprecher", "der Konzernsprecher", "ein Firmensprecher":
        # the organisation named last, as for a bare "Sprecher"
        org = _org_before(view, at)
        if org is not None:
            return org, None
    body_word = next((x for x in sorted(stems) if x.endswith(BODY_ENDINGS)), None)
    if body_word is not None:
        # "ein Polizeisprecher", "der Feuerwehrsprecher": the body the article
        # does not name as an entity speaks, by the word for it
        return None, body_word[:1].upper() + body_word[1:]
    return None, label


def _spokesperson_named_before(
    view: DocView, low: str, at: int
) -> tuple[str | None, str | None] | None:
    """(speaker, label) of a definite "der Sprecher" in the sentence of token
    ``at`` that is the spokesperson named with their body in that sentence or
    the three before ("…, sagte ein Sprecher der Präfektur. <a sentence naming
    another organisation> …, sagte der Sprecher." -> the Präfektur); ``None``
    where the spokesperson named last has no body."""
    doc = view.doc
    here = view.sentence_of(doc[at])
    sent = view.sents[here]
    own = next(
        (
            j
            for j in range(max(sent.start + 1, at - 3), min(sent.end, at + 4))
            if doc[j].lower_ == low and doc[j - 1].lower_ in _DEFINITE
        ),
        None,
    )
    if own is None:
        return None
    for j in range(own - 1, view.sents[max(0, here - 3)].start - 1, -1):
        if not doc[j].lower_.endswith(SPOKESPERSON_ENDINGS):
            continue
        k = j + 1
        if k + 1 >= len(doc) or doc[k].lower_ not in ("der", "des"):
            return None
        k += 1
        while k + 1 < len(doc) and doc[k].is_lower and doc[k].is_alpha:
            k += 1  # adjectives: "der französischen Präfektur"
        key = view.key(k)
        if key is not None:
            if kind_of(key) is Kind.ORG and not is_media(key):
                return key, None
            return None
        head = doc[k].text
        if not head[:1].isupper() or not head.isalpha():
            return None
        if doc[j + 1].lower_ == "des" and head.endswith("s"):
            head = head[:-1]
        return None, head
    return None


def _org_before(view: DocView, at: int) -> str | None:
    """The organisation (no outlet) named last before token ``at`` in its
    sentence or the two before."""
    here = view.sentence_of(view.doc[at])
    for j in range(at - 1, view.sents[max(0, here - 2)].start - 1, -1):
        k = view.key(j)
        if k and kind_of(k) is Kind.ORG and not is_media(k):
            return k
    return None


def _governed_state(view: DocView, noun: str, at: int) -> str | None:
    """The state after "Regierung von"/"in" in the sentence of token ``at``
    ("die Regierung von Xland", "die Regierung in Ystadt" -> its state)."""
    doc = view.doc
    sent = view.sents[view.sentence_of(doc[at])]
    for i in range(sent.start, sent.end - 2):
        if doc[i].lower_ == noun and doc[i + 1].lower_ in ("von", "in"):
            k = view.key(i + 2)
            if k is not None and kind_of(k) is Kind.PLACE:
                return state_of_capital(k, view.entities) or k
    return None


def label_of(view: DocView, region: list[int]) -> str | None:
    """The noun an unnamed speaker is called by, when no entity is named: a
    capitalised word next to the verb of saying, after an article and its
    adjectives ("Die Kriminalpolizei sagte" -> "Kriminalpolizei", "erklärte eine
    Kommissionssprecherin"); after a word for an outlet, the outlet's name ("der
    Zeitung Haaretz")."""
    doc = view.doc
    if not region:
        return None
    i = region[0]
    # the object of a preposition is no speaker ("gegenüber den Parlamentariern")
    governed = i > 0 and (
        doc[i - 1].lower_ in PREPOSITIONS
        or (
            i > 1
            and (
                doc[i - 1].lower_ in _DEFINITE | INDEFINITE_ARTICLES
                # "die Polizei in British Columbia sagte": a name's last word
                or (doc[i - 1].is_title and doc[i - 1].is_alpha)
            )
            and doc[i - 2].lower_ in PREPOSITIONS
        )
    )
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
        and not governed
    ):
        pass  # "Die Kriminalpolizei sagte": the noun before the verb
    elif (
        doc[i].text[:1].isupper()
        and (
            i + 1 >= len(doc)
            or doc[i + 1].is_punct
            or doc[i + 1].lower_ in reporting_verbs()
            # ", betonte Lange nach dem Spiel": a preposition after the
            # name, not after a noun the verb governs ("forderte Geld vom Bund")
            or (
                doc[i + 1].lower_ in PREPOSITIONS
                and doc[i + 1].is_lower
                and not doc[i].is_sent_start
                and not is_common_noun(doc, doc[i].text)
            )
        )
        and not (doc[i].is_sent_start and doc[i].lower_.endswith(ADVERB_ENDINGS))
        and not governed
    ):
        # a bare name by the verb: ", kritisierte Rose.", "Fall kündigte an";
        # not an adverb opening the sentence ("Rechtlich argumentiert …")
        pass
    elif _name_before_manner(view, i) and not governed:
        pass  # ", sagte Hörmann geknickt und gestand:": the name before an adverb
    elif (
        doc[i].text[:1].isupper()
        and doc[i].lower_.endswith(BODY_ENDINGS)
        and i + 1 < len(doc)
        and doc[i + 1].lower_ == "und"
        and not governed
    ):
        pass  # "wie Armee und Sanitätsdienste mitteilten": the first named
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
        or w.lower_ in NOT_SPEAKER_LABELS  # "Die Genannten wiesen das zurück"
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
        and office_of_minister(view, j) is None  # "des Finanzministers"
    ):
        # "ein Sprecher des Gesundheitsministeriums" -> "Gesundheitsministerium"
        head = doc[j + 1].text
        return head[:-1] if doc[j].lower_ == "des" and head.endswith("s") else head
    if (
        w.lower_.endswith(SPOKESPERSON_ENDINGS)
        and j + 1 < len(doc)
        and doc[j].lower_ == "von"
        and doc[j + 1].text[:1].isupper()
        and doc[j + 1].text.replace("-", "").isalpha()
        and not view.key(j + 1)
        and doc[j + 1].lower_ not in NOT_SPEAKER_WORDS
    ):
        # "eine Sprecherin von Brixwerk": a name the model missed
        return doc[j + 1].text
    if w.lower_ in MEMBER_NOUNS and (body := _member_of(view, j)) is not None:
        return body  # "sagt der Mann von der Autobahnpolizei" -> "Autobahnpolizei"
    office = office_of_minister(view, j)
    if w.lower_.endswith(SPOKESPERSON_ENDINGS) and office is not None:
        return office  # "eine Sprecherin des deutschen Finanzministers"
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
    name = name_after_kind(view, w.i)
    if name is None and (number := _numbered(doc, w.i)) is not None:
        name = f"{w.text} {number}"  # "informiert die MA 22": the office's number
    return name if name is not None else w.text


_DAT = ("der", "dem")  # "von der Polizei", "von dem Amt"


def _member_of(view: DocView, j: int) -> str | None:
    """The public body named from token ``j`` on, after a word for one of its
    members (:data:`MEMBER_NOUNS`): "der Polizei", "des Ordnungsamts", "vom
    Zollamt", "von der Feuerwehr" -> its noun in the nominative; only a noun of
    :data:`BODY_ENDINGS` the model tagged as no entity ("der Frau des
    Ministers" is no body)."""
    doc = view.doc
    if j < len(doc) and doc[j].lower_ in ("des", "der", "vom"):
        k = j + 1
    elif j + 1 < len(doc) and doc[j].lower_ == "von" and doc[j + 1].lower_ in _DAT:
        k = j + 2
    else:
        return None
    if k >= len(doc) or view.key(k):
        return None
    head = doc[k].text
    if not head[:1].isupper() or not head.isalpha():
        return None
    if doc[j].lower_ == "des" and head.endswith("s"):
        head = head[:-2] if head.endswith("es") and len(head) > 6 else head[:-1]
    return head if head.lower().endswith(BODY_ENDINGS) else None


def _numbered(doc: Doc, i: int) -> str | None:
    """The number that ends the name of the abbreviation at ``i`` ("informiert
    die MA 22.", "wie die MA 48 mitteilte"): one to three digits, then a
    punctuation mark or a verb of saying, not a count ("das RKI 15 neue Fälle")."""
    w = doc[i]
    if not (2 <= len(w.text) <= 5 and w.text.isalpha() and w.text.isupper()):
        return None
    if i + 1 >= len(doc) or not (doc[i + 1].text.isdigit() and len(doc[i + 1]) <= 3):
        return None
    if i + 2 < len(doc) and not (
        doc[i + 2].is_punct
        or doc[i + 2].lower_ in reporting_verbs()
        or doc[i + 2].lower_ in ("mit", "an")
    ):
        return None
    return doc[i + 1].text


def name_after_kind(view: DocView, i: int) -> str | None:
    """The name right after the noun at ``i`` for a kind of organisation that
    the model did not tag: "die Gewerkschaft Cockpit", "der Personaldienstleister
    Randstad" -> "Cockpit", "Randstad" (the name, not the kind, is who speaks);
    one capitalised word that is no time word ("Montag"), no speaker's noun and
    no place or other entity, ending the phrase."""
    doc = view.doc
    j = i + 1
    if j >= len(doc) or view.key(i):
        return None
    w, x = doc[i], doc[j]
    if not is_kind_noun(w.text) or w.lower_.endswith(PLACED_BODY_ENDINGS):
        return None  # "die Alpinpolizei Xdorf": a place (quotes_bodies)
    placed = view.key(j)
    if placed is not None and not (
        kind_of(placed) is Kind.PLACE
        and (j + 1 >= len(doc) or view.key(j + 1) != placed)
    ):
        return None  # a name, but "der Flughafenbetreiber Xport" taken for a place
    if (
        not x.text[:1].isupper()
        or not x.text.replace("-", "").isalnum()
        or x.text.isdigit()
        or x.lower_ in NOT_SPEAKER_WORDS | MEDIA_NOUNS
        or x.lower_ in WEEKDAYS
        or x.lower_ in MONTHS
        or x.lower_ in PARTS_OF_DAY
        or speaker_noun(x.text)
        or (placed is None and _gazetteer_place(x.text))
        or (j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha)
    ):
        return None
    return x.text


def _gazetteer_place(word: str) -> bool:
    """The gazetteer knows ``word`` as a place ("Xdorf"), not as an
    organisation ("Ufo", a union)."""
    entry = gazetteer.lookup(word, label="LOC")
    return entry is not None and entry.label == "LOC"


def office_of_minister(view: DocView, j: int) -> str | None:
    """The ministry of an unnamed minister whose spokesperson speaks, from
    token ``j`` on: "des deutschen Finanzministers" -> "Finanzministerium" (a
    spokesperson of a minister speaks for the ministry)."""
    doc = view.doc
    if j >= len(doc) or doc[j].lower_ not in ("des", "der"):
        return None
    h = j + 1
    while h < len(doc) and doc[h].is_lower and doc[h].is_alpha:
        h += 1  # "deutschen"
    if h >= len(doc) or view.person(h) or (h + 1 < len(doc) and view.person(h + 1)):
        return None
    head = nominative_in(view, doc[h].text) if doc[j].lower_ == "des" else doc[h].text
    for end in ("ministerin", "minister"):
        if head.endswith(end) and len(head) > len(end):
            return head[: -len(end)] + "ministerium"
    return None


def apposition(view: DocView, region: list[int]) -> str | None:
    """A name the NER model missed, in apposition to a title that opens the
    reporting clause: "der AU-Sondergesandte für Burundi, Ibrahima Fall, am
    Sonntag" -> "Ibrahima Fall" (two capitalised words between commas)."""
    doc = view.doc
    if len(region) < 3 or doc[region[0]].lower_ not in _DEFINITE:
        return None
    if not speaker_noun_after(doc, region[0]):
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


def speaker_noun_after(doc: Doc, i: int) -> bool:
    """A word for a speaker follows the article at ``i`` ("der Minister", "ein
    malischer Offizier", "das Stadtoberhaupt")."""
    for x in doc[i + 1 : i + 4]:
        if speaker_noun(x.text):
            return True
        if not x.is_lower:
            return False
    return False


def _name_before_manner(view: DocView, i: int) -> bool:
    """A surname the model missed right after the verb of saying, followed by
    one lower-case word of manner and the clause's end: ", sagte Hörmann
    geknickt und gestand", ", konstatierte Hörmann demoralisiert." The word
    of manner is a participle or an adverb by its ending ("geknickt",
    "sichtlich"), not the verb's particle after its object (", forderte Geld
    zurück.") nor a preposition ("sagte Lange in Wien")."""
    doc = view.doc
    if i + 1 >= len(doc) or i == 0:
        return False
    w, nxt = doc[i], doc[i + 1]
    return (
        w.is_title
        and w.is_alpha
        and not w.is_sent_start
        and doc[i - 1].lower_ in reporting_verbs()
        and nxt.is_lower
        and nxt.is_alpha
        and nxt.lower_ not in PREPOSITIONS
        and nxt.lower_ not in NOT_SPEAKER_WORDS
        and (
            (len(nxt) >= 6 and nxt.lower_.endswith("t"))
            or nxt.lower_.endswith(ADVERB_ENDINGS)
        )
        and (i + 2 >= len(doc) or doc[i + 2].is_punct or doc[i + 2].lower_ == "und")
        and not is_common_noun(doc, w.text)
    )
