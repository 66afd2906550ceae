"""Party membership from a compound before a name: "der CDU-Politiker X" is a
member of the CDU, as "X (CDU)" is; and a post's holder named after a degree
or a form of address ("Minister Prof. Dr. X", "Außenminister Prinz Y").
Invented sentences on hand-tagged Docs."""

from __future__ import annotations

import pytest

from tests.conftest import extract, role_triples


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Der CDU-Politiker Jens Berger kritisierte den Plan.", "Jens Berger", "CDU"),
        (
            "Die ÖVP-Spitzenpolitikerin Eva Gruber lehnte den Antrag ab.",
            "Eva Gruber",
            "ÖVP",
        ),
        ("Das SPD-Mitglied Kai Roth trat aus.", "Kai Roth", "SPD"),
    ],
)
def test_a_party_compound_before_a_name_is_membership(
    blank_nlp, text: str, person: str, party: str
) -> None:
    rec = extract(blank_nlp, text, {person: "PER"})
    assert (f"person/{person}", "Mitglied", f"org/{party}") in role_triples(rec)


@pytest.mark.parametrize(
    "text",
    [
        "Der BND-Mitarbeiter Hans Maier kritisierte den Plan.",  # no party
        "Der Ex-Politiker Hans Maier kritisierte den Plan.",
        "Der CDU-Politiker kritisierte Hans Maier.",  # the name is not his
    ],
)
def test_no_membership_without_a_party_before_the_name(blank_nlp, text: str) -> None:
    rec = extract(blank_nlp, text, {"Hans Maier": "PER"})
    assert not [r for r in role_triples(rec) if r[1] == "Mitglied"]


def test_a_party_post_named_later_is_of_the_members_party(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der FDP-Politiker Jens Berger ist seit Mai im Amt. Fraktionschef Berger "
        "sagte, man werde den Plan prüfen.",
        {"Jens Berger": "PER", "Berger": "PER"},
    )
    assert ("person/Jens Berger", "Fraktionschef", "org/FDP") in role_triples(rec)


@pytest.mark.parametrize(
    ("text", "person", "role", "org"),
    [
        (
            "Bundesgesundheitsminister Prof. Dr. Karl Berger warnte vor einer Welle.",
            "Karl Berger",
            "Bundesgesundheitsminister",
            None,
        ),
        (
            "Der saudische Außenminister Prinz Faisal bin Ahmad traf Baerbock.",
            "Faisal bin Ahmad",
            "Außenminister",
            "place/Saudi-Arabien",
        ),
        (
            "Der britische Botschafter Sir Alan Brook traf Baerbock.",
            "Alan Brook",
            "Botschafter",
            "place/Vereinigtes Königreich",
        ),
    ],
)
def test_a_degree_or_form_of_address_between_post_and_name(
    blank_nlp, text: str, person: str, role: str, org: str | None
) -> None:
    rec = extract(blank_nlp, text, {person: "PER", "Baerbock": "PER"})
    roles = role_triples(rec)
    assert (f"person/{person}", role, org) in roles
    # the form of address is no post of its own
    assert not [r for r in roles if r[1] in ("Prinz", "Sir", "Dr.")]


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        (
            "Karl Berger, Bundesgesundheitsminister, warnte vor einer Welle.",
            "Bundesgesundheitsminister",
            None,
        ),
        (
            "Das sagte Karl Berger, Nato-Generalsekretär, am Montag.",
            "Generalsekretär",
            "org/NATO",
        ),
    ],
)
def test_a_bare_post_closing_an_apposition_is_the_named_persons(
    blank_nlp, text: str, role: str, org: str | None
) -> None:
    rec = extract(blank_nlp, text, {"Karl Berger": "PER"})
    assert ("person/Karl Berger", role, org) in role_triples(rec)


