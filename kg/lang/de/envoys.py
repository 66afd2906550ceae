"""German words of sending an envoy: the one who sends stays at home ("Die
Kanzlerin schickte ihren Berater X nach Kiew, wo er Y traf": X meets Y, not
the Kanzlerin) and the one on whose behalf an envoy acts ("reiste im Auftrag
von Präsident X nach Damaskus") is no attendee either. Read by
:mod:`kg.extract.envoys`.
"""

from __future__ import annotations

__all__ = [
    "BEHALF_NOUNS",
    "DESTINATION_WORDS",
    "ENVOY_NOUNS",
    "PASSIVE_AUXILIARIES",
    "SEND_PARTICIPLES",
    "SEND_VERBS",
]

#: participles of sending a person: "hat X nach Kiew geschickt", "wurde von X
#: entsandt"
SEND_PARTICIPLES = frozenset(
    {"geschickt", "entsandt", "entsendet", "gesandt", "abgesandt", "abgeordnet"}
)

#: finite forms of sending a person ("schickte seinen Berater", "entsandte
#: eine Delegation", "sendet X nach Genf") and the participles
SEND_VERBS = (
    frozenset(
        {
            "schickt",
            "schickte",
            "schickten",
            "schicken",
            "entsendet",
            "entsendete",
            "entsendeten",
            "entsenden",
            "entsandte",
            "entsandten",
            "sandte",
            "sandten",
        }
    )
    | SEND_PARTICIPLES
)

#: nouns for the one sent, besides the titles of posts ("schickte seinen
#: Vertrauten", "entsandte eine Delegation"; not "schickte eine Einladung")
ENVOY_NOUNS = frozenset(
    {
        "vertrauten",
        "vertraute",
        "vertrauter",
        "emissär",
        "emissäre",
        "abgesandten",
        "abgesandte",
        "gesandten",
        "delegation",
        "delegationen",
        "unterhändler",
        "vertreter",
        "team",
        "mitarbeiter",
        "mitarbeiterin",
        "sohn",
        "tochter",
    }
)

#: "im Auftrag von X", "im Namen des Präsidenten X": X sends, the one acting meets
BEHALF_NOUNS = frozenset({"auftrag", "namen"})

#: auxiliaries of the passive: "X wurde von Y nach Kiew geschickt" (X is sent)
PASSIVE_AUXILIARIES = frozenset(
    {"wurde", "wurden", "wird", "werden", "worden", "war", "waren", "ist", "sind"}
)

#: a destination or errand of the one sent: "nach Kiew", "zu Gesprächen", "in
#: die Türkei", "ins Kanzleramt", "als Vermittler" (not "schickte X eine SMS")
DESTINATION_WORDS = frozenset({"nach", "zu", "zum", "zur", "in", "ins", "als"})
