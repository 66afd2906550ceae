"""Parties named by their members: a member noun right before the member's
name, the country of an article that names it only in adjectives inside
names, a lone member noun the model took for a person, and parties of
further countries (own sentences)."""

from __future__ import annotations

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def _orgs(text: str) -> dict[str, set[str]]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    return {
        e.name: {m.text for m in e.mentions} for e in rec.entities if e.kind == "org"
    }


def _persons(text: str) -> set[str]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    return {e.name for e in rec.entities if e.kind == "person"}


def test_a_member_noun_before_the_members_name_names_the_party() -> None:
    text = "Graz – Der Grüne Lukas Hammerl forderte im Landtag einen neuen Radweg."
    assert "Die Grünen (Österreich)" in _orgs(text)
    assert "Lukas Hammerl" in _persons(text)


def test_a_member_noun_in_the_dative_before_the_name_names_the_party() -> None:
    text = (
        "Linz – In der Umfrage liegt die Bürgermeisterin knapp vor dem Grünen "
        "Stefan Wimmer."
    )
    assert _orgs(text).get("Die Grünen (Österreich)") == {"Grünen"}
    assert "Stefan Wimmer" in _persons(text)


def test_a_member_alone_is_no_party() -> None:
    text = "Wien – Im Ausschuss stimmte dem Grünen niemand zu, die Sitzung endete früh."
    assert "Die Grünen (Österreich)" not in _orgs(text)


def test_the_country_of_adjectives_inside_names_resolves_member_nouns() -> None:
    # the article names France only in "die französische Regierung"
    text = (
        "Die französische Regierung hält an ihrer Rentenreform fest. "
        "Sozialisten, Grüne und Kommunisten kündigten im Senat Widerstand an."
    )
    orgs = _orgs(text)
    assert "Parti Socialiste" in orgs
    assert "Kommunistische Partei Frankreichs" in orgs
    assert "Europe Écologie Les Verts" in orgs


def test_greek_socialists_are_pasok() -> None:
    text = (
        "Athen – In Griechenland wird im Herbst gewählt. Die griechische Regierung "
        "verliert in Umfragen, Griechenlands Opposition legt zu. "
        "Die Sozialisten wollen nach der Wahl in Athen mitregieren."
    )
    assert _orgs(text).get("PASOK") == {"Sozialisten"}


def test_a_partys_name_with_its_adjective_in_lower_case() -> None:
    text = "Raleigh – In North Carolina brannte das Büro der republikanischen Partei."
    assert _orgs(text).get("Republikanische Partei") == {"republikanischen Partei"}
    text = "Peking – In China feiert die kommunistische Partei ihr Jubiläum."
    assert "Kommunistische Partei Chinas" in _orgs(text)


def test_an_indefinite_party_is_none() -> None:
    text = "Wien – In Österreich gründete sich eine sozialdemokratische Partei."
    assert _orgs(text) == {}


def test_members_of_parties_of_further_countries() -> None:
    text = (
        "Stockholm – In Schweden wird im September gewählt. Die Sozialdemokraten "
        "liegen in Umfragen knapp vorne, Schwedens Regierung wankt."
    )
    assert "Sozialdemokratische Arbeiterpartei Schwedens" in _orgs(text)
    text = (
        "Ottawa – In Kanada haben die Liberalen die Wahl gewonnen. Kanadas "
        "Premier dankte den Wählern in Ottawa."
    )
    assert "Liberale Partei Kanadas" in _orgs(text)
