"""Quote speakers (2026-12-08, spk13): "Wie ein Sprecher sagte, will X …" is
the spokesperson of the one organisation the main clause names; "ein Sprecher
des Ministers" is labelled by the nominative ("Minister")
(kg/extract/unnamed_spokespeople.py); a source named in quotation marks after
"nach Informationen der" is the speaker (an outlet the medium too), and an
outlet reporting a quote that has its own speaker in the next sentence ("Das
berichtete die Zeitung X") is only its medium (kg/extract/source_marks.py).
Invented texts on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import ORG, extract, said, who_said


def test_wie_clause_spokesperson_of_the_organisation_after(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Wie ein Sprecher sagte, will die Firma Kronwerk ihr Werk in Ebersfeld "
        "schließen.",
        {"Kronwerk": ORG},
    )
    assert who_said(rec, "Werk") == {"org/Kronwerk"}, said(rec, "who", "text")


def test_wie_clause_spokesperson_with_two_organisations_stays_unnamed(
    gazetteer_nlp,
) -> None:
    rec = extract(
        gazetteer_nlp,
        "Wie ein Sprecher sagte, wollen Kronwerk und Ybau fusionieren.",
        {"Kronwerk": ORG, "Ybau": ORG},
    )
    assert who_said(rec, "fusionieren") <= {"Sprecher"}, said(rec, "who", "text")


def test_spokesperson_without_wie_clause_stays_unnamed(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Ein Sprecher sagte, Kronwerk werde das Werk schließen.",
        {"Kronwerk": ORG},
    )
    assert who_said(rec, "Werk") == {"Sprecher"}, said(rec, "who", "text")


def test_spokesperson_of_an_office_in_the_genitive(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Ein Sprecher des Ministers sagte, die Reise werde verschoben.",
        {},
    )
    assert who_said(rec, "Reise") == {"Minister"}, said(rec, "who", "text")


def test_source_named_in_quotation_marks(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Nach Angaben der „Kronwerk AG“ sollen 300 Stellen wegfallen.",
        {"Kronwerk AG": ORG},
    )
    assert who_said(rec, "Stellen") == {"org/Kronwerk AG"}, said(rec, "who", "text")


def test_outlet_named_in_quotation_marks_is_speaker_and_medium(
    gazetteer_nlp,
) -> None:
    rec = extract(
        gazetteer_nlp,
        'Nach Informationen der "Welt am Sonntag" soll der Minister zurücktreten.',
        {"Welt am Sonntag": ORG},
    )
    got = said(rec, "speaker", "medium")
    assert got == {("org/Welt am Sonntag", "org/Welt am Sonntag")}, got


def test_outlet_reporting_a_quote_with_its_own_speaker_is_only_medium(
    gazetteer_nlp,
) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Firma Kronwerk teilte mit, das Werk werde geschlossen. Das "
        'berichtete die "Welt am Sonntag".',
        {"Kronwerk": ORG, "Welt am Sonntag": ORG},
    )
    got = {(s, m) for s, m, t in said(rec, "speaker", "medium", "text") if "Werk" in t}
    assert got == {("org/Kronwerk", "org/Welt am Sonntag")}, got


def test_outlet_reporting_a_bare_clause_is_its_speaker(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        'Das Werk von Kronwerk soll geschlossen werden. Das berichtete die "Welt '
        'am Sonntag".',
        {"Kronwerk": ORG, "Welt am Sonntag": ORG},
    )
    got = {s for s, t in said(rec, "speaker", "text") if "Werk" in t}
    assert got == {"org/Welt am Sonntag"}, got
