"""Posts in firms: the branch adjective before a post in apposition
("kaufmännischer Geschäftsführer", :data:`kg.lang.de.titles.TITLE_ADJECTIVES`)
and the firm after the board a chair heads ("des Vorstands der X",
:data:`kg.lang.de.titles.FIRM_BOARDS`). Own sentences, hand-set entities."""

from __future__ import annotations

import pytest

from tests.conftest import named_roles


@pytest.mark.parametrize(
    "adjective", ["kaufmännischer", "technischer", "künstlerischer"]
)
def test_a_branch_adjective_before_a_post_in_apposition(blank_nlp, adjective) -> None:
    text = f"Das sagte Eva Roth, {adjective} Direktor der Lumo GmbH, am Montag."
    roles = named_roles(blank_nlp, text, {"Eva Roth": "PER", "Lumo GmbH": "ORG"})
    assert ("Eva Roth", "Direktor", "Lumo GmbH") in roles


@pytest.mark.parametrize(
    "text",
    [
        "Das sagte der Vorsitzende des Vorstands der Kolbe AG, Max Gruber.",
        "Max Gruber, Vorsitzender der Geschäftsführung von Kolbe AG, sagte das.",
        "Der Chef des Aufsichtsrats der Kolbe AG, Max Gruber, schwieg.",
    ],
)
def test_the_firm_after_the_board_a_chair_heads(blank_nlp, text) -> None:
    roles = named_roles(blank_nlp, text, {"Max Gruber": "PER", "Kolbe AG": "ORG"})
    assert {o for p, _, o in roles if p == "Max Gruber"} == {"Kolbe AG"}


def test_a_town_after_its_council_is_no_firm(blank_nlp) -> None:
    text = "Die Vorsitzende des Stadtrats von Graz, Anna Berg, kam."
    roles = named_roles(blank_nlp, text, {"Anna Berg": "PER", "Graz": "LOC"})
    assert ("Anna Berg", "Vorsitzende", "Graz") not in roles


def test_a_post_in_two_firms_joined_by_und(blank_nlp) -> None:
    text = "Das gab Eva Roth, CEO von Lumo und Velten, am Montag bekannt."
    ents = {"Eva Roth": "PER", "Lumo": "ORG", "Velten": "ORG"}
    roles = named_roles(blank_nlp, text, ents)
    assert {o for p, _, o in roles if p == "Eva Roth"} == {"Lumo", "Velten"}
    # a second name after "und" that is no organisation is no second post
    ents = {"Eva Roth": "PER", "Lumo": "ORG", "Velten": "LOC"}
    roles = named_roles(blank_nlp, text, ents)
    assert {o for p, _, o in roles if p == "Eva Roth"} == {"Lumo"}


def test_the_chair_of_the_airline_named_before(blank_nlp) -> None:
    text = (
        "Die Lufthansa streicht am Freitag 300 Flüge. Das sei bitter, sagte der "
        "Chef der Airline, Max Gruber, in Köln."
    )
    ents = {"Lufthansa": "ORG", "Max Gruber": "PER", "Köln": "LOC"}
    assert ("Max Gruber", "Chef", "Lufthansa") in named_roles(blank_nlp, text, ents)
    # no airline named before: no organisation
    text = "Das sei bitter, sagte der Chef der Airline, Max Gruber, in Köln."
    roles = named_roles(blank_nlp, text, {"Max Gruber": "PER", "Köln": "LOC"})
    assert ("Max Gruber", "Chef", None) in roles


def test_a_firm_with_a_person_as_its_manager(blank_nlp) -> None:
    text = "Die Firma mit Eva Roth als Geschäftsführerin setzte auf Export."
    roles = named_roles(blank_nlp, text, {"Eva Roth": "PER"})
    assert {r for p, r, _ in roles if p == "Eva Roth"} == {"Geschäftsführerin"}
    # "mit" further before is someone else's company
    text = "Er sprach mit Eva Roth und kam dann als Geschäftsführer zurück."
    roles = named_roles(blank_nlp, text, {"Eva Roth": "PER"})
    assert not {r for p, r, _ in roles if p == "Eva Roth"}
