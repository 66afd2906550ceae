"""Verbal interactions whose source is an unnamed collective body ("Die
Opposition fordert …"): the body's label as ``source_label``
(kg/extract/bodies.py), on invented sentences, no model."""

from __future__ import annotations

import pytest

from kg.extract.records import Interaction
from tests.conftest import LOC, PER, acts


def labelled(rec) -> set[tuple]:
    return acts(rec, "type", "source", "source_label", "target")


def test_a_body_with_the_adjective_of_its_state_is_the_source(records) -> None:
    text = "Die bulgarische Opposition wirft Petar Dimow Wahlbetrug vor."
    assert labelled(records(text, {"Petar Dimow": PER})) == {
        ("ACCUSE", None, "bulgarische Opposition", "person/Petar Dimow")
    }


def test_a_public_body_before_an_auxiliary(records) -> None:
    text = "Die Staatsanwaltschaft hatte drei Jahre Haft für den Angeklagten gefordert."
    assert labelled(records(text, {})) == {("DEMAND", None, "Staatsanwaltschaft", None)}


def test_a_body_coordinated_with_a_state_demands_too(records) -> None:
    text = "Frankreich und die libanesische Opposition fordern Neuwahlen."
    assert labelled(records(text, {"Frankreich": LOC})) == {
        ("DEMAND", "place/Frankreich", None, None),
        ("DEMAND", None, "libanesische Opposition", None),
    }


def test_party_members_after_a_conjunction(records) -> None:
    text = "Weil Demokraten den Entwurf ablehnten, scheiterte das Gesetz im Senat."
    assert labelled(records(text, {})) == {("REJECT", None, "Demokraten", None)}


def test_a_body_after_the_verb_and_the_issue_is_not_the_body(records) -> None:
    text = "Am Dienstag warnte die Ärztekammer vor einem Engpass bei Impfstoffen."
    assert acts(records(text, {}), "type", "source_label", "issue") == {
        ("WARN", "Ärztekammer", "Engpass")
    }


def test_the_label_is_in_the_form_without_article(records) -> None:
    text = "Der griechische Bankenverband bestritt die Berichte energisch."
    assert acts(records(text, {}), "type", "source_label") == {
        ("DENY", "griechischer Bankenverband")
    }


def test_opposition_parties_are_the_opposition(records) -> None:
    text = (
        "Nach dem Unfall fordern die Oppositionsparteien den Rücktritt der Ministerin."
    )
    assert acts(records(text, {}), "type", "source_label") == {("DEMAND", "Opposition")}


def test_a_body_a_relative_pronoun_refers_to(records) -> None:
    text = "Sie verwiesen auf die Opposition, die seit Wochen Neuwahlen fordert."
    assert acts(records(text, {}), "type", "source_label") == {("DEMAND", "Opposition")}


@pytest.mark.parametrize(
    "text",
    [
        # unnamed people or groups of them: left out by the gold rules
        "Kritiker werfen dem Bürgermeister Untätigkeit vor.",
        "Viele Experten warnen vor einer Rezession.",
        "Gewerkschaften fordern höhere Löhne für die Pflege.",
        # a body in the genitive is no subject
        "Den Vorschlag der Opposition lehnten die Abgeordneten ab.",
        # a conference is no body; "die Regierung" speaks for its state
        "Die Pressekonferenz lobten alle Teilnehmer.",
        "Die Regierung wies die Forderung zurück.",
    ],
)
def test_no_label_for_people_plurals_and_objects(records, text) -> None:
    assert {i.source_label for i in records(text, {}).interactions} <= {None}


def test_a_named_actor_keeps_its_key_and_no_label(records) -> None:
    text = "Die Polizei Graz und Karl Moser warnen vor Glatteis."
    rec = records(text, {"Polizei Graz": "ORG", "Karl Moser": PER})
    assert all(i.source_label is None for i in rec.interactions)


def test_an_interaction_needs_a_source_or_a_label() -> None:
    with pytest.raises(ValueError, match="neither source nor label"):
        Interaction("DEMAND", "fordern", "fordert", None, 0, 0, 7)
    i = Interaction(
        "DEMAND", "fordern", "fordert", None, 0, 0, 7, source_label="Opposition"
    )
    assert i.source is None and i.source_label == "Opposition"


def test_a_body_as_the_object_is_the_target_label(records) -> None:
    text = "Kanzler Karl Moser warf der Opposition Blockade vor."
    assert acts(
        records(text, {"Karl Moser": PER}), "source", "target", "target_label"
    ) == {("person/Karl Moser", None, "Opposition")}


def test_the_label_of_the_source_is_no_target_label(records) -> None:
    text = "Am Montag forderte die Opposition den Rücktritt der Ministerin."
    assert acts(records(text, {}), "source_label", "target_label", "issue") == {
        ("Opposition", None, "Rücktritt")
    }


def test_a_score_is_no_particle(records) -> None:
    text = "Das Parlament stimmt mit 178 zu 120 Stimmen für ein Referendum."
    assert acts(records(text, {}), "type") == set()
    text = "Das Parlament stimmte dem Plan mit 178 zu 120 Stimmen zu."
    assert acts(records(text, {}), "type", "source_label") == {("AGREE", "Parlament")}


def test_party_members_tagged_as_their_party_are_the_party(records) -> None:
    text = (
        "Die Demokratin Eva Huber steht in der Kritik. "
        "Republikaner werfen ihr vor, Regeln umgangen zu haben."
    )
    rec = records(text, {"Eva Huber": PER, "Republikaner": "ORG"})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Republikanische Partei", "person/Eva Huber")
    }


def test_a_dative_pronoun_is_the_person_named_before(records) -> None:
    text = (
        "Karl Moser stellte den Plan vor. "
        "Die Opposition warf ihm vor, die Kosten zu verschweigen."
    )
    assert acts(records(text, {"Karl Moser": PER}), "source_label", "target") == {
        ("Opposition", "person/Karl Moser")
    }


def test_a_definite_noun_for_the_organisation_named_before(records) -> None:
    text = (
        "Das Innenministerium prüft den Fall. "
        "Das Ministerium wies die Vorwürfe zurück. "
        "Die Freiheitspartei tagte. Die Partei fordert Neuwahlen."
    )
    rec = records(text, {"Innenministerium": "ORG", "Freiheitspartei": "ORG"})
    assert acts(rec, "type", "source", "source_label") == {
        ("REJECT", "org/Innenministerium", None),
        ("DEMAND", "org/Freiheitspartei", None),
    }


def test_a_bare_government_is_the_country_the_article_is_about(records) -> None:
    text = (
        "Athen – In Griechenland wächst die Sorge um die Banken. "
        "Bankenverband und Regierung dementierten die Berichte über Griechenland."
    )
    rec = records(text, {"Athen": LOC, "Griechenland": LOC})
    assert acts(rec, "type", "source", "source_label") == {
        ("DENY", "place/Griechenland", None),
        ("DENY", None, "Bankenverband"),
    }
