"""A maker's name and a model name after an article ("den Ford Fusion", "die
Boeing 737") name a product, not an organisation: the company named alone
stays the company and is not merged into its product. Own sentences."""

from __future__ import annotations

import pytest

from kg.lang.de.products import is_article_before_product, is_org_word
from kg.nlp import load_nlp
from tests.conftest import org_mentions


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_words_before_and_after_a_maker() -> None:
    assert is_article_before_product("den")
    assert is_article_before_product("gebrauchten", "einen")
    assert not is_article_before_product("gebrauchten")
    assert not is_article_before_product("gegen")
    assert is_org_word("Energy") and is_org_word("Konzern")
    assert not is_org_word("Fusion")


@pytest.mark.parametrize(
    "text",
    [
        "Ford ruft den Ford Fusion in die Werkstätten. Ford teilte mit, es gehe "
        "um 90.000 Wagen.",
        "Ford verkauft weniger. Der Ford Fusion wird eingestellt. Ford will nun "
        "mehr Elektroautos bauen.",
    ],
)
def test_the_company_is_not_its_product(nlp, text) -> None:
    orgs = org_mentions(nlp, text)
    assert "Ford Fusion" not in orgs
    assert "Ford Fusion" not in orgs.get("Ford", [])
    assert len(orgs.get("Ford", [])) >= 2


def test_a_type_number_after_an_article(nlp) -> None:
    orgs = org_mentions(
        nlp, "Boeing liefert die Boeing 737 wieder aus, meldete die Zeitung."
    )
    assert orgs.get("Boeing") == ["Boeing"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Siemens Energy streicht Stellen. Die Aktie von Siemens Energy fiel.",
            "Siemens Energy",
        ),
        ("Der Konzern Ford will sparen, sagte ein Sprecher in Köln.", "Ford"),
    ],
)
def test_companies_stay_companies(nlp, text, name) -> None:
    assert name in org_mentions(nlp, text)


def test_a_maker_named_before_its_product_keeps_its_name(nlp) -> None:
    orgs = org_mentions(
        nlp, "Ford meldet Probleme bei Ford Fusion. Ford will die Fehler beheben."
    )
    assert orgs.get("Ford") == ["Ford", "Ford"]


def test_a_short_form_after_the_long_one_still_joins_it(blank_nlp) -> None:
    from tests.conftest import extract

    rec = extract(
        blank_nlp,
        "Die Tiroler Falken gewannen am Samstag . Die Falken führen die Tabelle an .",
        {"Tiroler Falken": "ORG", "Falken": "ORG"},
    )
    orgs = {
        e.name: [m.text for m in e.mentions] for e in rec.entities if e.kind == "org"
    }
    assert orgs == {"Tiroler Falken": ["Tiroler Falken", "Falken"]}


def test_a_club_named_short_first_joins_its_full_name(blank_nlp) -> None:
    from tests.conftest import extract

    rec = extract(
        blank_nlp,
        "Sturm gewinnt gegen Zenit . Zenit Petersburg verlor in Graz .",
        {"Zenit Petersburg": "ORG", "Zenit": "ORG"},
    )
    orgs = {
        e.name: [m.text for m in e.mentions] for e in rec.entities if e.kind == "org"
    }
    assert orgs.get("Zenit Petersburg") == ["Zenit", "Zenit Petersburg"]
