"""kg.extract.records: entity kinds as symbols, keys as plain strings."""

from __future__ import annotations

import pytest

from kg.extract.records import ENTITY_KINDS, Entity, Kind, entity_key, kind_of, name_of


def test_kinds_are_the_strings_of_the_keys() -> None:
    assert [k.value for k in Kind] == list(ENTITY_KINDS) == ["person", "org", "place"]
    assert Kind.PERSON == "person" and f"{Kind.PLACE}" == "place"


@pytest.mark.parametrize(
    ("kind", "name", "key"),
    [
        (Kind.PERSON, "John Kerry", "person/John Kerry"),
        (Kind.ORG, "NATO-Russland-Rat", "org/NATO-Russland-Rat"),
        (Kind.PLACE, "Wien", "place/Wien"),
        (Kind.ORG, "AC/DC", "org/AC/DC"),  # a slash in the name stays in the name
    ],
)
def test_entity_key_kind_of_and_name_of_round_trip(kind, name, key) -> None:
    assert entity_key(kind, name) == key
    assert type(entity_key(kind, name)) is str  # a plain string, as before
    assert kind_of(key) is kind
    assert name_of(key) == name


@pytest.mark.parametrize("key", ["Wien", "event/x", "", "persons/X"])
def test_a_key_of_no_kind_has_no_kind(key) -> None:
    assert kind_of(key) is None


def test_an_entity_checks_its_kind() -> None:
    # "people" is no kind: the record refuses it when built
    with pytest.raises(ValueError, match="kind 'people'"):
        Entity(kind="people", name="X")
    assert Entity(kind=Kind.PLACE, name="Wien").key == "place/Wien"
