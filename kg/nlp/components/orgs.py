"""``kg_orgs``: the rule layer for organisation names, after ``kg_names``.

The statistical model misses organisation names that German writes with
capitalised adjectives, compounds and legal forms, and tags some common words
as organisations. Rules over :mod:`kg.lang.de.orgs` and the lexicon table
(:mod:`kg.nlp.lexicon`) mend that. Each rule proposes a span:

1. **Adjective names**: capitalised adjectives (mid-sentence, German writes an
   adjective capitalised only inside a name) and a head noun, with a
   complement ("für Menschenrechte") and a place after it: "Syrische
   Beobachtungsstelle für Menschenrechte", "Erste Küstendivision",
   "Pädagogische Hochschule Wien". At the start of a sentence the name needs a
   complement or a place ("Pädagogische Hochschulen bieten ..." is none).
2. **Compounds**: a word ending in an organisation head (…amt, …gericht,
   …brigaden, :data:`kg.lang.de.orgs.COMPOUND_HEADS`) with a place after it
   ("Landeskriminalamt Stuttgart", "Oberlandesgerichts München"), a city
   adjective before it ("Frankfurter Landgericht") or a name before a hyphen
   ("Al-Nusra-Brigaden"); the bare compound ("das Landgericht") is none.
3. **Legal forms**: the capitalised words before "AG", "GmbH", "& Co KG" or a
   word ending in one ("Pfeiffer HandelsgmbH", "Medial Beteiligungs GmbH").
4. **Media**: the name after a noun of the press ("die Zeitung Haaretz", "der
   Fernsehsender Rossija 1", "die Nachrichtenagentur Tass") and a name no
   person and no common word after "laut" or "berichtete" ("laut Haaretz").
   The same for a noun for a kind of organisation
   (:data:`kg.lang.de.orgs.ORG_NOUNS`): "die Islamistengruppe Ansar Dine",
   "der Energiekonzern Engie", "des TV-Senders Canal Antigua" (not a
   one-word person, "die Partei Erdogans", nor a place), and in apposition
   after the name ("für Hemayat, ein Betreuungszentrum").
5. **Party members**: a party named by its members, a form the gazetteer
   resolves only once it is labelled ("die Republikaner", "den Demokraten")
   or only in an article about its country ("?Sozialisten"), in an article
   that names the party's country about as often as any.
5a. **Companies in context**: a company whose name the gazetteer resolves only
   once it is labelled, as it is a surname too ("Hofer"), right after a noun
   for a company ("Diskonter Hofer") or in a list with a company the gazetteer
   knows ("Hofer oder Lidl"); it takes the word from a person.
5b. **Media in context**: a newspaper, broadcaster or magazine whose name
   is also a common word (a form the gazetteer resolves only once it is
   labelled: "Kurier", "Falter", "Profil", "Presse"), in an article that
   names it as a medium (a compound with a noun of its newsroom,
   "Kurier-Fotograf", "Falter-Journalistin"; a press noun before it, "die
   Wochenzeitung Falter"; a verb of reporting or saying before it,
   "berichtete der Kurier", "sagte der Presse", "eine Umfrage für die
   Times"; "laut Format", not "laut Standard"), wherever an article or
   "im", "laut" stands before it ("der Kurier ließ prüfen", "im Falter").
6. **Place bodies**: a public body named by its place's adjective ("die
   türkische Wahlkommission", "die Luxemburger Steuerverwaltung", "die
   bayerische Polizei"; :data:`kg.lang.de.orgs.BODY_HEADS`).
1c. **Names with a complement**: a head noun of an organisation and "für"
   with capitalised words ("Bundeszentrum für Interkulturalität, Migration
   und Mehrsprachigkeit", "Kommission für Menschenrechte"), not after an
   indefinite article.
1b. **English names**: capitalised words before an English head
   (:data:`kg.lang.de.orgs.ENGLISH_HEADS`) and an "of" complement after it:
   "Hunter College", "Massachusetts Institute of Technology", "University
   of Oxford", "Sundance TV"; also over a person the model saw in it.
6b. **Party branches**: a party the gazetteer tagged after the adjective of
   a city or a region: "die Salzburger ÖVP", "die Wiener SPÖ", "die
   steirische FPÖ" (a branch of its own besides the party).
7. **Placed names**: a university word or an abbreviation the gazetteer does
   not know before a region or a city ("die Uni Linz", "das OLG Wien").

A proposal gives way to the gazetteer (a span ``kg_gazetteer`` tagged as an
organisation, or one that crosses the proposal; a tagged place inside it is
part of the name: "Wien" in "Pädagogische Hochschule Wien"), to a longer
organisation, and to a person, except where the rule is evidence enough
(a legal form; a one-word "person" right after a press noun: "die Zeitung
Danas").

Then three mends of the model's organisations:

8. **Split**: an organisation ending in a first name and a surname is a person
   after a name the gazetteer knows ("Grünen| Alexander Van der Bellen",
   "Steiermark| Franz Voves": the front keeps its label), a title or a common
   word ("Wiens Gesundheitsstadträtin| Sonja Wehsely": the front is dropped);
   after anything else it stays one name ("Saturday Night Fever").
9. **Prune**: a one-word organisation that the gazetteer does not know and the
   lexicon knows as no kind of name and as a word other than a noun
   ("Wahlweise", "Beerbt") or as a compound of a common noun
   ("Arbeitssuchende", "Anschlusszüge") is no entity. A plain common noun
   stays: the lexicon cannot tell "Pulk" from "Nasa". On the two dev sets
   this gains 0.008 and 0.020 organisation precision at no recall. A model
   organisation ending in a title is a title ("Wiener Ärztekammerpräsident":
   dropped) or a name run into its head's ("Demokratischen Partei| von
   Premier").
10. **After a title**: a model organisation of capitalised words right after
    a title is a person ("EU-Steuerkommissar Pierre Moscovici").

``Doc._.kg_org_names`` holds the ``(start, end)`` of the organisations rules
1-7 named: extraction keeps a hyphenated one ("Qassam-Brigaden") where it
drops a compound the model labelled ("Ukraine-Konflikt").

Without kg's lexicon table (``--model`` with another pipeline) the component
does nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kg.lang.de.grammar import ADJ_ENDINGS
from kg.lang.de.names import NAME_PARTICLES
from kg.lang.de.orgs import (
    APPOSITION_HEADS,
    BODY_HEADS,
    COMPOUND_HEADS,
    ENGLISH_HEADS,
    INDEFINITES,
    MEDIA_ARTICLES,
    MEDIA_CUES,
    MEDIA_REPORT_CUES,
    NAME_HEADS,
    NOT_PREFIX_NAMES,
    PLACED_HEADS,
    is_company_noun,
    is_descriptor,
    is_legal_form,
    is_media_noun,
    is_newsroom_noun,
    org_head,
    org_noun,
)
from kg.lang.de.time import MONTHS, WEEKDAYS
from kg.lang.de.titles import is_title
from kg.nlp import gazetteer
from kg.nlp.components.names import is_personal_name
from kg.nlp.lexicon import (
    NOT_ONLY_A_FIRST_NAME,
    Feature,
    has_table,
    word_features,
)

__all__ = ["OrgRules", "make_orgs"]

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


class OrgRules:
    """Applies the organisation rules of this module to ``doc.ents``."""

    def __init__(self, nlp: Language | None, name: str = "kg_orgs") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not has_table(doc.vocab):
            return doc
        tagged: dict[tuple[int, int], str] = {}
        for ext in ("kg_entries", "kg_bodies"):
            if doc.has_extension(ext):
                found = getattr(doc._, ext)
                if found:
                    for key, entry in found.items():
                        tagged[key] = entry.label
        ents = list(doc.ents)
        toks = list(doc)  # one Token object per word for all rules
        proposals = (
            _adjective_names(doc, toks, ents)
            + _english_names(doc, toks, ents)
            + _complement_names(doc, toks, ents)
            + _party_branches(doc, toks)
            + _compound_names(doc, toks, ents)
            + _place_bodies(doc, toks, ents)
            + _placed_names(doc, toks, ents, tagged)
            + _apposition_names(doc, toks, ents, tagged)
            + _legal_names(doc, toks)
            + _media_names(doc, toks, ents, tagged)
            + _party_members(doc, toks, ents)
            + _companies_in_context(doc, toks, ents)
            + _media_in_context(doc, toks, ents)
        )
        for p in sorted(proposals, key=lambda p: (p.start - p.end, p.start)):
            ents = _apply(doc, ents, p, tagged)
        ents = _split_names(doc, ents, tagged)
        ents = [e for e in ents if not _is_junk(e, tagged)]
        ents = [t for e in ents if (t := _without_title(e, tagged)) is not None]
        made = {(p.start, p.end) for p in proposals}
        ents = [_after_title(e, tagged, made) for e in ents]
        doc._.kg_org_names = {
            (e.start, e.end) for e in ents if (e.start, e.end) in made
        }
        if ents != list(doc.ents):
            doc.ents = ents
        return doc


# --- proposals ------------------------------------------------------------------------


def _is_name_adjective(tok: Token) -> bool:
    """A capitalised adjective as German writes it inside a name ("Syrische",
    "Erste", "Pädagogischen", "Frankfurter")."""
    text = tok.text
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha()):
        return False
    low = tok.lower_
    if low in _STOP_WORDS or org_head(text, NAME_HEADS) is not None:
        return False
    # a capitalised "Erste" or "Neue" mid-sentence is part of a name; at the
    # start of a sentence it is any word
    i = tok.i
    at_start = tok.is_sent_start or i == 0 or tok.doc[i - 1].is_punct
    if tok.is_stop and at_start:
        return False
    if _city_adjective(text):
        return True
    stem = next((low[: -len(e)] for e in ADJ_ENDINGS if low.endswith(e)), None)
    if stem is None or len(stem) < 3:
        return False
    if stem.endswith(_ADJ_SUFFIXES):
        return True
    lex = word_features(tok.doc.vocab, low)
    # a surname may be an adjective too ("Junge", "Schwarze"), a first name not
    return Feature.LOWER_WORD in lex and Feature.FIRST_NAME not in lex


@lru_cache(maxsize=4096)
def _city_adjective(word: str) -> bool:
    """``word`` is the adjective of a city or region in the gazetteer
    ("Frankfurter", "Münchner", "Wiener", "Kärntner")."""
    if len(word) < 6 or not word.endswith("er") or not word[:1].isupper():
        return False
    for stem in (word[:-2], word[:-3] + "en"):
        entry = gazetteer.lookup(stem, label="LOC")
        if entry is not None and entry.kind in ("city", "region"):
            return True
    return False


def _place_at(ents: list[Span], i: int, doc: Doc | None = None) -> int:
    """The end of a place entity starting at token ``i`` (or, with ``doc``, of
    a one-word place the gazetteer knows that the model ran into another
    entity), else ``i``."""
    for e in ents:
        if e.start == i and e.label_ == "LOC":
            return e.end
    if doc is not None and i < len(doc) and doc[i].text[:1].isupper():
        entry = gazetteer.lookup(doc[i].text, label="LOC")
        if entry is not None and entry.kind in ("city", "region", "country"):
            return i + 1
    return i


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
    if i + 1 >= n or doc[i].lower_ != "für" or not _capital_word(doc[i + 1]):
        return i
    if any(e.start == i + 1 and e.label_ in ("ORG", "PER") for e in ents):
        return i
    end = _noun_after_adjective(doc, i + 2)
    while (
        end + 1 < n
        and doc[end].text in (",", "und")
        and _capital_word(doc[end + 1])
        and not doc[end + 1].is_sent_start
    ):
        end = _noun_after_adjective(doc, end + 2)
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
        if head is None or not (low.endswith(head) or low.endswith(head + "s")):
            i = j
            continue
        end = _complement_end(doc, j + 1, ents)
        end = _place_at(ents, end, doc)
        end = _owner_at(ents, doc, end)
        at_start = toks[i].is_sent_start or (
            i > 0
            and (toks[i - 1].is_punct or toks[i - 1].is_space)
            and toks[i - 1].text not in (",", "(")
        )
        if not at_start or end > j + 1:
            out.append(_Proposal(i, end))
        i = j + 1
    return out


def _english_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Names with an English head: "Hunter College", "Entertainment Weekly",
    "Massachusetts Institute of Technology", "University of Oxford"; one to
    three capitalised words before the head (none where "of" and a name
    follow it)."""
    out: list[_Proposal] = []
    n = len(doc)
    for tok in toks[1:]:
        if tok.text not in ENGLISH_HEADS:
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
            and not is_title(toks[start - 1].text)
        ):
            start -= 1
            if toks[start].is_sent_start:
                break
        end = i + 1
        if end + 1 < n and toks[end].text == "of" and _capital_word(toks[end + 1]):
            end += 2
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


