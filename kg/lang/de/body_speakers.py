"""Words for resolving an unnamed body that speaks ("teilte die Armee mit",
"laut Ministeriumsangaben", "wie eine Parlamentssprecherin bestätigte") to the
body the article names (:mod:`kg.extract.quotes_bodies`)."""

from __future__ import annotations

__all__ = [
    "ASSOCIATION_ENDINGS",
    "COUNTRY_BODY_NOUNS",
    "FIRM_LABELS",
    "GROUP_VOICE_NOUNS",
    "GENERIC_BODY_NOUNS",
    "LOCAL_BODY_NOUNS",
    "ADMINISTRATION_UNITS",
    "MEMBER_NOUNS",
    "UNIT_NOUNS",
    "VOICE_ENDINGS",
    "NAME_AFTER_ENDINGS",
    "SPOKESPERSON_NOUNS",
    "TEAM_LABELS",
    "TEAM_NOUN_ENDINGS",
    "TOWN_NOUNS",
]

#: the last part of a body's full name by which the article calls it short:
#: "das Ministerium" after "das Innenministerium", "das Gericht" after "das
#: Landesgericht" (a compound ending in the word, the one such body named)
GENERIC_BODY_NOUNS = frozenset(
    {
        "ministerium",
        "gericht",
        "gerichtshof",
        "behörde",
        "amt",
        "kommission",
        "direktion",
        "institut",
    }
)

#: a town's administration speaks by the town's name ("Die Stadt Xburg
#: teilte mit" -> Xburg)
TOWN_NOUNS = frozenset(
    {"stadt", "gemeinde", "marktgemeinde", "stadtgemeinde", "stadtverwaltung"}
)

#: endings of a word after a body's noun that is part of its name though no
#: entity ("die Anrainerinitiative Lindenstraße")
NAME_AFTER_ENDINGS = ("straße", "strasse", "gasse", "platz", "weg", "allee")

#: a definite spokesperson ("laut der Sprecherin") is the one named before
#: with their body ("eine Sprecherin der Landesdirektion X")
SPOKESPERSON_NOUNS = frozenset({"sprecher", "sprecherin", "sprechers"})

#: the bodies of which a country has one, so that the bare word in a report on
#: one country is that country's ("die Armee" -> "Armee (Mali)"); not "die
#: Polizei" (of a town, of a Land) nor "die Küstenwache" (of the coast the
#: report is on)
COUNTRY_BODY_NOUNS = frozenset({"armee", "militär", "streitkräfte", "parlament"})

#: the bodies every town or district has: "die Polizei in Xburg" is the
#: police of Xburg ("Polizei (Xburg)", also "Polizei Xburg"); the courts and
#: offices named by their seat ("das Xburger Landgericht" is the "Landgericht
#: Xburg"), a département's prefecture; not a Land's bodies ("das
#: Landeskriminalamt in Xburg" is the Land's, seated there)
LOCAL_BODY_NOUNS = frozenset(
    {
        "polizei",
        "feuerwehr",
        "staatsanwaltschaft",
        "präfektur",
        "amtsgericht",
        "landgericht",
        "landesgericht",
        "bezirksgericht",
        "oberlandesgericht",
        "polizeipräsidium",
        "bezirkshauptmannschaft",
    }
)

#: the administration of a unit of territory, by the unit's word that opens
#: it: "die Kreisverwaltung" of the one "Kreis Xstadt" (or "Landkreis Xstadt")
#: the article names -> "Kreisverwaltung Xstadt"; unit word -> the words that
#: name such a unit in the text
ADMINISTRATION_UNITS = {
    "kreis": ("kreis", "landkreis"),
    "landkreis": ("landkreis",),
    "stadt": ("stadt",),
    "gemeinde": ("gemeinde", "marktgemeinde"),
    "bezirks": ("bezirk",),
}

#: nouns of the unit of territory a body serves, before the unit's name in the
#: genitive: "die Präfektur des Departements Xais", "die Polizei der Provinz
#: Xland" (the body of that unit, "Präfektur Xais"), in any case form
UNIT_NOUNS = frozenset(
    (
        "departement departements département départements provinz region "
        "bezirk bezirks bezirkes kanton kantons kreis kreises landkreis "
        "landkreises bundesland bundeslandes bundesstaat bundesstaats "
        "bundesstaates staat staats staates distrikt distrikts distriktes "
        "gouvernement gouvernements oblast stadt gemeinde"
    ).split()
)

#: endings of the word for someone who speaks for the body before them
#: ("Parlamentssprecherin", "ein Polizeivertreter")
VOICE_ENDINGS = ("sprecherin", "sprecher", "vertreterin", "vertreter")

#: words for those who speak for the organisation named right after them
#: ("die Rechtsanwälte von X", "ein Sprecher einer Bürgerinitiative")
GROUP_VOICE_NOUNS = frozenset(
    {
        "sprecher",
        "sprecherin",
        "mitarbeiter",
        "mitarbeiterin",
        "vertreter",
        "vertreterin",
        "anwälte",
        "rechtsanwälte",
        "anwältinnen",
    }
)

#: words for one unnamed member of the body named right after them in the
#: genitive or with "von" ("der Mann von der Autobahnpolizei", "eine Beamtin
#: der Kriminalpolizei", "ein Mitarbeiter des Ordnungsamts"): the body speaks
MEMBER_NOUNS = frozenset(
    {"mann", "frau", "beamter", "beamtin", "beamte", "mitarbeiter", "mitarbeiterin"}
)

#: endings of nouns for an association no entity names ("einer
#: Interessensgemeinschaft von Reiseleitern", "der Bürgerinitiative")
ASSOCIATION_ENDINGS = (
    "gemeinschaft",
    "initiative",
    "verein",
    "vereinigung",
    "verband",
    "bündnis",
    "plattform",
    "kanzlei",
)


#: a label's words (and a spokesperson's, "Unternehmenssprecher") for a firm,
#: which speaks for the one firm the article names after a company noun ("der
#: Süßwarenriese X … erklärte das Unternehmen")
FIRM_LABELS = frozenset({"unternehmen", "firma", "konzern", "hersteller"})

#: a label's words for a sports team, which speaks for the one team the
#: article names after such a noun ("des Rennstalls X … wie das Team mitteilte")
TEAM_LABELS = frozenset({"team", "rennstall", "mannschaft"})

#: endings of nouns for a sports team right before its name ("der Rennstall
#: X", "das Radteam Y")
TEAM_NOUN_ENDINGS = ("rennstall", "team", "mannschaft")
