"""Quote speaker rules found on the SmartData development set (issue 17,
bench/quote_dev_sd.jsonl), each on invented sentences, no model
(kg/extract/speakers.py)."""

from __future__ import annotations

import pytest

from tests.conftest import PER, extract


def test_of_two_persons_before_a_colon_the_one_no_preposition_governs(
    blank_nlp,
) -> None:
    text = (
        "Die Ministerin Eva Huber kritisierte die Stadt. Fraktionschef Karl "
        "Brunner zeigt sich überrascht über die Äußerungen von Eva Huber und "
        "erklärt: „Wir werden der Fusion nicht zustimmen.“"
    )
    rec = extract(blank_nlp, text, {"Eva Huber": PER, "Karl Brunner": PER})
    assert [(q.speaker, q.text) for q in rec.quotes if q.kind == "direct"] == [
        ("person/Karl Brunner", "Wir werden der Fusion nicht zustimmen.")
    ]


@pytest.fixture(scope="module")
def shipped():
    """The shipped pipeline for its lexicon (which words are verbs); the
    entities are set by hand."""
    from kg.nlp import load_nlp

    return load_nlp()


def test_of_two_persons_before_a_colon_without_a_report(shipped) -> None:
    text = (
        "Die Ministerin Eva Huber kritisierte die Stadt. Fraktionschef Karl "
        "Brunner zeigt sich überrascht über die Äußerungen von Frau Huber und "
        "erklärt im bissigen Unterton: „Wir werden der Fusion nicht zustimmen.“"
    )
    rec = extract(shipped, text, {"Eva Huber": PER, "Karl Brunner": PER})
    assert {(q.speaker, q.text) for q in rec.quotes if q.kind == "direct"} == {
        ("person/Karl Brunner", "Wir werden der Fusion nicht zustimmen.")
    }
