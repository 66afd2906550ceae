"""The proposal rules of ``kg_orgs`` that read an organisation from its context
(rules 4, 5 and 5a of :mod:`kg.nlp.components.orgs`: media after a noun of the
press or a report cue, parties named by their members, companies named in
context)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.lang.de.bodies import ENSEMBLE_NOUNS, designation, party_members
from kg.lang.de.grammar import PREPOSITIONS
from kg.lang.de.newsroom import (
    MEDIA_ARTICLES,
    MEDIA_REPORT_CUES,
    NOT_PREFIX_NAMES,
    PUBLISHED_WORDS,
    is_newsroom_noun,
)
from kg.lang.de.org_kinds import is_company_head
from kg.lang.de.orgs import (
    BODY_COMPOUND_HEADS,
    CLUB_NOUNS,
    CLUB_WORDS,
    COMMITTEE_HEADS,
    COMMITTEE_KINDS,
    DEFINITE_WORDS,
    FIRM_NAME_WORDS,
    MEDIA_CUES,
    REPORT_VERBS,
    SLOGAN_ARTICLES,
    SLOGAN_KINDS,
    SLOGAN_LINKS,
    TITLED_KINDS,
    is_company_noun,
    is_media_noun,
    is_unit_kind,
    org_noun,
)
from kg.lang.de.titles import is_title
from kg.nlp import gazetteer
from kg.nlp.components.org_genitives import members_adjective
from kg.nlp.components.org_names import (
    _ARABIC_ARTICLE,
    _DOMAIN,
    _NAME_LINKS,
    _QUOTES,
    _capital_word,
    _common_compound,
    _common_noun,
    _compound_of_noun,
    _intro_noun,
    _is_name_adjective,
    _is_org_name,
    _person_like,
    _place_adjective,
    _Proposal,
    _starts_ent,
    _starts_model_org,
    _time_word,
)
from kg.nlp.lexicon import (
    Feature,
    word_features,
)


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
            # a club after its league: "der Zweitligist St. Pölten", "des
            # Drittligisten Energie Cottbus" (a town, a common word in a name);
            # after "Klub": "beim Serie-A-Klub Hellas Verona"
            club = kind == "org" and (
                org_noun(tok.text) in CLUB_NOUNS
                or tok.text.rsplit("-", 1)[-1] in CLUB_WORDS
            )
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
                    and not (club and _starts_place(ents, k))
                    # "der Zeitschrift Super| Illu": a word the model took
                    # for a place that no gazetteer or lexicon knows as one
                    and not (kind == "media" and _unknown_place_word(doc, in_ent, k))
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
                elif (
                    k == j
                    and w.text in ("St.", "Sv.")
                    and k + 1 < n
                    and _capital_word(toks[k + 1])
                ):
                    k += 2  # "der Zweitligist St. Pölten"
                elif (
                    k == j
                    and _DOMAIN.match(w.text)
                    # "auf der Website howsecureismypassword.net": a tool
                    and not (w.text.islower() and tok.lower_.endswith(_SITE_NOUNS))
                ):
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
            if kind == "org" and members_adjective(toks[j]):
                continue  # "der Verband Kommunaler Unternehmen": rule 1d's
            slogan = kind == "org" and _slogan_end(doc, toks, tok, j, k)
            if slogan:
                k = slogan
            lex = word_features(doc.vocab, toks[j].text)
            if not quoted and "-" in toks[j].text:
                # "die Versicherer Fonds-Klagen": a compound of a common noun
                lex = word_features(doc.vocab, toks[j].text.rsplit("-", 1)[-1])
            # "die Tageszeitung Die Presse": a capitalised article starts a
            # title; a medium the gazetteer knows is one after a press noun
            titled = (
                k > j + 1
                and toks[j].text in ("Die", "Der", "Das", "The")
                and (
                    kind == "media" or (org_noun(tok.text) or "").endswith(TITLED_KINDS)
                )
            )
            if kind == "media" and _context_medium(toks[j + titled].text):
                titled = True
            if (club and k - j > 1) or slogan:
                titled = True
            # "das Konsortium Toll| Collect": a common word before the rest of
            # a name the model saw as an organisation opens that name
            ends_in_org = (
                kind == "org"
                and k - j > 1
                and k - 1 in in_org
                and j not in in_ent
                and _capital_word(toks[j])
                and toks[j].lower_ not in ("die", "der", "das")
            )
            if not quoted and not titled and not ends_in_org:
                if (
                    lex & {Feature.COMMON_NOUN, Feature.LOWER_WORD}
                    and not lex
                    & {Feature.HANTA_NE, Feature.PROPER_NOUN, Feature.GAZ_ORG}
                    and not (kind == "media" and _medium_named(doc, toks, tok, j, k))
                    and not (kind == "org" and _rare_firm_name(doc, toks, tok, j, k))
                    # "des Wirtschaftsforschungsinstituts Wifo": an acronym
                    # the gazetteer knows as an organisation's
                    and not (kind == "org" and _known_acronym(doc[j:k].text))
                ):
                    continue
            over_person = k - j == 1
            if kind == "org" and not club:
                # a kind of organisation before a place or a person is no
                # name of it ("die Partei Erdogans", "die Gruppe Syrien")
                first = in_ent.get(j)
                if (
                    first is not None
                    and first.label_ == "LOC"
                    # not the model's run-in of the noun: "des [Onlinehändlers
                    # Zalando]" labelled a place
                    and first.start > tok.i
                    # no place joins names with "&": "das Bankhaus Spängler &
                    # Co" labelled a place
                    and "&" not in first.text
                ):
                    continue
                if not slogan and lex & {
                    Feature.GAZ_COUNTRY,
                    Feature.GAZ_CITY,
                    Feature.TOPONYM,
                }:
                    continue
                per = [
                    m for m in range(j, k) if m in in_ent and in_ent[m].label_ == "PER"
                ]
                named = is_unit_kind(tok.text)  # "das Museum Ludwig"
                if (
                    per
                    and _person_like(doc, j, k, tok.text)
                    and not named
                    and not _known_of_kind(doc[j:k].text, tok.text)
                ):
                    continue
                over_person = True
            if club:
                over_person = True  # "des Zweitligisten Sporting Lissabon"
            # an armed unit keeps its noun: "das Freiwilligenbataillon Asow"
            start = tok.i if kind == "org" and is_unit_kind(tok.text) else j
            absorb = tok.i - 1 if tok.i > 0 and toks[tok.i - 1].is_stop else tok.i
            out.append(_Proposal(start, k, over_person=over_person, absorb=absorb))
        elif tok.lower_ in MEDIA_CUES or _report_source(toks, i) or _report_of(toks, i):
            # "laut Haaretz", "..., berichtet Heise.", "ein Bericht des Tagespiegel"
            at = i + 1 if _report_of(toks, i) else i
            w = toks[at]
            if w.is_sent_start or w.text in per_words:
                continue
            if not _capital_word(w) and not (
                _DOMAIN.match(w.text) and w.text[:1].isupper()
            ):
                continue  # "berichtet Myce.com": a news site's domain
            if any(e.start <= at < e.end for e in ents):
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
            if at + 1 < n and toks[at + 1].text[:1].isupper():
                continue  # "laut Innenminister X", a name of several words
            # a name keeps its form after "des" ("des Tagesspiegel"), a noun
            # takes the genitive ("des Entschärfungsdienstes")
            uninflected = at > i and toks[i].lower_ == "des" and w.text[-1] != "s"
            if not lex and _common_compound(doc.vocab, w.text) and not uninflected:
                continue  # "laut Entschärfungsdienst"
            if is_title(w.text.rsplit("-", 1)[-1]):
                continue  # "laut ÖGB-Präsident"
            if w.text.endswith("n") and _common_noun(doc.vocab, w.text[:-1]):
                continue  # "laut Testern", a dative plural
            out.append(_Proposal(at, at + 1))
    return out


def _known_acronym(text: str) -> bool:
    """``text`` is one short word ("Wifo", "WIFO", "ÖGB") or several words
    ("Einiges Russland") that the gazetteer knows as an organisation's name."""
    short = " " not in text and 2 <= len(text) <= 6 and text.isalpha()
    return (short or " " in text) and _is_org_name(text)


