"""What a word is in or next to a personal name, by the lexicon table
(:func:`kg.nlp.lexicon.word_features`): a common noun, a first name, more of
the name after it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.lang.de.grammar import (
    ADJ_ENDINGS,
    ARTICLES,
    INDEFINITE_ARTICLES,
    POSSESSIVE_ARTICLES,
)
from kg.lang.de.names import FOREIGN_FIRST_NAMES, NAMED_AFTER_PEOPLE, RELATION_NOUNS
from kg.lang.de.spelling import strip_accents
from kg.lang.de.time import MONTHS, WEEKDAYS
from kg.lang.de.titles import match_title
from kg.nlp import gazetteer
from kg.nlp.gazetteer.persons import known_persons
from kg.nlp.lexicon import NOT_ONLY_A_FIRST_NAME, Feature, has_table, word_features

__all__ = [
    "article_before",
    "continues_name",
    "first_name_alone",
    "first_name_before",
    "is_common_noun",
    "is_double_first_name",
    "is_noun",
    "is_first_name_of_two",
    "is_plain_first_name",
    "small_town_for_a_person",
    "unglued_name",
    "features_of",
    "genitive_name_stem",
    "genitive_before_relation",
    "genitive_surname",
]


def features_of(doc: Doc, word: str) -> frozenset[Feature]:
    """The lexicon features of ``word`` (:func:`kg.nlp.lexicon.word_features`)."""
    return word_features(doc.vocab, word)


def is_common_noun(doc: Doc, word: str) -> bool:
    """A German common noun, not a name: "Demokraten", "Senfgas", "Regionalkammer"."""
    lex = features_of(doc, word)
    if lex & {
        Feature.FIRST_NAME,
        Feature.SURNAME,
        Feature.TOPONYM,
        Feature.PROPER_NOUN,
    }:
        return False
    if Feature.COMMON_NOUN in lex:
        return True
    if lex or len(word) < 7:
        return False
    # an unknown compound of known words whose head is a common noun
    for cut in range(3, len(word) - 2):
        head = word[cut:].capitalize()
        head_lex = features_of(doc, head)
        if len(head) < 4 and not head_lex & {Feature.ZIPF_4_5, Feature.ZIPF_GE5}:
            continue  # "Zachariadis", "Westarp": no rare short head ("Dis", "Arp")
        if Feature.COMMON_NOUN in head_lex and not head_lex & {
            Feature.FIRST_NAME,
            Feature.SURNAME,
        }:
            return bool(
                features_of(doc, word[:cut].rstrip("s")) or features_of(doc, word[:cut])
            )
    return False


def is_noun(doc: Doc, word: str) -> bool:
    """A German noun by the lexicon, also one that is a name too ("Mutter",
    "Madonna"), or an unknown compound of one ("Filmmusik")."""
    lex = features_of(doc, word)
    if Feature.COMMON_NOUN in lex:
        return True
    if Feature.HANTA_NN in lex and not lex & {
        Feature.FIRST_NAME,
        Feature.SURNAME,
        Feature.HANTA_NE,
        Feature.TOPONYM,
        Feature.UD_PROPN,
    }:
        return True  # a noun to the tagger, no name: "Filmmusik"
    return is_common_noun(doc, word)


def is_plain_first_name(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a first name and not also a common noun or a place."""
    lex = features_of(doc, doc[i].text)
    return Feature.FIRST_NAME in lex and not lex & {
        Feature.COMMON_NOUN,
        Feature.TOPONYM,
        Feature.GAZ_COUNTRY,
    }


# a word in camel case made of two capitalised parts: "HansNiessl"
_GLUED_NAME = re.compile(r"([A-ZÄÖÜ][a-zäöüßéè]{2,})([A-ZÄÖÜ][a-zäöüßéè]{2,})")


def unglued_name(doc: Doc, word: str) -> str | None:
    """A first name glued to the surname after it, the space lost ("HansNiessl"
    -> "Hans Niessl"): the first part a first name and no place, the word as a
    whole none the lexicon knows (not a name written in camel case as one)."""
    m = _GLUED_NAME.fullmatch(word)
    if m is None or features_of(doc, word):
        return None
    first = m.group(1)
    lex = features_of(doc, first)
    if first.lower() not in FOREIGN_FIRST_NAMES and (
        Feature.FIRST_NAME not in lex
        or lex & {Feature.TOPONYM, Feature.GAZ_COUNTRY, Feature.GAZ_CITY}
    ):
        return None
    return f"{first} {m.group(2)}"


