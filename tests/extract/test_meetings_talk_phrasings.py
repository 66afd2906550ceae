"""Phrasings of talks between named sides (issue 15, meet15;
:mod:`kg.extract.talk_phrasings`): "Zwischen X und Y gibt es Gespräche", "X
bestätigte Gespräche mit Y", "X und Y stehen kurz vor einer Einigung", "X und Y
unterzeichneten eine Absichtserklärung", "X hat mit Y ein Telefonat geführt",
"mit den Geldgebern" for the members the article lists after that noun before.
Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Nordbank": "ORG",
    "Südbank": "ORG",
    "Kreml": "ORG",
    "Waldau": "LOC",
    "Seedorf": "LOC",
    "Lindenbank": "ORG",
    "Ahornfonds": "ORG",
    "Talland": "LOC",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sides in a "zwischen" that opens the clause
        (
            "Zwischen der Nordbank und der Südbank gibt es Gespräche über eine Fusion.",
            [({"Nordbank", "Südbank"}, None)],
        ),
        (
            "Ein Sprecher sagte, dass zwischen Waldau und Seedorf Verhandlungen "
            "laufen.",
            [({"Waldau", "Seedorf"}, None)],
        ),
        (
            "Zwischen Waldau und Seedorf finden seit Montag Gespräche statt.",
            [({"Waldau", "Seedorf"}, None)],
        ),
        # the subject that confirms its talks with the side after "mit"
        (
            "Die Nordbank bestätigte Gespräche mit der Südbank.",
            [({"Nordbank", "Südbank"}, None)],
        ),
        (
            "Die Nordbank hat am Montag Verhandlungen mit der Südbank bestätigt.",
            [({"Nordbank", "Südbank"}, None)],
        ),
        # close to an agreement
        (
            "Die Nordbank und die Südbank stehen kurz vor einer Einigung.",
            [({"Nordbank", "Südbank"}, None)],
        ),
        # a memorandum of understanding signed
        (
            "Die Nordbank und die Südbank unterzeichneten am Montag eine "
            "Absichtserklärung.",
            [({"Nordbank", "Südbank"}, None)],
        ),
        # the partner before the call, "ein" before it
        (
            "Olaf Berg hat am Donnerstag mit Ida Roth ein Telefonat geführt.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
    ],
)
def test_phrasings_found(blank_nlp, text, expected) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "zwischen" of a noun: the talks are not between them
        ("Über die Grenze zwischen Waldau und Seedorf gibt es Gespräche.", []),
        # no talks
        ("Zwischen der Nordbank und der Südbank gibt es keine Gespräche.", []),
        # a denial is no confirmation
        ("Die Nordbank dementierte Gespräche mit der Südbank.", []),
        # the one who confirms talks between others is no side
        (
            "Der Kreml bestätigte Gespräche zwischen Olaf Berg und Ida Roth.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # a decision ahead, no agreement
        ("Die Nordbank und die Südbank stehen vor einer Entscheidung.", []),
    ],
)
def test_look_alikes(blank_nlp, text, expected) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the members listed right after the same noun before
        (
            "Die Geldgeber Lindenbank und Ahornfonds fordern Reformen. Talland "
            "verhandelt seit Wochen mit den Geldgebern.",
            [({"Talland", "Lindenbank", "Ahornfonds"}, None)],
        ),
        (
            "Talland braucht Geld von den Gläubigern – Lindenbank und Ahornfonds. Am "
            "Montag gab es Verhandlungen mit den Gläubigern, sagte Olaf Berg.",
            [({"Lindenbank", "Ahornfonds"}, None)],
        ),
    ],
)
def test_group_named_before(blank_nlp, text, expected) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group never named by its members
        ("Die Geldgeber fordern Reformen. Talland verhandelt mit den Geldgebern.", []),
        # another group: the creditors of someone else
        (
            "Die Geldgeber Lindenbank und Ahornfonds fordern Reformen. Talland "
            "verhandelt mit den Geldgebern von Olaf Berg.",
            [({"Talland", "Olaf Berg"}, None)],
        ),
    ],
)
def test_group_not_named(blank_nlp, text, expected) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == expected