#: a definite article or a preposition run into one before a company noun
_DEFINITE = frozenset("der die das dem den des beim vom zum zur im".split())


def _rare_firm_name(doc: Doc, toks: list[Token], noun: Token, j: int, k: int) -> bool:
    """``toks[j]``, one word the lexicon knows as a rare common noun and as
    no compound of one, names the company after a definite company noun
    ("beim Autozulieferer Mahle in Stuttgart", "des Maschinenbauers Mahle,"),
    or a word of :data:`FIRM_NAME_WORDS` ("der Mobilfunker Drei"):
    a lower-case word or punctuation follows, not a noun of the clause
    ("dem Konzern Umsatzeinbußen drohen", "erzielte der Konzern Gewinne")."""
    if k != j + 1 or noun.i == 0 or toks[noun.i - 1].lower_ not in _DEFINITE:
        return False
    if not is_company_head(noun.text):
        return False
    word = toks[j].text
    # "der Mobilfunker Drei": a number word or a colour written capitalised
    if word.lower() not in FIRM_NAME_WORDS:
        lex = word_features(doc.vocab, word)
        if Feature.ZIPF_LT3 not in lex or lex & {Feature.FIRST_NAME, Feature.TOPONYM}:
            return False
        if not word.isalpha() or _common_compound(doc.vocab, word):
            return False
    return k >= len(doc) or toks[k].is_punct or toks[k].text[:1].islower()


