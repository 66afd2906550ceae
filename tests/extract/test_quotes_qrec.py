"""Quote recall rules of 2026-12-06 (issue 17), one invented text per rule, no
model: verbs of saying that report a "dass" clause ("geht davon aus, dass …",
"rechnet damit, dass …", "nehmen an, dass …", "beschwerte sich, dass …", "geht
aus dem Bericht hervor, dass …", "…, machte X klar") and others ("besteht darauf, dass …", "versprach, …", "kommentiert X", "appelliert X",
"…, zeigte sich X überzeugt", "vertrat die Auffassung, …")
(kg/data/reporting_verbs.tsv, kg/lang/de/speech.py ``CLAUSE_VERBS``)."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, extract, said

VERB_CASES = [
    (
        "Die Ökonomin Eva Lindner geht davon aus, dass die Preise im Herbst "
        "wieder sinken werden.",
        {"Eva Lindner": PER},
        ("person/Eva Lindner", "dass die Preise im Herbst"),
    ),
    (
        "Im Finanzamt Nordhafen rechnet man damit, dass der Bescheid in zwei "
        "Wochen zugestellt wird.",
        {"Finanzamt Nordhafen": ORG},
        (None, "dass der Bescheid in zwei Wochen"),
    ),
    (
        "Die Biologin Karla Fenz nimmt an, dass die Vögel den Winter im Süden "
        "verbringen.",
        {"Karla Fenz": PER},
        ("person/Karla Fenz", "dass die Vögel den Winter"),
    ),
    (
        "Der Mieter Otto Brand beschwerte sich, dass die Heizung seit Wochen "
        "nicht mehr funktioniere.",
        {"Otto Brand": PER},
        ("person/Otto Brand", "dass die Heizung seit Wochen"),
    ),
    (
        "Die Brücke bleibt bis zum Sommer gesperrt, machte der Landesrat Paul "
        "Weiden klar.",
        {"Paul Weiden": PER},
        ("person/Paul Weiden", "Die Brücke bleibt bis zum Sommer"),
    ),
    (
        "Der Trainer Max Holler besteht darauf, dass die Mannschaft jeden "
        "Morgen um sieben Uhr läuft.",
        {"Max Holler": PER},
        ("person/Max Holler", "dass die Mannschaft jeden Morgen"),
    ),
    (
        "Die Ministerin Lea Korn versprach, die Schulen würden im Herbst neue "
        "Computer bekommen.",
        {"Lea Korn": PER},
        ("person/Lea Korn", "die Schulen würden im Herbst"),
    ),
    (
        "Das neue Gerät sei zu laut und viel zu teuer, kommentiert der Tester "
        "Jan Wolf.",
        {"Jan Wolf": PER},
        ("person/Jan Wolf", "Das neue Gerät sei zu laut"),
    ),
    (
        "Alle Gemeinden sollten mehr Wohnungen bauen, appelliert die Architektin "
        "Rita Sommer an die Politik.",
        {"Rita Sommer": PER},
        ("person/Rita Sommer", "Alle Gemeinden sollten mehr"),
    ),
    (
        "Der Umsatz wird im nächsten Jahr steigen, zeigte sich der Vorstand "
        "Karl Ebner überzeugt.",
        {"Karl Ebner": PER},
        ("person/Karl Ebner", "Der Umsatz wird im nächsten Jahr"),
    ),
    (
        "Der Richter Hans Mahler vertrat die Auffassung, die Strafe sei zu "
        "milde ausgefallen.",
        {"Hans Mahler": PER},
        ("person/Hans Mahler", "die Strafe sei zu milde"),
    ),
]


@pytest.mark.parametrize("text, ents, expected", VERB_CASES)
def test_more_verbs_of_saying(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    who, start = expected
    got = {(w, t[: len(start)]) for w, t in said(rec, "speaker", "text")}
    if who is None:
        assert start in {t for _, t in got}
    else:
        assert (who, start) in got


@pytest.mark.parametrize(
    "text, ents",
    [
        # the same verbs without a reported clause report nothing
        ("Die Ökonomin Eva Lindner geht am Abend aus.", {"Eva Lindner": PER}),
        (
            "Der Kassier Otto Brand rechnet mit einem Verlust von zehn Prozent.",
            {"Otto Brand": PER},
        ),
        (
            "Die Partei nimmt das Angebot an, sagte der Obmann Karl Ebner.",
            {"Karl Ebner": PER},
        ),
    ],
)
def test_clause_verbs_need_a_clause(gazetteer_nlp, text, ents) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    texts = {t for (t,) in said(rec, "text")}
    assert not any(t.startswith(("am Abend", "mit einem Verlust")) for t in texts)
    assert not any("nimmt das Angebot an, sagte" in t for t in texts)
