"""A government named by its head (issue 15, part 4): "die Regierung von
Präsidentin Ana Lima" is an organisation of its own, and Ana Lima stays a
person. Hand-set entities on a blank pipeline; sentences written for the test."""

from __future__ import annotations

from tests.conftest import PER


def _orgs(rec) -> set[str]:
    return {e.name for e in rec.entities if e.kind == "org"}


def test_a_government_named_by_its_head(records) -> None:
    rec = records(
        "Die Opposition kritisierte die Regierung von Präsidentin Ana Lima scharf.",
        {"Ana Lima": PER},
    )
    assert "Regierung von Präsidentin Ana Lima" in _orgs(rec)
    assert "Ana Lima" in {e.name for e in rec.entities if e.kind == "person"}
    rec = records("Das Kabinett Tomas Berg trat zurück.", {"Tomas Berg": PER})
    assert "Kabinett Tomas Berg" in _orgs(rec)


def test_a_surname_the_model_left_out_ends_the_name() -> None:
    # the lexicon of the shipped pipeline tells a surname
    from kg.nlp import load_nlp
    from tests.conftest import extract

    text = "Man hofft auf die Regierung von Jorge Almada."
    rec = extract(load_nlp(), text, {"Jorge": PER})
    assert "Regierung von Jorge Almada" in _orgs(rec)


def test_no_body_without_its_noun_right_before_the_head(records) -> None:
    rec = records("Die Regierung lobte Präsident Ana Lima.", {"Ana Lima": PER})
    assert not _orgs(rec)
    rec = records("Ein Brief von Präsident Ana Lima kam an.", {"Ana Lima": PER})
    assert not _orgs(rec)


def test_the_office_of_a_head(records) -> None:
    # "das Büro des Ministerpräsidenten" (bench/extract_gold.md): the office
    # that speaks for a head is an organisation; the person stays a person
    rec = records("Das Büro des Ministerpräsidenten bestätigte das Treffen.", {})
    assert "Büro des Ministerpräsidenten" in _orgs(rec)
    rec = records("Das bestätigte das Pressebüro der britischen Premierministerin.", {})
    assert "Pressebüro der britischen Premierministerin" in _orgs(rec)
    rec = records("Ana Limas Büro dementierte den Bericht.", {"Ana Limas": PER})
    assert "Ana Limas Büro" in _orgs(rec)
    rec = records(
        "Das Büro von Präsidentin Ana Lima teilte mit, sie reise ab.",
        {"Ana Lima": PER},
    )
    assert "Büro von Präsidentin Ana Lima" in _orgs(rec)
    assert "Ana Lima" in {e.name for e in rec.entities if e.kind == "person"}


def test_no_office_as_a_room_or_a_post(records) -> None:
    rec = records("Sie wartete im Büro des Präsidenten.", {})
    assert not _orgs(rec)
    rec = records("Er übernahm das Amt des Präsidenten.", {})
    assert not _orgs(rec)
    rec = records("Das Büro der Firma liegt in der Stadt.", {})
    assert not _orgs(rec)
