"""kg.extract.role_orgs: the organisation a title refers back to by a noun of
its kind, and a place run together with a country's genitive before a title.

Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import annotate, extract, role_triples


def test_title_compound_refers_to_the_one_association_of_the_article(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der Bundesverband der Spediteure hat Klage eingereicht. Das Gericht solle "
        "klären, ob das rechtens sei, sagte Verbandspräsident Michael Heinz.",
        {"Bundesverband der Spediteure": "ORG", "Michael Heinz": "PER"},
    )
    assert (
        "person/Michael Heinz",
        "Verbandspräsident",
        "org/Bundesverband der Spediteure",
    ) in role_triples(rec)


def test_genitive_short_form_refers_to_the_named_insurer(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Die Österreichische Hagelversicherung meldete 900 Schäden, berichtete "
        "der Vorstandschef der Hagelversicherung, Kurt Weber, am Freitag.",
        {"Österreichische Hagelversicherung": "ORG", "Kurt Weber": "PER"},
    )
    [(_, _, org)] = [t for t in role_triples(rec) if t[0] == "person/Kurt Weber"]
    assert org == "org/Österreichische Hagelversicherung"


def test_genitive_of_a_kind_names_nothing_when_two_orgs_have_it(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Die Volksbank und die Raiffeisenbank verhandeln. Das sei offen, sagte "
        "der Chef der Bank, Peter Huber.",
        {"Volksbank": "ORG", "Raiffeisenbank": "ORG", "Peter Huber": "PER"},
    )
    assert [t[2] for t in role_triples(rec) if t[0] == "person/Peter Huber"] == [None]


def test_title_compound_of_an_other_noun_takes_no_org(blank_nlp) -> None:
    # "Hörfunk" is no kind of organisation: the sentence's ORF is not read as it
    rec = extract(
        blank_nlp,
        "Die Caritas werde helfen, erklärte Hörfunkdirektor Karl Amon.",
        {"Caritas": "ORG", "Karl Amon": "PER"},
    )
    assert [t[2] for t in role_triples(rec) if t[0] == "person/Karl Amon"] == [None]


def test_city_and_country_genitive_run_together_are_split(
    blank_nlp, gazetteer_nlp
) -> None:
    from kg.extract import doc_to_records

    doc = annotate(
        blank_nlp,
        "Die Ministerin bot am Dienstag in Budapest Ungarns Innenminister "
        "Sándor Pintér 80 Polizisten an.",
        {"Budapest Ungarns": "LOC", "Sándor Pintér": "PER"},
    )
    doc = gazetteer_nlp.get_pipe("kg_gazetteer")(doc)
    assert [e.text for e in doc.ents] == ["Budapest", "Ungarns", "Sándor Pintér"]
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    assert ("person/Sándor Pintér", "Innenminister", "place/Ungarn") in role_triples(
        rec
    )


def test_a_two_word_place_the_gazetteer_knows_whole_stays_one(
    blank_nlp, gazetteer_nlp
) -> None:
    doc = annotate(
        blank_nlp,
        "Der Präsident landete in Buenos Aires am Abend.",
        {"Buenos Aires": "LOC"},
    )
    doc = gazetteer_nlp.get_pipe("kg_gazetteer")(doc)
    assert [e.text for e in doc.ents] == ["Buenos Aires"]


def test_a_plural_genitive_is_not_the_one_body_of_the_article(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Das Landesstudio Tirol sendet wieder. Das gelte für alle, sagte der "
        "Koordinator der Landesstudios Robert Zimmer.",
        {"Landesstudio Tirol": "ORG", "Robert Zimmer": "PER"},
    )
    assert [t[2] for t in role_triples(rec) if t[0] == "person/Robert Zimmer"] == [None]


def test_bare_post_takes_the_country_its_sentence_and_the_article_name_most(
    blank_nlp,
) -> None:
    # Mexiko is named nearly as often as Ägypten: the article has no clear
    # focus, but the sentence names only Ägypten before the post
    text = (
        "Kairo – In Ägypten sind zwölf Touristen getötet worden, acht aus Mexiko. "
        "Mexiko verlangt Aufklärung, die Regierung in Mexiko-Stadt ist empört. "
        "In Mexiko trauern viele. "
        "Ägypten kämpft seit dem Sturz des islamistischen Präsidenten Mohammed "
        "Mursi gegen Extremisten."
    )
    ents = {
        "Kairo": "LOC",
        "Ägypten": "LOC",
        "Mexiko": "LOC",
        "Mexiko-Stadt": "LOC",
        "Mohammed Mursi": "PER",
    }
    rec = extract(blank_nlp, text, ents)
    assert ("person/Mohammed Mursi", "Präsident", "place/Ägypten") in role_triples(rec)
    # a country the sentence names that the article does not name most is not it
    rec = extract(blank_nlp, text.replace("Ägypten kämpft", "Mexiko kämpft"), ents)
    assert [t[2] for t in role_triples(rec) if t[0] == "person/Mohammed Mursi"] == [
        None
    ]


def test_posts_that_name_their_national_body(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Im Mai begrüßte Nationalratspräsidentin Eva Lang die Schüler. "
        "Volksanwalt Karl Roth sprach von Sorgen.",
        {"Eva Lang": "PER", "Karl Roth": "PER"},
    )
    triples = role_triples(rec)
    assert ("person/Eva Lang", "Nationalratspräsidentin", "org/Nationalrat") in triples
    assert ("person/Karl Roth", "Volksanwalt", "org/Volksanwaltschaft") in triples
