"""Holders named after a title's complement ("der Staatssekretär für EU-Fragen,
X", "die Präsidentin des Verbands X", "der Vizepräsident des Senats und
Lega-Politiker X") and titles after "als" said of the clause's subject
(:func:`kg.extract.roles_more.person_after_phrase`, ``subject_as``). Invented
sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import named_roles

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Tom Riese": "PER",
    "Hanna Lind": "PER",
    "Roths": "PER",
    "Third Wave": "PER",
    "Klaus Brenner": "PER",
    "Andreas Lind": "PER",
}


def _roles(nlp, text: str) -> set[tuple]:
    return {(p, r) for p, r, _ in named_roles(nlp, text, _ACTORS)}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Das sei falsch, sagte der Staatssekretär für EU-Fragen, Olaf Berg, "
            "am Montag.",
            ("Olaf Berg", "Staatssekretär"),
        ),
        (
            "Das sei ein Fehler, sagte die Präsidentin des Verbands Ida Roth.",
            ("Ida Roth", "Präsidentin"),
        ),
        (
            "Die Rede hielt der Vorsitzende des Rats der Freien Bauern, Tom Riese.",
            ("Tom Riese", "Vorsitzender"),
        ),
        (
            "Das kommentierte der Vizepräsident des Senats und Lega-Politiker "
            "Olaf Berg.",
            ("Olaf Berg", "Vizepräsident"),
        ),
        (
            "Vom Verlierer zum Sieger: Olaf Berg will als Sozialminister Furore "
            "machen.",
            ("Olaf Berg", "Sozialminister"),
        ),
        # a first name ending in -s is no genitive: the name ends in "Brenner"
        (
            "Der Vorstandschef der Bank, Klaus Brenner, sieht das anders.",
            ("Klaus Brenner", "Vorstandschef"),
        ),
        (
            "Der Sprecher der Behörde, Andreas Lind, schwieg.",
            ("Andreas Lind", "Sprecher"),
        ),
    ],
)
def test_holder_after_the_complement(blank_nlp, text: str, role) -> None:
    assert role in _roles(blank_nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the name after the minister's title is the minister's
        (
            "Der Sprecher des Ministers Olaf Berg wollte nichts sagen.",
            ("Olaf Berg", "Sprecher"),
        ),
        # the name after a kind of organisation is its name
        (
            "Ida Roth, Geschäftsführerin der Agentur Third Wave, wurde geehrt.",
            ("Third Wave", "Geschäftsführerin"),
        ),
        # a title in apposition is the person's before it, not of the genitive
        (
            "Das sagte Hanna Lind, Professorin für Biologie an der Universität, "
            "Roths Thesen seien falsch.",
            ("Ida Roth", "Professorin"),
        ),
        # a comparison, not a post
        (
            "Olaf Berg ist mehr als Trainer gefragt.",
            ("Olaf Berg", "Trainer"),
        ),
    ],
)
def test_no_holder_after_the_complement(blank_nlp, text: str, role) -> None:
    assert role not in _roles(blank_nlp, text)
