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
   A body after a definite article with "in" and its city ("das Gericht in
   Straßburg"); a local body (police, prosecutors, administration, a city's
   government) also with "von" or a region ("die Polizei in Oberösterreich",
   "die Staatsanwaltschaft von Innsbruck").
3. **Legal forms**: the capitalised words before "AG", "GmbH", "& Co KG" or a
   word ending in one ("Pfeiffer HandelsgmbH", "Medial Beteiligungs GmbH").
3b. **Partners**: two surnames (or words the lexicon does not know) joined
   by "&" ("die Rechtsanwälte von Graf & Pitkowitz"; not "Drag & Drop";
   :mod:`kg.nlp.components.org_partners`).
4. **Media**: the name after a noun of the press ("die Zeitung Haaretz", "der
   Fernsehsender Rossija 1", "die Nachrichtenagentur Tass") and a name no
   person and no common word after "laut" or "berichtete" ("laut Haaretz").
   The same for a noun for a kind of organisation
   (:data:`kg.lang.de.orgs.ORG_NOUNS`): "die Islamistengruppe Ansar Dine",
   "der Energiekonzern Engie", "des TV-Senders Canal Antigua" (not a
   one-word person, "die Partei Erdogans", nor a place), and in apposition
   after the name ("für Hemayat, ein Betreuungszentrum"); after a group's
   noun a slogan ("die Initiative Heimat ohne Hass", "der Bewegung Block
   gegen den Islam"), after a party's or a list's a name opening with a
   capitalised article ("die Liste Die Unabhängigen"), after any a website
   ("des Start-ups comma.ai").
4d. **Lists**: the further names joined by a comma, "und", "sowie" or
   "oder" to the name after a plural noun of a kind of organisation ("die
   Gewerkschaften GPA und Vida"; :mod:`kg.nlp.components.org_coordinated`).
4e. **Datelines**: the agencies in parentheses after the place a line opens
   with, as the gazetteer knows them in capitals ("Istanbul (sda/dpa) –";
   :mod:`kg.nlp.components.org_datelines`).
4f. **Acronyms**: an acronym in capitals alone in parentheses right after an
   organisation or a noun of a body ("die rumänische
   Antikorruptionsstaatsanwaltschaft (DNA)";
   :mod:`kg.nlp.components.org_acronyms`).
4c. **After its people**: a name the model left untagged after a noun of an
   organisation's people or parts and "von" ("eine Sprecherin von
   Harley-Davidson"; :mod:`kg.nlp.components.org_members`).
5. **Party members**: a party named by its members, a form the gazetteer
   resolves only once it is labelled ("die Republikaner", "den Demokraten")
   or only in an article about its country ("?Sozialisten"), in an article
   that names the party's country about as often as any.
5c. **Leanings**: capitalised words that are no common noun, person or
   place after a definite article and a lower-case adjective of a political
   leaning: "die linke Unión Patriótica", "der rechten Lega Nord"
   (:mod:`kg.nlp.components.org_leanings`).
5a. **Companies in context**: a company whose name the gazetteer resolves only
   once it is labelled, as it is a surname too ("Hofer"), right after a noun
   for a company ("Diskonter Hofer") or in a list with a company the gazetteer
   knows ("Hofer oder Lidl"); it takes the word from a person.
5d. **Rivals**: such a company right after a noun for a firm's rival ("vom
    ÖBB-Konkurrenten Westbahn", "den Mitbewerbern Spar") or in a list with a
    known company past a parenthesis ("Spar (30 Prozent) und Rewe";
    :mod:`kg.nlp.components.org_rivals`).
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
6c. **Churches**: a denomination's adjective before "Kirche", with a place in
   the genitive or after "in" ("die katholische Kirche Kubas", "die
   russisch-orthodoxe Kirche"; :mod:`kg.nlp.components.org_churches`).
2b. **Committees**: a compound of a committee's or council's designation
   after a definite article ("im Kulturausschuss", "der nächste
   Finanzministerrat"; :data:`kg.lang.de.orgs.COMMITTEE_HEADS`); not the bare
   noun, not after "ein".
2c. **Designations**: a body a state has one of, named by its designation
   after a definite article ("der Senat", "den Kongress", "des
   Kanzleramts", "beim Presserat"; :data:`kg.lang.de.bodies.DESIGNATION_NOUNS`);
   not after "ein", not "auf dem Kongress".
2e. **Groups**: a hyphenated compound of a name and "-Gruppe", "-Holding",
   "-Konzern" or "-Zentrum" that the gazetteer does not know ("die
   Wendel-Gruppe", "das Kluge-Zentrum"; not "Spiel-Gruppe", "IT-Konzern",
   "Wien-Zentrum"; :mod:`kg.nlp.components.org_groups`).
2f. **Funds**: a compound of "-fonds" after a definite article that is no
   kind of fund ("zum Familienlastenausgleichsfonds", "des
   Wissenschaftsfonds"; not "des Investmentfonds";
   :mod:`kg.nlp.components.org_funds`).
2d. **Ensembles**: a city's adjective and a plural noun of an orchestra's or a
   choir's players ("die Wiener Philharmoniker", "den Bamberger
   Symphonikern"; :data:`kg.lang.de.bodies.ENSEMBLE_NOUNS`).
1c. **Names with a complement**: a head noun of an organisation and "für"
   with capitalised words ("Bundeszentrum für Interkulturalität, Migration
   und Mehrsprachigkeit", "Kommission für Menschenrechte"), not after an
   indefinite article.
1d. **Members in the genitive**: a head noun of an association and its
   members, a capitalised adjective and a noun ("der Verband Kommunaler
   Unternehmen", "die Partei der Unabhängigen Griechen";
   :mod:`kg.nlp.components.org_genitives`).
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
8b. **Hosts**: a name with a complement (rule 1c) run into its host in the
   genitive is cut before it ("Institut für Virologie| der Universität
   Marburg"; :mod:`kg.nlp.components.org_hosts`).
9. **Prune**: a one-word organisation that the gazetteer does not know and the
   lexicon knows as no kind of name and as a word other than a noun
   ("Wahlweise", "Beerbt") or as a compound of a common noun
   ("Arbeitssuchende", "Anschlusszüge") is no entity. A plain common noun
   stays: the lexicon cannot tell "Pulk" from "Nasa". On the two dev sets
   this gains 0.008 and 0.020 organisation precision at no recall. A model
   organisation ending in a title is a title ("Wiener Ärztekammerpräsident":
   dropped) or a name run into its head's ("Demokratischen Partei| von
   Premier").
9a. **Possessions**: a model organisation of a name in the genitive and a
   common noun is a thing of the name ("Straches Pinnwand", "Immunität
   Sovas": dropped); a genitive the gazetteer knows as an organisation stays
   one ("Googles| Software").
10. **After a title**: a model organisation of capitalised words right after
    a title is a person ("EU-Steuerkommissar Pierre Moscovici").
10b. **Nationalities**: a model organisation of an inhabitant noun and a
    name is a person ("gegen Serben| Lajovic").
10a. **Times of day**: a model organisation run on past a time of day ends
    before it ("ZDF Neo| 20.15 Krimi-Abend", a programme listing).
10c. **Days of the week**: a model organisation run on past a name into "am
    Sonntag" ends before it ("sagte Premier Valls| am Sonntag": then a person
    after a title), unless the gazetteer knows it so ("Welt am Sonntag").
10d. **Settlements**: a model organisation right after a noun of a
    settlement, also with "von" between, is a place ("die Siedlung Otniel",
    "die Altstadt von Sada"), and so is the name in one that opens with it
    ("die Metropole Aleppo"; :mod:`kg.nlp.components.org_settlements`).
11. **Descriptors**: an organisation of adjectives and a noun for a kind of
    organisation or a national body right before the name it describes (an
    organisation, or a name in quotes) is no name of its own: "des
    französischen Geheimdienstes| DGSE", "die Wiener Wochenzeitung|
    „Falter“" give DGSE and Falter (a quoted name after a press noun becomes
    an organisation).

``Doc._.kg_org_names`` holds the ``(start, end)`` of the organisations rules
1-7 named: extraction keeps a hyphenated one ("Qassam-Brigaden") where it
drops a compound the model labelled ("Ukraine-Konflikt").

Without kg's lexicon table (``--model`` with another pipeline) the component
does nothing.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kg.lang.de.names import NAME_PARTICLES
from kg.lang.de.orgs import (
    ADVERBIAL_NOMINALS,
    ARMED_HEADS,
    GROUP_NOUNS,
    NAME_HEADS,
    PROFESSION_PLURALS,
    is_media_noun,
    is_org_noun,
    org_head,
)
from kg.lang.de.titles import is_title
from kg.nlp import gazetteer
from kg.nlp.components.names import is_personal_name
from kg.nlp.components.org_acronyms import body_acronyms
from kg.nlp.components.org_churches import church_names
from kg.nlp.components.org_context import (
    _committee_names,
    _companies_in_context,
    _designations,
    _ensembles,
    _media_in_context,
    _media_names,
    _names_after_company_nouns,
    _party_adjectives,
    _party_members,
)
from kg.nlp.components.org_coordinated import coordinated_names
from kg.nlp.components.org_datelines import dateline_agencies
from kg.nlp.components.org_funds import fund_names
from kg.nlp.components.org_genitives import country_banks, genitive_names, members_names
from kg.nlp.components.org_groups import group_compounds
from kg.nlp.components.org_hosts import hosts_apart
from kg.nlp.components.org_leanings import leaning_names
from kg.nlp.components.org_members import member_of_names
from kg.nlp.components.org_names import (
    _NAMEISH,
    _NONE,
    _adjective_names,
    _apposition_names,
    _common_compound,
    _complement_names,
    _compound_names,
    _english_names,
    _intro_noun,
    _is_org_name,
    _legal_names,
    _party_branches,
    _place_adjective,
    _place_bodies,
    _placed_names,
    _Proposal,
    _unit_names,
)
from kg.nlp.components.org_partners import partner_firms
from kg.nlp.components.org_rivals import rival_companies
from kg.nlp.components.org_settlements import settlement_places
from kg.nlp.components.org_titled import titled_orgs
from kg.nlp.lexicon import (
    NOT_ONLY_A_FIRST_NAME,
    PERSON_NAME,
    Feature,
    has_table,
    word_features,
)

__all__ = ["OrgRules", "make_orgs"]


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
        complements = _complement_names(doc, toks, ents)
        proposals = (
            _adjective_names(doc, toks, ents)
            + _english_names(doc, toks, ents)
            + complements
            + genitive_names(doc, toks, ents, tagged)
            + members_names(doc, toks, ents)
            + country_banks(doc, toks, ents)
            + _party_branches(doc, toks)
            + _compound_names(doc, toks, ents)
            + group_compounds(doc, toks)
            + fund_names(doc, toks, ents)
            + _committee_names(doc, toks, ents)
            + _designations(doc, toks, ents)
            + _ensembles(doc, toks, ents)
            + _unit_names(doc, toks, ents)
            + _place_bodies(doc, toks, ents)
            + _placed_names(doc, toks, ents, tagged)
            + _apposition_names(doc, toks, ents, tagged)
            + _legal_names(doc, toks)
            + partner_firms(doc, toks, ents)
            + member_of_names(doc, toks, ents)
            + _media_names(doc, toks, ents, tagged)
            + coordinated_names(doc, toks, ents, tagged)
            + dateline_agencies(doc, toks, ents)
            + _party_members(doc, toks, ents)
            + _party_adjectives(doc, toks, ents)
            + leaning_names(doc, toks, ents)
            + _companies_in_context(doc, toks, ents)
            + rival_companies(doc, toks, ents)
            + _names_after_company_nouns(doc, toks, ents, tagged)
            + _media_in_context(doc, toks, ents)
            + titled_orgs(doc, toks, ents)
            + church_names(doc, toks, ents)
            + body_acronyms(doc, toks, ents)
        )
        for p in sorted(proposals, key=lambda p: (p.start - p.end, p.start)):
            ents = _apply(doc, ents, p, tagged)
        ents = _split_names(doc, ents, tagged)
        ents = hosts_apart(doc, ents, complements, tagged)
        made = {(p.start, p.end) for p in proposals}
        ents = [e for e in ents if not _is_junk(e, tagged, made)]
        ents = [t for e in ents if (t := _without_title(e, tagged)) is not None]
        ents = [t for e in ents if (t := _possessed(e, tagged, made)) is not None]
        ents = [_before_weekday(e, tagged) for e in ents]
        ents = settlement_places(ents, tagged, made)
        ents = [_after_title(e, tagged, made) for e in ents]
        ents = [_after_nationality(e, tagged, made) for e in ents]
        ents = [t for e in ents if (t := _before_clock(e)) is not None]
        ents = _without_descriptors(doc, ents)
        ents = _same_name(doc, ents, made)
        doc._.kg_org_names = {
            (e.start, e.end) for e in ents if (e.start, e.end) in made
        }
        if ents != list(doc.ents):
            doc.ents = ents
        return doc


def _same_name(doc: Doc, ents: list[Span], made: set[tuple[int, int]]) -> list[Span]:
    """Rule 12, one name per article: a name a rule above made an organisation
    ("des Digitalverbands Kimtex") is one wherever the article repeats it, as
    the model's person or MISC or unlabelled ("Kimtex zufolge", "Kimtex:"),
    unless the lexicon knows it as a person's name or one word of it as a
    common word ("Falter"). Adds the new spans to ``made``."""
    names: dict[tuple[str, ...], int] = {}
    for e in ents:
        if e.label_ == "ORG" and (e.start, e.end) in made and len(e) <= 3:
            words = tuple(t.text for t in e)
            if word_features(doc.vocab, words[-1]) & PERSON_NAME:
                continue
            if len(words) == 1 and _common_word(doc.vocab, words[0]):
                continue  # "im Falter" a medium, "ein Falter" an insect
            if words[0].isdigit():
                continue  # "und 3": not every number of the article
            names[words] = len(e)
    if not names:
        return ents
    firsts = {w[0] for w in names}
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for tok in doc:
        if tok.text not in firsts:
            continue
        for words, n in names.items():
            i, j = tok.i, tok.i + n
            if words[0] != tok.text or tuple(t.text for t in doc[i:j]) != words:
                continue
            over = {taken[k] for k in range(i, j) if k in taken}
            if any(o.label_ not in ("PER", "MISC") for o in over):
                continue
            if any(o.start != i or o.end != j for o in over):
                continue  # part of a longer name ("Kimtex Austria")
            out = [o for o in out if o not in over]
            out.append(Span(doc, i, j, label="ORG"))
            made.add((i, j))
    return sorted(out, key=lambda s: s.start)


# --- proposals ------------------------------------------------------------------------


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
        absorbed = (
            p.absorb >= 0
            and p.absorb <= e.start
            and (e.end <= p.end or e.end == p.end + 1 and doc[p.end].text == "e.V.")
        )
        if (e.start, e.end) in tagged:
            # the gazetteer wins, but a place it tagged is part of the name
            # (a place: "Wien" in "Pädagogische Hochschule Wien"), and so is an
            # owner in the genitive ("Internationales Schiedsgericht der Weltbank")
            owner = e.label_ == "ORG" and doc[e.start - 1].lower_ in ("der", "des")
            if p.branch and inside:
                continue  # "Salzburger ÖVP": the party's branch
            if _chamber_of_place(doc, e, p):
                continue  # "die Ärztekammer für Wien": the Land's chamber
            # a place before an armed force's word: "Separatistengruppe
            # Donbass Volkswehr"
            ends = e.end == p.end or (
                p.end - e.end == 1 and doc[e.end].lower_.endswith(ARMED_HEADS)
            )
            if not (inside and ends and (e.label_ == "LOC" or owner)):
                return ents
        elif e.label_ == "PER" and not (p.over_person and (inside or absorbed)):
            return ents
        elif not (inside or absorbed) and not _runs_on(doc, e, p):
            return ents
    if any(e.start == p.start and e.end == p.end and e.label_ == "ORG" for e in over):
        return ents
    kept = [e for e in ents if e not in over]
    # the front of a model organisation the proposal was glued to ("Migration
    # und Mehrsprachigkeit der| Pädagogischen Hochschule Steiermark") goes
    return sorted(
        [*kept, Span(doc, p.start, p.end, label="ORG")], key=lambda s: s.start
    )


def _chamber_of_place(doc: Doc, e: Span, p: _Proposal) -> bool:
    """The gazetteer's chamber ``e`` opens the proposal with "für" and its
    place: "die Ärztekammer für Wien" is that Land's chamber."""
    return (
        e.start == p.start
        and e.end < p.end
        and e.label_ == "ORG"
        and e.text.lower().endswith("kammer")
        and doc[e.end].lower_ == "für"
    )


def _runs_on(doc: Doc, e: Span, p: _Proposal) -> bool:
    """The model's MISC ``e`` is the proposal and lower-case words it ran on
    with ("Museum of Modern Art| in"): the proposal is the name."""
    return (
        e.label_ == "MISC"
        and p.start <= e.start
        and all(not t.text[:1].isupper() for t in doc[p.end : e.end])
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


def _possessed(
    ent: Span, tagged: dict[tuple[int, int], str], made: set[tuple[int, int]]
) -> Span | None:
    """Rule 9a: a model organisation of two words, a name in the genitive and
    a common noun, in either order, is a thing of the name, no organisation's
    name: "Straches Pinnwand", "Googles Software", "Immunität Sovas". The
    genitive stays an organisation if the gazetteer knows its stem as one
    ("Googles| Software": Google); else nothing is left. A noun of an
    organisation ("Vogels Verlag"), a noun that is a name or part of one
    ("Rotes Kreuz", "Siemens Healthineers") and a name ending in "s" itself
    ("Hermes Versand") stay."""
    if ent.label_ != "ORG" or len(ent) != 2:
        return ent
    if (ent.start, ent.end) in tagged or (ent.start, ent.end) in made:
        return ent
    for owner, noun in ((ent[0], ent[1].text), (ent[1], ent[0].text)):
        if not _genitive_name(owner) or not _plain_noun(ent.doc.vocab, noun):
            continue
        name = owner.text
        entry = gazetteer.lookup(name[:-1], label="ORG")
        if owner.i == ent.start and entry is not None and entry.label == "ORG":
            return Span(ent.doc, owner.i, owner.i + 1, label="ORG")
        if gazetteer.lookup(name) is not None:
            return ent  # a name of its own that ends in "s"
        if word_features(ent.doc.vocab, name) & _NAMES_ITSELF:
            return ent  # "Hermes"
        return None
    return ent


#: lexicon features of a word that is a name as it stands, not a genitive
_NAMES_ITSELF = frozenset({Feature.FIRST_NAME, Feature.SURNAME, Feature.TOPONYM})


def _genitive_name(tok: Token) -> bool:
    """``tok`` may be a name in the genitive: one capitalised word ending in
    "s", no common word ("Rotes", "Begriffs") unless the gazetteer knows it
    as an organisation's ("Apples")."""
    name = tok.text
    if not (name.isalpha() and name[:1].isupper() and name[1:].islower()):
        return False
    if not name.endswith("s") or name.endswith("ss"):
        return False
    vocab = tok.doc.vocab
    return not _common_word(vocab, name) or Feature.GAZ_ORG in word_features(
        vocab, name
    )


def _plain_noun(vocab: Vocab, word: str) -> bool:
    """``word`` is a common noun and no part of a name: not an organisation's
    head ("Verlag"), a medium's noun, a word the lexicon knows as a name or
    a part of one ("Kreuz", "Siemens")."""
    if not word.isalpha() or org_head(word, NAME_HEADS) or is_media_noun(word):
        return False
    if is_org_noun(word):
        return False  # "Mertens Verlag"
    feats = word_features(vocab, word)
    if feats & _NAMEISH or Feature.GAZ_PART in feats:
        return False
    if Feature.COMMON_NOUN in feats:
        return True
    return not feats and _common_compound(vocab, word)  # "Zulieferkette"


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


def _after_nationality(
    ent: Span, tagged: dict[tuple[int, int], str], made: set[tuple[int, int]]
) -> Span:
    """Rule 10b: a model organisation of an inhabitant noun and a name no
    common word is a person named with their nationality ("gegen Serben|
    Lajovic", "der Pole| Milik"): the name, a person. Not where the noun is
    part of names the gazetteer knows ("Deutsche Bank", "Schweizer Post") or
    the second word is a common word or an organisation's ("Griechen
    Telekom")."""
    if ent.label_ != "ORG" or len(ent) != 2:
        return ent
    if (ent.start, ent.end) in tagged or (ent.start, ent.end) in made:
        return ent
    first, second = ent[0].text, ent[1].text
    vocab = ent.doc.vocab
    if not (first.isalpha() and second.isalpha() and second[:1].isupper()):
        return ent
    if gazetteer.country_of(first) is None or gazetteer.lookup(first) is not None:
        return ent  # no inhabitant noun ("Polen" is the country)
    if Feature.GAZ_PART in word_features(vocab, first):
        return ent  # "Deutsche", "Schweizer": parts of names
    feats = word_features(vocab, second)
    if feats & {Feature.GAZ_ORG, Feature.GAZ_PART} or _common_word(vocab, second):
        return ent
    if second.isupper() or org_head(second, NAME_HEADS):
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label="PER")


#: a time of day as a programme listing gives it: "20.15", "6:30"
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[.:][0-5]\d$")


def _before_clock(ent: Span) -> Span | None:
    """Rule 10a: an organisation the model ran on past a time of day is the
    words before it, a channel in a programme listing ("ZDF Neo| 20.15
    Krimi-Abend"); ``None`` if the name starts with the time."""
    if ent.label_ != "ORG":
        return ent
    cut = next((t.i for t in ent if _CLOCK.match(t.text)), None)
    if cut is None:
        return ent
    if cut == ent.start:
        return None
    return Span(ent.doc, ent.start, cut, label="ORG")


#: words that open a day of the week after a name ("am Sonntag", "vom Montag")
_DAY_WORDS = frozenset({"am", "vom", "an", "seit", "bis"})
#: the days of the week
_WEEKDAYS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag".split()
)


def _before_weekday(ent: Span, tagged: dict[tuple[int, int], str]) -> Span:
    """Rule 10c: a model organisation run on past a name into a day of the
    week ("sagte Premier Valls| am Sonntag", "die Zeitung Express| am
    Sonntag") ends before it; a name the gazetteer knows with its day stays
    ("Welt am Sonntag", "Bild am Sonntag")."""
    if ent.label_ != "ORG" or (ent.start, ent.end) in tagged:
        return ent
    doc = ent.doc
    for k in range(ent.start + 1, ent.end - 1):
        if doc[k].lower_ in _DAY_WORDS and doc[k + 1].lower_ in _WEEKDAYS:
            if gazetteer.lookup(ent.text) is not None:
                return ent
            return Span(doc, ent.start, k, label="ORG")
    return ent


def _without_descriptors(doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 11: the descriptors right before a name dropped, a quoted name
    after one labelled an organisation."""
    bodies = doc._.kg_bodies if doc.has_extension("kg_bodies") else None
    out: list[Span] = []
    skip: Span | None = None
    for k, e in enumerate(ents):
        if e is skip:
            continue
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        quoted = _descriptor_of(doc, e, nxt, bodies or {})
        if quoted is None:
            out.append(e)
            continue
        assert nxt is not None
        if quoted and nxt.label_ == "MISC":
            out.append(Span(doc, nxt.start, nxt.end, label="ORG"))
            skip = nxt
    return out


def _descriptor_of(
    doc: Doc, e: Span, nxt: Span | None, bodies: dict[tuple[int, int], object]
) -> bool | None:
    """Whether the organisation ``e`` describes the name ``nxt`` right after
    it (True when that name is in quotes), or None if it does not."""
    if e.label_ != "ORG" or nxt is None or len(e) > 3:
        return None
    gap = nxt.start - e.end
    quoted = gap == 1 and doc[e.end].text in _OPENING_QUOTES
    if not (gap == 0 and nxt.label_ == "ORG" or quoted and nxt.label_ in _NAMED):
        return None
    head = doc[e.end - 1].text
    body = (e.start, e.end) in bodies
    if not body and _intro_noun(head) is None:
        return None
    for t in doc[e.start : e.end - 1]:
        text = t.text
        if t.is_lower and t.is_alpha and _place_adjective(text) is not None:
            continue  # "des französischen"
        if text[:1].isupper() and text.endswith("er") and text[1:].islower():
            continue  # "Wiener", "Grazer": a city's adjective
        return None
    if len(e) == 1 and not (body or quoted):
        return None  # "Konzern" alone is the model's own doing; keep it
    return quoted


#: quotes that open a name ("„Falter“", "»Falter«", "\"Falter\"")
_OPENING_QUOTES = frozenset({"„", "»", '"', "“", "«"})
#: labels of a name that a descriptor can stand before in quotes
_NAMED = frozenset({"ORG", "MISC"})


_PROFESSIONS = tuple(PROFESSION_PLURALS)


def _is_junk(
    ent: Span,
    tagged: dict[tuple[int, int], str],
    made: set[tuple[int, int]],
) -> bool:
    """A plural noun for a group of people (:data:`GROUP_NOUNS`:
    "Separatisten"), a city's or country's adjective before a profession in
    the plural ("Wiener Forscher", :data:`PROFESSION_PLURALS`), or a one-word
    organisation the gazetteer does not know and the lexicon knows as no kind
    of name that is a word other than a noun ("Wahlweise", "Beerbt",
    "Beides") or a compound ending in a common noun ("Vorgehensweise",
    "Anschlusszüge"), unless a rule of this module named it (``made``). A
    plain common noun stays: the lexicon cannot tell "Pulk" from "Nasa" or
    "Dynamo"."""
    if ent.label_ != "ORG" or (ent.start, ent.end) in tagged:
        return False
    if (
        len(ent) == 2
        and ent[1].lower_.endswith(_PROFESSIONS)
        and _place_adjective(ent[0].text) is not None
    ):
        return True  # "Wiener Forscher", "Wiener Mordkommissare": people, no body
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("im", "am"):
        if ent[0].lower_ in ADVERBIAL_NOMINALS:
            return True  # "im Allgemeinen für Mathematik …": an adverb, no name
    if len(ent) != 1:
        return False
    text = ent.text
    if text.lower() in GROUP_NOUNS:
        return True  # "die Separatisten": people, no organisation's name
    if _glued(ent.doc.vocab, text):
        return True  # "9,80Bronze", "PunkteSilber": a results list run together
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
    # a compound a rule of this module named from its context stays ("ein
    # Bericht des Tagespiegel")
    return (ent.start, ent.end) not in made and _common_compound(vocab, text)


#: a number run into a capitalised word ("9,80Bronze"), or a German plural
#: run into a capitalised word ("PunkteSilber", "SekundenSilber")
_GLUED_NUMBER = re.compile(r"^\d[\d.,:]*[A-ZÄÖÜ][a-zäöüß]+$")
_GLUED_WORDS = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{2,}[en])([A-ZÄÖÜ][a-zäöüß]{3,})$")


def _glued(vocab: Vocab, text: str) -> bool:
    """``text`` is two words run together where a space or a line break was
    lost: a number and a word ("9,80Bronze"), or two common nouns, the first
    a German plural ("PunkteSilber"; not a name in camel case like "OnePlus",
    "SoundCloud")."""
    if _GLUED_NUMBER.match(text):
        return True
    m = _GLUED_WORDS.match(text)
    return m is not None and all(
        word_features(vocab, w) & {Feature.COMMON_NOUN} for w in m.groups()
    )


@Language.factory("kg_orgs")
def make_orgs(nlp: Language, name: str) -> OrgRules:
    """Build the ``kg_orgs`` component (no settings: it reads the pipeline's
    lexicon table and the gazetteer)."""
    return OrgRules(nlp, name)
