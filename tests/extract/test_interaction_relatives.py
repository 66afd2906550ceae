"""Relative clauses whose pronoun's case names the source (issue 17,
kg/extract/interaction_relatives.py): the addressee of "vorwerfen", "drohen",
"zustimmen" is a dative, which "die" never is and "der" is only of a feminine
noun. Invented sentences, no model."""

from __future__ import annotations

from tests.conftest import ORG, PER, acts


def test_die_of_a_dative_verb_is_the_subject(records) -> None:
    text = "Zu Wort kam die Nordhilfe, die Baukraft Wortbruch vorwarf."
    rec = records(text, {"Nordhilfe": ORG, "Baukraft": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Nordhilfe", "org/Baukraft")
    }
    text = "Es sprach Eva Huber, die Karl Brunner mit einer Klage gedroht hatte."
    rec = records(text, {"Eva Huber": PER, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("THREATEN", "person/Eva Huber", "person/Karl Brunner")
    }


def test_an_unnamed_body_before_die_keeps_the_name_inside_the_target(records) -> None:
    # the actor inside is no source: the Kommission, no entity, is the source label
    text = "Kritik an Südwerk übte die Kommission, die Nordwerk Wortbruch vorwarf."
    rec = records(text, {"Südwerk": ORG, "Nordwerk": ORG})
    assert {(x.source, x.source_label, x.target) for x in rec.interactions} == {
        (None, "Kommission", "org/Nordwerk")
    }


def test_der_of_a_man_unnamed_is_no_dative(records) -> None:
    # "vom Präsidenten, der X vorwarf": X is accused, the president unnamed
    text = "Beifall kam vom Präsidenten, der Nordwerk Betrug vorwarf."
    assert acts(records(text, {"Nordwerk": ORG}), "type", "source") == set()


def test_the_case_leaves_other_verbs_open(records) -> None:
    # "fordern" takes an accusative: "die Sanktionen, die X forderte": X acts
    text = "Die Sanktionen, die Eva Huber gefordert hatte, kamen."
    rec = records(text, {"Eva Huber": PER})
    assert acts(rec, "type", "source") == {("DEMAND", "person/Eva Huber")}


def test_an_article_opening_a_list_is_no_relative_pronoun(records) -> None:
    # "Die Regierung, das … Komitee und X haben zugestimmt": all agree
    text = "Die Baukraft, das neue Nordwerk und die Bahn haben dem Plan zugestimmt."
    rec = records(text, {"Baukraft": ORG, "Nordwerk": ORG})
    assert {x.target for x in rec.interactions} == {None}
