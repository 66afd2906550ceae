"""Speaker rules of the fresh speaker audit (issue 17,
``bench/speaker_audit_fresh.py``), one invented text per rule, no model: the
person in apposition after a title in a source phrase ("laut dem Präsidenten
der Kammer, Eva Berg, …"), a person before the organisation of their title in
one ("nach Meinung des ÖGB-Sekretärs X"), a source phrase ending before the
article of the clause's subject ("laut Kurier die Polizei"), and "der
Konzern" never the outlet quoted before (kg/extract/sources.py,
kg/extract/speakers.py ``org_anaphor``)."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, PER, extract, said

CASES = [
    # the person in apposition after a title, after "laut" and "nach Worten"
    (
        "Die Brücke bleibt offen, sagte Hans Ober. Laut dem Präsidenten der "
        "Provinz Lagerra, Eva Berg, sei die Sperre nicht mehr nötig.",
        {"Hans Ober": PER, "Lagerra": LOC, "Eva Berg": PER},
        ("person/Eva Berg", "Laut dem Präsidenten der Provinz Lagerra"),
    ),
    (
        "Kleine Betriebe sind nach Worten des Staatssekretärs im Umweltamt, "
        "Karl Dorn, oft sparsamer.",
        {"Umweltamt": ORG, "Karl Dorn": PER},
        ("person/Karl Dorn", "Kleine Betriebe sind nach Worten"),
    ),
    # the person after a title with an organisation in it
    (
        "Nach Meinung des leitenden Sekretärs der Arbeiterkammer Otto Lanz "
        "würden höhere Steuern schaden.",
        {"Arbeiterkammer": ORG, "Otto Lanz": PER},
        ("person/Otto Lanz", "Nach Meinung des leitenden"),
    ),
    # "laut Nordkurier die Polizei": the paper speaks, not the subject after it
    (
        "Gegen den Händler ermittelt laut Kurier die Finanzpolizei wegen Betrugs.",
        {"Kurier": ORG, "Finanzpolizei": ORG},
        ("org/Kurier", "Gegen den Händler ermittelt"),
    ),
]


@pytest.mark.parametrize("text, ents, expected", CASES)
def test_speaker_of_a_source_phrase(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    who, start = expected
    assert who in {w for w, t in said(rec, "who", "text") if t.startswith(start)}


def test_the_company_is_no_outlet_quoted_before(gazetteer_nlp) -> None:
    """ "teilte der Konzern mit" after quotes of a newspaper: the company named."""
    rec = extract(
        gazetteer_nlp,
        "Die Firma Ostwerk will den Rivalen Lenta kaufen. Die Gespräche seien "
        "weit gediehen, berichtete der Kurier. Ostwerk habe ein "
        "Angebot gelegt, teilte der Konzern am Sonntag mit.",
        {"Ostwerk": ORG, "Lenta": ORG, "Kurier": ORG},
    )
    assert ("org/Ostwerk", "Ostwerk habe ein Angebot gelegt") in said(
        rec, "who", "text"
    )
