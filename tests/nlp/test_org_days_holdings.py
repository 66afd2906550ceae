"""Organisation rules of ``kg_orgs``: a model organisation run into a day of
the week (rule 10c), a holding company named by its kind, and a fire
brigade with its town (own sentences, hand-set entities)."""

from __future__ import annotations

import pytest

from kg.lang.de.orgs import is_org_noun, org_head
from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        # a person after a title, run into "am Sonntag" by the model
        (
            "Das erklärte Premier Dufresne am Sonntag in Lyon .",
            [(3, 6, "ORG")],
            ("Dufresne", "PER"),
        ),
        # a name run into "vom Montag"
        (
            "Laut Kronwald Media vom Montag steigt der Preis .",
            [(1, 5, "ORG")],
            ("Kronwald Media", "ORG"),
        ),
    ],
)
def test_an_organisation_ends_before_a_day_of_the_week(vocab, text, ents, want):
    found = org_rules(vocab, text, ents)
    assert want in found
    assert not any("Sonntag" in t or "Montag" in t for t, _ in found)


def test_a_name_the_gazetteer_knows_with_its_day_stays(vocab):
    found = org_rules(
        vocab, "Das sagte er der Welt am Sonntag .", [(4, 7, "ORG")], tagged={}
    )
    assert ("Welt am Sonntag", "ORG") in found


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        # one word naming the kind after a post: no name
        ("Die Chefin der Staatsholding , Ida Korn , trat zurück .", [(4, 7, "PER")]),
        ("Der Vorstand der Landesholding tagte .", []),
    ],
)
def test_a_holding_named_by_its_kind_alone_is_none(vocab, text, ents):
    assert not [t for t, lab in org_rules(vocab, text, ents) if lab == "ORG"]


def test_a_holding_is_a_kind_of_organisation_before_a_name():
    assert is_org_noun("Staatsholding") and is_org_noun("Finanzholdings")


def test_a_fire_brigade_with_its_town_is_an_organisation(vocab):
    assert org_head("Berufsfeuerwehr") == "feuerwehr"
    found = org_rules(vocab, "Die Berufsfeuerwehr Graz rückte aus .", [(2, 3, "LOC")])
    assert ("Berufsfeuerwehr Graz", "ORG") in found
    found = org_rules(
        vocab, "Die Freiwillige Feuerwehr Mödling rückte aus .", [(3, 4, "LOC")]
    )
    assert ("Freiwillige Feuerwehr Mödling", "ORG") in found


@pytest.mark.parametrize(
    "text",
    [
        "Die Feuerwehr rückte aus .",
        # every town has one: no name without its town
        "Er ist bei der Freiwilligen Feuerwehr aktiv .",
    ],
)
def test_a_fire_brigade_without_its_town_is_none(vocab, text):
    assert org_rules(vocab, text) == []
