"""kg.extract.coref: "der Kanzler", "die Ministerin", "der 63-Jährige" refer
back to the one person of the article named before with that post or age, on
hand-written German sentences."""

from __future__ import annotations

import pytest

from tests.conftest import extract, role_triples

# invented persons, so nothing here is known to any list
_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Falk": "PER",
    "Erdoğan": "PER",
    "Mevlüt Çavuşoğlu": "PER",
    "Ankara": "LOC",
}


def _attendees(rec) -> list[set[str]]:
    return [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]


def _mentions(rec, person: str) -> list[str]:
    [e] = [e for e in rec.entities if e.key == f"person/{person}"]
    return [m.text for m in e.mentions]


def test_the_chancellor_later_is_the_holder_named_before(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Bundeskanzler Olaf Berg reiste in die Türkei. "
        "Der Kanzler traf am Montag Erdoğan in Ankara.",
        _ACTORS,
    )
    assert _attendees(rec) == [{"Olaf Berg", "Erdoğan"}]
    # a mention of the person (kg:Mention, kg:anchorOf "Der Kanzler"), labelled PER
    [m] = [m for e in rec.entities for m in e.mentions if m.text == "Der Kanzler"]
    assert m.label == "PER" and m.sentence == 1
    assert _mentions(rec, "Olaf Berg") == ["Olaf Berg", "Der Kanzler"]
    # the post is known: no new role
    assert role_triples(rec) == {("person/Olaf Berg", "Bundeskanzler", None)}


def test_the_minister_receives_her_colleague(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Außenministerin Ida Roth ist in Ankara. "
        "Die Ministerin empfing ihren türkischen Amtskollegen Mevlüt Çavuşoğlu.",
        _ACTORS,
    )
    assert _attendees(rec) == [{"Ida Roth", "Mevlüt Çavuşoğlu"}]
    assert "Die Ministerin" in _mentions(rec, "Ida Roth")


@pytest.mark.parametrize(
    "text",
    [
        "Premierminister Olaf Berg reiste in die Türkei. "
        "Der Premier traf am Montag Erdoğan in Ankara.",
        # an age the article gave, in parentheses or as an adjective
        "Olaf Berg (63) reiste in die Türkei. "
        "Der 63-Jährige traf am Montag Erdoğan in Ankara.",
        "Der 63-jährige Kanzler Olaf Berg reiste in die Türkei. "
        "Am Montag traf der 63-Jährige in Ankara Erdoğan.",
        # a country adjective the holder's post has
        "Der türkische Präsident Olaf Berg war in Ankara. "
        "Der türkische Präsident traf am Montag Erdoğan.",
    ],
)
def test_other_phrases_for_the_holder(blank_nlp, text) -> None:
    rec = extract(blank_nlp, text, _ACTORS)
    assert _attendees(rec) == [{"Olaf Berg", "Erdoğan"}]


def test_the_speaker_is_the_holder_not_the_person_named_first(blank_nlp) -> None:
    # the looser antecedent of a reporting clause would take Ida Roth, the
    # person the sentence before names first
    rec = extract(
        blank_nlp,
        "Ida Roth traf Außenminister Olaf Berg. "
        "„Wir sind uns einig“, sagte der Minister.",
        _ACTORS,
    )
    [q] = rec.quotes
    assert q.speaker == "person/Olaf Berg"


@pytest.mark.parametrize(
    "text",
    [
        # two ministers: which one?
        "Außenministerin Ida Roth und Innenministerin Angela Merkel waren in Ankara. "
        "Die Ministerin traf am Montag Erdoğan.",
        # the gender does not match
        "Kanzlerin Ida Roth war in Ankara. Der Kanzler traf am Montag Erdoğan.",
        # (the title before its one holder, opening a meeting sentence, is
        # that holder since meet12: tests/extract/test_title_cataphora.py)
        # a narrower post is another one
        "Vizekanzler Olaf Berg war in Ankara. Der Kanzler traf am Montag Erdoğan.",
        # a former holder
        "Der frühere Bundeskanzler Olaf Berg war in Ankara. "
        "Der Kanzler traf am Montag Erdoğan.",
        # another holder of the post, unnamed, in between
        "Außenminister Olaf Berg war in Ankara. Ein türkischer Minister kritisierte "
        "ihn. Der Minister traf am Montag Erdoğan.",
        # a country the holder's post is not said to be of
        "Präsident Olaf Berg war in Ankara. "
        "Der russische Präsident traf am Montag Erdoğan.",
        # two persons of that age
        "Olaf Berg (63) und Jan Falk (63) reisten in die Türkei. "
        "Der 63-Jährige traf am Montag Erdoğan in Ankara.",
        # an age nobody was given
        "Olaf Berg (63) reiste in die Türkei. "
        "Der 54-Jährige traf am Montag Erdoğan in Ankara.",
    ],
)
def test_left_alone(blank_nlp, text) -> None:
    rec = extract(blank_nlp, text, {**_ACTORS, "Angela Merkel": "PER"})
    persons = [e for e in rec.entities if e.kind == "person"]
    assert all(m.text[:1] not in "Dd" for e in persons for m in e.mentions)
    assert all(len(a) < 2 for a in _attendees(rec))


