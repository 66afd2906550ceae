"""Speakers of quote chains on hand-built Docs (no model): a person introduced
and quoted, then quoted on after others are named (issue 17; kg/extract/coref.py
``antecedent``, kg/extract/sources.py, kg/extract/speakers.py)."""

from __future__ import annotations

from tests.conftest import ORG, PER, said


def test_a_title_refers_past_a_person_named_with_another_post(records) -> None:
    # "der Kommissar" is not "der ungarische Präsident Ferenc Szabo", named last
    text = (
        "Das sei eine Lüge, sagt Peter Novak. "
        "Heute ist er EU-Kommissar für Verkehr. "
        "Aber sogar der ungarische Präsident Ferenc Szabo hat davor gewarnt. "
        "Dazu der Kommissar: Die Gefahr ist äußerst gering. "
        "Die Staaten seien gut vorbereitet, sagte der Kommissar."
    )
    rec = records(text, {"Peter Novak": PER, "Ferenc Szabo": PER})
    assert said(rec, "who", "text") == {
        ("person/Peter Novak", "Das sei eine Lüge"),
        ("person/Peter Novak", "Die Gefahr ist äußerst gering"),
        ("person/Peter Novak", "Die Staaten seien gut vorbereitet"),
    }


def test_a_title_still_refers_to_the_person_with_that_post(records) -> None:
    text = (
        "Das sei eine Lüge, sagt Peter Novak. "
        "Aber der ungarische Präsident Ferenc Szabo hat davor gewarnt. "
        "Die Staaten seien nicht vorbereitet, sagte der Präsident."
    )
    rec = records(text, {"Peter Novak": PER, "Ferenc Szabo": PER})
    assert ("person/Ferenc Szabo", "Die Staaten seien nicht vorbereitet") in said(
        rec, "who", "text"
    )


def test_a_person_in_brackets_is_no_own_source_nor_antecedent(records) -> None:
    # "(59, Mad Men)": a name in brackets after the subject, not the subject
    text = (
        "Der Schauspieler Tom Berger (59, Mad Men) kann sich nach eigenen Angaben "
        "vorstellen, Bürgermeister zu werden. "
        "Er sei ein heimlicher Politiker, sagte er der Zeitung."
    )
    rec = records(text, {"Tom Berger": PER, "Mad Men": PER})
    speakers = {who for who, _ in said(rec, "who", "text")}
    assert speakers == {"person/Tom Berger"}


def test_the_one_spoken_to_is_no_speaker(records) -> None:
    # "zu Berger": whom it was said to; the speaker is the one quoted before
    text = (
        "Die Firma habe ihn ruinieren wollen, sagte Anna Roth. "
        "Ein Manager habe zu Karl Berger gemeint, man werde sie bald los."
    )
    rec = records(text, {"Anna Roth": PER, "Karl Berger": PER})
    assert "person/Karl Berger" not in {who for who, _ in said(rec, "who", "text")}
    text = text.replace("Ein Manager", "Der")
    rec = records(text, {"Anna Roth": PER, "Karl Berger": PER})
    assert "person/Karl Berger" not in {who for who, _ in said(rec, "who", "text")}


def test_a_relative_clause_after_the_verb_names_no_speaker(records) -> None:
    # the court the lawsuit was filed with does not speak it
    text = (
        "So habe die Firma Millionen verloren, heißt es in der Klage, die am "
        "Montag beim Obersten Gerichtshof eingebracht wurde."
    )
    rec = records(text, {"Obersten Gerichtshof": ORG})
    assert said(rec, "who", "text") == {(None, "So habe die Firma Millionen verloren")}
    # the subject of the relative clause wrote the statement
    text = (
        "Die Beiträge seien ohne Bild erschienen, heißt es in einer "
        "Stellungnahme, die die Baugesellschaft Nord der Zeitung übermittelte."
    )
    rec = records(text, {"Baugesellschaft Nord": ORG})
    assert said(rec, "who", "text") == {
        ("org/Baugesellschaft Nord", "Die Beiträge seien ohne Bild erschienen")
    }


def test_those_named_and_the_story_are_no_speakers(records) -> None:
    # "Die Genannten wiesen das zurück": the next Konjunktiv is no one's named,
    # neither "Genannten" nor the speaker before
    text = (
        "Die Bank habe ihn betrogen, sagte Anna Roth. "
        "Die Genannten wiesen das zurück. "
        "Die Folgen hätten ihre Firma vernichtet. "
        "Die Berichte gehen auseinander, je nachdem, wer die Geschichte erzählt. "
        "Der Plan sei vereinbart gewesen."
    )
    rec = records(text, {"Anna Roth": PER})
    assert said(rec, "who", "text") == {
        ("person/Anna Roth", "Die Bank habe ihn betrogen"),
        (None, "Die Folgen hätten ihre Firma vernichtet"),
        (None, "Der Plan sei vereinbart gewesen"),
    }


def test_an_initial_names_the_person_whose_name_ends_with_it(records) -> None:
    # "Husam M." style: the initial alone, its period merged into the sentence's
    text = (
        "Omar K. wartet auf der Straße. "
        "Dann haben sie mir die Hand verletzt, schildert K.. "
        "Passanten brachten ihn nach Hause."
    )
    rec = records(text, {"Omar K.": PER})
    assert said(rec, "who", "text") == {
        ("person/Omar K.", "Dann haben sie mir die Hand verletzt"),
    }


def test_own_statements_of_er_and_of_a_bare_surname(records) -> None:
    # "nach eigenen Angaben" after "er" and after a surname named in full before
    text = (
        "Der Flüchtling Karim Haddad lebt in Graz. "
        "Weil er nach eigenen Angaben ohne Erlaubnis umgezogen war, kam die Polizei. "
        "Der Maler Georg Lind stellt in Paris aus. "
        "Lind, der nach eigenen Angaben die Musik liebt, widmete ihr ein Bild."
    )
    rec = records(text, {"Karim Haddad": PER, "Georg Lind": PER})
    speakers = {who for who, _ in said(rec, "who", "text")}
    assert speakers == {"person/Karim Haddad", "person/Georg Lind"}


def test_a_name_after_in_is_where_it_was_written(records) -> None:
    # a journal the model took for a person; the researchers are their leader's
    text = (
        "Die Biologen um Rowan Kelly zeigten Spinnen Videos. "
        "Springspinnen seien also in der Lage, Artgenossen zu bewerten, "
        "schreiben die Forscher in Animal Letters."
    )
    rec = records(text, {"Rowan Kelly": PER, "Animal Letters": PER})
    assert said(rec, "who", "text") == {
        (
            "person/Rowan Kelly",
            "Springspinnen seien also in der Lage, Artgenossen zu bewerten",
        )
    }
