"""Verbal interactions with "sowohl A als auch B" (two sources or two
targets) and with an abstract indefinite noun phrase fronted as the object,
the actor after the verb its subject ("Eine Stellungnahme lehnte X ab").
Invented sentences, no model (kg/extract/interaction_groups.py,
kg/extract/interaction_actors.py)."""

from __future__ import annotations

from tests.conftest import LOC, ORG, PER, acts


def test_sowohl_als_auch_before_the_verb_both_act(records) -> None:
    text = "Sowohl die Partei Nord als auch die Partei Süd lehnten den Plan ab."
    rec = records(text, {"Partei Nord": ORG, "Partei Süd": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "org/Partei Nord", None),
        ("REJECT", "org/Partei Süd", None),
    }


def test_sowohl_als_auch_after_the_verb_both_act(records) -> None:
    text = "Am Montag forderten sowohl Eva Huber als auch Karl Brunner Neuwahlen."
    rec = records(text, {"Eva Huber": PER, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Eva Huber", None),
        ("DEMAND", "person/Karl Brunner", None),
    }


def test_sowohl_als_auch_as_targets_each_one(records) -> None:
    text = "Die Partei Nord warf sowohl Eva Huber als auch der Partei Süd Untreue vor."
    rec = records(text, {"Partei Nord": ORG, "Eva Huber": PER, "Partei Süd": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Partei Nord", "person/Eva Huber"),
        ("ACCUSE", "org/Partei Nord", "org/Partei Süd"),
    }


def test_a_fronted_indefinite_abstract_object(records) -> None:
    text = "Eine Stellungnahme lehnte die Firma Nordstahl am Freitag ab."
    rec = records(text, {"Nordstahl": ORG})
    assert acts(rec, "type", "source") == {("REJECT", "org/Nordstahl")}


def test_a_fronted_indefinite_object_with_its_attribute(records) -> None:
    text = "Jede Beteiligung an dem Angriff auf Georgien bestritt Russland."
    rec = records(text, {"Georgien": LOC, "Russland": LOC})
    assert acts(rec, "type", "source") == {("DENY", "place/Russland")}


def test_a_fronted_indefinite_group_stays_the_subject(records) -> None:
    text = "Eine Delegation der Partei Nord forderte Eva Huber zum Rücktritt auf."
    rec = records(text, {"Partei Nord": ORG, "Eva Huber": PER})
    assert ("DEMAND", "person/Eva Huber") not in acts(rec, "type", "source")


def test_a_fronted_definite_plan_is_the_object(records) -> None:
    text = "Die geplante Steuerreform lehnte die Partei Nord am Montag ab."
    rec = records(text, {"Partei Nord": ORG})
    assert acts(rec, "type", "source") == {("REJECT", "org/Partei Nord")}


def test_a_fronted_definite_abstract_noun_is_the_object(records) -> None:
    text = "Die Zusammenarbeit mit der Partei Süd lehnte die Partei Nord ab."
    rec = records(text, {"Partei Nord": ORG, "Partei Süd": ORG})
    assert acts(rec, "type", "source") == {("REJECT", "org/Partei Nord")}


def test_a_fronted_institution_in_ung_stays_the_subject(records) -> None:
    text = "Die Landesregierung forderte Eva Huber zum Rücktritt auf."
    rec = records(text, {"Eva Huber": PER})
    assert ("DEMAND", "person/Eva Huber") not in acts(rec, "type", "source")


def test_a_title_subject_nobody_named_before_is_not_its_object(records) -> None:
    # "Der Präsident" refers to no one named before; the person after the verb
    # is whom he praises, not the one who praises
    text = "Der Präsident würdigte Karl Brunner als großen Europäer."
    rec = records(text, {"Karl Brunner": PER})
    assert ("person/Karl Brunner",) not in acts(rec, "source")
    # ... while a person named in the next sentence may be the title's holder
    text = (
        "Die Ministerin hat die Pläne zurückgewiesen. Eva Huber sagte, sie "
        "lehne das ab."
    )
    rec = records(text, {"Eva Huber": PER})
    assert ("REJECT", "person/Eva Huber") in acts(rec, "type", "source")
    # the title after the verb, its holder apposed after it
    text = "Mehr Geld sei nötig, forderte der Chef der Kasse Nord, Karl Brunner."
    rec = records(text, {"Kasse Nord": ORG, "Karl Brunner": PER})
    assert ("DEMAND", "person/Karl Brunner") in acts(rec, "type", "source")
