"""The proposal rules of ``kg_orgs`` that read an organisation's name from its
own words (rules 1-3, 6 and 7 of :mod:`kg.nlp.components.orgs`: adjective names,
compounds, legal forms, names after a noun for a kind of organisation, place
bodies, placed names), with the helpers the other rules share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kg.lang.de.grammar import ADJ_ENDINGS
from kg.lang.de.org_kinds import is_company_head
from kg.lang.de.orgs import (
    APPOSITION_HEADS,
    ARMED_HEADS,
    BODY_HEADS,
    COMPOUND_HEADS,
    ENGLISH_HEADS,
    ENGLISH_OF_HEADS,
    INDEFINITES,
    NAME_HEADS,
    PLACED_HEADS,
    is_company_noun,
    is_descriptor,
    is_legal_form,
    is_media_noun,
    is_org_noun,
    is_unit_noun,
    org_head,
    org_noun,
)
from kg.lang.de.places import city_of_adjective
from kg.lang.de.time import MONTHS, WEEKDAYS
from kg.lang.de.titles import is_title
from kg.nlp import gazetteer
from kg.nlp.components.org_places import city_at, in_place_end, place_at, region_at
from kg.nlp.lexicon import (
    PERSON_NAME,
    Feature,
    ends_in_common_noun,
    has_table,
    word_features,
)

#: what makes a word (part of) a name in the lexicon table
_NAMEISH = frozenset(
    {
        Feature.HANTA_NE,
        Feature.PROPER_NOUN,
        Feature.UD_PROPN,
        Feature.SURNAME,
        Feature.FIRST_NAME,
        Feature.TOPONYM,
        Feature.GAZ_ORG,
        Feature.GAZ_COUNTRY,
        Feature.GAZ_CITY,
        Feature.GAZ_PART,
    }
)
_NONE: frozenset[Feature] = frozenset()
#: adjective endings that need no lexicon ("Pädagogische", "Schulpsychologischer")
_ADJ_SUFFIXES = ("isch", "lich", "ig", "al", "ell", "iv", "är", "ar")
_QUOTES = frozenset({"„", "“", "”", '"', "«", "»", "‚", "‘", "'"})
_STOP_WORDS = frozenset(
    "der die das des dem den ein eine einer eines einem einen er sie es wir ihr "
    "und oder aber auch nicht nur so wie als wenn dass im am vom zum zur "
    "ihre ihrer ihren ihrem ihres seine seiner seinen seinem seines unsere "
    "unserer unseren unserem eure meine deine diese dieser diesen diesem jede "
    "jeder jeden jedem alle allen keine keiner keinen beide beiden".split()
)


if not Doc.has_extension("kg_org_names"):
    # {(start, end)} of the organisations the rules of this module named
    # ("Qassam-Brigaden"), which extraction keeps where it would drop a
    # hyphenated compound of the model ("Ukraine-Konflikt")
    Doc.set_extension("kg_org_names", default=None)


@dataclass(frozen=True, slots=True)
class _Proposal:
    start: int
    end: int
    #: the rule is evidence enough to take the span from a person
    over_person: bool = False
    #: model entities inside [absorb, end) give way (a press noun the model
    #: took into the name: "Der Zeitung Haaretz")
    absorb: int = -1
    #: a branch of a party the gazetteer tagged: "Salzburger| ÖVP"
    branch: bool = False


def _is_name_adjective(tok: Token) -> bool:
    """A capitalised adjective as German writes it inside a name ("Syrische",
    "Erste", "Pädagogischen", "Frankfurter")."""
    text = tok.text
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha()):
        return False
    kind = _adjective_form(text)
    if kind is None:
        return False
    if kind == "lexicon":
        # a surname may be an adjective too ("Junge", "Schwarze"), a first name not
        lex = word_features(tok.doc.vocab, text)
        if Feature.LOWER_WORD not in lex or Feature.FIRST_NAME in lex:
            return False
    # a capitalised "Erste" or "Neue" mid-sentence is part of a name; at the
    # start of a sentence it is any word
    if tok.is_stop:
        i = tok.i
        if tok.is_sent_start or i == 0 or tok.doc[i - 1].is_punct:
            return False
    return True


@lru_cache(maxsize=65536)
def _adjective_form(text: str) -> str | None:
    """What the capitalised word ``text`` alone says of :func:`_is_name_adjective`:
    ``"form"`` (a city adjective, an adjective suffix), ``"lexicon"`` (an
    adjective ending: the lexicon decides), ``None`` (no name adjective)."""
    low = text.lower()
    if low in _STOP_WORDS or org_head(text, NAME_HEADS) is not None:
        return None
    if _city_adjective(text):
        return "form"
    stem = next((low[: -len(e)] for e in ADJ_ENDINGS if low.endswith(e)), None)
    if stem is None or len(stem) < 3:
        return None
    return "form" if stem.endswith(_ADJ_SUFFIXES) else "lexicon"


@lru_cache(maxsize=4096)
def _city_adjective(word: str) -> bool:
    """``word`` is the adjective of a city or region in the gazetteer
    ("Frankfurter", "Münchner", "Wiener", "Kärntner")."""
    if len(word) < 5 or not word.endswith("er") or not word[:1].isupper():
        return False
    if city_of_adjective(word) is not None:
        return True  # "Römer", "Mailänder", "Zürcher"
    if len(word) < 6:
        return False
    for stem in (word[:-2], word[:-3] + "en"):
        entry = gazetteer.lookup(stem, label="LOC")
        if entry is not None and entry.kind in ("city", "region"):
            return True
    return False


def _owner_at(ents: list[Span], doc: Doc, i: int) -> int:
    """The end of "der Weltbank" (an organisation in the genitive) starting at
    token ``i``, else ``i``."""
    if i + 1 < len(doc) and doc[i].lower_ in ("der", "des"):
        for e in ents:
            if e.start == i + 1 and e.label_ == "ORG":
                return e.end
    return i


def _complement_end(doc: Doc, i: int, ents: Sequence[Span] = ()) -> int:
    """The end of "für Menschenrechte", "für Interkulturalität, Migration und
    Mehrsprachigkeit" starting at token ``i``, else ``i``; not "für Wacker
    Innsbruck" (an organisation or a person of its own)."""
    n = len(doc)
    if i + 3 < n and doc[i].lower_ in ("zum", "zur"):
        if doc[i - 1].lower_.endswith(("partei", "ministerium")):
            return i  # "die Partei zur Unterlassung … verpflichten"
        return _purpose_end(doc, i, ents)
    if i + 1 >= n or doc[i].lower_ != "für":
        return i
    # "für die Wissenschaften vom Menschen": an article before the noun; not
    # "für die Zeitung Protothema", a noun for a kind before a name
    first = i + 2 if doc[i + 1].lower_ in ("die", "den", "das") else i + 1
    if first >= n or not _capital_word(doc[first]):
        return i
    if first > i + 1 and (
        is_descriptor(doc[first].text)
        or is_org_noun(doc[first].text)
        or first + 1 < n
        and doc[first + 1].text[:1].isupper()
    ):
        return i
    if any(e.start == first and e.label_ in ("ORG", "PER") for e in ents):
        return i
    end = _noun_after_adjective(doc, first + 1)
    while (
        end + 1 < n
        and doc[end].text in (",", "und")
        and _capital_word(doc[end + 1])
        and not doc[end + 1].is_sent_start
    ):
        end = _noun_after_adjective(doc, end + 2)
    if (
        end + 1 < n
        and doc[end].lower_ == "vom"
        and _capital_word(doc[end + 1])
        and not any(e.start == end + 1 for e in ents)
    ):
        end += 2  # "Institut für die Wissenschaften vom Menschen"
    return end


