"""What German news text writes in and around personal names: the particles of
names ("von der Leyen", "al-Assad"), the words that begin a surname of two
words ("De Masi"), the markup social media puts into names ("Angela #Merkel"),
and the heads of names of things named after a person ("Universität Getúlio
Vargas").

Example
-------
>>> "von" in NAME_PARTICLES, strip_article_prefix("al-Assad")
(True, 'Assad')
"""

from __future__ import annotations

from kg.lang.de.lexicon import data_lines
from kg.lang.de.spelling import strip_accents

__all__ = [
    "ARABIC_NAME_LINKS",
    "CHANNEL_WORDS",
    "ARTICLE_PREFIXES",
    "NAMED_THING_HEADS",
    "NOBLE_NOUNS",
    "OWNER_HEADS",
    "PERSON_NOUN_ENDINGS",
    "TRADE_NOUN_ENDINGS",
    "HONORIFICS",
    "MEET_OBJECT_FORMS",
    "FAMILY_NAMES_FIRST",
    "FOREIGN_FIRST_NAMES",
    "GIVEN_NAME_VARIANTS",
    "NAMED_AFTER_PEOPLE",
    "NAME_MARKUP",
    "NAME_PARTICLES",
    "NOT_IN_A_NAME",
    "NOT_NAMES",
    "CREDIT_WORDS",
    "PARTY_COLOURS",
    "SURNAME_PARTICLES",
    "is_initial",
    "is_syllable_given_name",
    "strip_article_prefix",
]

#: particles inside personal names: "Ursula von der Leyen", "Bashar al-Assad"
#: what a message is sent by, after the preposition "per" opening a sentence,
#: which the model takes for the Scandinavian first name ("Per Twitter teilte
#: er mit, …", "Per E-Mail erklärte sie …"): no person
CHANNEL_WORDS = frozenset(
    "twitter facebook instagram youtube tiktok telegram whatsapp e-mail email mail "
    "sms brief post fax telefon videobotschaft pressemitteilung".split()
)

NAME_PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
        "ben",
        "ter",
        "zu",
        "y",
        "af",
        "abu",
    }
)

# words that begin a surname of two words: "De Masi", "Le Maire", "van der Bellen"
# (not NAME_PARTICLES: "ten" is one, "der", "al", "bin" ... are not)
SURNAME_PARTICLES = frozenset(
    "de le la van von del della da dos du di ter ten zu".split()
)

#: the words that link the parts of an Arabic name, written in lower case:
#: "Mohammed bin Salman", "Abdullah ibn Hussein", "Hamad bin Khalifa al Thani"
ARABIC_NAME_LINKS = frozenset("bin ibn bint al el abu abd ould".split())

#: nobility, family and kin words before a name with a particle: "Graf von
#: Stauffenberg", "die Brüder van Eyck" (a person, not a thing "X de Y")
NOBLE_NOUNS = frozenset(
    """Graf Grafen Gräfin Freiherr Freiherrn Freifrau Fürst Fürsten Fürstin
    Herzog Herzogs Herzogin Prinz Prinzen Prinzessin Baron Barons Baronin
    Ritter Edler Edlen König Königs Königin Kaiser Kaisers Kaiserin Familie
    Brüder Brüdern Schwestern Geschwister Ehepaar Clan Dynastie""".split()
)

#: endings of German nouns for a person ("Maler", "Komponist", "Regisseur",
#: "Autor", "Ministerin"): a name with a particle after one is a person's
PERSON_NOUN_ENDINGS = ("er", "in", "ist", "eur", "or", "ant", "ent", "ar", "är")

#: heads of compounds for a holder of a company's shares or its buyer
#: ("Bawag-Aktionär", "Mehrheitseigentümer"): a bare name after one is mostly
#: a company or fund
OWNER_HEADS = (
    "aktionär",
    "eigentümer",
    "eigner",
    "investor",
    "käufer",
    "gesellschafter",
    "bieter",
    "interessent",
)

