"""Verbal interactions: adverbial phrases before the verb, nouns joined under a
preposition and a plural "sie" in a verb-final clause (issue 17, inter6), each
on invented sentences, no model (kg/extract/interaction_checks.py,
kg/extract/interaction_parts.py, kg/extract/interactions.py)."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, acts


@pytest.mark.parametrize("opening", ["Zum einen", "Zum anderen", "Vor allem"])
def test_an_adverbial_phrase_before_the_verb_governs_no_subject(
    records, opening
) -> None:
    # "Zum einen lobte X Y": "zum" governs "einen", not X after the verb, and
    # "lobte" is finite, no adjective after "einen"
    text = f"{opening} lobte Karl Brunner die Caritas."
    rec = records(text, {"Karl Brunner": PER, "Caritas": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("PRAISE", "person/Karl Brunner", "org/Caritas")
    }


def test_an_auxiliary_after_the_phrase_governs_no_subject(records) -> None:
    text = "Vor allem hat Karl Brunner die Caritas gelobt."
    rec = records(text, {"Karl Brunner": PER, "Caritas": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("PRAISE", "person/Karl Brunner", "org/Caritas")
    }


def test_the_issue_of_a_zu_phrase_ends_before_the_verb(records) -> None:
    text = "Zum einen forderte die Caritas höhere Löhne."
    rec = records(text, {"Caritas": ORG})
    assert acts(rec, "type", "source", "issue") == {
        ("DEMAND", "org/Caritas", "höhere Löhne")
    }


def test_a_name_joined_to_a_noun_under_a_preposition_is_governed(records) -> None:
    # "Zu Hass und Jihad aufgerufen" with "Jihad" taken for a person: the
    # preposition governs both nouns, nobody acts
    text = "Zu Hass und Jihad aufgerufen. Die Moschee galt als radikal."
    assert acts(records(text, {"Jihad": PER}), "type", "source") == set()


def test_a_plural_sie_before_a_verb_final_act_is_no_one_person(records) -> None:
    # "…, indem sie ihm vorwerfen, …": "sie" are many, not the man named before
    text = (
        "Die Grünen und ihre Partner schwächen Karl Brunner, indem sie ihm "
        "Untätigkeit vorwerfen."
    )
    rec = records(text, {"Karl Brunner": PER, "Grünen": ORG})
    assert ("ACCUSE", "person/Karl Brunner") not in acts(rec, "type", "source")
