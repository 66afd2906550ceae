"""Titles added to ``roles.tsv``: "Klubchef" is a party's post (the party that
opens the sentence before), "Gewerkschaftsschef" an organisation's. Invented
sentences on hand-annotated Docs."""

from __future__ import annotations

from kg.extract.roles_complete import post_kind
from tests.conftest import named_roles


def test_a_club_chair_is_of_the_party_before(blank_nlp) -> None:
    text = "Die SPÖ kritisierte die Pläne. Klubchef Olaf Berg sagte, das gehe nicht."
    assert ("Olaf Berg", "Klubchef", "SPÖ") in named_roles(
        blank_nlp, text, {"Olaf Berg": "PER", "SPÖ": "ORG"}
    )


def test_kinds_of_the_added_titles() -> None:
    assert post_kind("Klubchefin") == "party"
    assert post_kind("Gewerkschaftsschef") == "organisation"