def _complement_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """A head noun of an organisation and its complement with "für": "das
    Bundeszentrum für Interkulturalität, Migration und Mehrsprachigkeit", "die
    Kommission für Menschenrechte", "das Institut für Molekulare Biotechnologie";
    not one of a kind ("eine Kommission für Menschenrechte"), nor a plural."""
    out: list[_Proposal] = []
    for tok in toks[1:-2]:
        text = tok.text
        if not text[:1].isupper() or not text.isalpha() or tok.is_sent_start:
            continue
        head = org_head(text, NAME_HEADS)
        if head is None or not text.lower().endswith((head, head + "s", head + "es")):
            continue
        if toks[tok.i - 1].lower_ in INDEFINITES or _is_name_adjective(toks[tok.i - 1]):
            continue  # one of a kind; an adjective name is rule 1's
        if is_title(text):
            continue  # "Landesrat für Sicherheit" is a post
        if any(e.start <= tok.i + 2 < e.end and e.label_ == "LOC" for e in ents):
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
        end = _place_at(ents, tok.i + 1)
        if end > tok.i + 1:
            out.append(_Proposal(tok.i, end))
        elif tok.i > 0 and _city_adjective(toks[tok.i - 1].text):
            out.append(_Proposal(tok.i - 1, tok.i + 1))
    return out


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
        end = _place_at(ents, tok.i + 1, doc if word else None)
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
            return gazetteer.lookup(word[:-2], label="LOC") or gazetteer.lookup(
                word[:-3] + "en", label="LOC"
            )
        return gazetteer.load().country_before(word)  # "Luxemburger"
    country = gazetteer.country_of(word)
    if country is not None:
        return country
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
            and start + 1 < tok.i
        ):
            start += 1
        one_word = tok.text not in ("AG", "SE", "KG", "OG") and len(tok.text) > 5
        # "ÖBB-Infrastruktur-AG" alone is a name, "Publikums-KG" a kind
        parts = tok.text.split("-")[:-1]
        named = any(
            p.isupper() or p[:1].isupper() and not _common_noun(doc.vocab, p)
            for p in parts
        )
        if start < tok.i or (one_word and named):
            out.append(_Proposal(start, tok.i + 1, over_person=True))
    return out


