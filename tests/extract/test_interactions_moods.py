"""Verbal interactions: questions and hypotheses tell no act, a particle left
behind a clause in commas, the author of a rejected proposal named in the
genitive (kg/extract/interaction_checks.py, interaction_parts.py,
interaction_actors.py); invented sentences, no model."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, PER, acts


@pytest.mark.parametrize(
    "text",
    [
        "Hat die Firma Baukraft den Antrag der Stadt abgelehnt?",
        "Wird die Firma Baukraft den Antrag der Stadt ablehnen?",
    ],
)
def test_a_yes_no_question_tells_no_act(records, text) -> None:
    assert acts(records(text, {"Baukraft": ORG}), "type") == set()


def test_a_statement_and_a_wh_question_still_tell_the_act(records) -> None:
    text = "Die Firma Baukraft hat den Antrag der Stadt abgelehnt."
    assert acts(records(text, {"Baukraft": ORG}), "type", "source") == {
        ("REJECT", "org/Baukraft")
    }
    text = "Warum hat die Firma Baukraft den Antrag der Stadt abgelehnt?"
    assert acts(records(text, {"Baukraft": ORG}), "type", "source") == {
        ("REJECT", "org/Baukraft")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma Baukraft würde den Antrag der Stadt ablehnen.",
        "Falls die Firma Baukraft den Antrag ablehnt, gibt es einen Prozess.",
        "Sofern die Firma Baukraft dem Antrag zustimmt, beginnt der Bau.",
    ],
)
def test_a_hypothetical_act_is_not_done(records, text) -> None:
    assert acts(records(text, {"Baukraft": ORG}), "type") == set()


def test_a_particle_behind_a_clause_in_commas_closes_the_verb(records) -> None:
    text = "Die Firma Baukraft wies den Wunsch, mehr Geld zu zahlen, zurück."
    assert acts(records(text, {"Baukraft": ORG}), "type", "source", "verb") == {
        ("REJECT", "org/Baukraft", "zurückweisen")
    }
    text = (
        "Die Firma Baukraft lehnte das Angebot, das Eva Huber am Montag "
        "vorgelegt hatte, ab."
    )
    rec = records(text, {"Baukraft": ORG, "Eva Huber": PER})
    assert acts(rec, "type", "source") == {("REJECT", "org/Baukraft")}


def test_a_genitive_before_the_rejected_thing_is_its_author(records) -> None:
    text = (
        "Karl Brunner sprach am Montag. "
        "Brunners Vorschlag lehnte die Firma Baukraft ab."
    )
    rec = records(text, {"Karl Brunner": PER, "Brunners": PER, "Baukraft": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "org/Baukraft", "person/Karl Brunner")
    }


def test_a_genitive_opening_the_sentence_before_commas_is_the_author(records) -> None:
    text = (
        "Karl Brunner sprach am Montag. Brunners Wunsch, mehr Geld zu zahlen, "
        "wies die Firma Baukraft zurück."
    )
    rec = records(text, {"Karl Brunner": PER, "Brunners": PER, "Baukraft": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "org/Baukraft", "person/Karl Brunner")
    }


def test_a_genitive_before_a_title_or_body_is_no_author(records) -> None:
    text = "Frankreichs Führung weist den Vorwurf zurück."
    rec = records(text, {"Frankreichs": LOC})
    assert acts(rec, "type", "source") == {("REJECT", "place/Frankreich")}
    text = "Karl Brunner sprach am Montag. Brunners Sprecher lehnte den Vorschlag ab."
    rec = records(text, {"Karl Brunner": PER, "Brunners": PER})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "person/Karl Brunner", None)
    }


def test_gegenueber_before_a_noun_phrase_governs_it_not_the_name(records) -> None:
    # "warnt X gegenüber der Zeitung": X warns, speaking to the paper
    text = "Das sei gefährlich, warnt der Professor Karl Brunner gegenüber der Zeitung."
    rec = records(text, {"Karl Brunner": PER})
    assert acts(rec, "type", "source") == {("WARN", "person/Karl Brunner")}
    # "der Firma gegenüber" after the name: a postposition, the name addressed
    text = "Eva Huber hat der Firma Baukraft gegenüber eine Entschädigung verlangt."
    rec = records(text, {"Eva Huber": PER, "Baukraft": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Eva Huber", "org/Baukraft")
    }


def test_a_verb_after_und_closing_a_dass_clause_shares_the_subject(records) -> None:
    text = (
        "Die Baukraft AG vertrat die Ansicht, dass es sich um einen Fehler "
        "handelte und forderte deshalb die Rücknahme des Bescheids."
    )
    assert acts(records(text, {"Baukraft AG": ORG}), "type", "source") == {
        ("DEMAND", "org/Baukraft AG")
    }


def test_a_body_after_the_auxiliary_of_a_participle_is_the_source(records) -> None:
    text = "Am Montag hat das Umweltamt alle Anwohner aufgefordert, Müll zu trennen."
    rec = records(text, {})
    assert acts(rec, "type", "source", "source_label") == {
        ("DEMAND", None, "Umweltamt")
    }
    text = "Um Unfälle zu vermeiden, hat das Umweltamt alle Anwohner aufgefordert."
    rec = records(text, {})
    assert acts(rec, "type", "source", "source_label") == {
        ("DEMAND", None, "Umweltamt")
    }


def test_staedtisch_says_what_kind_of_body_not_whose(records) -> None:
    text = "Das städtische Umweltamt hat alle Anwohner aufgefordert, Müll zu trennen."
    rec = records(text, {})
    assert acts(rec, "type", "source_label") == {("DEMAND", "Umweltamt")}


def test_er_or_sie_of_a_quote_is_the_one_quoted(records) -> None:
    text = "Die Firma Baukraft teilte mit, sie lehne den Plan der Stadt ab."
    rec = records(text, {"Baukraft": ORG})
    assert acts(rec, "type", "source") == {("REJECT", "org/Baukraft")}
    text = "Wie Karl Brunner am Montag sagte, lehnt er den Plan von Eva Huber ab."
    rec = records(text, {"Karl Brunner": PER, "Eva Huber": PER})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "person/Karl Brunner", "person/Eva Huber")
    }
    # someone else named as the subject: what the one quoted said of them
    text = "Karl Brunner sagte, Eva Huber lehne den Plan der Stadt ab."
    rec = records(text, {"Karl Brunner": PER, "Eva Huber": PER})
    assert acts(rec, "type") == set()


def test_the_organ_of_an_organisation_acts_for_it(records) -> None:
    text = "Der Aufsichtsrat von Baukraft hat dem Verkauf zugestimmt."
    rec = records(text, {"Baukraft": ORG})
    assert acts(rec, "type", "source") == {("AGREE", "org/Baukraft")}
    text = "Dem hätten die Aufsichtsräte von Baukraft und Nordbau zugestimmt."
    rec = records(text, {"Baukraft": ORG, "Nordbau": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("AGREE", "org/Baukraft", None),
        ("AGREE", "org/Nordbau", None),
    }
    # shareholders are no organ: they act for themselves
    text = "Die Aktionäre von Baukraft lehnten das Angebot ab."
    assert acts(records(text, {"Baukraft": ORG}), "type") == set()


def test_the_body_a_person_is_from_is_no_target(records) -> None:
    text = "Karl Brunner von der Caritas lobte die Zusammenarbeit der Behörden."
    rec = records(text, {"Karl Brunner": PER, "Caritas": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("PRAISE", "person/Karl Brunner", None)
    }
    # a passive's agent after the auxiliary stays the agent
    text = "Karl Brunner wurde von der Caritas zum Rücktritt aufgefordert."
    rec = records(text, {"Karl Brunner": PER, "Caritas": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "org/Caritas", "person/Karl Brunner")
    }
