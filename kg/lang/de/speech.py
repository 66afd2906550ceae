"""German words of reported speech: "sagte X", "laut X", "X zufolge".

Three lists, each tuned to its use and different today (one list for all would
change what kg extracts); they are kept side by side so that a change to one is
made knowing the others:

* :data:`SPEAKER_CUES`: words that make the person after them the one who said
  something, not a participant of the meeting the sentence reports ("sagte
  Lawrow", "laut Kreml", "Angaben zufolge");
* :data:`SAYING_AND_MEETING_VERBS_FOR_NAMES`: verbs after which an unknown word
  opening a sentence is a person ("Gunnlaugsson erklärte", "Cazeneuve traf");
* :data:`SAYING_VERBS_FOR_TIMES`: verbs of saying whose time expression dates
  the statement, not what is said ("Die Kundgebung Anfang Mai …, erklärte er am
  Montag").

Example
-------
>>> "zufolge" in SPEAKER_CUES, "erklärte" in SAYING_VERBS_FOR_TIMES
(True, True)
"""

from __future__ import annotations

__all__ = [
    "SAYING_AND_MEETING_VERBS_FOR_NAMES",
    "SAYING_VERBS_FOR_TIMES",
    "SPEAKER_CUES",
]

# words that make the person after them the one who said something
SPEAKER_CUES = frozenset(
    {
        "sagte",
        "sagt",
        "laut",
        "erklärte",
        "betonte",
        "sagten",
        "meinte",
        "berichtete",
        "zufolge",
        "angaben",
    }
)

# verbs after which an unknown word opening the sentence is a person
SAYING_AND_MEETING_VERBS_FOR_NAMES = frozenset(
    {
        "sagte",
        "sagt",
        "erklärte",
        "betonte",
        "forderte",
        "warnte",
        "kritisierte",
        "kündigte",
        "sprach",
        "traf",
        "trifft",
        "empfing",
        "besuchte",
        "reiste",
        "telefonierte",
    }
)

# verbs of saying: in another clause they date the statement, not what is said
# ("Die Kundgebung Anfang Mai …, erklärte er am Montag")
SAYING_VERBS_FOR_TIMES = frozenset(
    (
        "sagte sagten erklärte erklärten teilte teilten berichtete berichteten "
        "meldete meldeten betonte betonten hieß schrieb schrieben bestätigte "
        "bestätigten ergänzte ergänzten versicherte versicherten fügte fügten sagt "
        "sagen erklärt heißt berichtet meldet teilt betont schreibt"
    ).split()
)
