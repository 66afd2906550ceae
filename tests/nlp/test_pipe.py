"""kg.nlp.pipe: the one way text goes into the pipeline."""

from __future__ import annotations

from kg.extract import doc_to_records
from kg.nlp import load_nlp, pipe, squeeze_spaces


def test_pipe_squeezes_spaces_and_keeps_the_text() -> None:
    nlp = load_nlp("blank")
    texts = ["Sergey  Kiselev traf\tin  Prag ein.", "Ohne Läufe."]
    docs = list(pipe(nlp, texts, batch_size=1))
    assert [d.text for d in docs] == [squeeze_spaces(t) for t in texts]
    assert [d._.kg_text for d in docs] == texts


def test_pipe_as_tuples_passes_the_context_on() -> None:
    nlp = load_nlp("blank")
    out = list(pipe(nlp, [("a  b", 1), ("c", 2)], as_tuples=True, batch_size=8))
    assert [(d.text, d._.kg_text, c) for d, c in out] == [
        ("a b", "a  b", 1),
        ("c", "c", 2),
    ]


def test_records_of_a_piped_doc_index_the_text_as_it_was() -> None:
    nlp = load_nlp("blank")
    text = "Der  Botschafter   Sergey Kiselev traf am Montag in  Prag ein."
    [doc] = pipe(nlp, [text])
    rec = doc_to_records(doc, article_id="t", content_hash="h", offset=3)
    full = "abc" + text
    assert rec.sentences and all(full[s.start : s.end] == s.text for s in rec.sentences)
    explicit = doc_to_records(
        doc, article_id="t", content_hash="h", offset=3, text=text
    )
    assert rec == explicit
