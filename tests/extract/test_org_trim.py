"""An organisation the model ran onto a dash ends before it
(:func:`kg.extract.mentions._trim_organisation`)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.extract import doc_to_records
from kg.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_an_organisation_ends_before_a_dash(nlp) -> None:
    words = [
        "Betroffen",
        "ist",
        "vor",
        "allem",
        "Quelvix",
        "–",
        "und",
        "zwar",
        "sehr",
        ".",
    ]
    doc = Doc(nlp.vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, 4, 6, label="ORG")]
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    orgs = [e.name for e in rec.entities if e.kind == "org"]
    assert orgs == ["Quelvix"]
