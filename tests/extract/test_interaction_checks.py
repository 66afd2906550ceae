"""Verbal interactions: what a corpus audit of unseen news found wrong
(``bench/interaction_audit.tsv``), each on invented sentences, no model
(kg/extract/interaction_checks.py)."""

from __future__ import annotations

from kg.extract.interaction_checks import group_compound
from tests.conftest import LOC, ORG, PER, acts


def test_a_denying_word_beside_not_denies_the_act(records) -> None:
    rec = records(
        "Die Partei Neue Mitte will dem Gesetz auf keinen Fall zustimmen. "
        "Die Bergrettung Nord warne keineswegs vor einer Wanderung.",
        {"Neue Mitte": ORG, "Bergrettung Nord": ORG},
    )
    assert acts(rec, "type") == set()


def test_nicht_nur_denies_nothing(records) -> None:
    rec = records(
        "Karl Brunner forderte nicht nur den Rücktritt von Minister Hans Moser, "
        "sondern auch Neuwahlen.",
        {"Karl Brunner": PER, "Hans Moser": PER},
    )
    assert acts(rec, "type", "source") == {("DEMAND", "person/Karl Brunner")}


def test_a_contest_one_bestreitet_is_no_denial(records) -> None:
    rec = records(
        "Stürmer Karl Brunner hat seit Oktober kein Spiel mehr bestritten. "
        "Die Läuferin Eva Huber bestreitet heuer noch vier Wettkämpfe.",
        {"Karl Brunner": PER, "Eva Huber": PER},
    )
    assert acts(rec, "type") == set()


def test_bestreiten_of_a_claim_stays_a_denial(records) -> None:
    rec = records("Karl Brunner bestreitet die Vorwürfe.", {"Karl Brunner": PER})
    assert acts(rec, "type", "source") == {("DENY", "person/Karl Brunner")}


def test_gelobt_without_an_auxiliary_is_a_vow(records) -> None:
    rec = records(
        "Bei der Angelobung gelobt Präsident Karl Brunner Treue zur Verfassung.",
        {"Karl Brunner": PER},
    )
    assert acts(rec, "type") == set()


def test_gelobt_with_an_auxiliary_is_praise(records) -> None:
    rec = records(
        "Karl Brunner hat Ministerin Eva Huber für ihre Arbeit gelobt.",
        {"Karl Brunner": PER, "Eva Huber": PER},
    )
    assert acts(rec, "type", "source", "target") == {
        ("PRAISE", "person/Karl Brunner", "person/Eva Huber")
    }


def test_a_title_before_the_auxiliary_is_the_subject(records) -> None:
    rec = records(
        "Gesundheitsministerin Eva Huber sprach am Montag in Graz. "
        "Die Ministerin hat Bundeskanzler Karl Brunner für seine Arbeit gelobt.",
        {"Eva Huber": PER, "Karl Brunner": PER},
    )
    assert acts(rec, "type", "source", "target") == {
        ("PRAISE", "person/Eva Huber", "person/Karl Brunner")
    }


def test_a_compound_of_people_is_not_the_firm_in_front(records) -> None:
    rec = records(
        "Die Meier-Kritiker fordern eine Entschädigung für die Anrainer.",
        {"Meier-Kritiker": ORG},
    )
    assert acts(rec, "type") == set()
    assert group_compound("Meier-Kritiker") and group_compound("ÖVP-Gegner")
    assert not group_compound("SPÖ-Abgeordnete") and not group_compound("Meier-Chef")


def test_unnamed_people_after_the_verb_are_its_subject(records) -> None:
    rec = records(
        "Und doch werfen einige Kommentatoren der Firma Meier Täuschung vor. "
        "Zugleich werfen einige Blogs der Firma Meier Scheinheiligkeit vor.",
        {"Meier": ORG},
    )
    assert ("ACCUSE", "org/Meier") not in acts(rec, "type", "source")


