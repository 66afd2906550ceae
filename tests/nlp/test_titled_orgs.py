"""The organisation a post is held in, named right after the post (kg_orgs rule
2e, :mod:`kg.nlp.components.org_titled`), and a full stop after "GmbH" that
ends the sentence (:data:`kg.lang.de.grammar.FULL_STOP_AFTER`). Own sentences."""

from __future__ import annotations

import pytest

from kg.nlp import load_nlp
from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Vorstandschef der Velcora , Klaus Euler , warnt .", "Velcora"),
        ("Die Chefin der Staatsholding , Eva Roth , warnt .", None),
        ("Lena Berg , Präsidentin von Lumo Games , sagte das .", "Lumo Games"),
        ("Der Gründer des Start-ups Quarkwerk sprach .", None),  # rule 2's
        ("Die Chefin der Brauerei Zwettler hat gekündigt .", None),
    ],
)
def test_a_name_after_a_post_and_der_or_von_is_an_organisation(
    vocab, text, name
) -> None:
    found = [t for t, label in org_rules(vocab, text) if label == "ORG"]
    if name is None:
        assert all(not t.startswith(("Der", "Die")) for t in found)
    else:
        assert found == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Der Chef der Airline , Carsten Spohr , schwieg .",  # a common noun
        "Der Leiter der Geschäftsführung sprach .",
        "Der Präsident von Peter Maiers Verein kam .",  # a first name
        "Die Sprecherin des Ministeriums sagte das .",
        "Der Bürgermeister von Wien kam .",  # a place
        "Sie ist Bürgermeisterin von Kleinwarzing .",  # a town unknown
    ],
)
def test_no_organisation_where_the_words_after_the_post_are_no_name(
    vocab, text
) -> None:
    assert [t for t, label in org_rules(vocab, text) if label == "ORG"] == []


def test_a_model_person_after_a_post_stays_a_person(vocab) -> None:
    text = "Die Leiterin des Quarzlabors Velten , Eva Roth , kam ."
    ents = [(3, 5, "PER"), (6, 8, "PER")]
    assert ("Quarzlabors Velten", "ORG") not in org_rules(vocab, text, ents)
    text = "Der Vorstandschef der Velcora , Klaus Euler , warnt ."
    assert ("Velcora", "PER") in org_rules(vocab, text, [(3, 4, "PER")])


def test_a_full_stop_after_gmbh_ends_the_sentence() -> None:
    nlp = load_nlp()
    doc = nlp("Das sagte Anna Weber, Geschäftsführerin der Kolbe GmbH. Sie lachte.")
    assert "GmbH" in [t.text for t in doc]
    assert ("Kolbe GmbH", "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert len(list(doc.sents)) == 2
    # an abbreviation keeps its full stop
    assert "Inc." in [t.text for t in nlp("Die Firma Lumo Inc. wächst.")]
