"""Persons in lists and before verbs the model missed or took for places
(kg_names): the bare surnames of a list "A, B und C" with a person in it, or
with two words the lexicon knows as names ("berieten Merkel, Hollande und
Putin"); a one-word "place" the gazetteer does not know opening a sentence
before a verb of meeting ("Kerry sprach mit X"). Invented sentences on
hand-built Docs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.nlp.components.names import NameRelabeller


def _ents(vocab, words, ents) -> list[tuple[str, str]]:
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return [(e.text, e.label_) for e in NameRelabeller(None)(doc).ents]


@pytest.mark.parametrize(
    ("text", "ents", "persons"),
    [
        # a person in the list: the bare surnames beside it are persons too
        (
            "Am Abend sprachen Merkel , Hollande und Renzi über Flüchtlinge .",
            [(3, 4, "PER"), (7, 8, "PER")],
            ["Merkel", "Hollande", "Renzi"],
        ),
        # no person found, three name words, two of them known names
        (
            "Zuvor berieten Baerbock , Blinken und Stoltenberg lange .",
            [],
            ["Baerbock", "Blinken", "Stoltenberg"],
        ),
        # a common word in the list: no list of names
        (
            "Im Herbst kamen Merkel , Regierung und Brodnik zusammen .",
            [(3, 4, "PER")],
            ["Merkel"],
        ),
        # the tail of a compound and more of a name are no list items
        (
            "Sie kauft Fleisch- und Wurstwaren und Karl Huber ein .",
            [(6, 8, "PER")],
            ["Karl Huber"],
        ),
    ],
)
def test_bare_surnames_in_a_list_are_persons(vocab, text, ents, persons) -> None:
    got = [t for t, label in _ents(vocab, text.split(), ents) if label == "PER"]
    assert got == persons


@pytest.mark.parametrize(
    ("text", "ents", "label"),
    [
        # a first name the gazetteer knows as no place, before a verb of meeting
        ("Kerry sprach am Montag mit Lawrow .", [(0, 1, "LOC"), (5, 6, "PER")], "PER"),
        ("Kerry und Lawrow trafen sich .", [(0, 1, "LOC"), (2, 3, "PER")], "PER"),
        # a place the gazetteer knows stays one ("Moskau warnte")
        ("Moskau warnte am Montag vor Sanktionen .", [(0, 1, "LOC")], "LOC"),
        # not before a verb of saying or meeting: the model's place stays
        ("Kerry liegt im Westen Irlands .", [(0, 1, "LOC")], "LOC"),
    ],
)
def test_a_name_taken_for_a_place_before_a_verb_of_meeting(
    vocab, text, ents, label
) -> None:
    got = _ents(vocab, text.split(), ents)
    assert got[0] == (text.split()[0], label)


@pytest.mark.parametrize(
    ("text", "ents", "person"),
    [
        # a short family name first after a title
        ("Dort traf sie Premier Li Keqiang .", [], "Li Keqiang"),
        # after a verb of meeting, past a place, a weekday and an adverb
        (
            "Gabriel traf in Peking am Montag zuerst Xi Jinping .",
            [(0, 1, "PER"), (3, 4, "LOC")],
            "Xi Jinping",
        ),
        (
            "Gabriel traf in Wien dann Hollande .",
            [(0, 1, "PER"), (3, 4, "LOC")],
            "Hollande",
        ),
    ],
)
def test_the_one_met_past_place_time_and_adverbs(vocab, text, ents, person) -> None:
    got = [t for t, label in _ents(vocab, text.split(), ents) if label == "PER"]
    assert person in got


def test_a_short_family_name_alone_is_the_person_named_before(vocab) -> None:
    """ "Präsident Xi Jinping ... Im Mai trafen Xi und Obama": the first word
    of a person named before, short and alone, is that person's family name."""
    words = "Premier Li Keqiang kam . Am Abend sprachen Li und Obama lange .".split()
    got = [
        t
        for t, label in _ents(vocab, words, [(1, 3, "PER"), (10, 11, "PER")])
        if label == "PER"
    ]
    assert got == ["Li Keqiang", "Li", "Obama"]
    # not before a capitalised word: the start of another name
    words = "Premier Li Keqiang kam . Am Abend sprach Li Peng lange .".split()
    got = [t for t, label in _ents(vocab, words, [(1, 3, "PER")]) if label == "PER"]
    assert got == ["Li Keqiang"]
