"""Gazetteer block "issue 15, part 5": broadcasters channel by channel, press
councils by country, media trade bodies; own sentences through the pipeline
where the gazetteer tags a form, lookups where it only resolves one."""

from __future__ import annotations

import pytest

from kg.nlp import gazetteer, load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Doku läuft um 21 Uhr auf Dmax .", "Dmax"),
        ("Ab 20.15 Uhr zeigt ZDF Neo den Spielfilm .", "ZDF Neo"),
        ("Der Sender Kronehit erreicht viele junge Hörer .", "Kronehit"),
        ("Die Quoten von Radio Burgenland sind gestiegen .", "Radio Burgenland"),
    ],
)
def test_a_channel_named_bare_is_an_organisation(nlp, text, name):
    doc = nlp(text)
    assert (name, "ORG") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Eins Festival", "Einsfestival"),
        ("ATV 2", "ATV2"),
        ("Sat 1", "Sat.1"),
        ("VÖP", "Verband Österreichischer Privatsender"),
        ("Bundespresseamt", "Presse- und Informationsamt der Bundesregierung"),
        ("Apple Insider", "AppleInsider"),
    ],
)
def test_forms_of_the_block(form, name):
    entry = gazetteer.lookup(form)
    assert entry is not None and entry.name == name and entry.label == "ORG"


def test_press_council_by_country():
    assert gazetteer.lookup("Presserat") is None  # every country has one
    at = gazetteer.disambiguate("Presserat", ["AT"], label="ORG")
    de = gazetteer.disambiguate("Presserats", ["DE"], label="ORG")
    assert at is not None and at.name == "Österreichischer Presserat"
    assert de is not None and de.name == "Deutscher Presserat"


@pytest.mark.parametrize("form", ["MA", "Arabella", "Nielsen", "ct", "One"])
def test_ambiguous_forms_are_lookup_only(form):
    # resolved once a model labelled them, never tagged by the gazetteer
    assert gazetteer.lookup(form) is not None
    assert not gazetteer.is_matchable(form)
