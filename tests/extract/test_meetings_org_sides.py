"""Talks between organisations (issue 15, meet14): "die Verhandlungen beider
Vereine" in a sentence that names no side refers to the two named in the two
sentences before. Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Nordbank": "ORG",
    "Südbank": "ORG",
    "Ostbank": "ORG",
    "SV Waldau": "ORG",
    "FC Seedorf": "ORG",
    "Linz": "LOC",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two sides of the sentences before
        (
            "Olaf Berg wechselt vom SV Waldau zum FC Seedorf. Am Dienstag endeten "
            "die Verhandlungen beider Vereine erfolgreich.",
            [({"SV Waldau", "FC Seedorf"}, None)],
        ),
        (
            "Die Nordbank will die Südbank kaufen. Das sagte ein Sprecher. Die "
            "Gespräche beider Banken laufen seit Wochen.",
            [({"Nordbank", "Südbank"}, None)],
        ),
    ],
)
def test_pair_named_before(blank_nlp, text, expected) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == expected


def test_pair_needs_exactly_two_before(blank_nlp) -> None:
    # three banks before: which two "beider Banken" means is not said
    text = (
        "Die Nordbank, die Südbank und die Ostbank melden Gewinne. Die Gespräche "
        "beider Banken laufen seit Wochen."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == []
