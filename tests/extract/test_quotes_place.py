"""A state speaks only through its government (issue 17, the corpus audit of
``bench/speaker_audit.tsv``): media, researchers, companies and people of a
country are not the country, and a place after "in" is where someone speaks,
not who (kg/extract/quotes_place.py). Invented texts, no model."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, PER, extract, said


@pytest.mark.parametrize(
    "clause",
    [
        "berichteten griechische Medien am Abend",
        "meldete das griechische Staatsfernsehen",
        "berichten griechische Forscher im Fachblatt",
        "sagte ein griechischer Sänger",
    ],
)
def test_people_of_a_country_are_not_the_country(gazetteer_nlp, clause) -> None:
    rec = extract(
        gazetteer_nlp,
        f"Im Hafen warten Tausende. Noch seien keine Fähren angekommen, {clause}.",
        {},
    )
    assert said(rec, "who", "text") == {(None, "Noch seien keine Fähren angekommen")}


def test_a_state_official_still_speaks_for_the_state(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Im Hafen warten Tausende. Noch seien keine Fähren angekommen, sagte ein "
        "griechischer Regierungsvertreter.",
        {},
    )
    assert said(rec, "who", "text") == {
        ("place/Griechenland", "Noch seien keine Fähren angekommen")
    }


def test_the_company_after_the_prefix_speaks(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der Umsatz stieg. Das Geschäft laufe gut, so das US-Unternehmen Brightly.",
        {"US-Unternehmen": LOC, "Brightly": ORG},
    )
    assert said(rec, "who", "text") == {("org/Brightly", "Das Geschäft laufe gut")}


def test_a_place_after_in_is_where_not_who(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "In der Nacht brannte eine Lagerhalle. Nach den Bränden in Hamburg haben "
        "die Ermittler nach eigenen Angaben zwei Verdächtige gefasst.",
        {"Hamburg": LOC},
    )
    assert rec.quotes
    assert all(q.speaker != "place/Hamburg" for q in rec.quotes)


def test_the_person_named_beats_a_place_where_he_spoke(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der Prozess endete. Das sei ein trauriger Fall, sagte ein Richter in "
        "Madrid, Pablo Ruiz, am Montag.",
        {"Madrid": LOC, "Pablo Ruiz": PER},
    )
    assert {q.speaker for q in rec.quotes} <= {"person/Pablo Ruiz"}