def _media_names(
    doc: Doc,
    toks: list[Token],
    ents: list[Span],
    tagged: dict[tuple[int, int], str],
) -> list[_Proposal]:
    out: list[_Proposal] = []
    n = len(doc)
    per_words = {t.text for e in ents if e.label_ == "PER" for t in e}
    in_org = {t for e in ents if e.label_ == "ORG" for t in range(e.start, e.end)}
    in_ent = {t: e for e in ents for t in range(e.start, e.end)}
    for tok in toks:
        i = tok.i + 1
        if i >= n:
            break
        kind = _intro_noun(tok.text)
        if kind is not None and tok.i > 0 and not tok.is_sent_start:
            prev = toks[tok.i - 1]
            if (
                _capital_word(prev)
                and not prev.is_stop
                and _place_adjective(prev.text) is None
                and not _is_name_adjective(prev)
            ):
                kind = None  # the noun is inside a name: "Neo Magazin Royale"
        if kind is not None:
            domain = i < n and _DOMAIN.match(toks[i].text) is not None
            if (
                tok.i in in_org
                and not (kind == "org" and _compound_of_noun(tok.text))
                and not (kind == "media" and domain)
            ):
                # the noun is part of a name: "Radio France"; a compound is
                # none ("der Ölkonzern Petrolia": the model ran it in)
                continue
            quoted = toks[i].text in _QUOTES
            j = i + 1 if quoted else i
            k = j
            if (
                k + 1 < n
                and toks[k].lower_ in ("die", "der", "das")
                and (toks[k + 1].text[:1].isupper())
            ):
                k += 1
            while k < n and k - j < 4:
                w = toks[k]
                if quoted and w.text in _QUOTES:
                    break
                if (
                    k > j
                    and not quoted
                    and (w.text in per_words or _starts_ent(ents, k))
                    and not _starts_model_org(ents, k, tagged)
                    # the rest of a "person" the name starts with
                    and not (
                        kind == "org" and k in in_ent and in_ent.get(j) is in_ent[k]
                    )
                ):
                    break  # "zitierte die Agentur TASR| Fico"
                if k > j and not quoted and _time_word(doc, k):
                    break  # "die Partei UMP| Ende 2013"
                if _capital_word(w) or w.text.isupper() and w.is_alpha:
                    k += 1
                elif k == j and kind == "media" and _DOMAIN.match(w.text):
                    k += 1  # "das Branchenmedium atmedia.at"
                    break
                elif k > j and _ARABIC_ARTICLE.match(w.text):
                    k += 1  # "die Gruppe Fursan al-Hak"
                elif (
                    k > j
                    and w.lower_ in _NAME_LINKS
                    and k + 1 < n
                    and _capital_word(toks[k + 1])
                ):
                    k += 2  # "die Bürgerinitiative Women on Twenties"
                elif w.is_digit and k > j and len(w.text) <= 2:
                    k += 1
                    break
                else:
                    break
            if k == j:
                continue
            lex = word_features(doc.vocab, toks[j].text)
            if not quoted and "-" in toks[j].text:
                # "die Versicherer Fonds-Klagen": a compound of a common noun
                lex = word_features(doc.vocab, toks[j].text.rsplit("-", 1)[-1])
            # "die Tageszeitung Die Presse": a capitalised article starts a
            # title; a medium the gazetteer knows is one after a press noun
            titled = (
                kind == "media" and k > j + 1 and toks[j].text in ("Die", "Der", "Das")
            )
            if kind == "media" and _context_medium(toks[j + titled].text):
                titled = True
            if not quoted and not titled:
                if lex & {Feature.COMMON_NOUN, Feature.LOWER_WORD} and not lex & {
                    Feature.HANTA_NE,
                    Feature.PROPER_NOUN,
                    Feature.GAZ_ORG,
                }:
                    continue
            over_person = k - j == 1
            if kind == "org":
                # a kind of organisation before a place or a person is no
                # name of it ("die Partei Erdogans", "die Gruppe Syrien")
                first = in_ent.get(j)
                if first is not None and first.label_ == "LOC":
                    continue
                if lex & {Feature.GAZ_COUNTRY, Feature.GAZ_CITY, Feature.TOPONYM}:
                    continue
                per = [
                    m for m in range(j, k) if m in in_ent and in_ent[m].label_ == "PER"
                ]
                if per and _person_like(doc, j, k):
                    continue
                over_person = True
            start = j
            absorb = tok.i - 1 if tok.i > 0 and toks[tok.i - 1].is_stop else tok.i
            out.append(_Proposal(start, k, over_person=over_person, absorb=absorb))
        elif tok.lower_ in MEDIA_CUES:
            w = toks[i]
            if not _capital_word(w) or w.is_sent_start or w.text in per_words:
                continue
            if any(e.start <= i < e.end for e in ents):
                continue
            lex = word_features(doc.vocab, w.text)
            if lex & {
                Feature.COMMON_NOUN,
                Feature.LOWER_WORD,
                Feature.HANTA_NN,
                Feature.FIRST_NAME,
                Feature.SURNAME,
                Feature.TOPONYM,
                Feature.GAZ_COUNTRY,
                Feature.GAZ_CITY,
            }:
                continue
            if i + 1 < n and toks[i + 1].text[:1].isupper():
                continue  # "laut Innenminister X", a name of several words
            if not lex and _common_compound(doc.vocab, w.text):
                continue  # "laut Entschärfungsdienst"
            if is_title(w.text.rsplit("-", 1)[-1]):
                continue  # "laut ÖGB-Präsident"
            if w.text.endswith("n") and _common_noun(doc.vocab, w.text[:-1]):
                continue  # "laut Testern", a dative plural
            out.append(_Proposal(i, i + 1))
    return out


