"""German words that make a name an organisation's: the head nouns of
organisation names, the legal forms of companies and the nouns and words that
introduce a newspaper, a broadcaster or an agency.

Heads are stems in lower case; :func:`org_head` reads a word's last part
("Küstendivision", "Landeskriminalamt", "Al-Nusra-Brigaden") with the German
inflection endings ("Oberlandesgerichts", "Milizen").

Example
-------
>>> org_head("Küstendivision"), org_head("Oberlandesgerichts"), org_head("Gesamt")
('division', 'gericht', None)
>>> "GmbH" in LEGAL_FORMS, is_legal_form("HandelsgmbH")
(True, True)
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lang.de.org_nouns import (
    BARE_ORG_NOUNS,
    CLUB_NOUNS,
    CLUB_WORDS,
    COMPANY_NOUNS,
    DESCRIPTOR_NOUNS,
    FIRM_NAME_WORDS,
    MEDIA_NOUNS,
    NAMING_NOUNS,
    ORG_NOUNS,
    SLOGAN_ARTICLES,
    SLOGAN_KINDS,
    SLOGAN_LINKS,
    TITLED_KINDS,
    UNIT_KINDS,
    _noun_forms,
    is_company_noun,
    is_descriptor,
    is_descriptor_form,
    is_media_noun,
    is_org_noun,
    org_noun,
)

__all__ = [
    "BARE_ORG_NOUNS",
    "HOST_HEADS",
    "LEANING_STEMS",
    "GENITIVE_HEADS",
    "MEMBERS_HEADS",
    "FIRM_NAME_WORDS",
    "ARMED_HEADS",
    "COUNTRY_BANK_HEADS",
    "CLUB_NOUNS",
    "CLUB_WORDS",
    "SLOGAN_ARTICLES",
    "SLOGAN_KINDS",
    "SLOGAN_LINKS",
    "TITLED_KINDS",
    "ADVERBIAL_NOMINALS",
    "REFERENCE_HEADS",
    "APPOSITION_HEADS",
    "BODY_HEADS",
    "EVENT_HEADS",
    "EVENT_ENDINGS",
    "GROUP_NOUNS",
    "UNIT_KINDS",
    "UNIT_NOUNS",
    "CHANNEL_NOUNS",
    "SOCIAL_NETWORKS",
    "CHANNEL_PREPOSITIONS",
    "IN_PLACE_HEADS",
    "LOCAL_BODY_HEADS",
    "IN_PLACE_ARTICLES",
    "PLACED_HEADS",
    "COMPANY_NOUNS",
    "COMPOUND_HEADS",
    "INDEFINITES",
    "DESCRIPTOR_NOUNS",
    "LEGAL_FORMS",
    "MEDIA_CUES",
    "MEDIA_NOUNS",
    "ORG_NOUNS",
    "NOT_HEADS",
    "NAME_HEADS",
    "is_company_noun",
    "is_unit_kind",
    "is_unit_noun",
    "is_descriptor",
    "is_descriptor_form",
    "is_legal_form",
    "is_media_noun",
    "ENGLISH_HEADS",
    "ENGLISH_OF_HEADS",
    "is_org_noun",
    "org_noun",
    "org_head",
]

#: last parts of a compound that make it an organisation when a place or a
#: name part goes with it ("Landeskriminalamt Stuttgart", "Qassam-Brigaden");
#: the bare word is a generic noun ("das Landgericht")
COMPOUND_HEADS = (
    "ministerium",
    "amt",
    # a customs or tax investigation service with its region or city: "die
    # Zollfahndung Niederösterreich", "die Steuerfahndung Wien"
    "fahndung",
    "gericht",
    "gerichtshof",
    "kammer",
    "brigade",
    "division",
    "miliz",
    "partei",
    "gewerkschaft",
    "agentur",
    "kommission",
    "institut",
    "stiftung",
    "verband",
    "hochschule",
    "universität",
    "staatsanwaltschaft",
    "polizeidirektion",
    "bataillon",
    "regiment",
    "armee",
    "front",
    "sparkasse",
    "akademie",
    "museum",
    "bibliothek",
    "klinik",
    "landtag",
    "klinikum",
    "krankenhaus",
    "ausschuss",
    "inspektion",
    "studio",
    "hauptmannschaft",
    # a fire brigade with its town: "die Freiwillige Feuerwehr Feldkirchen",
    # "die Berufsfeuerwehr Wien" (the bare "Feuerwehr" is none)
    "feuerwehr",
    # a group or a movement named before a hyphen: "die Visegrád-Gruppe", "die
    # Pegida-Bewegung" (not after a common noun: "Risiko-Gruppe")
    "gruppe",
    "bewegung",
)

#: heads of a public body named by its place's adjective: "die türkische
#: Wahlkommission", "die jemenitische Antikenbehörde", "die Luxemburger
#: Steuerverwaltung", "die bayerische Polizei" (not a kind named so: "die
#: palästinensische Nachrichtenagentur", "die syrische Kurdenmiliz")
BODY_HEADS = (
    "ministerium",
    "amt",
    "gericht",
    "gerichtshof",
    "kammer",
    "kommission",
    "staatsanwaltschaft",
    "polizeidirektion",
    "landtag",
    "behörde",
    "verwaltung",
    "regierung",
    "polizei",
    "volkspartei",
    "hochschule",
    "universität",
    # a city's company by its adjective: "die Danziger Werft", "die Linzer
    # Stadtwerke", "die Grazer Verkehrsbetriebe"
    "werft",
    "stadtwerke",
    "verkehrsbetriebe",
)

#: heads of a body that the definite article and "in" with a city after it
#: name, also as the bare noun: "das Gericht in Straßburg", "die Botschaft in
#: Kiew", "die Universität in Graz" (a compound of a :data:`COMPOUND_HEADS`
#: head does too: "das Landesgericht in Wien", "die Kunstakademie in Rom");
#: "ein Gericht in Wien" is any one
IN_PLACE_HEADS = (
    "gericht",
    "gerichtshof",
    "staatsanwaltschaft",
    "universität",
    "hochschule",
    "akademie",
    "botschaft",
    "konsulat",
    "generalkonsulat",
)

#: heads of a local body that the definite article, "in" or "von" and a city
#: or a region after it name (bare or as a compound): "die Polizei in British
#: Columbia", "die Staatsanwaltschaft von Innsbruck", "die Stadtverwaltung
#: von Lyon", "die Landesregierung in Kärnten"; a bare "Regierung" of a
#: capital is the country's (kg.extract), and a country's police is its
#: national body, so neither is here
LOCAL_BODY_HEADS = (
    "polizei",
    "staatsanwaltschaft",
    "verwaltung",
    "stadtregierung",
    "landesregierung",
    "provinzregierung",
    "regionalregierung",
    "gericht",
    "gerichtshof",
    "feuerwehr",
)

#: definite articles and their contractions with a preposition before such a
#: body ("am Landesgericht in Wien", "vom Gericht in Straßburg")
IN_PLACE_ARTICLES = frozenset("der die das des dem den am im vom zum zur beim".split())

#: parts of an organisation that a compound with its name names as a body of
#: their own ("ORF-Generaldirektion", "Post-Vorstand", "Grünen-Fraktion",
#: "ORF-Landesstudio"): lower-case words, with case endings; a body and the
#: larger body it belongs to are two (bench/extract_gold.md), and the compound
#: counts as the part only; not a seat ("Parteizentrale", "Konzernzentrale":
#: mostly the building)
UNIT_NOUNS = (
    "generaldirektion",
    "generalintendanz",
    "geschäftsführung",
    "direktion",
    "vorstand",
    "aufsichtsrat",
    "stiftungsrat",
    "verwaltungsrat",
    "betriebsrat",
    "zentralbetriebsrat",
    "präsidium",
    "landesstudio",
    "korrespondentenbüro",
    "fraktion",
    "parlamentsklub",
    "chefredaktion",
    "parteivorstand",
    "bundesvorstand",
    "landesvorstand",
    "jugendorganisation",
)

#: plural nouns for a group of people that the model tags as an
#: organisation, none without a name ("die Separatisten", "Rebellen"; a named
#: group is one: "Huthi-Rebellen", "die Taliban"); lower case, with the dative
#: "-n" ("den Aufständischen")
GROUP_NOUNS = frozenset(
    {
        "separatisten",
        "rebellen",
        "aufständische",
        "aufständischen",
        "islamisten",
        "dschihadisten",
        "jihadisten",
        "extremisten",
        "terroristen",
        "aktivisten",
        "demonstranten",
        "regierungsgegner",
        "regierungstruppen",
        "sicherheitskräfte",
        "sicherheitskräften",
        "milizionäre",
        "milizionären",
        "kämpfer",
        "kämpfern",
        # ethnic groups in the plural, as US news writes them ("die Stimmen der
        # Latinos")
        "hispanics",
        "latinos",
        "latinas",
    }
)

#: plural nouns of a profession that a city adjective before them does not
#: make a body: "Wiener Forscher", "Grazer Psychologen" (people, no
#: organisation; "Wiener Philharmoniker" is one)
PROFESSION_PLURALS = frozenset(
    """
    forscher forscherinnen wissenschaftler wissenschafterinnen wissenschafter
    psychologen mediziner ärzte experten studenten studierende juristen
    anwälte ökonomen politiker historiker archäologen biologen physiker
    kommissare polizisten ermittler
    """.split()
)

#: adjectives used as nouns after "im"/"am" in adverbs ("im Allgemeinen", "im
#: Wesentlichen", "am Rande"): a model organisation opening with one is none
ADVERBIAL_NOMINALS = frozenset(
    """
    allgemeinen wesentlichen besonderen einzelnen folgenden übrigen ganzen
    großen kleinen klaren vorhinein nachhinein vorfeld
    """.split()
)

#: English words that make a name an event's, no organisation's ("Mobile
#: World Congress" is not here: "Congress" is a parliament too; nor "Games":
#: "Northway Games" is a studio): "Eurobest Festival", "Web Summit",
#: "Cannes Lions International Festival of Creativity"
EVENT_HEADS = frozenset(
    {
        "Festival",
        "Summit",
        "Conference",
        "Awards",
        "Championship",
        "Championships",
        "Expo",
    }
)

#: lower-case endings of German compounds that name an event ("Filmfestival",
#: "Klimagipfel", "Tennisturnier", "Weltmeisterschaft"); not "-konferenz"
#: ("Bischofskonferenz" is a body) nor "-kongress" ("US-Kongress")
EVENT_ENDINGS = ("festival", "gipfel", "turnier", "meisterschaft")

#: lower-case endings of nouns for an agreement whose name can follow them
#: ("das Datenschutzabkommen Safe Harbor", "ein Abkommen, das unter dem Namen
#: X bekannt wurde"): a person the model sees there is the agreement's name
AGREEMENT_ENDINGS = ("abkommen", "vertrag", "pakt", "vereinbarung")

#: words that introduce a name after its noun: "unter dem Namen X", "namens X"
NAMING_WORDS = (("unter", "dem", "namen"), ("mit", "dem", "namen"), ("namens",))

_UNIT_STEMS = frozenset(u.rstrip("sn") for u in UNIT_NOUNS)

#: social networks and messengers, which German news names as the channel of
#: a post ("schrieb auf Twitter", "auf seiner Facebook-Seite", "via
#: Instagram"): no actor there (bench/extract_gold.md), the company elsewhere
#: ("Facebook-Chef Mark Zuckerberg", "bei Facebook beschäftigt")
SOCIAL_NETWORKS = frozenset(
    {
        "Facebook",
        "Twitter",
        "Instagram",
        "YouTube",
        "Youtube",
        "TikTok",
        "Snapchat",
        "WhatsApp",
        "Whatsapp",
        "Telegram",
        "LinkedIn",
        "Reddit",
        "Tumblr",
        "Weibo",
    }
)


#: prepositions before a social network named as the channel of a post ("auf
#: Facebook", "über Twitter", "via Instagram", "per Whatsapp"; not "bei
#: Facebook", an employer), lower case
CHANNEL_PREPOSITIONS = frozenset({"auf", "über", "via", "per"})


#: heads of a compound with a social network that name a post or a page on
#: it, not the company ("Facebook-Seite", "Twitter-Meldungen",
#: "Instagram-Account"); lower-case stems, with plural and case endings
CHANNEL_NOUNS = (
    "seite",
    "account",
    "konto",
    "profil",
    "post",
    "posting",
    "eintrag",
    "meldung",
    "nachricht",
    "botschaft",
    "video",
    "kanal",
    "gruppe",
    "beitrag",
    "kommentar",
    "foto",
    "status",
    "live",
    "stream",
    "feed",
    "chat",
)

#: heads of a noun in apposition after a name that make the name an
#: organisation's, beside :data:`ORG_NOUNS`: "Hemayat, ein Betreuungszentrum",
#: "Novotel, eine Hotelgruppe"; not a building ("ein Krankenhaus")
APPOSITION_HEADS = (
    "zentrum",
    "verband",
    "stiftung",
    "agentur",
    "dienst",
    "bank",
    "allianz",
    "behörde",
    "komitee",
    "kommission",
    "vereinigung",
)

#: words that name an organisation with the place after them and only so
#: ("die Uni Linz", "der TU Graz", "die Staatsanwaltschaft Mainz"; alone a kind
#: of organisation)
PLACED_HEADS = frozenset(
    {"Uni", "Universität", "TU", "FH", "MedUni", "Med-Uni", "Staatsanwaltschaft"}
)

#: heads of the host an institute belongs to, in the genitive after its name
#: ("das Institut für Virologie| der Universität Marburg", "des Zentrums für
#: Molekulare Medizin| des Universitätsklinikums"): the host is a name apart
HOST_HEADS = (
    "universität",
    "uni",
    "hochschule",
    "akademie",
    "klinikum",
    "klinik",
    "spital",
    "krankenhaus",
)

#: heads of names made of capitalised adjectives and a noun ("Syrische
#: Beobachtungsstelle", "Freie Syrische Armee", "Schulpsychologischer Dienst"):
#: the compound heads, and nouns that are an organisation only with such an
#: adjective
NAME_HEADS = COMPOUND_HEADS + (
    "beobachtungsstelle",
    "rat",
    "generation",
    "bewegung",
    "allianz",
    "liga",
    "union",
    "kirche",
    "zentrum",
    "dienst",
    "gesellschaft",
    "vereinigung",
    "versicherung",
    "behörde",
    "fraktion",
    "gruppe",
    "komitee",
    # a parliament's committee named by its adjective: "der Große Ausschuss",
    # "der Ständige Ausschuss", "der Auswärtige Ausschuss"
    "ausschuss",
    "bank",
    # an art gallery named by its adjective and its town: "die Neue Galerie
    # Linz", "der Städtischen Galerie Wolfsburg"
    "galerie",
)

# inflection endings a head takes ("Gerichts", "Brigaden", "Milizen")
_ENDINGS = ("", "s", "es", "n", "en")

#: company legal forms written as a word of their own after the name
LEGAL_FORMS = frozenset(
    {
        "AG",
        "GmbH",
        "GesmbH",
        "Ges.m.b.H.",
        "SE",
        "KG",
        "OG",
        "KGaA",
        "eG",
        "Ltd",
        "Ltd.",
        "Inc",
        "Inc.",
        "plc",
        "PLC",
        "S.A.",
        "SpA",
        "S.p.A.",
        "N.V.",
        "B.V.",
        "LLC",
        "Corp",
        "Corp.",
        "Holding",
        # the Austrian and German foundation after its name ("MTB
        # Privatstiftung", "Bertelsmann Stiftung")
        "Privatstiftung",
        "Stiftung",
        # a publisher after its name ("Styria Verlag", "des Residenz Verlags")
        "Verlag",
        "Verlags",
    }
)


#: lower-case endings of one-word legal forms ("HandelsgmbH",
#: "Rechtsschutz-Versicherungs-AG")
_LEGAL_ENDINGS = ("gmbh", "gesmbh", "-ag", "-se", "-kg", "-stiftung")


#: last parts of a compound that names one committee or council by its
#: designation, a body of its own after a definite article ("im
#: Kulturausschuss", "der nächste Finanzministerrat", "vor dem Sonderausschuss");
#: the bare "Ausschuss" is none, nor "ein Untersuchungsausschuss"; so too a
#: union or a chamber of a trade or an estate ("der Postgewerkschaft", "die
#: Apothekerkammer", "der Abgeordnetenkammer")
COMMITTEE_HEADS = ("ausschuss", "ministerrat", "gewerkschaft", "kammer")
#: heads of :data:`COMMITTEE_HEADS` of a union or a chamber: not with a hyphen
#: ("die Pfauen-Kammer", a room), nor before a name ("der Ärztegewerkschaft
#: Quelvix": the name is the body)
BODY_COMPOUND_HEADS = ("gewerkschaft", "kammer")

#: compounds of :data:`COMMITTEE_HEADS` that name a kind of committee, no one
#: body: "im Untersuchungsausschuss" (which one, its name says: "Hypo-")
COMMITTEE_KINDS = (
    "untersuchungsausschuss",
    "unterausschuss",
    # rooms and a court's panels, no body: "die Gaskammer", "der Strafkammer"
    "parlamentskammer",
    "folterkammer",
    "gaskammer",
    "herzkammer",
    "schatzkammer",
    "dunkelkammer",
    "brennkammer",
    "grabkammer",
    "druckkammer",
    "speisekammer",
    "rumpelkammer",
    "kühlkammer",
    "strafkammer",
    "zivilkammer",
    "handelsrechtskammer",
    "beschwerdekammer",
    "schwurgerichtskammer",
)

#: words right before a committee's designation that make it one body: definite
#: articles and prepositions fused with one
DEFINITE_WORDS = frozenset("der die das des dem den im am vom zum zur beim".split())


#: words after which a capitalised name that is no person is the source of a
#: report: "laut Haaretz", "berichtete Danas" (not "berichtet": "wie berichtet
#: Horaczek" is an aside before the object)
MEDIA_CUES = frozenset({"laut", "berichtete", "meldete"})

#: verbs of a report that name their source after them at the end of the
#: sentence ("..., berichtet Heise.", "..., schreibt Gizchina.") or before them
#: after "wie" ("wie Gizchina berichtet"): only there, as "wie berichtet
#: Horaczek" has the name after an aside
REPORT_VERBS = frozenset(
    "berichtet berichtete berichten schreibt schrieb meldet meldete".split()
)


#: words before a body that make it any one of its kind, no name ("in einer
#: türkischen Regierung", "einer türkischen Behörde", "keine bayerische Polizei")
INDEFINITES = frozenset(
    "ein eine einer eines einem einen kein keine keiner keines keinem keinen "
    "jede jeder jedes jedem jeden".split()
)

#: compounds of a head that name a place or a thing, not an organisation
NOT_HEADS = ("einkaufszentrum", "stadtzentrum", "ortszentrum")

#: last parts of an organisation's name by which an article refers back to the
#: one it names ("der Vorstandschef der Hagelversicherung", "die Präsidentin
#: des Verbands", "Kommissionssprecher", "Verbandspräsident"); not "partei",
#: whose posts go to the holder's party (:mod:`kg.extract.roles_complete`),
#: nor "armee", whose chief ("Armeechef") is the state's
REFERENCE_HEADS = tuple(
    dict.fromkeys(
        h
        for h in (
            *COMPOUND_HEADS,
            *ORG_NOUNS,
            "versicherung",
            "bank",
            "holding",
            "zoo",
            "tiergarten",
            "zentrum",
        )
        if h not in ("partei", "armee")
    )
)


def is_unit_kind(word: str) -> bool:
    """``word`` names a kind of armed unit (:data:`UNIT_KINDS`) before a name,
    or is a noun that stays in the name after it (:data:`NAMING_NOUNS`).

    >>> is_unit_kind("Freiwilligenbataillons"), is_unit_kind("Partei")
    (True, False)
    """
    return org_noun(word) in UNIT_KINDS or any(
        f in NAMING_NOUNS for f in _noun_forms(word)
    )


def is_unit_noun(word: str) -> bool:
    """``word`` names a part of an organisation (:data:`UNIT_NOUNS`), in any
    case: "Generaldirektion", "Vorstands", "Landesstudio".

    >>> is_unit_noun("Vorstands"), is_unit_noun("Chef")
    (True, False)
    """
    return word.lower().rstrip("sn") in _UNIT_STEMS


@lru_cache(maxsize=65536)
def org_head(word: str, heads: tuple[str, ...] = COMPOUND_HEADS) -> str | None:
    """The organisation head ``word`` ends with (its stem), or ``None``.

    The word's last hyphen-separated part is read ("Al-Nusra-Brigaden" ->
    "brigade"); the word may be the bare head ("Amt"; the caller decides
    whether a bare head is a name). A head shorter than five letters ("amt",
    "rat", "bank") must end a compound of at least four more letters, a longer
    one of at least three, so that "Gesamt" or "Heirat" are none."""
    low = word.lower().rsplit("-", 1)[-1]
    if low.endswith(NOT_HEADS):
        return None
    pattern, ordered = _head_pattern(heads)
    if pattern.search(low) is None:
        return None
    for head in ordered:
        for ending in _ENDINGS:
            form = head + ending
            if low.endswith(form):
                rest = len(low) - len(form)
                if rest == 0 or rest >= (4 if len(head) < 5 else 3):
                    return head
    return None


@lru_cache(maxsize=8)
def _head_pattern(heads: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A regex that finds any of ``heads`` with an ending at the end of a
    word (a quick test before the exact one), and the heads longest first."""
    ordered = tuple(sorted(heads, key=len, reverse=True))
    alternatives = "|".join(re.escape(h) for h in ordered)
    endings = "|".join(re.escape(e) for e in _ENDINGS if e)
    return re.compile(f"(?:{alternatives})(?:{endings})?$"), ordered


