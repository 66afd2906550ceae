"""A definite "der Sprecher" is the spokesperson named before with their body,
also where a sentence naming another organisation stands between
(kg/extract/speaker_labels.py, 2026-12-07). Invented texts, no model."""

from __future__ import annotations

from tests.conftest import ORG, extract, said


def test_definite_spokesperson_keeps_the_body_named_before(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Das Netz sei stabil, sagte ein Sprecher der Nordwerk. Die Kabel liefert "
        "die Firma Kronwerk. Die Reparatur dauere aber zwei Tage, sagte der "
        "Sprecher.",
        {"Nordwerk": ORG, "Kronwerk": ORG},
    )
    who = {w for w, t in said(rec, "who", "text") if "Reparatur" in t}
    assert who == {"org/Nordwerk"}, said(rec, "who", "text")


def test_definite_spokesperson_of_an_unnamed_body(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Es gebe keine Verletzten, sagte ein Sprecher der Präfektur. Das Lager "
        "betreibt die Firma Kronwerk. Später seien Zelte abgebrannt, sagte der "
        "Sprecher.",
        {"Kronwerk": ORG},
    )
    who = {w for w, t in said(rec, "who", "text") if "Zelte" in t}
    assert who == {"Präfektur"}, said(rec, "who", "text")


def test_spokesperson_without_body_before_takes_the_organisation(
    gazetteer_nlp,
) -> None:
    """The rule of before is kept: "Der Sprecher" after a spokesperson named
    without a body is the organisation named last."""
    rec = extract(
        gazetteer_nlp,
        "Ein Sprecher sagte, das Netz sei stabil. Die Firma Kronwerk liefert die "
        "Kabel. Die Reparatur dauere zwei Tage, sagte der Sprecher.",
        {"Kronwerk": ORG},
    )
    who = {w for w, t in said(rec, "who", "text") if "Reparatur" in t}
    assert who == {"org/Kronwerk"}, said(rec, "who", "text")
