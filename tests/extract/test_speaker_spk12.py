"""Quote speakers (2026-12-08, spk12): "nach Angaben eines Sprechers" (also
"nach Auskunft einer Sprecherin", "nach Worten eines Sprechers") attributes its
clause to the body of the genitive after the noun, else to the organisation
named before, else to the one organisation the rest of the sentence names
(kg/extract/quotes_spokesman.py). Invented texts on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import ORG, extract, said


def _who(rec, word: str) -> set:
    return {w for w, t in said(rec, "who", "text") if word in t}


def test_spokesperson_of_the_organisation_after(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Nach Angaben eines Sprechers will Kronwerk in Ebersfeld 300 Stellen "
        "streichen.",
        {"Kronwerk": ORG},
    )
    assert _who(rec, "Stellen") == {"org/Kronwerk"}, said(rec, "who", "text")


def test_spokesperson_of_the_organisation_before(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Firma Kronwerk baut Stellen ab. Nach Auskunft einer Sprecherin "
        "sind 500 Mitarbeiter betroffen.",
        {"Kronwerk": ORG},
    )
    assert _who(rec, "Mitarbeiter") == {"org/Kronwerk"}, said(rec, "who", "text")


def test_spokesperson_of_a_body_in_the_genitive(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Nach Angaben eines Sprechers der Polizei wurde bei dem Brand niemand "
        "verletzt.",
        {},
    )
    assert _who(rec, "niemand") == {"Polizei"}, said(rec, "who", "text")


def test_a_witness_is_no_spokesperson(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Firma Kronwerk betreibt die Halle. Nach Angaben eines Augenzeugen "
        "brannte die Halle völlig aus.",
        {"Kronwerk": ORG},
    )
    assert "org/Kronwerk" not in _who(rec, "brannte"), said(rec, "who", "text")
