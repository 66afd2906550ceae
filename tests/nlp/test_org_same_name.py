"""kg_orgs: a one-word name after a kind of organisation that the lexicon knows
as no person's name, and rule 12 (a name a rule made an organisation is one
wherever the article repeats it). Hand-made sentences and hand-set entities,
as in ``test_orgs_component.py``."""

from __future__ import annotations

import pytest

from kg.nlp import load_nlp
from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Laut einer Umfrage des Branchenverbands Kimtex sinken die Preise .", 5),
        ("Das Entwicklerstudio Zorbik zeigte ein neues Spiel .", 2),
        ("Das Kollektiv Quarnix veröffentlichte gestohlene Daten .", 2),
        ("Das Startup Plenzo baut Roboter für Kinder .", 2),
    ],
)
def test_unknown_word_after_kind_of_organisation_is_its_name(vocab, text, at):
    name = text.split(" ")[at]
    assert (name, "ORG") in org_rules(vocab, text, [(at, at + 1, "PER")])


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # a surname: the group is named after a person
        ("Die Söldner der Gruppe Wagner kämpfen in Syrien .", 4),
        # a genitive: the party of a person
        ("Die Partei Erdogans gewann die Wahl .", 2),
    ],
)
def test_person_name_after_kind_of_organisation_stays_a_person(vocab, text, at):
    name = text.split(" ")[at]
    assert (name, "PER") in org_rules(vocab, text, [(at, at + 1, "PER")])


def test_rule_made_name_is_one_wherever_repeated(vocab):
    text = (
        "Kimtex : Preise sinken . Der Digitalverband Kimtex legte Zahlen vor . "
        "Kimtex zufolge sinken die Preise ."
    )
    got = org_rules(vocab, text, [(7, 8, "PER"), (12, 13, "PER")])
    assert got == [("Kimtex", "ORG")] * 3


def test_model_org_is_not_repeated(vocab):
    # only a name a rule made is carried over: the model's own label is not
    text = "Kimtex legte Zahlen vor . Kimtex zufolge sinken die Preise ."
    got = org_rules(vocab, text, [(0, 1, "ORG"), (5, 6, "PER")])
    assert got == [("Kimtex", "ORG"), ("Kimtex", "PER")]


def test_repeated_name_inside_a_longer_one_is_left(vocab):
    text = "Der Digitalverband Kimtex legte Zahlen vor . Kimtex Austria wuchs ."
    got = org_rules(vocab, text, [(2, 3, "PER"), (7, 9, "ORG")])
    assert got == [("Kimtex", "ORG"), ("Kimtex Austria", "ORG")]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Im Studio diskutieren Eva Berger (Klubobfrau, Die Grünen) und "
            "Hans Maier (Abgeordneter, ÖVP) über die Lage in Österreich und Wien.",
            "Die Grünen",
        ),
        (
            "Die Abgeordnete Anna Roth (Piraten) kritisiert in Berlin das neue "
            "Gesetz der deutschen Bundesregierung für Deutschland.",
            "Piraten",
        ),
    ],
)
def test_party_in_parentheses_after_a_person_and_a_post(nlp, text, party):
    assert (party, "ORG") in [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sie sprach im gestrigen Kulturausschuss .", "Kulturausschuss"),
        ("Das regelt der nächste Finanzministerrat am Montag .", "Finanzministerrat"),
        ("Er musste vor dem Sonderausschuss aussagen .", "Sonderausschuss"),
        # a union or a chamber of a trade by its compound
        ("Sie leitet seit Mai die Bäckergewerkschaft .", "Bäckergewerkschaft"),
        ("Das kritisierte gestern die Apothekerkammer .", "Apothekerkammer"),
        # a noun of the clause after it is no name of it
        ("Sie hat bei der Schlichtungskammer Antrag gestellt .", "Schlichtungskammer"),
    ],
)
def test_committee_named_by_its_designation(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


@pytest.mark.parametrize(
    "text",
    [
        "Das klärte ein parlamentarischer Untersuchungsausschuss .",
        "Dem Ausschuss lag der Antrag nicht vor .",
        "Es gab viele Ausschusssitzungen im Haus .",
        "Zehn Prozent der Teile sind Ausschuss .",
        "Die Kammer wies die Klage ab .",
        "Sie brachten ihn in die Folterkammer .",
        "Der Fall liegt bei der Strafkammer .",
        "Die Gewerkschaften riefen zum Streik auf .",
        "Sie zeigte uns die Pfauen-Kammer .",
        "Das beschloss die Parlamentskammer .",
    ],
)
def test_no_committee_without_a_designation_or_definite_article(vocab, text):
    assert org_rules(vocab, text) == []


def test_a_name_after_a_union_compound_is_the_union(vocab):
    text = "Das sagte der Chef der Bäckergewerkschaft Quelvix ."
    found = org_rules(vocab, text, [(6, 7, "ORG")])
    assert ("Bäckergewerkschaft", "ORG") not in found


def test_a_common_word_the_model_named_after_a_union_compound_is_the_union(vocab):
    text = "Die Bäckergewerkschaft Sonne ruft zum Streik auf ."
    found = org_rules(vocab, text, [(2, 3, "ORG")])
    assert ("Bäckergewerkschaft", "ORG") not in found
