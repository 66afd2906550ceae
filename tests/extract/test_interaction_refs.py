"""Actors of verbal interactions named by reference, and "fordern" that names no
act (issue 17, second SmartData development set): a demand that claims lives,
people outside the organisation named after them, "er" after a quote, "seine
eigene Partei", "dem Minister" later in the text. Invented sentences
(kg/extract/interaction_refs.py)."""

from __future__ import annotations

from tests.conftest import ORG, PER, acts


def test_a_conflict_claiming_victims_demands_nothing(records) -> None:
    text = (
        "Liebe Leser,\nder Kampf mit dem europäischen Autohersteller Nordwerk um "
        "Marktanteile ist erbittert und fordert auch seine Opfer! Nun will "
        "Südwerk sparen."
    )
    rec = records(text, {"Nordwerk": ORG, "Südwerk": ORG})
    assert acts(rec, "type", "source") == set()


def test_a_disaster_claiming_lives_demands_nothing(records) -> None:
    text = "Der Sturm über der Küste von Talmark forderte mindestens zwölf Todesopfer."
    rec = records(text, {"Talmark": ORG})
    assert acts(rec, "type") == set()


def test_a_demand_for_the_victims_stays_a_demand(records) -> None:
    text = "Die Firma Nordwerk fordert eine Entschädigung für die Opfer."
    rec = records(text, {"Nordwerk": ORG})
    assert acts(rec, "type", "source") == {("DEMAND", "org/Nordwerk")}


def test_sacrifices_asked_of_someone_stay_a_demand(records) -> None:
    text = "Die Firma Nordwerk fordert Opfer von ihren Beschäftigten."
    rec = records(text, {"Nordwerk": ORG})
    assert acts(rec, "type", "source") == {("DEMAND", "org/Nordwerk")}


def test_shareholders_of_a_firm_are_not_the_firm(records) -> None:
    text = "Großaktionäre der Nordbank fordern eine höhere Dividende."
    rec = records(text, {"Nordbank": ORG})
    assert acts(rec, "type", "source") == set()


def test_customers_of_a_firm_are_not_the_firm(records) -> None:
    text = "Viele Kunden von Nordwerk verlangen ihr Geld zurück."
    rec = records(text, {"Nordwerk": ORG})
    assert acts(rec, "type", "source") == set()


def test_a_pronoun_after_a_quote_is_its_speaker(records) -> None:
    text = (
        "Karl Brunner sprach am Montag lange. „Wir sind bereit“, sagte der "
        "Vorsitzende. „Wir haben genug gewartet.“ Jeden Vorwurf wies er zurück."
    )
    rec = records(text, {"Karl Brunner": PER})
    assert ("REJECT", "person/Karl Brunner") in acts(rec, "type", "source")


def test_a_pronoun_after_a_reported_statement_is_its_speaker(records) -> None:
    text = (
        "Wir bleiben hart, sagte Eva Huber der Zeitung. Die Regeln gelten "
        "für alle, sagte die Ministerin. Die Kritik der Verbände wies sie zurück."
    )
    rec = records(text, {"Eva Huber": PER})
    assert ("REJECT", "person/Eva Huber") in acts(rec, "type", "source")


