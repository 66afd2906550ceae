"""Meeting phrasings found missing on the second GermEval Wikipedia meeting gold
(``bench/extract_dev_gew2.jsonl``, issue 15): a range of years ("zwischen 1972
und 1977") in the clause an agreement verb ends is no clause boundary, so the
subject that opens the clause is a party; and the one an agreement is signed or
concluded with, named after "mit" right after the agreement noun ("schloss ein
Abkommen mit X ab"). Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from kg.lang.de.number_ranges import joins_numbers
from tests.conftest import meetings_found

_ACTORS = {
    "Ungarn": "LOC",
    "EU": "ORG",
    "Nordbank": "ORG",
    "Südbank": "ORG",
    "Tom Blau": "PER",
    "USA": "LOC",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ein Ziel war erreicht, als Ungarn zwischen 1992 und 1995 ein "
            "Handelsabkommen mit der EU abschloss.",
            [({"Ungarn", "EU"}, None)],
        ),
        (
            "Ein Ziel war erreicht, als Ungarn zwischen Mai 1992 und März 1995 "
            "ein Handelsabkommen mit der EU abschloss.",
            [({"Ungarn", "EU"}, None)],
        ),
        (
            "Es wurde ruhiger, nachdem die Nordbank zwischen 2001 und 2004 ein "
            "Abkommen mit der Südbank unterzeichnet hatte.",
            [({"Nordbank", "Südbank"}, None)],
        ),
    ],
)
def test_year_range_before_agreement_verb(blank_nlp, text, expected) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ungarn schloss 1992 ein Handelsabkommen mit der EU ab.",
        "Ungarn unterzeichnete 1992 ein Handelsabkommen mit der EU.",
        "Im Jahr 2004 schloss die Nordbank einen Kooperationsvertrag mit der Südbank.",
    ],
)
def test_agreement_signed_with(blank_nlp, text) -> None:
    parties = {"Ungarn", "EU"} if "Ungarn" in text else {"Nordbank", "Südbank"}
    assert meetings_found(blank_nlp, text, _ACTORS) == [(parties, None)]


@pytest.mark.parametrize(
    "text",
    [
        # one person signing with a company: a contract, no meeting
        "Der Sänger Tom Blau unterzeichnete einen Plattenvertrag mit der Südbank.",
        # the noun's "mit" where nothing is signed: a topic, not a party
        "Die EU erörterte das Handelsabkommen mit den USA.",
        # "mit" not right after the agreement noun
        "Ungarn unterzeichnete das Abkommen, das mit der EU ausgehandelt wurde.",
    ],
)
def test_no_agreement_partner(blank_nlp, text) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == []


@pytest.mark.parametrize(
    ("text", "i", "expected"),
    [
        ("zwischen 1972 und 1977", 2, True),
        ("zwischen Mai 1990 und März 1991", 3, True),
        ("von 20 bis 30 Prozent", 2, True),
        ("die EU und die USA", 2, False),
        ("im Jahr 1990 und die EU", 3, False),
    ],
)
def test_joins_numbers(blank_nlp, text, i, expected) -> None:
    assert joins_numbers(blank_nlp(text), i) is expected
