"""The span of a person with a particle (issue 13/15, kg/extract/person_spans.py):
the word after a particle is the surname, even if it reads like a compound
("Gisela von Westarp"); a particle before a common noun the lexicon knows is
a German word, where the name ends ("Dos Santos| von der Macht"); a first name
with a surname that is also a noun keeps it ("Johannes Rauch"). Invented
sentences on the shipped vocabulary, with the model's span set by hand."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.extract import doc_to_records
from kg.extract.names import is_common_noun
from kg.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _persons(nlp, text: str, start: int, end: int) -> list[str]:
    words = text.split(" ")
    doc = Doc(nlp.vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, start, end, label="PER")]
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    return [e.name for e in rec.entities if e.kind == "person"]


@pytest.mark.parametrize(
    ("text", "start", "end", "person"),
    [
        ("Oft besuchte er Gisela von Westarp in Wien .", 3, 6, "Gisela von Westarp"),
        (
            "Nun will Präsident Carlos Dos Santos von der Macht lassen .",
            3,
            10,
            "Carlos Dos Santos",
        ),
        (
            "Das sagte Manager Jörg Brenninger der Zeitung .",
            3,
            7,
            "Jörg Brenninger",
        ),
        ("Gestern sagte Johannes Rauch im Landtag ab .", 2, 4, "Johannes Rauch"),
    ],
)
def test_person_with_particle_or_noun(nlp, text, start, end, person) -> None:
    assert _persons(nlp, text, start, end) == [person]


@pytest.mark.parametrize(
    ("word", "common"),
    [
        # no rare head of three letters makes a name a compound
        ("Westarp", False),
        ("Zachariadis", False),
        # a frequent one does
        ("Senfgas", True),
    ],
)
def test_compound_guess_needs_a_real_head(nlp, word, common) -> None:
    assert is_common_noun(Doc(nlp.vocab, words=["x"]), word) is common


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # a capitalised word opening its sentence, nowhere else, no name
        ("Kraftvoll wirkte die Rede am Montag .", []),
        ("Vorbildliches leisteten die Helfer .", []),
        # a verb of saying after it, or the word again later: a person
        ("Brandolin sagte am Montag , er komme .", ["Brandolin"]),
        ("Brandolin kam . Später sprach Brandolin .", ["Brandolin"]),
        # a first name the lexicon knows
        ("Thomas kam am Montag .", ["Thomas"]),
    ],
)
def test_a_word_opening_a_sentence(nlp, text, persons) -> None:
    words = text.split(" ")
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, sent_starts=starts)
    doc.ents = [Span(doc, 0, 1, label="PER")]
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    assert sorted({e.name for e in rec.entities if e.kind == "person"}) == persons


@pytest.mark.parametrize(
    ("text", "start", "persons"),
    [
        # a bare word after a determiner, nowhere else in the text: a thing
        ("Er kaufte sich die Quantix am Montag .", 4, []),
        ("Der Zug hielt , weil unsere Grenzwacht es wollte .", 6, []),
        # a surname of the text, or a first name, after it: a person
        ("Brandolin kam . Dann sprach der Brandolin lange .", 6, ["Brandolin"]),
        ("Dann sprach die Anna lange .", 3, ["Anna"]),
    ],
)
def test_a_bare_word_after_a_determiner(nlp, text, start, persons) -> None:
    words = text.split(" ")
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, sent_starts=starts)
    ents = [Span(doc, start, start + 1, label="PER")]
    if words[0] == "Brandolin":
        ents.insert(0, Span(doc, 0, 1, label="PER"))
    doc.ents = ents
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    assert sorted({e.name for e in rec.entities if e.kind == "person"}) == persons


@pytest.mark.parametrize(
    ("text", "start", "end", "person"),
    [
        # a full name in the genitive before a noun or a quoted title
        ("Es folgt Paul Kranzbergs Roman über den Krieg .", 2, 4, "Paul Kranzberg"),
        ('Dann lief Lisa Brandauers " Stille Tage " im Kino .', 2, 4, "Lisa Brandauer"),
        # a surname ending in -s, no noun after it: as written
        ("Es sprach Paul Kammenos am Montag .", 2, 4, "Paul Kammenos"),
    ],
)
def test_a_full_name_in_the_genitive(nlp, text, start, end, person) -> None:
    assert _persons(nlp, text, start, end) == [person]
