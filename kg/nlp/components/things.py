"""``kg_things``: entities that name no actor, after ``kg_orgs``.

The statistical model, the gazetteer and the organisation rules label names
the way German news uses them, and the news uses the names of competitions,
prizes, products and agreements like those of organisations ("in der Champions
League", "den Oscar gewann", "das iPhone"). This last rule layer takes back

1. **things**: an entity whose whole text (or that text without a genitive -s)
   is a name in ``kg/data/things.tsv`` becomes MISC: it stays an entity of the
   text but no person, organisation or place of the graph; so does an
   organisation whose capitalised words between lower-case ones are such a
   name ("deutschen Fußball-Bundesliga am Montagabend");
2. **events**: an organisation whose name has an English event head
   ("Eurobest Festival", "Web Summit"), ends in "Open" ("Generali Open"),
   starts as the name of a race ("Große Preis von Monaco") or ends in a
   German compound of an event ("Donauinselfestival", "Klimagipfel")
   becomes MISC too;
3. **products of a maker**: an organisation that starts with a company's
   name and ends in a model number or is followed by one, after at most one
   name of a product line ("Panasonic Lumix G7", "Samsung Galaxy S6", "Apple
   iPhone 6") becomes MISC: the maker named inside its product's name;
4. **venues**: a name that starts with a word for a building that hosts
   meetings (:data:`kg.lang.de.places.VENUE_WORDS`: "Villa Madama", "Schloss
   Bellevue") is a place, also one the model left untagged;
5. **sports nations**: an organisation or person that is a three-letter sports
   country code
   (IOC, ``kg.lang.de.places.SPORTS_NATION_CODES``) in parentheses after a name
   ("Marcel Hirscher (AUT)", "Ilkka Herola (FIN)", a doubles pair's
   "(NED/FIN)") is dropped: it is the
   athlete's nation in a results list, not an organisation.
6. **agreement names**: a person right after a noun for an agreement
   ("dem Datenschutzabkommen Safe Harbor") or a person or organisation after
   "unter dem Namen" / "namens" with such a noun up to eight words before it
   ("ein Abkommen, das unter dem Namen X vorgelegt wurde") becomes MISC, and
   so does every person or organisation of the text with that name ("über X
   beraten"): an agreement is no actor.

Without kg's lexicon table (``--model`` with another pipeline) the component
does nothing, like the other rule layers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.lang.de.orgs import (
    AGREEMENT_ENDINGS,
    EVENT_ENDINGS,
    EVENT_HEADS,
    NAMING_WORDS,
)
from kg.lang.de.places import SPORTS_NATION_CODES, VENUE_WORDS
from kg.lang.de.products import is_article_before_product, is_org_word
from kg.lang.de.titles import is_title
from kg.nlp import gazetteer
from kg.nlp.lexicon import Feature, has_table, word_features

__all__ = ["ThingsFilter", "thing_kind"]


@lru_cache(maxsize=1)
def _things() -> dict[str, str]:
    text = files("kg.data").joinpath("things.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]
    return {name: kind for name, kind in rows[1:]}


def thing_kind(text: str) -> str | None:
    """The kind of thing ``text`` names ("competition", "product" ...), or ``None``.

    >>> thing_kind("Champions Leagues"), thing_kind("NATO")
    ('competition', None)
    """
    things = _things()
    kind = things.get(text)
    if kind is None and text.endswith("s"):
        kind = things.get(text[:-1])
    return kind


def _event_name(ent: Span) -> bool:
    """An organisation's name that names an event: a word of it is an
    English event head ("Eurobest Festival", "Cannes Lions International
    Festival of Creativity") or its last word a German compound of an event
    ("Donauinselfestival", "EU-Afrika-Gipfel")."""
    if any(t.text in EVENT_HEADS for t in ent):
        return True
    if len(ent) > 1 and (
        ent[-1].text == "Open"
        or ent[0].lower_ in _PRIZE_WORDS
        and ent[1].lower_.startswith("preis")
    ):
        # "Generali Open", "Große Preis von Monaco": a tournament, a race (not
        # "der Große Ausschuss", a committee)
        return True
    last = ent[-1].text.lower()
    return len(last) > 8 and last.endswith(EVENT_ENDINGS)


#: a model number: "6", "S6", "G7", "65EF9500", "MT6795" (not a year)
_MODEL_NUMBER = re.compile(
    r"[A-Z]{0,3}\d{1,2}[A-Z]{0,2}|\d{2}[A-Z]{2}\d{3,4}|[A-Z]{2}\d{4}"
)


#: a product line written with a lower-case letter first: "iPhone", "eReader"
_PRODUCT_LINE = re.compile(r"[ie][A-Z]")


def _maker_of_product(
    doc: Doc, ent: Span, alone: dict[str, set[int]] | None = None
) -> bool:
    """An organisation that starts with a company's name and is, with the
    words after it, a product: a model number ends it or follows it after at
    most one name of a product line ("Samsung Galaxy S6", "Apple iPhone 6",
    "Huawei Mate 8", "beim LG G4", "Panasonic Lumix G7"). The company named
    inside its product's name is no actor there (bench/extract_gold.md).
    After an article or an adjective (a company's bare name takes none) a
    maker and one model name are a product too ("den Ford Fusion", "der neue
    VW Golf", "die Boeing 737", "einen Airbus A380"), where the maker is a
    company of the gazetteer or an organisation the article names alone
    (``alone``: "Ford ruft ... zurück")."""
    maker = gazetteer.lookup(ent[0].text)
    if _model_after_article(doc, ent, maker, alone or {}):
        return True
    if maker is None or maker.kind != "company":
        return False
    if len(ent) > 1 and _MODEL_NUMBER.fullmatch(ent[-1].text):
        return True
    for k in range(ent.end, min(ent.end + 2, len(doc))):
        word = doc[k].text
        # a bare number only after a product line's name: "Huawei Mate 8",
        # not "laut Herausgeber Activision 25 Millionen Spieler"
        line = k > ent.start + 1
        if _MODEL_NUMBER.fullmatch(word) and (line or not word.isdigit()):
            return True
        if not (word[:1].isupper() or _PRODUCT_LINE.match(word)) or not word.isalpha():
            return False  # "Samsung gab 6 Prozent", "Apple investiert 5 Mrd."
    return False


#: a type of aircraft or vehicle: "A380", "737", "A320neo", "ID3"
_TYPE_NUMBER = re.compile(r"[A-Z]{0,2}\d{1,3}[a-z]{0,3}")


def _model_after_article(
    doc: Doc, ent: Span, maker: gazetteer.Entry | None, alone: dict[str, set[int]]
) -> bool:
    """A maker's one-word name and a model name or type number after an
    article or an adjective: "den Ford Fusion", "den neuen VW Golf", "die
    Boeing 737" (see :func:`_maker_of_product`)."""
    first = ent[0]
    if first.i == 0 or not first.text[:1].isupper() or not first.text.isalnum():
        return False
    if not (
        (maker is not None and maker.kind == "company")
        or (maker is None and bool(alone.get(first.text, set()) - {first.i}))
    ):
        return False
    before = doc[first.i - 2].text if first.i > 1 else None
    if not is_article_before_product(doc[first.i - 1].text, before):
        return False
    if len(ent) == 2:
        model = ent[1]
    elif len(ent) == 1 and ent.end < len(doc):
        model = doc[ent.end]
        if any(e.start <= model.i < e.end for e in doc.ents):
            return False  # "den VW| Wolfsburg"
    else:
        return False
    word = model.text
    if _TYPE_NUMBER.fullmatch(word):
        if not word.isdigit():
            return True  # "A380", "ID3"
        # a bare number is a type only with three digits and no unit or
        # noun after it: "die Boeing 737 wieder", not "der Nordbank 700 USD"
        after = doc[model.i + 1].text if model.i + 1 < len(doc) else "."
        return len(word) == 3 and not after[:1].isupper() and not after[:1].isdigit()
    return (
        word[:1].isupper()
        and word.isalpha()
        and len(word) >= 3
        and not word.isupper()
        and gazetteer.lookup(f"{first.text} {word}") is None
        and gazetteer.lookup(word) is None
        and not is_org_word(word)
        and not is_title(word)
    )


#: first words of the German name of a motor race: "der Große Preis von Monaco"
_PRIZE_WORDS = frozenset({"großer", "große", "großen"})


def _thing_inside(ent: Span) -> bool:
    """The model ran lower-case words into a thing's name: an adjective
    before it, a time after it ("deutschen Fußball-Bundesliga am
    Montagabend"); the capitalised words between are a thing."""
    words = [t.text for t in ent]
    start = next((k for k, w in enumerate(words) if w[:1].isupper()), len(words))
    end = next(
        (k for k in range(start, len(words)) if not words[k][:1].isupper()),
        len(words),
    )
    if (start, end) == (0, len(words)) or start >= end:
        return False
    return thing_kind(" ".join(words[start:end])) is not None


def _sports_nation(doc: Doc, ent: Span) -> bool:
    """A sports country code in parentheses, alone or one of a pair of a
    doubles team: "(AUT)", "(NED/FIN)"."""
    return (
        len(ent) == 1
        and ent.text in SPORTS_NATION_CODES
        and ent.start > 0
        and doc[ent.start - 1].text in ("(", "/")
        and ent.end < len(doc)
        and doc[ent.end].text in (")", "/")
    )


class ThingsFilter:
    """Relabels things as MISC and drops sports nation codes (see the module)."""

    def __init__(self, nlp: Language | None, name: str = "kg_things") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not has_table(doc.vocab):
            return doc
        ents: list[Span] = []
        changed = False
        # organisations the article names by one word alone ("Ford teilte mit")
        alone: dict[str, set[int]] = {}
        for e in doc.ents:
            if e.label_ == "ORG" and len(e) == 1:
                alone.setdefault(e.text, set()).add(e.start)
        for ent in doc.ents:
            if ent.label_ != "MISC" and (
                thing_kind(ent.text) is not None
                or (ent.label_ == "ORG" and _thing_inside(ent))
                or (ent.label_ == "ORG" and _event_name(ent))
            ):
                ent = Span(doc, ent.start, ent.end, label="MISC")
                changed = True
            elif (
                ent.label_ in ("ORG", "MISC", "PER")
                and len(ent) > 1
                and ent[0].text in VENUE_WORDS
            ):
                # "in der Villa Madama": a building, a place
                ent = Span(doc, ent.start, ent.end, label="LOC")
                changed = True
            elif ent.label_ == "ORG" and _maker_of_product(doc, ent, alone):
                ent = Span(doc, ent.start, ent.end, label="MISC")
                changed = True
            elif ent.label_ in ("ORG", "PER") and _sports_nation(doc, ent):
                changed = True
                continue
            ents.append(ent)
        agreements = _agreement_names(doc, ents)
        if agreements:
            ents = [
                Span(doc, e.start, e.end, label="MISC")
                if e.label_ in ("PER", "ORG") and e.text in agreements
                else e
                for e in ents
            ]
            changed = True
        venues = _venues(doc, ents)
        if venues:
            ents = [
                e for e in ents if not any(v.start <= e.start < v.end for v in venues)
            ]
            ents = sorted([*ents, *venues], key=lambda e: e.start)
            changed = True
        if changed:
            doc.ents = ents
        return doc


def _agreement_names(doc: Doc, ents: list[Span]) -> set[str]:
    """Rule 6: the texts of persons and organisations that name an agreement."""
    out: set[str] = set()
    for e in ents:
        if e.label_ not in ("PER", "ORG", "MISC") or e.start == 0:
            continue
        if e.label_ in ("PER", "MISC") and _agreement_noun(doc[e.start - 1].text):
            # "dem Datenschutzabkommen X" (kg_names may have made it MISC
            # already): the name wherever else the text has it
            out.add(e.text)
            continue
        if e.label_ == "MISC":
            continue
        for words in NAMING_WORDS:
            n = len(words)
            if e.start < n or [t.lower_ for t in doc[e.start - n : e.start]] != list(
                words
            ):
                continue
            for t in reversed(doc[max(0, e.start - n - 8) : e.start - n]):
                if t.text in (".", "!", "?"):
                    break
                if _agreement_noun(t.text):
                    out.add(e.text)  # "ein Abkommen, das unter dem Namen X"
                    break
    return out


def _agreement_noun(word: str) -> bool:
    return word[:1].isupper() and word.lower().endswith(AGREEMENT_ENDINGS)


def _venues(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names of venues the model left untagged: a word of
    :data:`VENUE_WORDS` and one or two names after it, in no entity ("in der
    Villa Madama"; not "das Schloss Gäste ..."), or the place or person after
    it that the model tagged alone ("im Palais| Coburg")."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    starts = {e.start: e for e in ents}
    out: list[Span] = []
    for t in doc:
        if t.text not in VENUE_WORDS or t.i in taken or t.i + 1 >= len(doc):
            continue
        end = t.i + 1
        named = starts.get(end)
        if named is not None and named.label_ in ("LOC", "PER", "MISC"):
            # "im Palais Coburg", "im Schloss Schönbrunn": the place or person
            # the building is named after is part of its name
            out.append(Span(doc, t.i, named.end, label="LOC"))
            continue
        while end < len(doc) and end - t.i <= 2 and _name_word(doc, end, taken):
            end += 1
        if end > t.i + 1:
            out.append(Span(doc, t.i, end, label="LOC"))
            taken.update(range(t.i, end))
    return out


def _name_word(doc: Doc, i: int, taken: set[int]) -> bool:
    """Token ``i`` is a capitalised word of a name: not in an entity, not a
    common noun the lexicon knows only as such."""
    tok = doc[i]
    if i in taken or not (tok.text[:1].isupper() and tok.text.isalpha()):
        return False
    lex = word_features(doc.vocab, tok.text)
    return not (Feature.COMMON_NOUN in lex and not lex & _NAME_FEATURES)


_NAME_FEATURES = frozenset(
    {Feature.PROPER_NOUN, Feature.TOPONYM, Feature.SURNAME, Feature.HANTA_NE}
)


@Language.factory("kg_things")
def make_things(nlp: Language, name: str) -> ThingsFilter:
    """Build the ``kg_things`` component (no settings)."""
    return ThingsFilter(nlp, name)
