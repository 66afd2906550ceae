"""The person a title names as the subject of a verbal interaction ("Der
Trainer stritt ab") is no person the text introduced with another noun for
what they are ("Keeper X", "Torhüter X"), as for quotes
(:func:`kg.extract.coref.antecedent` with ``title``). Invented sentences, the
entities set by hand (kg/extract/interaction_actors.py, kg/extract/coref.py)."""

from __future__ import annotations

import pytest

from tests.conftest import PER, acts, extract


@pytest.fixture(scope="module")
def shipped():
    from kg.nlp import load_nlp

    return load_nlp()


@pytest.mark.parametrize("title", ["Der Trainer", "Der 96-Trainer"])
def test_a_title_is_no_person_named_with_another_noun(shipped, title) -> None:
    rec = extract(
        shipped,
        "Der starke Keeper Karl-Heinz Mauder freute sich über den Sieg, Peter "
        f"Lindner sprach von einem glücklichen Erfolg. {title} stritt auch ab, "
        "dass seine Mannschaft müde gewesen sei.",
        {"Karl-Heinz Mauder": PER, "Peter Lindner": PER},
    )
    assert acts(rec, "type", "source") == {("DENY", "person/Peter Lindner")}


def test_a_title_is_the_person_named_with_the_same_post(shipped) -> None:
    rec = extract(
        shipped,
        "Trainer Karl Mauder freute sich über den Sieg, Peter Lindner sprach "
        "von einem glücklichen Erfolg. Der Trainer stritt auch ab, dass seine "
        "Mannschaft müde gewesen sei.",
        {"Karl Mauder": PER, "Peter Lindner": PER},
    )
    assert acts(rec, "type", "source") == {("DENY", "person/Karl Mauder")}


def test_a_title_after_the_verb_is_no_person_named_otherwise(shipped) -> None:
    rec = extract(
        shipped,
        "Der Torhüter Karl Mauder hielt zwei Elfmeter, Peter Lindner war "
        "zufrieden. Später lobte der Trainer die Abwehr.",
        {"Karl Mauder": PER, "Peter Lindner": PER},
    )
    assert acts(rec, "type", "source") == {("PRAISE", "person/Peter Lindner")}
