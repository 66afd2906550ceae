"""kg.extract.roles: persons holding posts, on hand-annotated Docs.

Sentences are written for these tests, with their own anchor dates, so the
rules are checked on text they were not built on.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.nlp import load_nlp
from tests.conftest import extract, role_triples


def test_title_before_name_with_country_adjective(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Bundeskanzlerin Angela Merkel hat am Dienstag in Paris den französischen "
        "Präsidenten Emmanuel Macron getroffen.",
        {"Angela Merkel": "PER", "Paris": "LOC", "Emmanuel Macron": "PER"},
        anchor=date(2021, 3, 4),  # a Thursday
    )
    assert ("person/Angela Merkel", "Bundeskanzlerin", None) in role_triples(rec)
    assert ("person/Emmanuel Macron", "Präsident", "place/Frankreich") in role_triples(
        rec
    )
    [m] = rec.meetings
    assert set(m.attendees) == {"person/Angela Merkel", "person/Emmanuel Macron"}
    assert m.location == "place/Paris"
    assert m.date == date(2021, 3, 2)  # past tense: the Tuesday before


def test_compound_titles_name_the_country_or_organisation(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Palästinenserpräsident Mahmud Abbas empfängt am Montag den israelischen "
        "Verteidigungsminister Benny Gantz in Ramallah. "
        "GPA-djp-Chef Wolfgang Katzian (SPÖ) "
        "kritisierte das.",
        {
            "Mahmud Abbas": "PER",
            "Benny Gantz": "PER",
            "Ramallah": "LOC",
            "Wolfgang Katzian": "PER",
            "SPÖ": "ORG",
            "GPA-djp-Chef": "MISC",
        },
        anchor=date(2020, 2, 1),  # a Saturday
    )
    roles = role_triples(rec)
    assert ("person/Mahmud Abbas", "Präsident", "place/Palästina") in roles
    assert ("person/Benny Gantz", "Verteidigungsminister", "place/Israel") in roles
    assert ("person/Wolfgang Katzian", "Chef", "org/GPA-djp") in roles
    assert ("person/Wolfgang Katzian", "Mitglied", "org/SPÖ") in roles
    [m] = rec.meetings
    assert set(m.attendees) == {"person/Mahmud Abbas", "person/Benny Gantz"}
    assert m.date == date(2020, 2, 3)  # present tense, scheduled: the coming Monday
    assert m.location == "place/Ramallah"


def test_deputy_title_is_normalised_by_gender(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Die Delegation wird vom stellvertretenden Außenminister Pawel Petrow "
        "geleitet. "
        "Die stellvertretende UN-Generalsekretärin Amina Mohammed reiste ab.",
        {"Pawel Petrow": "PER", "Amina Mohammed": "PER"},
    )
    roles = role_triples(rec)
    assert ("person/Pawel Petrow", "stellvertretender Außenminister", None) in roles
    assert (
        "person/Amina Mohammed",
        "stellvertretende Generalsekretärin",
        "org/UN",
    ) in {(p, r, o if o != "org/Vereinte Nationen" else "org/UN") for p, r, o in roles}


def test_former_holders_are_not_current_roles(blank_nlp) -> None:
    rec = extract(
        blank_nlp, "Der frühere Außenminister Hans Weber sprach.", {"Hans Weber": "PER"}
    )
    assert rec.roles == ()


def test_genitive_country_before_the_title(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Brasiliens Präsidentin Dilma Rousseff sprach in Brasília.",
        {"Brasiliens": "LOC", "Dilma Rousseff": "PER", "Brasília": "LOC"},
    )
    assert ("person/Dilma Rousseff", "Präsidentin", "place/Brasilien") in role_triples(
        rec
    )


def test_bare_national_post_takes_the_country_the_article_is_about(blank_nlp) -> None:
    text = (
        "Athen – In Griechenland wächst der Unmut. Ministerpräsident Kostas Andreou "
        "kündigte in Thessaloniki Reformen an. Die griechische Opposition lehnt sie ab."
    )
    ents = {
        "Athen": "LOC",
        "Griechenland": "LOC",
        "Kostas Andreou": "PER",
        "Thessaloniki": "LOC",
    }
    assert ("person/Kostas Andreou", "Ministerpräsident", "place/Griechenland") in (
        role_triples(extract(blank_nlp, text, ents))
    )
    # no clear focus: as many mentions of another country (and no dateline),
    # and no country in the sentence before the title (roles_more.countries_around)
    italy = " Auch in Italien, in Rom und in Mailand, wird gestritten."
    mixed = (
        text.replace("Athen – ", "").replace("Unmut.", "Unmut. Es wird laut.") + italy
    )
    ents |= {"Italien": "LOC", "Rom": "LOC", "Mailand": "LOC"}
    assert ("person/Kostas Andreou", "Ministerpräsident", None) in (
        role_triples(extract(blank_nlp, mixed, ents))
    )
    # with the dateline "Athen –" the report is from Greece: it counts three more
    assert ("person/Kostas Andreou", "Ministerpräsident", "place/Griechenland") in (
        role_triples(extract(blank_nlp, text + italy, ents))
    )


def test_focus_country_is_not_given_where_it_cannot_be_told(blank_nlp) -> None:
    # two bare holders of one post: which is whose?
    rec = extract(
        blank_nlp,
        "Kairo – Ägypten rüstet auf. Verteidigungsminister Sami Adel traf in Kairo "
        "Verteidigungsminister John Miller. Ägypten kauft Panzer.",
        {"Kairo": "LOC", "Ägypten": "LOC", "Sami Adel": "PER", "John Miller": "PER"},
    )
    assert {r.organisation for r in rec.roles} == {None}
    # "Bundes-" posts belong to federations; a German Ministerpräsident heads a Land
    rec = extract(
        blank_nlp,
        "Madrid – Spanien streitet. Bundespräsident Frank Berger besucht Madrid und "
        "Sevilla.",
        {"Madrid": "LOC", "Spanien": "LOC", "Frank Berger": "PER", "Sevilla": "LOC"},
    )
    assert role_triples(rec) == {("person/Frank Berger", "Bundespräsident", None)}
    rec = extract(
        blank_nlp,
        "München – In Deutschland wird gewählt. Ministerpräsident Markus Huber warb "
        "in Nürnberg und Augsburg um Stimmen.",
        {
            "München": "LOC",
            "Deutschland": "LOC",
            "Markus Huber": "PER",
            "Nürnberg": "LOC",
            "Augsburg": "LOC",
        },
    )
    assert role_triples(rec) == {("person/Markus Huber", "Ministerpräsident", None)}
    # a sub-national post is not the country's
    rec = extract(
        blank_nlp,
        "Lyon – Frankreich wählt. Bürgermeister Paul Dupont sprach in Lyon über "
        "Frankreich.",
        {"Lyon": "LOC", "Frankreich": "LOC", "Paul Dupont": "PER"},
    )
    # (it is the one city's the article names)
    assert role_triples(rec) == {("person/Paul Dupont", "Bürgermeister", "place/Lyon")}


def test_a_visitor_does_not_take_the_post_of_the_country_visited(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Hanoi – Vietnam öffnet sich. Präsident Bill Tanner besuchte am Montag "
        "Vietnam. In Hanoi und in Saigon freuten sich viele. Präsident Tran Van Lam "
        "empfing ihn.",
        {
            "Hanoi": "LOC",
            "Vietnam": "LOC",
            "Bill Tanner": "PER",
            "Saigon": "LOC",
            "Tran Van Lam": "PER",
        },
    )
    assert role_triples(rec) == {
        ("person/Bill Tanner", "Präsident", None),
        ("person/Tran Van Lam", "Präsident", "place/Vietnam"),
    }


def test_possessive_names_the_country_of_a_post(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Slowenien schickte einen Diplomaten, Kroatien seine Außenministerin Ana "
        "Horvat.",
        {"Slowenien": "LOC", "Kroatien": "LOC", "Ana Horvat": "PER"},
    )
    assert ("person/Ana Horvat", "Außenministerin", "place/Kroatien") in role_triples(
        rec
    )


def test_organisation_prefix_of_a_post(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Die EU-Außenbeauftragte Kaja Kallas reiste ab. UN-Hochkommissar Volker Türk "
        "blieb.",
        {"Kaja Kallas": "PER", "Volker Türk": "PER"},
    )
    roles = role_triples(rec)
    assert ("person/Kaja Kallas", "Außenbeauftragte", "org/EU") in roles
    assert ("person/Volker Türk", "Hochkommissar", "org/Vereinte Nationen") in roles


def test_words_before_a_title_that_are_no_modifiers(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Das sei unklar, sagte Verteidigungsminister Boris Pistorius am Abend.",
        {"Boris Pistorius": "PER"},
    )
    [role] = rec.roles
    assert role.title == "Verteidigungsminister"


def test_a_vice_prefix_is_no_organisation(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Die Vize-Chefin Maria Neumann trat zurück.",
        {"Maria Neumann": "PER"},
    )
    assert all(r.organisation is None for r in rec.roles)


def test_post_named_without_holder_gives_the_holder_its_country(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Chilenischer Außenminister warnt vor Krise. Die Lage sei ernst, sagte "
        "Außenminister Alberto van Klaveren am Montag. US-Außenminister Antony "
        "Blinken widersprach. Außenminister Blinken reiste ab.",
        {"Alberto van Klaveren": "PER", "Antony Blinken": "PER", "Blinken": "PER"},
    )
    roles = role_triples(rec)
    assert ("person/Alberto van Klaveren", "Außenminister", "place/Chile") in roles
    assert ("person/Antony Blinken", "Außenminister", "place/USA") in roles
    assert ("person/Antony Blinken", "Außenminister", None) not in roles


def test_a_title_with_a_genitive_then_the_name_after_a_comma() -> None:

    rec = extract(
        load_nlp(),
        "Ermittelt wird gegen den Chef der prokurdischen HDP, Selahattin Demirtas. "
        "Der Chefredakteur der Zeitung Cumhuriyet, Can Dündar, warnte. "
        "Das schrieb der Chef der Ukip (UK Independence Party), Nigel Farage.",
        {
            "HDP": "ORG",
            "Selahattin Demirtas": "PER",
            "Cumhuriyet": "ORG",
            "Can Dündar": "PER",
            "Ukip": "ORG",
            "UK Independence Party": "ORG",
            "Nigel Farage": "PER",
        },
    )
    roles = role_triples(rec)
    # named as persons.tsv writes him
    assert ("person/Selahattin Demirtaş", "Chef", "org/HDP") in roles
    assert ("person/Can Dündar", "Chefredakteur", "org/Cumhuriyet") in roles
    assert any(r[0] == "person/Nigel Farage" and r[1] == "Chef" for r in roles)


def test_former_posts_by_prefix_and_candidacies_are_no_roles(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Altkanzler Helmut Kohl schwieg. Präsidentschaftskandidat Norbert Hofer "
        "sprach. Alterspräsident Hans Moser eröffnete die Sitzung.",
        {"Helmut Kohl": "PER", "Norbert Hofer": "PER", "Hans Moser": "PER"},
    )
    assert role_triples(rec) == {("person/Hans Moser", "Alterspräsident", None)}


def test_a_city_genitive_names_the_city_of_a_local_post(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Roms Bürgermeister Ignazio Marino kämpft. Odessas Gouverneur Mikheil "
        "Saak sprach. Roms Botschafter Ugo Bini schwieg.",
        {
            "Roms": "LOC",
            "Ignazio Marino": "PER",
            "Odessas": "LOC",
            "Mikheil Saak": "PER",
            "Ugo Bini": "PER",
        },
    )
    roles = role_triples(rec)
    assert ("person/Ignazio Marino", "Bürgermeister", "place/Rom") in roles
    assert ("person/Mikheil Saak", "Gouverneur", "place/Odessa") in roles
    # not for national posts: a capital's genitive stands for its state
    assert ("person/Ugo Bini", "Botschafter", "place/Rom") not in roles


def test_a_plural_title_before_two_names(blank_nlp) -> None:
    ents = {"Anna Bauer": "PER", "Tom Kerr": "PER", "Ole Lund": "PER"}
    rec = extract(
        blank_nlp, "Die Außenminister Anna Bauer, Ole Lund und Tom Kerr berieten.", ents
    )
    assert {(p, r) for p, r, _ in role_triples(rec)} == {
        ("person/Anna Bauer", "Außenminister"),
        ("person/Ole Lund", "Außenminister"),
        ("person/Tom Kerr", "Außenminister"),
    }
    # a singular title is the first person's only
    rec = extract(
        blank_nlp, "Der Außenminister Anna Bauer und Tom Kerr berieten.", ents
    )
    assert {p for p, _, _ in role_triples(rec)} == {"person/Anna Bauer"}


def test_adjectival_titles_take_the_gender_of_their_article(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Wie der Vorsitzende der SPD, Lars Klingbeil, mitteilte, und die "
        "Vorsitzende der CDU, Anna Roth, sagte, wird verhandelt.",
        {"SPD": "ORG", "Lars Klingbeil": "PER", "CDU": "ORG", "Anna Roth": "PER"},
    )
    assert role_triples(rec) == {
        ("person/Lars Klingbeil", "Vorsitzender", "org/SPD"),
        ("person/Anna Roth", "Vorsitzende", "org/CDU"),
    }


def test_an_indefinite_title_before_a_name_is_not_its_holder(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Ein Sprecher Konvičkas bestritt das. Sprecher Jan Hus widersprach.",
        {"Konvičkas": "PER", "Jan Hus": "PER"},
    )
    assert {p for p, _, _ in role_triples(rec)} == {"person/Jan Hus"}


def test_the_dateline_counts_for_the_country_an_article_is_about(blank_nlp) -> None:
    text = (
        "Pensionen steigen um 1,2 Prozent.\n\nWien – Die Pensionen steigen. "
        "Sozialminister Rudolf Hundstorfer zeigte sich zufrieden."
    )
    ents = {"Wien": "LOC", "Rudolf Hundstorfer": "PER"}
    rec = extract(blank_nlp, text, ents)
    assert (
        "person/Rudolf Hundstorfer",
        "Sozialminister",
        "place/Österreich",
    ) in role_triples(rec)
    # without a dateline, one mention of the city is not enough
    rec = extract(blank_nlp, text.replace("Wien – ", "In Wien "), ents)
    assert ("person/Rudolf Hundstorfer", "Sozialminister", None) in role_triples(rec)


def test_a_colleague_holds_the_post_of_the_person_before(blank_nlp) -> None:
    ents = {"Heiko Maas": "PER", "Sergej Lawrow": "PER"}
    rec = extract(
        blank_nlp,
        "Außenminister Heiko Maas telefonierte mit seinem russischen Amtskollegen "
        "Sergej Lawrow.",
        ents,
    )
    assert ("person/Sergej Lawrow", "Außenminister", "place/Russland") in role_triples(
        rec
    )
    # no country for the colleague, or no post before: nothing
    rec = extract(
        blank_nlp,
        "Heiko Maas telefonierte mit seinem Amtskollegen Sergej Lawrow.",
        ents,
    )
    assert role_triples(rec) == set()


def test_a_colleague_holds_the_post_in_their_own_gender(blank_nlp) -> None:
    """Issue 15: "Baerbock traf in Warschau ihren polnischen Amtskollegen Rau":
    Rau is Außenminister (not -in) of Polen, and the visitor Baerbock does not
    become Polen's Außenministerin in an article about Polen."""
    rec = extract(
        blank_nlp,
        "Außenministerin Annalena Baerbock ist zu Gesprächen nach Polen gereist. "
        "Baerbock traf in Warschau ihren polnischen Amtskollegen Zbigniew Rau.",
        {
            "Annalena Baerbock": "PER",
            "Polen": "LOC",
            "Baerbock": "PER",
            "Warschau": "LOC",
            "Zbigniew Rau": "PER",
        },
    )
    roles = role_triples(rec)
    assert ("person/Zbigniew Rau", "Außenminister", "place/Polen") in roles
    assert ("person/Annalena Baerbock", "Außenministerin", "place/Polen") not in roles
    # and the other way round: "seine deutsche Amtskollegin"
    rec = extract(
        blank_nlp,
        "Stellvertretender Außenminister Sergej Rjabkow traf seine amerikanische "
        "Amtskollegin Wendy Sherman.",
        {"Sergej Rjabkow": "PER", "Wendy Sherman": "PER"},
    )
    assert (
        "person/Wendy Sherman",
        "stellvertretende Außenministerin",
        "place/USA",
    ) in role_triples(rec)


