"""German words for who speaks a chain of quotes (issue 17): the word before
the one spoken to, and nouns that stand for no speaker of their own."""

from __future__ import annotations

__all__ = [
    "ADJECTIVAL_DEMONYMS",
    "ADJECTIVAL_NOUN_ENDINGS",
    "ADDRESSEE_PREPOSITIONS",
    "AFTER_QUOTE_ONLY",
    "CITY_NOUNS",
    "MANNER_COMPARISON",
    "NOMINAL_ARTICLES",
    "ORDINAL_NOUNS",
    "RANK_SUFFIXES",
    "NOT_SPEAKER_LABELS",
    "PLAIN_PERSON_NOUNS",
    "PRESS_RELEASE_ENDINGS",
    "PUBLISHED_IN",
    "VENUE_PREPOSITIONS",
]

#: nouns for a city as the one that speaks ("heißt es in einer Pressemitteilung
#: der Stadt", "teilte die Gemeinde mit"): the city the article names
CITY_NOUNS = frozenset({"stadt", "gemeinde", "stadtverwaltung", "stadtregierung"})

#: nouns for a press release, the end of a compound too ("heißt es in der
#: Aussendung", "hieß es in einer Pressemitteilung"): an organisation's text
PRESS_RELEASE_ENDINGS = (
    "aussendung",
    "mitteilung",
    "pressemeldung",
    "presseerklärung",
    "presseinformation",
)

# the one spoken to, not the speaker: "Der habe zu Hochegger gemeint, man werde …",
# "sagte sie zur Ministerin X"
ADDRESSEE_PREPOSITIONS = frozenset({"zu", "zum", "zur"})

# a name after these is where it was written, not who wrote it: "schreiben die
# Forscher in Behavioral Ecology" (a journal the model took for a person)
PUBLISHED_IN = frozenset({"in", "im"})

# prepositions of where a document went, in a relative clause after "heißt es in
# der Klage": "die beim Gericht X eingebracht wurde" (not "von", "durch": the
# agent of a passive, who wrote it)
VENUE_PREPOSITIONS = frozenset(
    "bei beim vor an am auf im in ins nach zu zum zur gegenüber".split()
)

# nouns that name no speaker, lower case: the participles of those named before
# ("Die Genannten wiesen das zurück"), what is told ("je nachdem, wer die
# Geschichte erzählt")
NOT_SPEAKER_LABELS = frozenset(
    (
        "genannten genannte betroffenen betroffene beteiligten beschuldigten "
        "geschichte geschichten version versionen fassung fassungen variante "
        "darstellung darstellungen erzählung"
    ).split()
)

# the singular articles of a noun for one person named before: "sagte der
# Salzburger", "so die Vorarlbergerin", "meinte dem Wiener zufolge" (not "die
# Salzburger": the team)
NOMINAL_ARTICLES = frozenset({"der", "die", "dem"})

#: plain nouns for one person named before, with the singular articles they
#: take and the pronoun of their gender: "so der Mann", "sagt die Frau", "der
#: Frau zufolge"; nouns of age and stage of life, never posts ("erzählt der
#: Bub", "sagt das Mädchen", "klagt die Pensionistin")
_HE = frozenset({"der", "dem"})
_SHE = frozenset({"die", "der"})
PLAIN_PERSON_NOUNS = {
    "mann": (_HE, "er"),
    "frau": (_SHE, "sie"),
    "bub": (_HE, "er"),
    "junge": (frozenset({"der"}), "er"),
    "bursch": (_HE, "er"),
    "bursche": (frozenset({"der"}), "er"),
    "mädchen": (frozenset({"das", "dem"}), "sie"),
    "rentner": (_HE, "er"),
    "rentnerin": (_SHE, "sie"),
    "pensionist": (_HE, "er"),
    "pensionistin": (_SHE, "sie"),
    "schüler": (_HE, "er"),
    "schülerin": (_SHE, "sie"),
    "studentin": (_SHE, "sie"),
    "witwer": (_HE, "er"),
    "witwe": (_SHE, "sie"),
}

# a rank as a noun, the last part of a compound: "der WM-Dritte", "die
# Vorjahres-Zweite", "der Olympia-Vierte"
ORDINAL_NOUNS = frozenset(
    (
        "erste erster zweite zweiter dritte dritter vierte vierter fünfte "
        "fünfter sechste sechster siebente siebenter siebte siebter achte "
        "achter neunte neunter zehnte zehnter"
    ).split()
)

# a rank in one word: "der Zweitplatzierte", "die Drittplatzierte"
RANK_SUFFIXES = ("platzierte", "platzierter")

#: endings of adjectives and participles, without the "-e" of the noun, that
#: make a noun for one person after "der"/"die": "der Hochtalentierte", "die
#: Erfahrene", "der Zweifache", "der Unglückliche" (after "der" any "-te" too:
#: "der Verletzte", "der Angestellte")
ADJECTIVAL_NOUN_ENDINGS = (
    "iert",
    "ig",
    "lich",
    "isch",
    "en",
    "bar",
    "sam",
    "haft",
    "fach",
)

# nationality nouns declined like adjectives: "die Deutsche" is one woman (not
# only "die Deutschen", the team), "der Deutsche" one man
ADJECTIVAL_DEMONYMS = frozenset({"deutsche"})

# a comparison after a reporting clause tells how it was said, it does not go
# on with the quote: "Wasser ist Wasser, sagt er, so trocken, wie man nur kann"
MANNER_COMPARISON = ("so", "wie")

# verbs of kg/data/reporting_verbs.tsv that report words only after them ("Ich
# bin happy, freute sich X"), not before a clause ("Sie freute sich, dass …":
# a feeling), by their infinitive as the verb table writes it
AFTER_QUOTE_ONLY = frozenset({"sichfreuen"})
