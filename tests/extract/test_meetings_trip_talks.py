"""A meeting "im Landratsamt Linz", whose building the model took as one
organisation with its town, is held in that town. A talk "am Rande des
Besuchs" after a trip told by its verb ("X reiste nach Linz") is held at the
trip's goal; "Das Gespräch mit X sei konstruktiv gewesen, sagte Y": the one
who reports the talk is its other side. Invented sentences on hand-annotated
Docs."""

from __future__ import annotations

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Falk": "PER",
    "Linz": "LOC",
}


def test_beside_a_trip_told_by_its_verb(blank_nlp) -> None:
    for text in (
        "Olaf Berg reiste am Montag nach Linz. Am Rande des Besuchs traf "
        "Olaf Berg auch Ida Roth.",
        "Olaf Berg ist am Montag nach Linz gereist. Am Rande seines Besuchs "
        "traf Olaf Berg auch Ida Roth.",
        "Olaf Berg flog am Montag nach Linz. Am Rande der Reise sprach "
        "Olaf Berg mit Ida Roth.",
    ):
        assert meetings_found(blank_nlp, text, _ACTORS) == [
            ({"Olaf Berg", "Ida Roth"}, "Linz")
        ], text


def test_beside_another_event_no_trip_place(blank_nlp) -> None:
    # the summit is not the trip: no place from it
    text = (
        "Olaf Berg reiste am Montag nach Linz. Am Rande des Gipfels traf "
        "Olaf Berg auch Ida Roth."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, None)
    ]


def test_the_one_who_reports_a_talk_is_its_other_side(blank_nlp) -> None:
    for text in (
        "Das Gespräch mit Ida Roth sei konstruktiv gewesen, sagte Olaf Berg.",
        "Das erste Telefonat mit Ida Roth sei offen gewesen, erklärte Olaf Berg.",
        "Olaf Berg sagte, das Treffen mit Ida Roth sei gut verlaufen.",
    ):
        assert meetings_found(blank_nlp, text, _ACTORS) == [
            ({"Olaf Berg", "Ida Roth"}, None)
        ], text


def test_a_spokesperson_is_no_side_of_the_talk(blank_nlp) -> None:
    text = (
        "Das Gespräch mit Ida Roth sei konstruktiv gewesen, sagte "
        "Regierungssprecher Olaf Berg."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == []


def test_a_building_named_with_its_town_places_the_meeting_there(blank_nlp) -> None:
    for name in ("Landratsamt Linz", "Kanzleramt in Linz"):
        text = f"Olaf Berg empfing Ida Roth am Montag im {name}."
        actors = {"Olaf Berg": "PER", "Ida Roth": "PER", name: "ORG"}
        assert meetings_found(blank_nlp, text, actors) == [
            ({"Olaf Berg", "Ida Roth"}, "Linz")
        ], text


def test_a_body_named_with_a_word_that_is_no_town(blank_nlp) -> None:
    text = "Olaf Berg empfing Ida Roth am Montag im Landratsamt Nord."
    actors = {"Olaf Berg": "PER", "Ida Roth": "PER", "Landratsamt Nord": "ORG"}
    assert meetings_found(blank_nlp, text, actors) == [
        ({"Olaf Berg", "Ida Roth"}, None)
    ]
