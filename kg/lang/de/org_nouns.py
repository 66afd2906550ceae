"""German nouns for a kind of organisation that stand before its name ("der
Energiekonzern Engie", "die Zeitung Haaretz", "die Partei MPLA"), split out
of :mod:`kg.lang.de.orgs`, which re-exports them.

>>> org_noun("Energiekonzerns"), is_media_noun("Wochenzeitung")
('konzern', True)
"""

from __future__ import annotations

from functools import lru_cache

__all__ = [
    "COMPANY_NOUNS",
    "DESCRIPTOR_NOUNS",
    "MEDIA_NOUNS",
    "UNIT_KINDS",
    "ORG_NOUNS",
    "TITLED_KINDS",
    "BARE_ORG_NOUNS",
    "SLOGAN_KINDS",
    "SLOGAN_LINKS",
    "SLOGAN_ARTICLES",
    "NAMING_NOUNS",
    "CLUB_NOUNS",
    "CLUB_WORDS",
    "FIRM_NAME_WORDS",
    "GROUP_COMPOUND_HEADS",
    "FUND_KINDS",
    "RIVAL_NOUNS",
    "TRADE_RIVAL_NOUNS",
    "PLACE_GROUP_HEADS",
    "is_company_noun",
    "org_noun",
    "is_org_noun",
    "is_descriptor",
    "is_descriptor_form",
    "is_media_noun",
    "HEAD_OFFICE_NOUNS",
    "OFFICE_HOLDERS",
    "is_office_holder",
    "CHURCH_ADJECTIVES",
    "is_church_adjective",
]

#: nouns (and last parts of compounds) for a company that stand before its
#: name in apposition: "die Tochter Zielpunkt GmbH", "der Konzern Signa
#: Holding"
COMPANY_NOUNS = (
    "tochter",
    # "der IT-Dienstleister Atos"
    "dienstleister",
    "konzern",
    "firma",
    "unternehmen",
    "gesellschaft",
    "händler",
    "kette",
    "hersteller",
    # "der Autobauer Opel", "der Flugzeugbauer Airbus"
    "autobauer",
    "wagenbauer",
    "flugzeugbauer",
    "maschinenbauer",
    "anlagenbauer",
    # "der Autozulieferer Brose", "der Energieversorger EVN"
    "zulieferer",
    "versorger",
    "versicherer",
    "mobilfunker",
    "anbieter",
    "organisation",
    "diskonter",
    "supermarkt",
    "drogerie",
)

#: nouns (and last parts of compounds) for a kind of organisation that stand
#: before its name in apposition and that the model runs into the name: "das
#: Social Network Facebook", "die Jihadistengruppe Boko Haram", "der
#: Onlinehändler Amazon" (besides :data:`COMPANY_NOUNS` and :data:`MEDIA_NOUNS`)
DESCRIPTOR_NOUNS = (
    "network",
    "netzwerk",
    "plattform",
    "dienst",
    "miliz",
    "gruppe",
    "gruppierung",
    "bewegung",
    "suchmaschine",
    "riese",
    "partei",
    "verein",
    "klub",
    "club",
)

#: nouns (and the last parts of compounds) that introduce the name of a
#: newspaper, broadcaster, magazine or news agency: "die Zeitung Haaretz",
#: "der Fernsehsender Rossija 1"
MEDIA_NOUNS = (
    "zeitung",
    "blatt",
    "sender",
    "agentur",
    "magazin",
    "zeitschrift",
    "portal",
    "website",
    "webseite",
    "tageszeitung",
    "wochenzeitung",
    "nachrichtenagentur",
    "medium",
    # a scientific journal: "im Fachjournal Nature", "das Wissenschaftsjournal
    # Phytotaxa"
    "journal",
)

#: nouns of :data:`ORG_NOUNS` for an armed unit, which is named with its noun
#: ("Freiwilligenbataillon Asow", "Spezialeinheit Cobra"; "die Partei MPLA" is
#: MPLA)
UNIT_KINDS = (
    "bataillon",
    "brigade",
    "regiment",
    "division",
    "spezialeinheit",
    "sondereinheit",
    "eliteeinheit",
)

