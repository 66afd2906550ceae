"""A person named only in the genitive ("Putins") is named by the stem the
lexicon knows as a name (:func:`kg.extract.names.genitive_name_stem`)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.extract import doc_to_records
from kg.extract.names import genitive_name_stem
from kg.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Putins", "Putin"),
        ("Merkels", "Merkel"),
        ("Obamas", "Obama"),
        # names ending in -s themselves, and words no name
        ("Jenkins", None),
        ("Klaus", None),
        ("Andreas", None),
        ("Kurs", None),
        ("USA", None),
    ],
)
def test_the_stem_of_a_genitive_name(nlp, word, stem) -> None:
    assert genitive_name_stem(Doc(nlp.vocab, words=["x"]), word) == stem


def test_a_person_named_only_in_the_genitive_keeps_no_s(nlp) -> None:
    words = ["Die", "Rede", "Trumps", "wurde", "gelobt", "."]
    doc = Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * 5)
    doc.ents = [Span(doc, 2, 3, label="PER")]
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    assert [e.key for e in rec.entities] == ["person/Trump"]


def test_a_meeting_of_two_persons_in_the_genitive(nlp) -> None:
    doc = nlp("Das Gespräch Putins und Merkels fand gestern in Moskau statt.")
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    assert [sorted(m.attendees) for m in rec.meetings] == [
        ["person/Merkel", "person/Putin"]
    ]
