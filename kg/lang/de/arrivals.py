"""German words of arriving at a place: "ist in Peking eingetroffen", "traf am
Montag in Moskau ein", "kam in Wien an", "landete in Kiew". The place of an
arrival is where the arrived person's meeting told in the next sentence is
held ("X ist in Peking eingetroffen. Am Dienstag will er mit Y sprechen").
Read by :mod:`kg.extract.arrival_places`.
"""

from __future__ import annotations

__all__ = [
    "ARRIVAL_PARTICLES",
    "ARRIVAL_WORDS",
    "PERSON_PRONOUNS",
    "PLUPERFECT",
    "RETURN_WORDS",
]

#: whole words of arriving: participles and simple past of "landen"
ARRIVAL_WORDS = frozenset(
    {"eingetroffen", "angekommen", "angereist", "gelandet", "landete", "landeten"}
)

#: separable verbs of arriving, by their finite forms, and their particle at the
#: end of the clause: "traf am Montag in Moskau ein", "kam in Wien an"
ARRIVAL_PARTICLES = {
    "trifft": "ein",
    "traf": "ein",
    "trafen": "ein",
    "treffen": "ein",
    "kommt": "an",
    "kam": "an",
    "kamen": "an",
    "reiste": "an",
    "reisten": "an",
}

#: the pronouns by which the next sentence goes on with the arrived person
PERSON_PRONOUNS = frozenset({"er", "sie"})

#: words of a trip back or home: its goal is no place of the meetings told after
#: ("flog am Abend nach Berlin zurück", "reiste heim")
RETURN_WORDS = frozenset({"zurück", "heim", "nachhause", "rückreise", "rückflug"})

#: auxiliaries of the pluperfect: a meeting sentence after a trip that tells of
#: before it ("X reiste nach Rom. Er hatte mit Y telefoniert")
PLUPERFECT = frozenset({"hatte", "hatten", "war", "waren"})