#: nouns (and the last parts of compounds) for a kind of organisation that
#: stand before its name in apposition: "die Islamistengruppe Ansar Dine",
#: "der Energiekonzern Engie", "die Partei MPLA", "der Mobilbetreiber
#: Vivacom"; not nouns for a person ("Berater", "Händler", "Tochter")
ORG_NOUNS = (
    "partei",
    "gruppe",
    "miliz",
    # armed units named after their kind ("das Freiwilligenbataillon Asow",
    # "die Spezialeinheit Cobra", "die Brigade Al-Quds")
    *UNIT_KINDS,
    "bewegung",
    "gewerkschaft",
    # a secret service: "der Geheimdienst Mossad", "des Inlandsgeheimdienstes
    # FSB"
    "geheimdienst",
    "nachrichtendienst",
    # a private bank, whose noun is part of its name: "das Bankhaus Spängler"
    "bankhaus",
    "konzern",
    # a holding company: "die Staatsholding ÖBAG", "der Holding Signa"; one
    # word alone is no name ("der Chef der Staatsholding")
    "holding",
    # "das Konsortium Toll Collect", "des Bieterkonsortiums X"
    "konsortium",
    "firma",
    "kanzlei",
    "bürgerinitiative",
    # "die Initiative Heimat ohne Hass", "das Aktionsbündnis Stopp X"
    "initiative",
    "bündnis",
    "organisation",
    "verein",
    # "der Digitalverband Bitkom", "das Entwicklerstudio Madmind", "das
    # Kollektiv Anonymous", "das Startup Robo"
    "verband",
    "studio",
    "kollektiv",
    "startup",
    # a company by its trade: "beim Vermarkter Httpool", "des
    # Gasmonopolisten Naftogas"
    "vermarkter",
    "monopolist",
    "mobilbetreiber",
    "netzbetreiber",
    # "der Mobilfunker Drei", "der Streaminganbieter Netflix"
    "mobilfunker",
    "anbieter",
    "gesellschaft",
    "großbank",
    "investmentbank",
    "fonds",
    "unternehmen",
    "autobauer",
    "flugzeugbauer",
    "maschinenbauer",
    "anlagenbauer",
    "zulieferer",
    "versorger",
    "hersteller",
    # a trader by its trade, not "Händler" alone nor "Waffenhändler",
    # "Kunsthändler" (persons): "des Onlinehändlers Zalando"
    "onlinehändler",
    "versandhändler",
    "internethändler",
    "einzelhändler",
    "großhändler",
    "modehändler",
    "textilhändler",
    "elektronikhändler",
    "möbelhändler",
    "lebensmittelhändler",
    "dienstleister",
    "versicherer",
    "kette",
    "verlag",
    "institut",
    "klub",
    "club",
    # a club by its league: "der Zweitligist St. Pölten", "des Drittligisten
    # Energie Cottbus", "beim Bundesligisten Hertha BSC"
    "ligist",
    # a museum named after its founder or collection: "das Museum Ludwig"
    "museum",
    # an electoral list: "die Liste Fritz", "für die Liste Die Unabhängigen"
    # (the bare word only, :data:`BARE_ORG_NOUNS`)
    "liste",
)

#: nouns of :data:`ORG_NOUNS` whose name may open with a capitalised article:
#: "die Partei Die Linke", "die Liste Die Unabhängigen" (not "die Gruppe Die
#: Ärzte", a band)
TITLED_KINDS = ("partei", "liste", "initiative", "bewegung", "bündnis")

#: nouns of :data:`ORG_NOUNS` that name a kind of organisation only as a word
#: of their own: "die Liste Fritz" is a party's list, "die Bestsellerliste",
#: "die Rangliste" none
BARE_ORG_NOUNS = ("liste",)

#: nouns of :data:`ORG_NOUNS` for a group named by a slogan: a common noun, a
#: word of :data:`SLOGAN_LINKS` and a capitalised word after them are one name
#: ("die Initiative Heimat ohne Hass", "die Bewegung Block gegen den Islam",
#: "das Bündnis Arbeit für Alle")
SLOGAN_KINDS = ("initiative", "bewegung", "bündnis")

#: prepositions inside a slogan name (:data:`SLOGAN_KINDS`), each with the
#: articles that may follow it
SLOGAN_LINKS = frozenset("ohne gegen für statt im zur zum".split())
SLOGAN_ARTICLES = frozenset("der die das den dem des".split())

#: nouns of :data:`ORG_NOUNS` that are part of the name after them, like an
#: armed unit's (:data:`UNIT_KINDS`): "das Museum Ludwig", "im Museum
#: Folkwang", "das Bankhaus Spängler"; "das Kunstmuseum Basel" is a museum
#: and its place
NAMING_NOUNS = ("museum", "bankhaus")

#: nouns of :data:`ORG_NOUNS` after which a place is the club's name ("der
#: Zweitligist St. Pölten"), not the place of a kind of organisation
CLUB_NOUNS = ("ligist",)

#: words for a club after which a place is the club's name ("beim Serie-A-Klub
#: Hellas Verona", "vom Klub Zaria Balti"), as a word of its own or the end of
#: a hyphenated compound: in "Yachtklub Neusiedl" the noun is part of the name
CLUB_WORDS = ("Klub", "Club")