def is_first_name_of_two(doc: Doc, i: int) -> bool:
    """``doc[i]`` can open a name of two words as its first name: a first
    name, also when a common noun or surname too ("Johannes Rauch", "Steven
    Spielberg"), no place; a given name of another language ("Narendra Modi",
    ``FOREIGN_FIRST_NAMES``)."""
    if is_plain_first_name(doc, i) or doc[i].text.lower() in FOREIGN_FIRST_NAMES:
        return True
    lex = features_of(doc, doc[i].text)
    return Feature.FIRST_NAME in lex and not lex & {
        Feature.TOPONYM,
        Feature.GAZ_COUNTRY,
        Feature.GAZ_CITY,
    }


def first_name_before(doc: Doc, i: int) -> bool:
    """``doc[i]``, right before a person's name, is a first name of it: a first
    name and nothing else ("Pierre", "Can"), a hyphenated pair of first names
    ("Jean-Claude", "Hans-Jörg"), or after a title a rare proper noun
    ("Präsident Miloš Zeman")."""
    tok = doc[i]
    text = tok.text
    if tok.ent_type_ or not text[:1].isupper() or text.isupper() or len(text) < 2:
        return False
    if match_title(text):
        return False
    parts = text.split("-")
    if not all(p[:1].isupper() and p.isalpha() for p in parts) or len(parts) > 2:
        return False
    if len(parts) == 2:
        return all(
            Feature.FIRST_NAME in (lex := features_of(doc, strip_accents(p)))
            and not lex
            & NOT_ONLY_A_FIRST_NAME - {Feature.COMMON_NOUN, Feature.GAZ_PART}
            for p in parts
        )
    lex = features_of(doc, text) or features_of(doc, strip_accents(text))
    if lex & NOT_ONLY_A_FIRST_NAME - {Feature.COMMON_NOUN, Feature.GAZ_PART}:
        return False
    if Feature.FIRST_NAME in lex and (
        Feature.COMMON_NOUN not in lex or Feature.HANTA_NE in lex
    ):
        return True
    return (
        i > 0
        and match_title(doc[i - 1].text) is not None
        and Feature.HANTA_NE in lex
        and not lex & {Feature.COMMON_NOUN, Feature.ZIPF_4_5, Feature.ZIPF_GE5}
    )


def first_name_alone(doc: Doc, tok: Token) -> bool:
    """``tok`` is a capitalised first name outside any entity, that is nothing
    else: no common noun, place, organisation, title or lower-case word."""
    text = tok.text
    if not (text[:1].isupper() and len(text) > 2 and tok.is_alpha) or text.isupper():
        return False
    if tok.ent_type_:
        return False
    lex = features_of(doc, text)
    if not lex and not text.isascii():
        lex = features_of(doc, strip_accents(text))  # "Lubomír"
    if Feature.FIRST_NAME not in lex or lex & NOT_ONLY_A_FIRST_NAME:
        return False
    if match_title(text):
        return False
    # a thing named after a person: "Universität Getúlio Vargas"
    return not (
        tok.i > 0
        and not tok.is_sent_start
        and doc[tok.i - 1].lower_.endswith(NAMED_AFTER_PEOPLE)
    )


def continues_name(doc: Doc, tok: Token, *, after_first_name: bool = False) -> bool:
    """``tok`` right after a person's name is more of the name: a capitalised
    word in no other entity that the lexicon knows as a surname or not at all
    ("Hollande"), or an Arabic article form ("al-Sisi"). After a lone first name,
    a capitalised word that is otherwise written lower case is the surname too
    ("Sebastian Kurz")."""
    if tok.ent_type_ or tok.is_sent_start:
        return False
    text = tok.text
    if text.startswith(("al-", "el-")) and len(text) > 4 and text[3:4].isupper():
        return True
    if after_first_name and _hyphenated_surname(doc, text, loose=_ends_phrase(tok)):
        return True  # "Angelika| Sery-Froschauer", "Sarah| Hanson-Young"
    if not (text[:1].isupper() and text.isalpha() and len(text) > 2) or text.isupper():
        return False
    if match_title(text) or gazetteer.country_of(text):
        return False
    lex = features_of(doc, text)
    if not lex:
        # an unknown word that reads as a compound is the surname too after a
        # first name when it ends its phrase ("Thomas| Klestil (ÖVP)")
        return has_table(doc.vocab) and (
            not is_common_noun(doc, text) or (after_first_name and _ends_phrase(tok))
        )
    if Feature.COMMON_NOUN in lex:  # "Huber", "Koch": surnames too, after a first name
        # a rare noun after a first name that ends its phrase is the surname
        # too ("Walter| Rosenkranz als", "Gottfried| Koller zum")
        return after_first_name and (
            Feature.SURNAME in lex
            or (not lex & {Feature.ZIPF_4_5, Feature.ZIPF_GE5} and _ends_phrase(tok))
            # after a double first name any noun that ends the phrase
            # ("Frank-Jürgen| Weise war")
            or (
                _ends_phrase(tok)
                and is_double_first_name(doc, tok.i - 1)
                and text.lower() not in WEEKDAYS
                and text.lower() not in MONTHS
            )
        )
    if Feature.LOWER_WORD in lex:
        return after_first_name and not tok.is_punct
    if Feature.SURNAME in lex:
        return True
    # a rare word that is no place or organisation: "Hollande"
    return not lex & {
        Feature.ZIPF_4_5,
        Feature.ZIPF_GE5,
        Feature.TOPONYM,
        Feature.GAZ_COUNTRY,
        Feature.GAZ_CITY,
        Feature.GAZ_ORG,
    }


