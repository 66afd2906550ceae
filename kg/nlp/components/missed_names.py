"""Persons the NER model missed entirely (step 5 of :mod:`kg.nlp.components.names`).

One to three name-like words in no entity right after a title or a form of
address ("Chinas Staatschef Xi Jinping", "Herrn Berger"); an unknown word
opening a sentence before a verb of saying or meeting ("Gunnlaugsson
erklärte"); a name beside a person ("Merkel und Hollande"); a double first
name opening a person ("Jean-Noël| Barrot"); the object of a verb of meeting
after a person ("Kurz empfängt Orbán"). Each function takes the words already
in an entity (``taken``) and returns new person spans.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.names import (
    FOREIGN_FIRST_NAMES,
    HONORIFICS,
    MEET_OBJECT_FORMS,
    TRADE_NOUN_ENDINGS,
)
from kg.lang.de.speech import SAYING_AND_MEETING_VERBS_FOR_NAMES
from kg.lang.de.spelling import strip_accents
from kg.nlp import gazetteer
from kg.nlp.lexicon import (
    NOT_ONLY_A_FIRST_NAME,
    Feature,
    ends_in_common_noun,
    word_features,
)

__all__ = [
    "double_first_names",
    "family_names_alone",
    "name_beside",
    "names_after_appositions",
    "names_after_titles",
    "names_before_verbs",
    "names_in_lists",
    "names_in_meeting_clauses",
    "names_beside_persons",
    "persons_met",
    "person_taken_for_place",
    "places_run_into_names",
    "title_phrase_before",
]

# a common noun can be a surname ("Fischer", "Schmidt"); a place cannot
_NOT_A_SURNAME = NOT_ONLY_A_FIRST_NAME - {Feature.COMMON_NOUN}


def names_after_titles(doc: Doc, taken: set[int]) -> list[Span]:
    """Persons the model missed right after a title or a form of address: one
    to three capitalised words in no entity that the lexicon does not know as
    anything else ("Chinas Staatschef Xi Jinping", "Präsident Ruto", "Herrn
    Berger", "seinen türkischen Amtskollegen Mevlüt Cavusoglu")."""
    from kg.lang.de.meetings import COUNTERPARTS
    from kg.lang.de.titles import is_title

    out: list[Span] = []
    i = 0
    n = len(doc)
    while i < n - 1:
        tok = doc[i]
        if (
            i in taken
            or not tok.text[:1].isupper()
            or not (
                is_title(tok.text)
                or tok.text in HONORIFICS
                or tok.lower_ in COUNTERPARTS
            )
        ):
            i += 1
            continue
        j = i + 1
        if _family_name_first(doc, j, taken):
            j += 2  # "Premier Li Keqiang", "Staatschef Xi Jinping"
        while j < n and j - i <= 3 and j not in taken and _name_word(doc, j):
            j += 1
        if j > i + 1:
            out.append(Span(doc, i + 1, j, label="PER"))
        i = j
    return out


def family_names_alone(doc: Doc, ents: list[Span], taken: set[int]) -> list[Span]:
    """A short word in no entity that is the first word of a person of two or
    three words named in the text, not followed by a capitalised word: the
    family name written first, alone ("Xi Jinping ... Im Mai hatten Xi und
    Obama"). Two to four letters, as East Asian family names are."""
    firsts = {
        e[0].text
        for e in ents
        if e.label_ == "PER"
        and 2 <= len(e) <= 3
        and 2 <= len(e[0].text) <= 4
        and e[0].text.isalpha()
        and e[0].text[1:].islower()
    }
    out: list[Span] = []
    n = len(doc)
    for tok in doc:
        if tok.i in taken or tok.text not in firsts:
            continue
        if tok.i + 1 < n and doc[tok.i + 1].text[:1].isupper():
            continue
        out.append(Span(doc, tok.i, tok.i + 1, label="PER"))
    return out


def _family_name_first(doc: Doc, j: int, taken: set[int]) -> bool:
    """``doc[j]`` after a title is a short family name written first (two to
    four letters the lexicon knows as a first name or surname, though also as
    a common word: "Li", "Xi") and the word after it a name word ending the
    name: an East Asian name ("Premier Li Keqiang")."""
    n = len(doc)
    if j + 1 >= n or j in taken or j + 1 in taken:
        return False
    word = doc[j].text
    if not (2 <= len(word) <= 4 and word.isalpha() and word[1:].islower()):
        return False
    if not word[:1].isupper():
        return False
    if not word_features(doc.vocab, word) & {Feature.FIRST_NAME, Feature.SURNAME}:
        return False
    given = doc[j + 1].text
    if not (given[:1].isupper() and given[1:].islower() and given.isalpha()):
        return False
    if j + 2 < n and doc[j + 2].text[:1].isupper() and doc[j + 2].is_alpha:
        return False
    return _name_word(doc, j + 1) and not (
        word_features(doc.vocab, given) & _NOT_BESIDE
    )


#: the small words a title phrase may hold ("Chef der Sparte X")
_IN_TITLE_PHRASE = frozenset({"der", "des", "dem", "den", "die", "von", "vom", "für"})
#: what may follow a name closing an apposition
_AFTER_APPOSITION = frozenset({".", ",", ";", ")"})


def names_after_appositions(doc: Doc, ents: list[Span], taken: set[int]) -> list[Span]:
    """Two name-like words after a comma that closes a title phrase, ending
    the clause: a person the model missed or cut to its surname ("den Chef
    der Sparte Digital Industries, Cedrik Neike."). The first word is a first
    name by the lexicon or the foreign list, or a word the lexicon does not
    know at all; the second a one-word entity of any kind but a date (the
    model or the gazetteer may read "Orlando" as a place), or a capitalised
    word in no entity, a common noun too ("Ibrahima Fall"). The phrase before
    the comma is a title phrase (:func:`title_phrase_before`). The span
    replaces the one-word entities of the surname and of the first name.
    """
    # the model (or the gazetteer) may have read the surname as a firm or a
    # place ("Leoluca Orlando"): after a first name in a title's apposition
    # it is the surname all the same
    one_word = {
        e.start: e
        for e in ents
        if len(e) == 1 and e.label_ in ("PER", "MISC", "ORG", "LOC")
    }
    out: list[Span] = []
    n = len(doc)
    for comma in doc[:-2]:
        if comma.text != ",":
            continue
        i = comma.i + 1
        first, last = doc[i], doc[i + 1]
        # the model may have the first name alone ("Ulrich| Schwarze")
        if i in taken and not (
            i in one_word and one_word[i].label_ == "PER" and last.i not in taken
        ):
            continue
        if i + 2 < n and doc[i + 2].text not in _AFTER_APPOSITION:
            continue
        if last.i in taken and last.i not in one_word:
            continue
        word = first.text
        # after a first name (or a word the lexicon does not know, checked
        # below), a common word is the surname too ("der Sondergesandte,
        # Ibrahima| Fall,", "sein Vorsitzender, Romani| Rose.")
        if last.i not in taken and not _surname_shape(last):
            continue
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
            continue
        if len(word) < 3 or first.is_sent_start:
            continue
        if word_features(doc.vocab, word) and not _may_be_first_name(doc, word):
            continue
        if title_phrase_before(doc, comma.i):
            out.append(Span(doc, i, i + 2, label="PER"))
    return out


def places_run_into_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a place the model ran into the person after it split in
    two: "in Berlin François| Hollande" (LOC "Berlin François") is the place
    "Berlin" and the person "François Hollande"; a common noun run into a
    name and tagged a place is the person alone ("Kriminalsoziologe Reinhard
    Kreissl"). The words up to a first name
    are a place of the gazetteer; the first name and the capitalised words
    after it (in the span, or one more in no entity) are the person."""
    taken = {t for e in ents for t in range(e.start, e.end)}
    out: list[Span] = []
    for e in ents:
        split = None
        if e.label_ == "LOC" and len(e) >= 2:
            for k in range(e.start + 1, e.end):
                if not _may_be_first_name(doc, doc[k].text) or not all(
                    _surname_shape(t) for t in doc[k : e.end]
                ):
                    continue
                place = gazetteer.lookup(doc[e.start : k].text, label="LOC") is not None
                # "Kriminalsoziologe| Reinhard Kreissl" tagged LOC: a common
                # noun run into the name, no place
                noun = k == e.start + 1 and _person_noun(doc, doc[e.start].text)
                if not (place or noun):
                    continue
                end = e.end
                if end - k == 1:
                    # the surname after the span, in no entity
                    if end >= len(doc) or end in taken or not _surname_shape(doc[end]):
                        break
                    end += 1
                split = [Span(doc, k, end, label="PER")]
                if place:
                    split.insert(0, Span(doc, e.start, k, label="LOC"))
                break
        out += split or [e]
    return out


def _person_noun(doc: Doc, word: str) -> bool:
    """``word`` is a noun of a person's trade or field (its ending, in
    :data:`kg.lang.de.names.TRADE_NOUN_ENDINGS`), a common noun by the
    lexicon and no place or name of any kind ("Experte"), or a word it does
    not know that ends in a common noun ("Kriminalsoziologe"); not a street
    ("Avenue Pierre Charron")."""
    if not word.lower().endswith(TRADE_NOUN_ENDINGS) or gazetteer.lookup(word):
        return False
    lex = word_features(doc.vocab, word)
    if not lex:
        # an unknown compound of a German noun: "Kriminal|soziologe"
        return ends_in_common_noun(doc.vocab, word)
    return (
        Feature.COMMON_NOUN in lex
        and not lex & (NOT_ONLY_A_FIRST_NAME - {Feature.COMMON_NOUN})
        and not lex & {Feature.FIRST_NAME, Feature.SURNAME}
    )


def title_phrase_before(doc: Doc, comma: int) -> bool:
    """The words before the comma ``doc[comma]`` are a title phrase: a title
    and capitalised words, articles and "von"/"für", back to its clause's
    start or a comma ("der Leiter der Abteilung Digital, ...")."""
    from kg.lang.de.titles import is_title

    k = comma - 1
    while k >= 0 and not doc[k].is_sent_start and doc[k].text != ",":
        w = doc[k]
        if is_title(w.text):
            return True
        if not (w.text[:1].isupper() or w.lower_ in _IN_TITLE_PHRASE):
            return False
        k -= 1
    return False


def person_taken_for_place(doc: Doc, ent: Span) -> bool:
    """``ent``, one word the model took for a place, opens its sentence before
    a verb of saying or meeting or before "und" and a person, the gazetteer
    knows no place of that name and the lexicon knows it as a first name or
    surname: the subject of a human verb is a person ("Kerry telefonierte mit
    X", "Kerry und X trafen sich"). A known place stays one ("Moskau warnte",
    "Paris erklärte")."""
    if ent.label_ != "LOC" or len(ent) != 1 or not ent[0].is_sent_start:
        return False
    if ent.end + 1 >= len(doc):
        return False
    nxt = doc[ent.end]
    if nxt.lower_ not in SAYING_AND_MEETING_VERBS_FOR_NAMES and not (
        nxt.lower_ in ("und", "sowie") and doc[ent.end + 1].ent_type_ == "PER"
    ):
        return False
    from kg.nlp import gazetteer

    if gazetteer.lookup(ent.text) is not None or gazetteer.country_of(ent.text):
        return False
    lex = word_features(doc.vocab, ent.text)
    return bool(lex & {Feature.FIRST_NAME, Feature.SURNAME})


def names_before_verbs(doc: Doc, taken: set[int]) -> list[Span]:
    """A sentence that opens with a word the lexicon does not know (or knows
    only as a proper noun) and a verb of saying or meeting: the word is a
    person ("Cazeneuve sprach von ...", "Gunnlaugsson erklärte"). 8 in the 1,028
    test articles, all persons."""
    out: list[Span] = []
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        toks = [t for t in sent if not t.is_space]
        if len(toks) < 3 or toks[1].lower_ not in SAYING_AND_MEETING_VERBS_FOR_NAMES:
            continue
        tok = toks[0]
        if tok.i in taken or not (tok.text[:1].isupper() and tok.is_alpha):
            continue
        if tok.text.isupper():
            continue
        lex = word_features(doc.vocab, tok.text)
        if lex and not (
            Feature.HANTA_NE in lex
            and not lex
            & {
                Feature.COMMON_NOUN,
                Feature.LOWER_WORD,
                Feature.ZIPF_4_5,
                Feature.ZIPF_GE5,
            }
            and not lex & _NOT_A_SURNAME
        ):
            continue
        out.append(Span(doc, tok.i, tok.i + 1, label="PER"))
    return out


#: auxiliaries of a perfect after a sentence's first word ("X ist ... mit Y
#: zusammengekommen")
_PERFECT_AUXILIARIES = frozenset({"ist", "war", "hat", "hatte"})
#: participles of meeting that close such a clause, "mit" the one met before
_MET_WITH = frozenset({"zusammengekommen", "zusammengetroffen", "getroffen"})
#: what makes a word opening a sentence before "ist ... mit Y zusammengekommen"
#: no person: a common or frequent word, a place, a body
_NOT_A_MEETER = _NOT_A_SURNAME | {
    Feature.COMMON_NOUN,
    Feature.LOWER_WORD,
    Feature.ZIPF_GE5,
    Feature.ZIPF_4_5,
}


def names_in_meeting_clauses(doc: Doc, ents: list[Span], taken: set[int]) -> list[Span]:
    """A sentence "X ist/war/hat/hatte ... mit Y zusammengekommen /
    zusammengetroffen / getroffen.": X, a word opening the sentence that the
    lexicon knows as no common, frequent or place word (a name the tagger may
    read as a noun: "Blinken"), and Y, a name word in no entity, or one the
    model took for a place or MISC that neither the lexicon nor the gazetteer
    knows as one, are persons ("Kowalke ist in Riga mit Tamberg
    zusammengekommen."); X may be a person the model found. Only persons meet
    in such a clause with a bare name as subject. A span for Y replaces the
    model's entity of it."""
    from kg.nlp import gazetteer

    by_start = {e.start: e for e in ents if len(e) == 1}
    out: list[Span] = []
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        toks = [t for t in sent if not t.is_space]
        last = len(toks) - 1
        if last >= 0 and toks[last].is_punct:
            last -= 1
        if last < 4 or toks[last].lower_ not in _MET_WITH:
            continue
        if toks[last - 2].lower_ != "mit":
            continue
        x, y = toks[0], toks[last - 1]
        lead = next((e for e in ents if e.start == x.i and e.label_ == "PER"), None)
        if lead is not None:
            aux = doc[lead.end] if lead.end < len(doc) else None
            new_x = False
        else:
            aux = toks[1]
            new_x = _meeter(doc, x, taken)
            if not new_x:
                continue
        if aux is None or aux.lower_ not in _PERFECT_AUXILIARIES:
            continue
        met = by_start.get(y.i)
        if met is not None and met.label_ == "PER":
            new_y = False
        elif met is not None:
            lex = word_features(doc.vocab, y.text)
            if met.label_ not in ("LOC", "MISC") or lex & _NOT_A_MEETER:
                continue
            if not y.is_alpha or gazetteer.lookup(y.text) is not None:
                continue
            new_y = True
        elif y.i in taken or not _name_word(doc, y.i):
            continue
        else:
            new_y = True
        if new_x:
            out.append(Span(doc, x.i, x.i + 1, label="PER"))
        if new_y:
            out.append(Span(doc, y.i, y.i + 1, label="PER"))
    return out


def _meeter(doc: Doc, x: Token, taken: set[int]) -> bool:
    """``x``, opening a sentence, may be a person's surname: capitalised, in
    no entity, a word the lexicon knows as nothing common, frequent or a
    place."""
    if x.i in taken or not (x.text[:1].isupper() and x.is_alpha):
        return False
    if x.text.isupper() or len(x.text) < 3:
        return False
    return not word_features(doc.vocab, x.text) & _NOT_A_MEETER


#: what makes a word next to a person no name of another
_NOT_BESIDE = _NOT_A_SURNAME | {
    Feature.COMMON_NOUN,
    Feature.LOWER_WORD,
    Feature.ZIPF_GE5,
}


def double_first_names(doc: Doc, ents: list[Span], taken: set[int]) -> list[Span]:
    """A word in no entity that joins two first names with a hyphen, and the
    capitalised word after it that is no common noun: a person the model
    missed ("Jean-Noël| Barrot", "Hans-Dietrich| Genscher"); before a person
    the model found, its first name ("Marie-Luise| Dött", joined to it later
    as two persons side by side), also where the model tagged it MISC
    ("Jean-Claude| Juncker"): the span replaces that entity."""
    persons = {e.start for e in ents if e.label_ == "PER"}
    # "Jean-Claude| Juncker": the model may tag the double first name MISC
    misc = {e.start for e in ents if e.label_ == "MISC" and len(e) == 1}
    out: list[Span] = []
    for tok in doc[:-1]:
        parts = tok.text.split("-")
        if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
            continue
        nxt = doc[tok.i + 1]
        if tok.i in taken and not (tok.i in misc and nxt.i in persons):
            continue
        if nxt.i in persons and all(_may_be_first_name(doc, p) for p in parts):
            out.append(Span(doc, tok.i, tok.i + 1, label="PER"))
            continue
        if (
            nxt.i in taken
            or not nxt.text[:1].isupper()
            or nxt.text.isupper()
            or not nxt.text.replace("-", "").isalpha()
        ):
            continue
        if not all(_may_be_first_name(doc, p) for p in parts):
            continue
        lex = word_features(doc.vocab, nxt.text)
        if lex & _NOT_A_SURNAME or (
            Feature.COMMON_NOUN in lex
            and not lex & {Feature.FIRST_NAME, Feature.SURNAME}
        ):
            continue
        out.append(Span(doc, tok.i, tok.i + 2, label="PER"))
    return out


def _may_be_first_name(doc: Doc, word: str) -> bool:
    """``word`` is a first name by the lexicon table, accents aside, whatever
    else it may be ("Hans", "Jean" are nouns too): a part of a double first
    name ("Hans-Peter") needs no more."""
    if word.lower() in FOREIGN_FIRST_NAMES:
        return True
    return any(
        Feature.FIRST_NAME in word_features(doc.vocab, form)
        for form in (word, strip_accents(word))
    )


def names_beside_persons(doc: Doc, ents: list[Span], taken: set[int]) -> list[Span]:
    """A word in no entity joined by "und" or "sowie" to a person, that the
    lexicon knows as a proper noun and as nothing common, nor its stem as a
    place: a person too ("Das Treffen Putins und Erdoğans", "Erdoğan und
    Putin"). One look either side of each person."""
    out: list[Span] = []
    n = len(doc)
    for ent in ents:
        if ent.label_ != "PER":
            continue
        for link, i in ((ent.start - 1, ent.start - 2), (ent.end, ent.end + 1)):
            if not (0 <= i < n and 0 <= link < n) or i in taken:
                continue
            if doc[link].lower_ not in ("und", "sowie"):
                continue
            if name_beside(doc, i) and all(s.start != i for s in out):
                out.append(Span(doc, i, i + 1, label="PER"))
    return out


#: what marks a word as a name of someone: at least two of a list's words
_NAME_WORDS = frozenset({Feature.SURNAME, Feature.FIRST_NAME, Feature.HANTA_NE})


def names_in_lists(doc: Doc, ents: list[Span], taken: set[int]) -> list[Span]:
    """One-word names in no entity in a list "A, B und C" or "A und B" whose
    other items are persons or such words, where one item is a person, or, of
    three or more, two are words the lexicon knows as names (one of them as a
    first name or surname): persons too
    ("berieten Merkel, Hollande und Putin", "Baerbock, Blinken und
    Stoltenberg"). A word the lexicon knows as common, lower-case or a place
    ends the list."""
    per_by_end = {e.end: e for e in ents if e.label_ == "PER"}
    per_by_start = {e.start: e for e in ents if e.label_ == "PER"}
    ent_ends = {e.end for e in ents}
    n = len(doc)

    def word_item(j: int) -> bool:
        if j in taken or not 0 <= j < n or not _name_word(doc, j):
            return False
        if not doc[j].is_alpha or not doc[j].text[1:].islower():
            return False  # "Forschungs- und", "TALKPeter"
        if j in ent_ends or j + 1 in per_by_start:
            return False  # "Nikos| Zachariadis", "Google| Docs": more of a name
        if j >= 2 and doc[j - 2].text.endswith("-"):
            return False  # "Fleisch- und Wurstwaren": a compound's tail
        if j + 1 < n and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha:
            return False  # "Merkels Regierung": a word before a noun
        lex = word_features(doc.vocab, doc[j].text)
        return bool(lex) and not lex & _NOT_BESIDE

    out: list[Span] = []
    for u in range(1, n - 1):
        if doc[u].lower_ not in ("und", "sowie"):
            continue
        # the last item, after "und"
        if u + 1 in per_by_start:
            items = [(u + 1, True)]
        elif word_item(u + 1) and (
            u + 2 >= n or not doc[u + 2].text[:1].isupper() or doc[u + 2].is_punct
        ):
            items = [(u + 1, False)]
        else:
            continue
        # the items before "und", each after a comma but the first
        end = u
        while True:
            if end in per_by_end:
                start, person = per_by_end[end].start, True
            elif word_item(end - 1):
                start, person = end - 1, False
            else:
                break
            items.append((start, person))
            if start >= 2 and doc[start - 1].text == ",":
                end = start - 1
                continue
            break
        if len(items) < 2:
            continue
        lexes = [word_features(doc.vocab, doc[i].text) for i, p in items if not p]
        named = sum(1 for lex in lexes if lex & _NAME_WORDS)
        if not any(p for _, p in items) and not (
            len(items) >= 3
            and named >= 2
            and any(lex & {Feature.SURNAME, Feature.FIRST_NAME} for lex in lexes)
        ):
            continue
        for i, person in items:
            if not person and all(sp.start != i for sp in out):
                out.append(Span(doc, i, i + 1, label="PER"))
    return sorted(out, key=lambda sp: sp.start)


def persons_met(doc: Doc, ents: list[Span], taken: set[int]) -> list[Span]:
    """A word in no entity right after a person (or "der/die" and a title)
    and a verb of meeting whose object is the one met
    (:data:`MEET_OBJECT_FORMS`), that the lexicon knows as a proper noun and
    as nothing common: a person ("Merkel traf Putin in Berlin", "Kurz empfängt
    Orbán", "Der Kanzler traf Macron")."""
    from kg.lang.de.titles import is_title

    out: list[Span] = []
    n = len(doc)
    # the end of each subject: a person, or a title after an article ("Der
    # Kanzler traf Macron")
    ends = {ent.end for ent in ents if ent.label_ == "PER"}
    ends |= {
        t.i + 1
        for t in doc
        if t.i > 0
        and t.text[:1].isupper()
        and doc[t.i - 1].lower_ in ("der", "die")
        and is_title(t.text)
        and t.i not in taken
    }
    places = {e.start: e.end for e in ents if e.label_ == "LOC"}
    for end in sorted(ends):
        if end >= n or doc[end].lower_ not in MEET_OBJECT_FORMS:
            continue
        i = _past_place_and_time(doc, end + 1, places)
        if i >= n or i in taken:
            continue
        if _family_name_first(doc, i, taken):  # "traf Xi Jinping"
            out.append(Span(doc, i, i + 2, label="PER"))
        elif name_beside(doc, i) or _met_name(doc, i):
            out.append(Span(doc, i, i + 1, label="PER"))
    return out


def _past_place_and_time(doc: Doc, i: int, places: dict[int, int]) -> int:
    """The first word from ``i`` on past a place after "in", a weekday after
    "am" and adverbs of sequence: "traf in Peking zuerst| X", "empfing am
    Montag| X"."""
    from kg.lang.de.meetings import BETWEEN_VERB_AND_MET
    from kg.lang.de.time import WEEKDAYS

    n = len(doc)
    while i < n:
        low = doc[i].lower_
        if low in ("in", "im") and i + 1 in places:
            i = places[i + 1]
        elif low == "am" and i + 1 < n and doc[i + 1].lower_ in WEEKDAYS:
            i += 2
        elif low in BETWEEN_VERB_AND_MET:
            i += 1
        else:
            break
    return i


def _met_name(doc: Doc, i: int) -> bool:
    """The word at ``i`` after "X traf" is a name though the tagger calls it a
    noun ("Scholz traf Macron"): a name word (:func:`_name_word`) the lexicon
    knows and not as a common noun, no noun's modifier ("traf Merkels
    Berater")."""
    if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
        return False
    lex = word_features(doc.vocab, doc[i].text)
    if not lex or Feature.COMMON_NOUN in lex:
        return False  # "Grödig empfängt Sturm": a noun that is a name too
    return _name_word(doc, i)


def name_beside(doc: Doc, i: int) -> bool:
    tok = doc[i]
    text = tok.text
    if tok.is_sent_start or not text[:1].isupper() or text.isupper():
        return False
    if not text.isalpha() or len(text) < 3:
        return False
    if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
        return False  # "Merkels Regierung und X": a word before a noun
    lex = word_features(doc.vocab, text)
    if Feature.HANTA_NE not in lex or lex & _NOT_BESIDE:
        return False
    if text.endswith("s"):
        stem = word_features(doc.vocab, text[:-1])
        if stem & _NOT_A_SURNAME:
            return False
    return True


def _surname_shape(tok: Token) -> bool:
    """A capitalised word (or hyphenated words) that is no title: a surname
    after a first name, whatever else the word means ("Fall", "Schwarze")."""
    from kg.lang.de.titles import is_title

    text = tok.text
    return (
        text[:1].isupper()
        and not text.isupper()
        and text.replace("-", "").isalpha()
        and not is_title(text)
    )


def _name_word(doc: Doc, j: int) -> bool:
    tok = doc[j]
    text = tok.text
    if tok.is_sent_start or not text[:1].isupper() or text.isupper():
        return False
    if not text.replace("-", "").isalpha():
        return False
    from kg.lang.de.titles import is_title

    if is_title(text):
        return False
    lex = word_features(doc.vocab, text)
    if lex & _NOT_A_SURNAME or Feature.ZIPF_GE5 in lex:
        return False
    if not lex:
        # an unknown compound of a German noun is no name: "Aktenfälschung"
        return not ends_in_common_noun(doc.vocab, text)
    return Feature.COMMON_NOUN not in lex or bool(
        lex & {Feature.FIRST_NAME, Feature.SURNAME}
    )