def test_parties_and_state_bodies_say_which_country_a_report_is_about(
    blank_nlp,
) -> None:
    # a domestic report names its parties more often than its country
    text = (
        "Die SPÖ streitet mit der ÖVP. Kanzler Olaf Berger verteidigte die SPÖ, "
        "die FPÖ lehnte ab. Das Innenministerium prüft den Plan."
    )
    ents = {
        "SPÖ": "ORG",
        "ÖVP": "ORG",
        "FPÖ": "ORG",
        "Olaf Berger": "PER",
        "Innenministerium": "ORG",
    }
    assert ("person/Olaf Berger", "Kanzler", "place/Österreich") in role_triples(
        extract(blank_nlp, text, ents)
    )
    # media are no such evidence: the STANDARD reports on every country
    media = "Der STANDARD und der ORF berichten. Kanzler Olaf Berger sprach im ORF."
    assert ("person/Olaf Berger", "Kanzler", None) in role_triples(
        extract(
            blank_nlp, media, {"STANDARD": "ORG", "ORF": "ORG", "Olaf Berger": "PER"}
        )
    )


def test_a_land_or_city_named_around_a_local_post(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der burgenländische Landeshauptmann Hans Adler lobte den Wiener "
        "Bürgermeister Karl Baum. Die steirische Landesrätin Eva Holz und der "
        "Kärntner Landeshauptmann Paul Stein schwiegen. Wiens Gesundheitsstadträtin "
        "Ida Roth sprach. Der Grazer Bürgermeister Udo Kern ging.",
        {
            "Hans Adler": "PER",
            "Karl Baum": "PER",
            "Eva Holz": "PER",
            "Paul Stein": "PER",
            "Wiens": "LOC",
            "Ida Roth": "PER",
            "Udo Kern": "PER",
        },
    )
    roles = role_triples(rec)
    assert ("person/Hans Adler", "Landeshauptmann", "place/Burgenland") in roles
    assert ("person/Karl Baum", "Bürgermeister", "place/Wien") in roles
    assert ("person/Eva Holz", "Landesrätin", "place/Steiermark") in roles
    assert ("person/Paul Stein", "Landeshauptmann", "place/Kärnten") in roles
    # a capital's genitive before a city post is the city, not the state
    assert ("person/Ida Roth", "Stadträtin", "place/Wien") in roles
    assert ("person/Udo Kern", "Bürgermeister", "place/Graz") in roles
    # a genitive the model did not label names the city too
    rec = extract(
        blank_nlp,
        "Das löst bei Wiens Gesundheitsstadträtin Ida Roth Empörung aus.",
        {"Ida Roth": "PER"},
    )
    assert {(r.person, r.organisation) for r in rec.roles} == {
        ("person/Ida Roth", "place/Wien")
    }
    # demonyms of one table for posts and speakers (kg.lang.de.places.DEMONYM_PLACES)
    rec = extract(
        blank_nlp,
        "Der Burgenländer Landeshauptmann Hans Adler sprach.",
        {"Hans Adler": "PER"},
    )
    assert ("person/Hans Adler", "Landeshauptmann", "place/Burgenland") in (
        role_triples(rec)
    )
    # a national post takes no Land from the adjective
    rec = extract(
        blank_nlp,
        "Der Wiener Botschafter Max Ritter sprach.",
        {"Max Ritter": "PER"},
    )
    assert ("person/Max Ritter", "Botschafter", None) in role_triples(rec)


