""" "Union" in German domestic politics is CDU/CSU, not the EU, even in an
article whose places name another country most ("Union und SPD" beside
"Ukraine", "Russland"); an article that names the EU more often by its other
names keeps "die Union" the EU. Own sentences."""

from __future__ import annotations

import pytest

from kg.nlp import gazetteer, load_nlp
from tests.conftest import org_mentions


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_the_parties_of_one_country_name_its_union() -> None:
    ctx = gazetteer.context_of(["Ukraine", "Russland", "Ukraine"])
    ctx = gazetteer.with_organisations(ctx, ["SPD", "CSU"])
    assert gazetteer.disambiguate("Union", ctx).name == "CDU/CSU"


def test_the_eu_named_more_often_keeps_the_union() -> None:
    ctx = gazetteer.context_of(["Brüssel", "Türkei"])
    ctx = gazetteer.with_organisations(ctx, ["EU", "Europäische Union", "CDU"])
    assert gazetteer.disambiguate("Union", ctx).name == "EU"


@pytest.mark.parametrize(
    "text",
    [
        "Union und SPD streiten über Panzer für die Ukraine. Die Ukraine brauche "
        "Hilfe gegen Russland, sagte der Kanzler. Russland droht.",
        "Die Union will an der Schuldenbremse festhalten. In Frankreich und Italien "
        "sieht man das anders, Frankreich fordert mehr Geld. Die SPD schweigt.",
        "Der Streit in der Union über Obergrenzen hält an. Österreich und Ungarn "
        "schließen die Grenzen, Österreich baut Zäune. CSU-Chef Seehofer jubelt.",
    ],
)
def test_union_beside_german_parties_is_cdu_csu(nlp, text) -> None:
    orgs = org_mentions(nlp, text)
    assert "Union" in orgs.get("CDU/CSU", [])
    assert "EU" not in orgs


def test_the_parliamentary_group_is_cdu_csu(nlp) -> None:
    orgs = org_mentions(
        nlp, "Die Unionsfraktion lehnt den Etat ab. Der Bundestag stimmt heute ab."
    )
    assert orgs.get("CDU/CSU") == ["Unionsfraktion"]


@pytest.mark.parametrize(
    "text",
    [
        "Die EU-Kommission will Zölle. In Brüssel hieß es, die Union sei einig. "
        "Der CDU-Abgeordnete Elmar Brok lobte die EU.",
        "In Brüssel berieten die Außenminister. Die Europäische Union will die "
        "Sanktionen verlängern. Die Union sei geschlossen, sagte Josep Borrell.",
    ],
)
def test_union_in_an_article_on_the_eu_stays_the_eu(nlp, text) -> None:
    orgs = org_mentions(nlp, text)
    assert "Union" in orgs["EU"]
    assert "CDU/CSU" not in orgs
