"""Quote recall rules of 2026-12-06 (issue 17), one invented text per rule, no
model: verbs of saying that report a "dass" clause ("geht davon aus, dass …",
"rechnet damit, dass …", "nehmen an, dass …", "beschwerte sich, dass …", "geht
aus dem Bericht hervor, dass …") and others ("…, machte X klar", "besteht
darauf, dass …", "appelliert X", "…, zeigte sich X überzeugt", "vertrat die
Auffassung, …", "kommentiert X") (kg/data/reporting_verbs.tsv,
kg/lang/de/speech.py ``CLAUSE_VERBS``); a sentence of the speaker's own words
after "…, sagte X." (kg/extract/quotes_said_on.py); "laut Polizeiangaben"
(kg/extract/sources.py)."""

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


SAID_ON_CASES = [
    # "…, sagte X. <present statement>": one more quote of X
    (
        "Das sei empörend, kritisierte der Minister Paul Weiden. Das Land muss "
        "Verantwortung für die Flüchtlinge übernehmen.",
        {"Paul Weiden": PER},
        ("person/Paul Weiden", "Das Land muss Verantwortung"),
    ),
    (
        "Die Halle ist zu klein für das Turnier, sagte der Bürgermeister Otto "
        "Brand am Montag. Veränderung ist eben unbequem.",
        {"Otto Brand": PER},
        ("person/Otto Brand", "Veränderung ist eben unbequem"),
    ),
    (
        "Eine Pflicht zur Impfung komme nicht in Frage, wie die Ärztin Karla "
        "Fenz darlegte. Die Freiheit des Einzelnen muss auch in der Krise gelten.",
        {"Karla Fenz": PER},
        ("person/Karla Fenz", "Die Freiheit des Einzelnen muss"),
    ),
]


@pytest.mark.parametrize("text, ents, expected", SAID_ON_CASES)
def test_words_go_on_after_the_reporting_clause(
    gazetteer_nlp, text, ents, expected
) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    who, start = expected
    assert (who, "direct") in {
        (w, k)
        for w, k, t in said(rec, "speaker", "kind", "text")
        if t.startswith(start)
    }


@pytest.mark.parametrize(
    "text",
    [
        # narration: the past, a person named, "er", a figure, a report before
        "Die Halle ist zu klein, sagte der Bürgermeister Otto Brand. Die Polizei "
        "sperrte die Straße am Abend.",
        "Die Halle ist zu klein, sagte der Bürgermeister Otto Brand. Seine Partei "
        "liegt in den Umfragen vorn.",
        "Die Halle ist zu klein, sagte der Bürgermeister Otto Brand. Die Wahl "
        "findet im Mai statt, Anna Stolz tritt gegen ihn an.",
        "Die Halle ist zu klein, sagte der Bürgermeister Otto Brand. Die Halle "
        "hat 400 Plätze.",
        "Der Bürgermeister Otto Brand sagte, die Halle sei zu klein. Das Turnier "
        "kann nicht am Samstag beginnen.",
        # no word of a speaker's own voice: the narrator's present
        "Die Halle ist zu klein, sagte der Bürgermeister Otto Brand. Die Halle "
        "ist Teil des neuen Sportzentrums.",
    ],
)
def test_narration_after_the_reporting_clause(gazetteer_nlp, text) -> None:
    rec = extract(gazetteer_nlp, text, {"Otto Brand": PER, "Anna Stolz": PER})
    second = text.split(". ", 1)[1]
    assert not any(t.startswith(second[:20]) for (t,) in said(rec, "text"))


def test_comment(gazetteer_nlp) -> None:
    """ "kommentiert X" reports; "war kommentiert worden" (a passive) does not."""
    rec = extract(
        gazetteer_nlp,
        "Das Gerät sei viel zu teuer, kommentiert der Tester Jan Wolf.",
        {"Jan Wolf": PER},
    )
    assert ("person/Jan Wolf", "Das Gerät sei viel zu teuer") in said(
        rec, "speaker", "text"
    )
    rec = extract(
        gazetteer_nlp,
        "Anders als der erste, war der zweite Brief kaum kommentiert worden.",
        {},
    )
    assert not said(rec, "text")


def test_common_opinion_is_no_quote(gazetteer_nlp) -> None:
    """ "ging man davon aus, dass …", "hatte man angenommen, dass …": nobody."""
    rec = extract(
        gazetteer_nlp,
        "Bisher ging man davon aus, dass die Burg im zehnten Jahrhundert gebaut "
        "wurde. Lange hatte man angenommen, dass an der Stelle ein Friedhof lag.",
        {},
    )
    assert not said(rec, "text")


@pytest.mark.parametrize(
    "text, who",
    [
        ("Zur Kundgebung kamen laut Polizeiangaben etwa 600 Menschen.", "Polizei"),
        ("Laut Armee-Angaben wurden zwei Soldaten verletzt.", "Armee"),
    ],
)
def test_laut_with_a_compound_of_angaben(gazetteer_nlp, text, who) -> None:
    """ "laut Polizeiangaben" attributes its clause as "nach Polizeiangaben"."""
    rec = extract(gazetteer_nlp, text, {})
    assert (who, text.rstrip(".")) in said(rec, "who", "text")


def test_das_with_a_verb_of_saying_needs_its_particle(gazetteer_nlp) -> None:
    """ "Das nimmt … in Anspruch" is no "Das nimmt X an": the sentence before is
    nobody's words."""
    rec = extract(
        gazetteer_nlp,
        "Die Sanierung der Brücke dauert zwei Jahre. Das nimmt auch die "
        "Firma Baukraft in Kauf.",
        {"Baukraft": ORG},
    )
    assert not said(rec, "text")


def test_belief_under_a_modal_is_content(gazetteer_nlp) -> None:
    """ "müsse man damit rechnen, dass …" goes on a report; it names no speaker
    of its own ("man"), unlike "Im Amt rechnet man damit, dass …"."""
    rec = extract(
        gazetteer_nlp,
        "Die Lage sei ernst, sagte der Minister Paul Weiden. Daher müsse man "
        "auch damit rechnen, dass die Preise steigen.",
        {"Paul Weiden": PER},
    )
    assert any(
        w == "person/Paul Weiden" and t.startswith("Daher müsse man auch damit")
        for w, t in said(rec, "speaker", "text")
    )


def test_laut_media_compound_is_unnamed(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Für den Verteidiger wird laut Medieninformationen eine Ablöse von zehn "
        "Millionen Euro fällig.",
        {},
    )
    assert {w for (w,) in said(rec, "who")} == {None}