def _unknown_place_word(doc: Doc, in_ent: dict[int, Span], k: int) -> bool:
    """Token ``k`` is a one-word place or MISC of the model that neither the
    gazetteer nor the lexicon knows as a place ("Illu")."""
    e = in_ent.get(k)
    if e is None or e.start != k or len(e) != 1 or e.label_ not in ("LOC", "MISC"):
        return False
    if word_features(doc.vocab, e.text) & {
        Feature.GAZ_CITY,
        Feature.GAZ_COUNTRY,
        Feature.TOPONYM,
        Feature.COMMON_NOUN,
    }:
        return False
    return gazetteer.lookup(e.text, label="LOC") is None


def _name_word(doc: Doc, word: str) -> bool:
    """``word`` is a name to the lexicon, or unknown to it, and no common
    noun ("Illu")."""
    lex = word_features(doc.vocab, word)
    if Feature.COMMON_NOUN in lex:
        return False
    return Feature.KNOWN not in lex or bool(
        lex & {Feature.HANTA_NE, Feature.PROPER_NOUN}
    )


#: what may follow a medium's name after a preposition: punctuation, "zufolge"
_AFTER_MEDIUM_NAME = frozenset([*',.;:)–—(„“"', "zufolge"])


def _medium_named(doc: Doc, toks: list[Token], noun: Token, j: int, k: int) -> bool:
    """The capitalised words ``toks[j:k]`` after the press noun ``noun``,
    the first a common word too, are the medium's name by their place: a
    later word is a name ("der Zeitschrift Super Illu"), or the noun phrase
    opens its sentence before a lower-case word ("Die Zeitung Express
    berichtete", "Das Magazin Cicero hatte") or follows a preposition before
    punctuation ("in der Zeitung Express.", "laut dem Magazin Cicero,"). Not
    after a verb ("warf die Zeitung Politikern vor", "gab der Zeitung
    Auskunft"), nor a title, a first name, a time word or a place."""
    words = toks[j:k]
    if k - j > 3 or any(
        not _capital_word(w)
        or is_title(w.text.rsplit("-", 1)[-1])
        or _time_word(doc, w.i)
        or word_features(doc.vocab, w.text)
        & {Feature.FIRST_NAME, Feature.GAZ_COUNTRY, Feature.GAZ_CITY}
        for w in words
    ):
        return False
    if any(_name_word(doc, w.text) for w in words[1:]):
        return True  # "Super Illu"
    if k >= len(toks) or words[-1].text.endswith("ern"):
        return False  # "Politikern": a dative plural
    after = toks[k]
    # back over the adjectives before the noun ("Das Pariser Blatt")
    a = noun.i - 1
    while (
        a > 0
        and (
            toks[a].text[:1].islower()
            and toks[a].text.endswith(("e", "en"))
            or _place_adjective(toks[a].text) is not None
        )
        and toks[a].lower_ not in ("die", "der", "das", "dem", "den", "des")
    ):
        a -= 1
    art = toks[a] if a >= 0 else None
    if art is None:
        return False
    if art.lower_ in ("im", "beim", "vom", "zum", "ins"):
        return after.text in _AFTER_MEDIUM_NAME
    if art.lower_ not in ("die", "der", "das", "dem", "den", "des"):
        return False
    opens = art.is_sent_start or a > 0 and toks[a - 1].text in ("–", "—", ":")
    if opens:
        return art.text[:1].isupper() and (
            after.text[:1].islower() or after.text == ","
        )
    return (
        a > 0
        and toks[a - 1].lower_ in PREPOSITIONS
        and after.text in _AFTER_MEDIUM_NAME
    )


