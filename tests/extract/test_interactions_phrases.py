"""Verbal interactions: adverbial phrases before the verb, nouns joined under a
preposition and a plural "sie" in a verb-final clause (issue 17, inter6), each
on invented sentences, no model (kg/extract/interaction_checks.py,
kg/extract/interaction_parts.py, kg/extract/interactions.py)."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, PER, acts


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


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berger kritisierte Karl Brunner, indem sie ihm Lügen vorwarf.",
        # the plural "sie" of "X und ihre Verbündeten"
        "Anna Berger und ihre Verbündeten schwächen Karl Brunner, indem sie ihm "
        "Untätigkeit vorwerfen.",
    ],
)
def test_the_pronouns_of_a_verb_final_clause_are_the_main_clauses_actors(
    records, text
) -> None:
    # the subject pronoun is the main clause's subject, the object pronoun its
    # object, not the person named nearest before the pronoun
    rec = records(text, {"Anna Berger": PER, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Anna Berger", "person/Karl Brunner")
    }


def test_a_masculine_pronoun_is_no_organisation_of_the_main_clause(records) -> None:
    # "Die Caritas entließ X, nachdem er ihr gedroht hatte": X threatens
    text = "Die Caritas entließ Karl Brunner, nachdem er ihr gedroht hatte."
    rec = records(text, {"Caritas": ORG, "Karl Brunner": PER})
    assert ("THREATEN", "org/Caritas") not in acts(rec, "type", "source")


@pytest.mark.parametrize(
    "text",
    [
        "In Bayern wird gewählt. Die Landesregierung lehnt den Plan ab.",
        # "Staatsregierung" is a federal state's, not the nation's
        "Bayern plant neue Regeln für Deutschland. Zur Senkung der Kosten "
        "fordert die Staatsregierung höhere Abgaben.",
    ],
)
def test_a_land_government_as_subject_is_the_federal_state(records, text) -> None:
    rec = records(text, {"Bayern": LOC, "Deutschland": LOC})
    assert acts(rec, "source") == {("place/Bayern",)}


def test_a_plural_title_after_the_verb_is_no_person_named_before(records) -> None:
    # "Der Winter fordert die Autofahrer": people in the plural, the object;
    # not the man named before
    text = "Karl Brunner war in Graz. In Graz fordert die Autofahrer der Schnee."
    rec = records(text, {"Karl Brunner": PER, "Graz": LOC})
    assert acts(rec, "type", "source") == set()
    # a woman by her title after the verb still is
    text = "Anna Berger war in Graz. Am Montag warnte die Ministerin vor Steuern."
    rec = records(text, {"Anna Berger": PER, "Graz": LOC})
    assert acts(rec, "type", "source") == {("WARN", "person/Anna Berger")}
