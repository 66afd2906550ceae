"""Speaker rules of issue 17 written against the pooled speaker errors of the
eight quote dev sets (branch ``speak2``), one invented text per rule, no model:
a bare government or government spokesperson speaks for its state
and a body's text cited without the body ("heißt es in der Studie", "dem
Bericht zufolge") for the body whose text the article named before
(kg/extract/quotes_state.py); a reporting clause with its verb last and a
name set off in it ("…, hatte die Richterin von X, Eva Roth, gesagt") names
the speaker and stays out of the quote (kg/extract/quotes_bounds.py
``auxiliary_comma``); "das UNO-Flüchtlingshochkommissariat" is UNHCR, not the
United Nations (kg/data/gazetteer/organisations.tsv); a state after "nach",
"in", "aus" is a place, not who speaks (kg/extract/speakers.py)."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, PER, extract, said

CASES = [
    # "die Regierung" with the capital in its sentence: the capital's state
    (
        "In Frankreich wird wieder gestreikt. Rund 5.000 Polizisten sind nach "
        "Angaben der Regierung, die mehr Kräfte schicken will, in Paris im "
        "Einsatz.",
        {"Frankreich": LOC, "Paris": LOC},
        {
            (
                "place/Frankreich",
                "Rund 5.000 Polizisten sind nach Angaben der Regierung, die mehr "
                "Kräfte schicken will, in Paris im Einsatz",
            )
        },
    ),
    # "die Regierung" in an article naming one state's government elsewhere
    (
        "In Norwegen wird gestritten. Die Regierung hatte argumentiert, eine "
        "harte Strafe sei nötig. Ein Gesetz der norwegischen Regierung liegt "
        "nun vor.",
        {"Norwegen": LOC, "norwegischen Regierung": ORG},
        {("place/Norwegen", "eine harte Strafe sei nötig")},
    ),
    # "heißt es in der Studie": the body whose study the article named before
    (
        "Im Mai erschien eine Studie des Verkehrsclubs Nordland über "
        "Unfälle. Vor allem junge Fahrer seien betroffen, heißt es in der "
        "Studie.",
        {"Verkehrsclubs Nordland": ORG},
        {("org/Verkehrsclubs Nordland", "Vor allem junge Fahrer seien betroffen")},
    ),
    # "dem Bericht zufolge", and the Konjunktiv sentence going on from it
    (
        "Das geht aus einer Erhebung des Verkehrsclubs Nordland hervor. "
        "Deutlich gestiegen ist dem Bericht zufolge die Zahl der Unfälle. Im "
        "Winter seien es 40 gewesen.",
        {"Verkehrsclubs Nordland": ORG},
        {
            (
                "org/Verkehrsclubs Nordland",
                "Deutlich gestiegen ist dem Bericht zufolge die Zahl der Unfälle",
            ),
            ("org/Verkehrsclubs Nordland", "Im Winter seien es 40 gewesen"),
        },
    ),
    # a verb-last reporting clause with a name set off in it
    (
        "Der Prozess ist vorbei. Die Strafe sei viel zu mild, hatte die "
        "Staatsanwältin von Lindau, Eva Roth, gesagt.",
        {"Lindau": LOC, "Eva Roth": PER},
        {("person/Eva Roth", "Die Strafe sei viel zu mild")},
    ),
    # ... and with words after the name
    (
        "Der Prozess ist vorbei. Die Strafe sei viel zu mild, hatte die "
        "Staatsanwältin, Eva Roth, am Montag gesagt.",
        {"Eva Roth": PER},
        {("person/Eva Roth", "Die Strafe sei viel zu mild")},
    ),
    # the refugee agency by its German name
    (
        "Das Geld für Zelte reiche nicht, warnte das "
        "UNO-Flüchtlingshochkommissariat am Montag.",
        {"UNO-Flüchtlingshochkommissariat": ORG},
        {("org/UNHCR", "Das Geld für Zelte reiche nicht")},
    ),
]


@pytest.mark.parametrize("text, ents, expected", CASES)
def test_speaker_and_span(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    assert said(rec, "who", "text") == expected


def test_two_governments_stay_unresolved(gazetteer_nlp) -> None:
    """With two states' governments named and no capital, a bare "die
    Regierung" is no state."""
    rec = extract(
        gazetteer_nlp,
        "In Norwegen und Schweden wird gestritten. Die Regierung hatte "
        "argumentiert, eine harte Strafe sei nötig. Gesetze der norwegischen "
        "Regierung und der schwedischen Regierung liegen nun vor.",
        {
            "Norwegen": LOC,
            "Schweden": LOC,
            "norwegischen Regierung": ORG,
            "schwedischen Regierung": ORG,
        },
    )
    assert {w for w, _ in said(rec, "who", "text")} == {"Regierung"}


def test_a_state_after_a_preposition_is_no_speaker(gazetteer_nlp) -> None:
    """ "wollte zurück nach Xland, aber man habe ihm gesagt, …": not Xland's."""
    rec = extract(
        gazetteer_nlp,
        "Ihr Bruder wollte zurück nach Norwegen, aber man habe ihm gesagt, er "
        "dürfe Schweden nicht verlassen.",
        {"Norwegen": LOC, "Schweden": LOC},
    )
    assert rec.quotes
    assert all(q.speaker != "place/Norwegen" for q in rec.quotes)


@pytest.mark.parametrize(
    "where",
    [
        "im Lager in der Nähe von Kastrini",
        "im Lager in Kastrini",
        "in der Stadt Kastrini",
    ],
)
def test_a_place_tagged_as_a_person_is_no_antecedent(gazetteer_nlp, where) -> None:
    """ "erzählt er" after a place the model took for a person ("in der Nähe
    von X", "in X", "die Stadt X"): the person named before it."""
    rec = extract(
        gazetteer_nlp,
        f"Jonas Berg kam im Mai. Er hat fünf Wochen {where} verbracht. Die "
        "Zelte seien "
        "undicht gewesen, erzählt er.",
        {"Jonas Berg": PER, "Kastrini": PER},
    )
    assert said(rec, "who", "text") == {
        ("person/Jonas Berg", "Die Zelte seien undicht gewesen")
    }


def test_the_one_person_before_a_colon_speaks_the_quote_after_it(blank_nlp):
    # a quote after "X übte Kritik:" is X's, not the speaker of the quote before
    text = (
        "Ida Roth widersprach. Sie halte das für falsch, sagte sie der Zeitung "
        "„Die Welt“. Auch Eva Lang übte Kritik: „Das ist reine Symbolpolitik.“"
    )
    rec = extract(
        blank_nlp, text, {"Ida Roth": "PER", "Eva Lang": "PER", "Die Welt": "ORG"}
    )
    assert [(q.speaker, q.medium) for q in rec.quotes if q.kind == "direct"] == [
        ("person/Eva Lang", None)
    ]
