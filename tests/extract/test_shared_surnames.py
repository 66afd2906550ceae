"""Two first names before one surname ("Bill und Hillary Clinton", "die
Geschäftsführer Rainer und Mark Töpfer"): the first name alone takes the
surname, so the first person is no bare first name (issue 13: Bill and Hillary
Clinton stay two persons, each with the full name). Hand-set entities on the
shipped pipeline (its lexicon table)."""

from __future__ import annotations

import pytest

from tests.conftest import PER, extract


@pytest.fixture(scope="module")
def shipped():
    from kg.nlp import load_nlp

    return load_nlp()


def _persons(rec) -> set[str]:
    return {e.key for e in rec.entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "ents", "persons"),
    [
        (
            "Bill und Hillary Clinton reisten nach Haiti.",
            {"Bill": PER, "Hillary Clinton": PER},
            {"person/Bill Clinton", "person/Hillary Clinton"},
        ),
        (
            "Die Geschäftsführer Rainer und Mark Brunnhuber kündigten Entlassungen an.",
            {"Rainer": PER, "Mark Brunnhuber": PER},
            {"person/Rainer Brunnhuber", "person/Mark Brunnhuber"},
        ),
    ],
)
def test_a_first_name_before_und_takes_the_surname(shipped, text, ents, persons):
    assert _persons(extract(shipped, text, ents)) == persons


def test_a_surname_before_und_stays_itself(shipped) -> None:
    rec = extract(
        shipped,
        "Schmidt und Hans Brunnhuber kamen.",
        {"Schmidt": PER, "Hans Brunnhuber": PER},
    )
    assert _persons(rec) == {"person/Schmidt", "person/Hans Brunnhuber"}


def test_a_surname_after_an_untagged_first_name_stays_itself(shipped) -> None:
    # "Mit Naby Keita und Christoph Leitgeb": the model cut "Naby"; "Keita"
    # is the surname, no first name of Leitgeb's family
    rec = extract(
        shipped,
        "Mit Naby Keita und Christoph Leitgeb fällt das Mittelfeld aus.",
        {"Keita": PER, "Christoph Leitgeb": PER},
    )
    assert "person/Keita Leitgeb" not in _persons(rec)
