"""A party post whose adjective gives a country ("der polnische Parteichef X")
is of the one party of that country the article names
(:func:`kg.extract.roles_more.with_country_parties`); the country stays where
the article names several of its parties or none. Invented sentences on
hand-annotated Docs (parties from the shipped gazetteer)."""

from __future__ import annotations

import pytest

from tests.conftest import extract

_ACTORS = {
    "Jan Nowicki": "PER",
    "Eva Moser": "PER",
    "PiS": "ORG",
    "SPÖ": "ORG",
    "ÖVP": "ORG",
    "Warschau": "LOC",
}


def _roles(nlp, text: str) -> set[tuple[str, str, str | None]]:
    rec = extract(nlp, text, _ACTORS)
    return {(r.person.partition("/")[2], r.role, r.organisation) for r in rec.roles}


def test_the_one_party_of_the_country(blank_nlp) -> None:
    text = (
        "Die PiS gewinnt in Umfragen. Warschau – Der polnische Parteichef Jan "
        "Nowicki hat die Regierung kritisiert."
    )
    assert ("Jan Nowicki", "Parteichef", "org/PiS") in _roles(blank_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # two parties of the country: which one is not said
        "Die SPÖ und die ÖVP stritten. Die österreichische Parteichefin Eva Moser "
        "schwieg.",
        # no party of it
        "Die österreichische Parteichefin Eva Moser schwieg.",
    ],
)
def test_the_country_stays_without_one_party(blank_nlp, text) -> None:
    assert ("Eva Moser", "Parteichefin", "place/Österreich") in _roles(blank_nlp, text)
