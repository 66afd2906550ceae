"""The author of a claim in the genitive after the verb ("wies die Vorwürfe
der Gewerkschaft X zurück") is the target of the rejection, never its source
(issue 17; kg/extract/interaction_checks.py :func:`claim_genitive`).
Invented sentences."""

from __future__ import annotations

from tests.conftest import ORG, PER, acts


def test_the_author_of_criticism_rejected_by_a_body_is_the_target(records) -> None:
    text = "Am Montag wies die Opposition die Kritik der Nordbank scharf zurück."
    rec = records(text, {"Nordbank": ORG})
    assert acts(rec, "type", "source", "source_label", "target") == {
        ("REJECT", None, "Opposition", "org/Nordbank")
    }


def test_the_author_of_accusations_after_a_kind_noun_is_no_source(records) -> None:
    text = (
        "Am Dienstag wies der Konzern die Vorwürfe der Gewerkschaft Nordbund "
        "entschieden zurück."
    )
    rec = records(text, {"Nordbund": ORG})
    assert ("REJECT", "org/Nordbund") not in acts(rec, "type", "source")


def test_the_company_named_before_rejects_the_unions_accusations(records) -> None:
    text = (
        "Der Konzern Ostwerk will 500 Stellen streichen. Am Dienstag wies der "
        "Konzern die Vorwürfe der Gewerkschaft Nordbund zurück."
    )
    rec = records(text, {"Ostwerk": ORG, "Nordbund": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "org/Ostwerk", "org/Nordbund")
    }


def test_a_named_subject_after_the_verb_still_rejects(records) -> None:
    text = "Am Montag wies Ostwerk die Forderung der Gewerkschaft Nordbund zurück."
    rec = records(text, {"Ostwerk": ORG, "Nordbund": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "org/Ostwerk", "org/Nordbund")
    }


def test_a_title_in_the_genitive_after_accusations_is_no_source(records) -> None:
    text = (
        "Ministerin Eva Huber warf dem Konzern Ostwerk Betrug vor. Am Abend "
        "wies der Konzern die Vorwürfe der Ministerin zurück."
    )
    rec = records(text, {"Eva Huber": PER, "Ostwerk": ORG})
    assert ("REJECT", "person/Eva Huber") not in acts(rec, "type", "source")


def test_the_body_after_the_verb_answers_the_accusations_before(records) -> None:
    text = (
        "Ministerin Eva Huber warf dem Konzern Ostwerk Betrug vor. Am Abend "
        "wies der Konzern die Vorwürfe zurück."
    )
    rec = records(text, {"Eva Huber": PER, "Ostwerk": ORG})
    assert ("REJECT", "org/Ostwerk", "person/Eva Huber") in acts(
        rec, "type", "source", "target"
    )
