"""Whom a verbal interaction is aimed at, where the target is no plain object
name: the owner of the rejected thing ("den Antrag der Staatsanwaltschaft", "die
Pläne Sobotkas"), the accused a penalty is demanded for ("fordert für ihn zehn
Jahre Haft"), a medium in the dative ("drohte der ARD"). Invented sentences, no
model (kg/extract/interaction_actors.py, kg/extract/bodies.py,
kg/extract/mentions.py)."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, acts, extract


@pytest.fixture(scope="module")
def shipped():
    """The shipped pipeline for its lexicon table (which words are nouns);
    the entities are set by hand."""
    from kg.nlp import load_nlp

    return load_nlp()


def test_the_body_whose_proposal_is_rejected_is_the_target(records) -> None:
    rec = records(
        "Das Landesgericht Nord lehnte den Antrag der Staatsanwaltschaft auf "
        "Haft ab.",
        {"Landesgericht Nord": ORG},
    )
    got = {(i.type, i.source, i.target_label) for i in rec.interactions}
    assert got == {("REJECT", "org/Landesgericht Nord", "Staatsanwaltschaft")}


def test_a_genitive_of_no_body_names_no_target(records) -> None:
    rec = records(
        "Das Landesgericht Nord lehnte den Antrag der Eltern ab.",
        {"Landesgericht Nord": ORG},
    )
    got = {(i.type, i.target, i.target_label) for i in rec.interactions}
    assert got == {("REJECT", None, None)}


def test_the_genitive_surname_after_its_noun_is_the_person(shipped) -> None:
    rec = extract(
        shipped,
        "Innenminister Karl Brunner will das Gesetz verschärfen. Die Präsidentin "
        "der Kammer, Eva Huber, wies die Pläne Brunners zurück.",
        {"Karl Brunner": PER, "Eva Huber": PER},
    )
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "person/Eva Huber", "person/Karl Brunner")
    }
    names = {m.text for e in rec.entities for m in e.mentions}
    assert "Brunners" in names


def test_the_genitive_of_a_shared_surname_is_no_mention(shipped) -> None:
    # of two Brunners the genitive says nothing of which
    rec = extract(
        shipped,
        "Karl Brunner und Anna Brunner sprachen. Eva Huber kritisierte die "
        "Pläne Brunners.",
        {"Karl Brunner": PER, "Anna Brunner": PER, "Eva Huber": PER},
    )
    assert "Brunners" not in {m.text for e in rec.entities for m in e.mentions}


def test_a_penalty_demanded_for_someone_targets_the_accused(records) -> None:
    rec = records(
        "Der Angeklagte Karl Brunner schwieg. Die Staatsanwaltschaft Nord "
        "fordert für ihn zehn Jahre Haft. Staatsanwältin Eva Huber forderte "
        "für den Angeklagten Hans Moser eine Freiheitsstrafe.",
        {
            "Karl Brunner": PER,
            "Staatsanwaltschaft Nord": ORG,
            "Eva Huber": PER,
            "Hans Moser": PER,
        },
    )
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "org/Staatsanwaltschaft Nord", "person/Karl Brunner"),
        ("DEMAND", "person/Eva Huber", "person/Hans Moser"),
    }


def test_a_demand_for_someones_benefit_has_no_target(records) -> None:
    rec = records(
        "Der Bauernbund Nord fordert für Karl Brunner mehr Geld.",
        {"Bauernbund Nord": ORG, "Karl Brunner": PER},
    )
    assert acts(rec, "type", "target") == {("DEMAND", None)}


def test_a_medium_in_the_dative_is_the_target(records) -> None:
    rec = records(
        "Karl Brunner drohte der ARD mit der Kündigung. Eva Huber warf "
        "Hans Moser im ZDF Lügen vor.",
        {"Karl Brunner": PER, "ARD": ORG, "Eva Huber": PER, "Hans Moser": PER,
         "ZDF": ORG},
    )
    assert acts(rec, "type", "source", "target") == {
        ("THREATEN", "person/Karl Brunner", "org/ARD"),
        ("ACCUSE", "person/Eva Huber", "person/Hans Moser"),
    }


def test_a_dative_pronoun_is_not_the_source_itself(records) -> None:
    # the nearest person before "ihm" is the accuser: the one named before
    rec = records(
        "Der Minister Karl Brunner kam. Die Abgeordnete Eva Huber warf ihm vor, "
        "zu lügen.",
        {"Karl Brunner": PER, "Eva Huber": PER},
    )
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Eva Huber", "person/Karl Brunner")
    }
    # "ihr" is no man the article calls one
    rec = records(
        "Kanzler Karl Brunner sprach mit der Ministerin Eva Huber. Die "
        "Opposition Nord warf ihr vor, zu lügen.",
        {"Karl Brunner": PER, "Eva Huber": PER, "Opposition Nord": ORG},
    )
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Opposition Nord", "person/Eva Huber")
    }
