"""The kg_time spaCy component on a blank German pipeline."""

from __future__ import annotations

import pickle
from datetime import date, datetime

import pytest
import spacy

import kg.nlp.components.time  # noqa: F401  (registers kg_time)
from kg.errors import InputError
from kg.temporal import TimeValue


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_time")
    return nlp


def _run(nlp, text: str, anchor):
    doc = nlp.make_doc(text)
    doc._.kg_anchor = anchor
    return nlp(doc)


def test_spans_carry_resolved_time_values(nlp):
    text = (
        "Der Gipfel beginnt am kommenden Dienstag in Rom. "
        "Am Freitag hatten die Unterhändler noch gestritten."
    )
    doc = _run(nlp, text, date(2019, 6, 15))  # a Saturday
    spans = doc.spans["kg_time"]
    assert [s.text for s in spans] == ["am kommenden Dienstag", "Am Freitag"]
    assert [s.label_ for s in spans] == ["date", "date"]
    values = [s._.kg_time.value for s in spans]
    assert values == [date(2019, 6, 18), date(2019, 6, 14)]
    assert all(isinstance(s._.kg_time, TimeValue) for s in spans)


def test_sentence_boundaries_of_the_doc_scope_the_tense(nlp):
    # the second sentence has no verb: its weekday looks forward, not back as
    # the first sentence's "traf" would suggest
    doc = _run(
        nlp, "Er traf sie am Montag. Nächstes Treffen: Dienstag", date(2021, 3, 4)
    )
    got = {s.text: s._.kg_time.value for s in doc.spans["kg_time"]}
    assert got == {"am Montag": date(2021, 3, 1), "Dienstag": date(2021, 3, 9)}


def test_spans_expand_to_whole_tokens_and_keep_exact_expression(nlp):
    # the tokenizer keeps "Stand:09.01.2022" as one token; the expression is
    # only the date
    doc = _run(nlp, "Gespräche in Genf Stand:09.01.2022", None)
    span = doc.spans["kg_time"][0]
    tv = span._.kg_time
    assert span.text == "Stand:09.01.2022"
    assert tv.expression == "09.01.2022" == doc.text[tv.start : tv.end]
    assert span.start_char < tv.start and span.end_char == tv.end
    assert tv.value == date(2022, 1, 9)


def test_without_anchor_values_are_none_but_spans_exist(nlp):
    doc = nlp("Am Mittwoch ist eine Sitzung angesetzt.")
    assert doc._.kg_anchor is None
    (span,) = doc.spans["kg_time"]
    assert span.text == "Am Mittwoch" and span._.kg_time.value is None


def test_durations_are_labelled_and_times_merge_with_their_day(nlp):
    doc = _run(
        nlp,
        "Seit zwei Jahren wird verhandelt. Am Montag um 9 Uhr beginnt die Runde.",
        datetime(2020, 2, 1, 12, 0),
    )
    got = [(s.text, s.label_, s._.kg_time.value) for s in doc.spans["kg_time"]]
    assert got == [
        ("Seit zwei Jahren", "duration", None),
        ("Am Montag um 9 Uhr", "time", datetime(2020, 2, 3, 9, 0)),
    ]


def test_custom_spans_key_and_pickled_docs(nlp):
    other = spacy.blank("de")
    other.add_pipe("kg_time", config={"spans_key": "zeit"})
    doc = other("Gestern wurde gewählt.")
    assert "zeit" in doc.spans and "kg_time" not in doc.spans
    doc = _run(nlp, "Gestern wurde gewählt.", date(2024, 3, 1))
    back = pickle.loads(pickle.dumps(doc))
    assert back.spans["kg_time"][0]._.kg_time.value == date(2024, 2, 29)


def test_anchor_may_be_an_iso_string_but_not_anything_else(nlp):
    doc = _run(nlp, "Gestern wurde gewählt.", "2024-03-01T18:00:00Z")
    assert doc.spans["kg_time"][0]._.kg_time.value == date(2024, 2, 29)
    # a date in German notation is not ISO 8601
    with pytest.raises(InputError, match="kg_anchor: expected a date or ISO 8601"):
        _run(nlp, "Gestern wurde gewählt.", "01.03.2024")