def test_titles_joined_before_one_name_are_all_that_persons(blank_nlp) -> None:
    ents = {"Karl Adler": "PER", "Eva Holz": "PER", "FDP": "ORG", "Rom": "LOC"}
    rec = extract(
        blank_nlp,
        "Vizekanzler und FDP-Chef Karl Adler sprach in Rom. "
        "Dort sagte Außenministerin, Parteivize und neue Spitzenkandidatin "
        "Eva Holz nichts.",
        ents,
    )
    roles = {(p, r) for p, r, _ in role_triples(rec)}
    assert {
        ("person/Karl Adler", "Vizekanzler"),
        ("person/Karl Adler", "Chef"),
        ("person/Eva Holz", "Außenministerin"),
    } <= roles
    assert ("person/Karl Adler", "Chef", "org/FDP") in role_triples(rec)
    # a name straight after each title: each title is its own person's
    rec = extract(
        blank_nlp, "Kanzler Karl Adler und Ministerin Eva Holz berieten.", ents
    )
    assert {(p, r) for p, r, _ in role_triples(rec)} == {
        ("person/Karl Adler", "Kanzler"),
        ("person/Eva Holz", "Ministerin"),
    }
    # titles without a name after them give no one a role
    rec = extract(blank_nlp, "Kanzler und Vizekanzler berieten mit Eva Holz.", ents)
    assert role_triples(rec) == set()


