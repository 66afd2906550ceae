"""A party's name with its article that the model labelled MISC ("Die Grünen
kritisierten …") is an organisation, resolved by the article's country like
"Grünen"; other MISC names stay (own sentences, hand-set model entities)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import kg.nlp.components.gazetteer  # noqa: F401


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_gazetteer")
    return nlp


@pytest.fixture
def labels(nlp):
    def run(words: list[str], start: int, end: int) -> list[tuple[str, str]]:
        doc = Doc(nlp.vocab, words=words)
        doc.ents = [Span(doc, start, end, label="MISC")]
        return [(e.text, e.label_) for e in nlp.get_pipe("kg_gazetteer")(doc).ents]

    return run


def test_a_party_with_its_article_is_an_organisation(labels) -> None:
    words = "Die Grünen kritisierten die Beschlüsse .".split()
    assert labels(words, 0, 2) == [("Die Grünen", "ORG")]
    words = "Auch Die Linke stimmte dagegen .".split()
    assert labels(words, 1, 3) == [("Die Linke", "ORG")]


def test_other_names_and_a_bare_word_stay(labels) -> None:
    # no party: a title
    words = "Die Welt von gestern erschien neu .".split()
    assert labels(words, 0, 2) == [("Die Welt", "MISC")]
    # the word alone ("die Linke", the political left) is no name with its article
    words = "Er zählt sich zur Linken .".split()
    assert labels(words, 4, 5) == [("Linken", "MISC")]
