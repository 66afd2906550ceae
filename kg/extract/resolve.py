"""Merging mentions into entities within one article.

Rules (deterministic, in this order):

1. A mention the gazetteer knows resolves to the gazetteer's canonical entry
   ("Russlands" -> Russland, "Nato" -> NATO, "NATO-Russland-Rates" ->
   NATO-Russland-Rat); its label comes from the gazetteer.
1a. A church named by its denomination in any case ("der
   römisch-katholischen Kirche", "die russisch-orthodoxe Kirche") is the
   gazetteer's church (:mod:`kg.extract.churches`).
2. An acronym in parentheses right after a name binds to it: "Organisation für
   Sicherheit und Zusammenarbeit in Europa (OSZE)" is one organisation named
   by the acronym, the long form an alternate name; the long form in
   another case elsewhere ("vom Deutschen Archäologischen Institut" beside
   "des Deutschen Archäologischen Instituts (DAI)") is that organisation too,
   and so is the acronym alone ("Front National (FN)" … "der FN").
2a. An acronym the article defines with a long form the gazetteer does not
   know, whose initials spell it and that shares no word with the gazetteer's
   names for it ("Arbeitsgemeinschaft für demokratische Politik (AFP)"), is
   that organisation in the whole article, not the gazetteer's (the agency
   AFP): the definition is evidence, the gazetteer a guess.
0. A single word equal to the surname of a person named in full in the
   article is that person, even if the model or the gazetteer called it a
   place ("Kerry" next to "John Kerry"); countries and acronyms excepted.
0a. A single word labelled a person that names a company elsewhere in the
   article (by the gazetteer entry of that mention: "Diskonter Hofer") is
   that company, unless a person of the article is named in full with it.
3. Persons: a multi-word name defines a person, unless it starts with a
   particle ("Van der Bellen" is a surname). Full names of one person join
   (:func:`same_person_names`: "Tayyip Erdoğan" and "Recep Tayyip Erdoğan",
   "Baschar al-Assad" and "Bashar al-Assad"; "Heinz Fischer Rosen" next to
   "Heinz Fischer"). A single word (or a particle surname) equal to the
   surname, accents aside ("Erdogan"), or the genitive of it ("Blinkens"),
   of exactly one such person is that person; failing that, equal to the
   first word of exactly one, accents aside (family name first: "Xi" for "Xi
   Jinping"; a first name alone: "Jaroslaw" for "Jarosław Kaczyński"). A
   one-word name that matches no full name stays on its own. Given names
   alone ("Hans Jörg") are the one person with them ("Hans-Jörg Schelling").
3c. A person with a full name of exactly one row of ``persons.tsv`` is named
   by that row ("Volodymyr Zelensky" -> Wolodymyr Selenskyj): the same name
   in every article, whatever the spelling; a surname alone is not renamed.
4. Unknown organisations and places: a surface form ending in ``s`` whose stem
   is another mention of the same label is the genitive of that mention. An
   unknown organisation written in another case ("der Syrischen
   Beobachtungsstelle", "des Instituts für …") is named in the nominative
   (:attr:`RawMention.nominative`, :mod:`kg.lang.de.cases`), and so is the same
   surface form elsewhere in the article where no article shows its case.
4b. An unknown one-word organisation that is the first or last word of exactly
   one unknown organisation of several words, or the last part of exactly one
   hyphenated one, is that one ("Knights" and "Güssing Knights", "Senat" and
   "US-Senat").

The canonical name is the gazetteer name, else the longest full form seen
(first seen on ties).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from itertools import pairwise

import cologne_phonetics

from kg.extract.churches import church_entry
from kg.extract.records import Entity, Kind, Mention, entity_key
from kg.lang.de.names import (
    GIVEN_NAME_VARIANTS,
    NAME_MARKUP,
    SURNAME_PARTICLES,
    is_initial,
    strip_article_prefix,
)
from kg.lang.de.products import is_org_word
from kg.nlp import gazetteer
from kg.nlp.gazetteer import Entry
from kg.nlp.gazetteer.persons import known_persons

__all__ = [
    "RawMention",
    "entry_entity",
    "resolve_mentions",
    "same_person_names",
    "sounds_alike",
    "spells_out",
]

# a run of markup characters inside a name: "Angela #Merkel"
_MARKUP = re.compile("[" + re.escape("".join(sorted(NAME_MARKUP))) + "]+")
# "Mikl- Leitner": a space after the hyphen of a double name, before its second part
_STRAY_HYPHEN_SPACE = re.compile(r"(?<=[^\W\d_])- (?=[^\W\d_])")


def _join_stray_hyphen(text: str) -> str:
    return _STRAY_HYPHEN_SPACE.sub(
        lambda m: "-" if text[m.end() : m.end() + 1].isupper() else m.group(0), text
    )


_LABEL_KIND = {"PER": Kind.PERSON, "ORG": Kind.ORG, "LOC": Kind.PLACE}
_KIND_LABEL = {kind: label for label, kind in _LABEL_KIND.items()}
_ENTRY_PLACE_KINDS = {"country", "city", "region"}


@dataclass(slots=True)
class RawMention:
    """A mention before resolution. ``entry`` is the gazetteer's, if any."""

    start: int
    end: int
    text: str
    label: str
    sentence: int
    entry: Entry | None = None
    follows: int | None = None  # index of the mention this one is in parentheses after
    key: str | None = field(default=None)
    # the name in the nominative, where the article before it shows another
    # case ("der Syrischen Beobachtungsstelle"): :func:`kg.lang.de.cases.nominative`
    nominative: str | None = None
    # named after a noun for its kind of organisation ("der Konzern Porsche",
    # "der Autobauer Opel"): the article itself says it is no person
    described: bool = False