def test_an_apposition_without_article_that_names_its_organisation(blank_nlp) -> None:
    ents = {
        "Erich Meier": "PER",
        "Pfeiffer GmbH": "ORG",
        "Ida Roth": "PER",
        "Lex AG": "ORG",
        "Udo Kern": "PER",
        "Kurier": "ORG",
    }
    rec = extract(
        blank_nlp,
        "Erich Meier, Geschäftsführer der Pfeiffer GmbH, verwies auf die Zahlen. "
        "Das bestätigte Ida Roth, Chefin von Lex AG. "
        "Udo Kern, Frankreich-Korrespondent des Kurier, antwortete.",
        ents,
    )
    roles = role_triples(rec)
    assert ("person/Erich Meier", "Geschäftsführer", "org/Pfeiffer GmbH") in roles
    assert ("person/Ida Roth", "Chefin", "org/Lex AG") in roles
    # the place of the prefix is the beat; the genitive names the employer
    assert ("person/Udo Kern", "Korrespondent", "org/Kurier") in roles
    # a bare title after a comma is no apposition: a list goes on
    rec = extract(blank_nlp, "Es kamen Erich Meier, Geschäftsführer und Anwälte.", ents)
    assert role_triples(rec) == set()


def test_a_title_opening_the_next_sentence_names_the_one_person_before(
    blank_nlp,
) -> None:
    ents = {"Karl Adler": "PER", "Eva Holz": "PER", "Rom": "LOC"}
    rec = extract(
        blank_nlp,
        "Karl Adler tritt vor die Truppe. Der neue Verteidigungsminister schlendert. "
        "Ganz anders Eva Holz. Die Innenministerin steht gerade.",
        ents,
    )
    assert {(p, r) for p, r, _ in role_triples(rec)} == {
        ("person/Karl Adler", "Verteidigungsminister"),
        ("person/Eva Holz", "Innenministerin"),
    }
    for text in (
        # two persons before: whose post is it?
        "Karl Adler traf Eva Holz. Der Kanzler sprach.",
        # not the sentence right before
        "Karl Adler kam. Es regnete. Der Kanzler sprach.",
        # the title names its own organisation or holder
        "Karl Adler kam. Der Präsident der Bank sprach.",
        # a post of that person is known: a second name for it, no new post
        "Premier Karl Adler kam. Der Regierungschef sprach.",
        # plural, or the title inside the sentence
        "Eva Holz kam. Die Ministerinnen sprachen.",
        "Karl Adler kam. Gestern sprach der Kanzler.",
    ):
        roles = {r for _, r, _ in role_triples(extract(blank_nlp, text, ents))}
        assert roles <= {"Premier"}, text