def test_a_post_before_another_name_is_not_the_first_persons(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Geladen waren Karl Berger, Präsident Emil Roth und Eva Gruber.",
        {"Karl Berger": "PER", "Emil Roth": "PER", "Eva Gruber": "PER"},
    )
    assert [r[0] for r in role_triples(rec)] == ["person/Emil Roth"]


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Rücktritt von Premierminister Karl Berger übernahm Eva Gruber.",
        "Nach dem Tod des ungarischen Präsidenten Karl Berger wurde neu gewählt.",
        "Die bisherige Landesrätin Karl Berger wechselt in den Nationalrat.",
    ],
)
def test_a_post_whose_end_is_told_is_no_current_role(blank_nlp, text: str) -> None:
    rec = extract(blank_nlp, text, {"Karl Berger": "PER", "Eva Gruber": "PER"})
    assert not [r for r in role_triples(rec) if r[0] == "person/Karl Berger"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Vorgänger von Kanzler Karl Berger war Eva Gruber.",
        # the successor named: the holder holds it still
        "Eva Gruber wird Nachfolgerin von Kanzler Karl Berger.",
    ],
)
def test_the_predecessor_or_successor_of_a_holder_leaves_the_holders_post(
    blank_nlp, text: str
) -> None:
    rec = extract(blank_nlp, text, {"Karl Berger": "PER", "Eva Gruber": "PER"})
    assert ("person/Karl Berger", "Kanzler", None) in role_triples(rec)


def test_a_post_in_a_ministry_before_the_name(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Staatssekretärin im Finanzministerium Eva Gruber verteidigte den Haushalt.",
        {"Finanzministerium": "ORG", "Eva Gruber": "PER"},
    )
    assert ("person/Eva Gruber", "Staatssekretärin", "org/Finanzministerium") in (
        role_triples(rec)
    )


def test_a_form_of_address_after_a_post_and_a_comma(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Blinken soll den Emir von Katar, Scheich Tamim bin Omar, treffen.",
        {"Blinken": "PER", "Katar": "LOC", "Scheich Tamim bin Omar": "PER"},
    )
    roles = [r for r in role_triples(rec) if r[0] != "person/Blinken"]
    assert roles == [("person/Tamim bin Omar", "Emir", "place/Katar")]


@pytest.mark.parametrize(
    ("text", "ents", "role", "org"),
    [
        # a possessive opening the sentence: the organisation of any kind that
        # opens the sentence before as its subject, past its kind noun
        (
            "Die Gewerkschaft IG Metall kritisierte die Pläne. Ihr Vorsitzender "
            "Jörg Berger warnte vor dem Verlust.",
            {"IG Metall": "ORG", "Jörg Berger": "PER"},
            "Vorsitzender",
            "org/IG Metall",
        ),
        (
            "Der ADAC kritisierte die Pläne. Sein Präsident Jörg Berger warnte.",
            {"ADAC": "ORG", "Jörg Berger": "PER"},
            "Präsident",
            "org/ADAC",
        ),
        # a person opens the sentence before: whose post it is is not said
        (
            "Anna Gruber kritisierte die Pläne. Ihr Vorsitzender Jörg Berger warnte.",
            {"Anna Gruber": "PER", "Jörg Berger": "PER"},
            "Vorsitzender",
            None,
        ),
    ],
)
def test_a_possessive_post_opening_a_sentence(blank_nlp, text, ents, role, org) -> None:
    rec = extract(blank_nlp, text, ents)
    assert [r for r in role_triples(rec) if r[0] == "person/Jörg Berger"] == [
        (
            "person/Jörg Berger",
            "Vorsitzender" if "Vorsitz" in text else "Präsident",
            org,
        )
    ]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Der Mann wurde vom Landesgericht Linz verurteilt. Richterin Eva Gruber "
            "sah es als erwiesen an.",
            {"Landesgericht Linz": "ORG", "Eva Gruber": "PER"},
            ("person/Eva Gruber", "Richterin", "org/Landesgericht Linz"),
        ),
        (
            "Die Staatsanwaltschaft Graz ermittelt. Oberstaatsanwalt Jörg Berger "
            "sagte, man prüfe den Fall.",
            {"Staatsanwaltschaft Graz": "ORG", "Jörg Berger": "PER"},
            ("person/Jörg Berger", "Oberstaatsanwalt", "org/Staatsanwaltschaft Graz"),
        ),
        # two courts: which one is not said
        (
            "Das Landesgericht Linz und das Oberlandesgericht Graz entschieden. "
            "Richterin Eva Gruber sah es anders.",
            {
                "Landesgericht Linz": "ORG",
                "Oberlandesgericht Graz": "ORG",
                "Eva Gruber": "PER",
            },
            ("person/Eva Gruber", "Richterin", None),
        ),
    ],
)
def test_a_bare_justice_post_is_of_the_one_court_or_office(
    blank_nlp, text, ents, expected
) -> None:
    assert expected in role_triples(extract(blank_nlp, text, ents))


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import load_nlp

    return load_nlp()


