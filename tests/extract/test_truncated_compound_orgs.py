"""An organisation named as the first part of a compound cut short before
"und", "oder" or a comma ("CDU- und CSU-Politiker", "Gestapo- und SS-Männer")
counts like the one of a whole compound ("HDP-Chef";
``kg.extract.mentions._truncated_org``). Own sentences, full pipeline."""

from __future__ import annotations

import pytest

from kg.nlp import load_nlp
from tests.conftest import org_mentions


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die CDU- und CSU-Abgeordneten stimmten dem Antrag zu.", "CDU"),
        ("Die Nato- und Regierungsvertreter berieten lange.", "NATO"),
        ("Er verhörte Gestapo- und SS-Leute im Lager.", "Gestapo"),
        ("Die Lufthansa-, AUA- und Swiss-Piloten streiken.", "Lufthansa"),
    ],
)
def test_an_organisation_of_a_truncated_compound(nlp, text, name):
    assert name in org_mentions(nlp, text)


@pytest.mark.parametrize(
    ("text", "network"),
    [
        # users of a network: its product, no actor
        ("Viele Instagram- und Twitter-Nutzer teilten das Foto.", "Instagram"),
    ],
)
def test_no_social_network_from_a_truncated_compound(nlp, text, network):
    assert network not in org_mentions(nlp, text)
