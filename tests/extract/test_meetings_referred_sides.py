"""The other side of talks given by a noun that refers to an organisation named
before: "die Verhandlungen zwischen der Gewerkschaft X und dem Konzern" (the
company of the sentence before), "mit Vertretern der X und der Bahn" (the
"Nordbahn" named before); never the first side again. Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import meetings_found

_ACTORS = {
    "Nordbahn": "ORG",
    "Fahrdienst": "ORG",
    "Olaf Berg": "PER",
    "Linz": "LOC",
}


def test_the_company_named_before_is_the_other_side(blank_nlp) -> None:
    text = (
        "Im Streit bei der Nordbahn gibt es keine Einigung. Am Dienstag sind die "
        "Verhandlungen zwischen der Gewerkschaft Fahrdienst und dem Konzern "
        "abgebrochen worden."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Fahrdienst", "Nordbahn"}, None)
    ]


def test_the_last_word_of_a_name_named_before_is_the_organisation(blank_nlp) -> None:
    text = (
        "Der Streit bei der Nordbahn dauert an. Minister Olaf Berg will sich am "
        "Freitag mit Vertretern der Fahrdienst und der Bahn in Linz treffen."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Fahrdienst", "Nordbahn"}, "Linz")
    ]


def test_the_first_side_is_not_the_other_side_again(blank_nlp) -> None:
    # only the union is named: "dem Konzern" refers to no one else
    text = (
        "Die Gewerkschaft Fahrdienst ist unzufrieden. Am Dienstag sind die "
        "Verhandlungen zwischen der Fahrdienst und dem Konzern abgebrochen worden."
    )
    found = meetings_found(blank_nlp, text, _ACTORS)
    assert not any(len(attendees) >= 2 for attendees, _ in found)
