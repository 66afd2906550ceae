"""Quote speakers (2026-12-07): direct speech after a colon whose clause has a
pronoun subject and no verb of saying ("Er blieb hart: „…“"), and a bare
surname the model left untagged before a preposition (", sagte Lange nach dem
Spiel"), and the speaker's own words after ", sagte X," that open with another
word than the first person ("plötzlich habe ich …"). Invented texts, no
model."""

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


def test_own_words_after_the_reporting_clause(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Ich stand gerade an der Kassa, erzählt die Verkäuferin Lena Hofer, "
        "plötzlich habe ich einen lauten Knall gehört.",
        {"Lena Hofer": PER},
    )
    found = {(w, t) for w, t in said(rec, "who", "text")}
    assert ("person/Lena Hofer", "plötzlich habe ich einen lauten Knall gehört") in (
        found
    ), found


def test_own_words_with_the_first_person_later_in_the_clause(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Es werde mehr Streifen geben, kündigte Bürgermeister Jonas Keller an, "
        "aber die Stadt hat ein Problem, und da rede ich nicht herum.",
        {"Jonas Keller": PER},
    )
    found = {(w, t) for w, t in said(rec, "who", "text")}
    assert (
        "person/Jonas Keller",
        "aber die Stadt hat ein Problem, und da rede ich nicht herum",
    ) in found, found


def test_narration_after_the_reporting_clause_stays_out(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Das Spiel war schwach, sagte Jonas Keller, nachdem er mit uns gesprochen "
        "hatte.",
        {"Jonas Keller": PER},
    )
    found = {t for _, t in said(rec, "who", "text")}
    assert not any(t.startswith("nachdem") for t in found), found
