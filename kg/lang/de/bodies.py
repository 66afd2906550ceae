"""German nouns of a collective body that acts without a name: "die Opposition",
"die Staatsanwaltschaft", "der Bankenverband", "Demokraten".

A verbal interaction whose source is such a body ("Die syrische Opposition wirft
Assad vor …") keeps the noun as its source label (:mod:`kg.extract.bodies`).
What counts follows the annotation rules of ``bench/quote_gold.md``: public
bodies, institutions and the opposition speak as one ("die Polizei", "der
Kongress"), the members of a party as their party ("Die Demokraten lobten …");
unnamed people or groups of them do not ("Kritiker", "Experten", "Beobachter",
"viele", "zahlreiche Politiker", "Gewerkschaften" in the plural: left out, "since
they cannot be matched"), and neither does "die Regierung", which speaks for its
state (:data:`kg.lang.de.speech.STATE_NOUNS`).

Example
-------
>>> body_noun("Polizeigewerkschaft"), body_noun("Opposition"), body_noun("Kritiker")
(True, True, False)
>>> body_noun("Gewerkschaften"), party_members("Demokraten")
(False, True)
"""

from __future__ import annotations

from kg.lang.de.speech import BODY_ENDINGS

__all__ = [
    "BODY_LABEL_SYNONYMS",
    "BODY_NOUN_ENDINGS",
    "PARTY_DEPUTY_NOUNS",
    "PARTY_MEMBER_NOUNS",
    "DESIGNATION_NOUNS",
    "ENSEMBLE_NOUNS",
    "KIND_ANAPHORS",
    "CLAIM_NOUNS",
    "body_noun",
    "designation",
    "party_members",
]

#: endings of the noun (nominative singular, lower case) of a body that acts as
#: one: the public bodies a quote's source may be (``BODY_ENDINGS``: "amt",
#: "polizei", "verband", "gewerkschaft", "zentrale" …) and the assemblies,
#: committees and associations of politics ("Opposition", "Kongress",
#: "Richtervereinigung", "Armutskonferenz")
BODY_NOUN_ENDINGS: tuple[str, ...] = BODY_ENDINGS + (
    "opposition",
    "kongress",
    "senat",
    "parlament",
    "koalition",
    "komitee",
    "ausschuss",
    "vereinigung",
    "konferenz",
    "justiz",
    # the services of an armed force, as "armee" ("Die Luftwaffe forderte …")
    "luftwaffe",
    "marine",
)

# words with one of the endings that name no body ("Gesamtamt" is rare; these
# are frequent): a stretch of time, a thing, a place
_NOT_BODIES = frozenset(
    "amt beamte beamter beamten dienst gottesdienst zivildienst wehrdienst "
    "präsenzdienst hauptgericht direktion rettung "
    "konferenz pressekonferenz videokonferenz telefonkonferenz klimakonferenz "
    "friedenskonferenz geberkonferenz sicherheitskonferenz".split()
)

#: plural nouns of a party's members, who speak as their party ("Die
#: Demokraten lobten", "Republikaner werfen ihr vor"), lower case
PARTY_MEMBER_NOUNS = frozenset(
    "demokraten republikaner sozialdemokraten christdemokraten christsoziale "
    "christsozialen sozialisten kommunisten tories".split()
)

#: short forms of a party's name that open a compound, and the form the
#: gazetteer knows: "Grün-Abgeordneter", "Grün-Politikerin" (the Greens of the
#: article's country)
PARTY_PREFIX_FORMS = {"Grün": "Grünen"}

#: first parts of a compound post that name a body by its members, and the
#: form the gazetteer knows: "Industriellen-Präsident", "Industriellenchef"
#: (the Industriellenvereinigung); lower case
MEMBER_PREFIX_BODIES = {"industriellen": "Industriellenvereinigung"}

#: the countries a German-language article is written from: a party's post
#: with no country named ("Grünen-Fraktionschefin") is of the party of the one
#: of them the article names, not of a foreign party of the same name
HOME_COUNTRIES = ("DE", "AT", "CH")

#: plural nouns of a party's members of parliament, who speak as the party
#: named just before ("Die NEOS … Die Abgeordneten fordern"), lower case
PARTY_DEPUTY_NOUNS = frozenset(
    "abgeordneten mandatare mandatarinnen parlamentarier".split()
)

