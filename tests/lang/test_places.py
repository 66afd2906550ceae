"""kg.lang.de.places: the places a demonym may stand for, one table for role
organisations and speakers."""

from __future__ import annotations

import pytest

from kg.lang.de.places import DEMONYM_PLACES, demonym_places


@pytest.mark.parametrize(
    ("word", "places"),
    [
        ("Wiener", ["Wien"]),  # the name plus "-er"
        ("Kärntner", ["Kärnten"]),  # the table
        ("Pöltner", ["St. Pölten"]),
        ("Steirerin"[:-2], ["Steiermark"]),
        ("Badner", ["Badn", "Baden"]),  # "-ner" after a consonant: also "-en"
        ("Kunst", []),
        ("Ober", []),  # too short for a demonym
    ],
)
def test_demonym_places(word, places) -> None:
    assert demonym_places(word) == places


def test_the_table_is_lower_case() -> None:
    assert all(k == k.lower() for k in DEMONYM_PLACES)
