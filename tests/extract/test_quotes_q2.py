"""Speaker rules of the `quotes2` round (issue 17), one invented sentence per
case, no model: a page after "auf" is where a statement is posted, not who
posts it (kg/extract/speaker_pages.without_pages); "ein Unternehmenssprecher",
"ein Konzernsprecher", "ein Firmensprecher" speak for the organisation named
last (kg/extract/speaker_labels.spokesperson); a teaser quote that capitalises
its first word is the speaker's who says it later
(kg/extract/quotes.echoed); "Das geht aus der Antwort des Ministeriums auf
eine Anfrage der Partei X hervor" and "heißt es darin" after it are the
ministry's named before, not the party's (quotes_named_source._first_phrase,
quotes_subjects.author_before, the genitive in org_anaphor._named_tail)."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, extract

CASES = [
    # a page after "auf", with its owner, is no speaker when the clause names another
    (
        "Die Bäckerei Kornblume antwortete direkt auf Lindners Facebook-Seite: "
        "Wir haben keine Filiale geschlossen.",
        {"Kornblume": ORG, "Lindners Facebook-Seite": ORG},
        {("org/Kornblume", "Wir haben keine Filiale geschlossen")},
    ),
    (
        "Der Möbelhändler Holzhaus schrieb am Montag auf der Facebook-Seite von "
        "Olaf Scholz: Wir haben keine Filiale geschlossen.",
        {"Holzhaus": ORG, "Olaf Scholz": PER},
        {("org/Holzhaus", "Wir haben keine Filiale geschlossen")},
    ),
    # the page's owner speaks when no one else is named
    (
        "Wir haben nichts zu verbergen, hieß es auf der Facebook-Seite der "
        "Firma Holzhaus.",
        {"Holzhaus": ORG},
        {("org/Holzhaus", "Wir haben nichts zu verbergen")},
    ),
    # a firm's spokesperson speaks for the organisation named last
    (
        "Die Firma Holzhaus ruft Stühle zurück. Die Stühle seien in Polen "
        "gebaut worden, sagte ein Unternehmenssprecher.",
        {"Holzhaus": ORG},
        {("org/Holzhaus", "Die Stühle seien in Polen gebaut worden")},
    ),
    (
        "Die Firma Holzhaus streicht zwei Filialen. Die Mieten seien zu hoch, "
        "erklärte ein Konzernsprecher am Freitag.",
        {"Holzhaus": ORG},
        {("org/Holzhaus", "Die Mieten seien zu hoch")},
    ),
    (
        "Die Firma Holzhaus streicht zwei Filialen. Die Mieten seien zu hoch, "
        "erklärte ein Firmensprecher am Freitag.",
        {"Holzhaus": ORG},
        {("org/Holzhaus", "Die Mieten seien zu hoch")},
    ),
    # a teaser that capitalises its first word is the later speaker's
    (
        'Trainerin gibt auf: "Nicht mehr genug Rückhalt gespürt". Anna Kurz ist '
        "nicht mehr Trainerin des Vereins. Ich habe in letzter Zeit nicht mehr "
        "genug Rückhalt gespürt, erklärte Kurz am Montag.",
        {"Anna Kurz": PER},
        {
            ("person/Anna Kurz", "Nicht mehr genug Rückhalt gespürt"),
            (
                "person/Anna Kurz",
                "Ich habe in letzter Zeit nicht mehr genug Rückhalt gespürt",
            ),
        },
    ),
    # the answer's author, not the party asking
    (
        "Die Pegel steigen nach Erkenntnissen des Umweltministeriums in vielen "
        "Flüssen. Das geht aus der Antwort des Ministeriums auf eine Anfrage der "
        "Grünen hervor.",
        {"Umweltministeriums": ORG, "Grünen": ORG},
        {
            (
                "org/Umweltministerium",
                "Die Pegel steigen nach Erkenntnissen des Umweltministeriums in "
                "vielen Flüssen",
            )
        },
    ),
    (
        "Das Umweltministerium hat Zahlen vorgelegt. Sie stehen in der Antwort "
        "des Ministeriums auf eine Anfrage der Grünen. \"Die Pegel sind in allen "
        "Ländern gestiegen\", heißt es darin.",
        {"Umweltministerium": ORG, "Grünen": ORG},
        {("org/Umweltministerium", "Die Pegel sind in allen Ländern gestiegen")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_speaker(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    got = {(q.speaker or q.speaker_label, q.text) for q in rec.quotes}
    assert got == expected
