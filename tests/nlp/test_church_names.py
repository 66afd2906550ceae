"""A church named by its denomination's adjective in lower case ("die
katholische Kirche", "die russisch-orthodoxe Kirche"): rule 6c of
``kg_orgs`` (``bench/extract_gold.md`` counts churches as institutions, not
"die Kirche" alone). Own sentences, hand-set entities."""

from __future__ import annotations

import pytest

from kg.lang.de.org_nouns import is_church_adjective
from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("word", "church"),
    [
        ("katholische", True),
        ("Russisch-Orthodoxen", True),
        ("evangelisch-lutherischen", True),
        ("koptische", True),
        ("polnische", False),
        ("alte", False),
        ("katholisch", False),
    ],
)
def test_a_denominations_adjective(word, church):
    assert is_church_adjective(word) is church


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        ("Die katholische Kirche lehnt das Gesetz ab .", (), "katholische Kirche"),
        (
            "Das sagte ein Sprecher der anglikanischen Kirche .",
            (),
            "anglikanischen Kirche",
        ),
        (
            "Die serbisch-orthodoxe Kirche Bosniens protestierte .",
            ((3, 4, "LOC"),),
            "serbisch-orthodoxe Kirche Bosniens",
        ),
        (
            "Die methodistische Kirche in Ghana wächst .",
            ((4, 5, "LOC"),),
            "methodistische Kirche in Ghana",
        ),
    ],
)
def test_a_church_named_by_its_denomination(vocab, text, ents, name):
    assert (name, "ORG") in org_rules(vocab, text, ents)


@pytest.mark.parametrize(
    "text",
    [
        "Die Kirche lehnt das Gesetz ab .",
        "Die alte Kirche wurde renoviert .",
        "Viele katholische Kirchen wurden geschlossen .",
    ],
)
def test_no_church_without_a_denomination_or_in_the_plural(vocab, text):
    assert org_rules(vocab, text) == []