# a mention that describes a place rather than naming it is no alias of it
DESCRIPTIONS = ("Hauptstadt",)


def _unglued(m: RawMention) -> str:
    """The text of a mention, its space put back where its nominative is a
    first name and surname glued together ("HansNiessl": Hans Niessl)."""
    if m.nominative and m.nominative.replace(" ", "") == m.text:
        return m.nominative
    return m.text


def _capital(text: str) -> str:
    """``text`` with a capital first letter ("niederösterreichischen Landtag")."""
    return text[:1].upper() + text[1:]


def _genitive_stem(word: str) -> str | None:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


def _entry_kind(entry: Entry) -> tuple[Kind, str | None]:
    if entry.label == "PER":
        return Kind.PERSON, None
    if entry.label == "LOC":
        return Kind.PLACE, entry.kind if entry.kind in _ENTRY_PLACE_KINDS else None
    return Kind.ORG, None


def entry_entity(
    entry: Entry,
    aliases: tuple[str, ...] = (),
    mentions: tuple[Mention, ...] = (),
) -> Entity:
    """The entity of the gazetteer ``entry``: its kind, name, country, kind of
    place or organisation and GeoNames data (also for an entity an article
    implies without naming it: the body of a summit, a quote's police)."""
    kind, place_kind = _entry_kind(entry)
    return Entity(
        kind=kind,
        name=entry.name,
        aliases=aliases,
        mentions=mentions,
        place_kind=place_kind,
        country_code=entry.code,
        geonames_id=entry.geonames_id,
        lat=entry.lat,
        lon=entry.lon,
        org_kind=entry.kind if entry.label == "ORG" else None,
    )


