"""Verbal interactions: rules written against the misses of the recall audit
on fresh rows (issue 17, ``bench/interaction_recall_audit.py``), each on
invented sentences, no model (kg/extract/interactions.py,
interaction_parts.py, interaction_checks.py)."""

from __future__ import annotations

from tests.conftest import LOC, ORG, PER, acts


def test_subjects_acting_on_each_other_target_each_other(records) -> None:
    text = "Die Grünen und die Liberalen warfen sich gegenseitig Wortbruch vor."
    rec = records(text, {"Grünen": ORG, "Liberalen": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Grünen", "org/Liberalen"),
        ("ACCUSE", "org/Liberalen", "org/Grünen"),
    }
    text = "Serbien und Kroatien beschuldigten einander, die Grenze zu verletzen."
    rec = records(text, {"Serbien": LOC, "Kroatien": LOC})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "place/Serbien", "place/Kroatien"),
        ("ACCUSE", "place/Kroatien", "place/Serbien"),
    }


def test_a_noun_apposed_to_the_agent_keeps_it_governed(records) -> None:
    # "von der Treuhandgesellschaft TVP aufgefordert": TVP is the agent
    text = "Im Juni wurde Karl Brunner von der Firma Baukraft aufgefordert, zu zahlen."
    rec = records(text, {"Karl Brunner": PER, "Baukraft": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "org/Baukraft", "person/Karl Brunner")
    }


def test_drohen_with_an_indefinite_noun_and_no_mit_impends(records) -> None:
    text = "Der Firma Baukraft droht nun eine hohe Strafe der Behörde."
    assert acts(records(text, {"Baukraft": ORG}), "type") == set()
    text = "Karl Brunner drohen bis zu drei Jahre Haft, sagte Eva Huber."
    assert acts(records(text, {"Karl Brunner": PER, "Eva Huber": PER}), "type") == set()
    # with "mit" it is a threat
    text = "Die Firma Baukraft drohte Karl Brunner mit einer Klage."
    rec = records(text, {"Karl Brunner": PER, "Baukraft": ORG})
    assert acts(rec, "type", "source") == {("THREATEN", "org/Baukraft")}


def test_a_genitive_in_an_opening_prepositional_phrase_is_no_subject(records) -> None:
    # "Nach dem Verzicht der österreichischen Regierung hat X … begrüßt"
    text = (
        "Nach dem Rückzug der Firma Baukraft hat Bürgermeisterin Eva Huber "
        "den Plan begrüßt."
    )
    rec = records(text, {"Baukraft": ORG, "Eva Huber": PER})
    assert acts(rec, "type", "source") == {("PRAISE", "person/Eva Huber")}


def test_drohen_with_a_penalty_and_no_mit_impends(records) -> None:
    # the gold's look-alike: "X drohen 30 Jahre Haft" is no THREATEN
    text = "Karl B. drohen 20 Jahre Haft in Ruritanien."
    assert acts(records(text, {"Karl B.": PER, "Ruritanien": LOC}), "type") == set()
    text = "Der Firma Baukraft droht die Höchststrafe."
    assert acts(records(text, {"Baukraft": ORG}), "type") == set()
    # a penalty threatened "mit" stays a threat
    text = "Eva Huber drohte Karl Brunner mit Haft."
    rec = records(text, {"Karl Brunner": PER, "Eva Huber": PER})
    assert acts(rec, "type", "source") == {("THREATEN", "person/Eva Huber")}


def test_an_agent_with_its_article_before_a_participle_acts(records) -> None:
    # "die von der Türkei abgelehnte Resolution": the agent after "von der"
    text = "Die von der Baukraft abgelehnte Satzung trat in Kraft."
    rec = records(text, {"Baukraft": ORG})
    assert acts(rec, "type", "source") == {("REJECT", "org/Baukraft")}
    text = "Die durch Eva Huber geforderte Reform kam nicht."
    rec = records(text, {"Eva Huber": PER})
    assert acts(rec, "type", "source") == {("DEMAND", "person/Eva Huber")}
    text = "Die seitens der Baukraft angedrohte Klage kam nicht."
    rec = records(text, {"Baukraft": ORG})
    assert acts(rec, "type", "source") == {("THREATEN", "org/Baukraft")}
