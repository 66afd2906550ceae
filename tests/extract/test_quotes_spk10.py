"""Quote speakers (2026-12-07, spk10): a definite noun for a platform or firm by
its trade refers back to the company named before ("wie der
Kurznachrichtendienst mitteilte" after "Xwitter"); a noun ending one of the
gazetteer's names of a party named before is that party ("so die Volkspartei"
after "die ÖVP", the Österreichische Volkspartei). Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import extract, said


@pytest.mark.parametrize(
    ("clause", "want"),
    [
        ("wie der Kurznachrichtendienst mitteilte", "org/Twitter"),
        ("teilte das Netzwerk mit", "org/Twitter"),
        ("erklärte der Onlinedienst", "org/Twitter"),
    ],
)
def test_a_trade_noun_is_the_company_named_before(blank_nlp, clause, want) -> None:
    text = (
        "Twitter hat am Dienstag neue Regeln für Werbung vorgestellt. Man wolle "
        f"gegen falsche Anzeigen vorgehen, {clause}."
    )
    rec = extract(blank_nlp, text, {"Twitter": "ORG"})
    assert {w for (w,) in said(rec, "speaker")} == {want}


def test_a_trade_noun_is_no_body_of_another_kind(blank_nlp) -> None:
    # the Red Cross is no company: "das Netzwerk" is not it
    text = (
        "Das Rote Kreuz hat am Dienstag neue Helfer ausgebildet. Man wolle "
        "schneller vor Ort sein, teilte das Netzwerk mit."
    )
    rec = extract(blank_nlp, text, {"Rote Kreuz": "ORG"})
    assert {w for (w,) in said(rec, "speaker")} == {None}


def test_a_noun_ending_a_gazetteer_name_of_a_party(blank_nlp) -> None:
    text = (
        "Die ÖVP hat am Dienstag ihr Programm vorgestellt. Man wolle keine "
        "neuen Steuern, so die Volkspartei."
    )
    rec = extract(blank_nlp, text, {"ÖVP": "ORG"})
    assert {w for (w,) in said(rec, "speaker")} == {"org/ÖVP"}


def test_a_noun_ending_no_name_of_the_party_is_not_it(blank_nlp) -> None:
    text = (
        "Die ÖVP hat am Dienstag ihr Programm vorgestellt. Man wolle keine "
        "neuen Steuern, so die Arbeiterpartei."
    )
    rec = extract(blank_nlp, text, {"ÖVP": "ORG"})
    assert "org/ÖVP" not in {w for (w,) in said(rec, "speaker")}


@pytest.mark.parametrize(
    "clause",
    [
        "Er sei bewaffnet gewesen, teilte die Behörde mit.",
        "Die Behörde teilte mit, er sei bewaffnet gewesen.",
    ],
)
def test_die_behoerde_is_the_body_opening_the_sentence_before(blank_nlp, clause):
    text = f"Die Polizei hat am Montag einen Mann festgenommen. {clause}"
    rec = extract(blank_nlp, text, {})
    assert {w for (w,) in said(rec, "who")} == {"Polizei"}


def test_die_behoerde_is_no_firm_opening_the_sentence_before(blank_nlp) -> None:
    text = (
        "Die Xorbix GmbH hat am Montag Anzeige erstattet. Der Schaden sei groß, "
        "teilte die Behörde mit."
    )
    rec = extract(blank_nlp, text, {"Xorbix GmbH": "ORG"})
    assert "org/Xorbix GmbH" not in {w for (w,) in said(rec, "who")}


@pytest.mark.parametrize("title", ["Coach", "Cheftrainer"])
def test_a_synonym_title_is_the_coach_named_before(blank_nlp, title) -> None:
    text = (
        "Trainer Kurt Ebner war nach dem Spiel zufrieden. "
        f"„Wir haben gut gespielt“, so der {title}."
    )
    rec = extract(blank_nlp, text, {"Kurt Ebner": "PER"})
    assert {w for (w,) in said(rec, "speaker")} == {"person/Kurt Ebner"}


def test_a_coach_is_no_player_named_before(blank_nlp) -> None:
    text = (
        "Stürmer Kurt Ebner war nach dem Spiel zufrieden. "
        "„Wir haben gut gespielt“, so der Coach."
    )
    rec = extract(blank_nlp, text, {"Kurt Ebner": "PER"})
    assert "person/Kurt Ebner" not in {w for (w,) in said(rec, "speaker")}


@pytest.mark.parametrize(
    "clause",
    [
        "Die Regierung von Mavros erklärte, man werde die Schulden nicht zahlen.",
        "Man werde die Schulden nicht zahlen, teilte die Regierung Mavros mit.",
    ],
)
def test_a_government_named_by_its_head_is_the_state(blank_nlp, clause) -> None:
    text = f"Der griechische Premier Kostas Mavros reist nach Brüssel. {clause}"
    rec = extract(blank_nlp, text, {"Kostas Mavros": "PER", "Mavros": "PER"})
    assert {w for (w,) in said(rec, "speaker")} == {"place/Griechenland"}


def test_a_head_of_no_state_stays_the_speaker(blank_nlp) -> None:
    text = (
        "Parteichef Kostas Mavros reist nach Brüssel. Die Regierung von Mavros "
        "erklärte, man werde die Schulden nicht zahlen."
    )
    rec = extract(blank_nlp, text, {"Kostas Mavros": "PER", "Mavros": "PER"})
    assert "place/Griechenland" not in {w for (w,) in said(rec, "speaker")}


def test_the_head_speaking_himself_stays_the_speaker(blank_nlp) -> None:
    text = (
        "Der griechische Premier Kostas Mavros reist nach Brüssel. Mavros "
        "erklärte, die Regierung werde die Schulden nicht zahlen."
    )
    rec = extract(blank_nlp, text, {"Kostas Mavros": "PER", "Mavros": "PER"})
    assert {w for (w,) in said(rec, "speaker")} == {"person/Kostas Mavros"}