#: nouns for agreements, missions, products, works, vessels, storms and pets:
#: a name right after one is the thing's ("das Abkommen Privacy Shield", "die
#: Mission Rosetta", "der Film Night and Fog", "seine Katze Robi"), and after a
#: compound ending in one too ("ESA-Mission", "Fernsehserie")
NAMED_THING_HEADS = tuple(
    """abkommen vereinbarung vertrag mission sonde roboter operation programm
    kampagne initiative aktion paket plattform software app konsole smartphone
    betriebssystem film serie album single hit song roman oper band magazin
    schiff fregatte fähre hotel kette marke start-up kategorie sujet sujets
    hurrikan wirbelsturm katze kater hund hündin pferd schildkröte""".split()
)

# Arabic article prefixes of a surname: "al-Assad" is also "Assad"
ARTICLE_PREFIXES = ("al-", "el-", "as-", "ad-", "ar-", "at-", "an-", "az-")

# characters social-media text puts inside a name: "Angela #Merkel"
NAME_MARKUP = frozenset("#@*_~+|")

# heads of names of places and institutions that carry a person's name
NAMED_AFTER_PEOPLE = (
    "universität",
    "hochschule",
    "schule",
    "gymnasium",
    "stiftung",
    "institut",
    "akademie",
    "klinik",
    "krankenhaus",
    "spital",
    "flughafen",
    "airport",
    "bahnhof",
    "hafen",
    "stadion",
    "arena",
    "halle",
    "straße",
    "strasse",
    "platz",
    "allee",
    "brücke",
    "park",
    "museum",
    "theater",
    "zentrum",
    "center",
    "preis",
    "kaserne",
    "gesellschaft",
    "denkmal",
    "ära",
)

# German abbreviations written with a capital that taggers take for a name:
# "(Anm. d. Red.)", "Facebook und Co.", "3:2 n. V."; and adverbs that open a
# sentence and look like a surname ("Weiters hieß es", Austrian "furthermore");
# the credit word of a picture ("Foto: APA"), abbreviations of stations and
# times ("Wien Hbf", "12:00 UTC"), of vehicles written in capitals ("LKW") and
# of securities in financial news ("WKN", "ISIN", the agencies' "ROUNDUP"); as
# a whole entity they are no one (lower case, without the final dot)
NOT_NAMES = frozenset(
    "anm co ca bzw bspw evtl ggf inkl zzgl usw vgl abs art nr tel fax hrsg red "
    "ebd verf dt engl frz mio mrd weiters foto fotos hbf bf fernbf utc "
    "lkw pkw wkn isin roundup st".split()
)

# the colours of parties that name a coalition joined by hyphens ("Schwarz-Blau",
# "Rot-Grün", "Schwarz-Grün-Pink"): no one
PARTY_COLOURS = frozenset("schwarz rot grün blau gelb pink türkis orange".split())

# the words that label a picture's credit before a colon ("Bild: dpa", "Grafik:
# APA"): there no medium or person ("Bild" is also the daily)
CREDIT_WORDS = frozenset("bild bilder grafik illustration video".split())

# characters no name is written with, markup and punctuation: a name containing
# one is a noisy surface (the linking pass prefers another name of the node)
NOT_IN_A_NAME = frozenset('#@*+=|~^<>[]{}()"„“”»«;:,/\\!?')


def strip_article_prefix(surname: str) -> str:
    """``surname`` without an Arabic article prefix: "al-Assad" -> "Assad"."""
    for prefix in ARTICLE_PREFIXES:
        if surname.lower().startswith(prefix) and len(surname) > len(prefix) + 2:
            rest = surname[len(prefix) :]
            return rest[:1].upper() + rest[1:]
    return surname


def _given_name_groups() -> dict[str, frozenset[int]]:
    """``kg/data/given_names.tsv``: each given name -> the groups it is in."""
    groups: dict[str, set[int]] = {}
    for i, line in data_lines("given_names.tsv"):
        for name in line.split("\t"):
            groups.setdefault(name.strip().casefold(), set()).add(i)
    return {name: frozenset(ids) for name, ids in groups.items()}


#: spellings and short forms of one given name ("Rudi" and "Rudolf"), by group:
#: two names are variants when their sets of groups meet
GIVEN_NAME_VARIANTS = _given_name_groups()


