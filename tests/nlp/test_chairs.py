"""A first name and a surname after a title and the body it chairs is the
chair, not the body's name (kg_orgs, ``_chair_named``); a lone first name the
model calls a person takes the surname after it even where the lexicon knows
the first name as a noun too (kg_names). Own sentences, hand-set entities."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.nlp.components.names import NameRelabeller
from kg.nlp.components.orgs import OrgRules


def _orgs(vocab, text: str, start: int, end: int) -> list[tuple[str, str]]:
    words = text.split(" ")
    doc = Doc(vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, start, end, label="PER")]
    return [(e.text, e.label_) for e in OrgRules(None)(doc).ents]


@pytest.mark.parametrize(
    "text",
    [
        "Die Obfrau des Vereins Helga Berger sprach von Erfolg .",
        "Das sagte die Präsidentin des Verbands Helga Berger .",
    ],
)
def test_the_chair_after_a_title_and_a_body_stays_a_person(vocab, text) -> None:
    words = text.split(" ")
    i = words.index("Helga")
    assert _orgs(vocab, text, i, i + 2) == [("Helga Berger", "PER")]


def test_a_name_after_a_kind_of_organisation_alone_is_its_name(vocab) -> None:
    # no title before it: the group's name
    assert _orgs(vocab, "Die Islamistengruppe Ansar Dine griff an .", 2, 4) == [
        ("Ansar Dine", "ORG")
    ]


def test_a_first_name_that_is_a_noun_too_takes_the_surname(vocab) -> None:
    doc = Doc(vocab, words="Das sagte dann Eva Huber am Montag .".split())
    doc.ents = [Span(doc, 3, 4, label="PER")]
    got = [(e.text, e.label_) for e in NameRelabeller(None)(doc).ents]
    assert got == [("Eva Huber", "PER")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # people of a profession after a city's adjective
        ("Dann sollen sich die Wiener Mordkommissare den Fall ansehen .", 4, 6),
        # an adverb of "im" and an adjective used as a noun
        ("Das gilt im Allgemeinen für Mathematik und Physik .", 3, 8),
    ],
)
def test_model_organisations_that_name_none_are_dropped(vocab, text, start, end):
    words = text.split(" ")
    doc = Doc(vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, start, end, label="ORG")]
    assert list(OrgRules(None)(doc).ents) == []


def test_a_first_name_takes_a_rare_unknown_surname(vocab) -> None:
    doc = Doc(vocab, words="Im Klub saß Alessandro Schöpf auf der Bank .".split())
    doc.ents = [Span(doc, 3, 4, label="ORG")]
    got = [(e.text, e.label_) for e in NameRelabeller(None)(doc).ents]
    assert got == [("Alessandro Schöpf", "PER")]
