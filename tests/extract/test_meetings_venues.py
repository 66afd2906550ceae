"""A seat of government named by its building is the meeting's place when the
meeting happens in it ("empfing Y im Weißen Haus", "im Élysée-Palast", "in der
Downing Street"); the building used only as a place is then no organisation of
the article, but one that also acts ("Das Weiße Haus teilte mit") stays one.
A meeting "am Rande des Besuchs" is where the visit told before was. Invented
sentences on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import extract, meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Falk": "PER",
    "Berg": "PER",
    "Weißen Haus": "ORG",
    "Weiße Haus": "ORG",
    "Élysée-Palast": "ORG",
    "Downing Street": "ORG",
    "Kreml": "ORG",
    "Linz": "LOC",
    "Graz": "LOC",
    "Paris": "LOC",
    "Eva Lang": "PER",
}


def test_a_meeting_in_the_white_house_is_held_there(blank_nlp) -> None:
    text = "Präsident Olaf Berg empfing Ida Roth am Montag im Weißen Haus."
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, "Weißes Haus")
    ]


def test_a_palace_with_a_hyphen_is_a_place_too(blank_nlp) -> None:
    text = "Präsident Olaf Berg empfing Ida Roth am Montag im Élysée-Palast."
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, "Élysée-Palast")
    ]


def test_a_street_that_seats_a_government_after_in_der(blank_nlp) -> None:
    text = "Premier Olaf Berg traf Ida Roth in der Downing Street."
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, "Downing Street")
    ]


def test_the_building_is_more_specific_than_the_city(blank_nlp) -> None:
    text = "Präsident Olaf Berg empfing Ida Roth in Linz im Kreml."
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, "Kreml")
    ]


def test_a_building_used_only_as_a_place_is_no_organisation(blank_nlp) -> None:
    rec = extract(
        blank_nlp, "Präsident Olaf Berg empfing Ida Roth im Weißen Haus.", _ACTORS
    )
    keys = {e.key for e in rec.entities}
    assert "place/Weißes Haus" in keys
    assert not any(k.startswith("org/") for k in keys)


def test_a_building_that_speaks_stays_an_organisation(blank_nlp) -> None:
    text = (
        "Das Weiße Haus teilte am Montag mit, Olaf Berg empfange Ida Roth. "
        "Olaf Berg empfing Ida Roth am Dienstag im Weißen Haus."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert "org/Weißes Haus" in {e.key for e in rec.entities}
    assert [m.location for m in rec.meetings] == ["place/Weißes Haus"]


def test_a_talk_beside_a_visit_is_where_the_visit_was(blank_nlp) -> None:
    text = (
        "Olaf Berg ist am Donnerstag zu einem Besuch in Linz eingetroffen. "
        "Am Rande des Besuchs traf Berg auch Jan Falk."
    )
    assert meetings_found(blank_nlp, text, _ACTORS)[-1] == (
        {"Olaf Berg", "Jan Falk"},
        "Linz",
    )


def test_a_talk_beside_a_visit_in_a_place_of_its_own(blank_nlp) -> None:
    text = (
        "Olaf Berg ist am Donnerstag zu einem Besuch in Linz eingetroffen. "
        "Am Rande des Besuchs traf Berg auch Jan Falk in Graz."
    )
    assert meetings_found(blank_nlp, text, _ACTORS)[-1] == (
        {"Olaf Berg", "Jan Falk"},
        "Graz",
    )


def test_a_talk_beside_a_visit_told_by_its_verb(blank_nlp) -> None:
    # no sentence names "Besuch": the meeting sentence before with a place
    text = (
        "Präsident Olaf Berg hat am Freitag in Linz Ida Roth empfangen. "
        "Die Lage an der Front sei ernst, sagte Roth. "
        "Am Rande des Besuchs traf Roth auch Eva Lang."
    )
    assert meetings_found(blank_nlp, text, _ACTORS)[-1] == (
        {"Ida Roth", "Eva Lang"},
        "Linz",
    )


def test_a_city_and_the_building_in_it_are_one_meeting(blank_nlp) -> None:
    text = (
        "Olaf Berg und Ida Roth beraten in Paris.\n\n"
        "Präsident Olaf Berg hat Ida Roth am Freitag im Élysée-Palast empfangen."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, "Élysée-Palast")
    ]
