"""Words the model tags as a person that name no one: a noun compound before the
name ("Bank-Mitarbeiter X"), a coalition by its
parties' colours ("Schwarz-Blau"), the abbreviation "St." alone (the
relabeller drops them), one word after "im" ("im kommenden Herbst"; the
person's span is dropped at extraction)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.extract import doc_to_records
from tests.conftest import relabelled


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Nicht das Land , sondern Schwarz-Blau tut das .", 5),
        ("Die Mehrheit von Rot-Grün wackelt .", 3),
        ("Sie kommen zu St. Pölten .", 3),
    ],
)
def test_no_one_is_named(vocab, text, start) -> None:
    assert relabelled(vocab, text, [(start, start + 1, "PER")]) == []


def test_a_hyphenated_surname_is_a_name(vocab) -> None:
    text = "Das sagte Ida Schwarz-Roth ."
    assert relabelled(vocab, text, [(2, 4, "PER")]) == [("Ida Schwarz-Roth", "PER")]


@pytest.mark.parametrize(
    ("words", "i", "persons"),
    [
        ("Im kommenden Herbst will sie wählen .", 2, []),
        ("Das kam im Frühjahr .", 3, []),
        ("Das sagte Pichlmayr im Sommer .", 2, ["person/Pichlmayr"]),
    ],
)
def test_one_word_after_im_is_no_person(vocab, words, i, persons) -> None:
    ws = words.split()
    doc = Doc(vocab, words=ws, sent_starts=[j == 0 for j in range(len(ws))])
    doc.ents = [Span(doc, i, i + 1, label="PER")]
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    assert [e.key for e in rec.entities if e.kind == "person"] == persons


def test_a_hyphenated_noun_before_a_name_falls_away(vocab) -> None:
    text = "Bank-Mitarbeiter Pichlmayr will verkaufen ."
    assert relabelled(vocab, text, [(0, 2, "PER")]) == [("Pichlmayr", "PER")]


def test_a_hyphenated_first_name_stays(vocab) -> None:
    text = "Das sagte Karl-Heinz Pichlmayr ."
    assert relabelled(vocab, text, [(2, 4, "PER")]) == [("Karl-Heinz Pichlmayr", "PER")]