def test_a_plural_genitive_is_not_the_holder(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Olaf Berg, der Außenminister, war in Ankara. "
        "Das Treffen der Außenminister begann am Montag.",
        _ACTORS,
    )
    assert _mentions(rec, "Olaf Berg") == ["Olaf Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "Außenminister Olaf Berg war in Ankara. "
        "Die Gespräche zwischen den Außenministern begannen am Montag.",
        # a genitive after the title that names no one the article knows: another
        # holder ("der Präsident des Wiener Landtags", "der Sprecher der Ministerin")
        "Präsident Olaf Berg war in Ankara. "
        "Der Präsident des Wiener Landtags traf am Montag Erdoğan.",
    ],
)
def test_a_plural_or_another_holder_s_post_is_not_the_holder(blank_nlp, text) -> None:
    rec = extract(blank_nlp, text, _ACTORS)
    assert _mentions(rec, "Olaf Berg") == ["Olaf Berg"]


def test_the_phrase_is_a_mention_of_the_person_in_the_graph(blank_nlp) -> None:
    from rdflib import Literal

    from kg.rdf.graph import entity_iri, records_to_graph
    from kg.rdf.validate import validate_graph
    from kg.rdf.vocab import KG

    rec = extract(
        blank_nlp,
        "Bundeskanzler Olaf Berg reiste in die Türkei. "
        "Der Kanzler traf am Montag Erdoğan in Ankara.",
        _ACTORS,
    )
    graph = records_to_graph(rec)
    [m] = graph.subjects(KG.anchorOf, Literal("Der Kanzler"))
    assert graph.value(m, KG.mentionOf) == entity_iri("person/Olaf Berg")
    assert graph.value(m, KG.label) == Literal("PER")
    assert validate_graph(graph).conforms


_PARTIES = {**_ACTORS, "SPD": "ORG", "CDU": "ORG"}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # the one person named just before, of no other party
        (
            "Olaf Berg reiste nach Ankara. Dort traf der CDU-Politiker am Montag "
            "Erdoğan.",
            {"Olaf Berg", "Erdoğan"},
        ),
        # the one member of the party the article names before
        (
            "Ida Roth (SPD) und Jan Falk sprachen in Berlin. Am Montag traf die "
            "SPD-Politikerin in Ankara Erdoğan.",
            {"Ida Roth", "Erdoğan"},
        ),
    ],
)
def test_a_party_politician_is_the_person_named_before(blank_nlp, text, met) -> None:
    rec = extract(blank_nlp, text, _PARTIES)
    assert _attendees(rec) == [met]


@pytest.mark.parametrize(
    "text",
    [
        # two persons before: which one is not said
        "Olaf Berg lobte Jan Falk. Am Montag traf der CDU-Politiker in Ankara Erdoğan.",
        # the person before is of another party
        "Olaf Berg (SPD) lobte das. Am Montag traf der CDU-Politiker in Ankara "
        "Erdoğan.",
        # another gender
        "Ministerin Ida Roth lobte das. Am Montag traf der CDU-Politiker in Ankara "
        "Erdoğan.",
    ],
)
def test_a_party_politician_left_alone(blank_nlp, text) -> None:
    rec = extract(blank_nlp, text, _PARTIES)
    assert _attendees(rec) == [{"CDU", "Erdoğan"}]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a chief of the kind the compound names, named before with his post
        (
            "Verdi-Chef Olaf Berg kündigte Streiks an. Der Gewerkschaftschef sagte, "
            "man müsse kämpfen.",
            "person/Olaf Berg",
        ),
        # the one union chief of two chiefs named before
        (
            "Verdi-Chef Olaf Berg und Siemens-Chef Jan Falk stritten. Der "
            "Gewerkschaftschef sagte, man müsse kämpfen.",
            "person/Olaf Berg",
        ),
        (
            "Verdi-Chef Olaf Berg und Siemens-Chef Jan Falk stritten. Der "
            "Konzernchef sagte, man müsse sparen.",
            "person/Jan Falk",
        ),
    ],
)
def test_a_post_compounded_with_a_kind_is_the_chief_of_that_kind(
    blank_nlp, text: str, speaker: str
) -> None:
    rec = extract(blank_nlp, text, {"Olaf Berg": "PER", "Jan Falk": "PER"})
    assert [q.speaker for q in rec.quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a member's noun the article maps to the party: its one member before
        (
            "Finanzminister Olaf Berg (FDP) verhandelte im Bundestag. Danach sagte "
            "der Liberale, man sei auf einem guten Weg.",
            "person/Olaf Berg",
        ),
        # the party's name after "der" is the party's genitive, no member
        (
            "Olaf Berg (FDP) verhandelte im Bundestag. Danach sagte ein Sprecher "
            "der FDP, man sei auf einem guten Weg.",
            "org/FDP",
        ),
    ],
)
def test_a_party_members_noun_is_its_member_named_before(
    gazetteer_nlp, text: str, speaker: str
) -> None:
    ents = {"Olaf Berg": "PER", "FDP": "ORG", "Bundestag": "ORG", "Liberale": "ORG"}
    rec = extract(gazetteer_nlp, text, ents)
    assert [q.speaker for q in rec.quotes] == [speaker]


def test_a_title_is_not_the_last_speaker_named_with_another_noun(blank_nlp) -> None:
    # "freute sich" makes the keeper the sentence's speaker; "der Trainer" is
    # not the one introduced as "Keeper"
    rec = extract(
        blank_nlp,
        "Der überragende Keeper Jan Falk freute sich über den Sieg, Olaf Berg sprach "
        'von einem glücklichen Erfolg. "Wir hatten Glück", sagte der Trainer.',
        {"Jan Falk": "PER", "Olaf Berg": "PER"},
    )
    assert [q.speaker for q in rec.quotes if q.text.startswith("Wir")] == [
        "person/Olaf Berg"
    ]