def _slogan_end(doc: Doc, toks: list[Token], noun: Token, j: int, k: int) -> int:
    """The end of a slogan that names a group after its noun (``noun``, one
    of :data:`kg.lang.de.orgs.SLOGAN_KINDS`): the capitalised words
    ``toks[j:k]``, the first a common noun, a preposition of
    :data:`kg.lang.de.orgs.SLOGAN_LINKS`, maybe an article, and a capitalised
    word ("die Initiative Heimat ohne Hass", "der Bewegung Block gegen den
    Islam"); else 0. Not after a name ("die Bewegung Podemos gegen ...")."""
    n = len(toks)
    if (
        not (org_noun(noun.text) or "").endswith(SLOGAN_KINDS)
        or k >= n
        or toks[k].lower_ not in SLOGAN_LINKS
        or not _common_noun(doc.vocab, toks[j].text)
    ):
        return 0
    m = k + 1
    if m < n and toks[m].lower_ in SLOGAN_ARTICLES:
        m += 1
    if m >= n or not _capital_word(toks[m]) or _time_word(doc, m):
        return 0
    return m + 1


#: press nouns for any site on the web, not only a medium: a lower-case
#: domain after them is a site ("die Website howsecureismypassword.net")
_SITE_NOUNS = ("website", "webseite", "seite")


def _report_of(toks: list[Token], i: int) -> bool:
    """Token ``i`` is "des" or "der" after a report of a newsroom and before
    its source: "einen Bericht des Tagespiegel", "laut Recherchen der Zeit"."""
    return (
        i + 1 < len(toks)
        and toks[i].lower_ in ("des", "der")
        and toks[i - 1].text[:1].isupper()
        and is_newsroom_noun(toks[i - 1].text)
        and toks[i - 1].lower_.startswith(("bericht", "recherche", "umfrage"))
    )


def _starts_place(ents: list[Span], k: int) -> bool:
    """A place starts at token ``k``."""
    return any(e.start == k and e.label_ == "LOC" for e in ents)


