"""kg_orgs rule 4: more nouns for a kind of organisation before its name (a
hyphenated "Start-up", "Vermarkter", "Monopolist", "Initiative", the bare
"Liste"), a website after any of them, names that are slogans after a group's
noun ("die Initiative Schule ohne Angst") and names opening with a capitalised
article after a party's or a list's noun. Hand-made sentences and hand-set
entities, as in ``test_orgs_component.py``."""

from __future__ import annotations

import pytest

from kg.lang.de.orgs import org_noun
from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Start-up": the hyphen is inside one word (a lower-case part after it)
        ("Das Grazer Start-up Quelvo baut Drohnen für Bauern .", "Quelvo"),
        ("Die Gründer des Start-ups Quelvo sind zufrieden .", "Quelvo"),
        ("Er arbeitet seit Mai beim Vermarkter Brixolo in Wien .", "Brixolo"),
        ("Der Chef des Gasmonopolisten Tarnogaz sprach von Verlusten .", "Tarnogaz"),
        # a website after a kind of organisation, not only after a press noun
        ("Das Start-up lumeno.ai sammelt zwei Millionen Euro ein .", "lumeno.ai"),
    ],
)
def test_name_after_kind_of_organisation(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Die Initiative Schule ohne Angst sammelt Unterschriften .",
            "Schule ohne Angst",
        ),
        (
            "Der Sprecher der Bewegung Dorf gegen den Lärm demonstrierte .",
            "Dorf gegen den Lärm",
        ),
        (
            "Das Bündnis Arbeit statt Almosen ruft zum Streik auf .",
            "Arbeit statt Almosen",
        ),
    ],
)
def test_slogan_after_noun_of_a_group_is_its_name(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


def test_name_before_a_preposition_is_no_slogan(vocab):
    # the name is no common noun: "gegen die Regierung" is what it does
    got = org_rules(vocab, "Die Bewegung Zarvota gegen die Regierung wuchs schnell .")
    assert ("Zarvota", "ORG") in got
    assert not any("Regierung" in text for text, _ in got)


def test_slogan_needs_a_group_noun(vocab):
    # "Gruppe" names no group by a slogan: "die Gruppe Kinder ohne Eltern" is a
    # group of children
    got = org_rules(vocab, "Die Gruppe Kinder ohne Eltern wartet an der Grenze .")
    assert not any(label == "ORG" for _, label in got)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Liste Die Unabhängigen gewann zwei Mandate .", "Die Unabhängigen"),
        ('Fünf Mandate gingen an die Liste " Morgenrot " im Betrieb .', "Morgenrot"),
    ],
)
def test_electoral_list_names(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


def test_article_opens_a_name_only_after_a_party_or_a_list(vocab):
    # "die Gruppe Die Ärzte" is a band
    got = org_rules(vocab, "Die Gruppe Die Ärzte spielt morgen in Graz .")
    assert not any(label == "ORG" for _, label in got)


def test_only_the_bare_word_liste_names_a_list():
    assert org_noun("Liste") == "liste"
    assert org_noun("Bestsellerliste") is None
    assert org_noun("Rangliste") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a city's company by its adjective (kg.lang.de.orgs.BODY_HEADS)
        ("Er arbeitete zehn Jahre auf der Kieler Werft .", "Kieler Werft"),
        ("Die Linzer Stadtwerke erhöhen die Preise .", "Linzer Stadtwerke"),
        # a group or a movement named before a hyphen (COMPOUND_HEADS)
        ("Die Tolmo-Bewegung rief zu Protesten auf .", "Tolmo-Bewegung"),
        ("Die Kelvar-Gruppe übernahm das Werk in Steyr .", "Kelvar-Gruppe"),
    ],
)
def test_bodies_by_city_adjective_and_named_compounds(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


@pytest.mark.parametrize(
    "text",
    [
        # a common noun before the hyphen: a kind of group, no name
        "Die Risiko-Gruppe soll sich zuerst impfen lassen .",
        # a country's adjective and the bare noun: any shipyard of the country
        "Die deutsche Werft baut zwei Fregatten .",
    ],
)
def test_no_body_without_a_name_or_a_city(vocab, text):
    assert not any(label == "ORG" for _, label in org_rules(vocab, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # rule 1b: more English heads
        ("Sie forscht an der Harwick Institution in Boston .", "Harwick Institution"),
        ("Der Auftrag ging an Velmont Data Systems .", "Velmont Data Systems"),
        # a German noun for the kind before the name is not part of it
        ("Das Start-up Quarro Labs sammelte Geld .", "Quarro Labs"),
        ("Der IT-Dienstleister Norvik Group baut ab .", "Norvik Group"),
    ],
)
def test_english_heads(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Roman erscheint im Herbst im Quelldorf Verlag .", "Quelldorf Verlag"),
        ("Die Leser des Quelldorf Verlags sind treu .", "Quelldorf Verlags"),
    ],
)
def test_publisher_after_its_name(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


def test_bare_publisher_is_none(vocab):
    assert not any(
        label == "ORG" for _, label in org_rules(vocab, "Der Verlag teilte das mit .")
    )