def is_legal_form(word: str) -> bool:
    """``word`` is a company's legal form or ends with one ("GmbH",
    "HandelsgmbH", "Versicherungs-AG")."""
    if word in LEGAL_FORMS:
        return True
    low = word.lower()
    return len(low) > 4 and low.endswith(_LEGAL_ENDINGS)


#: stems of the adjectives of a political leaning that German writes lower-case
#: before a party's name ("die linke Unión Patriótica", "der rechten Lega
#: Nord", "die konservative Nea Dimokratia")
LEANING_STEMS = frozenset(
    "link recht konservativ liberal linksliberal rechtsliberal nationalliberal "
    "sozialistisch sozialdemokratisch kommunistisch christdemokratisch "
    "christlichsozial christsozial rechtsextrem linksextrem rechtsradikal "
    "linksradikal rechtspopulistisch linkspopulistisch populistisch "
    "nationalistisch ultranationalistisch nationalkonservativ rechtskonservativ "
    "rechtsnational linksgerichtet rechtsgerichtet islamistisch separatistisch "
    "marxistisch maoistisch trotzkistisch grün ökologisch euroskeptisch "
    "europafeindlich oppositionell regierend bürgerlich".split()
)


#: heads of an association's name before its members in the genitive plural,
#: besides :data:`NAME_HEADS` and the organisation nouns ("der Bund Deutscher
#: Architekten", "die Arbeitsgemeinschaft Bäuerlicher Landwirtschaft")
GENITIVE_HEADS = ("bund", "arbeitsgemeinschaft", "ring", "zentralrat")

