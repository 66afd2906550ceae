"""A person after a comma closing a title phrase (kg/nlp/components/missed_names.py,
:func:`names_after_appositions`): a first name the lexicon lacks right before
a one-word surname the model took for MISC or PER, or two name-like words the
model missed, are one person ("der Leiter der Abteilung, Jorvik Taleme.").
Invented sentences on the shipped vocabulary, with the model's spans set by
hand."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.nlp import load_nlp
from kg.nlp.components.names import NameRelabeller


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _persons(nlp, text: str, ents: list[tuple[int, int, str]]) -> list[str]:
    words = text.split(" ")
    doc = Doc(nlp.vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return [e.text for e in NameRelabeller(None)(doc).ents if e.label_ == "PER"]


@pytest.mark.parametrize(
    ("text", "ents", "person"),
    [
        # the surname alone, MISC
        (
            "Neu im Vorstand ist der Leiter der Abteilung , Jorvik Taleme .",
            [(10, 11, "MISC")],
            "Jorvik Taleme",
        ),
        # the surname alone, PER, the clause going on
        (
            "Es sprach die Sprecherin des Vereins , Jorvika Taleme , am Montag .",
            [(8, 9, "PER")],
            "Jorvika Taleme",
        ),
        # both missed
        (
            "Neu im Vorstand ist der Leiter der Abteilung , Jorvik Taleme .",
            [],
            "Jorvik Taleme",
        ),
        # the surname read as a place or a firm by the model or the gazetteer
        (
            "Es sprach der Bürgermeister von Palermo , Lorvico Orlando , am Montag .",
            [(5, 6, "LOC"), (8, 9, "LOC")],
            "Lorvico Orlando",
        ),
        (
            "Neu ist der Chef des Konzerns , Jorvik Porsche .",
            [(8, 9, "ORG")],
            "Jorvik Porsche",
        ),
    ],
)
def test_a_name_after_a_title_phrase(nlp, text, ents, person) -> None:
    assert _persons(nlp, text, ents) == [person]


@pytest.mark.parametrize(
    "text",
    [
        # no title before the comma
        "Neu im Vorstand ist die Abteilung , Jorvik Taleme .",
        # a verb between title and comma: no apposition
        "Der Leiter kam gestern , Jorvik Taleme .",
        # the first word a word the lexicon knows as no first name
        "Neu im Vorstand ist der Leiter der Abteilung , Digital Taleme .",
        # more words after the two: no name closing the apposition
        "Neu im Vorstand ist der Leiter der Abteilung , Jorvik Taleme Holding AG .",
    ],
)
def test_no_name_without_a_title_phrase(nlp, text) -> None:
    words = text.split(" ")
    k = words.index(",") + 2
    assert "Jorvik Taleme" not in _persons(nlp, text, [(k, k + 1, "MISC")])
    assert not any(
        p.startswith(("Jorvik", "Digital"))
        for p in _persons(nlp, text, [(k, k + 1, "MISC")])
    )
