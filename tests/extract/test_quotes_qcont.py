"""Quote rules of the `qcont` round (issue 17), one invented sentence per case,
no model: verbs of saying the lexicon lacked (kg/data/reporting_verbs.tsv,
"bekannte", "gestand", "nahm Stellung", "gab zu Protokoll"), an adjectival
nationality noun for the person named before ("sagte die Deutsche",
kg/extract/participants.py) and a sub-heading glued to its sentence
(kg/extract/quotes_headlines.py, kg/lang/de/headings.py)."""

from __future__ import annotations

import pytest

from tests.conftest import PER, extract

CASES = [
    # "bekennen" and "gestehen" report the words before them
    (
        "Ich habe mit diesem Sieg nicht gerechnet, bekannte Anna Berger nach dem Lauf.",
        {"Anna Berger": PER},
        {("person/Anna Berger", "Ich habe mit diesem Sieg nicht gerechnet")},
    ),
    (
        "Wir haben zu viele Fehler gemacht, gestand Paul Weber am Sonntag.",
        {"Paul Weber": PER},
        {("person/Paul Weber", "Wir haben zu viele Fehler gemacht")},
    ),
    # "Stellung nehmen" and "zu Protokoll geben" report a clause
    (
        "Karl Huber nahm am Dienstag Stellung: Die Stadt werde die Kosten tragen.",
        {"Karl Huber": PER},
        {("person/Karl Huber", "Die Stadt werde die Kosten tragen")},
    ),
    (
        "Peter Frank gab zu Protokoll, er habe den Wagen nicht gesehen.",
        {"Peter Frank": PER},
        {("person/Peter Frank", "er habe den Wagen nicht gesehen")},
    ),
    # ... "nahmen … an" without "dass" is still no report (annehmen alone,
    # not "Stellung nehmen")
    (
        "Als Jan Ott ging, nahmen wir an, wir hätten ihn zum letzten Mal gesehen.",
        {"Jan Ott": PER},
        set(),
    ),
    # a sub-heading glued to the sentence after it is not part of the quote
    (
        "Kein Geld für Labore Es fehlt uns an allem, sagte Karl Brunner.",
        {"Karl Brunner": PER},
        {("person/Karl Brunner", "Es fehlt uns an allem")},
    ),
    # ... also after "Name:" (an interview's or a portrait's sub-heading)
    (
        "Die Forscherin Eva Lind warnt vor Kürzungen. Lind: Kein Geld für "
        "Labore Wir haben kaum noch Mittel für unsere Arbeit.",
        {"Eva Lind": PER, "Lind": PER},
        {("person/Eva Lind", "Wir haben kaum noch Mittel für unsere Arbeit")},
    ),
    (
        "Gute Arbeit im Winter Die Mannschaft sei in Form, sagte Hans Moser.",
        {"Hans Moser": PER},
        {("person/Hans Moser", "Die Mannschaft sei in Form")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_speaker(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    got = {(q.speaker or q.speaker_label, q.text) for q in rec.quotes}
    assert got == expected


def test_adjectival_national_is_the_person_before(gazetteer_nlp) -> None:
    """ "die Deutsche" is one woman, the person named before, not Germany."""
    rec = extract(
        gazetteer_nlp,
        "Lena Gruber gewann in Sapporo. Das war mein bester Lauf, sagte die Deutsche.",
        {"Lena Gruber": PER},
    )
    assert {(q.speaker, q.text) for q in rec.quotes} == {
        ("person/Lena Gruber", "Das war mein bester Lauf")
    }


def test_adjective_and_stehen_are_no_verbs_of_saying(gazetteer_nlp) -> None:
    """ "bekannte" after an article is the adjective, "bekannt" is one, and
    "gestanden" after "war" is the participle of "stehen"."""
    from kg.extract.quotes_cues import saying_cues
    from kg.extract.view import DocView

    for text, cues in (
        ("Ich bin froh, bekannte der Sieger.", ["bekannte"]),
        ("Der bekannte Autor las, dass die Nacht kurz war.", []),
        ("Es ist bekannt, dass die Nacht kurz war.", []),
        ("Er war auf dem Podest gestanden, dass es alle sahen.", []),
    ):
        doc = gazetteer_nlp(text)
        view = DocView(doc, list(doc.sents), {}, {})
        got = [doc[i].lower_ for s in view.sents for i in saying_cues(view, s)]
        assert got == cues, text


KONJUNKTIV = [
    # a Konjunktiv I the list lacked goes on a report a sentence later
    (
        "Paul Kern sagte, die Lage sei ernst. Die Polizei ist vor Ort. Zudem "
        "biete man den Opfern Hilfe an.",
        {"Paul Kern": PER},
        {
            ("person/Paul Kern", "die Lage sei ernst"),
            ("person/Paul Kern", "Zudem biete man den Opfern Hilfe an"),
        },
    ),
    (
        "Eva Roth erklärte, der Plan sei fertig. Die Sitzung dauerte lange. Ein "
        "solcher Index setze genau an den Schulen an.",
        {"Eva Roth": PER},
        {
            ("person/Eva Roth", "der Plan sei fertig"),
            ("person/Eva Roth", "Ein solcher Index setze genau an den Schulen an"),
        },
    ),
    # a Konjunktiv II with an umlaut the list lacked goes on the report
    (
        "Eva Roth sagte, die Grenze bleibe offen. Aus dem Süden kämen aber "
        "weitere Menschen.",
        {"Eva Roth": PER},
        {
            ("person/Eva Roth", "die Grenze bleibe offen"),
            ("person/Eva Roth", "Aus dem Süden kämen aber weitere Menschen"),
        },
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), KONJUNKTIV)
def test_konjunktiv_goes_on(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    got = {(q.speaker or q.speaker_label, q.text) for q in rec.quotes}
    assert got == expected


def test_sentence_ending_in_sein_goes_on(gazetteer_nlp) -> None:
    """ "sein" the verb at the sentence's end is no possessive of narration: the
    speaker's words go on after the reporting clause."""
    rec = extract(
        gazetteer_nlp,
        "Das Stadion ist ausverkauft, sagte Tom Weiß. Morgen werden auch viele "
        "Gäste hier sein.",
        {"Tom Weiß": PER},
    )
    assert {(q.speaker, q.text) for q in rec.quotes} == {
        ("person/Tom Weiß", "Das Stadion ist ausverkauft"),
        ("person/Tom Weiß", "Morgen werden auch viele Gäste hier sein"),
    }
