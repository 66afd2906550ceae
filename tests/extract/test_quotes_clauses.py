"""Reported clauses: the boundary and cue rules written against
``bench/quote_dev_pan.jsonl``, each on invented sentences, no model
(kg/extract/quotes_reported.py, kg/extract/quotes_continued.py,
kg/extract/speakers.py)."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, extract, said


def who(rec) -> set[tuple[str | None, str]]:
    return said(rec, "who", "text")


def test_an_earlier_verb_of_saying_with_its_own_reporting_clause(records) -> None:
    text = (
        "Wir müssen darüber eine Debatte führen, sagt Eva Huber und meint damit "
        "nicht den Weltfrieden."
    )
    rec = records(text, {"Eva Huber": PER})
    assert who(rec) == {("person/Eva Huber", "Wir müssen darüber eine Debatte führen")}


def test_the_question_answered_is_no_quote(records) -> None:
    text = (
        "Auf die Frage, ob die Familie noch Vermögen habe, erwiderte Karl Brunner "
        "lediglich, es handle sich um eine private Angelegenheit."
    )
    rec = records(text, {"Karl Brunner": PER})
    assert who(rec) == {
        ("person/Karl Brunner", "es handle sich um eine private Angelegenheit")
    }


def test_the_quote_starts_after_an_open_bracket_and_not_at_a_short_colon(
    records,
) -> None:
    text = (
        "Er holte die Akten spät ab (Für einen Auswärtigen dauert das eben, "
        "erklärte Karl Brunner in einer Beschwerde). "
        "Was sie mit dem Land machen, hat einen Namen: Erpressung, sagte er."
    )
    rec = records(text, {"Karl Brunner": PER})
    assert who(rec) == {
        ("person/Karl Brunner", "Für einen Auswärtigen dauert das eben"),
        (
            "person/Karl Brunner",
            "Was sie mit dem Land machen, hat einen Namen: Erpressung",
        ),
    }


def test_a_brackets_abbreviation_inside_the_quote_is_no_start(records) -> None:
    text = "Die Miliz (YPG) sei eine Gefahr, sagte Karl Brunner."
    rec = records(text, {"Karl Brunner": PER})
    assert who(rec) == {("person/Karl Brunner", "Die Miliz (YPG) sei eine Gefahr")}


def test_a_direct_quote_after_the_colon_of_a_demand(records) -> None:
    text = (
        "Eva Huber forderte die Regierung auf, die Standards zu beachten: Die "
        "Regierung muss ihr Haus in Ordnung bringen."
    )
    rec = records(text, {"Eva Huber": PER})
    assert who(rec) == {
        ("person/Eva Huber", "Die Regierung muss ihr Haus in Ordnung bringen")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Die Gesellschaft hat keine Lizenz mehr, heißen wird sie Portfolio AG.",
        "Es geht um Möwen, genauer gesagt: um die gemeine Silbermöwe am Strand.",
        "Slowenien hat angekündigt, sofort beginnen zu wollen: mit 40 bis 50 im Monat.",
    ],
)
def test_no_quote_without_a_verb_of_saying(records, text) -> None:
    assert records(text, {}).quotes == ()


def test_unnamed_sources_after_laut_and_dem_vernehmen_nach(records) -> None:
    text = (
        "Die Banken erwägen laut einem Medienbericht einen Zugriff auf Erspartes. "
        "Es gab Diskussionen mit der Aufsicht, dem Vernehmen nach ist man einer "
        "Lösung nahe."
    )
    rec = records(text, {})
    assert who(rec) == {
        (
            None,
            "Die Banken erwägen laut einem Medienbericht einen Zugriff auf Erspartes",
        ),
        (None, "dem Vernehmen nach ist man einer Lösung nahe"),
    }


@pytest.mark.parametrize(
    "verb",
    ["gab er bekannt", "führte er aus", "pochte er darauf", "bedauerte er"],
)
def test_more_verbs_of_saying(records, verb) -> None:
    text = f"Karl Brunner kam. Die Lage sei ernst, {verb}."
    rec = records(text, {"Karl Brunner": PER})
    assert who(rec) == {("person/Karl Brunner", "Die Lage sei ernst")}


def test_fortfahren_introduces_the_next_quote(records) -> None:
    text = (
        "Ich verstehe das nicht, fährt Eva Huber fort: Es ist unmoralisch, solche "
        "Botschaften zu verbreiten."
    )
    rec = records(text, {"Eva Huber": PER})
    assert ("person/Eva Huber", "Ich verstehe das nicht") in who(rec)


def test_a_regret_names_the_speaker_of_the_konjunktiv_after_it(records) -> None:
    text = (
        "Karl Brunner sprach am Montag. "
        "Landeshauptfrau Eva Huber bedauerte in einer Aussendung den Schaden. "
        "Das Vertrauen sei erschüttert worden."
    )
    rec = records(text, {"Karl Brunner": PER, "Eva Huber": PER})
    assert who(rec) == {("person/Eva Huber", "Das Vertrauen sei erschüttert worden")}


def test_a_verb_without_its_particle_names_no_new_speaker(records) -> None:
    # "führte … zurück" is no "führte … aus": the report of Huber goes on
    text = (
        "Die Kampagne sei lang gewesen, sagte Eva Huber. "
        "Der Kaufmann führte die Pleite auf die Kampagne zurück. "
        "Die habe schon 2011 begonnen."
    )
    rec = records(text, {"Eva Huber": PER})
    assert ("person/Eva Huber", "Die habe schon 2011 begonnen") in who(rec)


def test_laege_goes_on_with_the_report(records) -> None:
    text = (
        "Das sei unmöglich, sagte Karl Brunner. "
        "Das Zentrum läge mitten im Ort, neben der Schule."
    )
    rec = records(text, {"Karl Brunner": PER})
    assert (
        "person/Karl Brunner",
        "Das Zentrum läge mitten im Ort, neben der Schule",
    ) in (who(rec))


def test_dazu_der_titel_colon(records) -> None:
    text = (
        "Heute ist Vytenis Andriukaitis EU-Kommissar für Gesundheit. "
        "Dazu der Kommissar: Das Risiko ist äußerst gering."
    )
    rec = records(text, {"Vytenis Andriukaitis": PER})
    assert ("person/Vytenis Andriukaitis", "Das Risiko ist äußerst gering") in who(rec)


def test_a_continuation_starts_after_the_narrators_dash(records) -> None:
    text = (
        "Ein Abkommen sei möglich, sagte Karl Brunner. "
        "Welche Bereiche das betreffen könnte, ließ er offen – es dürfe keine "
        "Probleme geben."
    )
    rec = records(text, {"Karl Brunner": PER})
    assert ("person/Karl Brunner", "es dürfe keine Probleme geben") in who(rec)


def test_the_person_opening_the_sentence_speaks_after_the_colon(records) -> None:
    text = (
        "Auch Thomas Berger, Geschäftsführer der Firma, spricht Klartext: Hier "
        "wurden über Jahre illegale Handlungen gesetzt. "
        "Thomas Berger zählt am Montag im Detail auf: Sicherheit, Migration und "
        "Handel."
    )
    rec = records(text, {"Thomas Berger": PER})
    assert who(rec) == {
        ("person/Thomas Berger", "Hier wurden über Jahre illegale Handlungen gesetzt")
    }


def test_a_konjunktiv_after_dass_or_weil_reports_the_subject(records) -> None:
    text = (
        "Finanzminister Hans Moser (ÖVP) zeigte sich zuversichtlich, dass es zu "
        "einer Lösung kommen könne. "
        "Die Kommission reichte Klage ein, weil Deutschland gegen Vorgaben verstoße. "
        "Die Kommission reichte Klage ein, weil Deutschland gegen Vorgaben verstößt."
    )
    rec = records(text, {"Hans Moser": PER, "ÖVP": ORG, "Kommission": ORG})
    assert who(rec) == {
        ("person/Hans Moser", "dass es zu einer Lösung kommen könne"),
        ("org/Kommission", "weil Deutschland gegen Vorgaben verstoße"),
    }


def test_the_interviewers_turn_reports_nothing(records) -> None:
    text = (
        "Im Interview spricht Rafael Berg über die Polizei. "
        "STANDARD: Einem Polizisten zufolge waren zu wenige Beamte im Einsatz. "
        "Die Gewerkschaft sagt, das sei nicht vorhersehbar gewesen. Wer hat recht? "
        "Berg: Meines Wissens war das ein Oberkommissar, der das nicht beurteilen "
        "kann. "
        "STANDARD: Was folgt daraus? "
        "Berg: Wir brauchen mehr Personal auf der Straße."
    )
    rec = records(text, {"Rafael Berg": PER})
    assert {(q.speaker, q.text[:20]) for q in rec.quotes} == {
        ("person/Rafael Berg", "Meines Wissens war d"),
        ("person/Rafael Berg", "Wir brauchen mehr Pe"),
    }


def test_a_report_told_by_the_next_sentence_starts_after_the_dateline(
    blank_nlp,
) -> None:
    rec = extract(
        blank_nlp,
        "Wien – Der Verein hat sich von seinem Trainer getrennt. Das gab "
        "Geschäftsführer Karl Berger am Montag bekannt.",
        {"Wien": "LOC", "Karl Berger": "PER"},
    )
    assert said(rec, "speaker", "text") == {
        ("person/Karl Berger", "Der Verein hat sich von seinem Trainer getrennt")
    }


def test_a_police_spokesperson_is_the_one_police_body_named_by_a_compound(
    blank_nlp,
) -> None:
    rec = extract(
        blank_nlp,
        "Laut Landespolizeidirektion Oberösterreich wird ein Gutachter geholt. Die "
        "Ursache sei noch unklar, sagte ein Polizeisprecher.",
        {"Landespolizeidirektion Oberösterreich": ORG},
    )
    assert (
        "org/Landespolizeidirektion Oberösterreich",
        "Die Ursache sei noch unklar",
    ) in (said(rec, "speaker", "text"))
