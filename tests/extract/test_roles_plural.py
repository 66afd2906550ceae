"""A plural title before one name gives that name no post ("werfen die
Abgeordneten X vor": X is the object); a plural title before a list of names
gives each the post. Invented sentences on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import named_roles

_ACTORS = {"Olaf Berg": "PER", "Ida Roth": "PER"}


def test_a_plural_title_before_one_name_is_no_post(blank_nlp) -> None:
    text = "In ihrem Antrag werfen die Abgeordneten Ida Roth Untätigkeit vor."
    assert not named_roles(blank_nlp, text, _ACTORS)


def test_a_plural_title_before_a_list_of_names(blank_nlp) -> None:
    text = "Gestern kritisierten die Abgeordneten Ida Roth und Olaf Berg den Plan."
    assert named_roles(blank_nlp, text, _ACTORS) == {
        ("Ida Roth", "Abgeordneter", None),
        ("Olaf Berg", "Abgeordneter", None),
    }


def test_a_singular_title_before_one_name(blank_nlp) -> None:
    for text in (
        "Die Abgeordnete Ida Roth kritisierte den Plan.",
        "Der Plan gefiel den Abgeordneten Olaf Berg nicht.",
    ):
        assert named_roles(blank_nlp, text, _ACTORS)
