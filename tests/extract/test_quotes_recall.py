"""Statements kg missed on the natural distribution of the news (issue 17, the
recall audit ``bench/quote_recall_audit.tsv``), on hand-built Docs with sentences
of their own: verbs of saying the lexicon lacked, a participle of saying opening
its sentence, and "Und:" going on with the quote before it."""

from __future__ import annotations

from kg.lang.de.speech import reporting_verb_readings
from tests.conftest import ORG, PER, said


def test_more_verbs_of_saying_in_the_lexicon() -> None:
    readings = reporting_verb_readings()
    # "ließ … verlauten", "ließ … wissen"
    assert {v.infinitive for v in readings["ließ"]} == {
        "verlautenlassen",
        "wissenlassen",
    }
    assert "hervorheben" in {v.infinitive for v in readings["hervorgehoben"]}
    # "verweist darauf, dass …", not "verweist auf das Lohnniveau: …"
    assert {v.particle for v in readings["verweist"]} == {"darauf"}


def test_liess_verlauten(records) -> None:
    rec = records(
        "Die Bürgermeisterin Anna Gruber lobte das neue Bad. Wir sind sehr stolz "
        "darauf, ließ Gruber am Montag verlauten.",
        {"Anna Gruber": PER},
    )
    assert said(rec, "who", "text") == {
        ("person/Anna Gruber", "Wir sind sehr stolz darauf")
    }


def test_liess_without_verlauten_is_no_saying(records) -> None:
    rec = records(
        "Die Bürgermeisterin Anna Gruber ließ das Bad schließen, weil es zu "
        "teuer geworden war.",
        {"Anna Gruber": PER},
    )
    assert said(rec, "who", "text") == set()


def test_verweist_darauf(records) -> None:
    rec = records(
        "Der Verband Pharmig verweist darauf, dass die Preise hierzulande niedriger "
        "sind.",
        {"Pharmig": ORG},
    )
    assert said(rec, "who", "text") == {
        ("org/Pharmig", "dass die Preise hierzulande niedriger sind"),
    }


def test_participle_of_saying_opening_the_sentence(records) -> None:
    rec = records(
        "Der Landesrat Peter Moser zog Bilanz. Hervorgehoben hat er dabei, dass die "
        "Zusammenarbeit gut funktioniere. Betont hat Moser, dass die Kosten "
        "sänken.",
        {"Peter Moser": PER},
    )
    assert said(rec, "who", "text") == {
        ("person/Peter Moser", "dass die Zusammenarbeit gut funktioniere"),
        ("person/Peter Moser", "dass die Kosten sänken"),
    }


def test_und_colon_goes_on_with_the_quote_before(records) -> None:
    rec = records(
        "Der Verleger Karl Huber kritisierte das Urteil. Das Urteil sei falsch, so "
        "Huber. Und: Die Zeitungen müssen auch künftig frei bleiben.",
        {"Karl Huber": PER},
    )
    assert said(rec, "who", "text") == {
        ("person/Karl Huber", "Das Urteil sei falsch"),
        ("person/Karl Huber", "Die Zeitungen müssen auch künftig frei bleiben"),
    }


def test_und_colon_without_a_quote_before_is_none(records) -> None:
    rec = records(
        "Das Museum öffnet im Mai. Und: Der Eintritt bleibt für Kinder frei.",
        {},
    )
    assert said(rec, "who", "text") == set()
