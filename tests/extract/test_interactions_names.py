"""Sources and targets of verbal interactions named with a hyphenated given name
or after a title governed by "von" (issue 17, GermEval development set,
``bench/quote_dev_ge.jsonl``). Invented sentences
(kg/extract/interaction_checks.py)."""

from __future__ import annotations

from tests.conftest import LOC, ORG, PER, acts


def test_a_hyphenated_given_name_is_the_source(records) -> None:
    text = (
        "Fraktionsvize Anna-Lena Berger forderte am Montag die Firma Nordwerk auf, "
        "ihre Zahlen offenzulegen."
    )
    rec = records(text, {"Anna-Lena Berger": PER, "Nordwerk": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Anna-Lena Berger", "org/Nordwerk")
    }


def test_a_hyphenated_given_name_after_a_party_title(records) -> None:
    text = "Am Dienstag warf SPD-Chef Hans-Peter Kogler der Firma Nordwerk Betrug vor."
    rec = records(text, {"SPD": ORG, "Hans-Peter Kogler": PER, "Nordwerk": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Hans-Peter Kogler", "org/Nordwerk")
    }


def test_a_passive_agent_after_a_title_with_its_body(records) -> None:
    text = (
        "Die Firma Nordwerk wurde vom EU-Kommissar Karl Brunner aufgefordert, "
        "die Preise zu senken."
    )
    rec = records(text, {"Nordwerk": ORG, "EU": ORG, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Karl Brunner", "org/Nordwerk")
    }


def test_two_subjects_with_an_apposition_between_them(records) -> None:
    text = (
        "Auch Karl Brunner, Präsident der Kammer Nordland, und Geschäftsführer "
        "Eva Huber lobten die neue Halle."
    )
    rec = records(text, {"Karl Brunner": PER, "Nordland": ORG, "Eva Huber": PER})
    assert acts(rec, "type", "source") == {
        ("PRAISE", "person/Karl Brunner"),
        ("PRAISE", "person/Eva Huber"),
    }


def test_one_subject_with_an_apposition_stays_one(records) -> None:
    text = (
        "Karl Brunner, Präsident der Kammer Nordland, forderte Eva Huber zum "
        "Rücktritt auf."
    )
    rec = records(text, {"Karl Brunner": PER, "Nordland": ORG, "Eva Huber": PER})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Karl Brunner", "person/Eva Huber")
    }


def test_a_dative_pronoun_before_a_noun_is_the_target(records) -> None:
    text = (
        "Die Ministerin Eva Huber traf den Bürgermeister Karl Brunner. Am Abend "
        "warf sie ihm Untätigkeit vor."
    )
    rec = records(text, {"Eva Huber": PER, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Eva Huber", "person/Karl Brunner")
    }


def test_a_pronoun_object_in_a_clause_ending_with_its_verb(records) -> None:
    text = (
        "Die Ministerin Eva Huber traf den Bürgermeister Karl Brunner. Der Streit "
        "eskalierte, als sie ihn zum Rücktritt aufforderte."
    )
    rec = records(text, {"Eva Huber": PER, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Eva Huber", "person/Karl Brunner")
    }


def test_a_possessive_ihr_is_no_target(records) -> None:
    text = (
        "Der Minister Karl Brunner traf die Bürgermeisterin Eva Huber. Der Abend "
        "verlief gut, weil er ihr Engagement lobte."
    )
    rec = records(text, {"Eva Huber": PER, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("PRAISE", "person/Karl Brunner", None)
    }


def test_a_kind_noun_after_the_verb_is_the_organisation_named_before(records) -> None:
    text = (
        "Das nordländische Wirtschaftsministerium prüft den Fall seit Wochen. Am "
        "Montag wies das Ministerium alle Vorwürfe zurück."
    )
    rec = records(text, {"Wirtschaftsministerium": ORG})
    assert acts(rec, "type", "source", "target_label") == {
        ("REJECT", "org/Wirtschaftsministerium", None)
    }


def test_a_kind_noun_as_label_is_the_compound_named_before(records) -> None:
    text = (
        "Die Zelte würden sicher verwahrt, betonte das Landwirtschaftsministerium "
        "am Montag. Gerüchte über eine Räumung dementierte das Ministerium."
    )
    rec = records(text, {})
    assert acts(rec, "type", "source_label") == {("DENY", "Landwirtschaftsministerium")}


def test_a_kind_noun_with_two_compounds_before_stays_the_noun(records) -> None:
    text = (
        "Das Landwirtschaftsministerium und das Sozialministerium stritten. "
        "Gerüchte über eine Räumung dementierte das Ministerium."
    )
    rec = records(text, {})
    assert acts(rec, "type", "source_label") == {("DENY", "Ministerium")}


def test_a_party_as_the_object_is_the_other_party_named_before(records) -> None:
    text = (
        "Die Nordpartei hat im Landtag einen Antrag eingebracht. Die Südpartei "
        "warf der Partei am Dienstag Populismus vor."
    )
    rec = records(text, {"Nordpartei": ORG, "Südpartei": ORG})
    assert ("ACCUSE", "org/Südpartei", "org/Nordpartei") in acts(
        rec, "type", "source", "target"
    )


def test_a_firm_as_the_object_in_the_middle_of_the_clause(records) -> None:
    text = (
        "Der Konzern Nordwerk baut Stellen ab. Die Gewerkschaft Metallbund hat dem "
        "Konzern am Montag vorgeworfen, sein Wort zu brechen."
    )
    rec = records(text, {"Nordwerk": ORG, "Metallbund": ORG})
    assert ("ACCUSE", "org/Metallbund", "org/Nordwerk") in acts(
        rec, "type", "source", "target"
    )


def test_a_kind_noun_subject_after_the_verb_is_no_object(records) -> None:
    text = (
        "Die Südpartei hat einen Antrag eingebracht. Die Nordpartei stimmte zu. "
        "Am Montag forderte die Partei eine Abstimmung."
    )
    rec = records(text, {"Nordpartei": ORG, "Südpartei": ORG})
    demands = {x for x in acts(rec, "type", "source", "target") if x[0] == "DEMAND"}
    assert all(target is None for _, _, target in demands)


def test_the_rejected_motion_of_the_party_named_before(records) -> None:
    text = (
        "Die Nordpartei hat einen Antrag eingebracht. Die Südpartei lehnte den "
        "Antrag der Partei ab."
    )
    rec = records(text, {"Nordpartei": ORG, "Südpartei": ORG})
    assert ("REJECT", "org/Südpartei", "org/Nordpartei") in acts(
        rec, "type", "source", "target"
    )


def test_an_object_name_before_a_pronoun_subject_is_no_source(records) -> None:
    text = "Brunner warf er vor, sich auf das Niveau eines Stammtischs herabzulassen."
    rec = records(text, {"Brunner": PER})
    assert acts(rec, "type", "source") == set()


def test_a_question_with_ob_is_no_act(records) -> None:
    text = "Offen ist noch, ob Nordwerk dem Plan der Regierung zustimmt."
    rec = records(text, {"Nordwerk": ORG})
    assert acts(rec, "type", "source") == set()


def test_the_subject_of_an_obligation_before_the_demand_is_its_target(records) -> None:
    text = "Nordwerk müsse die Preise sofort senken, forderte Karl Brunner am Montag."
    rec = records(text, {"Nordwerk": ORG, "Karl Brunner": PER})
    assert ("DEMAND", "person/Karl Brunner", "org/Nordwerk") in acts(
        rec, "type", "source", "target"
    )


def test_the_subject_of_a_dass_clause_after_the_demand_is_its_target(records) -> None:
    text = (
        "Die Gewerkschaft Metallbund fordert, dass der Konzern Nordwerk alle "
        "Stellen erhält."
    )
    rec = records(text, {"Metallbund": ORG, "Nordwerk": ORG})
    assert ("DEMAND", "org/Metallbund", "org/Nordwerk") in acts(
        rec, "type", "source", "target"
    )


def test_a_dass_clause_with_a_preposition_first_names_no_target(records) -> None:
    text = "Die Gewerkschaft Metallbund fordert, dass mit Nordwerk verhandelt wird."
    rec = records(text, {"Metallbund": ORG, "Nordwerk": ORG})
    assert ("DEMAND", "org/Metallbund", None) in acts(rec, "type", "source", "target")


_AUSTRIA = (
    "Wien – In Österreich wächst der Streit um das Budget. Österreich streitet. "
    "Die Opposition in Österreich ist laut. "
)


def test_the_government_as_an_accusative_object_is_the_country(records) -> None:
    text = _AUSTRIA + "Karl Brunner forderte die Regierung auf, endlich zu handeln."
    rec = records(text, {"Karl Brunner": PER, "Österreich": LOC, "Wien": LOC})
    assert ("DEMAND", "person/Karl Brunner", "place/Österreich") in acts(
        rec, "type", "source", "target"
    )


def test_the_government_in_the_middle_of_a_clause_is_the_country(records) -> None:
    text = _AUSTRIA + "Die Nordpartei hat die Regierung zum Rücktritt aufgefordert."
    rec = records(text, {"Nordpartei": ORG, "Österreich": LOC, "Wien": LOC})
    assert ("DEMAND", "org/Nordpartei", "place/Österreich") in acts(
        rec, "type", "source", "target"
    )


def test_the_government_after_the_verb_as_subject_is_the_country(records) -> None:
    text = _AUSTRIA + "Am Montag forderte die Regierung die Länder zum Sparen auf."
    rec = records(text, {"Österreich": LOC, "Wien": LOC})
    assert ("DEMAND", "place/Österreich", None) in acts(rec, "type", "source", "target")


def test_der_after_a_man_opens_a_relative_clause_he_is_the_subject_of(
    records,
) -> None:
    text = (
        "Scharfe Kritik übte Minister Karl Brunner, der Nordland vorwarf, die "
        "Grenzen zu schließen."
    )
    rec = records(text, {"Karl Brunner": PER, "Nordland": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Karl Brunner", "org/Nordland")
    }


def test_der_after_a_woman_is_a_dative(records) -> None:
    text = (
        "Scharfe Kritik traf Ministerin Eva Huber, der Nordland vorwarf, die "
        "Grenzen zu schließen."
    )
    rec = records(text, {"Eva Huber": PER, "Nordland": ORG})
    assert ("ACCUSE", "person/Eva Huber") not in acts(rec, "type", "source")
