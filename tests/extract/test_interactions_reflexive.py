"""No source where the one named is addressed, not acting: a reflexive "lässt
sich auffordern", "sieht sich beschuldigt", the author of a claim after "von"
in a passive, the name before a dative verb followed by its subject ("X wirft
die Staatsanwaltschaft vor"), a clause opening with "den"; "Diese" is the one
addressed before (issue 17; kg/extract/interaction_checks.py,
kg/extract/interaction_anaphors.py). Invented sentences."""

from __future__ import annotations

from tests.conftest import ORG, PER, acts


def test_lets_himself_be_asked_is_no_act_of_his(records) -> None:
    text = "Karl Brunner lässt sich nicht zum Rücktritt auffordern."
    rec = records(text, {"Karl Brunner": PER})
    assert acts(rec, "type", "source") == set()


def test_sees_himself_accused_is_no_accusation_of_his(records) -> None:
    text = (
        "Die Nordpartei warf Karl Brunner vor, gelogen zu haben. Brunner selbst "
        "sieht sich zu Unrecht beschuldigt."
    )
    rec = records(text, {"Nordpartei": ORG, "Karl Brunner": PER, "Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Nordpartei", "person/Karl Brunner")
    }


def test_sees_himself_confirmed_and_rejects(records) -> None:
    text = "Karl Brunner sah sich bestätigt und wies die Vorwürfe zurück."
    rec = records(text, {"Karl Brunner": PER})
    assert acts(rec, "type", "source") == {("REJECT", "person/Karl Brunner")}


def test_the_author_of_a_rejected_demand_is_no_agent(records) -> None:
    text = "Die Forderung von Karl Brunner wurde am Montag abgelehnt."
    rec = records(text, {"Karl Brunner": PER})
    assert acts(rec, "type", "source") == set()


def test_the_agent_after_the_author_of_a_demand(records) -> None:
    text = "Die Forderung von Karl Brunner wurde von der Firma Ostwerk abgelehnt."
    rec = records(text, {"Karl Brunner": PER, "Ostwerk": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "org/Ostwerk", "person/Karl Brunner")
    }


def test_a_clause_opening_with_den_has_its_subject_after_the_verb(records) -> None:
    text = "Den Nordliberalen warf Generalsekretär Karl Brunner Populismus vor."
    rec = records(text, {"Nordliberalen": ORG, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Karl Brunner", "org/Nordliberalen")
    }


def test_a_preposition_opening_the_sentence_is_no_issue(records) -> None:
    text = "Von Karl Brunner wird gefordert, zurückzutreten."
    rec = records(text, {"Karl Brunner": PER})
    assert {i.issue for i in rec.interactions} <= {None}


def test_die_after_a_dative_verb_is_its_subject(records) -> None:
    text = "Karl Brunner wirft die Staatsanwaltschaft vor, Akten gefälscht zu haben."
    rec = records(text, {"Karl Brunner": PER})
    assert acts(rec, "type", "source", "source_label", "target") == {
        ("ACCUSE", None, "Staatsanwaltschaft", "person/Karl Brunner")
    }


def test_a_party_after_a_plural_dative_verb_is_its_subject(records) -> None:
    text = "Karl Brunner warfen die Nordliberalen Versagen vor."
    rec = records(text, {"Karl Brunner": PER, "Nordliberalen": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Nordliberalen", "person/Karl Brunner")
    }


def test_a_dative_opening_with_a_body_after_the_verb(records) -> None:
    text = "Dem Minister Karl Brunner warf die Opposition Versagen vor."
    rec = records(text, {"Karl Brunner": PER})
    assert acts(rec, "type", "source", "source_label", "target") == {
        ("ACCUSE", None, "Opposition", "person/Karl Brunner")
    }


def test_die_after_an_accusative_verb_stays_its_object(records) -> None:
    text = "Karl Brunner forderte die Firma Ostwerk auf, die Preise zu senken."
    rec = records(text, {"Karl Brunner": PER, "Ostwerk": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Karl Brunner", "org/Ostwerk")
    }


def test_diese_is_the_one_addressed_in_the_sentence_before(records) -> None:
    text = (
        "Karl Brunner forderte die Firma Ostwerk auf, die Preise zu senken. "
        "Diese wies die Forderung zurück."
    )
    rec = records(text, {"Karl Brunner": PER, "Ostwerk": ORG})
    assert acts(rec, "type", "source") == {
        ("DEMAND", "person/Karl Brunner"),
        ("REJECT", "org/Ostwerk"),
    }


def test_rejecting_the_accusations_answers_the_accuser(records) -> None:
    text = (
        "Nordland hat Südland vorgeworfen, Rebellen zu unterstützen. Südland wies "
        "die Vorwürfe zurück."
    )
    rec = records(text, {"Nordland": ORG, "Südland": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Nordland", "org/Südland"),
        ("REJECT", "org/Südland", "org/Nordland"),
    }


def test_rejecting_this_answers_nobody_named(records) -> None:
    text = (
        "Nordland hat Südland vorgeworfen, Rebellen zu unterstützen. Südland wies "
        "das zurück."
    )
    rec = records(text, {"Nordland": ORG, "Südland": ORG})
    assert ("REJECT", "org/Südland", None) in acts(rec, "type", "source", "target")


def test_dieser_is_the_last_of_two_men_named_before(records) -> None:
    text = (
        "Kanzler Karl Brunner empfing Präsident Hans Kogler in Nordstadt. Dieser "
        "forderte die Firma Ostwerk auf, mehr zu investieren."
    )
    rec = records(
        text,
        {"Karl Brunner": PER, "Hans Kogler": PER, "Nordstadt": "LOC", "Ostwerk": ORG},
    )
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Hans Kogler", "org/Ostwerk")
    }