#: heads of an association's name before its members' plural noun alone after
#: "der" ("die Gewerkschaft der Privatangestellten", "der Verband der
#: Unternehmer", "die Vereinigung der Industriellen")
MEMBERS_HEADS = ("gewerkschaft", "verband", "vereinigung")

#: heads of an armed force's name word after a group and its place ("die
#: Separatistengruppe Donbass Volkswehr", "die Miliz Donezk Volksmiliz")
ARMED_HEADS = ("wehr", "miliz", "armee", "garde", "brigade", "brigaden")

#: a bank's head noun that names a country's central bank with "von" and the
#: country ("die Bank von England", "der Bank von Japan")
COUNTRY_BANK_HEADS = frozenset({"bank"})


#: English heads of organisation names that German news keeps as they are
#: ("Hunter College", "Massachusetts Institute of Technology", "Entertainment
#: Weekly"); none of them is a German word
ENGLISH_HEADS = frozenset(
    {
        "College",
        "University",
        "Institute",
        "Foundation",
        "Lab",
        "Labs",
        "Laboratory",
        "Studios",
        "Pictures",
        "Records",
        "Airlines",
        "Airways",
        "Corporation",
        "Company",
        "Council",
        "Association",
        "Society",
        "Agency",
        "Committee",
        "Weekly",
        "Times",
        "Cinema",
        "Industries",
        "Press",
        "Group",
        "Board",
        "Partners",
        "Holdings",
        # "Brookings Institution", "Electronic Data Systems", "Owlchemy Labs"
        "Institution",
        "Systems",
        "Technologies",
        "Networks",
        "Ventures",
        "Solutions",
        "Consulting",
        # football clubs: "Brentford FC", "Valencia CF"
        "FC",
        "CF",
        "AFC",
    }
)

