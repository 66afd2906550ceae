"""Quotations of domestic and economic news on hand-built Docs (no model): the
speaker patterns of ``bench/quote_dev_iw.jsonl`` (Inland, Wirtschaft), each test
with sentences of its own (kg/extract/quotes.py, kg/extract/speakers.py,
kg/extract/interactions.py, kg/extract/coref.py)."""

from __future__ import annotations

from kg.lang.de.speech import reporting_verb_readings, reporting_verbs
from tests.conftest import LOC, ORG, PER, acts, said


def test_so_x_without_a_verb_of_saying(records) -> None:
    text = (
        "Die Zählung war fehlerhaft, so der Wiener Klubchef Anton Berger. "
        "Die Reform komme zu spät, so der Experte."
    )
    rec = records(text, {"Anton Berger": PER})
    assert said(rec, "who", "text") == {
        ("person/Anton Berger", "Die Zählung war fehlerhaft"),
        ("person/Anton Berger", "Die Reform komme zu spät"),
    }


def test_so_der_vorwurf_der_institution(records) -> None:
    # the noun of saying is skipped, its genitive speaks; "der römischen …" is
    # an adjective phrase, not the pronoun "der"; the city's adjective names
    # the prosecution's town (kg/extract/quotes_bodies.py, 2026-12-07)
    rec = records(
        "Ein Kartell kaufte sich die Gunst der Beamten, so der Vorwurf der "
        "römischen Staatsanwaltschaft.",
        {},
    )
    assert said(rec, "who", "text") == {
        (
            "org/Staatsanwaltschaft (Rom)",
            "Ein Kartell kaufte sich die Gunst der Beamten",
        )
    }


def test_so_clause_inside_the_quote_and_so_as_adverb(records) -> None:
    text = (
        "Die Pensionen, so Eva Huber im Gespräch, müssten steigen. "
        "Das ging nicht, so schnell wie erhofft."
    )
    rec = records(text, {"Eva Huber": PER})
    assert said(rec, "who", "text") == {
        (
            "person/Eva Huber",
            "Die Pensionen, so Eva Huber im Gespräch, müssten steigen",
        )
    }


def test_a_sentence_naming_a_speaker_without_a_quote_sets_the_speaker(
    records,
) -> None:
    # "warnt vor Kürzungen" reports no clause; the Konjunktiv after it is hers,
    # not the last speaker's
    text = (
        "Das ist falsch, sagte Karl Gruber. "
        "Auch die Volkshilfe warnt in einer Aussendung vor Kürzungen. "
        "Diese würden die Armut vergrößern. "
        "Gewerkschaftschef Paul Lehner warf dem Minister Sozialabbau vor. "
        "Es sei längst belegt, dass die Kosten steigen."
    )
    rec = records(text, {"Karl Gruber": PER, "Paul Lehner": PER})
    assert ("Volkshilfe", "Diese würden die Armut vergrößern") in said(
        rec, "who", "text"
    )
    # a participle names nobody: the Konjunktiv after it is no quote of "Schulen"
    passive = (
        "Das ist falsch, sagte Karl Gruber. Am Ende sind die Schulen gefordert. "
        "Mehr Übung brauche es außerdem."
    )
    rec2 = records(passive, {"Karl Gruber": PER})
    assert all(q.speaker_label != "Schulen" for q in rec2.quotes)
    assert (
        "person/Paul Lehner",
        "Es sei längst belegt, dass die Kosten steigen",
    ) in said(rec, "who", "text")


def test_a_name_before_the_colon_speaks_after_it(records) -> None:
    text = (
        "Ähnlich sieht das der Geschäftsführer des Vereins, Otto Brandl: Die "
        "Zahlen dürfen den Blick nicht verstellen. "
        "Empört zeigten sich Sozialsprecherin Ida Wolf und Familiensprecherin "
        "Lena Ott: Das Arbeitslosengeld ist nicht zu hoch."
    )
    rec = records(text, {"Otto Brandl": PER, "Ida Wolf": PER, "Lena Ott": PER})
    assert said(rec, "who", "text") == {
        ("person/Otto Brandl", "Die Zahlen dürfen den Blick nicht verstellen"),
        ("person/Ida Wolf", "Das Arbeitslosengeld ist nicht zu hoch"),
    }