def test_a_bare_land_post_takes_the_one_land_the_article_names(blank_nlp) -> None:
    ents = {"Karl Adler": "PER", "Eva Holz": "PER", "Tirol": "LOC", "Kärnten": "LOC"}
    rec = extract(
        blank_nlp,
        "Die Sondierung in Tirol begann. Landeshauptmann Karl Adler kam mit "
        "Landesrätin Eva Holz.",
        ents,
    )
    assert role_triples(rec) == {
        ("person/Karl Adler", "Landeshauptmann", "place/Tirol"),
        ("person/Eva Holz", "Landesrätin", "place/Tirol"),
    }
    # two Länder named as often: whose post is it?
    rec = extract(
        blank_nlp,
        "In Tirol und in Kärnten wird gewählt. Landeshauptmann Karl Adler kam.",
        ents,
    )
    assert role_triples(rec) == {("person/Karl Adler", "Landeshauptmann", None)}
    # two bare holders of one post: not both the Land's
    rec = extract(
        blank_nlp,
        "In Tirol wird gewählt. Landesrat Karl Adler und Landesrat Udo Kern kamen.",
        {**ents, "Udo Kern": "PER"},
    )
    assert {o for _, _, o in role_triples(rec)} == {None}


def test_a_party_post_is_of_the_party_given_to_its_holder(blank_nlp) -> None:
    ents = {"Klaus Rainer": "PER", "ÖVP": "ORG", "Hans Ritter": "PER", "FDP": "ORG"}
    rec = extract(
        blank_nlp,
        "Klubobmann Klaus Rainer (ÖVP) sprach. Minister Hans Ritter (FDP) kam.",
        ents,
    )
    roles = role_triples(rec)
    assert ("person/Klaus Rainer", "Klubobmann", "org/ÖVP") in roles
    # a post of the state is not the party's
    assert ("person/Hans Ritter", "Minister", None) in roles


