"""A first name glued to its surname, the space lost ("HansNiessl"), names the
person in full (:func:`kg.extract.names.unglued_name`); the surname alone later
is that person."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.extract import doc_to_records
from kg.extract.names import unglued_name
from kg.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("KarlPichlmayr", "Karl Pichlmayr"),
        ("MariaWeisskopf", "Maria Weisskopf"),
        # a name in camel case, a place, a word with no first name in front
        ("YouTube", None),
        ("PayPal", None),
        ("WienEnergie", None),
        ("Pichlmayr", None),
    ],
)
def test_the_name_of_a_glued_word(nlp, word, name) -> None:
    assert unglued_name(Doc(nlp.vocab, words=["x"]), word) == name


def test_a_glued_name_and_its_surname_are_one_person(nlp) -> None:
    text = "Bürgermeister KarlPichlmayr lobte das Projekt . Pichlmayr sprach lange ."
    words = text.split()
    doc = Doc(
        nlp.vocab, words=words, sent_starts=[i in (0, 6) for i in range(len(words))]
    )
    doc.ents = [Span(doc, 1, 2, label="PER"), Span(doc, 6, 7, label="PER")]
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    persons = [e for e in rec.entities if e.kind == "person"]
    assert [(e.key, len(e.mentions)) for e in persons] == [("person/Karl Pichlmayr", 2)]
    assert ("person/Karl Pichlmayr", "Bürgermeister") in {
        (r.person, r.role) for r in rec.roles
    }