def test_a_dative_opening_the_clause_is_the_target(records) -> None:
    rec = records(
        "Der Gesundheitsministerin Eva Huber wirft Brunner Untätigkeit vor. "
        "Dem Minister Hans Moser wirft Brunner Säumigkeit vor.",
        {"Eva Huber": PER, "Hans Moser": PER, "Brunner": PER},
    )
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Brunner", "person/Eva Huber"),
        ("ACCUSE", "person/Brunner", "person/Hans Moser"),
    }


def test_a_masculine_title_after_the_verb_is_the_subject(records) -> None:
    rec = records(
        "Der Ministerin Eva Huber wirft der Abgeordnete Karl Brunner seit Wochen "
        "Untätigkeit vor.",
        {"Eva Huber": PER, "Karl Brunner": PER},
    )
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Karl Brunner", "person/Eva Huber")
    }


def test_a_newspaper_after_gegenueber_is_no_target(records) -> None:
    rec = records(
        "Karl Brunner hatte gegenüber der Grazer Morgenzeitung einen "
        "Aufnahmestopp gefordert.",
        {"Karl Brunner": PER, "Grazer Morgenzeitung": ORG},
    )
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Karl Brunner", None)
    }


def test_a_group_of_a_country_is_not_the_country(records) -> None:
    rec = records(
        "Nach der Nacht ruft Griechenlands geschlagene Linke zur Kundgebung auf. "
        "Griechenlands Regierung fordert einen Schuldenschnitt.",
        {"Griechenlands": LOC},
    )
    assert acts(rec, "type", "source") == {("DEMAND", "place/Griechenland")}


def test_an_actor_after_mit_in_a_quote_is_no_target(records) -> None:
    rec = records(
        "Das Angebot habe ich aus Solidarität mit der Neuen Mitte abgelehnt, "
        "sagte Karl Brunner.",
        {"Neuen Mitte": ORG, "Karl Brunner": PER},
    )
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "person/Karl Brunner", None)
    }


def test_a_thing_of_an_actor_is_no_target(records) -> None:
    rec = records(
        "Karl Brunner lehnt die Quoten ab und fordert einen Schutz der "
        "EU-Außengrenze. Eva Huber forderte die EU-Staaten zu Solidarität auf.",
        {
            "Karl Brunner": PER,
            "Eva Huber": PER,
            "EU-Außengrenze": ORG,
            "EU-Staaten": ORG,
        },
    )
    got = acts(rec, "type", "source", "target")
    assert ("DEMAND", "person/Karl Brunner", None) in got
    assert ("REJECT", "person/Karl Brunner", None) in got
    assert any(t == "DEMAND" and s == "person/Eva Huber" and x for t, s, x in got)


def test_places_listed_after_in_are_where_not_who(records) -> None:
    rec = records(
        "Menschen in Ungarn, Österreich oder Deutschland begrüßen die Ankommenden.",
        {"Ungarn": LOC, "Österreich": LOC, "Deutschland": LOC},
    )
    assert acts(rec, "type") == set()


def test_a_greeted_guest_is_no_praise(records) -> None:
    rec = records(
        "Kanzlerin Eva Huber begrüßte den Präsidenten Karl Brunner mit Ehren. "
        "Ministerin Ida Roth hat Hans Moser in Linz begrüßt.",
        {"Eva Huber": PER, "Karl Brunner": PER, "Ida Roth": PER, "Hans Moser": PER},
    )
    assert acts(rec, "type") == set()


def test_a_welcomed_thing_is_praise(records) -> None:
    rec = records(
        "Kanzlerin Eva Huber begrüßte die Entscheidung von Karl Brunner. "
        "Die Partei Neue Mitte begrüßte den Vorschlag.",
        {"Eva Huber": PER, "Karl Brunner": PER, "Neue Mitte": ORG},
    )
    assert acts(rec, "type", "source", "target") == {
        ("PRAISE", "person/Eva Huber", "person/Karl Brunner"),
        ("PRAISE", "org/Neue Mitte", None),
    }


def test_auf_den_plan_rufen_is_no_appeal(records) -> None:
    rec = records(
        "Der Preisrutsch ruft die Zentralbank Nord wohl bald auf den Plan.",
        {"Zentralbank Nord": ORG},
    )
    assert acts(rec, "type") == set()
