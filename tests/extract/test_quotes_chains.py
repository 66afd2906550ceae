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


def test_the_person_in_an_infinitive_after_the_verb_is_what_was_said(
    records,
) -> None:
    # "stritt ab, Tom Berg … abgehalten zu haben": Berg is what was denied
    text = (
        "Karl Huber sprach von einem glücklichen Sieg. "
        "Der Trainer stritt auch ab, Tom Berg beim Jubel von einer Beichte "
        "abgehalten zu haben: Wir haben nur über Taktik gesprochen."
    )
    rec = records(text, {"Karl Huber": PER, "Tom Berg": PER})
    assert ("person/Karl Huber", "Wir haben nur über Taktik gesprochen") in said(
        rec, "who", "text"
    )


def test_a_report_inside_a_report_keeps_the_outer_speaker(records) -> None:
    # "man habe ihm gesagt, …": nested in Lea Stern's report, which goes on
    text = (
        "Ihr Mann habe Asyl bekommen, erzählt Lea Stern. "
        "Er wollte zurück, aber man habe ihm gesagt, er dürfe nicht ausreisen. "
        "Dann habe sie sich entschlossen, allein zu fahren."
    )
    rec = records(text, {"Lea Stern": PER})
    assert said(rec, "who", "text") == {
        ("person/Lea Stern", "Ihr Mann habe Asyl bekommen"),
        (None, "er dürfe nicht ausreisen"),
        ("person/Lea Stern", "Dann habe sie sich entschlossen, allein zu fahren"),
    }


def test_a_teaser_quote_said_again_later_is_that_speakers(records) -> None:
    # the words recur in a quote of Eva Lenz, and between two of Max Roth's
    text = (
        '"Im Herzen bin ich eine Politikerin". '
        "Die Schauspielerin Eva Lenz will Bürgermeisterin werden. "
        "Im Herzen bin ich eine Politikerin, sagte sie."
    )
    rec = records(text, {"Eva Lenz": PER})
    assert said(rec, "who", "text") == {
        ("person/Eva Lenz", "Im Herzen bin ich eine Politikerin")
    }
    text = (
        '"Sie haben die Krankheit der Hunde in Kauf genommen". '
        "Das Paar wurde verurteilt. "
        "Die Angeklagten hätten viel Erfahrung gehabt, so Richter Max Roth. "
        "Sie haben die Krankheit der Hunde in Kauf genommen. "
        "Im Zentrum sei der Gewinn gestanden."
    )
    rec = records(text, {"Max Roth": PER})
    assert (
        "person/Max Roth",
        "Sie haben die Krankheit der Hunde in Kauf genommen",
    ) in said(rec, "who", "text")


def test_the_word_a_person_was_introduced_with_is_that_person(records) -> None:
    # "der QBZ-Rat": the council member named so before, not the council
    text = (
        "Bankchef und QBZ-Rat Karl Weiss warnt vor Risiken. "
        "Das muss man konsequent durchziehen, sagte der QBZ-Rat in Alpbach."
    )
    rec = records(text, {"Karl Weiss": PER, "QBZ-Rat": ORG})
    assert said(rec, "who", "text") == {
        ("person/Karl Weiss", "Das muss man konsequent durchziehen")
    }


def test_a_word_two_persons_were_introduced_with_is_neither(records) -> None:
    # "Aktivist" introduced Max Roth before his name and Lena Graf after hers:
    # "der Aktivist" is not Max Roth for that word alone
    text = (
        "Das Urteil sei falsch, erklärte Aktivist Max Roth. "
        "Anwesend war auch Lena Graf, Aktivist der Gruppe Nord. "
        "Fast alle Passagiere seien entschädigt worden, berichtete der Aktivist."
    )
    rec = records(text, {"Max Roth": PER, "Lena Graf": PER})
    assert (
        "person/Max Roth",
        "Fast alle Passagiere seien entschädigt worden",
    ) not in said(rec, "who", "text")