#: words that join names in a list: "Hofer oder Lidl", "Spar, Billa und Hofer"
_COORDINATION = frozenset({"und", "oder", ",", "sowie", "bzw.", "auch"})


def _context_company(text: str) -> gazetteer.Entry | None:
    """The company a word names only in context: a form of the gazetteer it
    does not tag on its own ("~Hofer": a surname too)."""
    if gazetteer.is_matchable(text):
        return None
    entry = gazetteer.lookup(text, label="ORG")
    return entry if entry is not None and entry.kind == "company" else None


def _a_company(doc: Doc, tok: Token, ents: list[Span]) -> bool:
    """``tok`` is a company the gazetteer tags on its own ("Lidl", "Billa")."""
    entry = gazetteer.lookup(tok.text, label="ORG")
    return (
        entry is not None
        and entry.kind == "company"
        and gazetteer.is_matchable(tok.text)
        and not any(e.start <= tok.i < e.end and e.label_ == "PER" for e in ents)
    )


def _companies_in_context(
    doc: Doc, toks: list[Token], ents: list[Span]
) -> list[_Proposal]:
    """A company whose name is also a surname ("Hofer", a form the gazetteer
    resolves only once it is labelled), where the text says it is a company:
    right after a noun for a company ("Diskonter Hofer", "des Diskonters
    Hofers", "die Supermarktkette Hofer") or in a list with a company the
    gazetteer knows ("Hofer oder Lidl", "sowohl Billa als auch Hofer"). It
    takes the word from a person: Norbert Hofer in the next sentence stays."""
    n = len(toks)
    out: list[_Proposal] = []
    for tok in toks:
        text = tok.text
        if not (text[:1].isupper() and text.isalpha()) or text.isupper():
            continue
        if _context_company(text) is None:
            continue
        i = tok.i
        if any(e.start <= i < e.end and len(e) > 1 for e in ents):
            continue  # part of a longer name: "Norbert Hofer"
        prev = toks[i - 1] if i > 0 else None
        after_noun = prev is not None and (
            is_company_noun(prev.text) or is_company_noun(prev.text.removesuffix("s"))
        )
        # "sowohl Billa als auch Hofer": the company before "als auch"
        k = i - 3 if i >= 3 and toks[i - 2].lower_ == "als" else i - 2
        listed = (
            k >= 0
            and toks[i - 1].lower_ in _COORDINATION
            and _a_company(doc, toks[k], ents)
        ) or (
            i + 2 < n
            and toks[i + 1].lower_ in _COORDINATION
            and _a_company(doc, toks[i + 2], ents)
        )
        if after_noun or listed:
            out.append(_Proposal(i, i + 1, over_person=True))
    return out