def test_a_title_before_the_colon_is_no_speaker(records) -> None:
    # "dem Bürgermeister" names the mayor by title only: the colon after it
    # opens no quote of his
    text = (
        "Bürgermeister Ugo Conti bleibt. Auch Premier Renzi hat dem "
        "Bürgermeister den Rücken gekehrt: Wenn er kann, soll er regieren."
    )
    ents = {"Ugo Conti": PER, "Renzi": PER, "Bürgermeister": PER}
    rec = records(text, ents)
    assert not any(q.speaker == "person/Bürgermeister" for q in rec.quotes)
    assert not any(q.text.startswith("Wenn er kann") for q in rec.quotes)


def test_the_genitive_of_a_surname_before_the_colon(records) -> None:
    text = (
        "Der Händler Ravi Kumar klagt. Der Vorwurf Kumars: Die Gesellschaft "
        "habe ihn ruinieren wollen."
    )
    rec = records(text, {"Ravi Kumar": PER})
    assert said(rec, "who", "text") == {
        ("person/Ravi Kumar", "Die Gesellschaft habe ihn ruinieren wollen")
    }


def test_the_subject_before_the_verb_not_an_adjective_after_it(records) -> None:
    text = (
        "Vorstandschef Tom Baker betonte im Gespräch mit der Zeitung die "
        "Bedeutung des deutschen Geschäfts: Die Bank ist eine Bank für Firmen."
    )
    rec = records(text, {"Tom Baker": PER, "deutschen": LOC})
    assert said(rec, "who", "text") == {
        ("person/Tom Baker", "Die Bank ist eine Bank für Firmen")
    }


def test_the_nearest_person_before_er_in_its_sentence(records) -> None:
    text = (
        "Neben Kritik von Hans Weiß kam Ablehnung von Rudolf Kern: Die Pläne "
        "sind überzogen, sagte er dazu."
    )
    rec = records(text, {"Hans Weiß": PER, "Rudolf Kern": PER})
    assert said(rec, "who", "text") == {
        ("person/Rudolf Kern", "Die Pläne sind überzogen")
    }


def test_der_experte_is_the_speaker_of_the_sentence_before(records) -> None:
    # the sentence before names two persons; its speaker is the expert
    text = (
        "Nein: Das muss man prüfen, erklärt der Jurist Max Bauer. "
        "Das sei kaum möglich, so der Experte."
    )
    rec = records(text, {"Nein": PER, "Max Bauer": PER})
    assert ("person/Max Bauer", "Das sei kaum möglich") in said(rec, "who", "text")


def test_das_ministerium_is_the_ministry_named_before(records) -> None:
    text = (
        "Die Produktion sank, teilte das deutsche Wirtschaftsministerium mit. "
        "Ökonomen hatten mehr erwartet. Im August gab es ein Minus. "
        "Das Quartal war schwach. "
        "Die Industrie spürt Gegenwind, erklärte das Ministerium."
    )
    ents = {"deutsche": LOC, "Wirtschaftsministerium": ORG}
    rec = records(text, ents)
    assert {t for _, t in said(rec, "who", "text")} == {
        "Die Produktion sank",
        "Die Industrie spürt Gegenwind",
    }
    assert all(
        (q.speaker or "").startswith("org/Wirtschaftsministerium") for q in rec.quotes
    )


def test_der_konzern_is_the_organisation_named_most(records) -> None:
    text = (
        "Die Alpina Versicherung verdiente weniger. Das Ergebnis (EGT) sank, "
        "die Alpina Versicherung kürzt. Die Dividende soll sinken, teilte der "
        "börsennotierte Konzern mit."
    )
    rec = records(text, {"Alpina Versicherung": ORG, "EGT": ORG})
    assert said(rec, "who", "text") == {
        ("org/Alpina Versicherung", "Die Dividende soll sinken")
    }


