"""Doc -> records on hand-annotated Docs: no statistical model needed.

Sentences are written for these tests (not taken from the seed article), with
their own anchor dates, so the rules are checked on text they were not built on.
"""

from __future__ import annotations

from kg.extract import doc_to_records
from tests.conftest import annotate


def test_offsets_index_the_full_text(blank_nlp) -> None:
    header = "Kopfzeile\n\n"
    body = "Außenminister Hans Weber reist nach Rom."
    doc = annotate(blank_nlp, body, {"Hans Weber": "PER", "Rom": "LOC"})
    rec = doc_to_records(doc, article_id="t", content_hash="h", offset=len(header))
    full = header + body
    for e in rec.entities:
        for m in e.mentions:
            assert full[m.start : m.end] == m.text
    for s in rec.sentences:
        assert full[s.start : s.end] == s.text


def test_records_of_squeezed_text_index_the_original(blank_nlp) -> None:
    from kg.nlp import squeeze_spaces

    text = (
        "Der  Botschafter Sergey   Kiselev traf am Montag\tin  Prag\n\n"
        "Lubomír Zaorálek."
    )
    ents = {"Sergey Kiselev": "PER", "Prag": "LOC", "Lubomír Zaorálek": "PER"}
    doc = annotate(blank_nlp, squeeze_spaces(text), ents)
    rec = doc_to_records(doc, article_id="t", content_hash="h", offset=7, text=text)
    full = "x" * 7 + text
    names = {e.name: e for e in rec.entities}
    assert set(names) == {"Sergey Kiselev", "Prag", "Lubomír Zaorálek"}
    assert [m.text for m in names["Sergey Kiselev"].mentions] == ["Sergey   Kiselev"]
    for e in rec.entities:
        for m in e.mentions:
            assert full[m.start : m.end] == m.text
    for s in rec.sentences:
        assert full[s.start : s.end] == s.text
    for r in rec.roles:
        assert full[r.start : r.end].endswith("Botschafter")
    assert rec.roles  # "Botschafter Sergey Kiselev"
