"""Attribution forms of quote recall (issue 17, span4): "postulieren" and
"beschreiben" report the quote before them ("…, beschreibt sie die Lage."), and
"laut" before a bare noun for an organisation named before ("laut Unternehmen")
attributes the clause to it, as "Seiner Einschätzung nach" does to the person
named before; hand-built Docs, sentences of their own."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, said


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Eva Huber war lange im Ausland. Die Lage dort sei verheerend, "
            "beschreibt sie den Zustand der Spitäler.",
            "Die Lage dort sei verheerend",
        ),
        (
            "Eva Huber kam am Montag nach Graz. „Das wird nicht reichen“, "
            "postuliert sie dazu.",
            "Das wird nicht reichen",
        ),
    ],
)
def test_describing_verb_after_a_quote(records, text: str, quote: str) -> None:
    rec = records(text, {"Eva Huber": PER})
    assert (quote, "person/Eva Huber") in said(rec, "text", "speaker")


def test_describing_verb_with_an_object_is_no_report(records) -> None:
    rec = records("Das Buch beschreibt den Alltag einer Familie in Linz.", {})
    assert not rec.quotes


@pytest.mark.parametrize(
    "clause",
    [
        "Die Umsätze sind laut Unternehmen um zehn Prozent gestiegen",
        "Die Firma wurde laut Unternehmen 1990 als Werkstatt gegründet",
    ],
)
def test_laut_a_bare_org_noun_is_the_org_named_before(records, clause: str) -> None:
    text = f"Die Berger AG baut seit Jahren Fenster in Linz. {clause}."
    rec = records(text, {"Berger AG": ORG})
    assert (clause, "org/Berger AG") in said(rec, "text", "speaker")


@pytest.mark.parametrize(
    "clause",
    [
        "Seiner Meinung nach wird die Regierung das Gesetz nicht ändern",
        "Seiner Einschätzung nach werden die Preise weiter steigen",
    ],
)
def test_postposed_nach_of_a_view_is_the_person_named_before(
    records, clause: str
) -> None:
    text = f"Karl Huber leitet das Institut in Graz. {clause}."
    rec = records(text, {"Karl Huber": PER})
    assert (clause, "person/Karl Huber") in said(rec, "text", "speaker")


def test_postposed_nach_after_another_noun_is_no_report(records) -> None:
    text = "Karl Huber leitet das Institut in Graz. Seiner Wahl nach ging er nach Wien."
    assert not records(text, {"Karl Huber": PER}).quotes
