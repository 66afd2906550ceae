"""A clause attributed by "laut" / "zufolge" to a source that names no one is a
report (issue 17, span3): a group of people by a plural noun ("laut Testern",
"den Einsatzkräften zufolge", "laut NGOs") or a text of findings ("laut einer
Studie", "laut Anklage"); not a rule or a plan ("laut Fahrplan")
(:mod:`kg.lang.de.unnamed_sources`); hand-built Docs, sentences of their own."""

from __future__ import annotations

import pytest

from kg.lang.de.unnamed_sources import unnamed_source_word
from tests.conftest import PER, said


@pytest.mark.parametrize(
    "text",
    [
        "Das neue Tablet macht laut Testern sehr vieles richtig.",
        "In Brasilien leben laut NGOs mehr als 20.000 Kinder auf der Straße.",
        "Die Räumung erfolgte den Einsatzkräften zufolge ohne Zwischenfälle.",
        "Die Temperaturen werden einer Studie zufolge bis 2100 um vier Grad steigen.",
        "Das Paar soll laut Anklage mehr als 200 Käufer um ihr Geld betrogen haben.",
        "Dabei ist laut einer aktuellen Verkehrsstudie das Wissen durchaus vorhanden.",
    ],
)
def test_clause_of_an_unnamed_source_is_a_report(records, text: str) -> None:
    rec = records(text, {})
    assert (text.rstrip("."),) in said(rec, "text")
    assert said(rec, "speaker") == {(None,)}  # the source names no one


@pytest.mark.parametrize(
    "text",
    [
        "Der Zug fuhr laut Fahrplan um acht Uhr ab.",
        "Die Wahl fand laut Plan im Mai statt.",
    ],
)
def test_a_plan_is_no_source(records, text: str) -> None:
    assert not records(text, {}).quotes


def test_unnamed_source_words() -> None:
    assert unnamed_source_word("Organisatoren")
    assert unnamed_source_word("Sammelklage")
    assert not unnamed_source_word("Ländern")  # things, not people
    assert not unnamed_source_word("testern")  # a noun is written upper case


def test_unnamed_source_after_a_quote_is_its_speaker(records) -> None:
    # the group or text of a named speaker quoted just before speaks for them
    rec = records(
        "Polizeisprecher Karl Huber sagte, der Fahrer sei betrunken gewesen. Die "
        "Bergung verlief den Einsatzkräften zufolge ohne Zwischenfälle.",
        {"Karl Huber": PER},
    )
    speakers = {
        s for t, s in said(rec, "text", "speaker") if "Einsatzkräften zufolge" in t
    }
    assert len(speakers) == 1 and None not in speakers


def test_unnamed_source_in_a_relative_clause_is_no_report(records) -> None:
    # "laut" after the relative pronoun attributes the relative clause only
    rec = records(
        "Die Gemeinde plante einen Tunnel, der laut einer Studie zwar machbar "
        "erschien, aber viel kostete.",
        {},
    )
    assert not any("Gemeinde" in t for (t,) in said(rec, "text"))
