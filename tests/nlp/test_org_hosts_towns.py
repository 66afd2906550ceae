"""An institute's host in the genitive kept apart ("das Institut für Virologie|
der Universität Marburg", :mod:`kg.nlp.components.org_hosts`) and a local body
with a town the gazetteer does not know ("die Staatsanwaltschaft von
Kleinmürbach"); own sentences."""

from __future__ import annotations

import pytest

from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        (
            "Das Institut für Zellbiologie der Universität Passau warnt .",
            [(1, 7, "ORG")],
            [("Institut für Zellbiologie", "ORG"), ("Universität Passau", "ORG")],
        ),
        (
            # a bare host noun is no name of its own
            "Der Leiter des Instituts für Zellbiologie des Klinikums sagte das .",
            [(3, 8, "ORG")],
            [("Instituts für Zellbiologie", "ORG")],
        ),
        (
            "Das Zentrum für Schlafforschung der Akademie Hessen berät .",
            [(1, 7, "ORG")],
            [("Zentrum für Schlafforschung", "ORG"), ("Akademie Hessen", "ORG")],
        ),
    ],
)
def test_an_institutes_host_is_kept_apart(vocab, text, ents, want):
    assert org_rules(vocab, text, ents) == want


def test_a_genitive_that_is_no_host_stays_in_the_name(vocab):
    # "der Vereinten Nationen" owns the commission: no university or clinic
    text = "Die Kommission für Zollfragen der Vereinten Nationen tagte ."
    got = org_rules(vocab, text, [(1, 7, "ORG")])
    assert got == [("Kommission für Zollfragen der Vereinten Nationen", "ORG")]


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        (
            "Die Staatsanwaltschaft von Kleinmürbach ermittelt gegen den Wirt .",
            [(3, 4, "LOC")],
            "Staatsanwaltschaft von Kleinmürbach",
        ),
        (
            "Die Polizei in Oberhollerau sucht zwei Männer .",
            [(3, 4, "LOC")],
            "Polizei in Oberhollerau",
        ),
    ],
)
def test_a_local_body_of_a_town_the_gazetteer_does_not_know(vocab, text, ents, name):
    assert (name, "ORG") in org_rules(vocab, text, ents)


def test_an_unknown_town_needs_a_local_body(vocab):
    # an embassy is no local body: "von" and a town the gazetteer does not
    # know name no body
    text = "Die Botschaft in Kleinmürbach ist geschlossen ."
    assert org_rules(vocab, text, [(3, 4, "LOC")]) == [("Kleinmürbach", "LOC")]