def test_a_form_of_address_after_a_posts_genitive(nlp) -> None:
    """The shipped pipeline tags the city alone ("Region| Mekka"), so the
    genitive phrase, not one entity, lies between post and name."""
    from kg.extract import doc_to_records
    from kg.nlp import pipe

    text = "Der Gouverneur der Region Mekka, Prinz Omar Dawud, ordnete das an."
    doc = next(iter(pipe(nlp, [text])))
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    assert [(r.person, r.role) for r in rec.roles] == [
        ("person/Omar Dawud", "Gouverneur")
    ]


def test_the_short_form_of_a_party_opening_a_compound(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Im Landtag in Graz sagte Grün-Abgeordneter Jörg Berger, man sei dagegen. "
        "Die Grün-Politikerin Eva Gruber stimmte zu.",
        {"Graz": "LOC", "Jörg Berger": "PER", "Eva Gruber": "PER"},
    )
    greens = "org/Die Grünen (Österreich)"
    assert ("person/Jörg Berger", "Abgeordneter", greens) in role_triples(rec)
    assert ("person/Eva Gruber", "Mitglied", greens) in role_triples(rec)


def test_a_compound_country_adjective_before_a_post(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der US-amerikanische Außenminister Karl Berger reiste nach Wien.",
        {"Karl Berger": "PER", "Wien": "LOC"},
    )
    assert ("person/Karl Berger", "Außenminister", "place/USA") in role_triples(rec)


def test_a_colleague_of_a_holder_named_sentences_before(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Chinas Präsident Wu Jintao reiste nach Paris. Dort sprach er über Handel. "
        "Die Börsen reagierten. Im November hatten Wu und sein US-amerikanischer "
        "Amtskollege Karl Berger ihr Treffen in Peking genutzt.",
        {"Chinas": "LOC", "Wu Jintao": "PER", "Paris": "LOC", "Karl Berger": "PER"},
    )
    assert ("person/Karl Berger", "Präsident", "place/USA") in role_triples(rec)


def test_a_prefix_word_of_the_one_organisation_named(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der Tiergarten Schönbrunn plant eine Schau. Ein Termin stehe nicht fest, "
        "sagte Tiergarten-Direktor Karl Berger.",
        {"Tiergarten Schönbrunn": "ORG", "Karl Berger": "PER"},
    )
    assert ("person/Karl Berger", "Direktor", "org/Tiergarten Schönbrunn") in (
        role_triples(rec)
    )


def test_a_party_prefix_before_a_government_post_is_membership_only(
    gazetteer_nlp,
) -> None:
    rec = extract(
        gazetteer_nlp,
        "Im Landtag in Graz sagte Grün-Landesrat Jörg Berger, man sei dagegen.",
        {"Graz": "LOC", "Jörg Berger": "PER"},
    )
    assert ("person/Jörg Berger", "Landesrat", "org/Die Grünen (Österreich)") not in (
        role_triples(rec)
    )


def test_a_hyphenated_adjective_of_no_country_is_no_modifier(blank_nlp) -> None:
    from kg.extract.titles import is_title_modifier

    assert is_title_modifier("us-amerikanischer", "US-amerikanischer")
    assert not is_title_modifier("griechenland-skeptischen", "Griechenland-skeptischen")


