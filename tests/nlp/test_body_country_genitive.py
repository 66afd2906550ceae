"""A national body with its country in the genitive after it is that
country's body (``kg_gazetteer``): "die Regierung Bahrains", "das Parlament
der Türkei", "die Regierung des Königreichs Bahrain"; and the scorer
(``bench/eval_extract.py``) reads such a gold form as that body. Own
sentences; no statistical model."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, load_script

ev = load_script(ROOT / "bench" / "eval_extract.py")


def _bodies(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {doc[a:b].text: e.name for (a, b), e in doc._.kg_bodies.items()}


@pytest.mark.parametrize(
    ("text", "body", "name"),
    [
        (
            "Das fordert die Regierung Omans seit Jahren .",
            "Regierung",
            "Regierung (Oman)",
        ),
        (
            "Das lehnt das Parlament der Slowakei ab .",
            "Parlament",
            "Parlament (Slowakei)",
        ),
        ("Die Armee des Irak rückte vor .", "Armee", "Armee (Irak)"),
        (
            "Es protestierte die Regierung des Königreichs Marokko .",
            "Regierung",
            "Regierung (Marokko)",
        ),
    ],
)
def test_a_body_with_its_country_in_the_genitive(gazetteer_nlp, text, body, name):
    assert _bodies(gazetteer_nlp, text).get(body) == name


@pytest.mark.parametrize(
    "text",
    [
        # any government of the country, not the one
        "Eine Regierung Omans wäre dazu nicht bereit .",
        # a city's, not a country's
        "Die Regierung der Stadt Graz sagte nein .",
        # a person's government is another rule's
        "Die Regierung Kohls sagte nein .",
    ],
)
def test_no_country_body_without_a_country_after_a_definite_article(
    gazetteer_nlp, text
):
    assert "Regierung" not in _bodies(gazetteer_nlp, text)


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Regierung des Königreichs Marokko", "Regierung (Marokko)"),
        ("Regierung Omans", "Regierung (Oman)"),
        ("Parlament der Slowakei", "Parlament (Slowakei)"),
        ("Arbeiterpartei Kurdistans", None),
        ("Haus der Geschichte", None),
    ],
)
def test_the_scorer_reads_a_body_of_a_country_in_the_genitive(form, name):
    assert ev.placed_body(form) == name
