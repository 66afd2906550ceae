"""kg_orgs rule 4c (kg.nlp.components.org_members): a name the model left
untagged after a noun of an organisation's people and "von" is the
organisation's. Hand-made sentences and hand-set entities, as in
``test_orgs_component.py``."""

from __future__ import annotations

import pytest

from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Eine Sprecherin von Quelvix sagte , man prüfe den Fall .", "Quelvix"),
        (
            "Der Chef von Brandlmeier Logistik bestätigte den Verkauf .",
            "Brandlmeier Logistik",
        ),
        ("Die Mitarbeiter von Tarvo-Zelenka streiken seit Montag .", "Tarvo-Zelenka"),
    ],
)
def test_name_after_a_member_noun_and_von(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


@pytest.mark.parametrize(
    "text",
    [
        # a person's name, a place, a common word
        "Ein Sprecher von Merkel sagte , man prüfe den Fall .",
        "Die Mitarbeiter von Wien protestieren .",
        "Der Chef von Morgen ist jung .",
        # no member noun before "von"
        "Ein Buch von Quelvix liegt auf dem Tisch .",
    ],
)
def test_no_organisation_without_a_name_after_a_member_noun(vocab, text):
    assert not any(label == "ORG" for _, label in org_rules(vocab, text))


def test_the_models_label_stands(vocab):
    text = "Ein Sprecher von Quelvix sagte das ."
    assert ("Quelvix", "PER") in org_rules(vocab, text, [(3, 4, "PER")])
