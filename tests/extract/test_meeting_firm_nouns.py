"""A side of talks named by a definite noun for a firm named before (meet13):
a noun that ends another name of the firm ("die Bank" after "Erste Bank", which
the gazetteer calls "Erste Group"; after "die Raiffeisen-Bank" as written), and
a noun for its management ("mit der Konzernführung", "Die Geschäftsführung
traf sich"). Invented sentences on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import meetings_found

_ACTORS = {"Erste Bank": "ORG", "Arbeiterkammer": "ORG", "Ida Roth": "PER"}


def test_the_subject_noun_ending_an_alias_is_that_firm(blank_nlp) -> None:
    text = (
        "Die Erste Bank hat Ärger mit ihren Kunden. Die Bank berät gerade mit "
        "der Arbeiterkammer über die Folgen."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Erste Group", "Arbeiterkammer"}, None)
    ]


def test_the_noun_after_mit_ending_an_alias_is_that_firm(blank_nlp) -> None:
    text = (
        "Die Erste Bank will Filialen schließen. Ministerin Ida Roth traf sich "
        "am Montag mit der Bank."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Ida Roth", "Erste Group"}, None)
    ]


def test_a_noun_ending_no_name_of_the_firm_is_no_side(blank_nlp) -> None:
    text = (
        "Die Erste Bank will Filialen schließen. Ministerin Ida Roth traf sich "
        "am Montag mit der Versicherung."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == []


def test_the_noun_ending_the_firm_as_written_is_that_firm(blank_nlp) -> None:
    # named "Raiffeisen Bank International", written as a compound
    actors = {"Raiffeisen-Bank": "ORG", "Arbeiterkammer": "ORG"}
    text = (
        "Die Raiffeisen-Bank hat Ärger mit ihren Kunden. Die Bank verhandelt "
        "mit der Arbeiterkammer."
    )
    assert meetings_found(blank_nlp, text, actors) == [
        ({"Raiffeisen Bank International", "Arbeiterkammer"}, None)
    ]


_FIRMS = {"Nordstahl": "ORG", "Metallunion": "ORG"}


def test_talks_with_the_management_are_talks_with_the_firm(blank_nlp) -> None:
    text = (
        "Die Firma Nordstahl will 2000 Stellen streichen. Die Metallunion "
        "verhandelt seit Montag mit der Konzernführung."
    )
    assert meetings_found(blank_nlp, text, _FIRMS) == [
        ({"Metallunion", "Nordstahl"}, None)
    ]


def test_the_management_as_subject_is_the_firm(blank_nlp) -> None:
    text = (
        "Die Firma Nordstahl will 2000 Stellen streichen. Die Geschäftsführung "
        "traf sich am Montag mit der Metallunion."
    )
    assert meetings_found(blank_nlp, text, _FIRMS) == [
        ({"Metallunion", "Nordstahl"}, None)
    ]


def test_the_management_with_an_unnamed_council_is_no_meeting(blank_nlp) -> None:
    text = (
        "Die Firma Nordstahl will 2000 Stellen streichen. Die Konzernführung "
        "traf sich am Montag mit dem Betriebsrat."
    )
    assert meetings_found(blank_nlp, text, _FIRMS) == []
