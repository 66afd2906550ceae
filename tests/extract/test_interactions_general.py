"""Verbal interactions: German-general rules found over all development sets
(``bench/quote_dev*.jsonl``), each on invented sentences, no model
(kg/extract/interactions.py)."""

from __future__ import annotations

from tests.conftest import LOC, ORG, PER, acts


def test_a_relative_clause_of_an_unnamed_noun_has_no_source(records) -> None:
    text = (
        "Karl Brunner sprach am Montag. "
        "Die Abgeordneten stimmten über einen Entwurf ab, "
        "der die Reform ablehnen sollte."
    )
    assert acts(records(text, {"Karl Brunner": PER}), "type", "source") == set()


def test_a_relative_clause_of_a_named_actor_keeps_its_source(records) -> None:
    text = "Dann sprach die Caritas, die eine Öffnung der Grenze gefordert hatte."
    assert acts(records(text, {"Caritas": ORG}), "type", "source") == {
        ("DEMAND", "org/Caritas")
    }


def test_beim_governs_its_noun(records) -> None:
    text = (
        "Der Verbraucherverband wirft der Firma Meier Täuschung vor und hat "
        "Klage beim Landgericht Graz eingereicht."
    )
    rec = records(text, {"Verbraucherverband": ORG, "Landgericht Graz": ORG})
    assert ("ACCUSE", "org/Verbraucherverband", "org/Landgericht Graz") not in acts(
        rec, "type", "source", "target"
    )


def test_what_an_actor_has_to_do_is_no_act(records) -> None:
    text = (
        "Für die Garantien gilt eine Frist; ihnen muss die Zentralbank Nord zustimmen."
    )
    assert acts(records(text, {"Zentralbank Nord": ORG}), "type") == set()


def test_an_act_beside_an_obligation_in_the_clause_stays(records) -> None:
    text = "Die Caritas forderte, die Regierung müsse handeln."
    assert acts(records(text, {"Caritas": ORG}), "type", "source") == {
        ("DEMAND", "org/Caritas")
    }


def test_an_outlet_after_a_media_noun_is_no_actor(records) -> None:
    text = "Eva Huber lobte gegenüber dem Sender Radio Nord die Polizei."
    rec = records(text, {"Eva Huber": PER, "Radio Nord": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("PRAISE", "person/Eva Huber", None)
    }


_STATES = {"Kiew": LOC, "Russland": LOC, "Ukraine": LOC, "Moskau": LOC}


def test_the_government_in_a_capital_is_its_state(records) -> None:
    text = (
        "Russland und die Ukraine streiten. "
        "Die Regierung in Kiew warf Russland eine Provokation vor."
    )
    assert acts(records(text, _STATES), "type", "source", "target", "issue") == {
        ("ACCUSE", "place/Ukraine", "place/Russland", "Provokation")
    }


def test_the_authorities_in_a_capital_as_target(records) -> None:
    text = (
        "Russland und die Ukraine streiten. "
        "Die Behörden in Moskau forderten von der Regierung in Kiew Reformen."
    )
    assert acts(records(text, _STATES), "type", "source", "target", "issue") == {
        ("DEMAND", "place/Russland", "place/Ukraine", "Reformen")
    }


def test_a_relative_clause_after_a_verb_refers_to_the_noun_before_it(records) -> None:
    text = (
        "Karl Brunner kam auch. "
        "Viele sind dem Aufruf eines Studenten gefolgt, "
        "der zur Kundgebung aufgerufen hatte."
    )
    assert acts(records(text, {"Karl Brunner": PER}), "type", "source") == set()


def test_an_inhabitant_of_a_place_is_no_actor(records) -> None:
    text = (
        "Karl Brunner kam auch. "
        "Viele folgten dem Aufruf eines Grazers, der zur Kundgebung aufgerufen hatte."
    )
    rec = records(text, {"Karl Brunner": PER, "Grazers": LOC})
    assert acts(rec, "type", "source") == set()


def test_a_zu_infinitive_is_an_aim_not_an_act(records) -> None:
    text = "Ziel der Caritas ist es heute die Arbeit der Helfer zu würdigen."
    assert acts(records(text, {"Caritas": ORG}), "type") == set()


def test_a_dative_relative_pronoun_is_the_target(records) -> None:
    text = (
        "Eva Huber kritisierte den Bauernverband Nord, dem sie eine Blockade der "
        "Reform vorwirft."
    )
    rec = records(text, {"Eva Huber": PER, "Bauernverband Nord": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Eva Huber", "org/Bauernverband Nord")
    }


def test_a_relative_pronoun_before_another_subject_is_no_source(records) -> None:
    text = "Sie sprachen über die Reform der Caritas, die die USA abgelehnt hatten."
    rec = records(text, {"Caritas": ORG, "USA": LOC})
    assert acts(rec, "type", "source") == {("REJECT", "place/USA")}


def test_a_body_demanded_after_the_verb_is_the_issue(records) -> None:
    text = "Die Chefin der Partei, Eva Gruber, forderte einen Untersuchungsausschuss."
    assert acts(records(text, {"Eva Gruber": PER}), "type", "issue") == {
        ("DEMAND", "Untersuchungsausschuss")
    }
