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


_UNION_ACTORS = {
    "Gewerkschaftsbund": "ORG",
    "Gewerkschaft Öffentlicher Dienst": "ORG",
    "Wirtschaftskammer": "ORG",
    "Handelsverband": "ORG",
}


@pytest.mark.parametrize(
    "text",
    [
        # a bare "Gewerkschaft" listed after a named side: the union named
        # before, also far before; "Annäherung zwischen" names their talks
        (
            "Die Gewerkschaft Öffentlicher Dienst prüft einen Vorschlag der "
            "Wirtschaftskammer. Das dauert. "
            "Die Frist läuft. Viele warten. Manche hoffen. Andere nicht. Einige "
            "zweifeln. Nun gibt es eine Annäherung zwischen Wirtschaftskammer und "
            "Gewerkschaft."
        ),
        # a doubled space between the sides
        (
            "Die Gewerkschaft Öffentlicher Dienst prüft einen Vorschlag. Am Montag "
            "begannen Verhandlungen zwischen Wirtschaftskammer  und Gewerkschaft."
        ),
    ],
)
def test_bare_union_side(blank_nlp, text) -> None:
    assert meetings_found(blank_nlp, text, _UNION_ACTORS) == [
        ({"Wirtschaftskammer", "Gewerkschaft Öffentlicher Dienst"}, None)
    ]


def test_bare_union_side_needs_one_union(blank_nlp) -> None:
    # two unions named before: which one "Gewerkschaft" is stays open
    text = (
        "Der Gewerkschaftsbund und die Gewerkschaft Öffentlicher Dienst prüfen einen "
        "Vorschlag. Das dauert. Die Frist läuft. Viele warten. Manche hoffen. "
        "Andere nicht. Einige zweifeln. Nun gibt es Verhandlungen zwischen "
        "Wirtschaftskammer und Gewerkschaft."
    )
    assert meetings_found(blank_nlp, text, _UNION_ACTORS) == []
