"""Quote speakers (2026-12-07, spk7): verbs of saying of news German the
lexicon lacked ("konterte", "bilanzierte", "widersprach", "gab zu", "wies
darauf hin"), a separable "zu" only where it closes its clause, attribution
nouns ("nach Auskunft", "nach Recherchen"), a town's body before the town
("laut Polizei Xburg") and "…, so X, ich …" (the first person after the "so"
clause a quote of its own). Invented texts, no model."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, PER, extract, said


@pytest.mark.parametrize(
    "verb",
    [
        "konterte",
        "bilanzierte",
        "resümierte",
        "widersprach",
        "gab zu",
        "wies darauf hin",
    ],
)
def test_leading_verb_of_saying(gazetteer_nlp, verb: str) -> None:
    rec = extract(
        gazetteer_nlp,
        f"Die Stadträtin Lena Hofer {verb}, die Sanierung der Brücke sei viel "
        "zu teuer gewesen.",
        {"Lena Hofer": PER},
    )
    found = {(w, t) for w, t in said(rec, "who", "text") if "Brücke" in t}
    assert found == {
        ("person/Lena Hofer", "die Sanierung der Brücke sei viel zu teuer gewesen")
    }


@pytest.mark.parametrize("verb", ["bilanzierte", "widersprach", "zugab", "hinwies"])
def test_wie_clause_after_the_quote(gazetteer_nlp, verb: str) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Sanierung der Brücke ist viel zu teuer gewesen, wie die Stadträtin "
        f"Lena Hofer am Montag {verb}.",
        {"Lena Hofer": PER},
    )
    assert {w for w, t in said(rec, "who", "text") if "Brücke" in t} == {
        "person/Lena Hofer"
    }


def test_zu_of_a_preposition_is_no_particle_of_zugeben(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Beim Sommerfest im Park gab es Kuchen zu den Getränken: Alle Gäste "
        "waren am Ende sehr zufrieden.",
        {},
    )
    assert said(rec) == set()


@pytest.mark.parametrize("noun", ["Auskunft", "Recherchen"])
def test_attribution_noun(gazetteer_nlp, noun: str) -> None:
    rec = extract(
        gazetteer_nlp,
        f"Nach {noun} der Stiftung Waldhaus ist der Vertrag längst gekündigt.",
        {"Stiftung Waldhaus": ORG},
    )
    assert {w for w, t in said(rec, "who", "text") if "Vertrag" in t} == {
        "org/Stiftung Waldhaus"
    }


@pytest.mark.parametrize(
    "cue", ["Laut Polizei Xburg", "Nach Angaben der Polizei Xburg"]
)
def test_town_body_not_the_town(gazetteer_nlp, cue: str) -> None:
    rec = extract(
        gazetteer_nlp,
        f"{cue} wurde bei dem Unfall auf der Landstraße niemand verletzt.",
        {"Xburg": LOC},
    )
    assert {w for w, t in said(rec, "who", "text") if "Unfall" in t} == {
        "org/Polizei (Xburg)"
    }


def test_first_person_after_a_so_clause_is_a_quote_of_its_own(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Das war ein schwerer Fehler, so die Stadträtin Lena Hofer, wir werden "
        "ihn im Herbst korrigieren.",
        {"Lena Hofer": PER},
    )
    assert said(rec, "who", "text") == {
        ("person/Lena Hofer", "Das war ein schwerer Fehler"),
        ("person/Lena Hofer", "wir werden ihn im Herbst korrigieren"),
    }


def test_evidence_pointing_to_something_is_no_quote(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Vieles weist darauf hin, dass die Brücke bald gesperrt werden müsse.",
        {},
    )
    assert said(rec) == set()
