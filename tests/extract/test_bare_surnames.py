"""The bare surname of a person named in full, where the model left it
untagged: a word that is nothing but a name (the lexicon knows it as no common
noun and no lower-case word) is that person wherever it stands (issue 17: a
speaker's subject "Kammenos, zugleich Chef …"). Hand-set entities on the
shipped pipeline (its lexicon table); sentences written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import PER, extract


@pytest.fixture(scope="module")
def shipped():
    from kg.nlp import load_nlp

    return load_nlp()


def _mentions(rec, name: str) -> list[str]:
    return [
        m.text for e in rec.entities if e.name == name for m in e.mentions
    ]


@pytest.mark.parametrize(
    "second",
    [
        # opening a sentence before a comma (no verb of saying next)
        "Kowalczyk, zugleich Chef der Bauernpartei, warf der Regierung Untätigkeit vor.",
        # before a common noun mid-sentence
        "Als Unsinn bezeichnete Kowalczyk Vorschläge der Opposition.",
        # a double name
        "Danach sprach Kowalczyk-Nowak vor der Presse.",
    ],
)
def test_a_word_that_is_only_a_name(shipped, second) -> None:
    name = "Kowalczyk-Nowak" if "Nowak" in second else "Kowalczyk"
    text = f"Der Minister Jerzy {name} kam am Montag nach Wien. {second}"
    rec = extract(shipped, text, {f"Jerzy {name}": PER})
    assert _mentions(rec, f"Jerzy {name}") == [f"Jerzy {name}", name]


def test_a_common_word_stays_a_word(shipped) -> None:
    # "Koch" is also a noun: opening a sentence before a comma it is no name
    text = "Die Ministerin Anna Koch kam am Montag. Koch, Bäcker und Maurer fehlen."
    rec = extract(shipped, text, {"Anna Koch": PER})
    assert _mentions(rec, "Anna Koch") == ["Anna Koch"]


def test_a_name_after_it_makes_a_name_of_its_own(shipped) -> None:
    text = (
        "Der Minister Jerzy Kowalczyk kam am Montag. "
        "Später sprach Kowalczyk Tadeusz mit Journalisten."
    )
    rec = extract(shipped, text, {"Jerzy Kowalczyk": PER, "Tadeusz": PER})
    assert _mentions(rec, "Jerzy Kowalczyk") == ["Jerzy Kowalczyk"]
