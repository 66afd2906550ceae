"""A regnal number keeps its period in a person's key and mention, whether the
tokenizer splits it off ("Gregor XVI| .") or not ("Ludwig XIV."), and whether
the model took it into the name or not: German writes "Ludwig XIV.". Invented
sentences on the shipped vocabulary, with the model's span set by hand."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.extract import doc_to_records
from kg.nlp import load_nlp
from kg.nlp.components.names import NameRelabeller


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _doc(nlp, text: str, start: int, end: int) -> Doc:
    # "XVI." written as two tokens without space between them
    toks: list[str] = []
    spaces: list[bool] = []
    for w in text.split(" "):
        if w == "." and toks:
            spaces[-1] = False
        toks.append(w)
        spaces.append(True)
    starts = [i == 0 for i in range(len(toks))]
    doc = Doc(nlp.vocab, words=toks, spaces=spaces, sent_starts=starts)
    doc.ents = [Span(doc, start, end, label="PER")]
    return doc


def _persons(doc: Doc) -> list[str]:
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    return [e.name for e in rec.entities if e.kind == "person"]


@pytest.mark.parametrize(
    ("text", "start", "end", "person"),
    [
        # the period a token of its own, inside the model's span
        ("Damals regierte Papst Gregor XVI . in Rom", 3, 6, "Gregor XVI."),
        # the period one token with the number
        ("Damals regierte König Ludwig XIV. in Paris", 3, 5, "Ludwig XIV."),
        # no number: nothing added
        ("Damals regierte König Ludwig in Paris", 3, 4, "Ludwig"),
    ],
)
def test_a_regnal_number_keeps_its_period(nlp, text, start, end, person) -> None:
    assert _persons(_doc(nlp, text, start, end)) == [person]


def test_a_period_after_a_space_is_no_part_of_the_number(nlp) -> None:
    words = ["Damals", "regierte", "Papst", "Gregor", "XVI", ".", "Dann"]
    doc = Doc(nlp.vocab, words=words, sent_starts=[i in (0, 6) for i in range(7)])
    doc.ents = [Span(doc, 3, 6, label="PER")]
    assert _persons(doc) == ["Gregor XVI"]


def test_the_model_leaves_the_period_out(nlp) -> None:
    doc = _doc(nlp, "Damals regierte Papst Gregor XVI . in Rom", 3, 5)
    got = [e.text for e in NameRelabeller(None)(doc).ents if e.label_ == "PER"]
    assert got == ["Gregor XVI."]