#: common words that name a firm when written capitalised right after a
#: noun for a company or in a list of firms: number words, which German
#: writes in lower case ("der Mobilfunker Drei", "die Sender Eins und Sieben"),
#: and colours ("die Mobilfunker Drei und Magenta"); lower case
FIRM_NAME_WORDS = frozenset(
    "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf "
    "magenta orange".split()
)

#: last parts, as written, of a hyphenated compound that names a group of
#: firms, a holding or a centre after its owner or founder: "die
#: Wendel-Gruppe", "die Accor-Gruppe", "der Magna-Konzern", "das
#: Kluge-Zentrum"; singular forms only ("Facebook-Gruppen" are groups on
#: Facebook)
GROUP_COMPOUND_HEADS = frozenset(
    {"Gruppe", "Holding", "Konzern", "Konzerns", "Zentrum", "Zentrums"}
)

#: heads of :data:`GROUP_COMPOUND_HEADS` after which a place names a group too
#: ("die Visegrád-Gruppe", "die Bessarabien-Gruppe"); "das Wien-Zentrum" is
#: part of a town
PLACE_GROUP_HEADS = frozenset({"Gruppe", "Holding"})

#: first parts of a compound of "-fonds" that name a kind of fund, not one
#: public fund ("des Investmentfonds", "ein Hedgefonds", "den Staatsfonds";
#: "den Insolvenzentgeltfonds", "des Wissenschaftsfonds" are one each)
FUND_KINDS = (
    "hedge",
    "investment",
    "investitions",
    "staats",
    "pensions",
    "renten",
    "vorsorge",
    "aktien",
    "anleihe",
    "immobilien",
    "index",
    "geldmarkt",
    "beteiligungs",
    "risiko",
    "offshore",
    "dach",
    "misch",
    "spezial",
    "publikums",
    "rettungs",
    "hilfs",
    "krisen",
    "sonder",
    "wachstums",
    "zukunfts",
    "infrastruktur",
    "struktur",
    "themen",
    "garantie",
    "abwicklungs",
    "stabilitäts",
)

#: nouns (and the last parts of compounds) for a rival, in any case, after
#: which a company that is a common word or a surname too is named when the
#: rival's organisation is before the hyphen: "vom ÖBB-Konkurrenten
#: Westbahn", "der Lidl-Rivale Hofer"; not "Partner" ("der Koalitionspartner
#: Hofer" is a person)
RIVAL_NOUNS = (
    "konkurrent",
    "konkurrenten",
    "mitbewerber",
    "mitbewerbern",
    "rivale",
    "rivalen",
    "wettbewerber",
    "wettbewerbern",
)
#: nouns of :data:`RIVAL_NOUNS` for a rival in trade, which name no candidate
#: for an office: "den Mitbewerbern Spar", "der Wettbewerber Hofer"
TRADE_RIVAL_NOUNS = ("mitbewerber", "mitbewerbern", "wettbewerber", "wettbewerbern")

#: compounds of an organisation noun that name no organisation
_NOT_ORG_NOUNS = (
    "altersgruppe",
    "zielgruppe",
    "berufsgruppe",
    "volksgruppe",
    "bevölkerungsgruppe",
    "personengruppe",
    "menschenkette",
    "lieferkette",
    "zivilgesellschaft",
    # a venue, not a club
    "nachtklub",
    "nachtclub",
    "musikclub",
    "musikklub",
    "jazzclub",
    "stripclub",
)


def is_company_noun(word: str) -> bool:
    """``word`` is a noun for a company ("Tochter", "Handelskette"), not a name."""
    return word[:1].isupper() and word.lower().endswith(COMPANY_NOUNS)


def _noun_forms(word: str) -> tuple[str, ...]:
    """The last part of ``word`` in lower case, bare and without a case or
    plural ending ("TV-Senders" -> "senders", "sender")."""
    low = word.lower().rsplit("-", 1)[-1]
    return (low, *(low[: -len(e)] for e in ("en", "es", "n", "s") if low.endswith(e)))


@lru_cache(maxsize=65536)
def org_noun(word: str) -> str | None:
    """The noun of :data:`ORG_NOUNS` that ``word`` names a kind of
    organisation with, before the name of one ("Islamistengruppe" ->
    "gruppe", "Energiekonzerns" -> "konzern", "Parteien" -> "partei"), else
    ``None``: not "Altersgruppe", nor "Gesellschaft" alone (society)."""
    if not word[:1].isupper():
        return None
    forms = _noun_forms(word)
    if any(f.endswith(_NOT_ORG_NOUNS) or f == "gesellschaft" for f in forms):
        return None
    # one test in C first: most words end with none of them
    return next(
        (
            n
            for f in forms
            if f.endswith(ORG_NOUNS)
            for n in ORG_NOUNS
            if f.endswith(n) and (f == n or n not in BARE_ORG_NOUNS)
        ),
        None,
    )


