"""Quote speakers (2026-12-07): direct speech after a colon whose clause has a
pronoun subject and no verb of saying ("Er blieb hart: „…“"), and a bare
surname the model left untagged before a preposition (", sagte Lange nach dem
Spiel"). Invented texts, no model."""

from __future__ import annotations

from tests.conftest import PER, extract, said


def test_marked_quote_after_a_pronoun_clause_and_a_colon(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Bürgermeisterin Lena Hofer traf am Montag die Anrainer. Sie blieb hart: "
        "„Die Straße wird im Sommer gesperrt.“",
        {"Lena Hofer": PER},
    )
    found = {(w, t) for w, t in said(rec, "who", "text") if "Straße" in t}
    assert found == {("person/Lena Hofer", "Die Straße wird im Sommer gesperrt.")}


def test_pronoun_after_an_opening_adverb(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "„Wir waren zu langsam“, sagte Kapitän Max Brunner. Der Trainer Jonas "
        "Keller sah eine schwache erste Hälfte. Doch er blieb ganz ruhig: „Das "
        "Rückspiel wird anders laufen.“",
        {"Jonas Keller": PER, "Max Brunner": PER},
    )
    found = {(w, t) for w, t in said(rec, "who", "text") if "Rückspiel" in t}
    assert found == {("person/Jonas Keller", "Das Rückspiel wird anders laufen.")}


def test_plural_sie_before_the_colon_is_no_person(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Pfleger trafen Bürgermeisterin Lena Hofer. Sie blieben hart: "
        "„Die Station bleibt geschlossen.“",
        {"Lena Hofer": PER},
    )
    found = {w for w, t in said(rec, "who", "text") if "Station" in t}
    assert "person/Lena Hofer" not in found


def test_unmarked_first_person_after_a_sentence_opening_pronoun(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Der Landesrat Jonas Keller besuchte das Spital. Er blieb hart: Wir werden "
        "das Budget nicht erhöhen.",
        {"Jonas Keller": PER},
    )
    found = {(w, t) for w, t in said(rec, "who", "text") if "Budget" in t}
    assert found == {("person/Jonas Keller", "Wir werden das Budget nicht erhöhen")}


def test_bare_surname_before_a_preposition(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Der Trainer kam spät zur Pressekonferenz. Die Mannschaft habe gut "
        "gekämpft, sagte Lange nach dem Spiel.",
        {},
    )
    found = {(w, t) for w, t in said(rec, "who", "text")}
    assert found == {("Lange", "Die Mannschaft habe gut gekämpft")}, found
