"""Quote speakers that are bodies (2026-12-07, spk8): a body named with the
unit of territory it serves in the genitive ("die Präfektur des Departements
Xais", "die Polizei der Provinz Xland") and later by its noun alone; "Wie die
Polizei Xburg mitteilte, …" opening the sentence; "hieß es im Kanzleramt",
"heißt es beim Landeskriminalamt", "hieß es vom Kreditschutzverband".
Invented texts, no model."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, PER, extract, said


@pytest.mark.parametrize(
    ("body", "unit", "want"),
    [
        ("die Präfektur", "des südlichen Departements Xais", "Präfektur (Xais)"),
        ("die Polizei", "der Provinz Xland", "Polizei (Xland)"),
        ("die Polizei", "des Bezirks Xdorf", "Polizei (Xdorf)"),
    ],
)
def test_body_of_a_unit_in_the_genitive(
    gazetteer_nlp, body: str, unit: str, want: str
) -> None:
    rec = extract(
        gazetteer_nlp,
        f"Bei dem Brand seien zwölf Menschen verletzt worden, teilte {body} {unit} "
        "am Montag mit. Die Löscharbeiten dauerten noch an, sagte ein Sprecher "
        f"der {want.split()[0]}.",
        {},
    )
    assert {w for w, t in said(rec, "who", "text")} == {f"org/{want}"}
    aliases = {a for e in rec.entities if e.key == f"org/{want}" for a in e.aliases}
    assert want.replace("(", "").replace(")", "") in aliases


def test_unit_noun_needs_a_name_after_it(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Bei dem Brand seien zwölf Menschen verletzt worden, teilte die Polizei "
        "der Region am Montag mit.",
        {},
    )
    assert {w for w, t in said(rec, "who", "text")} == {"Polizei"}


@pytest.mark.parametrize(
    "clause",
    [
        "Wie die Polizei Xburg mitteilte",
        "Wie die Polizei Xburg am Montag mitteilte",
        "Wie ein Polizeisprecher in Xburg sagte",
    ],
)
def test_wie_clause_of_a_town_body_opening_the_sentence(
    gazetteer_nlp, clause: str
) -> None:
    rec = extract(
        gazetteer_nlp,
        f"{clause}, wurde der Fahrer des Lieferwagens leicht verletzt.",
        {"Xburg": LOC},
    )
    assert {w for w, t in said(rec, "who", "text") if "Fahrer" in t} == {
        "org/Polizei (Xburg)"
    }


def test_wie_clause_of_a_person_with_a_place_gets_no_body(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Wie der Bürgermeister von Xburg sagte, wurde der Fahrer des "
        "Lieferwagens leicht verletzt.",
        {"Xburg": LOC},
    )
    assert {w for w, t in said(rec, "who", "text") if "Fahrer" in t} <= {None}


@pytest.mark.parametrize(
    ("cue", "want"),
    [
        ("hieß es im Kanzleramt", "Kanzleramt"),
        ("heißt es beim Landeskriminalamt", "Landeskriminalamt"),
        ("hieß es vom Kreditschutzverband", "Kreditschutzverband"),
    ],
)
def test_heard_in_a_body(gazetteer_nlp, cue: str, want: str) -> None:
    rec = extract(
        gazetteer_nlp,
        f"Die Prüfung der Unterlagen werde noch einige Wochen dauern, {cue}.",
        {},
    )
    assert {w for w, t in said(rec, "who", "text")} == {want}


def test_heard_in_a_text_is_no_body(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Prüfung der Unterlagen werde noch einige Wochen dauern, hieß es "
        "im Bericht.",
        {},
    )
    assert {w for w, t in said(rec, "who", "text")} <= {None}


def test_heard_in_a_named_body(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Prüfung der Unterlagen werde noch einige Wochen dauern, hieß es "
        "im Umfeld von Lena Hofer.",
        {"Lena Hofer": PER, "Stiftung Waldhaus": ORG},
    )
    assert {w for w, t in said(rec, "who", "text")} == {"person/Lena Hofer"}


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("Bonner Landgericht", "Landgericht Bonn"),
        ("Kölner Amtsgericht", "Amtsgericht Köln"),
    ],
)
def test_court_by_its_seat_adjective_is_named_by_its_seat(
    gazetteer_nlp, name: str, alias: str
) -> None:
    rec = extract(
        gazetteer_nlp,
        f"Die Klage sei am Montag eingegangen, sagte eine Sprecherin des {name}s.",
        {f"{name}s": ORG},
    )
    assert any(alias in e.aliases for e in rec.entities)
