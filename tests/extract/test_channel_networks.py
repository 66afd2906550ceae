"""A social network the article names only as the channel of a post is no
organisation (`kg.extract.channels`); named as a company, or as the medium of
a statement, it stays one (own sentences)."""

from __future__ import annotations

import pytest

from kg.nlp import load_nlp
from tests.conftest import org_mentions


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    "text",
    [
        "Die Fotos des Unfalls wurden tausendfach auf Facebook geteilt.",
        "Die Aufnahmen kursierten am Wochenende über Twitter.",
        "Die Bilder wurden schon am Morgen auf Facebook oder Twitter verbreitet.",
    ],
)
def test_a_network_named_only_as_a_channel_is_no_organisation(nlp, text):
    names = org_mentions(nlp, text)
    assert not any(n in ("Meta", "Twitter") for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        # a company too: it acts
        "Facebook hat seine Regeln geändert. Die Fotos wurden auf Facebook geteilt.",
        # an employer
        "Sie arbeitete drei Jahre bei Facebook in Dublin.",
    ],
)
def test_a_network_named_as_a_company_stays(nlp, text):
    assert "Meta" in org_mentions(nlp, text)


def test_the_medium_of_a_statement_stays(nlp):
    text = 'Der Bürgermeister schrieb am Montag auf Twitter: "Wir sind zufrieden."'
    assert "Twitter" in org_mentions(nlp, text)