def is_org_noun(word: str) -> bool:
    """``word`` names a kind of organisation (:func:`org_noun`)."""
    return org_noun(word) is not None


def is_descriptor(word: str) -> bool:
    """``word`` names a kind of organisation, not one organisation: "Network",
    "Jihadistengruppe", "Onlinehändler", "Nachrichtenagentur"."""
    low = word.lower()
    return word[:1].isupper() and low.endswith(
        DESCRIPTOR_NOUNS + COMPANY_NOUNS + MEDIA_NOUNS
    )


def is_descriptor_form(word: str) -> bool:
    """:func:`is_descriptor` of ``word`` in any case or number: "des
    Paketdiensts", "des Onlinehändlers", "der Softwareherstellers"."""
    return word[:1].isupper() and any(
        f.endswith(DESCRIPTOR_NOUNS + COMPANY_NOUNS + MEDIA_NOUNS)
        for f in _noun_forms(word)
    )


def is_media_noun(word: str) -> bool:
    """``word`` names a kind of medium: "Zeitung", "Fernsehsender",
    "Nachrichtenagentur", "Bild-Zeitung" (the last would be a name itself and
    is left to the caller)."""
    return word.lower().endswith(MEDIA_NOUNS)


#: nouns of the office that works for a head of state, government, town or
#: ministry and speaks for them ("das Büro des Ministerpräsidenten",
#: "Netanjahus Büro", "das Büro von Präsident X"); "Amt" is left out, as "das
#: Amt des Präsidenten" is mostly the post
HEAD_OFFICE_NOUNS = frozenset(
    {"Büro", "Büros", "Pressebüro", "Pressebüros", "Präsidialbüro", "Präsidialbüros"}
)

#: heads whose office (:data:`HEAD_OFFICE_NOUNS`) is named after them, as the
#: last part of the word in the genitive ("des Ministerpräsidenten", "des
#: britischen Premierministers", "der Bürgermeisterin")
OFFICE_HOLDERS = (
    "präsident",
    "präsidentin",
    "premierminister",
    "premierministerin",
    "premier",
    "kanzler",
    "kanzlerin",
    "regierungschef",
    "regierungschefin",
    "staatschef",
    "staatschefin",
    "bürgermeister",
    "bürgermeisterin",
    "gouverneur",
    "gouverneurin",
    "minister",
    "ministerin",
    "könig",
    "königin",
    "emir",
    "generalsekretär",
    "generalsekretärin",
    "papst",
)


def is_office_holder(word: str) -> bool:
    """``word`` is a head of :data:`OFFICE_HOLDERS` in the genitive, alone or
    as the last part of a compound: "Ministerpräsidenten", "Premierministers",
    "Bürgermeisterin", "Papstes"."""
    if not word[:1].isupper():
        return False
    low = word.lower()
    for ending in ("en", "es", "s", "n", ""):
        if ending and not low.endswith(ending):
            continue
        if low[: len(low) - len(ending)].endswith(OFFICE_HOLDERS):
            return True
    return False


#: adjectives of a Christian denomination, as the last part of a hyphenated
#: adjective ("russisch-orthodox", "evangelisch-lutherisch"), that make
#: "Kirche" after them a church as an institution ("die katholische Kirche",
#: "die koptische Kirche Ägyptens"); "die Kirche" alone is no name
CHURCH_ADJECTIVES = frozenset(
    {
        "katholisch",
        "evangelisch",
        "lutherisch",
        "orthodox",
        "anglikanisch",
        "koptisch",
        "protestantisch",
        "reformiert",
        "methodistisch",
        "presbyterianisch",
        "baptistisch",
        "maronitisch",
        "chaldäisch",
        "melkitisch",
        "armenisch-apostolisch",
        "apostolisch",
        "altkatholisch",
        "episkopal",
        "syrisch-orthodox",
    }
)


def is_church_adjective(word: str) -> bool:
    """``word`` is an inflected adjective of :data:`CHURCH_ADJECTIVES`, alone or
    after a hyphen: "katholische", "Russisch-Orthodoxen", "koptischen"."""
    low = word.lower()
    for ending in ("e", "en", "er", "es"):
        if low.endswith(ending):
            stem = low[: -len(ending)]
            if (
                stem in CHURCH_ADJECTIVES
                or stem.rpartition("-")[2] in CHURCH_ADJECTIVES
            ):
                return True
    return False