def resolve_mentions(mentions: list[RawMention]) -> list[Entity]:
    """Cluster ``mentions`` into entities; sets ``m.key`` on every mention.

    Parameters
    ----------
    mentions
        Raw mentions of one article, in text order.

    Returns
    -------
    list[Entity]
        One entity per real-world referent, in order of first mention.
    """
    entries: dict[str, Entry] = {}
    # 0. a word that is the surname of a person named in full in this article is
    #    that person, whatever the gazetteer or the model thought ("Kerry" is John
    #    Kerry, not the Irish county, where the article says "John Kerry")
    surnames = {
        _unglued(m).split()[-1]
        for m in mentions
        if m.label == "PER"
        and len(_unglued(m).split()) >= 2
        and (m.entry is None or m.entry.label == "PER")
    }
    # ... unless the article names that word as an organisation by its kind
    # ("der Konzern Porsche" beside its founder "Ferdinand Porsche")
    described = {m.text for m in mentions if m.described and m.label == "ORG"}
    for m in mentions:
        if m.label == "PER" or " " in m.text or m.text in described:
            continue
        stem = _genitive_stem(m.text)
        if (
            (m.text in surnames or stem in surnames)
            and (m.entry is None or m.entry.kind not in ("country",))
            and (m.entry is None or m.entry.label != "ORG" or not m.text.isupper())
        ):
            m.label, m.entry = "PER", None
    # 0a. a word the article names as a company elsewhere, and no person named
    #     in full there, is that company ("der Diskonter Hofer ... Hofer
    #     dementierte"): the company is named by its context once
    companies = {
        m.text: m.entry
        for m in mentions
        if m.label == "ORG"
        and m.entry is not None
        and m.entry.kind == "company"
        and " " not in m.text
    }
    for m in mentions:
        if m.label != "PER" or m.entry is not None or " " in m.text:
            continue
        stem = _genitive_stem(m.text)
        entry = companies.get(m.text) or (companies.get(stem) if stem else None)
        if entry is not None and m.text not in surnames and stem not in surnames:
            m.label, m.entry = "ORG", entry
    # 2a. an acronym the article defines itself ("Arbeitsgemeinschaft für
    #     demokratische Politik (AFP)") is that organisation in this article,
    #     whatever the gazetteer calls it (the news agency AFP)
    for m in mentions:
        if m.follows is None or m.entry is None or m.entry.label != "ORG":
            continue
        long_form = mentions[m.follows]
        if (
            long_form.entry is None
            and long_form.label != "PER"
            and spells_out(long_form.text, m.text)
            and not _shares_a_word(long_form.text, m.entry)
        ):
            key = entity_key(Kind.ORG, long_form.text)
            for other in mentions:
                if other.text == m.text or other is long_form:
                    other.entry, other.key, other.label = None, key, "ORG"
    # 1a. a church by its denomination, in any case: the gazetteer's church
    #     ("der römisch-katholischen Kirche" -> Römisch-katholische Kirche)
    for m in mentions:
        if m.label == "ORG" and m.entry is None:
            m.entry = church_entry(m.nominative or m.text)
    # 1. gazetteer
    for m in mentions:
        if m.entry is not None and m.key is None:
            kind, _ = _entry_kind(m.entry)
            m.key = entity_key(kind, m.entry.name)
            entries[m.key] = m.entry

    # 2. acronym in parentheses binds to the preceding name
    # the nominative of each long form an acronym names -> its key: the same
    # name in another case elsewhere is that organisation ("vom Deutschen
    # Archäologischen Institut" beside "des Deutschen Archäologischen
    # Instituts (DAI)")
    spelt_out: dict[str, str] = {}
    for m in mentions:
        if m.follows is None or m.label == "PER":
            continue
        long_form = mentions[m.follows]
        if long_form.label == "PER":
            continue
        if long_form.label == "LOC" and m.label != "LOC":
            continue  # "in Guatemala (CICIG)": an organisation, not the country
        if m.key is None and long_form.key is None:
            kind = _LABEL_KIND.get(m.label, Kind.ORG)
            m.key = long_form.key = entity_key(kind, m.text)
        elif m.key is None:
            m.key = long_form.key
        elif long_form.key is None:
            long_form.key = m.key
        if long_form.label == "ORG" and long_form.entry is None and long_form.key:
            spelt_out.setdefault(long_form.nominative or long_form.text, long_form.key)
        if m.label == "ORG" and m.entry is None and m.key and m.text.isupper():
            # "Front National (FN)" ... "der FN": the acronym alone later too
            spelt_out.setdefault(m.text, m.key)

    # 3. persons
    persons = [m for m in mentions if m.key is None and m.label == "PER"]
    full: dict[str, str] = {}  # full name -> key
    by_surname: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for m in persons:
        words = _clean_name(_unglued(m)).split()
        if words[0].lower() in SURNAME_PARTICLES:
            continue  # "De Masi", "Van der Bellen": a surname, looked up below
        if len(words) >= 2:
            name = m.nominative or _strip_genitive_name(
                _clean_name(m.text), {x.text for x in persons}
            )
            key = full.setdefault(name, entity_key(Kind.PERSON, name))
            m.key = key
            parts = name.split()
            surname = parts[-1]
            by_surname[_fold(surname)].add(key)
            bare = strip_article_prefix(surname)
            if bare != surname:  # "al-Assad" is also "Assad"
                by_surname[_fold(bare)].add(key)
            for i in range(1, len(parts) - 1):  # "Fabio De Masi", "… Van der Bellen"
                if parts[i].lower() in SURNAME_PARTICLES:
                    by_surname[_fold(" ".join(parts[i:]))].add(key)
                    break
            by_first[_fold(parts[0])].add(key)
    joined = _join_variants(persons, full)
    single = {m.text for m in persons if " " not in m.text}
    joined.update(_given_names_only(full, joined, single))
    for m in persons:
        if m.key in joined:
            m.key = joined[m.key]
    for index in (by_surname, by_first):
        for word, keys in index.items():
            index[word] = {joined.get(k, k) for k in keys}
    # "Trumps Ehefrau, Melania Trump": a full name right after the genitive of
    # its surname is a relative of someone else of that name, whose bare
    # surname is not hers
    for a, b in pairwise(persons):
        stem = _genitive_stem(a.text) if " " not in a.text else None
        if (
            stem
            and b.key is not None
            and b.sentence == a.sentence
            and 0 < b.start - a.end <= 25
            and _fold(b.text.split()[-1]) == _fold(stem)
        ):
            by_surname[_fold(stem)].discard(b.key)
    for m in persons:
        if m.key is not None:
            continue
        word = _clean_name(m.text) if " " in m.text else m.text
        stem = _genitive_stem(word)
        cands = by_surname.get(_fold(word)) or (
            by_surname.get(_fold(stem)) if stem else None
        )
        if cands and len(cands) == 1:
            m.key = next(iter(cands))
            continue
        # family name first ("Xi" for Xi Jinping): only when no surname matches
        # (accents aside: "Jaroslaw" for Jarosław Kaczyński)
        firsts = by_first.get(_fold(word)) or (
            by_first.get(_fold(stem)) if stem else None
        )
        if not cands and firsts and len(firsts) == 1:
            m.key = next(iter(firsts))
            continue
        if stem and stem in {x.text for x in persons} and stem != word:
            m.key = entity_key(Kind.PERSON, stem)
            continue
        # "Putins" alone: the lexicon's stem (names.genitive_name_stem)
        m.key = entity_key(Kind.PERSON, m.nominative or word)
    _name_known_persons(persons)

    # 4. other unknown names; genitive folding; an organisation in another case
    #    is named in the nominative, as the same words are where no article shows
    #    the case ("der Syrischen Beobachtungsstelle … laut Syrischen
    #    Beobachtungsstelle")
    surfaces: dict[str, set[str]] = defaultdict(set)
    nominatives: dict[str, str] = {}
    for m in mentions:
        if m.key is None:
            surfaces[m.label].add(m.text)
            if m.label == "ORG" and m.nominative and m.nominative != m.text:
                nominatives.setdefault(_capital(m.text), m.nominative)
    short_forms = _org_short_forms(mentions)
    for m in mentions:
        if m.key is not None:
            continue
        label_kind = _LABEL_KIND.get(m.label)
        if label_kind is None:
            continue
        name = m.text
        stem = _genitive_stem(name)
        if m.label == "ORG" and name in short_forms:
            m.key = short_forms[name]  # "Knights" after "Güssing Knights"
            continue
        if m.label == "ORG" and (m.nominative or name) in spelt_out:
            m.key = spelt_out[m.nominative or name]
            continue
        if m.label == "ORG" and (m.nominative or name) != name:
            name = m.nominative or name
        elif m.label == "ORG" and _capital(name) in nominatives:
            name = nominatives[_capital(name)]
        elif stem and stem in surfaces[m.label]:
            name = stem
        m.key = entity_key(label_kind, name)

    return _entities(mentions, entries)