def test_a_state_post_is_of_the_country_of_its_holders_party(blank_nlp) -> None:
    ents = {
        "Eva Gruber": "PER",
        "ÖVP": "ORG",
        "Jens Hoffer": "PER",
        "SPD": "ORG",
        "Lima": "LOC",
    }
    rec = extract(
        blank_nlp,
        "Innenministerin Eva Gruber (ÖVP) reiste nach Lima. "
        "Dort traf sie Finanzminister Jens Hoffer (SPD).",
        ents,
    )
    roles = role_triples(rec)
    assert ("person/Eva Gruber", "Innenministerin", "place/Österreich") in roles
    assert ("person/Jens Hoffer", "Finanzminister", "place/Deutschland") in roles
    rec = extract(
        blank_nlp,
        "Staatssekretärin Rita Moll (CDU) kam auch.",
        {"Rita Moll": "PER", "CDU": "ORG"},
    )
    assert ("person/Rita Moll", "Staatssekretärin", "place/Deutschland") in (
        role_triples(rec)
    )


def test_a_bare_city_post_is_of_the_one_city_of_the_article(blank_nlp) -> None:
    ents = {"Karl Weber": "PER", "Villach": "LOC", "Graz": "LOC"}
    rec = extract(
        blank_nlp,
        "In Villach wird gebaut. Bürgermeister Karl Weber freut sich. "
        "Villach bekommt eine Halle, Graz nicht.",
        ents,
    )
    assert ("person/Karl Weber", "Bürgermeister", "place/Villach") in role_triples(rec)


def test_a_region_adjective_or_genitive_names_the_land_of_a_post(blank_nlp) -> None:
    ents = {"Uwe Brand": "PER", "Olaf Kern": "PER", "Hessens": "LOC"}
    rec = extract(
        blank_nlp,
        "Der hessische Finanzminister Uwe Brand sprach mit Hessens "
        "Ministerpräsident Olaf Kern.",
        ents,
    )
    roles = role_triples(rec)
    assert ("person/Uwe Brand", "Finanzminister", "place/Hessen") in roles
    assert ("person/Olaf Kern", "Ministerpräsident", "place/Hessen") in roles


def test_a_bare_firm_post_is_of_the_one_firm_of_the_article(blank_nlp) -> None:
    ents = {"Siemens": "ORG", "Paul Roth": "PER"}
    rec = extract(
        blank_nlp,
        "Siemens baut Stellen ab. Siemens schließt zwei Werke. "
        "Konzernchef Paul Roth sagte, Siemens bleibe stark.",
        ents,
    )
    assert ("person/Paul Roth", "Konzernchef", "org/Siemens") in role_triples(rec)
    # named twice only: not clearly about it (the post does not open the
    # sentence right after one the firm opens: see the next test)
    rec = extract(
        blank_nlp,
        "Siemens baut Stellen ab. Die Stimmung ist schlecht. "
        "Konzernchef Paul Roth sagte, Siemens bleibe stark.",
        ents,
    )
    assert ("person/Paul Roth", "Konzernchef", None) in role_triples(rec)


def test_a_works_council_post_is_of_the_firm_of_the_article(blank_nlp) -> None:
    ents = {"Siemens": "ORG", "Paul Roth": "PER"}
    rec = extract(
        blank_nlp,
        "Siemens baut Stellen ab. Siemens schließt zwei Werke. Die Lage ist ernst. "
        "Gesamtbetriebsratschef Paul Roth sagte, Siemens solle umdenken.",
        ents,
    )
    assert (
        "person/Paul Roth",
        "Gesamtbetriebsratschef",
        "org/Siemens",
    ) in role_triples(rec)


def test_a_bare_firm_post_after_the_firm_opening_the_sentence_before(blank_nlp):
    ents = {"Siemens": "ORG", "Bosch": "ORG", "Paul Roth": "PER", "Eva Lang": "PER"}
    rec = extract(
        blank_nlp,
        "Siemens und Bosch streiten. Siemens lehnt das Angebot ab. "
        "Konzernchef Paul Roth sagte, Siemens bleibe stark. "
        "Bosch sieht das anders. Die Lage ist offen. Vorstandschefin Eva Lang schwieg.",
        ents,
    )
    roles = role_triples(rec)
    assert ("person/Paul Roth", "Konzernchef", "org/Siemens") in roles
    # a sentence between: not said whose
    assert ("person/Eva Lang", "Vorstandschefin", None) in roles


