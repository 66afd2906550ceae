"""A public body named by the adjective of its city where that adjective is
not the city's name and "-er" ("die römische Staatsanwaltschaft", "die
Mailänder Polizei"; ``kg.lang.de.places.city_of_adjective``): rule 6 of
``kg_orgs``.
Own sentences, hand-set entities."""

from __future__ import annotations

import pytest

from kg.lang.de.places import city_of_adjective
from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("word", "city"),
    [
        ("römischen", "Rom"),
        ("Römer", "Rom"),
        ("Mailänder", "Mailand"),
        ("Zürcher", "Zürich"),
        ("venezianische", "Venedig"),
        ("Wiener", None),  # the regular "-er" form: the rules read it anyway
        ("römisch", "Rom"),
        ("Rom", None),
    ],
)
def test_city_of_an_irregular_adjective(word, city):
    assert city_of_adjective(word) == city


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Das bestätigte die römische Staatsanwaltschaft .",
            "römische Staatsanwaltschaft",
        ),
        ("Die Mailänder Polizei nahm ihn fest .", "Mailänder Polizei"),
        (
            "Sie fordern den Rücktritt der Römer Stadtregierung .",
            "Römer Stadtregierung",
        ),
        ("Die Zürcher Stadtverwaltung prüft das .", "Zürcher Stadtverwaltung"),
    ],
)
def test_a_body_named_by_an_irregular_city_adjective(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Römer bauten Straßen .",
        "Eine römische Behörde prüft das .",
        "Die römischen Legionen zogen ab .",
    ],
)
def test_no_body_without_a_body_noun_or_after_an_indefinite(vocab, text):
    assert org_rules(vocab, text) == []
