"""kg_orgs rule 4c (kg.nlp.components.org_members): a name the model left
untagged after a noun of an organisation's people and "von" is the
organisation's. Hand-made sentences and hand-set entities, as in
``test_orgs_component.py``."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.nlp import load_nlp
from kg.nlp.components.orgs import OrgRules
from kg.nlp.lexicon import has_table


@pytest.fixture(scope="module")
def vocab():
    v = load_nlp().vocab
    assert has_table(v)
    return v


def _run(vocab, text, ents=()):
    words = text.split(" ")
    doc = Doc(vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    doc = OrgRules(None)(doc)
    return [(e.text, e.label_) for e in doc.ents]


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
    assert (name, "ORG") in _run(vocab, text)


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
    assert not any(label == "ORG" for _, label in _run(vocab, text))


def test_the_models_label_stands(vocab):
    text = "Ein Sprecher von Quelvix sagte das ."
    assert ("Quelvix", "PER") in _run(vocab, text, [(3, 4, "PER")])