def _name_known_persons(persons: list[RawMention]) -> None:
    """Rule 3c: a person one of whose full names is a form of exactly one row of
    ``persons.tsv`` is named by that row ("Volodymyr Zelensky" and
    "Zelensky" are Wolodymyr Selenskyj, "Recep Tayyip Erdogan" is Recep Tayyip
    Erdoğan): one name for the person in every article, whichever spelling
    each one uses. A surname alone is not renamed: "Berisha" in a line-up is
    a footballer, not the listed politician (the corpus linker decides that
    with the other articles, :mod:`kg.link.rules`)."""
    kp = known_persons()
    forms_of: dict[str, set[str]] = defaultdict(set)
    for m in persons:
        if m.key is not None:
            forms_of[m.key].add(m.key.partition("/")[2])
            forms_of[m.key].add(_clean_name(_unglued(m)))
            if m.nominative:
                forms_of[m.key].add(m.nominative)
    rename: dict[str, str] = {}
    for key, forms in forms_of.items():
        rows: set[int] = set()
        for form in forms:
            # a given name and a surname: "de Maizière", "Le Pen" are surnames
            if " " in form and form.split()[0].lower() not in SURNAME_PARTICLES:
                rows |= kp.full.get(form, frozenset())
        if len(rows) == 1:
            rename[key] = entity_key(Kind.PERSON, kp.names[next(iter(rows))])
    for m in persons:
        if m.key in rename:
            m.key = rename[m.key]


