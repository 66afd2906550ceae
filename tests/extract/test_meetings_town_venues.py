"""A meeting in a town's political building named without its town ("im
Rathaus", "im Landhaus", "im Haus der Industrie") is in the town the report
comes from (meet8): the dateline's city, the one city the article is about, or
the town of the venue's adjective ("im Grazer Landhaus"); a meeting first
told as "an dem Treffen" is where the meeting noun of the sentence before was.
Invented sentences on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Graz": "LOC",
    "Linz": "LOC",
    "Wels": "LOC",
    "Jan Falk": "PER",
}


def test_a_meeting_in_the_town_hall_is_in_the_dateline_town(blank_nlp) -> None:
    text = (
        "Wels – Bürgermeister Olaf Berg empfing am Montag Landesrätin Ida Roth "
        "im Rathaus."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, "Wels")
    ]


def test_the_house_of_industry_is_in_the_town_the_article_is_about(
    blank_nlp,
) -> None:
    text = (
        "In Linz wird gespart. Minister Olaf Berg traf Ida Roth am Dienstag im "
        "Haus der Industrie. Linz erwartet Zahlen."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, "Linz")
    ]


def test_the_town_adjective_of_the_venue_names_its_town(blank_nlp) -> None:
    text = (
        "Linz – Olaf Berg traf Ida Roth am Montag im Grazer Landhaus. "
        "In Graz regnete es."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, "Graz")
    ]


def test_a_venue_of_an_unnamed_other_town_gets_no_place(blank_nlp) -> None:
    text = "Linz – Olaf Berg traf Ida Roth am Montag im Salzburger Landhaus."
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, None)
    ]


def test_without_a_town_the_venue_gives_no_place(blank_nlp) -> None:
    text = "Olaf Berg traf Ida Roth am Montag im Rathaus."
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, None)
    ]


def test_the_meeting_referred_back_to_is_in_the_venue_before(blank_nlp) -> None:
    text = (
        "Wels – Landesrätin Ida Roth hat die Bürgermeister zu einem Gipfel ins "
        "Landhaus geladen. An dem Treffen nahmen auch Olaf Berg und Jan Falk teil."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Jan Falk"}, "Wels")
    ]


def test_an_untagged_chancellery_is_in_the_dateline_town(blank_nlp) -> None:
    text = "Linz – Kanzler Olaf Berg traf Ida Roth am Montag im Kanzleramt."
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, "Linz")
    ]
