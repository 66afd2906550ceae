"""Party membership from a compound before a name: "der CDU-Politiker X" is a
member of the CDU, as "X (CDU)" is. Invented sentences on hand-tagged Docs."""

from __future__ import annotations

import pytest

from tests.conftest import extract, role_triples


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Der CDU-Politiker Jens Berger kritisierte den Plan.", "Jens Berger", "CDU"),
        (
            "Die ÖVP-Spitzenpolitikerin Eva Gruber lehnte den Antrag ab.",
            "Eva Gruber",
            "ÖVP",
        ),
        ("Das SPD-Mitglied Kai Roth trat aus.", "Kai Roth", "SPD"),
    ],
)
def test_a_party_compound_before_a_name_is_membership(
    blank_nlp, text: str, person: str, party: str
) -> None:
    rec = extract(blank_nlp, text, {person: "PER"})
    assert (f"person/{person}", "Mitglied", f"org/{party}") in role_triples(rec)


@pytest.mark.parametrize(
    "text",
    [
        "Der BND-Mitarbeiter Hans Maier kritisierte den Plan.",  # no party
        "Der Ex-Politiker Hans Maier kritisierte den Plan.",
        "Der CDU-Politiker kritisierte Hans Maier.",  # the name is not his
    ],
)
def test_no_membership_without_a_party_before_the_name(blank_nlp, text: str) -> None:
    rec = extract(blank_nlp, text, {"Hans Maier": "PER"})
    assert not [r for r in role_triples(rec) if r[1] == "Mitglied"]


def test_a_party_post_named_later_is_of_the_members_party(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der FDP-Politiker Jens Berger ist seit Mai im Amt. Fraktionschef Berger "
        "sagte, man werde den Plan prüfen.",
        {"Jens Berger": "PER", "Berger": "PER"},
    )
    assert ("person/Jens Berger", "Fraktionschef", "org/FDP") in role_triples(rec)
