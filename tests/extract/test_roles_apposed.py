"""Holders of a title without article in apposition after their name ("X,
britische Botschafterin in Wien, warnt", "X, Arzt und Senator der Partei") and
after a complement with "im" ("der Generalstabschef im Heer, X")
(:func:`kg.extract.roles_more.apposed_holder`, ``person_after_phrase``).
Invented sentences on hand-annotated Docs (role recall audit, issue 15)."""

from __future__ import annotations

import pytest

from tests.conftest import named_roles

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Tom Riese": "PER",
    "Hanna Lind": "PER",
}


def _roles(nlp, text: str) -> set[tuple]:
    return {(p, r) for p, r, _ in named_roles(nlp, text, _ACTORS)}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Vor neuen Zöllen warnt auch Ida Roth, schwedische Botschafterin in Rom.",
            ("Ida Roth", "Botschafterin"),
        ),
        (
            "Das sei kaum zu verstehen, sagte Hanna Lind, Vorsitzende der "
            "Arbeitsgruppe für Datenschutz, am Freitag.",
            ("Hanna Lind", "Vorsitzende"),
        ),
        (
            "Die Grenze wird bewacht, wie Tom Riese, Generaldirektor für die "
            "öffentliche Sicherheit, erklärte.",
            ("Tom Riese", "Generaldirektor"),
        ),
        (
            "Olaf Berg, Tierarzt und Senator der Bauernpartei, steht unter Druck.",
            ("Olaf Berg", "Senator"),
        ),
        (
            "Das entscheidet der Generalstabschef im Heer, Tom Riese, im Mai.",
            ("Tom Riese", "Generalstabschef"),
        ),
    ],
)
def test_apposed_holder(blank_nlp, text: str, role) -> None:
    assert role in _roles(blank_nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the title is the next name's
        (
            "Es sprachen Ida Roth, Außenminister Tom Riese und andere.",
            ("Ida Roth", "Außenminister"),
        ),
        # a bare title, neither modified nor completed: a list goes on
        (
            "Es warteten Olaf Berg, Sprecher, Anwälte und Gäste.",
            ("Olaf Berg", "Sprecher"),
        ),
        # a profession or an academic rank in apposition is the person's job
        (
            "Ida Roth, Professorin für Geologie an der Universität, warnt davor.",
            ("Ida Roth", "Professorin"),
        ),
        # a plural: a list of people
        (
            "Es trafen sich Olaf Berg, Ministerinnen und Botschafter.",
            ("Olaf Berg", "Ministerin"),
        ),
    ],
)
def test_no_apposed_holder(blank_nlp, text: str, role) -> None:
    assert role not in _roles(blank_nlp, text)


_ORGS = {**_ACTORS, "Nordwind": "ORG"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Das sei verfrüht, sagte Ida Roth, Geschäftsführerin und Gründerin "
            "von Nordwind, am Montag.",
            ("Ida Roth", "Geschäftsführerin", "Nordwind"),
        ),
        (
            "Tom Riese, Herausgeber und Chefredakteur von Nordwind, sprach.",
            ("Tom Riese", "Herausgeber", "Nordwind"),
        ),
        (
            "Die Preise sinken, sagt Hanna Lind, Sprecherin für Nordwind in Europa.",
            ("Hanna Lind", "Sprecherin", "Nordwind"),
        ),
        (
            "Olaf Berg, Manager bei Nordwind, lobte den Plan.",
            ("Olaf Berg", "Manager", "Nordwind"),
        ),
    ],
)
def test_joined_titles_share_the_employer(blank_nlp, text: str, role) -> None:
    assert role in named_roles(blank_nlp, text, _ORGS)


def test_state_post_not_joined_to_the_employer(blank_nlp) -> None:
    text = "Es sprach Bundeskanzlerin und Chefin von Nordwind Ida Roth."
    assert ("Ida Roth", "Bundeskanzlerin", "Nordwind") not in named_roles(
        blank_nlp, text, _ORGS
    )
