"""Who acts and at whom, read more widely (issue 17; kg/extract/interaction_targets.py,
kg/extract/interaction_actors.py, kg/extract/interaction_groups.py,
kg/extract/interactions.py): a capital for its state named nowhere else, "die
Stadt X", a people for its state, a party's parliamentary group for the party,
a demand's author when the demand opens the sentence, an addressee after "an X
und Y", a relative clause of "von dem", subjects before an auxiliary, agents
of one "von". Invented sentences."""

from __future__ import annotations

from tests.conftest import LOC, ORG, PER, acts


def test_capital_stands_for_its_state_named_nowhere(records) -> None:
    text = "Berlin wirft Moskau vor, die Waffenruhe zu brechen."
    rec = records(text, {"Berlin": LOC, "Moskau": LOC})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "place/Deutschland", "place/Russland")
    }


def test_capital_as_target_after_a_government_in_a_city(records) -> None:
    text = "Die Regierung in Kiew wirft Moskau vor, die Grenze zu verletzen."
    rec = records(text, {"Kiew": LOC, "Moskau": LOC})
    assert ("ACCUSE", "place/Russland") in acts(rec, "type", "target")


def test_brussels_is_no_belgium_unless_named(records) -> None:
    text = "Karl Brunner wies die Kritik aus Brüssel zurück."
    rec = records(text, {"Karl Brunner": PER, "Brüssel": LOC})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "person/Karl Brunner", None)
    }


def test_a_town_after_stadt_is_the_town_not_its_state(records) -> None:
    text = "Die Gewerkschaft Nordbund forderte von der Stadt Wien mehr Geld."
    rec = records(text, {"Nordbund": ORG, "Wien": LOC})
    assert acts(rec, "type", "source", "target", "issue") == {
        ("DEMAND", "org/Nordbund", "place/Wien", "Geld")
    }


def test_a_people_tagged_as_a_place_is_its_state(records) -> None:
    text = "Karl Brunner forderte die Palästinenser zur Mäßigung auf."
    rec = records(text, {"Karl Brunner": PER, "Palästinenser": LOC})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Karl Brunner", "place/Palästina")
    }


def test_a_parliamentary_group_acts_as_its_party() -> None:
    # the pipeline's organisation names make "Grünen-Fraktion" a unit of its
    # own (kg/nlp/components/org_names.py); a hand-tagged Doc merges it
    from types import SimpleNamespace

    from kg.extract.interaction_targets import _party_of_group
    from kg.extract.records import Entity

    party = Entity(
        "org", "Bündnis 90/Die Grünen", aliases=("Die Grünen",), org_kind="party"
    )
    view = SimpleNamespace(entities={party.key: party})
    assert _party_of_group(view, "org/Grünen-Fraktion") == party.key
    # a party the article names nowhere: the gazetteer's
    nowhere = SimpleNamespace(entities={})
    assert _party_of_group(nowhere, "org/SPD-Fraktion") == "org/SPD"
    assert _party_of_group(view, "org/Siemens-Vorstand") == "org/Siemens-Vorstand"


def test_a_fronted_demand_names_the_target_not_the_source(records) -> None:
    text = "Die Forderung der Gewerkschaft Nordbund lehnte der Verband Ostwerk ab."
    rec = records(text, {"Nordbund": ORG, "Ostwerk": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "org/Ostwerk", "org/Nordbund")
    }


def test_appeal_to_two_addressees_after_one_an(records) -> None:
    text = "Karl Brunner appellierte an Israel und Ägypten, die Gewalt zu beenden."
    rec = records(text, {"Karl Brunner": PER, "Israel": LOC, "Ägypten": LOC})
    assert acts(rec, "type", "source", "target") == {
        ("APPEAL", "person/Karl Brunner", "place/Israel"),
        ("APPEAL", "person/Karl Brunner", "place/Ägypten"),
    }


def test_relative_clause_of_von_dem_names_the_addressee(records) -> None:
    text = (
        "Die Entlassung von Karl Brunner, von dem Eva Huber den Rücktritt "
        "gefordert hatte, kam überraschend."
    )
    rec = records(text, {"Karl Brunner": PER, "Eva Huber": PER})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Eva Huber", "person/Karl Brunner")
    }


def test_subjects_listed_before_an_auxiliary_act_each(records) -> None:
    text = "Frankreich und Deutschland haben Polen vor einem Alleingang gewarnt."
    rec = records(text, {"Frankreich": LOC, "Deutschland": LOC, "Polen": LOC})
    assert acts(rec, "type", "source", "target") == {
        ("WARN", "place/Frankreich", "place/Polen"),
        ("WARN", "place/Deutschland", "place/Polen"),
    }


def test_agents_of_one_von_reject_each(records) -> None:
    text = "Der Vorschlag wurde von Polen und Ungarn abgelehnt."
    rec = records(text, {"Polen": LOC, "Ungarn": LOC})
    assert acts(rec, "type", "source") == {
        ("REJECT", "place/Polen"),
        ("REJECT", "place/Ungarn"),
    }


def test_persons_named_by_a_plural_noun_after_the_verb_warn_each(records) -> None:
    text = (
        "Davor haben die Autoren Karl Brunner, Eva Huber oder auch Jan Moser gewarnt."
    )
    rec = records(text, {"Karl Brunner": PER, "Eva Huber": PER, "Jan Moser": PER})
    assert acts(rec, "type", "source", "target") == {
        ("WARN", "person/Karl Brunner", None),
        ("WARN", "person/Eva Huber", None),
        ("WARN", "person/Jan Moser", None),
    }


def test_a_fronted_claim_is_the_object_of_the_subject_after_the_verb(records) -> None:
    text = "Die Vorwürfe wies Karl Brunner entschieden zurück."
    rec = records(text, {"Karl Brunner": PER})
    assert acts(rec, "type", "source") == {("REJECT", "person/Karl Brunner")}


def test_a_name_kg_drops_before_the_verb_leaves_the_object_no_source(records) -> None:
    # "Juncker" alone is no person kg keeps; "Österreich" is what is praised
    text = "Juncker lobte Österreich für seine Politik."
    rec = records(text, {"Juncker": PER, "Österreich": LOC})
    assert all(i.source != "place/Österreich" for i in rec.interactions)
