"""The firm a title compound's prefix names ("Hermes-Geschäftsführer Frank
Rausch": Geschäftsführer of Hermes), when the gazetteer and the article know no
organisation of that name: a capitalised word the lexicon knows as no common
noun, place or surname, before a title of a firm or body. Not a department or
common noun ("Team-Chef"), a demonym ("Wiener-"), a person of the article, nor
the person's own staff ("Putin-Sprecher"). Hand-set entities on the shipped
pipeline (its lexicon table, which the rule reads)."""

from __future__ import annotations

import pytest

from tests.conftest import named_roles


@pytest.fixture(scope="module")
def shipped():
    from kg.nlp import load_nlp

    return load_nlp()


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Das sei kein Problem, sagte Brenko-Chef Ulrich Maier am Montag.",
            ("Ulrich Maier", "Chef", "Brenko"),
        ),
        (
            "Das Geschäft laufe gut, sagte Hermes-Geschäftsführer Ida Roth.",
            ("Ida Roth", "Geschäftsführer", "Hermes"),
        ),
        (
            "Trivago-Gründer Tom Berger verkauft seine Anteile.",
            ("Tom Berger", "Gründer", "Trivago"),
        ),
    ],
)
def test_the_prefix_names_the_firm(shipped, text, role) -> None:
    ents = {role[0]: "PER"}
    assert role in named_roles(shipped, text, ents)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Das sei gut, sagte Team-Chef Ulrich Maier am Montag.",
            "Ulrich Maier",
            "Chef",
        ),
        ("Das sei gut, sagte der Wiener-Chef Ulrich Maier.", "Ulrich Maier", "Chef"),
        ("Das sei gut, sagte Putin-Sprecher Ulrich Maier.", "Ulrich Maier", "Sprecher"),
        (
            "Donald Trump kam. Das sei gut, sagte Trump-Chef Ulrich Maier.",
            "Ulrich Maier",
            "Chef",
        ),
    ],
)
def test_no_firm_of_other_prefixes(shipped, text, person, title) -> None:
    ents = {person: "PER", "Donald Trump": "PER"}
    roles = named_roles(shipped, text, ents)
    assert (person, title, None) in roles


def test_a_one_word_person_before_a_firm_title_is_the_firm(shipped) -> None:
    # the model took the firm for a person ("zu Brenko gewechselt"); a
    # Geschäftsführer leads a firm, so the prefix is the firm all the same
    text = (
        "Viele Kunden seien zu Brenko gewechselt. Das sei gut, sagte "
        "Brenko-Geschäftsführer Ida Roth."
    )
    roles = named_roles(shipped, text, {"Brenko": "PER", "Ida Roth": "PER"})
    assert ("Ida Roth", "Geschäftsführer", "Brenko") in roles
    # a post of another kind stays the person's: "Trump-Chef"
    text = "Trump kam. Das sei gut, sagte Trump-Chef Ida Roth."
    roles = named_roles(shipped, text, {"Trump": "PER", "Ida Roth": "PER"})
    assert ("Ida Roth", "Chef", None) in roles


def test_the_holder_after_a_firm_named_with_its_kind(shipped) -> None:
    # "des Paketdiensts DPD": a compound for the kind the table does not know
    text = (
        "Das sei schwierig, sagte der Geschäftsführer des Paketdiensts Brenko, "
        "Boris Winkelmann, der Zeitung."
    )
    roles = named_roles(shipped, text, {"Brenko": "ORG", "Boris Winkelmann": "PER"})
    assert ("Boris Winkelmann", "Geschäftsführer", "Brenko") in roles
