"""``kg_line_breaks`` (kg/nlp/components/sentences.py): a sentence after a
number with a full stop ("auf 92. Der …"), which the tokenizer keeps whole as
an ordinal; an ordinal before its noun stays inside its sentence."""

from __future__ import annotations


def _sents(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


def test_sentence_after_a_number(gazetteer_nlp) -> None:
    text = (
        "Die Zahl der Anzeigen stieg auf 92. Der Anstieg bereitet uns Sorgen. "
        "Es war die längste Serie seit 2011. Das Klima ist gut."
    )
    assert _sents(gazetteer_nlp, text) == [
        "Die Zahl der Anzeigen stieg auf 92.",
        "Der Anstieg bereitet uns Sorgen.",
        "Es war die längste Serie seit 2011.",
        "Das Klima ist gut.",
    ]


def test_ordinal_before_its_noun(gazetteer_nlp) -> None:
    text = "Das Treffen ist am 3. Oktober zum 2. Mal in Graz."
    assert _sents(gazetteer_nlp, text) == [text]


def test_a_number_ending_a_sentence_after_a_name(gazetteer_nlp) -> None:
    text = "Das meldete der Sender Zelora 24. Danach sprach der Minister."
    doc = gazetteer_nlp(text)
    assert [t.text for t in doc][4:7] == ["Zelora", "24", "."]
    assert [s.text for s in doc.sents] == [
        "Das meldete der Sender Zelora 24.",
        "Danach sprach der Minister.",
    ]


def test_an_ordinal_before_its_noun_stays_whole(gazetteer_nlp) -> None:
    doc = gazetteer_nlp("Sie kommt am Freitag, den 24. Mai.")
    assert "24." in [t.text for t in doc]
