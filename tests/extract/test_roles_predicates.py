"""Posts given in other phrasings than "Titel Name": said of the subject ("X
ist seit Mai Chef der Nordbank", "X bleibt Minister", "X wurde zum Chef
gewählt"), "der Bürgermeister von Graz, X", and an apposition after a party in
parentheses ("X (SPÖ), die Bürgermeisterin von Graz"); not a former post, a
future one or the post of someone a relative clause names. Invented
sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import extract, named_roles

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Eva Lang": "PER",
    "Graz": "LOC",
    "Polen": "LOC",
    "Nordbank": "ORG",
    "SPÖ": "ORG",
    "Attac": "ORG",
}


def _roles(nlp, text: str) -> set[tuple]:
    return named_roles(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Olaf Berg ist seit Mai Chef der Nordbank.",
            {("Olaf Berg", "Chef", "Nordbank")},
        ),
        (
            "Olaf Berg bleibt Bürgermeister von Graz.",
            {("Olaf Berg", "Bürgermeister", "Graz")},
        ),
        (
            "Ida Roth ist seit 2010 Präsidentin Polens.",
            {("Ida Roth", "Präsidentin", "Polen")},
        ),
        (
            "Olaf Berg wurde am Montag zum Chef der Nordbank gewählt.",
            {("Olaf Berg", "Chef", "Nordbank")},
        ),
        (
            "Der Bürgermeister von Graz, Olaf Berg, trat zurück.",
            {("Olaf Berg", "Bürgermeister", "Graz")},
        ),
        (
            "Ida Roth (SPÖ), die Bürgermeisterin von Graz, sagte das.",
            {("Ida Roth", "Bürgermeisterin", "Graz")},
        ),
        # after a dateline's dash
        (
            "Graz – Der Aufsichtsrat hat Olaf Berg zum Chef der Nordbank bestellt.",
            {("Olaf Berg", "Chef", "Nordbank")},
        ),
        # a former post, a future one, a denied one
        ("Olaf Berg war Chef der Nordbank.", set()),
        ("Olaf Berg wird Chef der Nordbank.", set()),
        ("Olaf Berg soll zum Chef der Nordbank gewählt werden.", set()),
        ("Olaf Berg ist nicht Chef der Nordbank.", set()),
        # the relative clause's subject, and the apposition's title is Eva's
        (
            "Es gewann Ida Roth, die damals statt Olaf Berg zur Chefin gewählt wurde.",
            set(),
        ),
        (
            "Das sagte Eva Lang, Obfrau von Attac, Olaf Berg.",
            {("Eva Lang", "Obfrau", "Attac")},
        ),
    ],
)
def test_posts_in_other_phrasings(blank_nlp, text, roles):
    assert _roles(blank_nlp, text) == roles


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # Austria's and Germany's head of state is the "Bundespräsident": a bare
        # "Präsident" in a report from there heads a body
        (
            "Graz – Die Nordbank ist zufrieden. Präsident Olaf Berg sagte, es sei gut.",
            None,
        ),
        # elsewhere a bare "Präsident" is the state's
        (
            "Warschau – Polen ist zufrieden. Präsident Olaf Berg sagte, es sei gut.",
            "Polen",
        ),
    ],
)
def test_bare_president_in_a_federation(blank_nlp, text, org):
    rec = extract(blank_nlp, text, {**_ACTORS, "Warschau": "LOC"})
    [role] = [r for r in rec.roles if r.role == "Präsident"]
    assert (role.organisation and role.organisation.partition("/")[2]) == org


def test_a_chancellor_is_no_swiss_post(blank_nlp):
    # the article names Geneva most, but Switzerland has no head of government
    # called Bundeskanzler: the post stays without a country
    text = (
        "Genf – Olaf Berg traf in Genf Ida Roth. Die Gespräche in Genf dauerten an. "
        "Bundeskanzlerin Eva Lang telefonierte mit Olaf Berg."
    )
    rec = extract(blank_nlp, text, {**_ACTORS, "Genf": "LOC"})
    [role] = [r for r in rec.roles if r.role == "Bundeskanzlerin"]
    assert role.organisation is None