def test_a_hyphenated_prefix_is_the_organisation_named_with_spaces(blank_nlp) -> None:
    ents = {"Nord Bahn": "ORG", "Eva Lang": "PER"}
    rec = extract(
        blank_nlp,
        "Die Nord Bahn spart. Nord-Bahn-Chefin Eva Lang kündigte das an.",
        ents,
    )
    assert ("person/Eva Lang", "Chefin", "org/Nord Bahn") in role_triples(rec)


def test_a_possessive_names_the_organisation_of_the_post(blank_nlp) -> None:
    ents = {"Jan Ruf": "PER", "Ida Berg": "PER", "NEOS": "ORG", "Ole Wirth": "PER"}
    rec = extract(
        blank_nlp,
        "NEOS-Chef Jan Ruf kam mit seiner Sprecherin Ida Berg. "
        "Die NEOS schickten ihren Generalsekretär Ole Wirth.",
        ents,
    )
    roles = role_triples(rec)
    assert ("person/Ida Berg", "Sprecherin", "org/NEOS") in roles
    assert ("person/Ole Wirth", "Generalsekretär", "org/NEOS") in roles
    rec = extract(
        blank_nlp,
        "Zurück zu Nordlicht: Dessen Chef Max Lenz schweigt. Jan Ruf, dessen "
        "Sprecher Ole Wirth schwieg, sprach.",
        {"Nordlicht": "ORG", "Max Lenz": "PER", "Jan Ruf": "PER", "Ole Wirth": "PER"},
    )
    roles = role_triples(rec)
    assert ("person/Max Lenz", "Chef", "org/Nordlicht") in roles
    # a person's spokesman: no organisation
    assert ("person/Ole Wirth", "Sprecher", None) in roles


def test_a_possessive_before_a_compound_post_names_its_organisation(blank_nlp) -> None:
    # "Bezirks-", "Landes-": a part of the possessor's organisation, kept in
    # the post's name
    ents = {
        "Nordgewerk": "ORG",
        "Lea Sand": "PER",
        "Ostpartei": "ORG",
        "Tom Kranz": "PER",
    }
    rec = extract(
        blank_nlp,
        "Die Nordgewerk war mit ihrer Bezirksleiterin Lea Sand vertreten. "
        "Die Ostpartei schickte ihren Landesvorsitzenden Tom Kranz.",
        ents,
    )
    roles = role_triples(rec)
    assert ("person/Lea Sand", "Bezirksleiterin", "org/Nordgewerk") in roles
    assert ("person/Tom Kranz", "Landesvorsitzender", "org/Ostpartei") in roles


def test_a_field_adjective_before_a_post_keeps_the_possessor(blank_nlp) -> None:
    ents = {"Nordpartei": "ORG", "Tom Kranz": "PER", "Ida Berg": "PER"}
    rec = extract(
        blank_nlp,
        "Kritik kam von der Nordpartei. Deren außenpolitischer Sprecher Tom Kranz "
        "sagte das. Die Nordpartei schickte ihre umweltpolitische Sprecherin Ida Berg.",
        ents,
    )
    roles = role_triples(rec)
    assert ("person/Tom Kranz", "Sprecher", "org/Nordpartei") in roles
    assert ("person/Ida Berg", "Sprecherin", "org/Nordpartei") in roles


def test_a_bare_title_after_und_shares_the_country_of_the_title_before(blank_nlp):
    ents = {
        "Schweden": "LOC",
        "Finnland": "LOC",
        "Norwegens": "LOC",
        "Lars Moe": "PER",
        "Pia Lund": "PER",
        "Ida Berg": "PER",
        "Tom Kranz": "PER",
    }
    rec = extract(
        blank_nlp,
        "Schweden und Finnland streiten. Er traf Norwegens Regierungschef Lars "
        "Moe und Außenministerin Pia Lund. Dann sprach Ministerin Ida Berg und "
        "Innenminister Tom Kranz.",
        ents,
    )
    roles = role_triples(rec)
    assert ("person/Pia Lund", "Außenministerin", "place/Norwegen") in roles
    # the title before has no country: nothing to share
    assert ("person/Tom Kranz", "Innenminister", "place/Norwegen") not in roles