def _noun_after_adjective(doc: Doc, end: int) -> int:
    """``end``, or one more where the word before it is a capitalised
    adjective of the name and a capitalised noun follows ("für Molekulare|
    Biotechnologie", "und Nationale| Versöhnung")."""
    if (
        end < len(doc)
        and _capital_word(doc[end])
        and _is_name_adjective(doc[end - 1])
        and not _is_name_adjective(doc[end])
    ):
        return end + 1
    return end


def _capital_word(tok: Token) -> bool:
    return (
        tok.text[:1].isupper()
        and tok.text.replace("-", "").isalpha()
        and (tok.lower_ not in _STOP_WORDS)
    )


def _adjective_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    out: list[_Proposal] = []
    n = len(doc)
    i = 0
    while i < n:
        if not _is_name_adjective(toks[i]):
            i += 1
            continue
        j = i
        while j < n and j - i < 3 and _is_name_adjective(toks[j]):
            j += 1
        if j >= n or not _capital_word(toks[j]) or toks[j].is_sent_start:
            i = j if j > i else i + 1
            continue
        head = org_head(toks[j].text, NAME_HEADS)
        low = toks[j].lower_.rsplit("-", 1)[-1]
        # a plural ("den Pädagogischen Hochschulen") is a kind, not a name
        if head is None or not low.endswith((head, head + "s", head + "es")):
            i = j
            continue
        end = _complement_end(doc, j + 1, ents)
        end = place_at(ents, end, doc)
        end = end if head == "ausschuss" else _owner_at(ents, doc, end)  # two
        at_start = toks[i].is_sent_start or (
            i > 0
            and (toks[i - 1].is_punct or toks[i - 1].is_space)
            and toks[i - 1].text not in (",", "(")
        )
        if head in _PLACED_ONLY and end == j + 1 and _town_word(doc, end):
            end += 1  # "der Freiwilligen Feuerwehr Feldkirchen": a small town
        if head in _PLACED_ONLY and end == j + 1:
            pass  # "die Freiwillige Feuerwehr": every town has one
        elif not at_start or end > j + 1:
            out.append(_Proposal(i, end))
        i = j + 1
    return out


