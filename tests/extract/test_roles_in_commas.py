"""A title after a definite article with the holder's name between commas right
after it ("Die neue Geschäftsführerin, X, ist …";
:func:`kg.extract.roles_more.person_after_phrase`). Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import named_roles

_ACTORS = {"Olaf Berg": "PER", "Ida Roth": "PER", "Tom Riese": "PER", "SPÖ": "ORG"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Die neue Geschäftsführerin, Ida Roth, spart bei den Boni.",
            ("Ida Roth", "Geschäftsführerin", None),
        ),
        (
            "Das sagte der Bürgermeister, Olaf Berg (SPÖ), am Montag.",
            ("Olaf Berg", "Bürgermeister", None),
        ),
    ],
)
def test_the_name_in_commas_after_a_title(blank_nlp, text, role) -> None:
    assert role in named_roles(blank_nlp, text, _ACTORS)


@pytest.mark.parametrize(
    "text",
    [
        # the name is of the noun the title depends on
        "Die Frau des Geschäftsführers, Ida Roth, spart.",
        # a list of persons
        "Dabei waren der Geschäftsführer, Olaf Berg, Ida Roth und Tom Riese.",
    ],
)
def test_no_post_of_a_name_in_commas_elsewhere(blank_nlp, text) -> None:
    assert not named_roles(blank_nlp, text, _ACTORS)
