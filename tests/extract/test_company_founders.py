"""A company named after its founder ("der Konzern Porsche" beside "Ferdinand
Porsche"): the article names the company by its kind, so the bare word stays
the company and is not merged into the person whose surname it is. Without a
kind noun the bare surname is still the person ("Kerry" is John Kerry).
Hand-set entities on the shipped pipeline (its lexicon table)."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, extract


@pytest.fixture(scope="module")
def shipped():
    from kg.nlp import load_nlp

    return load_nlp()


def _keys(rec) -> set[str]:
    return {e.key for e in rec.entities}


@pytest.mark.parametrize(
    "noun", ["Der Konzern", "Der Autobauer", "Der Maschinenbauer", "Die Firma"]
)
def test_a_company_named_by_its_kind_is_no_founder(shipped, noun) -> None:
    rec = extract(
        shipped,
        f"{noun} Brenninger baut Stellen ab. Firmengründer Alois Brenninger "
        "hätte das nicht gewollt. Brenninger will bis 2030 sparen.",
        {"Brenninger": ORG, "Alois Brenninger": PER},
    )
    assert {"org/Brenninger", "person/Alois Brenninger"} <= _keys(rec)
    assert "person/Brenninger" not in _keys(rec)


def test_without_a_kind_noun_the_surname_is_the_person(shipped) -> None:
    rec = extract(
        shipped,
        "Alois Brenninger kam nach Wien. Brenninger sprach mit Journalisten.",
        {"Brenninger": ORG, "Alois Brenninger": PER},
    )
    assert "org/Brenninger" not in _keys(rec)
    assert "person/Alois Brenninger" in _keys(rec)
