"""German words around the name of a medium or an organisation: the people and
the output of a newsroom after a medium's name in a compound
("Kurier-Fotograf", "Falter-Interview"), the words that say a text appeared in
a medium or that cite it ("in der Welt veröffentlicht", "berichtete der
Kurier"), and the people and parts of an organisation after its name
("Spar-Chef", "Sora-Forscher").

Example
-------
>>> is_newsroom_noun("Journalistin"), is_member_noun("Filialen"), is_member_noun("Haus")
(True, True, False)
"""

from __future__ import annotations

__all__ = [
    "NEWSROOM_NOUNS",
    "PUBLISHED_WORDS",
    "MEDIA_ARTICLES",
    "is_newsroom_noun",
    "MEDIA_REPORT_CUES",
    "MEMBER_NOUNS",
    "NOT_PREFIX_NAMES",
    "is_member_noun",
]

#: last parts of a compound whose first part is a newspaper, broadcaster or
#: magazine: its people and its output ("Kurier-Fotograf",
#: "Falter-Journalistin", "Profil-Interview", "Puls-4-Interview"); a name that
#: is also a common word ("Kurier", "Falter", "Presse") names the medium there
NEWSROOM_NOUNS = (
    "journalist",
    "fotograf",
    "redakteur",
    "reporter",
    "korrespondent",
    "kolumnist",
    "herausgeber",
    "moderator",
    "interview",
    "bericht",
    "recherche",
    "anfrage",
    "umfrage",
    "leser",
    "artikel",
    "kommentar",
    "gespräch",
    "redaktion",
    "ausgabe",
    "info",
    "informationen",
    "cover",
    "titelseite",
    "sendung",
    "kolumne",
    "beitrag",
)

#: words after a medium's name that say a text appeared in it: "der in der
#: Welt veröffentlicht wurde", "ein in der Bild erschienener Brief"
PUBLISHED_WORDS = (
    "veröffentlicht",
    "erschien",
    "erscheint",
    "erschienen",
    "abgedruckt",
    "publiziert",
)

#: endings of a newsroom noun: feminine, plural and case forms
_NEWSROOM_ENDINGS = ("innen", "in", "en", "es", "e", "n", "s", "")

#: words before a medium's name that is also a common word, once the article
#: has named it as a medium: "der Kurier", "im Falter", "laut Profil"
MEDIA_ARTICLES = frozenset("der die das des dem den im ins vom beim zum laut".split())


def is_newsroom_noun(word: str) -> bool:
    """``word`` (the part of a compound after the medium's name) is a person
    or an output of a newsroom: "Fotograf", "Journalistin", "Interview",
    "Recherchen"."""
    low = word.lower().rsplit("-", 1)[-1]
    for ending in _NEWSROOM_ENDINGS:
        if ending and not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)] if ending else low
        if stem.endswith(NEWSROOM_NOUNS):
            return True
    return False


#: words before "der Kurier", "der Presse" that make the word after the
#: article the source of a report: "berichtete der Kurier", "sagte der
#: Presse", "gegenüber dem Kurier", "laut einem Bericht der Presse"
MEDIA_REPORT_CUES = frozenset(
    "berichtete berichtet berichten meldete meldet schreibt schrieb zitiert "
    "zitierte gegenüber sagte sagt erklärte bestätigte verriet".split()
)

#: last parts of a compound whose first part is a company, an institute or a
#: union: its people and its parts ("Spar-Chef", "Sora-Forscher",
#: "Post-Mitarbeiter"); a name that is also a common word names the
#: organisation there
MEMBER_NOUNS = (
    "chef",
    "sprecher",
    "mitarbeiter",
    "experte",
    "forscher",
    "vorstand",
    "manager",
    "betriebsrat",
    "eigentümer",
    "gründer",
    "aktie",
    "filiale",
    "zentrale",
    "studie",
)

#: names of media that are words for the press or for time as the first part
#: of a compound ("Presse-Sprecher", "Welt-Experte", "Zeit-Bericht")
NOT_PREFIX_NAMES = frozenset({"Presse", "Welt", "Zeit", "Standard", "News", "Union"})


def is_member_noun(word: str) -> bool:
    """``word`` (the part of a compound after an organisation's name) is a
    person or a part of it: "Chef", "Sprecherin", "Forscher", "Filialen"."""
    low = word.lower().rsplit("-", 1)[-1]
    for ending in _NEWSROOM_ENDINGS:
        if ending and not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)] if ending else low
        if stem.endswith(MEMBER_NOUNS):
            return True
    return False
