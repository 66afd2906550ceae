"""A reply that names neither who replies nor whom it answers, a passive's agent
after "seitens", the services of an armed force as bodies and a state's power
as the state (issue 17; kg/extract/interaction_replies.py,
kg/extract/interaction_checks.py, kg/lang/de/bodies.py,
kg/lang/de/speech_sources.py). Invented sentences."""

from __future__ import annotations

from tests.conftest import ORG, PER, acts


def _triples(rec) -> set[tuple]:
    return acts(rec, "type", "source", "source_label", "target")


def test_seitens_names_the_agent_of_a_passive(records) -> None:
    text = (
        "Karl Brunner wurde seitens der Firma Ostwerk vorgeworfen, die Verträge "
        "gebrochen zu haben."
    )
    rec = records(text, {"Karl Brunner": PER, "Ostwerk": ORG})
    assert _triples(rec) == {("ACCUSE", "org/Ostwerk", None, "person/Karl Brunner")}


def test_seitens_names_a_body_as_the_agent(records) -> None:
    text = "Seitens der Opposition wurde Ministerin Eva Huber Untätigkeit vorgeworfen."
    rec = records(text, {"Eva Huber": PER})
    assert _triples(rec) == {("ACCUSE", None, "Opposition", "person/Eva Huber")}


def test_the_air_force_and_the_navy_are_bodies(records) -> None:
    text = (
        "Die Pläne wurden geändert, weil die Luftwaffe eine größere Reichweite "
        "forderte. Auch die Marine warnt vor Kürzungen."
    )
    assert _triples(records(text, {})) == {
        ("DEMAND", None, "Luftwaffe", None),
        ("WARN", None, "Marine", None),
    }


def test_a_states_occupying_power_is_the_state(records) -> None:
    text = "Die Partei Nordbund wurde von der britischen Besatzungsmacht verboten."
    text += " Karl Brunner wurde von der britischen Besatzungsmacht als "
    text += "Bürgermeister vorgeschlagen, lehnte aber ab."
    rec = records(text, {"Nordbund": ORG, "Karl Brunner": PER})
    assert _triples(rec) == {
        ("REJECT", "person/Karl Brunner", None, "place/Vereinigtes Königreich")
    }


def test_a_proposed_candidate_who_declines_rejects_the_proposer(records) -> None:
    text = (
        "Karl Brunner wurde von der Partei Nordbund als Kandidat vorgeschlagen, "
        "lehnte aber ab."
    )
    rec = records(text, {"Karl Brunner": PER, "Nordbund": ORG})
    assert _triples(rec) == {("REJECT", "person/Karl Brunner", None, "org/Nordbund")}


def test_a_publisher_that_declines_an_offer_rejects_the_author(records) -> None:
    text = "Eva Huber bot den Roman dem Verlag Ostwerk an, welcher jedoch ablehnte."
    rec = records(text, {"Eva Huber": PER, "Verlag Ostwerk": ORG})
    assert _triples(rec) == {("REJECT", "org/Verlag Ostwerk", None, "person/Eva Huber")}


def test_an_offer_declined_after_doch_is_rejected_of_the_offerer(records) -> None:
    text = (
        "Die Partei Nordbund bot Karl Brunner den Vorsitz an, doch Brunner lehnte ab."
    )
    rec = records(text, {"Nordbund": ORG, "Karl Brunner": PER})
    assert _triples(rec) == {("REJECT", "person/Karl Brunner", None, "org/Nordbund")}


def test_bieten_without_an_is_no_offer(records) -> None:
    text = "Die Firma Ostwerk bot Karl Brunner Schutz, doch Brunner lehnte ab."
    rec = records(text, {"Ostwerk": ORG, "Karl Brunner": PER})
    assert _triples(rec) == {("REJECT", "person/Karl Brunner", None, None)}


def test_the_proposer_who_later_rejects_answers_no_offer_of_its_own(records) -> None:
    text = (
        "Die Partei Nordbund schlug Karl Brunner als Kandidaten vor, lehnte aber "
        "später ab."
    )
    rec = records(text, {"Nordbund": ORG, "Karl Brunner": PER})
    assert _triples(rec) == {("REJECT", "org/Nordbund", None, None)}