def _org_short_forms(mentions: list[RawMention]) -> dict[str, str]:
    """Rule 4b: the key of the organisation of several words whose first or
    last word an unknown one-word organisation of the article is, or of the
    hyphenated one whose last part it is (in any case: "Senats" and
    "US-Senat"), where exactly one has it ("Knights" and "Güssing Knights",
    "Brentford" and "Brentford FC"; of "Platige Films" and "Platige Images",
    "Platige" stays)."""
    full: dict[str, set[str]] = defaultdict(set)
    # where a long form whose first word it is first comes: a maker named
    # before its product ("Ford ruft den Ford Fusion zurück") is the maker
    first_at: dict[tuple[str, str], int] = {}
    for m in mentions:
        if m.label != "ORG":
            continue
        if m.key is not None and not m.key.startswith(entity_key(Kind.ORG, "")):
            continue
        name = m.nominative or m.text
        words = name.split()
        key = m.key or entity_key(Kind.ORG, name)
        if len(words) == 1 and "-" in name[1:-1]:
            # "Senat" after "US-Senat": the compound's last part
            words = [name.rsplit("-", 1)[1]]
        elif len(words) < 2:
            continue
        for word in {words[0], words[-1]}:
            if len(word) > 2 and word[:1].isupper() and word.isalpha():
                full[word].add(key)
        if len(words) == 2 and _model_name(words[1]):
            at = first_at.get((words[0], key))
            first_at[(words[0], key)] = m.start if at is None else min(at, m.start)
    out: dict[str, str] = {}
    alone: set[str] = set()
    for m in mentions:
        if m.key is not None or m.label != "ORG" or " " in m.text:
            continue
        for form in (m.text, m.nominative, _genitive_stem(m.text)):
            if form and len(full.get(form, ())) == 1:
                key = next(iter(full[form]))
                at = first_at.get((form, key))
                if at is not None and m.start < at:
                    alone.add(m.text)  # named alone before: a name of its own
                out[m.text] = key  # "Senats" after "US-Senat"
                break
    return {text: key for text, key in out.items() if text not in alone}


def _model_name(word: str) -> bool:
    """``word`` after a maker's name may name its model ("Fusion" of "Ford
    Fusion"): a capitalised word that is no place ("Ajax Amsterdam"), no
    acronym ("Brentford FC") and no word of a company's own name ("Siemens
    Energy", "VW Konzern")."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and gazetteer.lookup(word) is None
        and not is_org_word(word)
    )


def spells_out(long_form: str, acronym: str) -> bool:
    """``long_form`` is what ``acronym`` stands for by its initials: each letter
    of the acronym, in order, is the initial of a word or of a part of a
    hyphenated word, the first that of the first word, and no capitalised word
    is left out ("Arbeitsgemeinschaft für demokratische Politik" for AFP;
    lower-case words may be: "für" or "demokratische")."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    words = [w for part in long_form.split() for w in part.split("-") if w]
    if len(letters) < 2 or not words or words[0][:1] != letters[0]:
        return False
    i = 0
    for w in words:
        if i < len(letters) and w[:1].upper() == letters[i]:
            i += 1
        elif w[:1].isupper():
            return False
    return i == len(letters)


def _shares_a_word(long_form: str, entry: Entry) -> bool:
    """A capitalised word of ``long_form`` is in a name of ``entry`` ("Agentur
    France-Presse" and "Agence France-Presse")."""
    names = " ".join((entry.name, *entry.aliases)).replace("-", " ").split()
    words = long_form.replace("-", " ").split()
    return any(w[:1].isupper() and len(w) > 3 and w in names for w in words)