def _hyphenated_surname(doc: Doc, text: str, *, loose: bool = False) -> bool:
    """``text`` is a double surname: two or more capitalised parts joined by
    hyphens ("Sery-Froschauer"), the last no common noun ("Müller-Preis",
    "Theresien-Straße" are compounds) unless ``loose`` (a first name before
    it, no noun after it)."""
    parts = text.split("-")
    return (
        len(parts) > 1
        and all(p[:1].isupper() and p.isalpha() and len(p) > 1 for p in parts)
        and not any(p.isupper() for p in parts)
        and (loose or not is_common_noun(doc, parts[-1]))
    )


def is_double_first_name(doc: Doc, i: int) -> bool:
    """``doc[i]`` is two or more first names joined by hyphens ("Hans-Peter",
    "Frank-Jürgen"): no name ends with it."""
    parts = doc[i].text.split("-") if i >= 0 else []
    return len(parts) >= 2 and all(
        p[:1].isupper() and Feature.FIRST_NAME in features_of(doc, p) for p in parts
    )


def _ends_phrase(tok: Token) -> bool:
    """The word after ``tok`` is lower case or punctuation: ``tok`` ends its
    phrase ("Koller zum", "Rosenkranz als", "Koller."), no noun follows."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return True
    nxt = doc[tok.i + 1]
    return nxt.is_punct or nxt.text[:1].islower()


_ZIPF_RANK = (
    Feature.ZIPF_0,
    Feature.ZIPF_LT3,
    Feature.ZIPF_3_4,
    Feature.ZIPF_4_5,
    Feature.ZIPF_GE5,
)


def _zipf_rank(lex: frozenset[Feature]) -> int:
    return max((r for r, f in enumerate(_ZIPF_RANK) if f in lex), default=-1)


#: what a word may not be, to the lexicon, to be taken as a name: a common or
#: lower-case word, a place
_NO_NAME = frozenset(
    {
        Feature.COMMON_NOUN,
        Feature.LOWER_WORD,
        Feature.TOPONYM,
        Feature.GAZ_CITY,
        Feature.GAZ_COUNTRY,
    }
)


def _genitive_shape(word: str) -> bool:
    """``word`` looks like the genitive of a name: capitalised, letters only,
    five or more, ending in one -s ("Putins"; not "Weiss", "Bush's")."""
    return (
        len(word) >= 5
        and word.endswith("s")
        and not word.endswith("ss")
        and word[:1].isupper()
        and not word.isupper()
        and word.isalpha()
    )


def genitive_name_stem(doc: Doc, word: str) -> str | None:
    """The name ``word`` is the genitive of, by the lexicon: "Putins" ->
    "Putin", "Merkels" -> "Merkel" (the stem a surname, or a proper noun more
    frequent than ``word``; or the surname of a well-known person of
    ``persons.tsv``: "Tusks" -> "Tusk"), not "Jenkins" or "Hans" (themselves
    names)."""
    if not _genitive_shape(word):
        return None
    stem = word[:-1]
    lex, stem_lex = features_of(doc, word), features_of(doc, stem)
    if lex & {Feature.SURNAME, Feature.FIRST_NAME, Feature.COMMON_NOUN}:
        return None
    listed = known_persons().surnames
    if stem in listed and word not in listed:
        return stem
    if stem_lex & _NO_NAME:
        return None
    if Feature.SURNAME in stem_lex or (
        Feature.HANTA_NE in stem_lex and _zipf_rank(stem_lex) > _zipf_rank(lex) >= 0
    ):
        return stem
    return None


def _genitive_form(
    doc: Doc, i: int
) -> tuple[str, frozenset[Feature], frozenset[Feature]] | None:
    """(stem, the word's features, the stem's) where ``doc[i]`` may be a name
    in the genitive: a capitalised word of letters ending in one -s ("Merkels";
    not "Boss", "USA"), whose stem is no city or country ("Berlins")."""
    word = doc[i].text
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "'s")):
        return None
    if not word[:1].isupper() or word.isupper() or not word.isalpha():
        return None
    stem = word[:-1]
    lex, stem_lex = features_of(doc, word), features_of(doc, stem)
    if stem_lex & {Feature.GAZ_CITY, Feature.GAZ_COUNTRY}:
        return None  # "Berlins", "Hollands"
    return stem, lex, stem_lex


def genitive_surname(
    doc: Doc, i: int, surnames: frozenset[str] = frozenset()
) -> str | None:
    """The surname ``doc[i]`` is the genitive of, as the last word of a full
    name ("Angela Merkels Regierung", "Thomas Manns Roman"): the stem is the
    surname of a person of the article (``surnames``), or a name the lexicon
    knows before a common noun ("Manns Roman", "Merkels Regierung"), where
    the word itself is no name ("Hermann Schultes" stays).
    Names ending in -s ("Thomas", "Jenkins", "Schmidts" as a surname) stay,
    unless a noun follows them and the stem is a person of the article."""
    genitive = _genitive_form(doc, i)
    if genitive is None:
        return None
    stem, lex, stem_lex = genitive
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    before_noun = (
        nxt is not None
        and not nxt.is_sent_start
        and nxt.text[:1].isupper()
        and nxt.is_alpha
        and is_noun(doc, nxt.text)
    )
    if lex & {Feature.SURNAME, Feature.FIRST_NAME}:
        # a name itself ("Schmidts", "Thomas"): only before a noun, and only
        # the genitive of a person of the article ("Helmut Schmidts Nachfolger")
        return stem if before_noun and stem in surnames else None
    if stem in surnames:
        return stem
    # "Max Frischs Klassiker", 'Steven Spielbergs "Bridge of Spies"': the
    # last word of a first name and a surname before a noun or a title in
    # quotation marks, the stem no common noun or place
    before_title = (
        nxt is not None and not nxt.is_sent_start and nxt.text in _OPENING_QUOTES
    )
    if (
        (before_noun or before_title)
        and i > 0
        and is_first_name_of_two(doc, i - 1)
        # "Bob Jenkins", "Mario Tennis": the word itself a name or a noun
        and not lex & {Feature.HANTA_NE, Feature.UD_PROPN, Feature.COMMON_NOUN}
        and not stem_lex & {Feature.COMMON_NOUN, Feature.TOPONYM, Feature.GAZ_PART}
    ):
        return stem
    # "Hermann Schultes" is a name of its own: a known stem only before a noun
    if before_noun and stem_lex & {
        Feature.SURNAME,
        Feature.HANTA_NE,
        Feature.UD_PROPN,
    }:
        return stem
    return None


def genitive_name_after_noun(
    doc: Doc, start: int, end: int, surnames: frozenset[str] = frozenset()
) -> str | None:
    """The surname the last word of the name ``doc[start:end + 1]`` is the
    genitive of, where the name follows a noun an article opens ("die Politik
    Angela Merkels", "den Besuch Helmut Kohls", "die Pläne Wolfgang
    Schäubles"): the stem is the surname of a person of the article
    (``surnames``) or a name the lexicon knows, and the word itself is no name
    the lexicon knows ("der Sieg Alexis Tsipras" stays)."""
    if start < 2 or end <= start:
        return None
    noun = doc[start - 1]
    j = start - 2  # the noun's article, adjectives between
    if noun.ent_type_ == "ORG":
        # "die AKP Recep Tayyip Erdoğans": an organisation's name for the noun
        while j > 0 and doc[j].ent_type_ == "ORG" and doc[j].ent_iob_ == "I":
            j -= 1
        j -= 1 if doc[j].ent_type_ == "ORG" else 0
    elif noun.ent_type_ or not capitalised_noun(doc, noun.text):
        return None
    if not article_before(doc, j, _ARTICLES_GEN):
        return None
    genitive = _genitive_form(doc, end)
    if genitive is None:
        return None
    stem, lex, stem_lex = genitive
    if stem in surnames:
        return stem
    if lex & {Feature.SURNAME, Feature.FIRST_NAME}:
        return None  # "Tsipras", "Jenkins": the name itself
    if Feature.FIRST_NAME in stem_lex and Feature.SURNAME not in stem_lex:
        return None  # "Die Tennisspielerin Serena Williams": no "William"
    if stem_lex & {Feature.SURNAME, Feature.HANTA_NE, Feature.UD_PROPN}:
        return stem
    return None


def capitalised_noun(doc: Doc, word: str) -> bool:
    """``word`` is a capitalised German noun, or a hyphenated compound whose last
    part is one ("Besuch", "China-Besuch", "EU-Gipfel")."""
    last = word.rsplit("-", 1)[-1]
    if "-" in word and not (word[:1].isupper() and word[:1].isalpha()):
        return False
    return last.isalpha() and last[:1].isupper() and is_noun(doc, last)


def article_before(doc: Doc, j: int, opening: frozenset[str]) -> bool:
    """Token ``j`` or, past lower-case adjectives before it, a word of
    ``opening`` opens the noun after them ("die| umstrittene Rede", "seine
    Pläne"): back from ``j`` over the adjectives to an article."""
    while (
        j > 0
        and doc[j].lower_ not in opening
        and doc[j].is_lower
        and doc[j].lower_.endswith(ADJ_ENDINGS)
    ):
        j -= 1
    return j >= 0 and doc[j].lower_ in opening


#: what opens the noun before a genitive name ("die Politik Angela Merkels")
_ARTICLES_GEN = ARTICLES | INDEFINITE_ARTICLES | POSSESSIVE_ARTICLES | {"des"}


#: quotation marks that open a title after a name ('Spielbergs "Bridge of Spies"')
_OPENING_QUOTES = frozenset({'"', "„", "“", "»", "«"})


def genitive_before_relation(doc: Doc, i: int) -> str | None:
    """The name ``doc[i]`` is the genitive of, right before a noun of relation
    or a title ("Orbans Sprecher", "Faymanns Berater" -> "Orban", "Faymann"):
    a name ending in -s itself takes an apostrophe there ("Tsipras' Sprecher"),
    so the word less its -s is the name where the lexicon knows that as a
    name and the word itself as no name, common noun or place."""
    if i + 1 >= len(doc):
        return None
    word, nxt = doc[i].text, doc[i + 1].text
    if not _genitive_shape(word):
        return None
    if not nxt[:1].isupper() or (nxt not in RELATION_NOUNS and not match_title(nxt)):
        return None
    if features_of(doc, word) & (_NO_NAME | {Feature.SURNAME, Feature.FIRST_NAME}):
        return None
    stem = word[:-1]
    if not features_of(doc, stem) & {
        Feature.HANTA_NE,
        Feature.SURNAME,
        Feature.UD_PROPN,
    }:
        return None  # "Tsipras Sprecher" without its apostrophe: no "Tsipra"
    if gazetteer.lookup(stem) is not None:
        return None  # "Moskaus Sprecher": a state's
    return stem


def small_town_for_a_person(doc: Doc, start: int, entry: gazetteer.Entry) -> bool:
    """The one word the model took for a person names a town under 100,000
    that the article's places do not point to (``disambiguate`` with the
    model's label finds nothing): "Merkel traf Obama" is the person, not the
    Japanese town of 29,000; "Athens" (664,000) stays the city."""
    if entry.kind != "city" or (entry.population or 0) >= 100_000:
        return False
    prev = doc[start - 1].text if start > 0 else None
    return (
        gazetteer.disambiguate(
            doc[start].text, doc._.kg_context or (), label="PER", preceding=prev
        )
        is None
    )


def new_acronym(doc: Doc, abbr: str, word: str) -> bool:
    """No name the gazetteer or an organisation of ``doc`` gives stands for the
    abbreviation ``abbr`` of the compound ``word``: no long form that spells it
    out, none with it in brackets or alone ("die Bank Austria ... BA-Chef")."""
    from kg.extract.resolve import spells_out

    if gazetteer.lookup(abbr) is not None:
        return False
    if abbr == word:
        return True  # "QRX-Universität": the compound is the name
    if any(e.label_ == "ORG" and spells_out(e.text, abbr) for e in doc.ents):
        return False
    return abbr not in doc.text.replace("(", " ").replace(")", " ").split()
