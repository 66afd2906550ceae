"""kg_things: competitions, prizes, products and sports nation codes are no actors.

Hand-set entities on the shipped vocabulary, as in test_names.py: the tests do
not depend on what the model predicts.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.nlp import load_nlp
from kg.nlp.components.things import ThingsFilter, thing_kind


@pytest.fixture(scope="module")
def vocab():
    return load_nlp().vocab


def _run(vocab, words, spans):
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in spans]
    doc = ThingsFilter(None)(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_a_competition_and_a_product_become_misc(vocab) -> None:
    words = (
        "Der Klub aus Graz verlor in der Europa League , "
        "Samsung verkauft das iPhone nicht"
    ).split()
    got = _run(vocab, words, [(7, 9, "ORG"), (10, 11, "ORG"), (13, 14, "PER")])
    assert got == [("Europa League", "MISC"), ("Samsung", "ORG"), ("iPhone", "MISC")]


def test_a_genitive_is_matched_and_a_longer_name_is_not(vocab) -> None:
    words = "Die Sieger des Eurovision Song Contests und Oscar Wilde".split()
    got = _run(vocab, words, [(3, 6, "ORG"), (7, 9, "PER")])
    assert got == [("Eurovision Song Contests", "MISC"), ("Oscar Wilde", "PER")]


def test_a_sports_nation_code_in_parentheses_is_dropped(vocab) -> None:
    words = "2. Petra Vlhova ( SVK ) + 0,31 3. Anna Veith ( AUT )".split()
    spans = [(1, 3, "PER"), (4, 5, "ORG"), (9, 11, "PER"), (12, 13, "ORG")]
    assert _run(vocab, words, spans) == [("Petra Vlhova", "PER"), ("Anna Veith", "PER")]


def test_a_party_in_parentheses_and_a_code_outside_them_stay(vocab) -> None:
    words = "Landesrat Maier ( SPÖ ) sprach mit der AUT über Geld".split()
    spans = [(1, 2, "PER"), (3, 4, "ORG"), (8, 9, "ORG")]
    assert _run(vocab, words, spans) == [
        ("Maier", "PER"),
        ("SPÖ", "ORG"),
        ("AUT", "ORG"),
    ]


def test_thing_kind_reads_the_shipped_list() -> None:
    assert thing_kind("Champions League") == "competition"
    assert thing_kind("Oscars") == "prize"
    assert thing_kind("Vereinte Nationen") is None


def test_the_pipeline_runs_it_last() -> None:
    assert load_nlp().pipe_names[-1] == "kg_things"


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        # issue 15: an event named like an organisation is no organisation
        ("Die Agentur gewann beim Nordic Design Festival Gold", (4, 7), "MISC"),
        ("Er sprach auf dem Vienna Tech Summit über Daten", (4, 7), "MISC"),
        ("Sie trat beim Donauinselfestival auf", (3, 4), "MISC"),
        # a body whose name ends like an event word stays
        ("Die Deutsche Bischofskonferenz tagt", (1, 3), "ORG"),
        ("Der US-Kongress stimmt ab", (1, 2), "ORG"),
        ("Das Studio Northway Games entwickelt", (2, 4), "ORG"),
    ],
)
def test_an_event_named_like_an_organisation(vocab, text, span, label) -> None:
    got = _run(vocab, text.split(), [(*span, "ORG")])
    assert [lab for _, lab in got] == [label]


def test_services_and_competitions_of_web_and_sport_news() -> None:
    # issue 15, part 3: a service named after its company, a league as a
    # competition, the referee's abbreviation in match details
    assert thing_kind("Amazon Prime") == "product"
    assert thing_kind("Apple Music") == "product"
    assert thing_kind("NHL") == "competition"
    assert thing_kind("FIBA Europe Cup") == "competition"
    assert thing_kind("SR") == "abbreviation"
    assert thing_kind("Amazon") is None


def test_the_codes_of_a_doubles_pair_are_dropped(vocab) -> None:
    # issue 15, part 4: "(GER/SUI)" after a doubles pair in a results list
    words = "Sieger Lena Hofer / Mia Graf ( GER / SUI ) 6:4".split()
    spans = [(1, 3, "PER"), (4, 6, "PER"), (7, 8, "ORG"), (9, 10, "ORG")]
    assert _run(vocab, words, spans) == [("Lena Hofer", "PER"), ("Mia Graf", "PER")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # issue 15, part 4: a tournament, a race, a technical acronym
        ("Sie gewann die Erste Bank Open in Wien", (3, 6)),
        ("Vor dem Großen Preis von Ungarn regnete es", (2, 6)),
        ("Das Gerät hat ein OLED mit hoher Auflösung", (4, 5)),
    ],
)
def test_tournaments_races_and_acronyms_are_no_organisations(vocab, text, span) -> None:
    got = _run(vocab, text.split(), [(*span, "ORG")])
    assert [lab for _, lab in got] == ["MISC"]


def test_a_committee_named_great_is_no_race(vocab) -> None:
    # "der Große Ausschuss" of a parliament: "Große" opens a race's name only
    # before "Preis"
    got = _run(
        vocab,
        "Das Votum des Großen Ausschusses fiel knapp aus".split(),
        [(3, 5, "ORG")],
    )
    assert got == [("Großen Ausschusses", "ORG")]


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        # issue 15, part 4: a maker inside its product's name is no actor
        ("Er testete das Samsung Galaxy S7 lange", (3, 4), "MISC"),
        ("Wir verglichen es mit dem Apple iPhone 7 genau", (5, 6), "MISC"),
        ("Das Huawei P9 kostet wenig", (1, 2), "MISC"),
        ("Die Sony Alpha 7 ist neu", (1, 3), "MISC"),
        # the company as an actor, and a count after it, stay
        ("Laut Hersteller Samsung 30 Millionen Kunden", (2, 3), "ORG"),
        ("Samsung verkaufte 5 Millionen Geräte", (0, 1), "ORG"),
    ],
)
def test_a_maker_named_in_its_products_name(vocab, text, span, label) -> None:
    got = _run(vocab, text.split(), [(*span, "ORG")])
    assert [lab for _, lab in got] == [label]


def test_a_competition_with_words_the_model_ran_into_it(vocab) -> None:
    # issue 15, part 4: an adjective before a league's name, a time after it
    words = "Er stieg in die österreichische Fußball-Bundesliga am Sonntag auf".split()
    got = _run(vocab, words, [(4, 8, "ORG")])
    assert [lab for _, lab in got] == ["MISC"]
    # a body whose name has a lower-case word inside stays
    words = "Die Bank für Gemeinwirtschaft zahlte".split()
    assert [lab for _, lab in _run(vocab, words, [(1, 4, "ORG")])] == ["ORG"]


def test_an_agreement_named_like_a_person_is_misc(vocab) -> None:
    # after "unter dem Namen" with an agreement noun before it, and every
    # other mention of that name in the text
    words = (
        "Beide Länder schlossen einen Vertrag , der unter dem Namen Blaue Brücke "
        "bekannt wurde . Über Blaue Brücke wird nun gestritten"
    ).split()
    got = _run(vocab, words, [(10, 12, "PER"), (16, 18, "PER")])
    assert got == [("Blaue Brücke", "MISC"), ("Blaue Brücke", "MISC")]
    # right after a compound of "Abkommen"
    words = "Kritik am Handelsabkommen Nordlicht wächst".split()
    assert _run(vocab, words, [(3, 4, "PER")]) == [("Nordlicht", "MISC")]


def test_an_agreement_name_kg_names_made_misc_is_misc_elsewhere(vocab) -> None:
    # kg_names relabels the name right after the agreement noun first; its
    # other mentions are the agreement's too
    words = (
        "Das Abkommen Blaue Brücke gilt . Kritiker halten Blaue Brücke für schwach"
    ).split()
    got = _run(vocab, words, [(2, 4, "MISC"), (8, 10, "PER")])
    assert got == [("Blaue Brücke", "MISC"), ("Blaue Brücke", "MISC")]


def test_a_person_named_without_an_agreement_stays(vocab) -> None:
    words = "Ein Mann namens Karl Grün und der Vertrag mit Eva Roth".split()
    got = _run(vocab, words, [(3, 5, "PER"), (9, 11, "PER")])
    assert got == [("Karl Grün", "PER"), ("Eva Roth", "PER")]