def _fold(name: str) -> str:
    """A name compared without case and accents: "Erdogan" is "Erdoğan"."""
    from kg.lang.de.spelling import slugify

    return slugify(name)


def given_names(name: str) -> list[str]:
    """The given names of a full name: the words before the surname (which
    starts at its first particle: "Alexander Van der Bellen" -> Alexander)."""
    words = name.split()
    for i in range(1, len(words)):
        if words[i].lower() in SURNAME_PARTICLES:
            return words[:i]
    return words[:-1]


def sounds_alike(a: str, b: str) -> bool:
    """Two spellings of one given name ("Ahmed"/"Ahmet", "Baschar"/"Bashar",
    "Wladimir"/"Vladimir"): the same Cologne phonetics code and at least 80 %
    of their letters in common; "Hans"/"Heinz" share a code, not the letters.
    An initial is any given name it begins ("F."/"Florian", not "Tobias").
    Short forms and transliterations that sound different ("Rudi"/"Rudolf",
    "Giannis"/"Yanis") are listed in ``kg/data/given_names.tsv``."""
    if a == b:
        return True
    if is_initial(a) or is_initial(b):  # "F." is Florian, not Tobias
        return a[0] == b[0]
    if GIVEN_NAME_VARIANTS.get(a.casefold(), frozenset()) & GIVEN_NAME_VARIANTS.get(
        b.casefold(), frozenset()
    ):
        return True
    if len(a) < 4 or len(b) < 4:
        return False
    code_a = "".join(c for _, c in cologne_phonetics.encode(a))
    code_b = "".join(c for _, c in cologne_phonetics.encode(b))
    ratio = difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()
    return code_a == code_b and ratio >= 0.8


def same_person_names(a: str, b: str) -> bool:
    """Two full names of one person by their form alone: the same surname
    (accents aside) and the given names of one a spelling variant of the
    other's ("Baschar al-Assad"/"Bashar al-Assad"), or some of them left out,
    in order ("Tayyip Erdoğan"/"Recep Tayyip Erdoğan")."""
    if a == b:
        return True
    ga, gb = given_names(a), given_names(b)
    sa, sb = a.split()[len(ga) :], b.split()[len(gb) :]
    if not ga or not gb or _fold(" ".join(sa)) != _fold(" ".join(sb)):
        return False
    if any(is_initial(w) for w in sa) and any(is_initial(w) for w in ga + gb):
        return False  # "B. A.", "Brahim A.": two initials say nothing of one person
    if len(ga) == len(gb):
        return all(sounds_alike(x, y) for x, y in zip(ga, gb, strict=True))
    short, long = (ga, gb) if len(ga) < len(gb) else (gb, ga)
    it = iter(_fold(w) for w in long)
    return all(_fold(w) in it for w in short)


def _given_names_only(
    full: dict[str, str], joined: dict[str, str], single: set[str]
) -> dict[str, str]:
    """A "full name" that is only the given names of exactly one other person
    of the article, hyphens and accents aside ("Hans Jörg" next to "Hans-Jörg
    Schelling"; two spellings of one name are one person): that person's key.
    Not a name whose last word the article writes alone, a surname ("Erwin
    Pröll" ... "Pröll" beside a run-together "Erwin Pröll Mitterlehner")."""
    given: dict[str, dict[str, str]] = defaultdict(dict)
    for name, key in full.items():
        if len(name.split()) >= 2:
            key = joined.get(key, key)
            firsts = " ".join(given_names(name)).replace("-", " ")
            given[_fold(firsts)].setdefault(_fold(key), key)
    moves: dict[str, str] = {}
    for name, key in full.items():
        if name.split()[-1] in single:
            continue
        own = _fold(joined.get(key, key))
        others = [k for f, k in given.get(_fold(name), {}).items() if f != own]
        if len(others) == 1:
            moves[key] = others[0]
    return moves