def test_own_party_is_the_party_of_the_source(records) -> None:
    text = "Karl Brunner (CSU) hat seine eigene Partei vor einem Rechtsruck gewarnt."
    rec = records(text, {"Karl Brunner": PER, "CSU": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("WARN", "person/Karl Brunner", "org/CSU")
    }


def test_the_own_party_in_a_headline(records) -> None:
    text = (
        "Brunner warnt eigene Partei vor Übermut\n"
        "Der Abgeordnete Karl Brunner (SPD) sprach am Montag in Kiel."
    )
    rec = records(text, {"Karl Brunner": PER, "Brunner": PER, "SPD": ORG})
    assert ("WARN", "org/SPD") in acts(rec, "type", "target")


def test_criticism_of_the_party_is_no_target(records) -> None:
    text = (
        "Karl Brunner (CSU) sprach in Passau. Kritik an seiner Partei wies "
        "Karl Brunner zurück."
    )
    rec = records(text, {"Karl Brunner": PER, "CSU": ORG})
    assert acts(rec, "type", "target") == {("REJECT", None)}


def test_the_minister_later_in_the_text_is_the_one_minister(records) -> None:
    text = (
        "Finanzminister Karl Brunner will das Arbeitslosengeld kürzen. "
        "Gewerkschafter Otto Lenz sagte, das sei falsch. Die Abgeordnete Anna "
        "Berg sprach von Zynismus. Ein Minister kenne die Zahlen. Arbeitslose "
        "seien keine Faulenzer. Lenz verlangte eine Entschuldigung. Auch Berg "
        "sieht das so. Gewerkschaftschef Jan Moser warf dem Minister vor, Armut "
        "zu fördern."
    )
    names = ("Karl Brunner", "Jan Moser", "Otto Lenz", "Anna Berg", "Lenz", "Berg")
    rec = records(text, dict.fromkeys(names, PER))
    assert ("ACCUSE", "person/Jan Moser", "person/Karl Brunner") in acts(
        rec, "type", "source", "target"
    )


def test_two_ministers_leave_the_minister_open(records) -> None:
    text = (
        "Finanzminister Karl Brunner und Sozialminister Eva Huber stritten. "
        "Gewerkschafter Otto Lenz sagte, das sei falsch. Die Abgeordnete Anna "
        "Berg sprach von Zynismus. Ein Minister kenne die Zahlen. Arbeitslose "
        "seien keine Faulenzer. Lenz verlangte eine Entschuldigung. Auch Berg "
        "sieht das so. Gewerkschaftschef Jan Moser warf dem Minister vor, Armut "
        "zu fördern."
    )
    names = ("Karl Brunner", "Eva Huber", "Jan Moser", "Otto Lenz", "Anna Berg")
    rec = records(text, dict.fromkeys(names, PER) | {"Lenz": PER, "Berg": PER})
    assert ("ACCUSE", "person/Jan Moser", None) in acts(rec, "type", "source", "target")


def test_a_firm_named_by_a_compound_of_its_kind(records) -> None:
    text = (
        "Die Gewerkschaft ruft die Mitarbeiter von Nordwerk zum Streik auf. "
        "Der Online-Riese lehnt Tarifverträge ab."
    )
    rec = records(text, {"Nordwerk": ORG})
    assert ("REJECT", "org/Nordwerk") in acts(rec, "type", "source")


def test_a_firm_named_as_the_carmaker(records) -> None:
    text = (
        "Nordwerk baut im Werk Talheim Stellen ab. Der Autokonzern wies die "
        "Kritik zurück."
    )
    rec = records(text, {"Nordwerk": ORG})
    assert acts(rec, "type", "source") == {("REJECT", "org/Nordwerk")}


def test_the_firm_in_the_genitive_of_the_object_is_the_target(records) -> None:
    text = (
        "Die Firma Nordwerk meldete einen Rekordumsatz. Analyst Karl Brunner "
        "lobte den neuen Rekord der Firma, die Zahlen seien stark."
    )
    rec = records(text, {"Nordwerk": ORG, "Karl Brunner": PER})
    assert ("PRAISE", "person/Karl Brunner", "org/Nordwerk") in acts(
        rec, "type", "source", "target"
    )


def test_the_firm_inside_a_prepositional_phrase_is_no_target(records) -> None:
    text = (
        "Die Firma Nordwerk will Stellen streichen. Eva Huber ruft zum "
        "Widerstand gegen die Pläne der Firma auf."
    )
    rec = records(text, {"Nordwerk": ORG, "Eva Huber": PER})
    assert acts(rec, "type", "source", "target") == {
        ("APPEAL", "person/Eva Huber", None)
    }


def test_a_pronoun_in_a_passive_is_the_addressee(records) -> None:
    text = (
        "„Ich habe sofort die Polizei gerufen“, sagte Karl Brunner. Darin "
        "wurde er zur Zahlung von 500 Euro aufgefordert."
    )
    rec = records(text, {"Karl Brunner": PER})
    assert acts(rec, "type", "source") == set()


def test_bezichtigen_accuses(records) -> None:
    text = "Die Partei Nord bezichtigte Eva Huber, die Wähler getäuscht zu haben."
    rec = records(text, {"Partei Nord": ORG, "Eva Huber": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Partei Nord", "person/Eva Huber")
    }


def test_einfordern_demands(records) -> None:
    text = "Eva Huber hat von der Firma Nordwerk mehr Einsatz eingefordert."
    rec = records(text, {"Nordwerk": ORG, "Eva Huber": PER})
    assert acts(rec, "type", "source", "target", "verb") == {
        ("DEMAND", "person/Eva Huber", "org/Nordwerk", "einfordern")
    }


def test_a_medium_opening_the_clause_is_the_source(records) -> None:
    text = "Die New York Times forderte Karl Brunner zum Rücktritt auf."
    rec = records(text, {"New York Times": ORG, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "org/New York Times", "person/Karl Brunner")
    }


def test_a_medium_through_its_editorial_is_the_source(records) -> None:
    text = (
        "Ein Leitartikel in der Washington Post forderte Karl Brunner zum "
        "Rücktritt auf."
    )
    rec = records(text, {"Washington Post": ORG, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "org/Washington Post", "person/Karl Brunner")
    }


def test_a_medium_governed_by_laut_is_no_source(records) -> None:
    text = "Laut New York Times lehnte Karl Brunner den Rücktritt ab."
    rec = records(text, {"New York Times": ORG, "Karl Brunner": PER})
    assert acts(rec, "type", "source") == {("REJECT", "person/Karl Brunner")}
