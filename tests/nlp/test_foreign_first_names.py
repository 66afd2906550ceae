"""Given names of other languages the lexicon table lacks as first names or
knows only inside a gazetteer name (``kg/data/first_names_foreign.txt``): a
person the model labelled otherwise becomes a person (own sentences; hand-set
entities, so the tests do not depend on what the model predicts)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.lang.de.names import FOREIGN_FIRST_NAMES
from kg.nlp.components.names import NameRelabeller


def _labels(vocab, text: str, start: int, end: int, label: str):
    doc = Doc(vocab, words=text.split())
    doc.ents = [Span(doc, start, end, label=label)]
    return [(e.text, e.label_) for e in NameRelabeller(None)(doc).ents]


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        # "José": a word of "San José" in the gazetteer, no first name there
        ("Gestern lobte José Quintero die neue Regierung .", 2, 4, "ORG"),
        # the same name written without its accent
        ("Gestern lobte Jose Quintero die neue Regierung .", 2, 4, "ORG"),
        # "Thiago", "Benoît", "Łukasz": unknown to the table as first names
        ("Am Ende traf Thiago Ferreiro zum zweiten Mal .", 3, 5, "ORG"),
        ("Im Finale unterlag Benoît Lacroix in drei Sätzen .", 3, 5, "MISC"),
        ("Der Regisseur Łukasz Wiśniak dreht in Krakau .", 2, 4, "LOC"),
    ],
)
def test_a_foreign_first_name_and_a_surname_are_a_person(
    vocab, text, start, end, label
) -> None:
    name = " ".join(text.split()[start:end])
    assert _labels(vocab, text, start, end, label) == [(name, "PER")]


def test_the_list_has_accented_and_plain_forms() -> None:
    assert {"josé", "jose", "benoît", "benoit"} <= FOREIGN_FIRST_NAMES


def test_a_place_that_begins_with_another_word_keeps_its_label(vocab) -> None:
    text = "Die Firma zog nach San José um ."
    assert _labels(vocab, text, 4, 6, "LOC") == [("San José", "LOC")]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # "Modi" is a German noun too (plural of "Modus"), but a rare one
        ("Der indische Premier Narendra Modi kam nach Berlin .", 3),
        # the name may open the sentence
        ("Narendra Modi traf am Montag die Kanzlerin .", 0),
    ],
)
def test_a_rare_noun_after_a_foreign_first_name_is_its_surname(
    vocab, text, start
) -> None:
    assert _labels(vocab, text, start, start + 1, "LOC") == [("Narendra Modi", "PER")]


def test_a_frequent_noun_after_a_foreign_first_name_is_no_surname(vocab) -> None:
    # "Regierung" is a word German text uses often: no surname, whatever precedes
    text = "Gestern lobte Narendra Regierung und Parlament ."
    assert _labels(vocab, text, 2, 3, "LOC") != [("Narendra Regierung", "PER")]


def test_the_extracted_person_keeps_a_surname_that_is_a_rare_noun(vocab) -> None:
    from kg.extract import doc_to_records

    words = "Narendra Modi traf am Montag Angela Merkel .".split()
    doc = Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, 5, 7, label="PER")]
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    assert {e.name for e in rec.entities} >= {"Narendra Modi", "Angela Merkel"}
