"""Speaker rules of issue 17 (2026-12-06), one invented text per rule, no
model: "der Polizeisprecher", "die Polizeichefin" speak for their body, or for
the one named with that word before, never for any person named before
(kg/extract/speakers.py ``_body_voice``, ``_named_with``); a sentence that goes
on a quote after narration, right before a quote with its own "…, warnte X",
is X's (kg/extract/speaker_after.py); "ein Kronwerk-Mitarbeiter" speaks for
Kronwerk (kg/extract/speakers.py ``_affiliated_org``); "…, hieß es" after an
unnamed body's report is the body's (kg/extract/quotes.py); "schreibt das
Blatt" is the outlet named before (kg/extract/quotes_state.py); the source a
report cites "unter Berufung auf" speaks (kg/extract/sources.py); "die
Ermittler" speak for the prosecution or police named before
(kg/extract/quotes_state.py)."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, extract, said

CASES = [
    # a definite spokesperson of a body is the body, not the victim named before
    (
        "Der Radfahrer Jonas Weber ist am Montag in Graz verunglückt. Er sei "
        "gegen einen Baum geprallt, sagte der Polizeisprecher.",
        {"Jonas Weber": PER, "Graz": "LOC"},
        {("Polizei", "Er sei gegen einen Baum geprallt")},
    ),
    # ... and so is a definite chief of a body
    (
        "Die Bergsteigerin Maria Huber ist am Sonntag abgestürzt. Die Frau sei "
        "ohne Seil unterwegs gewesen, sagte die Polizeichefin des Bezirks.",
        {"Maria Huber": PER},
        {("Polizei", "Die Frau sei ohne Seil unterwegs gewesen")},
    ),
    # ... but the one the article named with that word speaks
    (
        "Der Brand sei gelöscht, sagte Polizeisprecher Jan Roth. Die Halle "
        "gehörte dem Bauern Tom Weber. Die Ursache sei noch unklar, sagte der "
        "Polizeisprecher am Abend.",
        {"Jan Roth": PER, "Tom Weber": PER},
        {
            ("person/Jan Roth", "Der Brand sei gelöscht"),
            ("person/Jan Roth", "Die Ursache sei noch unklar"),
        },
    ),
    # ... also written with a linking "s" the first time
    (
        "Der Plan sei fair, sagt Gewerkschaftsschef Max Huber. Die Firma Kronwerk "
        "schließt drei Werke. Alle Betroffenen sollten abgesichert werden, "
        "verlangt der Gewerkschaftschef.",
        {"Max Huber": PER, "Kronwerk": ORG},
        {
            ("person/Max Huber", "Der Plan sei fair"),
            ("person/Max Huber", "Alle Betroffenen sollten abgesichert werden"),
        },
    ),
    # ... and a bare "der Sprecher" after "ein Sprecher der Landesrätin X" is
    # X's, not the organisation named in between
    (
        "Die Stadt baut ein Quartier. Ein Sprecher der zuständigen Landesrätin "
        "Eva Roth erklärte, dass die Bürger informiert worden seien. Ein Projekt "
        "des Roten Kreuzes laufe gut. Die Feier sei keine offizielle "
        "Information, erklärte der Sprecher.",
        {"Eva Roth": PER, "Roten Kreuzes": ORG},
        {
            ("person/Eva Roth", "dass die Bürger informiert worden seien"),
            ("person/Eva Roth", "Ein Projekt des Roten Kreuzes laufe gut"),
            ("person/Eva Roth", "Die Feier sei keine offizielle Information"),
        },
    ),
    # a Konjunktiv sentence after narration, right before "…, erklärte X", is X's
    (
        "Die Firma Kronwerk baut Stellen ab. Die Lage sei ernst, sagte Eva Roth. "
        "Im Vorjahr hatte die Firma noch Gewinn gemacht. Der Markt sei "
        "eingebrochen. Man habe keine Wahl gehabt, erklärte Max Huber.",
        {"Kronwerk": ORG, "Eva Roth": PER, "Max Huber": PER},
        {
            ("person/Eva Roth", "Die Lage sei ernst"),
            ("person/Max Huber", "Der Markt sei eingebrochen"),
            ("person/Max Huber", "Man habe keine Wahl gehabt"),
        },
    ),
    # ... but right after the quote it goes on, it stays with that speaker
    (
        "Die Firma Kronwerk baut Stellen ab. Die Lage sei ernst, sagte Eva Roth. "
        "Der Markt sei eingebrochen. Man habe keine Wahl gehabt, erklärte Max "
        "Huber.",
        {"Kronwerk": ORG, "Eva Roth": PER, "Max Huber": PER},
        {
            ("person/Eva Roth", "Die Lage sei ernst"),
            ("person/Eva Roth", "Der Markt sei eingebrochen"),
            ("person/Max Huber", "Man habe keine Wahl gehabt"),
        },
    ),
    # ... and a Konjunktiv report stays with its speaker before a quote in
    # the first person: one quote in marks keeps its mood
    (
        "Die Firma Kronwerk baut Stellen ab. Die Lage sei ernst, sagte Eva Roth. "
        "Im Vorjahr hatte die Firma noch Gewinn gemacht. Der Markt sei "
        "eingebrochen. Ich sehe keine andere Wahl, erklärte Max Huber.",
        {"Kronwerk": ORG, "Eva Roth": PER, "Max Huber": PER},
        {
            ("person/Eva Roth", "Die Lage sei ernst"),
            ("person/Eva Roth", "Der Markt sei eingebrochen"),
            ("person/Max Huber", "Ich sehe keine andere Wahl"),
        },
    ),
    # ... nor before one that turns to the first person
    (
        "Die Firma Kronwerk baut Stellen ab. Die Lage sei ernst, sagte Eva Roth. "
        "Im Vorjahr hatte die Firma noch Gewinn gemacht. Der Markt sei "
        "eingebrochen. Wäre der Markt stabil, würde ich anders entscheiden, "
        "erklärte Max Huber.",
        {"Kronwerk": ORG, "Eva Roth": PER, "Max Huber": PER},
        {
            ("person/Eva Roth", "Die Lage sei ernst"),
            ("person/Eva Roth", "Der Markt sei eingebrochen"),
            (
                "person/Max Huber",
                "Wäre der Markt stabil, würde ich anders entscheiden",
            ),
        },
    ),
    # staff of an organisation named before the hyphen speak for it, not the
    # organisation after a preposition nearer the verb
    (
        "Der Konzern Kronwerk hat Daten verkauft. Bislang hatten "
        "Kronwerk-Mitarbeiter im Ausschuss des Landtags angegeben, alle Daten "
        "seien gelöscht worden.",
        {"Kronwerk": ORG, "Landtags": ORG},
        {("org/Kronwerk", "alle Daten seien gelöscht worden")},
    ),
    # ... but not when they are whom the speaker talks to
    (
        "Der Konzern Kronwerk hat Daten verkauft. Die Daten seien gelöscht "
        "worden, sagte Eva Roth gegenüber Kronwerk-Mitarbeitern.",
        {"Kronwerk": ORG, "Eva Roth": PER},
        {("person/Eva Roth", "Die Daten seien gelöscht worden")},
    ),
    # ... nor when "der SPD-Politiker" is one person named before
    (
        "Justizminister Heiko Maas hat den Anschlag verurteilt. Das Ausmaß der "
        "Gewalt ist erschreckend, erklärte der SPD-Politiker am Freitag.",
        {"Heiko Maas": PER, "SPD": ORG},
        {("person/Heiko Maas", "Das Ausmaß der Gewalt ist erschreckend")},
    ),
    # "hieß es" after an unnamed body's report is that body's
    (
        "Bei einer Razzia wurden Konten gesperrt. Nach Angaben des "
        "Landeskriminalamts sitzen drei Verdächtige in Haft. Sie sollen "
        "Millionen erbeutet haben, hieß es am Dienstag.",
        {},
        {
            (
                "Landeskriminalamt",
                "Nach Angaben des Landeskriminalamts sitzen drei Verdächtige in Haft",
            ),
            ("Landeskriminalamt", "Sie sollen Millionen erbeutet haben"),
        },
    ),
    # ... but not "hieß es in einer Erklärung der X", which names the source
    (
        "Die Fähren blieben in den Häfen, sagte ein Polizeisprecher. Die "
        "Seeleute protestierten gegen neue Regeln, hieß es in einer Erklärung "
        "der Gewerkschaft.",
        {},
        {
            ("Polizei", "Die Fähren blieben in den Häfen"),
            (None, "Die Seeleute protestierten gegen neue Regeln"),
        },
    ),
    # ... nor two sentences on, narration between
    (
        "Die Fähren blieben in den Häfen, sagte ein Polizeisprecher. Am Abend "
        "starb ein Mann in Athen. Er sei vom Pier gestürzt, hieß es.",
        {"Athen": "LOC"},
        {
            ("Polizei", "Die Fähren blieben in den Häfen"),
            (None, "Er sei vom Pier gestürzt"),
        },
    ),
    # ... but not "hieß es aus dem Büro des X", which names another source
    (
        "Laut Feuerwehrkommando dauere der Einsatz eine Woche. Die Schule "
        "bleibt zu. Der Unterricht werde später nachgeholt, hieß es aus dem "
        "Büro des Landesrats.",
        {},
        {
            (
                "Feuerwehrkommando",
                "Laut Feuerwehrkommando dauere der Einsatz eine Woche",
            ),
            (None, "Der Unterricht werde später nachgeholt"),
        },
    ),
]


def test_outlet_noun_is_the_outlet_named_before(gazetteer_nlp) -> None:
    """ "Nach Informationen des Nachrichtenmagazins" after "Das Magazin
    Nordblick …" (no quote of it before): the outlet speaks, and is the medium
    (kg/extract/quotes_state.py ``outlet_labels``)."""
    rec = extract(
        gazetteer_nlp,
        "Das Magazin Nordblick erscheint seit dem Jahr 1990 jeden Montag. Nach "
        "Informationen des Nachrichtenmagazins wurden im Sommer Telefonate "
        "überwacht.",
        {"Nordblick": ORG},
    )
    assert said(rec, "speaker", "medium") == {("org/Nordblick", "org/Nordblick")}


def test_source_a_report_cites_speaks(gazetteer_nlp) -> None:
    """ "Nach einem Bericht der APA vom Montag unter Berufung auf das
    Gesundheitsministerium": the ministry speaks, the agency is the medium
    (kg/extract/sources.py ``_cited_after``)."""
    rec = extract(
        gazetteer_nlp,
        "Im Land sind zwei neue Fälle gemeldet worden. Nach einem Bericht der "
        "APA vom Montag unter Berufung auf das Gesundheitsministerium wurden "
        "zwei Kinder als infiziert erkannt.",
        {"APA": ORG, "Gesundheitsministerium": ORG},
    )
    assert said(rec, "speaker", "medium") == {("org/Gesundheitsministerium", "org/APA")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "die Ermittler" speak for the prosecution named before ...
        (
            "Die Staatsanwaltschaft hat zehn Männer angeklagt. Der Bürgermeister "
            "ist nicht betroffen. Die Bande sei in Rom entstanden, stellten die "
            "Ermittler fest.",
            {("Staatsanwaltschaft", "Die Bande sei in Rom entstanden")},
        ),
        # ... and for the police office in the genitive, in the nominative
        (
            "Bei einer Razzia wurden Konten gesperrt. Die Arbeit des "
            "Landeskriminalamts dauerte Monate. Nach Erkenntnissen der Ermittler "
            "sollen die Männer Codes erbeutet haben.",
            {
                (
                    "Landeskriminalamt",
                    "Nach Erkenntnissen der Ermittler sollen die Männer Codes "
                    "erbeutet haben",
                )
            },
        ),
        # ... and stay "Ermittler" where no such body is named
        (
            "Der Bürgermeister ist nicht betroffen. Die Bande sei in Rom "
            "entstanden, stellten die Ermittler fest.",
            {("Ermittler", "Die Bande sei in Rom entstanden")},
        ),
    ],
)
def test_investigators(gazetteer_nlp, text, expected) -> None:
    """kg/extract/quotes_state.py ``investigator_labels``."""
    assert said(extract(gazetteer_nlp, text, {}), "who", "text") == expected


@pytest.mark.parametrize("text, ents, expected", CASES)
def test_speaker(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    assert said(rec, "who", "text") == expected


def test_an_office_named_by_its_holder_speaks_for_the_holder() -> None:
    """ "hieß es aus dem Büro des Ministerpräsidenten Ana Lima": the office is
    an organisation (kg/extract/heads.py), but speaks for the person whose
    office it is (bench/quote_gold.md). The shipped pipeline."""
    from kg.nlp import load_nlp

    rec = extract(
        load_nlp(),
        "Jorge Almada reiste am Montag ab. Portugal bleibt am Verhandlungstisch, "
        "hieß es dazu aus dem Büro des portugiesischen Ministerpräsidenten "
        "Jorge Almada.",
        {"Jorge Almada": PER},
    )
    assert said(rec, "speaker") == {("person/Jorge Almada",)}
    assert any(e.name.startswith("Büro des") for e in rec.entities if e.kind == "org")