#: heads of English names that are German words too, a name only with an
#: "of" complement after them: "Museum of Modern Art", "Bank of England"
#: ("das Museum" alone is none)
ENGLISH_OF_HEADS = frozenset(
    {"Museum", "Bank", "School", "Academy", "Department", "Office", "Center", "Centre"}
)


#: capitalised abbreviations before a hyphen that name a field or a thing, not
#: an organisation ("IT-Chef", "PR-Chefin", "TV-Sprecher", "KI-Konzern")
NOT_ACRONYM_OWNERS = frozenset(
    """
    IT PR HR TV KI PC IP VR AR EDV BWL DNA USB SMS GPS LKW PKW SUV CD DVD BIP
    CO ABC UV HIV AIDS CEO CFO CTO COO VIP WLAN LED SB FAQ ORF
    """.split()
)

#: heads after an unknown abbreviation and a hyphen that make the abbreviation
#: an organisation's ("QRX-Universität", "RKX-Zentrale", "NDB-Sitzungen")
ACRONYM_OWNED_HEADS = (
    "zentrale",
    "sitzung",
    "sitzungen",
    "mitglied",
    "mitglieder",
    "mitgliedern",
    "mitglieds",
    "führung",
    "spitze",
)


#: heads that make the compound with an unknown abbreviation a name of its own
#: ("QRX-Universität", "TUX-Hochschule")
ACRONYM_NAMED_HEADS = ("universität", "hochschule")


