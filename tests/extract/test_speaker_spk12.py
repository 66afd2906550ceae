"""Quote speakers (2026-12-08, spk12): "nach Angaben eines Sprechers" (also
"nach Auskunft einer Sprecherin", "nach Worten eines Sprechers") attributes its
clause to the body of the genitive after the noun, else to the organisation
named before, else to the one organisation the rest of the sentence names
(kg/extract/quotes_spokesman.py); "Demnach" after a sentence that is no quote
and names one person or organisation is theirs, not the speaker quoted before
(kg/extract/quotes_demnach.py). Invented texts on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import ORG, PER, extract, said, who_said


def test_spokesperson_of_the_organisation_after(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Nach Angaben eines Sprechers will Kronwerk in Ebersfeld 300 Stellen "
        "streichen.",
        {"Kronwerk": ORG},
    )
    assert who_said(rec, "Stellen") == {"org/Kronwerk"}, said(rec, "who", "text")


def test_spokesperson_of_the_organisation_before(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Firma Kronwerk baut Stellen ab. Nach Auskunft einer Sprecherin "
        "sind 500 Mitarbeiter betroffen.",
        {"Kronwerk": ORG},
    )
    assert who_said(rec, "Mitarbeiter") == {"org/Kronwerk"}, said(rec, "who", "text")


def test_spokesperson_of_a_body_in_the_genitive(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Nach Angaben eines Sprechers der Polizei wurde bei dem Brand niemand "
        "verletzt.",
        {},
    )
    assert who_said(rec, "niemand") == {"Polizei"}, said(rec, "who", "text")


def test_a_witness_is_no_spokesperson(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Firma Kronwerk betreibt die Halle. Nach Angaben eines Augenzeugen "
        "brannte die Halle völlig aus.",
        {"Kronwerk": ORG},
    )
    assert "org/Kronwerk" not in who_said(rec, "brannte"), said(rec, "who", "text")


def test_demnach_after_a_sentence_naming_a_new_source(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Anna Brösel sagte, sie sei zufrieden. Das Institut Kronwerk hat am "
        "Dienstag neue Zahlen vorgelegt. Demnach sei die Zahl der Geburten "
        "gestiegen.",
        {"Anna Brösel": PER, "Kronwerk": ORG},
    )
    assert who_said(rec, "Geburten") == {"org/Kronwerk"}, said(rec, "who", "text")


def test_demnach_after_a_quote_keeps_its_speaker(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Zahl der Geburten sei gestiegen, teilte Kronwerk mit. Demnach "
        "seien im Mai 3000 Kinder geboren worden.",
        {"Kronwerk": ORG},
    )
    assert who_said(rec, "Kinder") == {"org/Kronwerk"}, said(rec, "who", "text")


def test_demnach_after_two_names_keeps_the_speaker_before(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Anna Brösel sagte, sie sei zufrieden. Kronwerk und Nordbau haben am "
        "Dienstag neue Zahlen vorgelegt. Demnach sei die Zahl der Geburten "
        "gestiegen.",
        {"Anna Brösel": PER, "Kronwerk": ORG, "Nordbau": ORG},
    )
    assert not who_said(rec, "Geburten") & {"org/Kronwerk", "org/Nordbau"}, said(
        rec, "who", "text"
    )


def test_party_in_brackets_wrapped_onto_the_next_line(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Sanierung dauert länger. Baudezernent\nHans Brösel\n(SPD) sagte, "
        "dass ein Beschluss bis Mai realistisch ist.",
        {"Hans Brösel": PER, "SPD": ORG},
    )
    assert who_said(rec, "Beschluss") == {"person/Hans Brösel"}, said(
        rec, "who", "text"
    )


def test_a_dateline_in_brackets_still_starts_a_sentence(gazetteer_nlp) -> None:
    doc = gazetteer_nlp("Neue Zahlen\n(dpa) Die Preise steigen weiter.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "(" in starts, starts


def test_demnach_as_an_inference_is_no_report(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Anna Brösel ist seit 2010 Bürgermeisterin. Demnach regiert sie seit "
        "sechs Jahren in Ebersfeld.",
        {"Anna Brösel": PER},
    )
    assert not who_said(rec, "regiert"), said(rec, "who", "text")
