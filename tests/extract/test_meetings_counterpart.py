"""The other side of a meeting named only by nationality and title ("mit
seinem ungarischen Amtskollegen", "traf den französischen Außenminister"): the
country (bench/extract_gold.md: a state whose head is not named takes part as
the state); and "Bei dem Treffen mit X" whose other attendee is the one
person subject of the sentence before (issue 15). Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Karl Stein": "PER",
    "Jean Dupont": "PER",
    "Wien": "LOC",
    "Paris": "LOC",
    "Prag": "LOC",
}


def _attendees(nlp, text: str) -> list[set[str]]:
    return [names for names, _ in meetings_found(nlp, text, _ACTORS)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Der Kanzler Olaf Berg hat am Montag mit seinem ungarischen "
            "Amtskollegen telefoniert.",
            [{"Olaf Berg", "Ungarn"}],
        ),
        (
            "Am Freitag sprach Ida Roth mit ihrer tschechischen Amtskollegin "
            "über die Grenze.",
            [{"Ida Roth", "Tschechien"}],
        ),
        (
            "Die Ministerin Ida Roth traf am Montag den französischen Außenminister.",
            [{"Ida Roth", "Frankreich"}],
        ),
        (
            "Olaf Berg besuchte am Dienstag den slowakischen Regierungschef.",
            [{"Olaf Berg", "Slowakei"}],
        ),
    ],
)
def test_counterpart_by_nationality(gazetteer_nlp, text, found) -> None:
    assert _attendees(gazetteer_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a name after the title: the person, not the country
        (
            "Die Ministerin Ida Roth traf am Montag den französischen "
            "Außenminister Jean Dupont.",
            [{"Ida Roth", "Jean Dupont"}],
        ),
        (
            "Olaf Berg hat mit seinem ungarischen Amtskollegen Karl Stein telefoniert.",
            [{"Olaf Berg", "Karl Stein"}],
        ),
    ],
)
def test_counterpart_named(gazetteer_nlp, text, found) -> None:
    assert _attendees(gazetteer_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Der Kanzler Olaf Berg reiste am Montag nach Paris. Bei dem Treffen "
            "mit Jean Dupont ging es um den Haushalt.",
            [{"Olaf Berg", "Jean Dupont"}],
        ),
        (
            "Österreichs Ministerin Ida Roth flog am Freitag nach Prag. Beim "
            "Treffen mit Karl Stein "
            "stand die Energie im Mittelpunkt.",
            [{"Ida Roth", "Karl Stein"}],
        ),
        (
            # an indefinite meeting noun too (meet12)
            "Der Kanzler Olaf Berg reiste am Montag nach Paris. Bei einem "
            "Treffen mit Jean Dupont ging es um den Haushalt.",
            [{"Olaf Berg", "Jean Dupont"}],
        ),
    ],
)
def test_subject_before(gazetteer_nlp, text, found) -> None:
    assert _attendees(gazetteer_nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # two persons before: whose meeting it is stays open
        "Olaf Berg und Ida Roth reisten nach Paris. Bei dem Treffen mit "
        "Jean Dupont ging es um den Haushalt.",
        # the person before is not the subject
        "Am Montag lobte die Presse Olaf Berg. Bei dem Treffen mit Jean "
        "Dupont ging es um den Haushalt.",
    ],
)
def test_no_subject_before(gazetteer_nlp, text) -> None:
    assert all("Olaf Berg" not in names for names in _attendees(gazetteer_nlp, text))