def acronym_owner(word: str) -> str | None:
    """The abbreviation that a compound names as the organisation it belongs
    to, when the gazetteer need not know it: capitals before a hyphen and a
    head of a company, an organisation, its seat, its members or its chief
    ("QRX-Muttergesellschaft", "NDB-Sitzungen", "ÖBX-Chef" -> "ÖBX"), or the
    compound itself when it is a university's name ("QRX-Universität");
    else ``None`` ("IT-Chef", "TV-Moderator", "DNA-Analyse").

    >>> acronym_owner("KRX-Muttergesellschaft"), acronym_owner("IT-Chef")
    ('KRX', None)
    """
    from kg.lang.de.titles import match_title

    prefix, _, head = word.partition("-")
    if not (
        2 <= len(prefix) <= 6
        and prefix.isupper()
        and prefix.isalpha()
        and head[:1].isupper()
        and "-" not in head
        and prefix not in NOT_ACRONYM_OWNERS
    ):
        return None
    low = head.lower()
    if low.startswith(ACRONYM_NAMED_HEADS):
        return word  # "QRX-Universität": the compound is the name
    if low.endswith(ACRONYM_OWNED_HEADS) or org_noun(head) or is_company_noun(head):
        return prefix
    m = match_title(head)
    if m is not None and not m[0] and m[1].kind in ("organisation", "company", "party"):
        return prefix
    return None