def test_hiess_es_and_a_passive_go_on_with_the_last_speaker(records) -> None:
    text = (
        "Der Gewinn sinkt, teilte die Alpina Versicherung mit. "
        "Für 2016 peilt sie mehr an, wie weiter erklärt wurde."
    )
    rec = records(text, {"Alpina Versicherung": ORG})
    assert ("org/Alpina Versicherung", "Für 2016 peilt sie mehr an") in said(
        rec, "who", "text"
    )


def test_aus_dem_ministerium_von_x_is_the_ministry(records) -> None:
    text = (
        "Aus dem Verkehrsministerium von Alois Brenner (SPÖ) hieß es nur: Man "
        "wolle niemanden verdächtigen."
    )
    ents = {"Verkehrsministerium": ORG, "Alois Brenner": PER, "SPÖ": ORG}
    rec = records(text, ents)
    assert said(rec, "who", "text") == {
        ("org/Verkehrsministerium", "Man wolle niemanden verdächtigen")
    }


def test_der_ministerpraesident_named_after_a_state_adjective(records) -> None:
    # the state in the phrase is no speaker when a person follows it
    text = (
        "Maria Kostas kam. Athen bleibt am Tisch, hieß es aus dem Büro des "
        "Ministerpräsidenten von Griechenland Nikos Andreou."
    )
    ents = {
        "Maria Kostas": PER,
        "Athen": LOC,
        "Griechenland": LOC,
        "Nikos Andreou": PER,
    }
    rec = records(text, ents)
    assert said(rec, "who", "text") == {
        ("person/Nikos Andreou", "Athen bleibt am Tisch")
    }


def test_laut_a_title_or_a_surname(records) -> None:
    text = (
        "Gewerkschaftschef Paul Lehner sprach in Linz. "
        "Das System garantiere laut Gewerkschaftschef außerdem Schutz. "
        "Eine Kampagne existierte laut Lehner wirklich."
    )
    rec = records(text, {"Paul Lehner": PER, "Linz": LOC})
    assert {s for s, _ in said(rec, "who", "text")} == {"person/Paul Lehner"}
    assert len(rec.quotes) == 2


def test_nach_ihren_worten_is_the_speaker_just_quoted(records) -> None:
    text = (
        "Es ist wichtig, sagte Eva Huber. "
        "Nach ihren Worten geht es um ein neues Programm."
    )
    rec = records(text, {"Eva Huber": PER})
    assert (
        "person/Eva Huber",
        "Nach ihren Worten geht es um ein neues Programm",
    ) in said(rec, "who", "text")


def test_a_quote_after_the_colon_of_a_reporting_clause(records) -> None:
    text = (
        "Man müsse maßvoll bleiben, verlangte Rudolf Kern: Es entspricht "
        "unserer Erfahrung, dass Urteile fallen. "
        "Den Wunsch des Ministers, mehr Daten zu sammeln, wies Kern zurück: Es "
        "gibt eine Gier nach Daten."
    )
    rec = records(text, {"Rudolf Kern": PER})
    assert said(rec, "who", "text") == {
        ("person/Rudolf Kern", "Man müsse maßvoll bleiben"),
        ("person/Rudolf Kern", "Es entspricht unserer Erfahrung, dass Urteile fallen"),
        ("person/Rudolf Kern", "Es gibt eine Gier nach Daten"),
    }


def test_more_verbs_of_saying(records) -> None:
    text = (
        "Eine Frist sei zu beachten, erläuterte Eva Huber. "
        "Das wäre ein Eingriff, pflichtete Max Bauer bei. "
        "Jemanden einzusperren ist überzogen, gab Max Bauer zu bedenken."
    )
    rec = records(text, {"Eva Huber": PER, "Max Bauer": PER})
    assert said(rec, "who", "text") == {
        ("person/Eva Huber", "Eine Frist sei zu beachten"),
        ("person/Max Bauer", "Das wäre ein Eingriff"),
        ("person/Max Bauer", "Jemanden einzusperren ist überzogen"),
    }
    readings = {v.infinitive for v in reporting_verb_readings()["gab"]}
    assert readings == {
        "angeben",
        "bekanntgeben",
        "zu bedenken geben",
        "zu Protokoll geben",
        "zugeben",
        "zu verstehen geben",
        "zuversichtlichgeben",
        "optimistischgeben",
        "überzeugtgeben",
    }
    assert reporting_verbs()["gab"].infinitive == "angeben"