@pytest.mark.parametrize(
    "text",
    [
        "Die SPD-Vorsitzenden Eva Gruber und Karl Berger kritisierten den Plan.",
        "Die Vorsitzenden der SPD, Eva Gruber und Karl Berger, kritisierten den Plan.",
    ],
)
def test_a_plural_post_of_one_organisation_is_each_named_persons(
    blank_nlp, text: str
) -> None:
    rec = extract(
        blank_nlp, text, {"SPD": "ORG", "Eva Gruber": "PER", "Karl Berger": "PER"}
    )
    orgs = {r[0]: r[2] for r in role_triples(rec) if r[1] != "Mitglied"}
    assert orgs == {"person/Eva Gruber": "org/SPD", "person/Karl Berger": "org/SPD"}


def test_a_singular_adjectival_post_is_the_first_persons_only(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Die Vorsitzende Eva Gruber und Karl Berger kritisierten den Plan.",
        {"Eva Gruber": "PER", "Karl Berger": "PER"},
    )
    assert [r[0] for r in role_triples(rec)] == ["person/Eva Gruber"]


def test_a_hyphenated_name_in_a_prefix_before_its_first_parts_country(
    blank_nlp,
) -> None:
    rec = extract(
        blank_nlp,
        "Deutsche-Bank-Chef Karl Berger warnte vor einer Rezession.",
        {"Karl Berger": "PER"},
    )
    assert ("person/Karl Berger", "Chef", "org/Deutsche Bank") in role_triples(rec)


def test_a_plural_post_in_e(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Die FPÖ-Generalsekretäre Karl Berger und Eva Gruber verlangten das.",
        {"Karl Berger": "PER", "Eva Gruber": "PER"},
    )
    assert {r[0] for r in role_triples(rec) if r[1] == "Generalsekretär"} == {
        "person/Karl Berger",
        "person/Eva Gruber",
    }


def test_a_portfolio_after_fuer_is_no_employer(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Das sagte der Staatssekretär für EU-Fragen, Karl Berger, am Montag.",
        {"Karl Berger": "PER"},
    )
    assert ("person/Karl Berger", "Staatssekretär", None) in role_triples(rec)


def test_a_post_in_brackets_after_a_country(nlp) -> None:
    from kg.extract import doc_to_records
    from kg.nlp import pipe

    text = (
        "Sie wollen sich mit der Türkei (Premierminister Ahmed Davutoglu kommt) "
        "und Griechenland zusammentun."
    )
    rec = doc_to_records(
        next(iter(pipe(nlp, [text]))), article_id="t", content_hash="h"
    )
    assert ("person/Ahmed Davutoglu", "Premierminister", "place/Türkei") in (
        role_triples(rec)
    )


def test_a_plural_post_past_a_bracket(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Die zuständigen Kommissare Karl Berger (Vizepräsident, Grundrechte) und "
        "Eva Gruber stellten den Plan vor.",
        {"Karl Berger": "PER", "Eva Gruber": "PER"},
    )
    assert {r[0] for r in role_triples(rec) if r[1] == "Kommissar"} == {
        "person/Karl Berger",
        "person/Eva Gruber",
    }


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Gäste sind Eva Gruber (SPD-Bundestagsabgeordnete und Ärztin) und andere.",
            {"Eva Gruber": "PER"},
            {("person/Eva Gruber", "Bundestagsabgeordnete", "org/SPD")},
        ),
        (
            "Gäste sind Eva Gruber (Vorsitzende der Caritas) und andere.",
            {"Eva Gruber": "PER", "Caritas": "ORG"},
            {("person/Eva Gruber", "Vorsitzende", "org/Caritas")},
        ),
        # a post with its organisation's prefix is no membership of it
        (
            "Gäste sind Eva Gruber (EU-Außenbeauftragte) und andere.",
            {"Eva Gruber": "PER"},
            {("person/Eva Gruber", "Außenbeauftragte", "org/EU")},
        ),
    ],
)
def test_a_post_with_its_complement_in_brackets(
    blank_nlp, text, ents, expected
) -> None:
    assert role_triples(extract(blank_nlp, text, ents)) == expected
