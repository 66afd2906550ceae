"""Quotation rules written against the errors of the UD German PUD development
gold (``bench/quote_dev_pud.jsonl``), one invented sentence per rule, no model
(kg/extract/quotes.py, kg/extract/quotes_bounds.py, kg/extract/quotes_reported.py,
kg/extract/speakers.py; the verbs in kg/data/reporting_verbs.tsv and
kg/lang/de/speech.py)."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, PER, acts, extract, said

CASES = [
    # "spotten" is a verb of saying
    (
        "„Wer nicht rechnen kann, soll nicht regieren“, spottete Lena Brandt.",
        {"Lena Brandt": PER},
        {("person/Lena Brandt", "Wer nicht rechnen kann, soll nicht regieren")},
    ),
    # "hoffen, dass …" reports; "hofft auf …" does not, the Konjunktiv goes on
    (
        "Karl Brunner hofft, dass das Fest viele Gäste anzieht.",
        {"Karl Brunner": PER},
        {("person/Karl Brunner", "dass das Fest viele Gäste anzieht")},
    ),
    (
        "Die Lage sei ernst, sagte Karl Brunner. Er hoffe auf die neue Regierung "
        "von Präsidentin Maria Lenz.",
        {"Karl Brunner": PER, "Maria Lenz": PER},
        {
            ("person/Karl Brunner", "Die Lage sei ernst"),
            (
                "person/Karl Brunner",
                "Er hoffe auf die neue Regierung von Präsidentin Maria Lenz",
            ),
        },
    ),
    # "schloss nicht aus, dass …" states that it may be so
    (
        "Karl Brunner schloss nicht aus, dass die Steuern steigen.",
        {"Karl Brunner": PER},
        {("person/Karl Brunner", "dass die Steuern steigen")},
    ),
    # "ist ausgeschlossen, dass", "Bleibt zu hoffen, dass": nobody speaks
    ("Es scheint ausgeschlossen, dass der Plan noch gelingt.", {}, set()),
    ("Bleibt zu hoffen, dass alle gesund zurückkommen.", {}, set()),
    # "hat in einer Mitteilung veröffentlicht, dass …"
    (
        "Der Verband Nordmetall hat in einer Mitteilung veröffentlicht, dass die "
        "Löhne steigen werden.",
        {"Verband Nordmetall": ORG},
        {("org/Verband Nordmetall", "dass die Löhne steigen werden")},
    ),
    # "hat sich dafür ausgesprochen, dass …" after a subject with a relative clause
    (
        "Der Verband Nordmetall, der von drei Firmen geführt wird, hat sich dafür "
        "ausgesprochen, dass die Wahl verschoben wird.",
        {"Verband Nordmetall": ORG},
        {("org/Verband Nordmetall", "dass die Wahl verschoben wird")},
    ),
    # a name with an apposition before the verb is its subject; "warum" reports
    (
        "Maria Lenz, eine der Organisatorinnen, erläuterte gegenüber dem Radio, "
        "warum das Fest abgesagt wurde.",
        {"Maria Lenz": PER},
        {("person/Maria Lenz", "warum das Fest abgesagt wurde")},
    ),
    # a clause before the verb with a verb of its own stays the quote
    (
        "Karl Brunner habe seinen Rücktritt eingereicht, der Vorstand diesen "
        "angenommen, teilte die Partei Nordliste mit.",
        {"Karl Brunner": PER, "Partei Nordliste": ORG},
        {
            (
                "org/Partei Nordliste",
                "Karl Brunner habe seinen Rücktritt eingereicht, der Vorstand "
                "diesen angenommen",
            )
        },
    ),
    # marked words inside a reported clause are no quote of their own
    (
        "Die Verhaftungen seien „ein Angriff auf die freie Presse“, sagte Karl "
        "Brunner.",
        {"Karl Brunner": PER},
        {
            (
                "person/Karl Brunner",
                "Die Verhaftungen seien „ein Angriff auf die freie Presse",
            )
        },
    ),
    # "wie viele andere, dass …": the insertion is no part of the quote
    (
        "Karl Brunner sagte, wie viele andere Politiker im Fernsehen, dass die "
        "Reform scheitern werde.",
        {"Karl Brunner": PER},
        {("person/Karl Brunner", "dass die Reform scheitern werde")},
    ),
    # "zitiert zwei Forscher, die sagen, …": the researchers speak, unnamed
    (
        "Lena Brandt zitiert zwei Forscher, die sagen, es sei schon zu spät.",
        {"Lena Brandt": PER},
        {(None, "es sei schon zu spät")},
    ),
    # "dass …, und veröffentlichte …": the subject's second verb ends the clause
    (
        "Die Polizei Nordheim sagte, dass der Mann keine Vorstrafen habe, und "
        "veröffentlichte ein Foto.",
        {"Polizei Nordheim": ORG},
        {("org/Polizei Nordheim", "dass der Mann keine Vorstrafen habe")},
    ),
    # "Eine Sprecherin von X": X, a name the model missed
    (
        "Eine Sprecherin von Brixwerk sagte, die Pläne seien falsch.",
        {},
        {("Brixwerk", "die Pläne seien falsch")},
    ),
    # a bare "Der Sprecher": the organisation named just before
    (
        "Die Polizei Nordheim ermittelt gegen drei Männer. Der Sprecher wollte "
        "nicht ausschließen, dass weitere folgen.",
        {"Polizei Nordheim": ORG},
        {("org/Polizei Nordheim", "dass weitere folgen")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_pud_quote_rules(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    assert said(rec, "who", "text") == expected


MORE = [
    # "Merkels Beraterin Lena Brandt": the adviser, not the possessor
    (
        "„Das geht so nicht“, schrieb Merkels Beraterin Lena Brandt am Montag.",
        {"Merkels": PER, "Lena Brandt": PER},
        {("person/Lena Brandt", "Das geht so nicht")},
    ),
    # "heute Morgen" before the verb is no speaker
    (
        "Trotz des Fotos heute Morgen sagt die Polizei, dass sie den Mann sucht.",
        {},
        {("Polizei", "dass sie den Mann sucht")},
    ),
    # "die Polizei in Neu Amsel sagte": not the place's last word
    (
        "Die Polizei in Neu Amsel sagte zuvor, dass der Mann flüchtig sei.",
        {},
        {("Polizei", "dass der Mann flüchtig sei")},
    ),
    # "Forschern zufolge": unnamed researchers
    (
        "Forschern zufolge kann das Mittel vielen Kranken helfen.",
        {},
        {(None, "Forschern zufolge kann das Mittel vielen Kranken helfen")},
    ),
    # a marked quote begins at its mark: the first-person sentence before it
    # is no lead-in
    (
        "Als ich sie besuchte, wollte ich alles wissen. „Totale Erschöpfung nach "
        "all den Jahren“, berichtete seine Frau Lena Brandt.",
        {"Lena Brandt": PER},
        {("person/Lena Brandt", "Totale Erschöpfung nach all den Jahren")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), MORE)
def test_pud_speaker_rules(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    assert said(rec, "who", "text") == expected


LAST = [
    # "nach Antworten suchen" is no attribution ("nach X-Angaben")
    (
        "Der Trainer wirkt ratlos und sucht die ganze Zeit nach Antworten.",
        {},
        set(),
    ),
    # "Aus Sicht des Regisseurs": an unnamed person's view; "aus Sicht der
    # Hardware" is nobody's; "aus Sicht der Nordbahn": the company's
    (
        "Aus Sicht des Regisseurs ist der Film eine Komödie.",
        {},
        {(None, "Aus Sicht des Regisseurs ist der Film eine Komödie")},
    ),
    ("Aus Sicht der Hardware überzeugt das neue Gerät.", {}, set()),
    # in Konjunktiv the report before goes on: the view is the speaker's account
    (
        "Die Lage sei ernst, sagte Karl Brunner. Aus Sicht der Nordbahn stehe "
        "ein Abzug nicht zur Debatte.",
        {"Karl Brunner": PER, "Nordbahn": ORG},
        {
            ("person/Karl Brunner", "Die Lage sei ernst"),
            (
                "person/Karl Brunner",
                "Aus Sicht der Nordbahn stehe ein Abzug nicht zur Debatte",
            ),
        },
    ),
    (
        "Aus Sicht der Nordbahn ist der Vertrag rechtens.",
        {"Nordbahn": ORG},
        {("org/Nordbahn", "Aus Sicht der Nordbahn ist der Vertrag rechtens")},
    ),
    # "warf … vor, <Konjunktiv>" reports; "warf … vor, … zu haben" does not
    (
        "Karl Brunner warf der Ministerin vor, ihre Pläne würden die Armen treffen.",
        {"Karl Brunner": PER},
        {("person/Karl Brunner", "ihre Pläne würden die Armen treffen")},
    ),
    (
        "Karl Brunner warf der Ministerin vor, die Armen vergessen zu haben.",
        {"Karl Brunner": PER},
        set(),
    ),
    # "Die Regierung von Xland": the state speaks
    (
        "Die Regierung von Xland hat sich dafür ausgesprochen, dass die Wahl "
        "verschoben wird.",
        {"Xland": LOC},
        {("place/Xland", "dass die Wahl verschoben wird")},
    ),
    # an institution's report goes on in no "ich" sentence
    (
        "Sie stahl das Auto, wie die Polizei mitteilte. Ich werde so oder so "
        "bestraft, ich weiß das.",
        {},
        {("Polizei", "Sie stahl das Auto")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), LAST)
def test_pud_more_rules(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    assert said(rec, "who", "text") == expected


def test_no_interaction_of_an_unnamed_expert(gazetteer_nlp) -> None:
    """ "Ein Verkehrsexperte warnte": nobody named, not the person or
    organisation named elsewhere (kg/extract/interactions.py)."""
    text = (
        "Ein Verkehrsexperte warnte, dass die Züge zu alt seien. Aber Karl "
        "Brunner sieht das anders."
    )
    rec = extract(gazetteer_nlp, text, {"Karl Brunner": PER})
    assert acts(rec, "type", "source") == set()
