"""Words around a sports club that sports news names by its town: the nouns
of its people and its games in a compound after the town ("Köln-Trainer",
"Bayern-Profis", "Basel-Stürmer", "Rapid-Spiel"), the standings nouns before
it ("Tabellenführer Leicester", "den Vorletzten Ried") and the words of an
opponent after a score ("ein 5:1 gegen Newcastle", "der 2:0-Erfolg bei
Mattersburg")."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "CLUB_MEMBER_NOUNS",
    "CLUB_PREFIXES",
    "OPPONENT_WORDS",
    "SPORT_STEMS",
    "STANDING_NOUNS",
    "TRANSFER_STEMS",
    "is_club_member_noun",
    "is_score",
    "is_sports_report",
    "is_standing_noun",
]

#: the people, the squad and the games of a club, as the last part of a
#: compound whose first part is its town: "Köln-Trainer", "Bayern-Profis",
#: "Graz-Coach", "Sturm-Anhang", "Benfica-Spiel"
CLUB_MEMBER_NOUNS = frozenset(
    """
    trainer cheftrainer coach co-trainer betreuer sportdirektor sportchef
    manager präsident boss kapitän profi spieler stürmer angreifer goalie
    keeper tormann torhüter torwart verteidiger innenverteidiger abwehrchef
    mittelfeldspieler legionär neuzugang leihspieler nachwuchs amateure
    anhang fans legende urgestein mannschaft elf team truppe kader
    spiel heimspiel auswärtsspiel partie sieg niederlage heimsieg
    """.split()
)

#: abbreviations before a club's town or name: "MFK Ruzomberok", "FK Partizan",
#: "TSV Hartberg" (the model tags the abbreviation alone at times)
CLUB_PREFIXES = frozenset(
    """
    FC SC SV SK FK MFK NK HNK GNK AC AS SS US KAA KRC AFC OSC RB SCR EC EHC
    BSC TSV TSG VfL VfB VfR SpVgg SKN SKU ASK ATSV USV SSV FSV KSV PAOK CSKA
    """.split()
)

#: nouns of a club's place in a league, before its name: "Tabellenführer
#: Leicester", "des Schlusslichts Ried", "gegen den Vorletzten Ried"
STANDING_NOUNS = frozenset(
    """
    tabellenführer spitzenreiter verfolger schlusslicht tabellenletzte
    vorletzte tabellenzweite tabellendritte drittplatzierte zweitplatzierte
    aufsteiger absteiger titelverteidiger vizemeister cupsieger erzrivale
    stadtrivale lokalrivale ligakonkurrent
    """.split()
)

#: words before an opponent after a score: "ein 5:1 gegen Newcastle", "die
#: 0:4-Niederlage beim FC Barcelona", "nach dem 2:0-Erfolg bei Mattersburg"
OPPONENT_WORDS = frozenset({"gegen", "bei", "beim", "über"})

#: a result: "5:1", "0:4-Niederlage", "(2:1)"; not a time of day "20.45"
_SCORE = re.compile(r"\(?\d{1,3}:\d{1,3}\)?(?:-[A-ZÄÖÜ]\w*)?[,.]?")


def _stems(word: str) -> tuple[str, ...]:
    """``word`` in lower case without a case or plural ending: "Profis" ->
    ("profis", "profi", ...), "Vorletzten" -> (..., "vorletzte")."""
    w = word.lower()
    return (w, w[:-1], w[:-2]) if len(w) > 4 else (w,)


def is_club_member_noun(word: str) -> bool:
    """``word`` (the part of a compound after the town) names people or games
    of a club: "Trainer", "Profis", "Stürmers", "Spiel".

    >>> is_club_member_noun("Profis"), is_club_member_noun("Bürgermeister")
    (True, False)
    """
    return any(s in CLUB_MEMBER_NOUNS for s in _stems(word))


def is_standing_noun(word: str) -> bool:
    """``word`` names a club's place in a league: "Tabellenführer",
    "Vorletzten", "Schlusslichts".

    >>> is_standing_noun("Vorletzten"), is_standing_noun("Führer")
    (True, False)
    """
    return any(s in STANDING_NOUNS for s in _stems(word))


def is_score(word: str) -> bool:
    """``word`` is a result: "5:1", "0:4-Niederlage", "(1:0)".

    >>> is_score("0:4-Niederlage"), is_score("20.45")
    (True, False)
    """
    return ":" in word and _SCORE.fullmatch(word) is not None


#: beginnings of words that sports reports write and other news seldom does,
#: whole or as the front of a compound ("Fußballer", "Mittelfeldspieler",
#: "Halbfinal-Hinspiel", "Eishockey-WM")
SPORT_STEMS = (
    "Fußball",
    "Bundesliga",
    "Champions League",
    "Champions-League",
    "Europa League",
    "Europa-League",
    "Eishockey",
    "Basketball",
    "Handball",
    "Volleyball",
    "Tennis",
    "Radsport",
    "Formel 1",
    "Formel-1",
    "Trainer",
    "Coach",
    "Stürmer",
    "Mittelfeld",
    "Verteidiger",
    "Torhüter",
    "Tormann",
    "Goalie",
    "Elfmeter",
    "Kopfball",
    "Halbzeit",
    "Pausenpfiff",
    "Anpfiff",
    "Abpfiff",
    "Spieltag",
    "Tabellen",
    "Achtelfinal",
    "Viertelfinal",
    "Halbfinal",
    "Hinspiel",
    "Rückspiel",
    "Heimspiel",
    "Auswärts",
    "Meistertitel",
    "Meisterschaft",
    "Transfer",
)

_SPORT_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, SPORT_STEMS)) + ")")


@lru_cache(maxsize=4)
def is_sports_report(text: str) -> bool:
    """``text`` reports on sport: it writes words of :data:`SPORT_STEMS` three
    times or more, of two different stems at least. Looser than
    :func:`kg.nlp.gazetteer.sports.sports_of`, which tells the sport.

    >>> is_sports_report("Der Trainer lobte den Stürmer nach dem Hinspiel.")
    True
    >>> is_sports_report("Der Trainer des Chors lobte den Tenor.")
    False
    """
    found = _SPORT_WORDS.findall(text)
    return len(found) >= 3 and len(set(found)) >= 2


#: beginnings of words of a transfer before "zu", "nach" or "von" and a club:
#: "wechselte nach Augsburg", "vor dem Transfer zu Brentford"
TRANSFER_STEMS = ("wechsel", "transfer", "verliehen", "ausgeliehen", "leihe")
