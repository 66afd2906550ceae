"""Bodies the organisation rules of ``kg_orgs`` name: the acronym of a body
in parentheses after it (rule 4f, :mod:`kg.nlp.components.org_acronyms`:
"die moldauische Antikorruptionsbehörde (CNA)") and a committee named by its
adjective (rule 1: "des Großen Ausschusses"). Own sentences, hand-set
entities."""

from __future__ import annotations

import pytest

from kg.nlp.components.org_acronyms import is_acronym
from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "ok"),
    [("CNA", True), ("G29", True), ("ABCDEFG", False), ("Nabu", False), ("X", False)],
)
def test_an_acronym(text, ok):
    assert is_acronym(text) is ok


@pytest.mark.parametrize(
    ("text", "ents", "acronym"),
    [
        # after a noun of a body the model did not tag
        (
            "Die moldauische Antikorruptionsbehörde ( CNA ) ermittelt gegen ihn .",
            (),
            "CNA",
        ),
        # after an organisation of the model
        (
            "Laut der Nationalen Wahlbehörde ( CEN ) lag die Beteiligung hoch .",
            ((2, 4, "ORG"),),
            "CEN",
        ),
    ],
)
def test_the_acronym_of_a_body_in_parentheses(vocab, text, ents, acronym):
    assert (acronym, "ORG") in org_rules(vocab, text, ents)


@pytest.mark.parametrize(
    ("text", "ents", "word"),
    [
        # a person's party, a place's agency
        ("Der Premier Ion Vasile ( PLR ) trat zurück .", ((2, 4, "PER"),), "PLR"),
        ("In Bamako ( XYZ ) fielen Schüsse .", ((1, 2, "LOC"),), "XYZ"),
        # a noun of no body
        ("Das Bruttoinlandsprodukt ( BIP ) stieg .", (), "BIP"),
        # a body of any district
        ("Er rief bei der Bezirkshauptmannschaft ( BH ) an .", (), "BH"),
    ],
)
def test_no_acronym_of_a_body(vocab, text, ents, word):
    assert (word, "ORG") not in org_rules(vocab, text, ents)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a parliament's committee named by its adjective, also in the genitive
        ("Das Votum des Großen Ausschusses fiel knapp aus .", "Großen Ausschusses"),
        ("Er sprach vor dem Ständigen Ausschuss des Senats .", "Ständigen Ausschuss"),
        # the committee and its parliament are two bodies
        (
            "Er erhielt das Mandat vom Großen Ausschuss des finnischen Parlaments .",
            "Großen Ausschuss",
        ),
    ],
)
def test_a_committee_named_by_its_adjective(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)