def test_a_bare_state_post_is_of_the_one_country_its_sentence_names(blank_nlp) -> None:
    ents = {
        "Norwegen": "LOC",
        "Schweden": "LOC",
        "Finnland": "LOC",
        "Lars Moe": "PER",
        "Oslo": "LOC",
        "Pia Lund": "PER",
    }
    rec = extract(
        blank_nlp,
        "Schweden und Finnland streiten. Norwegen schließt die Grenze, sagte "
        "Innenminister Lars Moe in Oslo. Schweden und Finnland warten, sagte "
        "Außenministerin Pia Lund.",
        ents,
    )
    roles = role_triples(rec)
    assert ("person/Lars Moe", "Innenminister", "place/Norwegen") in roles
    # two countries in the sentence: whose is not said
    assert ("person/Pia Lund", "Außenministerin", None) in roles
    # the country after the title is another's
    rec = extract(
        blank_nlp,
        "Schweden und Finnland streiten. Innenminister Lars Moe will Zäune in "
        "Norwegen.",
        ents,
    )
    assert ("person/Lars Moe", "Innenminister", None) in role_triples(rec)


def test_a_bare_federal_post_is_of_the_federation_the_article_names_most(
    blank_nlp,
) -> None:
    ents = {
        "Polen": "LOC",
        "Deutschland": "LOC",
        "Österreich": "LOC",
        "Ute Kranz": "PER",
    }
    rec = extract(
        blank_nlp,
        "Polen und Polen und Polen streiten mit Deutschland. Bundeskanzlerin Ute "
        "Kranz warnt. Deutschland und Österreich helfen.",
        ents,
    )
    assert ("person/Ute Kranz", "Bundeskanzlerin", "place/Deutschland") in (
        role_triples(rec)
    )
    # named as often: either's
    rec = extract(
        blank_nlp,
        "Polen und Polen und Polen streiten mit Deutschland. Bundeskanzlerin Ute "
        "Kranz warnt. Österreich hilft.",
        ents,
    )
    assert ("person/Ute Kranz", "Bundeskanzlerin", None) in role_triples(rec)
    # a chancellor without "Bundes-" too
    rec = extract(
        blank_nlp,
        "Polen und Polen und Polen streiten mit Österreich. Kanzler Kurt Binder warnt.",
        {**ents, "Kurt Binder": "PER"},
    )
    assert ("person/Kurt Binder", "Kanzler", "place/Österreich") in role_triples(rec)


def test_a_post_that_names_its_institution(blank_nlp) -> None:
    ents = {"Piet Smit": "PER", "Lena Holm": "PER"}
    rec = extract(
        blank_nlp,
        "Ratspräsident Piet Smit lud ein. Kommissionspräsidentin Lena Holm kam.",
        ents,
    )
    roles = role_triples(rec)
    assert ("person/Piet Smit", "Ratspräsident", "org/EU") in roles
    assert ("person/Lena Holm", "Kommissionspräsidentin", "org/EU-Kommission") in roles


def test_a_club_prefix_is_the_club_the_article_names_in_full(blank_nlp) -> None:
    ents = {"FC Nordstern Kiel": "ORG", "Tom Riese": "PER"}
    rec = extract(
        blank_nlp,
        "Der FC Nordstern Kiel verliert. Nordstern-Trainer Tom Riese ist sauer.",
        ents,
    )
    assert ("person/Tom Riese", "Trainer", "org/FC Nordstern Kiel") in role_triples(rec)


def test_a_bare_party_post_is_of_the_one_party_of_the_article(blank_nlp) -> None:
    ents = {"SPÖ": "ORG", "Max Lenz": "PER"}
    rec = extract(
        blank_nlp,
        "Die SPÖ berät. Die SPÖ will mehr. Parteichef Max Lenz sagte, die SPÖ "
        "bleibe geeint.",
        ents,
    )
    assert ("person/Max Lenz", "Parteichef", "org/SPÖ") in role_triples(rec)


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        ("CDU-Fraktionsvize Jan Falk sprach im Parlament.", "Fraktionsvize", "CDU"),
    ],
)
def test_deputies_called_vize(blank_nlp, text, role, org) -> None:
    # "Vize" alone is no title: "Merkels Vize X" is her Vizekanzler
    rec = extract(blank_nlp, text, {"Jan Falk": "PER", "Wien": "LOC"})
    assert ("person/Jan Falk", role, f"org/{org}") in role_triples(rec)


@pytest.mark.parametrize(
    "text",
    [
        "Die SPD lehnt die Pläne ab. Fraktionschef Jan Falk sagte, sie seien falsch.",
        # past a dateline
        "Berlin – Die SPD lehnt die Pläne ab. Fraktionschef Jan Falk sagte, sie "
        "seien falsch.",
    ],
)
def test_a_bare_party_post_after_a_sentence_its_party_opens(blank_nlp, text) -> None:
    rec = extract(blank_nlp, text, {"SPD": "ORG", "Jan Falk": "PER", "Berlin": "LOC"})
    assert ("person/Jan Falk", "Fraktionschef", "org/SPD") in role_triples(rec)


def test_a_party_post_after_a_sentence_a_person_opens_stays_bare(blank_nlp) -> None:
    text = "Olaf Berg lobte die SPD. Fraktionschef Jan Falk sagte, das sei gut."
    ents = {"SPD": "ORG", "Jan Falk": "PER", "Olaf Berg": "PER"}
    rec = extract(blank_nlp, text, ents)
    assert ("person/Jan Falk", "Fraktionschef", None) in role_triples(rec)
