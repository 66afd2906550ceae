"""kg_orgs rule 2c: a body a state has one of, named by its designation after a
definite article ("der Senat", "den Kongress", "des Kanzleramts"); and rule 4b
of kg.extract.resolve for the bare designation after its hyphenated name
("US-Senat" ... "im Senat"). Invented sentences, hand-set entities as in
``test_org_same_name.py``."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.extract.resolve import RawMention, resolve_mentions
from kg.lang.de.bodies import designation
from kg.nlp import load_nlp
from kg.nlp.components.orgs import OrgRules
from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("Senat", "senat"),
        ("Senats", "senat"),
        ("Kongresses", "kongress"),
        ("Nationalversammlung", "nationalversammlung"),
        ("Senate", None),
        ("Studentensenat", None),
        ("senat", None),
    ],
)
def test_designation_forms(word, noun):
    assert designation(word) == noun


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Reform schwächt den Senat deutlich .", "Senat"),
        ("Beamte des Kanzleramts reisen nach Brüssel .", "Kanzleramts"),
        ("Der Verlag wurde vom Presserat gerügt .", "Presserat"),
        ("Sie hofft auf den Kongress .", "Kongress"),
        ("In der Nationalversammlung fehlen ihm Stimmen .", "Nationalversammlung"),
    ],
)
def test_designation_after_definite_article_is_an_organisation(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


@pytest.mark.parametrize(
    "text",
    [
        # no definite article: any senate
        "Ein Senat entscheidet darüber .",
        # a venue or an event, not the body
        "Auf dem Kongress sprachen viele Ärzte .",
        "Am Kongress nahmen Ärzte teil .",
        # a numbered chamber of another body
        "Der Senat 3 tagt am Montag .",
        # a plural
        "Die Senate der Universität tagen .",
        # a generic noun every state has needs its country
        "Die Regierung und das Parlament streiten .",
    ],
)
def test_no_designation_without_the_one_body(vocab, text):
    assert org_rules(vocab, text) == []


def test_bare_designation_is_the_hyphenated_body_of_the_article():
    texts = [("US-Senat", "ORG"), ("Senats", "ORG"), ("Senat", "ORG")]
    mentions, at = [], 0
    for t, label in texts:
        mentions.append(RawMention(at, at + len(t), t, label, 0))
        at += len(t) + 1
    ents = resolve_mentions(mentions)
    assert [(e.name, {m.text for m in e.mentions}) for e in ents] == [
        ("US-Senat", {"US-Senat", "Senats", "Senat"})
    ]


def test_channel_in_a_programme_listing_ends_before_the_time(vocab):
    # rule 10a: the model ran the channel on into the listing
    text = "Montag : Kanal Sieben 20.15 Krimi Der Tote am See ."
    words = text.split(" ")
    doc = Doc(vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, 2, 6, label="ORG")]
    doc = OrgRules(None)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kanal Sieben", "ORG")]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Vonseiten der Demokraten kam scharfe Kritik am Haushalt .", "Demokraten"),
        ("Der Vorsprung der Republikaner wuchs am Dienstag weiter .", "Republikaner"),
    ],
)
def test_party_members_in_an_article_naming_no_country(nlp, text, party):
    # rule 5: no country to weigh, the members' noun's one plain claim
    assert (party, "ORG") in [(e.text, e.label_) for e in nlp(text).ents]


def test_leaning_in_an_article_naming_no_country_is_no_party(nlp):
    # "Konservativen" is a leaning, not a noun of a party's members
    ents = nlp("Die islamischen Konservativen der Bewegung stritten lange .").ents
    assert ("Konservativen", "ORG") not in [(e.text, e.label_) for e in ents]


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        # rule 2d: the model took the players for a place
        (
            "Es spielen die Wiener Philharmoniker im Park .",
            [(4, 5, "LOC")],
            "Wiener Philharmoniker",
        ),
        ("Sie tourt mit den Bamberger Symphonikern .", [], "Bamberger Symphonikern"),
    ],
)
def test_ensemble_named_by_its_city(vocab, text, ents, name):
    words = text.split(" ")
    doc = Doc(vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    got = [(e.text, e.label_) for e in OrgRules(None)(doc).ents]
    assert (name, "ORG") in got


@pytest.mark.parametrize(
    "text",
    ["Die Philharmoniker spielten gut .", "Viele Wiener Forscher spielten mit ."],
)
def test_no_ensemble_without_a_city_or_with_a_profession(vocab, text):
    assert org_rules(vocab, text) == []


def _model_org(vocab, text, start):
    words = text.split(" ")
    doc = Doc(vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, start, start + 2, label="ORG")]
    return [(e.text, e.label_) for e in OrgRules(None)(doc).ents]


@pytest.mark.parametrize(
    ("text", "start", "left"),
    [
        # rule 9a: a name in the genitive and a thing of it
        ("Laut Brunners Pinnwand war alles anders .", 1, []),
        ("Die Immunität Kowalskis fiel im Mai .", 1, []),
        # the owner the gazetteer knows stays
        ("Er lobte Googles Software sehr .", 2, [("Googles", "ORG")]),
    ],
)
def test_a_thing_of_a_name_is_no_organisation(vocab, text, start, left):
    assert _model_org(vocab, text, start) == left


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Das Rotes Kreuz hilft .", 1),  # an adjective, a part of a name
        ("Der Hermes Versand wächst .", 1),  # a name ending in "s"
        ("Der Mertens Verlag wächst .", 1),  # a head of an organisation's name
    ],
)
def test_names_of_two_words_stay(vocab, text, start):
    words = text.split(" ")
    assert _model_org(vocab, text, start) == [
        (" ".join(words[start : start + 2]), "ORG")
    ]


@pytest.mark.parametrize(
    ("text", "start", "left"),
    [
        # rule 10b: a person named with their nationality
        ("Sieg gegen Serben Lajovic bringt ein Duell .", 2, [("Lajovic", "PER")]),
        ("Der Brite Nowak gewann .", 1, [("Nowak", "PER")]),
        # names the gazetteer knows the noun in, a common word after it
        ("Die Deutsche Bank wächst .", 1, [("Deutsche Bank", "ORG")]),
        ("Die Schweizer Post wächst .", 1, [("Schweizer Post", "ORG")]),
    ],
)
def test_a_nationality_before_a_name_is_a_person(vocab, text, start, left):
    assert _model_org(vocab, text, start) == left
