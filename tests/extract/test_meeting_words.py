"""Meeting words of a systematic list of German verbs and nouns of meeting
and negotiating ("besprechen" with a partner, "konsultieren", "Besprechung",
"Zusammenkünfte", "Videoschalte"), and what such talks are about rather than
who or where: the passive subject of "erörtert werden" and "die Lage in X".
Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Paris": "LOC",
    "Tschechien": "LOC",
    "Nato": "ORG",
}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Olaf Berg besprach mit Ida Roth den Haushalt.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        (
            "Olaf Berg konsultierte Ida Roth am Telefon.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        (
            "Die Besprechung zwischen Olaf Berg und Ida Roth dauerte drei Stunden.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        (
            "In einer Videoschalte mit Ida Roth sprach Olaf Berg über den Haushalt.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # a talk show's hosts discussing a subject: no partner after "mit"
        (
            "Mit einer Portion Humor besprechen Olaf Berg und Ida Roth alles rund um "
            "das Thema Wirtschaft.",
            [],
        ),
        # the passive subject of talking over is the topic, not a party
        (
            "Mit Olaf Berg soll in Paris die Nato-Hilfe erörtert werden.",
            [({"Olaf Berg"}, "Paris")],
        ),
        # what the talks are about is not where they are held
        (
            "Olaf Berg erörterte mit Ida Roth die Lage in Tschechien.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
    ],
)
def test_meeting_words(gazetteer_nlp, text, found):
    assert meetings_found(gazetteer_nlp, text, _ACTORS) == found