def test_the_dass_clause_after_the_verb_not_the_frame_before(records) -> None:
    rec = records(
        "Was den Bezirk betrifft, betonte Eva Huber, dass man geprüft habe.",
        {"Eva Huber": PER},
    )
    assert said(rec, "who", "text") == {("person/Eva Huber", "dass man geprüft habe")}


def test_no_quote_after_a_negated_verb_or_from_the_subject(records) -> None:
    text = (
        "Eva Huber äußerte sich nicht dazu, ob die Geiseln leben. "
        "Der Händler am Flughafen, Ravi Kumar, hat die Gesellschaft auf "
        "Schadenersatz geklagt."
    )
    rec = records(text, {"Eva Huber": PER, "Ravi Kumar": PER})
    assert rec.quotes == ()


def test_one_stretch_and_short_terms_in_marks(records) -> None:
    text = (
        'Der Richter sieht den "kleinsten gemeinsamen Nenner". '
        "Die Bank ist eine Bank für Firmen, sagte Tom Baker. "
        "Der Kern ist unser Geschäft. Das bleibt so."
    )
    rec = records(text, {"Tom Baker": PER})
    assert said(rec, "who", "text") == {
        ("person/Tom Baker", "Die Bank ist eine Bank für Firmen"),
        ("person/Tom Baker", "Der Kern ist unser Geschäft"),
    }
    joined = "Die Bank ist gut, meinte Tom Baker: Das ist unser Kern. Wir bleiben."
    rec = records(joined, {"Tom Baker": PER})
    assert ("person/Tom Baker", "Das ist unser Kern. Wir bleiben") in said(
        rec, "who", "text"
    )


def test_a_pronoun_is_no_label(records) -> None:
    text = (
        "Das geht, meinte Max Bauer. "
        "Man könne ihn anzeigen, aber: Ich glaube nicht, dass es hilft."
    )
    rec = records(text, {"Max Bauer": PER})
    assert all(q.speaker_label != "Ich" for q in rec.quotes)


def test_interactions_in_the_first_person_and_negated(records) -> None:
    text = (
        "Man weise alle von Herrn Kumar erhobenen Forderungen zurück, teilte "
        "die Alpina Versicherung mit. "
        "Eva Huber lehnt die Pläne von Innenminister Otto Brandl ab. "
        "Eva Huber lehnt den Antrag zwar nicht ab."
    )
    ents = {
        "Ravi Kumar": PER,
        "Kumar": PER,
        "Alpina Versicherung": ORG,
        "Otto Brandl": PER,
        "Eva Huber": PER,
    }
    rec = records("Ravi Kumar klagt. " + text, ents)
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "org/Alpina Versicherung", "person/Ravi Kumar"),
        ("REJECT", "person/Eva Huber", "person/Otto Brandl"),
    }


def test_an_office_speaks_for_its_holder(records) -> None:
    text = (
        "Premier Dan Levi rief an. Levis Büro teilte mit, der Premier habe gratuliert."
    )
    rec = records(text, {"Dan Levi": PER})
    assert said(rec, "who", "text") == {
        ("person/Dan Levi", "der Premier habe gratuliert")
    }


def test_more_konjunktiv_i_forms_continue_a_report(records) -> None:
    text = (
        "Das ist ein Angriff, sagte Karl Gruber. "
        "Das berge ein Risiko. Es bestehe kein Grund zur Eile."
    )
    rec = records(text, {"Karl Gruber": PER})
    assert said(rec, "who", "text") == {
        ("person/Karl Gruber", "Das ist ein Angriff"),
        ("person/Karl Gruber", "Das berge ein Risiko"),
        ("person/Karl Gruber", "Es bestehe kein Grund zur Eile"),
    }
