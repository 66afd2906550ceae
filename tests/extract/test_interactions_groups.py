"""Verbal interactions of several actors at once and of nouns that refer back
(issue 17, SmartData development set): the subjects listed after the finite
verb, the agents of a passive, "die Gewerkschaft" for the union named before,
a body in the middle of a verb-final clause. Invented sentences, no model
(kg/extract/interaction_groups.py, kg/extract/kind_anaphors.py,
kg/extract/bodies.py)."""

from __future__ import annotations

from tests.conftest import LOC, ORG, PER, acts


def test_subjects_after_an_auxiliary_each_act(records) -> None:
    text = "Davor haben die Politiker Eva Huber, Karl Brunner und Jan Moser gewarnt."
    rec = records(text, {"Eva Huber": PER, "Karl Brunner": PER, "Jan Moser": PER})
    assert acts(rec, "type", "source", "target") == {
        ("WARN", "person/Eva Huber", None),
        ("WARN", "person/Karl Brunner", None),
        ("WARN", "person/Jan Moser", None),
    }


def test_subjects_after_the_finite_verb_each_act(records) -> None:
    text = "Zuvor forderten Frankreich und Italien eine Waffenruhe."
    rec = records(text, {"Frankreich": LOC, "Italien": LOC})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "place/Frankreich", None),
        ("DEMAND", "place/Italien", None),
    }


def test_a_list_after_the_verb_past_its_clause(records) -> None:
    text = "Am Montag warnten Eva Huber, Karl Brunner sowie Jan Moser vor Streiks."
    rec = records(text, {"Eva Huber": PER, "Karl Brunner": PER, "Jan Moser": PER})
    assert acts(rec, "type", "source") == {
        ("WARN", "person/Eva Huber"),
        ("WARN", "person/Karl Brunner"),
        ("WARN", "person/Jan Moser"),
    }


def test_a_subject_before_the_verb_keeps_the_list_as_targets(records) -> None:
    text = "Zuvor hatte Eva Huber Frankreich und Italien gelobt."
    rec = records(text, {"Eva Huber": PER, "Frankreich": LOC, "Italien": LOC})
    assert {s for _, s in acts(rec, "type", "source")} == {"person/Eva Huber"}


def test_a_noun_before_the_verb_is_the_subject_not_the_list(records) -> None:
    text = (
        "Kritiker werfen Karl Brunner und der Partei Nord immer wieder vor, "
        "die Presse zu gängeln."
    )
    rec = records(text, {"Karl Brunner": PER, "Partei Nord": ORG})
    assert {s for _, s in acts(rec, "type", "source")} == set()


def test_the_agents_of_a_passive_each_act(records) -> None:
    text = (
        "Die Reform wurde von den Abgeordneten der Partei Nord und von der "
        "Partei Süd abgelehnt."
    )
    rec = records(text, {"Partei Nord": ORG, "Partei Süd": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "org/Partei Nord", None),
        ("REJECT", "org/Partei Süd", None),
    }


def test_the_union_is_the_one_named_before(records) -> None:
    text = (
        "Die Bahn erhöht die Preise. Die IG Metall hält das für falsch. "
        "Die Gewerkschaft fordert eine Rücknahme der Erhöhung."
    )
    rec = records(text, {"IG Metall": ORG})
    assert acts(rec, "type", "source", "source_label") == {
        ("DEMAND", "org/IG Metall", None)
    }


def test_the_union_noun_needs_a_union_named_before(records) -> None:
    text = (
        "Die Firma Nord erhöht die Preise. "
        "Die Gewerkschaft fordert eine Rücknahme der Erhöhung."
    )
    rec = records(text, {"Firma Nord": ORG})
    assert acts(rec, "type", "source", "source_label") == {
        ("DEMAND", None, "Gewerkschaft")
    }


def test_a_body_in_the_middle_of_a_verb_final_clause_is_the_target(records) -> None:
    text = "Die Partei Nord hat der Opposition Blockade vorgeworfen."
    rec = records(text, {"Partei Nord": ORG})
    assert acts(rec, "type", "source", "target_label") == {
        ("ACCUSE", "org/Partei Nord", "Opposition")
    }


def test_a_body_after_a_preposition_is_no_target(records) -> None:
    text = "Die Partei Nord hat mit der Opposition eine Reform gefordert."
    rec = records(text, {"Partei Nord": ORG})
    assert acts(rec, "type", "source", "target_label") == {
        ("DEMAND", "org/Partei Nord", None)
    }


def test_the_government_before_a_final_verb_is_the_country(records) -> None:
    text = (
        "Wien – In Österreich streiten die Parteien. Die Partei Nord hat der "
        "Regierung Untätigkeit vorgeworfen."
    )
    rec = records(text, {"Wien": LOC, "Partei Nord": ORG, "Österreich": LOC})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Partei Nord", "place/Österreich")
    }


def test_a_fronted_participle_is_the_verb(records) -> None:
    text = "Abgelehnt wurde der Plan von der Partei Nord und von der Partei Süd."
    rec = records(text, {"Partei Nord": ORG, "Partei Süd": ORG})
    assert acts(rec, "type", "source") == {
        ("REJECT", "org/Partei Nord"),
        ("REJECT", "org/Partei Süd"),
    }


