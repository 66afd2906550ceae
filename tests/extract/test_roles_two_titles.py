"""Two titles joined by "und" in one apposition after a name are both that
person's posts (:func:`kg.extract.roles_more.second_apposed_title`). Invented
sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import named_roles

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Tom Riese": "PER",
    "Nordbank": "ORG",
    "Bäckerinnung": "ORG",
}


def _roles(nlp, text: str) -> set[tuple]:
    return named_roles(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Das sagte Olaf Berg, Chef der Nordbank und Präsident der "
            "Bäckerinnung, am Montag.",
            ("Olaf Berg", "Präsident", "Bäckerinnung"),
        ),
        (
            "Das berichtet Ida Roth, Geschäftsführerin der Nordbank und seit dieser "
            "Woche Vorsitzende der Bäckerinnung, im Gespräch.",
            ("Ida Roth", "Vorsitzende", "Bäckerinnung"),
        ),
    ],
)
def test_the_second_title_of_an_apposition(blank_nlp, text, role) -> None:
    assert role in _roles(blank_nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a list of persons: the title is of the name after it
        (
            "Es kamen Olaf Berg, Ida Roth und Präsident der Bäckerinnung Tom Riese.",
            ("Olaf Berg", "Präsident", "Bäckerinnung"),
        ),
        # a second person's title after the apposition closed
        (
            "Olaf Berg, Chef der Nordbank, und Präsident der Bäckerinnung Tom "
            "Riese sprachen.",
            ("Olaf Berg", "Präsident", "Bäckerinnung"),
        ),
    ],
)
def test_no_second_title_outside_the_apposition(blank_nlp, text, role) -> None:
    assert role not in _roles(blank_nlp, text)