def _context_medium(text: str) -> gazetteer.Entry | None:
    """The medium a word names only in context: a form of the gazetteer it
    does not tag on its own ("~Kurier": a common noun too)."""
    if gazetteer.is_matchable(text):
        return None
    entry = gazetteer.lookup(text, label="ORG")
    return entry if entry is not None and entry.kind == "media" else None


def _media_in_context(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """A medium whose name is a common word ("Kurier", "Falter"), in an
    article that names it as a medium: a compound of the name and a noun of
    its newsroom ("Kurier-Fotograf", "Profil-Journalistin") or a press noun
    before it ("die Wochenzeitung Falter"). Then each mention after an
    article or "im", "laut" is the medium ("der Kurier, der ebenfalls
    klagte", "im Falter"); a mention at the start of a sentence, or in a
    longer name, is not."""
    named: set[str] = set()
    reported: set[int] = set()
    for tok in toks:
        text = tok.text
        if "-" in text[1:-1]:
            head, _, rest = text.partition("-")
            if (
                is_newsroom_noun(rest)
                and head not in NOT_PREFIX_NAMES
                and _context_medium(head) is not None
            ):
                named.add(head)
        elif tok.i > 1 and _context_medium(text) is not None:
            before = toks[tok.i - 1].text
            if is_media_noun(before) and before[:1].isupper():
                named.add(text)
            elif before == "laut" and text not in NOT_PREFIX_NAMES:
                named.add(text)  # "laut Kurier", "laut Format"
            elif before in ("der", "die", "dem", "des") and (
                _report_cue(toks[tok.i - 2])
                or tok.i > 2
                and toks[tok.i - 2].lower_ in ("für", "mit")
                and is_newsroom_noun(toks[tok.i - 3].text)
                and toks[tok.i - 3].text[:1].isupper()
            ):
                # "berichtete der Kurier", "sagte der Presse", "laut einem
                # Bericht der Presse", "eine Umfrage für die Times"
                named.add(text)
                reported.add(tok.i)
    if not named:
        return []
    in_ent = {t: e for e in ents for t in range(e.start, e.end)}
    out: list[_Proposal] = []
    for tok in toks[1:]:
        if tok.text not in named or (tok.is_sent_start and tok.i not in reported):
            continue
        ent = in_ent.get(tok.i)
        if ent is not None and len(ent) > 1:
            continue  # part of a longer name
        prev = toks[tok.i - 1]
        if prev.lower_ in MEDIA_ARTICLES or is_media_noun(prev.text):
            out.append(_Proposal(tok.i, tok.i + 1, over_person=True))
    return out


def _report_cue(tok: Token) -> bool:
    """``tok`` before "der Presse" makes it a report's source: a verb of
    reporting or saying ("berichtete", "sagte"), "gegenüber", or a noun of a
    newsroom ("Bericht", "Interview")."""
    return tok.lower_ in MEDIA_REPORT_CUES or (
        tok.text[:1].isupper() and is_newsroom_noun(tok.text)
    )


#: words before a member noun that make it one member ("dem Republikaner")
_ONE_MEMBER = frozenset({"dem", "ein", "einen", "einem", "eines", "einer", "Der"})


def _party_members(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Parties named by their members ("die Republikaner", "den Demokraten"):
    a word in no entity (or a MISC one) that the gazetteer knows, as a form
    it resolves only once it is labelled, as a party of a country the
    article names at least half as often as the one it names most."""
    context = doc._.kg_context if doc.has_extension("kg_context") else None
    counts = dict(getattr(context, "counts", ()))
    if not counts:
        return []
    # the article's country, or one it names at least half as often ("die
    # Republikaner" in an article on the Iran deal; not in one on France)
    top = max(counts.values())
    codes = {code for code, n in counts.items() if 2 * n >= top}
    in_ent = {t: e for e in ents for t in range(e.start, e.end)}
    out: list[_Proposal] = []
    for tok in toks:
        text = tok.text
        if not (text[:1].isupper() and text[1:].islower() and text.isalpha()):
            continue
        ent = in_ent.get(tok.i)
        if ent is not None and not (ent.label_ == "MISC" and len(ent) == 1):
            continue
        if tok.i > 0 and toks[tok.i - 1].text in _ONE_MEMBER:
            continue
        # (the form itself: extraction resolves the mention's text, and
        # "Republikanern" it does not)
        # a plain claim ("~Republikaner": the US party) or a party of the
        # article's country ("?Sozialisten": the French, Spanish, ... party)
        entry = gazetteer.lookup(text, label="ORG")
        claims = (entry, *gazetteer.organisations_by_country(text))
        if any(e is not None and e.kind == "party" and e.code in codes for e in claims):
            out.append(_Proposal(tok.i, tok.i + 1))
    return out


#: a website's name: "atmedia.at", "heise.de", "Golem.de"
_DOMAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*\.(?:at|de|ch|com|net|org|eu)$")

#: an Arabic article written before a name part ("al-Hak", "el-Sisi")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|asch|ash|at|az)-[A-ZÄÖÜ]")


def _intro_noun(word: str) -> str | None:
    """ "media" for a noun of the press ("Zeitung", "TV-Senders"), "org" for a
    kind of organisation ("Islamistengruppe", "US-Großbank") that stands
    before a name, else ``None``. A hyphen needs a country or an
    abbreviation before it ("TV-Sender"): "Bild-Zeitung" is a name itself."""
    if not word[:1].isupper():
        return None
    if "-" in word:
        prefix = word.rsplit("-", 1)[0]
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


#: words that join the parts of a foreign name ("Women on Twenties", "Monte
#: dei Paschi"), taken only between two capitalised words
_NAME_LINKS = frozenset({"of", "on", "for", "the", "and", "del", "della", "dei", "di"})


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


def _person_like(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]``, a person to the model, is one word after a kind of
    organisation ("die Partei Erdogans"); a name of several words there is
    the organisation's ("die Islamistengruppe Ansar Dine")."""
    return end - start == 1


def _starts_ent(ents: list[Span], i: int) -> bool:
    return any(e.start == i for e in ents)


# --- combining ------------------------------------------------------------------------


def _apply(
    doc: Doc, ents: list[Span], p: _Proposal, tagged: dict[tuple[int, int], str]
) -> list[Span]:
    if doc[p.end - 1].text.endswith("-"):
        return ents  # "Notariats-" of "Notariats- und ...": a word cut short
    over = [e for e in ents if e.start < p.end and p.start < e.end]
    for e in over:
        if _glued_owner(doc, e, p, tagged):
            continue
        inside = p.start <= e.start and e.end <= p.end
        absorbed = p.absorb >= 0 and p.absorb <= e.start and e.end <= p.end
        if (e.start, e.end) in tagged:
            # the gazetteer wins, but a place it tagged is part of the name
            # (a place: "Wien" in "Pädagogische Hochschule Wien"), and so is an
            # owner in the genitive ("Internationales Schiedsgericht der Weltbank")
            owner = e.label_ == "ORG" and doc[e.start - 1].lower_ in ("der", "des")
            if p.branch and inside:
                continue  # "Salzburger ÖVP": the party's branch
            if not (inside and e.end == p.end and (e.label_ == "LOC" or owner)):
                return ents
        elif e.label_ == "PER" and not (p.over_person and (inside or absorbed)):
            return ents
        elif not (inside or absorbed):
            return ents
    if any(e.start == p.start and e.end == p.end and e.label_ == "ORG" for e in over):
        return ents
    kept = [e for e in ents if e not in over]
    # the front of a model organisation the proposal was glued to ("Migration
    # und Mehrsprachigkeit der| Pädagogischen Hochschule Steiermark") goes
    return sorted(
        [*kept, Span(doc, p.start, p.end, label="ORG")], key=lambda s: s.start
    )


def _glued_owner(
    doc: Doc, e: Span, p: _Proposal, tagged: dict[tuple[int, int], str]
) -> bool:
    """The model's organisation ``e`` ends in the proposal after "der" or
    "des" and has no head noun before it: it ran words into a name
    ("Migration und Mehrsprachigkeit der Pädagogischen Hochschule
    Steiermark"), and the proposal is the name."""
    return (
        e.label_ == "ORG"
        and (e.start, e.end) not in tagged
        and e.start < p.start
        and e.end == p.end
        and doc[p.start - 1].lower_ in ("der", "des")
        # "Bundesverband der Deutschen Rheuma-Liga" is one name
        and not any(org_head(t.text, NAME_HEADS) for t in doc[e.start : p.start])
    )


def _split_names(
    doc: Doc, ents: list[Span], tagged: dict[tuple[int, int], str]
) -> list[Span]:
    """An organisation ending in a personal name is two entities ("Grünen|
    Alexander Van der Bellen", "Steiermark| Franz Voves")."""
    out: list[Span] = []
    taken = {t for e in ents for t in range(e.start, e.end)}
    for e in ents:
        if e.label_ != "ORG" or len(e) < 3 or (e.start, e.end) in tagged:
            out.append(e)
            continue
        cut = next(
            (
                k
                for k in range(e.start + 1, e.end - 1)
                if _name_starts(doc, k, e.end)
                and e.end - k <= 3
                and all(
                    doc[m].lower_ in NAME_PARTICLES or doc[m].text[:1].isupper()
                    for m in range(k, e.end)
                )
            ),
            None,
        )
        if cut is None:
            out.append(e)
            continue
        end = e.end
        if doc[end - 1].lower_ in NAME_PARTICLES:
            j = end
            while j < len(doc) and j - end < 2 and doc[j].lower_ in NAME_PARTICLES:
                j += 1
            if j < len(doc) and doc[j].text[:1].isupper() and j not in taken:
                end = j + 1
        front = doc[e.start : cut]
        entry = gazetteer.lookup(front.text)
        last = front[-1].text.rsplit("-", 1)[-1]
        lex = word_features(doc.vocab, front.text) if len(front) == 1 else _NONE
        if entry is not None:
            out.append(Span(doc, e.start, cut, label=entry.label))
        elif Feature.GAZ_ORG in lex or gazetteer.organisations_by_country(front.text):
            out.append(Span(doc, e.start, cut, label="ORG"))  # "Grünen"
        elif lex & {Feature.GAZ_COUNTRY, Feature.GAZ_CITY}:
            out.append(Span(doc, e.start, cut, label="LOC"))
        elif not last[:1].isupper() or not (
            is_title(last) or _common_word(doc.vocab, last)
        ):
            # "Saturday Night Fever", "Queens of the Stone Age": no name
            # and a person, one name
            out.append(e)
            continue
        # else "Wiens Gesundheitsstadträtin| Sonja Wehsely", "Djokovics
        # Hauptrivalen| Roger Federer": a title or a common noun and a person
        out.append(Span(doc, cut, end, label="PER"))
    return out


def _name_starts(doc: Doc, k: int, end: int) -> bool:
    """A person's name starts at token ``k`` of an entity ending at ``end``: a
    first name and a surname, or a first name only and a name particle
    ("Alexander Van")."""
    if is_personal_name(doc, k, min(k + 2, end)):
        return True
    first = word_features(doc.vocab, doc[k].text)
    return (
        Feature.FIRST_NAME in first
        and not first & NOT_ONLY_A_FIRST_NAME
        and doc[k + 1].lower_ in NAME_PARTICLES
        and doc[k + 1].text[:1].isupper()
    )


def _common_word(vocab: Vocab, word: str) -> bool:
    """The lexicon knows ``word`` as a common noun or a word mostly written
    lower case, whatever else it knows it as ("Deutsche", "Freiheitlichen"),
    or it is a compound of a common noun ("Hauptrivalen")."""
    lex = word_features(vocab, word)
    if lex & {Feature.COMMON_NOUN, Feature.LOWER_WORD}:
        return True
    return not lex and _common_compound(vocab, word)


def _without_title(ent: Span, tagged: dict[tuple[int, int], str]) -> Span | None:
    """A model organisation ending in a title: a person's title, no
    organisation ("Wiener Ärztekammerpräsident": ``None``), or a name run into
    the title of its head ("Demokratischen Partei von Premier": the name)."""
    if ent.label_ != "ORG" or (ent.start, ent.end) in tagged:
        return ent
    if not is_title(ent[-1].text.rsplit("-", 1)[-1]):
        return ent
    if len(ent) >= 3 and ent[-2].lower_ in ("von", "des", "der"):
        return Span(ent.doc, ent.start, ent.end - 2, label="ORG")
    return None


def _after_title(
    ent: Span, tagged: dict[tuple[int, int], str], made: set[tuple[int, int]]
) -> Span:
    """A model organisation right after a title is a person ("unter
    Parteichef Sarkozy", "EU-Steuerkommissar Pierre Moscovici"): names of
    capitalised words with no organisation head, that neither the gazetteer
    nor a rule of this module named."""
    if ent.label_ != "ORG" or ent.start == 0 or len(ent) > 3:
        return ent
    if (ent.start, ent.end) in tagged or (ent.start, ent.end) in made:
        return ent
    before = ent.doc[ent.start - 1].text
    if not is_title(before.rsplit("-", 1)[-1]) or is_media_noun(before):
        return ent
    for tok in ent:
        text = tok.text
        if not (text[:1].isupper() and text.replace("-", "").isalpha()):
            return ent
        if text.isupper() or org_head(text, NAME_HEADS) or _is_org_name(text):
            return ent  # "Chef Amnesty", an acronym: an organisation
    return Span(ent.doc, ent.start, ent.end, label="PER")


def _is_junk(ent: Span, tagged: dict[tuple[int, int], str]) -> bool:
    """A one-word organisation the gazetteer does not know and the lexicon
    knows as no kind of name that is a word other than a noun ("Wahlweise",
    "Beerbt", "Beides") or a compound ending in a common noun
    ("Vorgehensweise", "Anschlusszüge"). A plain common noun stays: the
    lexicon cannot tell "Pulk" from "Nasa" or "Dynamo"."""
    if ent.label_ != "ORG" or len(ent) != 1 or (ent.start, ent.end) in tagged:
        return False
    text = ent.text
    if not text.isalpha() or not text[:1].isupper() or not text[1:].islower():
        return False
    if gazetteer.lookup(text) is not None or org_head(text, NAME_HEADS):
        return False
    vocab = ent.doc.vocab
    lex = word_features(vocab, text)
    if lex & _NAMEISH:
        return False
    if lex and not lex & {Feature.COMMON_NOUN, Feature.HANTA_NN}:
        return True
    return _common_compound(vocab, text)


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
    low = word.lower()
    return any(
        Feature.COMMON_NOUN in (lex := word_features(vocab, low[k:]))
        and not lex & _NAMEISH
        for k in range(3, len(low) - 3)
    )


@Language.factory("kg_orgs")
def make_orgs(nlp: Language, name: str) -> OrgRules:
    """Build the ``kg_orgs`` component (no settings: it reads the pipeline's
    lexicon table and the gazetteer)."""
    return OrgRules(nlp, name)