def _report_source(toks: list[Token], i: int) -> bool:
    """Token ``i`` is the source a report verb names: alone between the verb
    after a comma and the end of the sentence ("..., berichtet Heise.") or
    between "wie" and the verb ("wie Gizchina berichtet")."""
    n = len(toks)
    if i < 2 or i + 1 >= n:
        return False
    before, after = toks[i - 1], toks[i + 1]
    if before.lower_ in REPORT_VERBS:
        return toks[i - 2].text == "," and after.text in (".", "!", ":")
    return (
        before.lower_ == "wie"
        and after.lower_ in REPORT_VERBS
        and (i + 2 >= n or not toks[i + 2].text[:1].isalpha())
    )


#: words that join names in a list: "Hofer oder Lidl", "Spar, Billa und Hofer"
_COORDINATION = frozenset({"und", "oder", ",", "sowie", "bzw.", "auch"})


@lru_cache(maxsize=65536)
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


def _names_after_company_nouns(
    doc: Doc,
    toks: list[Token],
    ents: list[Span],
    tagged: dict[tuple[int, int], str],
) -> list[_Proposal]:
    """A name of one to three words right after a noun for a company ("der
    Süßwarenkonzern Mars", "des US-Süßwarengiganten Kroll"), that the model
    took for a place or a MISC: the company (a person there is left to the
    rule for one word after a company noun). Not a name the gazetteer tagged
    or whose words it knows as a place ("der Konzern Österreich-Ungarn"), no
    first name ("seine Tochter Florence"), and nothing the model left
    unlabelled ("erzielte der Konzern Gewinne")."""
    out: list[_Proposal] = []
    starts = {e.start: e for e in ents}
    for e in ents:
        if e.start == 0 or len(e) > 3 or (e.start, e.end) in tagged:
            continue
        if e.label_ not in ("LOC", "MISC"):
            continue  # a person there is another rule's ("Der Konzern Piëchs")
        if not is_company_head(toks[e.start - 1].text):
            continue
        if any(not (t.text[:1].isupper() or t.is_digit) for t in e):
            continue
        if any(Feature.FIRST_NAME in word_features(doc.vocab, t.text) for t in e):
            continue  # "seine Tochter Florence"
        parts = [e.text, *(p for t in e for p in t.text.split("-") if p)]
        if any(gazetteer.lookup(p, label="LOC") is not None for p in parts):
            continue
        if e.start - 1 in starts:
            continue  # the noun is a name itself
        out.append(_Proposal(e.start, e.end, over_person=True))
    return out


