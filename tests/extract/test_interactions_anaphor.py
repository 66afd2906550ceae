"""Verbal interactions whose source the clause names by a noun that refers back
to an actor named before (issue 17, the recall audit
``bench/interaction_recall_audit.py``): a passive's agent "von der Kammer"
after the article named "Tierärztekammer Kärnten", "die Abgeordneten" of the
party named just before. Invented sentences, no model."""

from __future__ import annotations

from tests.conftest import ORG, PER, acts


def test_a_passive_agent_refers_to_the_organisation_ending_in_it(records) -> None:
    text = (
        "Die Tierärztekammer Kärnten tagte am Montag. "
        "Die Gebühren wurden von der Kammer zurückgewiesen."
    )
    rec = records(text, {"Tierärztekammer Kärnten": ORG})
    assert acts(rec, "type", "source", "source_label") == {
        ("REJECT", "org/Tierärztekammer Kärnten", None)
    }
    text = (
        "Die Gewerkschaft Metallbau verhandelt seit Wochen. "
        "Der Plan der Firma Baukraft wurde von der Gewerkschaft abgelehnt."
    )
    rec = records(text, {"Gewerkschaft Metallbau": ORG, "Baukraft": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "org/Gewerkschaft Metallbau", "org/Baukraft")
    }


def test_a_passive_agent_of_two_such_organisations_stays_a_label(records) -> None:
    text = (
        "Die Gewerkschaft Metallbau und die Gewerkschaft Handel verhandeln. "
        "Die Senkung der Löhne wurde von der Gewerkschaft abgelehnt."
    )
    rec = records(text, {"Gewerkschaft Metallbau": ORG, "Gewerkschaft Handel": ORG})
    assert acts(rec, "type", "source", "source_label") == {
        ("REJECT", None, "Gewerkschaft")
    }


def test_wie_von_x_gefordert_is_a_passive_with_its_agent(records) -> None:
    text = "Die Stadt hat die Gebühren gesenkt, wie von der Firma Baukraft gefordert."
    rec = records(text, {"Baukraft": ORG})
    assert acts(rec, "type", "source") == {("DEMAND", "org/Baukraft")}
    text = (
        "Die Tierärztekammer Kärnten tagte am Montag. "
        "Dass die Gebühren sinken, wie von der Kammer gefordert, glaubt Eva Huber "
        "nicht."
    )
    # inside what Eva Huber says, the Kammer's demand is taken for given
    rec = records(text, {"Tierärztekammer Kärnten": ORG, "Eva Huber": PER})
    assert acts(rec, "type", "source") == {("DEMAND", "org/Tierärztekammer Kärnten")}


def test_die_abgeordneten_are_the_one_party_named_before(records) -> None:
    text = (
        "Die NEOS haben im Landtag einen Antrag eingebracht. "
        "Darin werfen die Abgeordneten Eva Huber vor, das Budget zu verschleiern."
    )
    rec = records(text, {"NEOS": ORG, "Eva Huber": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/NEOS", "person/Eva Huber")
    }
    text = (
        "Die NEOS haben im Landtag einen Antrag eingebracht. "
        "Die Mandatare fordern darin den Rücktritt von Eva Huber."
    )
    rec = records(text, {"NEOS": ORG, "Eva Huber": PER})
    assert acts(rec, "type", "source") == {("DEMAND", "org/NEOS")}


def test_a_persons_party_in_brackets_is_not_the_deputies_party(records) -> None:
    text = (
        "Die NEOS brachten einen Antrag gegen Eva Huber (FPÖ) ein. "
        "Darin werfen die Abgeordneten Eva Huber vor, das Budget zu verschleiern."
    )
    rec = records(text, {"NEOS": ORG, "FPÖ": ORG, "Eva Huber": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/NEOS", "person/Eva Huber")
    }


def test_die_abgeordneten_after_two_parties_are_nobody(records) -> None:
    text = (
        "Die NEOS und die FPÖ haben im Landtag einen Antrag eingebracht. "
        "Die Abgeordneten fordern darin den Rücktritt von Eva Huber."
    )
    rec = records(text, {"NEOS": ORG, "FPÖ": ORG, "Eva Huber": PER})
    assert acts(rec, "type", "source") == set()
