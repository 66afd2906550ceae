"""Organisations of bare posts from the words around them
(:mod:`kg.extract.roles_more`) and titles added to ``roles.tsv``: the one club
of a sentence for its coach, a town's "-er" word before its mayor, the country
of the sentence before or of the subject a report opens with. Invented
sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import named_roles

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Tom Riese": "PER",
    "SK Rapid Wien": "ORG",
    "SK Sturm Graz": "ORG",
    "UEFA": "ORG",
    "Polen": "LOC",
    "Ungarn": "LOC",
    "Tschechien": "LOC",
    "Nordhafen": "LOC",
    "Salzburger ÖVP": "ORG",
    "ÖVP": "ORG",
    "SPÖ": "ORG",
}


def _roles(nlp, text: str) -> set[tuple]:
    return named_roles(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # titles added to roles.tsv
        ("Am Abend sprach Coach Tom Riese von Pech.", ("Tom Riese", "Coach", None)),
        ("Die Firma verlor, sagte CEO Ida Roth am Montag.", ("Ida Roth", "CEO", None)),
        (
            "Die Zinsen steigen, erwartet Chefökonom Olaf Berg.",
            ("Olaf Berg", "Chefökonom", None),
        ),
        (
            "Für die Fakultät sprach Dekanin Ida Roth.",
            ("Ida Roth", "Dekanin", None),
        ),
        # the one club of the sentence, before the title
        (
            "Die Spieler des SK Rapid Wien lobten Trainer Tom Riese.",
            ("Tom Riese", "Trainer", "SK Rapid Wien"),
        ),
        # the club right before "von" and the title, of two in the sentence
        (
            "Der SK Sturm Graz siegte, der SK Rapid Wien von Trainer Tom Riese verlor.",
            ("Tom Riese", "Trainer", "SK Rapid Wien"),
        ),
        # a town's "-er" word before its mayor
        (
            "Der Mürzbacher Bürgermeister Olaf Berg schrieb einen Brief.",
            ("Olaf Berg", "Bürgermeister", "Mürzbach"),
        ),
        # the country of the sentence before, which the title opens
        (
            "Ungarn und Tschechien stimmten zu. Polen hat einen Partner verloren. "
            "Finanzminister Olaf Berg schwieg dazu.",
            ("Olaf Berg", "Finanzminister", "Polen"),
        ),
        # the one Land the article names by an adjective or its party's branch
        (
            "Der steiermärkische Landtag trat zusammen. Landeshauptmann Olaf "
            "Berg fehlte.",
            ("Olaf Berg", "Landeshauptmann", "Steiermark"),
        ),
        (
            "Die Salzburger ÖVP tagte am Montag. Landesrat Olaf Berg sprach.",
            ("Olaf Berg", "Landesrat", "Salzburg"),
        ),
        # a plural "-leute" before names, each with a party
        (
            "Die Klubobleute Olaf Berg (ÖVP) und Ida Roth (SPÖ) einigten sich.",
            ("Ida Roth", "Klubobmann", "SPÖ"),
        ),
        (
            "Die Landeshauptleute Olaf Berg und Ida Roth trafen sich.",
            ("Olaf Berg", "Landeshauptmann", None),
        ),
        # a post in parentheses after a name; a minister's party is not the
        # organisation of the post (extract_gold.md: the country, or null)
        (
            "Zu Gast sind Olaf Berg (Innenminister, ÖVP) und Ida Roth.",
            ("Olaf Berg", "Innenminister", None),
        ),
        (
            "Zu Gast sind Olaf Berg (Klubobmann, ÖVP) und Ida Roth.",
            ("Olaf Berg", "Klubobmann", "ÖVP"),
        ),
        (
            "Es diskutieren Ida Roth (Sicherheitssprecherin) und Olaf Berg.",
            ("Ida Roth", "Sicherheitssprecherin", None),
        ),
        # the sentence before opens with its country, after a dateline
        (
            "Nordhafen – Polen wird die Grenze zu Ungarn schließen. Innenminister Olaf "
            "Berg bestätigte das.",
            ("Olaf Berg", "Innenminister", "Polen"),
        ),
        # a report opening with its country, others named after it
        (
            "Polen müsse sich Ungarn und Tschechien anpassen, sagte Außenminister "
            "Olaf Berg.",
            ("Olaf Berg", "Außenminister", "Polen"),
        ),
    ],
)
def test_role_of_the_words_around(blank_nlp, text: str, role) -> None:
    assert role in _roles(blank_nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a federation employs no coach
        (
            "Die UEFA sperrte Trainer Tom Riese für zwei Spiele.",
            ("Tom Riese", "Trainer", "UEFA"),
        ),
        # two countries in the sentence before, which opens with neither
        (
            "Es stritten Polen und Ungarn. Finanzminister Olaf Berg schwieg dazu.",
            ("Olaf Berg", "Finanzminister", "Polen"),
        ),
        # a nationality before a club's or firm's post is no employer
        (
            "Möglich macht dies der polnische Trainer Olaf Berg.",
            ("Olaf Berg", "Trainer", "Polen"),
        ),
        # a former post in parentheses
        (
            "Zu Gast ist Olaf Berg (Ex-Innenminister, ÖVP).",
            ("Olaf Berg", "Innenminister", "ÖVP"),
        ),
        # two Länder by words: neither
        (
            "Der steirische und der Kärntner Landtag tagten. Landeshauptmann "
            "Olaf Berg fehlte.",
            ("Olaf Berg", "Landeshauptmann", "Steiermark"),
        ),
        # a lower-case word before the mayor names no town
        (
            "Der neue Bürgermeister Olaf Berg schrieb einen Brief.",
            ("Olaf Berg", "Bürgermeister", "Neu"),
        ),
    ],
)
def test_no_role_of_the_words_around(blank_nlp, text: str, role) -> None:
    assert role not in _roles(blank_nlp, text)