#: designations of a body a state has one of, which name it with the
#: definite article alone ("der Senat", "den Kongress", "im Kanzleramt",
#: "beim Presserat", "der Nationalversammlung"), unlike the generic nouns of
#: :data:`BODY_NOUN_ENDINGS` that need their country ("die Regierung", "das
#: Parlament", "die Polizei"), lower case
DESIGNATION_NOUNS = frozenset(
    """
    senat kongress nationalversammlung abgeordnetenhaus abgeordnetenkammer
    kanzleramt bundeskanzleramt präsidialamt präsidialverwaltung staatsrat
    presserat werberat staatspolizei generalstab zentralkomitee politbüro
    wahlkommission
    """.split()
)

#: plural nouns of a musical ensemble that a city's adjective before them
#: makes a name ("die Wiener Philharmoniker", "den Bamberger Symphonikern"),
#: unlike the people of a profession ("Wiener Forscher"), lower case
ENSEMBLE_NOUNS = (
    "philharmoniker",
    "symphoniker",
    "sinfoniker",
    "sängerknaben",
    "domspatzen",
    "kammersolisten",
)

#: labels that name the same body in another word ("die Oppositionsparteien
#: fordern" is the opposition), lower case -> label
BODY_LABEL_SYNONYMS = {
    "oppositionsparteien": "Opposition",
    "oppositionsgruppen": "Opposition",
    "exekutive": "Polizei",
}


def body_noun(word: str) -> bool:
    """``word`` (as written) is the noun of a body in the singular that acts as
    one (:data:`BODY_NOUN_ENDINGS`; not "Pressekonferenz", not a plural)."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    low = word.lower()
    if low in _NOT_BODIES or low.rsplit("-", 1)[-1] in _NOT_BODIES:
        return False
    return low.endswith(BODY_NOUN_ENDINGS)


def designation(word: str) -> str | None:
    """The designation (:data:`DESIGNATION_NOUNS`) ``word`` (as written) is a
    singular form of: "Senats" -> "senat", "Kongresses" -> "kongress";
    ``None`` for any other word, a plural ("Senate") or a compound the list
    does not name ("Studentensenat")."""
    if not word[:1].isupper() or not word.isalpha():
        return None
    low = word.lower()
    for form in (low, low[:-1], low[:-2]):
        if form in DESIGNATION_NOUNS and (
            form == low or low[len(form) :] in ("s", "es")
        ):
            return form
    return None


def party_members(word: str) -> bool:
    """``word`` (as written) names a party's members in the plural
    ("Demokraten", "US-Republikaner")."""
    return word[:1].isupper() and word.lower().rsplit("-", 1)[-1] in PARTY_MEMBER_NOUNS


#: nouns that, after a definite article, refer back to an organisation of a
#: kind of the gazetteer (``kg/data/gazetteer/organisations.tsv``) named before:
#: "Die Gewerkschaft fordert …" after "Verdi" (a union), "die Airline" after
#: "Lufthansa" (a company); lower case, the singular forms as written
KIND_ANAPHORS: dict[str, frozenset[str]] = {
    "gewerkschaft": frozenset({"union"}),
    "airline": frozenset({"company"}),
    "fluggesellschaft": frozenset({"company"}),
    "fluglinie": frozenset({"company"}),
    # a platform or firm by its trade: "wie der Kurznachrichtendienst
    # mitteilte" after "Twitter", "das Netzwerk" after "Facebook"
    "kurznachrichtendienst": frozenset({"company"}),
    "netzwerk": frozenset({"company"}),
    "onlinenetzwerk": frozenset({"company"}),
    "online-netzwerk": frozenset({"company"}),
    "onlinedienst": frozenset({"company"}),
    "online-dienst": frozenset({"company"}),
    "suchmaschine": frozenset({"company"}),
    "suchmaschinenbetreiber": frozenset({"company"}),
    "onlinehändler": frozenset({"company"}),
    "online-händler": frozenset({"company"}),
    "versandhändler": frozenset({"company"}),
    "autobauer": frozenset({"company"}),
    "autohersteller": frozenset({"company"}),
    "versicherer": frozenset({"company"}),
    "energieversorger": frozenset({"company"}),
    "mobilfunker": frozenset({"company"}),
    "mobilfunkanbieter": frozenset({"company"}),
}


#: nouns of what someone said or asked that "aus X" gives the author of ("die
#: Vorwürfe aus Washington", "Forderungen aus Brüssel"): whose the rejected,
#: denied … claim is; lower case, singular and plural
CLAIM_NOUNS = frozenset(
    (
        "vorwurf vorwürfe anschuldigung anschuldigungen beschuldigung "
        "beschuldigungen kritik forderung forderungen drohung drohungen "
        "vorschlag vorschläge angebot angebote appell appelle warnung warnungen "
        "vorstoß ultimatum darstellung behauptung behauptungen"
    ).split()
)