def test_a_capitalised_noun_of_the_verb_is_no_act(records) -> None:
    text = "Warnen allein hilft nicht, sagte Eva Huber."
    assert acts(records(text, {"Eva Huber": PER}), "type") == set()


def test_und_and_a_verb_share_the_subject_of_the_first_clause(records) -> None:
    text = (
        "Die Partei Nord vertrat den Standpunkt, dass es sich um einen Fehler "
        "handelte, und forderte deshalb eine Korrektur."
    )
    rec = records(text, {"Partei Nord": ORG})
    assert acts(rec, "type", "source") == {("DEMAND", "org/Partei Nord")}


def test_und_with_a_subject_of_its_own_shares_none(records) -> None:
    text = (
        "Die Partei Nord verlor die Wahl deutlich, und die Arbeitgeber "
        "forderten eine Schlichtung."
    )
    rec = records(text, {"Partei Nord": ORG})
    assert ("DEMAND", "org/Partei Nord") not in acts(rec, "type", "source")


def test_an_act_reported_on_a_source_in_its_clause_counts(records) -> None:
    text = "Laut der Zeitung Nord hat Eva Huber der Partei Süd mit einer Klage gedroht."
    rec = records(text, {"Zeitung Nord": ORG, "Eva Huber": PER, "Partei Süd": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("THREATEN", "person/Eva Huber", "org/Partei Süd")
    }


def test_an_act_inside_what_a_speaker_said_is_none(records) -> None:
    text = "Es sei klar, dass die Partei Süd eine Garantie verlange, sagte Eva Huber."
    rec = records(text, {"Eva Huber": PER, "Partei Süd": ORG})
    assert acts(rec, "type", "source") == set()


def test_ihn_after_the_verb_is_the_other_person_named_before(records) -> None:
    text = "Eva Huber sprach mit Karl Brunner. Sie rief ihn zur Mäßigung auf."
    rec = records(text, {"Eva Huber": PER, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("APPEAL", "person/Eva Huber", "person/Karl Brunner")
    }


def test_ihn_of_two_men_named_before_is_nobody(records) -> None:
    text = "Eva Huber traf Karl Brunner und Jan Moser. Sie rief ihn zur Mäßigung auf."
    rec = records(text, {"Eva Huber": PER, "Karl Brunner": PER, "Jan Moser": PER})
    assert {t for _, t in acts(rec, "type", "target")} == {None}


def test_the_author_of_claims_aus_a_state_is_the_target(records) -> None:
    text = "Die Partei Nord wies die Vorwürfe aus Italien zurück."
    rec = records(text, {"Partei Nord": ORG, "Italien": LOC})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "org/Partei Nord", "place/Italien")
    }


def test_aus_after_no_claim_names_no_target(records) -> None:
    text = "Die Partei Nord lehnte den Abzug der Truppen aus Italien ab."
    rec = records(text, {"Partei Nord": ORG, "Italien": LOC})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "org/Partei Nord", None)
    }


def test_a_bare_title_of_a_headline_is_the_person_named_after(records) -> None:
    text = (
        "Kanzler warnt vor Alleingängen.\n"
        "Bundeskanzler Karl Brunner sprach am Montag in Graz."
    )
    rec = records(text, {"Karl Brunner": PER, "Graz": LOC})
    assert acts(rec, "type", "source") == {("WARN", "person/Karl Brunner")}


def test_a_bare_plural_noun_is_nobody(records) -> None:
    text = "Experten warnen vor Alleingängen. Ökonom Karl Brunner sieht Risiken."
    rec = records(text, {"Karl Brunner": PER})
    assert acts(rec, "type", "source") == set()


def test_a_party_by_its_members_in_the_plural_is_the_party() -> None:
    # the model tags the party inside the compound; a hand-built Doc cannot
    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    texts = [
        "Die SPD-Abgeordneten lehnten den Antrag ab.",
        "Mehrere CDU-Politiker forderten den Rücktritt.",
    ]
    got = set()
    for doc in pipe(load_nlp(), texts):
        got |= acts(
            doc_to_records(doc, article_id="t", content_hash="h"), "type", "source"
        )
    assert got == {("REJECT", "org/SPD"), ("DEMAND", "org/CDU")}


def test_a_member_by_title_is_the_person(records) -> None:
    text = "Der SPD-Abgeordnete Karl Brunner lehnte den Antrag ab."
    rec = records(text, {"SPD": ORG, "Karl Brunner": PER})
    assert acts(rec, "type", "source") == {("REJECT", "person/Karl Brunner")}


def test_an_organisation_with_its_party_in_front_is_the_actor() -> None:
    # the model names the organisation "Bauernbund" in "ÖVP-Bauernbund"; a
    # compound ending in the actor's name is the actor, not a thing of it
    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    doc = next(
        iter(pipe(load_nlp(), ["Der ÖVP-Bauernbund forderte höhere Förderungen."]))
    )
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    assert acts(rec, "type", "source") == {("DEMAND", "org/Bauernbund")}
