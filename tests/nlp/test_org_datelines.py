"""kg_orgs rule 4e (kg.nlp.components.org_datelines): the agencies in
parentheses after a dateline's place, written in lower case as often as not.
Hand-made sentences and hand-set entities, as in ``test_orgs_component.py``."""

from __future__ import annotations

import pytest

from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "ents", "agencies"),
    [
        ("Quelburg ( sda / dpa ) – Die Polizei ermittelt .", [(0, 1, "LOC")], ["sda"]),
        ("Quelburg ( apa ) Die Polizei ermittelt .", [(0, 1, "LOC")], ["apa"]),
        (
            "Quelburg / Tarnstadt ( afp / kna ) – Die Armee meldet Erfolge .",
            [(0, 1, "LOC"), (2, 3, "LOC")],
            ["afp", "kna"],
        ),
    ],
)
def test_agencies_in_a_dateline(vocab, text, ents, agencies):
    found = org_rules(vocab, text, ents)
    for a in agencies:
        assert (a, "ORG") in found


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        # a parenthesis with another word is no list of agencies
        ("Quelburg ( Schweiz ) – Die Polizei ermittelt .", [(0, 1, "LOC")]),
        ("Quelburg ( sda , Schweiz ) – Die Polizei ermittelt .", [(0, 1, "LOC")]),
        # not after the place a line opens with
        ("Er lebt in Quelburg ( sda ) .", [(3, 4, "LOC")]),
    ],
)
def test_no_agencies_outside_a_dateline(vocab, text, ents):
    assert not any(label == "ORG" for _, label in org_rules(vocab, text, ents))


def test_the_gazetteer_knows_agencies_in_lower_case():
    from kg.nlp import gazetteer

    for form, name in (("sda", "SDA"), ("apa", "APA"), ("afp", "AFP")):
        entry = gazetteer.lookup(form, label="ORG")
        assert entry is not None and entry.name == name
        assert not gazetteer.is_matchable(form)