def _family_names_first() -> frozenset[str]:
    """``kg/data/family_names_first.txt``: one family name a line."""
    return frozenset(line.strip() for _, line in data_lines("family_names_first.txt"))


#: family names written before the given name ("Ban Ki-moon", "Xi Jinping")
FAMILY_NAMES_FIRST = _family_names_first()


def _foreign_first_names() -> frozenset[str]:
    """``kg/data/first_names_foreign.txt``: one given name a line, read lower
    case as written and without accents ("josé", "jose")."""
    names = set()
    for _, line in data_lines("first_names_foreign.txt"):
        low = line.strip().lower()
        names.add(low)
        names.add(strip_accents(low))
    return frozenset(names)


#: given names from other languages the lexicon table does not know as first
#: names ("Thiago", "Benoît") or knows only inside a gazetteer name ("José"),
#: lower case, with and without accents
FOREIGN_FIRST_NAMES = _foreign_first_names()


def is_syllable_given_name(word: str) -> bool:
    """``word`` is a given name of two syllables joined by a hyphen, the second in
    lower case, as Korean names are written: "Ki-moon", "Jong-un", "Geun-hye"."""
    first, sep, second = word.partition("-")
    return (
        bool(sep)
        and 1 < len(first) <= 5
        and 1 < len(second) <= 5
        and first[:1].isupper()
        and first[1:].islower()
        and second.islower()
        and first.isalpha()
        and second.isalpha()
    )


def is_initial(word: str) -> bool:
    """``word`` is the initial of a given name: "T." in "T. Kainz"."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


#: nouns for a person's relation to another ("Putins Berater X", "Trumps
#: Schwiegersohn X", "Erdoğans Anwalt X"): after a genitive name and before a
#: person's name, the person named is the one who acts, not the possessor
RELATION_NOUNS = frozenset(
    """Berater Beraterin Sprecher Sprecherin Anwalt Anwältin Rechtsanwalt
    Rechtsanwältin Verteidiger Verteidigerin Sohn Tochter Frau Ehefrau Mann
    Ehemann Gattin Gatte Witwe Witwer Lebensgefährte Lebensgefährtin Partnerin
    Schwiegersohn Schwiegertochter Schwiegervater Schwiegermutter Bruder
    Schwester Halbbruder Halbschwester Vater Mutter Onkel Tante Neffe Nichte
    Enkel Enkelin Cousin Cousine Vertrauter Vertraute Freund Freundin
    Jugendfreund Jugendfreundin Assistent Assistentin Sekretär Sekretärin
    Mitarbeiter Mitarbeiterin Stabschef Stabschefin Kabinettschef
    Kabinettschefin Leibwächter Biograf Biografin Biograph Nachfolger
    Nachfolgerin Vorgänger Vorgängerin Stellvertreter Stellvertreterin
    Vize Kronprinz Kronprinzessin""".split()
)

#: endings of nouns of a person's trade or field ("Kriminalsoziologe",
#: "Politikwissenschafter", "Verfassungsjurist", "Konfliktforscherin"): such a
#: noun run into a name the model tagged a place is no part of it
TRADE_NOUN_ENDINGS = (
    "loge",
    "login",
    "experte",
    "expertin",
    "ist",
    "istin",
    "forscher",
    "forscherin",
    "wissenschafter",
    "wissenschaftler",
    "wissenschafterin",
    "wissenschaftlerin",
    "jurist",
    "juristin",
    "analyst",
    "analystin",
)

#: forms of address before a surname ("Herrn Berger", "Frau Roth", "Ms
#: Miller"): a name-like word after one is a person's
HONORIFICS = frozenset(
    {"Herr", "Herrn", "Frau", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Monsieur"}
)

#: finite forms of the verbs whose object right after them is the person met,
#: after a person as subject ("Merkel traf Putin", "Kurz empfängt Orbán"); not
#: "besuchte" (a place is visited as often)
MEET_OBJECT_FORMS = frozenset(
    {"traf", "trafen", "trifft", "treffen", "empfing", "empfingen", "empfängt"}
)
