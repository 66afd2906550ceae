"""The host's post after "in <capital> mit Außenminister X"
(:func:`kg.extract.roles_more.host_of_capital`). Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import named_roles

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Tom Riese": "PER",
    "Warschau": "LOC",
    "Prag": "LOC",
    "Genf": "LOC",
    "Wien": "LOC",
    "Krakau": "LOC",
}


def _roles(nlp, text: str) -> set[tuple]:
    return named_roles(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Die deutsche Kanzlerin Ida Roth traf in Warschau mit Außenminister "
            "Olaf Berg zusammen.",
            ("Olaf Berg", "Außenminister", "Polen"),
        ),
        (
            "Der italienische Premier Tom Riese sprach am Montag in Prag mit "
            "Innenministerin Ida Roth über die Grenze.",
            ("Ida Roth", "Innenministerin", "Tschechien"),
        ),
    ],
)
def test_a_post_met_in_a_capital_is_the_host_states(blank_nlp, text, role) -> None:
    assert role in _roles(blank_nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a neutral venue: no host named
        (
            "Der französische Präsident Tom Riese traf in Genf mit Außenminister "
            "Olaf Berg zusammen.",
            ("Olaf Berg", "Außenminister", "Schweiz"),
        ),
        (
            "Der französische Präsident Tom Riese traf in Wien mit Außenminister "
            "Olaf Berg zusammen.",
            ("Olaf Berg", "Außenminister", "Österreich"),
        ),
        # no capital
        (
            "Die deutsche Kanzlerin Ida Roth traf in Krakau mit Außenminister "
            "Olaf Berg zusammen.",
            ("Olaf Berg", "Außenminister", "Polen"),
        ),
    ],
)
def test_no_host_without_a_capital_of_its_own(blank_nlp, text, role) -> None:
    assert role not in _roles(blank_nlp, text)