def _town_word(doc: Doc, i: int) -> bool:
    """Token ``i`` may be a town the gazetteer does not know: a capitalised
    word in no entity but a place, that the lexicon knows as no common or
    lower-case word and no first name, and no time word ("Feldkirchen")."""
    if i >= len(doc) or not _capital_word(doc[i]) or _time_word(doc, i):
        return False
    if doc[i].ent_type_ not in ("", "LOC"):
        return False
    lex = word_features(doc.vocab, doc[i].text)
    return not lex & {Feature.COMMON_NOUN, Feature.LOWER_WORD, Feature.FIRST_NAME}


#: heads that an adjective makes a name only with a place or a complement
#: after them: "die Freiwillige Feuerwehr Mödling", not "die Freiwillige
#: Feuerwehr" of any town
_PLACED_ONLY = frozenset({"feuerwehr"})


def _english_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Names with an English head: "Hunter College", "Entertainment Weekly",
    "Massachusetts Institute of Technology", "University of Oxford"; one to
    three capitalised words before the head (none where "of" and a name
    follow it)."""
    out: list[_Proposal] = []
    n = len(doc)
    for tok in toks[1:]:
        of_head = tok.text in ENGLISH_OF_HEADS
        if tok.text not in ENGLISH_HEADS and not (
            of_head
            and tok.i + 2 < n
            and toks[tok.i + 1].text == "of"
            and _capital_word(toks[tok.i + 2])
        ):
            continue
        i = tok.i
        start = i
        while (
            start > 0
            and i - start < 3
            and _capital_word(toks[start - 1])
            and toks[start - 1].text not in ENGLISH_HEADS
            # "die Gelehrtengesellschaft Royal Society": a German noun for
            # the kind before the name
            and not is_descriptor(toks[start - 1].text)
            and not is_org_noun(toks[start - 1].text)  # "Zweitligisten"
            and _intro_noun(toks[start - 1].text) is None  # "Start-up"
            and not is_title(toks[start - 1].text)
        ):
            start -= 1
            if toks[start].is_sent_start:
                break
        end = i + 1
        if end + 1 < n and toks[end].text == "of" and _capital_word(toks[end + 1]):
            end += 2
            # "Museum of Modern Art": the words of the complement
            while end < n and end - i < 5 and _capital_word(toks[end]):
                end += 1
            while (
                end + 1 < n
                and toks[end].text in ("and", "of", "&")
                and _capital_word(toks[end + 1])
            ):
                end += 2
        if start == i and end == i + 1:
            continue  # "TV" alone, "im College"
        first = toks[start]
        if first.is_sent_start and start < i and _common_noun(doc.vocab, first.text):
            continue  # a German noun that starts the sentence
        out.append(_Proposal(start, end, over_person=True))
    return out


def _purpose_end(doc: Doc, i: int, ents: Sequence[Span]) -> int:
    """The end of "zum Schutz von Journalisten", "zur Förderung der
    Wissenschaft" at token ``i``: a noun of the purpose and what it is for
    ("von" or a genitive article and a capitalised word), else ``i`` ("die
    Kommission zur Prüfung" names no body of its own)."""
    noun, link, obj = doc[i + 1], doc[i + 2], doc[i + 3]
    if not _capital_word(noun) or link.lower_ not in ("von", "der", "des"):
        return i
    if not _capital_word(obj) or any(
        e.start <= obj.i < e.end and e.label_ in ("PER", "LOC") for e in ents
    ):
        return i
    return i + 4


def _complement_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """A head noun of an organisation and its complement with "für": "das
    Bundeszentrum für Interkulturalität, Migration und Mehrsprachigkeit", "die
    Kommission für Menschenrechte", "das Institut für Molekulare Biotechnologie";
    not one of a kind ("eine Kommission für Menschenrechte"), nor a plural."""
    out: list[_Proposal] = []
    for tok in toks[1:-2]:
        text = tok.text
        if (
            not text[:1].isupper()
            or not text.replace("-", "").isalpha()
            or tok.is_sent_start
        ):
            continue  # "Bernhard-Nocht-Institut für ..." has a name before a hyphen
        head = org_head(text, NAME_HEADS)
        if head is None or not text.lower().endswith((head, head + "s", head + "es")):
            continue
        if toks[tok.i - 1].lower_ in INDEFINITES or _is_name_adjective(toks[tok.i - 1]):
            continue  # one of a kind; an adjective name is rule 1's
        if is_title(text):
            continue  # "Landesrat für Sicherheit" is a post
        if head != "kammer" and any(  # "die Ärztekammer für Wien" is one
            e.start <= tok.i + 2 < e.end and e.label_ == "LOC" for e in ents
        ):
            continue  # "die Bundesliga für Wiener Neustadt": a place
        end = _complement_end(doc, tok.i + 1, ents)
        if end > tok.i + 1:
            out.append(_Proposal(tok.i, end))
    return out


def _party_branches(doc: Doc, toks: list[Token]) -> list[_Proposal]:
    """A party the gazetteer tagged after the adjective of a city or a region:
    "die Salzburger ÖVP", "der Wiener SPÖ", "die steirische FPÖ" (not a
    country's: "die deutsche SPD" is the party)."""
    found = doc._.kg_entries if doc.has_extension("kg_entries") else None
    out: list[_Proposal] = []
    for (start, end), entry in (found or {}).items():
        if entry.kind != "party" or start == 0:
            continue
        place = _place_adjective(toks[start - 1].text)
        if place is not None and place.kind in ("region", "city"):
            out.append(_Proposal(start - 1, end, branch=True))
    return out


def _compound_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    out: list[_Proposal] = []
    vocab = doc.vocab
    for tok in toks:
        text = tok.text
        if not text[:1].isupper() or not text.replace("-", "").isalpha():
            continue
        in_place = in_place_end(doc, toks, ents, tok.i)
        if in_place > tok.i + 1:
            out.append(_Proposal(tok.i, in_place))
            continue
        head = org_head(text, COMPOUND_HEADS)
        if head is None:
            continue
        last = text.rsplit("-", 1)[-1]
        bare = last.lower().rstrip("ns") in (head, head.rstrip("e")) or (
            last.lower() in (head + "es", head + "en")
        )
        if "-" in text[1:-1] and last[:1].isupper():
            # "Al-Nusra-Brigaden", "Qassam-Brigaden": a name before the head
            prefix = text.rsplit("-", 1)[0].rsplit("-", 1)[-1]
            lex = word_features(vocab, prefix)
            if (
                prefix[:1].isupper()
                and not prefix.isupper()
                and not _common_noun(vocab, prefix)
                and not lex & {Feature.GAZ_COUNTRY, Feature.GAZ_CITY}
            ):
                # "Lenox Hill-Krankenhaus": a name word before the compound
                start = tok.i
                while (
                    start > 0
                    and tok.i - start < 1
                    and not toks[start].is_sent_start
                    and not _city_adjective(toks[start - 1].text)
                    and _capital_word(toks[start - 1])
                    and not toks[start - 1].is_sent_start
                    and not _common_noun(vocab, toks[start - 1].text)
                    and not word_features(vocab, toks[start - 1].text)
                    & {Feature.LOWER_WORD}
                ):
                    start -= 1
                out.append(_Proposal(start, tok.i + 1))
            continue
        if bare:
            continue
        end = place_at(ents, tok.i + 1)
        if end > tok.i + 1 and end < len(toks) and _armed_name(toks[end], ents):
            end += 1  # "die Separatistengruppe Donbass Volkswehr"
        if end > tok.i + 1:
            out.append(_Proposal(tok.i, end))
        elif tok.i > 0 and _city_adjective(toks[tok.i - 1].text):
            out.append(_Proposal(tok.i - 1, tok.i + 1))
    return out


def _armed_name(tok: Token, ents: list[Span]) -> bool:
    """``tok`` is an armed force's name word after a place ("Volkswehr")."""
    low = tok.lower_
    in_ent = any(e.start <= tok.i < e.end for e in ents)
    return not in_ent and _capital_word(tok) and low.endswith(ARMED_HEADS)


def _unit_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """A compound of an organisation the gazetteer knows and a part of it
    (:data:`UNIT_NOUNS`, or an office or a station: "ORF-Büro", "ORF-Radio")
    with its place: a region or a city after it ("das ORF-Landesstudio
    Niederösterreich", "im ORF-Radio Oberösterreich"), "in" and a city
    ("des ORF-Büros in Kiew") or a city's adjective before it ("das Kiewer
    ORF-Büro"); the compound alone is extraction's."""
    out: list[_Proposal] = []
    n = len(doc)
    for tok in toks:
        head, _, rest = tok.text.partition("-")
        if not rest or "-" in rest:
            continue
        if not is_unit_noun(rest) and rest.lower().rstrip("s") not in _PLACED_UNITS:
            continue
        org = gazetteer.lookup(head)
        if org is None or org.label != "ORG":
            continue
        start, end = tok.i, tok.i + 1
        if end + 1 < n and toks[end].lower_ == "in":
            end = end + 2 if city_at(ents, doc, end + 1) else end
        elif region_at(ents, doc, end) > end:
            end = region_at(ents, doc, end)
        if end == tok.i + 1 and tok.i > 0 and _city_adjective(toks[tok.i - 1].text):
            start = tok.i - 1
        if (start, end) != (tok.i, tok.i + 1):
            out.append(_Proposal(start, end))
    return out


#: offices and stations of an organisation named with their place only
#: ("ORF-Büro in Kiew", "ORF-Radio Oberösterreich"; "ORF-Radio" alone is the ORF)
_PLACED_UNITS = frozenset({"büro", "radio"})


#: articles before a noun in apposition ("Hemayat, ein Betreuungszentrum")
_APPOSITION_ARTICLES = frozenset(
    {"ein", "eine", "einer", "einem", "der", "die", "das", "dem", "den"}
)


def _apposition_names(
    doc: Doc,
    toks: list[Token],
    ents: list[Span],
    tagged: dict[tuple[int, int], str],
) -> list[_Proposal]:
    """A name followed by a comma and a noun for a kind of organisation in
    apposition: "für Hemayat, ein Betreuungszentrum für ...", "Vivacom, der
    größte Mobilbetreiber" (also where the model saw a person); not a place,
    a common noun or a title ("Müller, ein Stadtrat")."""
    out: list[_Proposal] = []
    n = len(doc)
    in_ent = {t: e for e in ents for t in range(e.start, e.end)}
    tagged_tokens = {t for a, b in tagged for t in range(a, b)}
    for comma in toks[1:-2]:
        if comma.text != ",":
            continue
        k = comma.i + 1
        if toks[k].lower_ not in _APPOSITION_ARTICLES:
            continue
        k += 1
        while k < n and k - comma.i <= 4 and toks[k].is_lower and toks[k].is_alpha:
            if toks[k].is_stop:
                break  # "Gruppen, die der Hamas ...": a relative clause
            k += 1  # "der größte", "ein traditionsreiches"
        if k >= n or toks[k].is_stop:
            continue
        noun = toks[k].text
        if not noun[:1].isupper() or is_title(noun):
            continue
        if org_noun(noun) is None and org_head(noun, APPOSITION_HEADS) is None:
            continue
        end = comma.i
        ent = in_ent.get(end - 1)
        if ent is not None:
            if ent.end != end or ent.label_ not in ("PER", "MISC"):
                continue  # an organisation already, or a place
            start = ent.start
        else:
            start = end
            while start > 0 and end - start < 3 and _capital_word(toks[start - 1]):
                start -= 1
                if toks[start].is_sent_start:
                    break
        if start == end or any(t in tagged_tokens for t in range(start, end)):
            continue
        first = word_features(doc.vocab, toks[start].text)
        last = toks[end - 1].text
        if ent is None and (
            _common_noun(doc.vocab, toks[start].text)
            or org_noun(last) is not None
            or _common_compound(doc.vocab, last)
        ):
            continue  # "Salafistengruppen, die ...": a kind
        if first & {Feature.GAZ_COUNTRY, Feature.GAZ_CITY}:
            continue
        out.append(_Proposal(start, end, over_person=True))
    return out


def _placed_names(
    doc: Doc,
    toks: list[Token],
    ents: list[Span],
    tagged: dict[tuple[int, int], str],
) -> list[_Proposal]:
    """A university word or an abbreviation the gazetteer does not know,
    and a region or a city after it: "die Uni Linz", "der AK Oberösterreich",
    "das OLG Wien", "die JG Wien" (an organisation's branch or court of that
    place; "SPÖ Wien" stays the party the gazetteer knows)."""
    out: list[_Proposal] = []
    tagged_tokens = {t for a, b in tagged for t in range(a, b)}
    for tok in toks[:-1]:
        text = tok.text
        word = text in PLACED_HEADS
        abbreviation = 2 <= len(text) <= 4 and text.isupper() and text.isalpha()
        if not (word or abbreviation) or tok.i in tagged_tokens:
            continue
        if any(e.start <= tok.i < e.end and e.label_ == "PER" for e in ents):
            continue
        if abbreviation and gazetteer.country_of(text) is not None:
            continue  # "USA", "EU" are no branch
        # an abbreviation needs a place the model saw ("UE Boom" is a product)
        end = place_at(ents, tok.i + 1, doc if word else None)
        if end == tok.i + 1:
            continue
        place = gazetteer.lookup(doc[tok.i + 1 : end].text, label="LOC")
        if (
            place is None
            or place.label != "LOC"
            or place.kind not in ("region", "city")
        ):
            continue
        out.append(_Proposal(tok.i, end))
    return out


def _place_bodies(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """A public body named by its place's adjective: "die türkische
    Wahlkommission", "die Luxemburger Steuerverwaltung", "die bayerische
    Polizei", "der niederösterreichischen Volkspartei"; the head is a
    compound ("Wahlkommission", not "die türkische Kommission"), or a bare
    national body after a region's adjective ("bayerische Polizei": the
    country's is the gazetteer's). Not a plural ("türkische Behörden") nor
    one of a kind ("einer türkischen Behörde")."""
    out: list[_Proposal] = []
    in_ent = {t for e in ents for t in range(e.start, e.end)}
    for tok in toks[1:]:
        text = tok.text
        if not text[:1].isupper() or not text.isalpha() or tok.i in in_ent:
            continue
        head = org_head(text, BODY_HEADS)
        if head is None:
            continue
        low = text.lower()
        if not (low.endswith(head) or low.endswith(head + "s")):
            continue  # a plural is a kind
        adj = toks[tok.i - 1]
        if adj.i in in_ent or (adj.i > 0 and toks[adj.i - 1].lower_ in INDEFINITES):
            continue
        bare = low.rstrip("s") == head
        place = _place_adjective(adj.text)
        if place is None or bare and place.kind == "country":
            continue
        nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        if nxt is not None and nxt.text.isupper() and nxt.is_alpha and len(nxt) > 1:
            continue  # "die chinesische Zertifizierungsbehörde TENAA": its name
        out.append(_Proposal(adj.i, tok.i + 1))
    return out


@lru_cache(maxsize=4096)
def _place_adjective(word: str) -> gazetteer.Entry | None:
    """The place an adjective names: a country ("türkische"), a region or a
    city ("bayerische", "niederösterreichischen", "Luxemburger")."""
    if word[:1].isupper():
        if not word.endswith("er"):
            return None
        if _city_adjective(word):
            city = city_of_adjective(word)  # "Römer", "Mailänder"
            if city is not None:
                return gazetteer.lookup(city, label="LOC")
            return gazetteer.lookup(word[:-2], label="LOC") or gazetteer.lookup(
                word[:-3] + "en", label="LOC"
            )
        return gazetteer.load().country_before(word)  # "Luxemburger"
    country = gazetteer.country_of(word)
    if country is not None:
        return country
    city = city_of_adjective(word)  # "römischen"
    if city is not None:
        return gazetteer.lookup(city, label="LOC")
    low = word.lower()
    stem = next(
        (
            low[: -len(e)]
            for e in ("ischen", "ischer", "isches", "ischem", "ische")
            if low.endswith(e)
        ),
        None,
    )
    if stem is None or len(stem) < 4:
        return None
    for name in (stem.capitalize(), stem.capitalize() + "n"):
        entry = gazetteer.lookup(name, label="LOC")
        if (
            entry is not None
            and entry.label == "LOC"
            and entry.kind
            in (
                "region",
                "city",
            )
        ):
            return entry
    return None


def _legal_names(doc: Doc, toks: list[Token]) -> list[_Proposal]:
    out: list[_Proposal] = []
    for tok in toks:
        if not is_legal_form(tok.text):
            continue
        start = tok.i
        k = tok.i - 1
        while k >= 0 and tok.i - k <= 6:
            w = toks[k]
            if (
                w.text in ("&", "Co", "Co.")
                or (_capital_word(w) and not w.is_stop)
                or w.text.isupper()
                and w.is_alpha
            ):
                start = k
            elif w.lower_ == "und" and k > 0 and toks[k - 1].text.endswith("-"):
                start = k
            elif (
                w.text.replace(".", "").isupper() and w.text.replace(".", "").isalpha()
            ):
                start = k  # "D.A.S."
            elif w.text.endswith("-") and w.text[:1].isupper():
                start = k
            else:
                break
            if w.is_sent_start:
                break
            k -= 1
        # "die Tochter Zielpunkt GmbH": a noun for a company before the name
        while start < tok.i and (
            toks[start].text in ("&", "Co", "Co.", "und")
            or is_company_noun(toks[start].text)
            and (start + 1 < tok.i or "-" in tok.text)
        ):
            start += 1
        one_word = tok.text not in ("AG", "SE", "KG", "OG") and len(tok.text) > 5
        # "ÖBB-Infrastruktur-AG" alone is a name, "Publikums-KG" a kind
        parts = tok.text.split("-")[:-1]
        # "Öko-Stadt-GmbH": two words before the form make a name
        named = len(parts) >= 2 or any(
            p.isupper() or p[:1].isupper() and not _common_noun(doc.vocab, p)
            for p in parts
        )
        if start < tok.i or (one_word and named):
            out.append(_Proposal(start, tok.i + 1, over_person=True))
    return out


_DOMAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*\.(?:at|de|ch|com|net|org|eu|ai|io)$")

#: an Arabic article written before a name part ("al-Hak", "el-Sisi",
#: "Hisb ut-Tahrir", "Dschamaat ul-Ahrar")
_ARABIC_ARTICLE = re.compile(
    r"^(?:al|el|ad|ar|as|asch|ash|at|az|ut|ul|un|an|ed|es|et)-[A-ZÄÖÜ]"
)


@lru_cache(maxsize=65536)
def _intro_noun(word: str) -> str | None:
    """ "media" for a noun of the press ("Zeitung", "TV-Senders"), "org" for a
    kind of organisation ("Islamistengruppe", "US-Großbank") that stands
    before a name, else ``None``. A hyphen needs a country or an
    abbreviation before it ("TV-Sender"): "Bild-Zeitung" is a name itself."""
    if not word[:1].isupper():
        return None
    if "-" in word and word.rsplit("-", 1)[-1][:1].islower():
        # a hyphen inside one word, before a lower-case part: "Start-up"
        word = word.replace("-", "")
    if "-" in word:
        prefix, _, last = word.rpartition("-")
        if is_company_head(word) and last.lower().rstrip("s") in _FIRM_RELATIVES:
            return "org"  # "die Demag-Mutter Terex": a firm's parent or daughter
        if not (
            prefix.isupper() and len(prefix) <= 3 or gazetteer.country_of(prefix)
        ) or _is_org_name(prefix):
            return None
    last = word.rsplit("-", 1)[-1]
    if is_media_noun(last) or is_media_noun(last[:-1]) and last.endswith("s"):
        return "media"
    if org_noun(last) is not None:
        return "org"
    return None


#: a firm's parent or daughter after the firm's name ("Demag-Mutter")
_FIRM_RELATIVES = frozenset({"mutter", "tochter", "konzernmutter", "konzerntochter"})


#: words that join the parts of a foreign name ("Women on Twenties", "Monte
#: dei Paschi", "Spängler & Co"), taken only between two capitalised words
_NAME_LINKS = frozenset(
    {"of", "on", "for", "the", "and", "del", "della", "dei", "di", "&"}
)


def _starts_model_org(
    ents: list[Span], i: int, tagged: dict[tuple[int, int], str]
) -> bool:
    """An organisation of the model (not the gazetteer's) starts at token
    ``i``: part of a longer name ("die Privatfirma Walan ICC")."""
    return any(
        e.start == i and e.label_ == "ORG" and (e.start, e.end) not in tagged
        for e in ents
    )


def _time_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is a weekday or a noun before a date ("Ende 2013",
    "Anfang Mai"): no part of a name."""
    if doc[i].lower_ in WEEKDAYS:
        return True
    if i + 1 >= len(doc) or not (doc[i + 1].is_digit or doc[i + 1].text in MONTHS):
        return False
    return Feature.COMMON_NOUN in word_features(doc.vocab, doc[i].text)


def _compound_of_noun(word: str) -> bool:
    """``word`` is a compound whose last part is the organisation noun
    ("Ölkonzern", "Islamistengruppe"), not the bare noun ("Partei")."""
    noun = org_noun(word)
    return noun is not None and len(word.rsplit("-", 1)[-1]) > len(noun) + 1


def _is_org_name(word: str) -> bool:
    entry = gazetteer.lookup(word, label="ORG")
    return entry is not None and entry.label == "ORG"


def _person_like(doc: Doc, start: int, end: int, noun: str = "") -> bool:
    """``doc[start:end]``, a person to the model, is one word after a kind of
    organisation ("die Partei Erdogans"); a name of several words there is
    the organisation's ("die Islamistengruppe Ansar Dine"), and so is one word
    in the nominative after a noun for a company (``noun``: "der
    Elektronikhersteller Canon", "der Konzern Siemens"; a first name stays a
    person: "die Firma Martin") or after any kind of organisation when the
    lexicon knows it as no name of a person ("des Branchenverbands Kimtex",
    "das Entwicklerstudio Zorbik"; not "die Gruppe Wagner")."""
    if end - start != 1:
        if noun.rpartition("-")[2].lower().rstrip("s") in _FIRM_RELATIVES:
            # "die Porsche-Tochter Louise Piëch": a daughter
            return Feature.FIRST_NAME in word_features(doc.vocab, doc[start].text)
        return _chair_named(doc, start, end) or _possessor_named(doc, start, end)
    word = doc[start].text
    if not noun or word.endswith("s"):
        return True
    lex = word_features(doc.vocab, word)
    if not is_company_noun(noun):
        return bool(lex & PERSON_NAME) or not has_table(doc.vocab)
    return Feature.FIRST_NAME in lex


def _chair_named(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` is a first name and a surname after a title and the
    body it chairs: "die Obfrau des Vereins Helga Berger", "die Präsidentin
    des Verbands Cinzia Franchini" (the chair, not the body's name)."""
    if start < 3 or end - start > 3:
        return False
    det, title = doc[start - 2].lower_, doc[start - 3].text
    return (
        det in ("des", "der")
        and is_title(title)
        and doc[start - 1].lower_.rstrip("s").endswith(_CHAIRED_BODIES)
        and Feature.FIRST_NAME in word_features(doc.vocab, doc[start].text)
    )


def _possessor_named(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` is a first name and a surname in the genitive after a
    kind of organisation: its possessor, no name of it ("die Partei Recep
    Tayyip Erdoğans", "die Regierung Angela Merkels"; not "die Firma Hugo
    Boss", "des Konzerns Louis Vuitton")."""
    last = doc[end - 1].text
    if len(last) < 4 or not last.endswith("s") or last.endswith("ss"):
        return False
    return Feature.FIRST_NAME in word_features(doc.vocab, doc[start].text)


#: bodies whose chair a title before them names, not whose name follows them
#: ("des Vereins", "des Verbands"; not "der Firma Hugo Boss", "des Konzerns
#: Louis Vuitton", named after a person)
_CHAIRED_BODIES = (
    "verein",
    "verband",
    "vereinigung",
    "gewerkschaft",
    "kammer",
    "initiative",
    "komitee",
    "ausschus",
    "kommission",
    "behörde",
    "ministerium",
    # "die Chefin der Staatsholding Edith Berger"
    "holding",
)


def _starts_ent(ents: list[Span], i: int) -> bool:
    return any(e.start == i for e in ents)


# --- combining ------------------------------------------------------------------------


def _common_noun(vocab: Vocab, word: str) -> bool:
    """The lexicon knows ``word`` as a common noun or word and not as a proper
    noun ("Terror", "Publikums"; not "Nusra", "Hill")."""
    lex = word_features(vocab, word)
    return bool(
        lex & {Feature.COMMON_NOUN, Feature.LOWER_WORD, Feature.HANTA_NN}
    ) and not lex & {Feature.HANTA_NE, Feature.PROPER_NOUN}


def _common_compound(vocab: Vocab, word: str) -> bool:
    """``word`` ends in a common noun of four letters or more that the lexicon
    knows ("Anschluss|züge", "Entschärfungs|dienst")."""
    return ends_in_common_noun(vocab, word, exclude=_NAMEISH)
