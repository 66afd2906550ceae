"""Verbal interactions: the rules written against ``bench/quote_dev_pan.jsonl``,
each on invented sentences, no model (kg/extract/interactions.py)."""

from __future__ import annotations

from tests.conftest import LOC, ORG, PER, acts


def test_the_pronoun_after_the_verb_is_the_subject(records) -> None:
    text = (
        "Der Minister Karl Brunner gab ein Interview. "
        "Meier warf er vor, die Reform zu verschleppen."
    )
    rec = records(text, {"Karl Brunner": PER, "Meier": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Karl Brunner", "person/Meier")
    }


def test_sie_with_a_plural_verb_is_no_person(records) -> None:
    text = (
        "Die Ministerin Eva Huber sprach vor Aktivisten. "
        "Auch sie forderten die Öffnung der Grenze."
    )
    assert acts(records(text, {"Eva Huber": PER}), "type", "source") == set()


def test_sie_with_a_singular_auxiliary_is_the_person(records) -> None:
    text = (
        "Eva Huber sagte vor Gericht aus. "
        "In ihrer Aussage hatte sie bestritten, eingeweiht gewesen zu sein."
    )
    assert acts(records(text, {"Eva Huber": PER}), "type", "source") == {
        ("DENY", "person/Eva Huber")
    }


def test_a_party_in_brackets_is_no_actor(records) -> None:
    text = "Daher begrüßt Erich Moser den Vorschlag von Kanzler Werner Faymann (SPÖ)."
    rec = records(text, {"Erich Moser": PER, "Werner Faymann": PER, "SPÖ": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("PRAISE", "person/Erich Moser", "person/Werner Faymann")
    }


def test_das_land_is_the_state_named_before(records) -> None:
    text = (
        "In Panama wurden Briefkastenfirmen entdeckt. "
        "Danach hat die OECD dem Land schwere Versäumnisse vorgeworfen."
    )
    rec = records(text, {"Panama": LOC, "OECD": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/OECD", "place/Panama")
    }


def test_a_name_in_apposition_before_the_verb_is_the_source(records) -> None:
    text = (
        "Der Vizechef der Fraktion, Jan Moser, forderte in der Zeitung mehr "
        "Personal für die Polizei."
    )
    rec = records(text, {"Jan Moser": PER})
    assert acts(rec, "type", "source") == {("DEMAND", "person/Jan Moser")}


def test_a_surname_opening_the_sentence_before_the_verb(records) -> None:
    text = "Johann Berger kam am Montag. Berger verlangt eine Volksbefragung."
    assert acts(records(text, {"Johann Berger": PER}), "type", "source") == {
        ("DEMAND", "person/Johann Berger")
    }


def test_we_after_the_verb_inside_a_quote_is_its_speaker(records) -> None:
    text = (
        "Um die Lage zu klären, fordern wir Deutschland auf, zu handeln, sagte "
        "der Minister Karl Brunner."
    )
    rec = records(text, {"Deutschland": LOC, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Karl Brunner", "place/Deutschland")
    }


def test_a_title_in_the_headline_is_the_person_the_text_names(records) -> None:
    text = (
        "Die SPÖ wirft dem Finanzminister Zynismus vor. "
        "Wien – Finanzminister Hans Moser will das Arbeitslosengeld kürzen."
    )
    rec = records(text, {"SPÖ": ORG, "Hans Moser": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/SPÖ", "person/Hans Moser")
    }


def test_a_states_adjective_before_a_group_is_no_state(records) -> None:
    text = (
        "Die syrische Opposition wirft Assad Kriegsverbrechen vor. "
        "Die russische Führung lobt Assad."
    )
    rec = records(text, {"syrische": "MISC", "russische": "MISC", "Assad": PER})
    # the opposition is the source under its label, not Syrien
    assert acts(rec, "type", "source", "source_label", "target") == {
        ("ACCUSE", None, "syrische Opposition", "person/Assad"),
        ("PRAISE", "place/Russland", None, "person/Assad"),
    }
