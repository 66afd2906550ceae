"""A deputy named by "Vize" after the body ("SPD-Vize X", "EU-Kommissionsvize
Y") holds the post "Vize" of that body (``kg/data/roles.tsv``); a runner-up
("Vize-Weltmeister") is no post. Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(
    ("text", "ents", "role"),
    [
        (
            "Der SPD-Vize Jan Nowicki kritisierte das.",
            {"Jan Nowicki": "PER"},
            ("person/Jan Nowicki", "Vize", "org/SPD"),
        ),
        (
            "Am Mittwoch reist EU-Kommissionsvize Jan Nowicki nach Ankara.",
            {"Jan Nowicki": "PER", "Ankara": "LOC"},
            ("person/Jan Nowicki", "Kommissionsvize", "org/EU"),
        ),
    ],
)
def test_a_deputy_of_a_body(blank_nlp, text, ents, role) -> None:
    rec = extract(blank_nlp, text, ents)
    assert role in {(r.person, r.role, r.organisation) for r in rec.roles}


def test_a_runner_up_is_no_post(blank_nlp) -> None:
    rec = extract(
        blank_nlp, "Der Vize-Weltmeister Jan Nowicki siegte.", {"Jan Nowicki": "PER"}
    )
    assert not rec.roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # "Vize" after a post and "und": that post's deputy, of its country
        (
            "Nach der Sitzung sprachen Kanzler Olaf Berg (SPÖ) und Vize Jan Nowicki "
            "(ÖVP) von Fortschritten.",
            ("person/Jan Nowicki", "Vizekanzler", "place/Österreich"),
        ),
        # ... of its organisation
        (
            "Der SPD-Chef Olaf Berg und Vize Jan Nowicki stritten.",
            ("person/Jan Nowicki", "Vizechef", "org/SPD"),
        ),
    ],
)
def test_vize_after_a_post_is_its_deputy(blank_nlp, text, role) -> None:
    ents = {"Olaf Berg": "PER", "Jan Nowicki": "PER", "SPÖ": "ORG", "ÖVP": "ORG"}
    rec = extract(blank_nlp, text, ents)
    assert role in {(r.person, r.role, r.organisation) for r in rec.roles}
