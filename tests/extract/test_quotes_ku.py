"""Speaker rules written against the speaker errors of the quote dev sets after
``bench/quote_dev_ku.jsonl`` (Kultur, Web) was annotated, one invented sentence
per row, no model (kg/extract/speakers.py, kg/extract/sources.py,
kg/extract/quotes_reported.py; the words in kg/lang/de/speech.py and
kg/data/speaker_nouns.txt, kg/data/reporting_verbs.tsv)."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, acts, extract, said

CASES = [
    # an adverb opening the sentence is no name; "der Hersteller" is the company
    (
        "Der Spielehersteller Brixel sperrt Videos. Rechtlich argumentiert der "
        "Hersteller, dass die Videos seine Rechte verletzten.",
        {"Brixel": ORG},
        {("org/Brixel", "dass die Videos seine Rechte verletzten")},
    ),
    # "die schwedische Firma": the company named before, not Schweden
    (
        "Der Bezahldienst Klarvo hat Geld gesammelt. Die Runde brachte 500 "
        "Millionen Euro ein, wie die schwedische Firma am Mittwoch bestätigte.",
        {"Klarvo": ORG},
        {("org/Klarvo", "Die Runde brachte 500 Millionen Euro ein")},
    ),
    # "laut dem Unternehmen", "nach Angaben der Partei": the one named before
    (
        "Der Autobauer Voltra beschwichtigt. Laut dem Unternehmen gibt es "
        "Probleme mit den Bremsen.",
        {"Voltra": ORG},
        {("org/Voltra", "Laut dem Unternehmen gibt es Probleme mit den Bremsen")},
    ),
    (
        "Die Liste Nord klagte gegen eine Posterin. Die Posterin zahlte nach "
        "Angaben der Partei 500 Euro.",
        {"Liste Nord": ORG},
        {("org/Liste Nord", "Die Posterin zahlte nach Angaben der Partei 500 Euro")},
    ),
    # "laut eigenen Angaben": the subject, here "das Unternehmen"
    (
        "Der Autobauer Voltra ruft Autos zurück. Das Unternehmen genießt laut "
        "eigenen Angaben und einer Befragung von Konsumtest großes Vertrauen.",
        {"Voltra": ORG, "Konsumtest": ORG},
        {
            (
                "org/Voltra",
                "Das Unternehmen genießt laut eigenen Angaben und einer Befragung "
                "von Konsumtest großes Vertrauen",
            )
        },
    ),
    # a website's name after "die Seite" is the speaker the model missed
    (
        "Das Gerät überzeugt. Die Kamera sei hervorragend, schreibt die Seite "
        "Technoskop.",
        {},
        {("Technoskop", "Die Kamera sei hervorragend")},
    ),
    # "der Drehbuchautor": the person named before, by a job as by a title
    (
        "Karl Brunner schrieb das Buch. Es sei gut geworden, meinte der "
        "erfolgreiche Drehbuchautor.",
        {"Karl Brunner": PER},
        {("person/Karl Brunner", "Es sei gut geworden")},
    ),
    # "monieren" is a verb of saying
    (
        "Der Mieterbund Ost monierte, dass die Frist zu kurz sei.",
        {"Mieterbund Ost": ORG},
        {("org/Mieterbund Ost", "dass die Frist zu kurz sei")},
    ),
    # the object of a preposition before the verb is not who speaks
    (
        "So hatte ein Beamter gegenüber den Abgeordneten angegeben, die Akten "
        "seien vernichtet worden.",
        {},
        {(None, "die Akten seien vernichtet worden")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_speaker(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    assert said(rec, "who", "text") == expected


def test_first_person_sentence_a_few_sentences_on(gazetteer_nlp) -> None:
    """A first-person sentence up to three sentences after a person's quote,
    the narration between naming no one else, goes on with their words; with
    another person named between, it does not (kg/extract/quotes.py)."""
    text = (
        "Es geht ihr wieder besser, sagte Lena Holm am Dienstag. Dann fuhr sie "
        "ins Atelier. Dort fand man Wanzen. Wir lieben Feuerwerk zu allen Anlässen."
    )
    rec = extract(gazetteer_nlp, text, {"Lena Holm": PER})
    assert ("person/Lena Holm", "Wir lieben Feuerwerk zu allen Anlässen") in said(
        rec, "who", "text"
    )
    text = (
        "Es geht ihr wieder besser, sagte Lena Holm am Dienstag. Dann fuhr sie "
        "ins Atelier. Dort traf sie Paul Rainer. Wir lieben Feuerwerk zu allen "
        "Anlässen."
    )
    rec = extract(gazetteer_nlp, text, {"Lena Holm": PER, "Paul Rainer": PER})
    assert not any(t.startswith("Wir lieben") for _, t in said(rec, "who", "text"))


def test_interaction_source_before_an_apposition(gazetteer_nlp) -> None:
    """ "Name, Chef der Organisation, warnt …": the person before the apposition
    is the source, not the organisation of the title (kg/extract/interactions.py)."""
    text = (
        "Fred Lang, Chef der Stiftung Netzwacht, warnt im Radio, dass Nutzer "
        "sich strafbar machen könnten."
    )
    rec = extract(gazetteer_nlp, text, {"Fred Lang": PER, "Stiftung Netzwacht": ORG})
    assert acts(rec, "type", "source") == {("WARN", "person/Fred Lang")}


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the subject in apposition before a clause whose verb closes it
        (
            "Vor der Wahl hat der Chef der Fraktion, Karl Brunner, vor einer "
            "Katastrophe gewarnt.",
            {"Karl Brunner": PER},
            {("WARN", "person/Karl Brunner")},
        ),
        # "Der 96-Trainer": a title after a number is a person named before
        (
            "Trainer Paul Reiter war sauer. Der 96-Trainer stritt auch ab, den "
            "Spieler beeinflusst zu haben.",
            {"Paul Reiter": PER},
            {("DENY", "person/Paul Reiter")},
        ),
    ],
)
def test_interaction_source(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    assert acts(rec, "type", "source") == expected


def test_outlet_noun_in_the_genitive(gazetteer_nlp) -> None:
    """ "Nach Informationen des Nachrichtenmagazins": the outlet quoted just
    before, speaker and medium (kg/extract/quotes_continued.py)."""
    text = (
        "Der Dienst habe Daten weitergegeben, berichtet der Spiegel. Nach "
        "Informationen des Nachrichtenmagazins wurden Gespräche abgehört."
    )
    rec = extract(gazetteer_nlp, text, {"Spiegel": ORG})
    got = {(q.speaker, q.medium) for q in rec.quotes if q.text.startswith("Nach")}
    assert got == {("org/Der Spiegel", "org/Der Spiegel")}