@lru_cache(maxsize=65536)
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
    longer name, is not. A text that appeared in it names it too ("seine
    Kolumne in der Bild", "in der Welt veröffentlicht")."""
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
            elif _report_source(toks, tok.i):
                named.add(text)  # "..., berichtet Heise."
                reported.add(tok.i)
            elif before == "laut" and text not in NOT_PREFIX_NAMES:
                named.add(text)  # "laut Kurier", "laut Format"
            elif (
                before.lower() == "gegenüber" or before == "zum" and _said(toks, tok.i)
            ):
                # "gegenüber News", "sagte ein Sprecher zum Kurier"
                named.add(text)
                reported.add(tok.i)
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
            elif before == "der" and _published_in(toks, tok.i):
                # "seine Kolumne in der Bild", "in der Welt veröffentlicht"
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
        if (
            prev.lower_ in MEDIA_ARTICLES
            or is_media_noun(prev.text)
            or tok.i in reported
        ):
            out.append(_Proposal(tok.i, tok.i + 1, over_person=True))
    return out


def _said(toks: list[Token], i: int) -> bool:
    """A verb of saying stands shortly before "zum" at ``i - 1``, in the same
    clause: "sagte ein Sprecher der Firma zum Kurier" (not "wurde zum
    Standard")."""
    for tok in reversed(toks[max(0, i - 9) : i - 1]):
        if tok.text in (",", ".", ":", ";") or tok.is_sent_start and tok.i < i - 1:
            return tok.lower_ in MEDIA_REPORT_CUES
        if tok.lower_ in MEDIA_REPORT_CUES:
            return True
    return False


def _published_in(toks: list[Token], i: int) -> bool:
    """The medium at ``i``, after "in der", is where a text appeared: a noun
    of a newsroom's texts shortly before ("seine Kolumne in der Bild", "ein
    Interview mit ihm in der Zeit") or a word of publishing shortly after
    ("der am Sonntag in der Welt veröffentlicht wurde")."""
    if toks[i - 2].lower_ != "in":
        return False
    before = toks[max(0, i - 6) : i - 2]
    if any(t.text[:1].isupper() and is_newsroom_noun(t.text) for t in before):
        return True
    after = toks[i + 1 : i + 4]
    return any(t.lower_.startswith(PUBLISHED_WORDS) for t in after)


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
    article names at least half as often as the one it names most, or, in
    an article that names no country, as the one party of a plain claim of a
    noun of members (:func:`kg.lang.de.bodies.party_members`)."""
    context = doc._.kg_context if doc.has_extension("kg_context") else None
    counts = dict(getattr(context, "counts", ()))
    # the article's country, or one it names at least half as often ("die
    # Republikaner" in an article on the Iran deal; not in one on France); in
    # an article that names no country, the party of a plain claim ("Ein
    # Großteil der Debatte vonseiten der Demokraten ...": the US Democrats)
    top = max(counts.values(), default=0)
    codes = {code for code, n in counts.items() if 2 * n >= top}
    in_ent = {t: e for e in ents for t in range(e.start, e.end)}
    # the last words of persons of two words or more: surnames, no members
    surnames = {e[-1].text for e in ents if e.label_ == "PER" and len(e) > 1}
    out: list[_Proposal] = []
    for tok in toks:
        text = tok.text
        if not (text[:1].isupper() and text[1:].islower() and text.isalpha()):
            continue
        ent = in_ent.get(tok.i)
        lone_person = (
            ent is not None
            and ent.label_ == "PER"
            and len(ent) == 1
            and text not in surnames
        )
        # "Alexander Van der Bellen (Grüne)": a person's party in parentheses,
        # whatever the model took the word for
        paren = _after_person_in_parentheses(toks, ents, tok.i)
        # "(Klubobfrau, Die Grünen)": the name with its article
        start = tok.i - 1 if paren and toks[tok.i - 1].text in ("Die", "Der") else tok.i
        if (
            ent is not None
            and not (ent.label_ == "MISC" and len(ent) == 1)
            and not (paren and start <= ent.start and ent.end == tok.i + 1)
            and not lone_person
        ):
            continue
        if (
            tok.i > 0
            and toks[tok.i - 1].text in _ONE_MEMBER
            and not _before_person(toks, ents, tok.i)
        ):
            continue  # "dem Republikaner": one member; "dem Grünen X": the party
        # (the form itself: extraction resolves the mention's text, and
        # "Republikanern" it does not)
        # a plain claim ("~Republikaner": the US party) or a party of the
        # article's country ("?Sozialisten": the French, Spanish, ... party)
        entry = gazetteer.lookup(text, label="ORG")
        claims = (entry, *gazetteer.organisations_by_country(text))
        if any(e is not None and e.kind == "party" and e.code in codes for e in claims):
            out.append(_Proposal(start, tok.i + 1, over_person=paren or lone_person))
        elif (
            not counts
            and entry is not None
            and entry.kind == "party"
            and party_members(text)
        ):
            # a noun of a party's members ("Demokraten"), not an adjective
            # of a leaning ("die islamischen Konservativen")
            out.append(_Proposal(start, tok.i + 1, over_person=paren or lone_person))
    return out


def _party_adjectives(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """A party named by its name's adjective written lower-case after a
    definite article ("das Büro der republikanischen Partei", "die
    sozialdemokratische Partei"): the party the gazetteer knows by the
    capitalised name, of a country the article names (as for
    :func:`_party_members`), or its one party of that name when the article
    names no country. Not "eine konservative Partei"."""
    context = doc._.kg_context if doc.has_extension("kg_context") else None
    counts = dict(getattr(context, "counts", ()))
    top = max(counts.values(), default=0)
    codes = {code for code, n in counts.items() if 2 * n >= top}
    in_ent = {t for e in ents for t in range(e.start, e.end)}
    out: list[_Proposal] = []
    for tok in toks[1:-1]:
        nxt = toks[tok.i + 1]
        if nxt.text != "Partei" or tok.i in in_ent or nxt.i in in_ent:
            continue
        adj = tok.text
        if not (adj.isalpha() and adj.islower()) or toks[tok.i - 1].lower_ not in (
            "die",
            "der",
            "den",
        ):
            continue
        base = adj[:-1] if adj.endswith("en") else adj
        if not base.endswith("e"):
            continue
        name = f"{base[:1].upper()}{base[1:]} Partei"
        entry = gazetteer.lookup(name, label="ORG")
        claims = (entry, *gazetteer.organisations_by_country(name))
        party = any(
            e is not None and e.kind == "party" and e.code in codes for e in claims
        )
        if party or (not counts and entry is not None and entry.kind == "party"):
            out.append(_Proposal(tok.i, tok.i + 2))
    return out


def _before_person(toks: list[Token], ents: list[Span], i: int) -> bool:
    """Token ``i``, a member noun, stands right before a person the model
    labelled: "der Grüne Peter Pilz", "vor dem Grünen Alexander Van der
    Bellen" name the member's party (a member alone, "dem Republikaner", is
    one person)."""
    return any(e.start == i + 1 and e.label_ == "PER" for e in ents)


def _after_person_in_parentheses(toks: list[Token], ents: list[Span], i: int) -> bool:
    """Token ``i`` stands alone in parentheses right after a person: "Norbert
    Hofer (FPÖ)", "Alexander Van der Bellen (Grüne)", or last after a post and
    a comma there, with or without its article: "Eva Glawischnig
    (Klubobfrau, Die Grünen)"."""
    if not 1 < i < len(toks) - 1 or toks[i + 1].text != ")":
        return False
    k = i - 1
    if toks[k].text in ("Die", "Der") and k > 0 and toks[k - 1].text in ("(", ","):
        k -= 1
    if toks[k].text == ",":
        # the post before the comma: a few words, no other parenthesis
        j = k - 1
        while j > 0 and k - j <= 4 and toks[j].text not in ("(", ")", ","):
            j -= 1
        if toks[j].text != "(" or j == k - 1:
            return False
        k = j
    return toks[k].text == "(" and any(e.end == k and e.label_ == "PER" for e in ents)


#: a website's name: "atmedia.at", "heise.de", "Golem.de"


def _ensembles(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Rule 2d: a musical ensemble named by its city's adjective and a plural
    noun of its players (:data:`kg.lang.de.bodies.ENSEMBLE_NOUNS`): "die
    Wiener Philharmoniker", "mit den Bamberger Symphonikern"; whatever the
    model took the words for."""
    out: list[_Proposal] = []
    for tok in toks[1:]:
        low = tok.lower_
        if not tok.text[:1].isupper() or not low.endswith(
            tuple(ENSEMBLE_NOUNS) + tuple(e + "n" for e in ENSEMBLE_NOUNS)
        ):
            continue
        prev = toks[tok.i - 1]
        if _place_adjective(prev.text) is None or not prev.text[:1].isupper():
            continue
        out.append(_Proposal(tok.i - 1, tok.i + 1, over_person=True, absorb=tok.i - 1))
    return out


#: words before "dem" that make a designation a place or an event ("auf dem
#: Kongress"; so does "am"), not the body ("hofft auf den Kongress" is one)
_VENUE_WORDS = frozenset({"auf"})


def _designations(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Rule 2c: a body a state has one of, named by its designation after a
    definite article (:data:`kg.lang.de.bodies.DESIGNATION_NOUNS`: "der
    Senat", "den Kongress", "des Kanzleramts", "beim Presserat"); not after
    "ein", not a plural, not a venue ("auf dem Kongress"), not a numbered
    chamber of another body ("der Senat 3 des Presserats")."""
    in_ent = {t: e for e in ents for t in range(e.start, e.end)}
    out: list[_Proposal] = []
    n = len(doc)
    for tok in toks[1:]:
        ent = in_ent.get(tok.i)
        if ent is not None and not (ent.label_ == "MISC" and len(ent) == 1):
            continue
        if designation(tok.text) is None:
            continue
        prev = toks[tok.i - 1]
        if prev.lower_ not in DEFINITE_WORDS or prev.lower_ == "am":
            continue
        if prev.lower_ == "dem" and tok.i > 1:
            if toks[tok.i - 2].lower_ in _VENUE_WORDS:
                continue
        if tok.i + 1 < n and toks[tok.i + 1].like_num:
            continue
        out.append(_Proposal(tok.i, tok.i + 1))
    return out


def _committee_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Rule 2b: a committee or council named by a compound of its designation
    after a definite article, with up to two adjectives between ("im
    Kulturausschuss", "der nächste Finanzministerrat", "beim
    EU-Außenministerrat"); not the bare noun ("der Ausschuss"), not after an
    indefinite article ("ein parlamentarischer Untersuchungsausschuss"), not
    a compound whose head is followed by more ("Ausschusssitzungen")."""
    in_ent = {t for e in ents for t in range(e.start, e.end)}
    out: list[_Proposal] = []
    for tok in toks:
        low = tok.lower_
        if not tok.text[:1].isupper() or tok.i in in_ent or tok.i == 0:
            continue
        head = next(
            (h for h in COMMITTEE_HEADS if low.endswith((h, h + "es", h + "s"))),
            None,
        )
        if head is None:
            continue
        stem = low.rsplit("-", 1)[-1]
        if len(stem) - len(head) < 3 and "-" not in low:
            continue  # "Ausschuss", "Ausschusses"
        if "-" not in low and stem.startswith(COMMITTEE_KINDS):
            continue  # "im Untersuchungsausschuss": which one is not said
        nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        if head in BODY_COMPOUND_HEADS and (
            "-" in low
            or nxt is not None
            and _capital_word(nxt)
            and (nxt.i in in_ent or not _common_noun(doc.vocab, nxt.text))
        ):
            # "die Pfauen-Kammer" (a room); "die Ärztegewerkschaft X", also a
            # common word the model named ("die Flugbegleitergewerkschaft
            # Ufo"); not a noun of the clause: "vor der Vergabekammer Antrag"
            continue
        j = tok.i - 1
        while (
            j > 0
            and tok.i - j <= 2
            and toks[j].text.islower()
            and (toks[j].lower_ not in DEFINITE_WORDS)
        ):
            j -= 1  # "im gestrigen", "der nächste"
        if toks[j].lower_ in DEFINITE_WORDS:
            out.append(_Proposal(tok.i, tok.i + 1))
    return out


def _known_of_kind(name: str, noun: str) -> bool:
    """``name`` is an organisation the gazetteer knows of the kind ``noun``
    names: "die Gewerkschaft vida", "die Partei NEOS", "der Konzern Bosch"
    (the model's person there is the organisation)."""
    # "vida" is written in lower case, the text may capitalise it
    entry = gazetteer.lookup(name, label="ORG") or gazetteer.lookup(
        name.lower(), label="ORG"
    )
    if entry is None or entry.label != "ORG":
        return False
    low = noun.lower()
    return (
        (low.endswith("gewerkschaft") and entry.kind == "union")
        or (low.endswith("partei") and entry.kind == "party")
        or (is_company_noun(noun) and entry.kind == "company")
    )
