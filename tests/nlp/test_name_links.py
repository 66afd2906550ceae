"""kg_names, rules of :mod:`kg.nlp.components.name_links` (issue 13/15): Arabic
name chains, foreign names of things with a particle, owners and named things.
Invented sentences on the shipped vocabulary, with the entities the model
might have found set by hand."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.nlp.components.names import NameRelabeller


def _ents(vocab, text: str, ents) -> list[tuple[str, str]]:
    words = text.split(" ")
    doc = Doc(vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return [(e.text, e.label_) for e in NameRelabeller(None)(doc).ents]


@pytest.mark.parametrize(
    ("text", "ents", "person"),
    [
        (
            "Gestern besuchte Kronprinz Salim bin Rashid al Quwaini die Messe .",
            [(3, 4, "PER"), (7, 8, "LOC")],
            "Salim bin Rashid al Quwaini",
        ),
        (
            "Ein Sprecher , Tarek bin Yusuf al-Hamadi , widersprach .",
            [(3, 5, "PER"), (5, 7, "PER")],
            "Tarek bin Yusuf al-Hamadi",
        ),
    ],
)
def test_an_arabic_name_chain_is_one_person(vocab, text, ents, person) -> None:
    assert _ents(vocab, text, ents) == [(person, "PER")]


def test_a_chain_into_another_entity_stays_apart(vocab) -> None:
    text = "Dann sprach Karim bin Fahd Holding mit Journalisten ."
    got = _ents(vocab, text, [(2, 3, "PER"), (4, 6, "ORG")])
    assert got == [("Karim", "PER"), ("Fahd Holding", "ORG")]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a foreign name of a thing: the word before the particle opens it
        (
            "Er fuhr bei der Vuelta de Galicia mit .",
            [(5, 7, "PER")],
            [("Vuelta de Galicia", "MISC")],
        ),
        # nobility or a noun for a person before it: a person
        (
            "Er besuchte den Grafen von Felsenstein .",
            [(4, 6, "PER")],
            [("von Felsenstein", "PER")],
        ),
        (
            "Wir sahen Bilder der Brüder van Dorsten .",
            [(5, 7, "PER")],
            [("van Dorsten", "PER")],
        ),
    ],
)
def test_a_thing_with_a_particle(vocab, text, ents, expected) -> None:
    assert _ents(vocab, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Der Brauerei-Aktionär Vortexa will verkaufen .",
            [(2, 3, "PER")],
            [("Vortexa", "ORG")],
        ),
        # no compound: an owner is a person as often
        (
            "Der Eigentümer Vortexa will verkaufen .",
            [(2, 3, "PER")],
            [("Vortexa", "PER")],
        ),
        # a first name and surname stay a person
        (
            "Der Brauerei-Aktionär Thomas Berger will verkaufen .",
            [(2, 4, "PER")],
            [("Thomas Berger", "PER")],
        ),
    ],
)
def test_a_bare_name_after_an_owner_compound(vocab, text, ents, expected) -> None:
    assert _ents(vocab, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Das Abkommen Clear Harbor tritt morgen in Kraft .",
            [(2, 4, "PER")],
            [("Clear Harbor", "MISC")],
        ),
        (
            "Die Raumfahrt-Mission Quasaris startet im Mai .",
            [(2, 3, "PER")],
            [("Quasaris", "MISC")],
        ),
        # a first name after the noun: a person (the agreement's namesake)
        (
            "Das Abkommen Thomas Berger unterschrieb er nicht .",
            [(2, 4, "PER")],
            [("Thomas Berger", "PER")],
        ),
    ],
)
def test_a_name_after_an_agreement_or_mission(vocab, text, ents, expected) -> None:
    assert _ents(vocab, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # works, pets, storms: a first name alone is the thing's name
        (
            "Im Kurzfilm Lorena tanzt eine alte Frau .",
            [(2, 3, "PER")],
            [("Lorena", "MISC")],
        ),
        (
            "Sie postete Fotos ihrer Katze Mimi im Netz .",
            [(5, 6, "PER")],
            [("Mimi", "MISC")],
        ),
        (
            "Der Wirbelsturm Gustavo zog weiter .",
            [(2, 3, "PER")],
            [("Gustavo", "MISC")],
        ),
        # a first name before the surname the model left out: a person
        (
            "Gestern sprach Roman Kowalczyk mit uns .",
            [(3, 4, "PER")],
            [("Kowalczyk", "PER")],
        ),
    ],
)
def test_a_name_after_a_work_pet_or_storm(vocab, text, ents, expected) -> None:
    assert _ents(vocab, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Das Schiff lief vor der Ferieninsel Kalmora auf .",
            [(6, 7, "PER")],
            [("Kalmora", "LOC")],
        ),
        (
            "Er war im Raum Straßwalden unterwegs .",
            [(4, 5, "PER")],
            [("Straßwalden", "LOC")],
        ),
    ],
)
def test_a_name_after_a_place_compound(vocab, text, ents, expected) -> None:
    assert _ents(vocab, text, ents) == expected