def _join_variants(persons: list[RawMention], full: dict[str, str]) -> dict[str, str]:
    """Full names of one person in one article ("Tayyip Erdoğan", "Recep Tayyip
    Erdoğan"; "Baschar al-Assad", "Bashar al-Assad") share the key of the
    longer, then the more often written; only where a name has one such
    partner. A full name that is another one plus a word never written alone
    ("Heinz Fischer Rosen" next to "Heinz Fischer") is that one."""
    counts: dict[str, int] = defaultdict(int)
    for m in persons:
        if m.key is not None:
            counts[m.key] += 1
    # the name to keep first: more words, given names written out ("Florian
    # Kainz" over "F. Kainz"), more mentions
    names = sorted(
        full,
        key=lambda n: (
            -len(n.split()),
            any(is_initial(w) for w in n.split()),
            -counts[full[n]],
            n,
        ),
    )
    single = {m.text for m in persons if " " not in m.text}
    moves: dict[str, str] = {}
    partners = {
        n: [o for o in names if o != n and same_person_names(n, o)] for n in names
    }
    for n in names:
        if len(partners[n]) != 1 or n in moves:
            continue
        other = partners[n][0]
        if len(partners[other]) == 1 and other not in moves:
            keep, drop = sorted((n, other), key=names.index)
            moves[drop] = keep
    for n in names:
        if n in moves:
            continue
        words = n.split()
        for cut in range(len(words) - 1, 1, -1):
            head = " ".join(words[:cut])
            if (
                head in full
                and head not in moves
                and counts[full[head]] > counts[full[n]]
                and not any(w in single for w in words[cut:])
            ):
                moves[n] = head
                break
    keys = {full[drop]: full[keep] for drop, keep in moves.items()}
    for drop in list(keys):  # chains end on a key that stays
        while keys[drop] in keys:
            keys[drop] = keys[keys[drop]]
    for m in persons:
        if m.key in keys:
            m.key = keys[m.key]
    return keys


def _merge_same_iri(mentions: list[RawMention], entries: dict[str, Entry]) -> None:
    """Keys that would mint one IRI ("place/Berlin" and "place/Berlin ." both
    become ``kgr:place/berlin``) are one entity: the key with the most mentions
    (then the one the gazetteer knows, then the shortest name) takes the others."""
    from kg.lang.de.spelling import slugify

    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        if m.key is not None:
            counts[m.key] += 1
    by_iri: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in counts:
        kind, _, name = key.partition("/")
        by_iri[(kind, slugify(name))].append(key)
    moves = {}
    for keys in by_iri.values():
        if len(keys) < 2:
            continue
        best = min(keys, key=lambda k: (-counts[k], k not in entries, len(k), k))
        moves.update({k: best for k in keys if k != best})
    for m in mentions:
        if m.key in moves:
            m.key = moves[m.key]


def _clean_name(text: str) -> str:
    """'Angela #Merkel' -> 'Angela Merkel': no markup characters in a name; a
    stray space after the hyphen of a double name goes ('Mikl- Leitner' ->
    'Mikl-Leitner')."""
    return _join_stray_hyphen(" ".join(_MARKUP.sub(" ", text).split()))


def _strip_genitive_name(name: str, surfaces: set[str]) -> str:
    """'Antony Blinkens' -> 'Antony Blinken' when the ungenitived form is seen."""
    stem = _genitive_stem(name)
    if stem and (stem in surfaces or stem.split()[-1] in surfaces):
        return stem
    return name


def _entities(mentions: list[RawMention], entries: dict[str, Entry]) -> list[Entity]:
    _merge_same_iri(mentions, entries)
    groups: dict[str, list[RawMention]] = {}
    for m in mentions:
        if m.key is not None:
            groups.setdefault(m.key, []).append(m)
    entities = []
    for key, ms in groups.items():
        kind, _, name = key.partition("/")
        entry = entries.get(key)
        label = _KIND_LABEL[Kind(kind)]
        aliases: list[str] = []
        for m in ms:
            if (
                m.text != name
                and m.text not in aliases
                and not m.text.islower()
                and not m.text.endswith(DESCRIPTIONS)  # "polnischen Hauptstadt"
            ):
                aliases.append(m.text)
            if (
                name.isupper()
                and m.nominative
                and m.nominative != m.text
                and m.nominative not in aliases
            ):
                # an acronym's long form in the nominative too ("des Instituts
                # für Nationales Gedenken (IPN)": Institut für …)
                aliases.append(m.nominative)
        said = tuple(Mention(m.start, m.end, m.text, label, m.sentence) for m in ms)
        if entry is not None:
            # the key's kind and name, the gazetteer's data
            e = replace(entry_entity(entry, tuple(aliases), said), kind=kind, name=name)
        else:
            e = Entity(kind=kind, name=name, aliases=tuple(aliases), mentions=said)
        entities.append(e)
    return entities
