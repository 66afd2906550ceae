"""kg.extract.mentions (and resolve): which stretches of text name a person,
an organisation or a place, on hand-annotated Docs."""

from __future__ import annotations

import pytest

from kg.extract import doc_to_records
from kg.nlp import load_nlp
from tests.conftest import annotate, extract


def test_surname_alone_is_the_same_person(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Außenministerin Annalena Baerbock reist nach Kiew. Baerbock will dort helfen. "
        "Baerbocks Sprecher bestätigte das.",
        {
            "Annalena Baerbock": "PER",
            "Baerbock": "PER",
            "Baerbocks": "PER",
            "Kiew": "LOC",
        },
    )
    persons = [e for e in rec.entities if e.kind == "person"]
    assert [p.name for p in persons] == ["Annalena Baerbock"]
    assert set(persons[0].aliases) == {"Baerbock", "Baerbocks"}
    assert len(persons[0].mentions) == 3


def test_acronym_in_parentheses_binds_to_long_form(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der Verband der Automobilindustrie (VDA) warnt. Der VDA fordert Hilfen.",
        {"Verband der Automobilindustrie": "ORG", "VDA": "ORG"},
    )
    orgs = [e for e in rec.entities if e.kind == "org"]
    assert len(orgs) == 1
    assert orgs[0].name == "VDA"
    assert "Verband der Automobilindustrie" in orgs[0].aliases


def test_country_adjectives_and_prefixes_are_mentions_of_the_country(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Die russische Regierung und US-Diplomaten streiten. "
        "Russlands Position ist klar.",
        {"Russlands": "LOC"},
    )
    names = {e.name: e for e in rec.entities}
    assert set(names) >= {"Russland", "USA"}
    assert len(names["Russland"].mentions) == 2
    assert names["Russland"].place_kind == "country"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,person",
    [
        # a title run into the name, a lower-case run-on, a common noun after it
        ("Der Oppositionskandidat Manuel Baldizón verlor die Wahl.", "Manuel Baldizón"),
        ("Das sagte Gheorghe Brega vor Journalisten in Chișinău.", "Gheorghe Brega"),
        (
            "Frankreichs Präsident François Hollande reiste nach Kairo.",
            "François Hollande",
        ),
    ],
)
def test_person_spans_are_cleaned_with_the_lexicon(text, person) -> None:

    doc = load_nlp()(text)
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    assert person in {e.name for e in rec.entities if e.kind == "person"}


@pytest.mark.parametrize(
    "text,ents,person",
    [
        # the model stopped after the first name; "Kurz" is otherwise an adjective
        (
            "Am Montag sagte Außenminister Sebastian Kurz in Wien etwas.",
            {"Sebastian": "PER", "Wien": "LOC"},
            "Sebastian Kurz",
        ),
        # a surname that is also a common noun, after a first name the model took
        (
            "Kommandant Peter Huber lachte.",
            {"Peter": "PER"},
            "Peter Huber",
        ),
        # a first name and a word that is also a common noun: a full name
        (
            "Dann sprach Senator Jeff Sessions lange.",
            {"Jeff Sessions": "PER"},
            "Jeff Sessions",
        ),
        # but a common noun after a first name does not join it ...
        ("Gestern traf Anna Freunde in Bonn.", {"Anna": "PER", "Bonn": "LOC"}, "Anna"),
        # ... and a common noun after a surname is cut off (the genitive
        # named by the stem the lexicon knows as a surname)
        (
            "Dort protestierten Merkels Minister.",
            {"Merkels Minister": "PER"},
            "Merkel",
        ),
    ],
)
def test_surname_after_a_first_name(text, ents, person) -> None:

    rec = doc_to_records(
        annotate(load_nlp(), text, ents), article_id="t", content_hash="h"
    )
    assert [e.name for e in rec.entities if e.kind == "person"] == [person]


@pytest.mark.parametrize(
    ("text", "ents", "kind"),
    [
        # the model's person whose name is also a small town far from the
        # article's places stays a person ("Obama", 29,000 people in Japan)
        ("Merkel traf Obama in Berlin.", {"Merkel": "PER", "Obama": "PER"}, "person"),
        ("Clinton sprach in Wien.", {"Clinton": "PER", "Wien": "LOC"}, "person"),
        # a city the gazetteer knows well is the place, whatever the model said
        ("Die Kämpfe um Aleppo gehen weiter.", {"Aleppo": "PER"}, "place"),
    ],
)
def test_a_one_word_person_is_a_place_only_in_the_light_of_the_article(
    text, ents, kind
) -> None:
    rec = doc_to_records(
        annotate(load_nlp(), text, ents), article_id="t", content_hash="h"
    )
    name = next(n for n, label in ents.items() if label == "PER" and n != "Merkel")
    assert [e.kind for e in rec.entities if e.name == name] == [kind]


def test_a_described_capital_is_the_city_and_no_alias_of_it(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der Minister Jan Kowalski ist in der polnischen Hauptstadt zu Besuch. "
        "Warschau empfängt ihn freundlich.",
        {"Jan Kowalski": "PER", "Warschau": "LOC"},
    )
    [city] = [e for e in rec.entities if e.name == "Warschau"]
    assert [m.text for m in city.mentions] == ["polnischen Hauptstadt", "Warschau"]
    assert city.aliases == () and city.place_kind == "city"
    # the capital's state receives the visit (issue 15), the city is its place
    assert [(m.attendees, m.location) for m in rec.meetings][:1] == [
        (("person/Jan Kowalski", "place/Polen"), "place/Warschau")
    ]


@pytest.mark.parametrize(
    "text,ents,persons",
    [
        # a first name (accents folded) and a surname the model missed entirely
        (
            "Tschechiens Außenminister Lubomír Zaorálek traf Botschafter Ivan Petrov.",
            {"Ivan Petrov": "PER"},
            ["Lubomír Zaorálek", "Ivan Petrov"],
        ),
        # a thing named after a person is no person
        (
            "Das sagte ein Politologe der Wirtschaftsuniversität Getúlio Vargas.",
            {},
            [],
        ),
        # a first name alone, or before a common noun, is not rescued
        ("Gestern traf Anna Freunde in Bonn.", {"Bonn": "LOC"}, []),
    ],
)
def test_persons_the_model_missed_are_rescued(text, ents, persons) -> None:

    rec = doc_to_records(
        annotate(load_nlp(), text, ents), article_id="t", content_hash="h"
    )
    assert [e.name for e in rec.entities if e.kind == "person"] == persons


def test_acronym_after_a_country_is_not_the_country(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Die Kommission gegen Straflosigkeit in Guatemala (CICIG) ermittelt.",
        {"Guatemala": "LOC", "CICIG": "ORG"},
    )
    names = {e.name: e.kind for e in rec.entities}
    assert names.get("CICIG") == "org"
    assert names.get("Guatemala") == "place"


def test_markup_inside_a_name(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Angela #Merkel sprach. Danach sprach Merkel erneut.",
        {"Angela #Merkel": "PER", "Merkel": "PER"},
    )
    [p] = [e for e in rec.entities if e.kind == "person"]
    assert p.name == "Angela Merkel"
    assert len(p.mentions) == 2


def test_a_name_never_crosses_a_sentence_break(blank_nlp) -> None:
    # found by the property tests: a span over a line break left its sentence
    doc = blank_nlp("Berlin \n Berlin")
    from spacy.tokens import Span

    doc.ents = [Span(doc, 0, len(doc), label="ORG")]
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    for e in rec.entities:
        for m in e.mentions:
            s = rec.sentences[m.sentence]
            assert s.start <= m.start < m.end <= s.end


@pytest.mark.parametrize(
    "text,ents,person",
    [
        # a first name the model left out, before its surname
        (
            "Der tschechische Präsident Miloš Zeman sprach lange.",
            {"Zeman": "PER"},
            "Miloš Zeman",
        ),
        (
            "EU-Kommissionschef Jean-Claude Juncker wehrte sich.",
            {"Juncker": "PER"},
            "Jean-Claude Juncker",
        ),
        # a word before the name that is no first name stays out
        ("Gestern sprach Zeman lange.", {"Zeman": "PER"}, "Zeman"),
    ],
)
def test_first_name_before_a_surname(text, ents, person) -> None:

    rec = doc_to_records(
        annotate(load_nlp(), text, ents), article_id="t", content_hash="h"
    )
    assert [e.name for e in rec.entities if e.kind == "person"] == [person]


def test_a_surname_with_a_particle_is_the_person_named_in_full(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der Linke Fabio De Masi kritisierte das. Später sagte De Masi noch mehr.",
        {"Fabio De Masi": "PER", "De Masi": "PER"},
    )
    assert [(e.name, len(e.mentions)) for e in rec.entities if e.kind == "person"] == [
        ("Fabio De Masi", 2)
    ]


def test_two_persons_named_by_surname_side_by_side_stay_two() -> None:

    # the model tags "Mayer" only; "Doskozil" after it is not run into Mayer's
    # name, both being surnames of persons the article names in full: it is a
    # mention of its own
    text = (
        "Der Verfassungsrechtler Heinz Mayer kritisiert Hans Peter Doskozil. "
        "Als Präsident des Yachtklubs hat Mayer Doskozil beraten."
    )
    ents = {"Heinz Mayer": "PER", "Hans Peter Doskozil": "PER", "Mayer": "PER"}
    rec = extract(load_nlp(), text, ents)
    names = {e.name: len(e.mentions) for e in rec.entities if e.kind == "person"}
    assert names == {"Heinz Mayer": 2, "Hans Peter Doskozil": 2}


def test_a_lower_case_organisation_name_is_a_mention(blank_nlp) -> None:
    # the agency's own spelling, in a dateline; a lower-case word the
    # gazetteer does not know as an organisation is none
    rec = extract(
        blank_nlp,
        "Die Regierung tagte. (APA/dpa, 2.8.2015) Sie tagte wieder.",
        {"APA": "ORG", "dpa": "ORG", "wieder": "ORG"},
    )
    assert sorted(e.name for e in rec.entities if e.kind == "org") == ["APA", "dpa"]


def test_an_organisation_before_a_hyphen_after_a_rank_or_by_its_country(
    gazetteer_nlp,
) -> None:
    doc = gazetteer_nlp(
        "Wien – In Österreich kritisierte Ex-KPÖ-Chef Walter Baier die "
        "Grünen-Chefin. Auch Innsbruck und Graz in Österreich stimmten zu."
    )
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    orgs = {
        e.name: [m.text for m in e.mentions] for e in rec.entities if e.kind == "org"
    }
    # "Ex-" is a rank; "Grünen" names the Greens of the article's country
    assert orgs == {"KPÖ": ["KPÖ"], "Die Grünen (Österreich)": ["Grünen"]}
    kpo = next(m for e in rec.entities if e.name == "KPÖ" for m in e.mentions)
    assert doc.text[kpo.start : kpo.end] == "KPÖ"


def test_a_stray_space_after_the_hyphen_of_a_double_name() -> None:
    text = (
        "Die Ministerin Karin Kneissl- Berger reiste nach Brüssel. Dort sagte "
        "Kneissl- Berger, sie sei zufrieden."
    )
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    persons = {e.name for e in rec.entities if e.kind == "person"}
    assert persons == {"Karin Kneissl-Berger"}


@pytest.mark.parametrize(
    "text,person",
    [
        (
            # named as persons.tsv writes him (German press: "Ban Ki Moon")
            "Der Generalsekretär Ban Ki-moon sprach in Genf. Ban lobte Wien.",
            "Ban Ki Moon",
        ),
        ("Machthaber Kim Jong-un ließ Raketen testen. Kim lachte.", "Kim Jong Un"),
    ],
)
def test_a_given_name_after_the_family_name_stays_in_the_name(text, person) -> None:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    assert person in {e.name for e in rec.entities if e.kind == "person"}
    assert not {"Ban", "Kim"} & {e.name for e in rec.entities}


def test_the_initial_of_a_given_name_tells_namesakes_apart() -> None:
    # two players named Berger in one line-up, and the one written out later
    text = (
        "Sturm: Gratzei – K. Berger, Lykogiannis, Spendlhofer – Kienast, "
        "Offenbacher, L. Berger – Edomwonyi. Lukas Berger traf doppelt."
    )
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    persons = {e.name: {m.text for m in e.mentions} for e in rec.entities}
    assert persons["K. Berger"] == {"K. Berger"}
    assert persons["Lukas Berger"] == {"L. Berger", "Lukas Berger"}


def test_a_common_noun_run_onto_a_full_name_of_the_article_falls_away() -> None:
    text = (
        "Kanzler Olaf Scholz kam spät. Der Gastgeber schenkte dem Kanzler "
        "Olaf Scholz Rosen aus dem eigenen Garten."
    )
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    assert {e.name for e in rec.entities if e.kind == "person"} == {"Olaf Scholz"}


def test_two_persons_side_by_side_before_a_surname_with_particles(blank_nlp) -> None:
    # the model ran "Schnedlitz" and "Van der Bellen" together in the last sentence
    text = (
        "Generalsekretär Michael Schnedlitz griff Alexander Van der Bellen an. "
        "Danach forderte Schnedlitz Van der Bellen zum Rücktritt auf."
    )
    rec = extract(
        blank_nlp,
        text,
        {
            "Michael Schnedlitz": "PER",
            "Alexander Van der Bellen": "PER",
            "Schnedlitz Van der Bellen": "PER",
        },
    )
    persons = {e.name: {m.text for m in e.mentions} for e in rec.entities}
    assert persons == {
        "Michael Schnedlitz": {"Michael Schnedlitz", "Schnedlitz"},
        "Alexander Van der Bellen": {"Alexander Van der Bellen", "Van der Bellen"},
    }


@pytest.mark.parametrize(
    "text,ents,org,surface",
    [
        # a noun for the kind of organisation run into a name the gazetteer knows
        (
            "Nutzer des Kurznachrichtendienstes beklagten sich beim Onlinenetzwerk "
            "Facebook über Hass.",
            {"Onlinenetzwerk Facebook": "ORG"},
            "Meta",
            "Facebook",
        ),
        # a preposition and a number run onto a name
        (
            "Zuletzt hatten die Freiheitlichen von 40 gefälschten Stimmen gesprochen.",
            {"Freiheitlichen von 40": "ORG"},
            "FPÖ",
            "Freiheitlichen",
        ),
    ],
)
def test_words_run_into_an_organisation_fall_away(
    blank_nlp, text, ents, org, surface
) -> None:
    rec = extract(blank_nlp, text, ents)
    orgs = {e.name: {m.text for m in e.mentions} for e in rec.entities}
    assert orgs == {org: {surface}}


def test_an_acronym_the_article_defines_wins_over_the_gazetteer(blank_nlp) -> None:
    # the gazetteer's AFP is the news agency; this article defines its own AFP
    text = (
        "Er warb für die Aktionsfront für Pressefreiheit (AFP) in Linz. "
        "Die AFP verteilte Flugblätter."
    )
    rec = extract(blank_nlp, text, {"AFP": "ORG", "Linz": "LOC"})
    orgs = {e.name: {m.text for m in e.mentions} for e in rec.entities}
    assert orgs["Aktionsfront für Pressefreiheit"] == {
        "Aktionsfront für Pressefreiheit",
        "AFP",
    }
    assert "AFP" not in orgs
    # the agency by its own long form, and by a translation of it, stays the agency
    for long_form in ("Agence France-Presse", "Agentur France-Presse"):
        rec = extract(
            blank_nlp,
            f"Das meldete die {long_form} (AFP).",
            {long_form: "ORG", "AFP": "ORG"},
        )
        assert {e.name for e in rec.entities} == {"AFP"}


def test_a_club_of_the_sport_the_article_is_about(blank_nlp) -> None:
    text = (
        "Eishockey: Red Bull Salzburg gewann nach einem Powerplay-Tor. "
        "Im Fußball spielt am Sonntag Rapid."
    )
    rec = extract(blank_nlp, text, {"Red Bull Salzburg": "ORG"})
    assert {e.name for e in rec.entities} == {"EC Red Bull Salzburg"}
    text = "Im Fußball schlug Red Bull Salzburg die Austria."
    rec = extract(blank_nlp, text, {"Red Bull Salzburg": "ORG"})
    assert {e.name for e in rec.entities} == {"Red Bull Salzburg"}


def test_an_organisation_the_gazetteer_knows_without_words_run_onto_it(
    blank_nlp,
) -> None:
    long = "Deutschen Presse-Agentur nach der Sitzung des Vorstands"
    text = f"Er sagte der {long}, dass er bleibe."
    rec = extract(blank_nlp, text, {long: "ORG"})
    assert {e.name for e in rec.entities} == {"dpa"}
    # a lookup-only form ("Welt") is no name to cut at: "Welt am Sonntag" stays
    text = "Das berichtete die Welt am Sonntag heute."
    rec = extract(blank_nlp, text, {"Welt am Sonntag": "ORG"})
    assert {e.name for e in rec.entities} == {"Welt am Sonntag"}


def test_a_part_played_by_a_named_actor_is_no_person(blank_nlp) -> None:
    text = (
        "Im Film jagt der Kommissar Max (Karl Oberhuber) die Diebin Lena "
        "(Anna Maria Gruber). Am Ende gewinnt Tom (Oberhuber). Zwischen Max und "
        "Lena knistert es."
    )
    ents = {
        "Max": "PER",
        "Tom": "PER",
        "Karl Oberhuber": "PER",
        "Lena": "PER",
        "Anna Maria Gruber": "PER",
        "Oberhuber": "PER",
    }
    rec = extract(blank_nlp, text, ents)
    names = {e.name for e in rec.entities}
    assert {"Karl Oberhuber", "Anna Maria Gruber"} <= names
    # neither the parts nor their names later on are persons
    assert not {"Max", "Lena"} & names
    # a surname alone in parentheses is no actor's full name: "Tom" stays
    assert "Tom" in names


def test_a_club_nickname_names_the_club_of_the_article(blank_nlp) -> None:
    # the club the article names by name settles the nickname, in any sport
    text = (
        "Eishockey: Red Bull Salzburg siegte im Powerplay. Die Bullen führen "
        "nun die Tabelle an."
    )
    rec = extract(blank_nlp, text, {"Red Bull Salzburg": "ORG", "Bullen": "ORG"})
    assert {e.name for e in rec.entities} == {"EC Red Bull Salzburg"}
    text = "Red Bull Salzburg gewann in Graz. Die Bullen bleiben Erster."
    rec = extract(blank_nlp, text, {"Red Bull Salzburg": "ORG", "Bullen": "ORG"})
    assert {e.name for e in rec.entities} == {"Red Bull Salzburg"}
    # no club named: the sport the article is about
    text = "Nach dem Elfmeter im Fußball-Derby stehen die Bullen vorne."
    rec = extract(blank_nlp, text, {"Bullen": "ORG"})
    assert {e.name for e in rec.entities} == {"Red Bull Salzburg"}
    # outside sport the word stays the model's own name
    text = "Die Demonstranten riefen, die Bullen sollten abziehen."
    rec = extract(blank_nlp, text, {"Bullen": "ORG"})
    assert {e.name for e in rec.entities} == {"Bullen"}


def test_a_party_noun_made_singular_is_a_member_not_the_party() -> None:
    text = (
        "Die Grünen in Graz kritisierten die ÖVP. Der Bürgermeister schickte dem "
        "Grünen einen Brief. Eine Mehrheit stimmte gegen den Grünen. Danach ging "
        "er im Grünen spazieren. Mit den Grünen will die SPÖ reden."
    )
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    greens = [e for e in rec.entities if e.name == "Die Grünen (Österreich)"]
    assert [m.text for e in greens for m in e.mentions] == ["Die Grünen", "Grünen"]


def test_a_party_noun_after_an_accusative_verb_is_a_member_before_a_name_the_party() -> None:
    text = (
        "Die SPÖ und die ÖVP verloren in Wien. Die Umfragen sehen den Grünen "
        "vorne, die Wähler wählten den Grünen Hans Moser. Eine Anfrage des Grünen "
        "Georg Willi blieb offen. Mit den Grünen will die ÖVP reden, den Grünen "
        "fehlt eine Stimme."
    )
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    greens = [e for e in rec.entities if e.name == "Die Grünen (Österreich)"]
    # the plural ones (datives) are the party, and so is the noun before a
    # member's name (his party, as "(Grüne)" after it; bench/extract_gold.md:
    # "den Grünen X" names the party); "sehen den Grünen vorne" is one member
    starts = [m.start for e in greens for m in e.mentions]
    assert starts == [
        text.index("den Grünen Hans") + 4,
        text.index("des Grünen") + 4,
        text.index("Mit den Grünen") + 8,
        text.index("den Grünen fehlt") + 4,
    ]
    assert {"Hans Moser", "Georg Willi"} <= {e.name for e in rec.entities}


def test_a_party_named_by_country_in_the_country_named_after_it() -> None:
    # an article about Austria; "in Deutschland" names the German Greens
    text = (
        "Die SPÖ und die ÖVP verloren in Wien und Graz. Umfragen sahen zuletzt "
        "die Grünen in Deutschland bei 20 Prozent, die Grünen in Wien bei zwölf."
    )
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    by_name = {e.name: len(e.mentions) for e in rec.entities}
    assert by_name["Bündnis 90/Die Grünen"] == 1
    assert by_name["Die Grünen (Österreich)"] == 1


def test_a_bare_surname_that_is_also_a_word_names_the_person() -> None:
    # "Kurz" and "Klein" are adjectives too, and the model leaves them untagged
    # once the full name is known; mid-sentence and before a verb they are the
    # person, in "Kurz vor der Wahl" an adverb
    nlp = load_nlp()
    text = (
        "Außenminister Sebastian Kurz reiste nach Moskau. Dort traf Kurz den "
        "Außenminister Sergej Lawrow. Kurz vor der Wahl sagte Kurz, er sei "
        "zufrieden. Kurz sagte auch, die Gespräche seien gut gewesen."
    )
    rec = doc_to_records(nlp(text), article_id="t", content_hash="h")
    kurz = next(e for e in rec.entities if e.name == "Sebastian Kurz")
    starts = sorted(m.start for m in kurz.mentions)
    assert [text[s : s + 4] for s in starts] == ["Seba", "Kurz", "Kurz", "Kurz"]
    assert text.index("Kurz vor") not in starts
    met = {frozenset(m.attendees) for m in rec.meetings}
    assert frozenset({"person/Sebastian Kurz", "person/Sergej Lawrow"}) in met


def test_a_bare_surname_of_no_person_in_the_article_stays_a_word() -> None:
    rec = doc_to_records(
        load_nlp()(
            "Die Ministerin Andrea Berger sprach. Danach traf Klein den Kanzler."
        ),
        article_id="t",
        content_hash="h",
    )
    assert "Klein" not in {m.text for e in rec.entities for m in e.mentions}


def test_a_medium_named_by_a_common_word_before_a_newsroom_noun(blank_nlp) -> None:
    # issue 15: "Kurier" alone is a common noun; "Kurier-Fotograf" names the paper,
    # and "Puls-4-Interview" the channel of two words
    rec = extract(
        blank_nlp,
        "Der Kurier-Fotograf klagt. Er sprach im Puls-4-Interview. "
        "Ein Kurier-Dienst kam.",
        {},
    )
    orgs = {e.name: e for e in rec.entities if e.kind == "org"}
    assert set(orgs) == {"Kurier", "Puls 4"}
    assert len(orgs["Kurier"].mentions) == 1  # not the courier service


def test_a_company_named_by_a_common_word_before_a_noun_of_its_people(blank_nlp):
    rec = extract(
        blank_nlp,
        "Der Spar-Chef sprach mit einem Sora-Forscher. Der Presse-Sprecher schwieg.",
        {},
    )
    orgs = {e.name for e in rec.entities if e.kind == "org"}
    assert orgs == {"Spar", "SORA"}


def test_a_party_form_takes_the_country_it_was_given_a_sentence_before() -> None:
    # an article about Austria; the Greens "in Deutschland" are German, and so
    # are "den Grünen" of the next sentence; "die Grünen in Wien" are not
    text = (
        "Die SPÖ und die ÖVP verloren in Wien und Graz. Plötzlich standen die "
        "Grünen in Deutschland bei 25 Prozent. Trauen die Wähler der ÖVP so viel "
        "zu wie den Grünen in der Energiepolitik? Umfragen sahen zuletzt die "
        "Grünen in Wien bei zwölf Prozent."
    )
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    by_name = {e.name: len(e.mentions) for e in rec.entities}
    assert by_name["Bündnis 90/Die Grünen"] == 2
    assert by_name["Die Grünen (Österreich)"] == 1


def test_a_party_compound_in_an_article_naming_parties_of_two_countries() -> None:
    # "Grünen-Finanzexperte" among ÖVP and FDP members: no country's Greens
    split = (
        "Der ÖVP-Delegationsleiter Othmar Karas kritisierte Juncker. Der "
        "Grünen-Finanzexperte Sven Giegold nannte den Auftritt enttäuschend. "
        "Auch der FDP-Abgeordnete Michael Theurer kritisierte ihn."
    )
    rec = doc_to_records(load_nlp()(split), article_id="t", content_hash="h")
    assert not [e for e in rec.entities if "Grünen" in e.name]
    # among Austrian parties only, the compound is the Austrian Greens
    home = split.replace("FDP-Abgeordnete", "SPÖ-Abgeordnete")
    rec = doc_to_records(load_nlp()(home), article_id="t", content_hash="h")
    assert "Die Grünen (Österreich)" in {e.name for e in rec.entities}


def test_a_club_written_like_a_surname_is_the_club_in_a_football_report() -> None:
    # the model takes "Grödig" (SV Grödig, named like its village) for a person
    text = (
        "Weil sich jedoch auch Rapid zuletzt beim 3:2 gegen Grödig enorm schwer "
        "tat, wittert der Stürmer eine Chance. Der Elfmeter kam spät. Für Salzburg "
        "geht es am Samstag zu Hause gegen Grödig weiter."
    )
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    kinds = {e.name: e.kind for e in rec.entities}
    assert kinds.get("SV Grödig") == "org"
    assert "Grödig" not in kinds


@pytest.mark.parametrize(
    ("text", "ents", "orgs"),
    [
        # issue 15: a page or a post on a social network is no actor
        ("Das Foto stand auf seiner Facebook-Seite.", {}, set()),
        ("Der Sender zeigt Twitter-Meldungen der Zuseher.", {}, set()),
        # the network a statement is posted on is its medium (issue 17)
        (
            "Die Ministerin schrieb auf Twitter, sie trete an.",
            {"Twitter": "ORG"},
            {"Twitter"},
        ),
        (
            "Das schrieb sie im Kurznachrichtendienst Twitter.",
            {"Twitter": "ORG"},
            {"Twitter"},
        ),
        # the company it is elsewhere
        ("Der Facebook-Chef kam nach Wien.", {}, {"Meta"}),
        ("Sie war bei Twitter angestellt.", {"Twitter": "ORG"}, {"Twitter"}),
    ],
)
def test_a_page_on_a_social_network_is_no_organisation(blank_nlp, text, ents, orgs):
    rec = extract(blank_nlp, text, ents)
    assert {e.name for e in rec.entities if e.kind == "org"} == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # issue 15: a part of an organisation named by a compound is a body of
        # its own, and the compound names only it
        ("Die ORF-Generaldirektion hält an ihm fest.", {"ORF-Generaldirektion"}),
        ("Der Post-Vorstand hat beschlossen, zu sparen.", {"Post-Vorstand"}),
        ("Das ist Sache der ORF-Geschäftsführung.", {"ORF-Geschäftsführung"}),
        # not a person of it, not the seat
        ("Der ORF-Chef kam zu spät.", {"ORF"}),
        ("In der ORF-Zentrale brannte Licht.", {"ORF"}),
    ],
)
def test_a_part_of_an_organisation_named_by_a_compound(blank_nlp, text, orgs):
    rec = extract(blank_nlp, text, {})
    assert {e.name for e in rec.entities if e.kind == "org"} == orgs


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "In Wien kandidieren Gabriele Maier (Grüne) und Karl Huber (SPÖ).",
            "Die Grünen (Österreich)",
        ),
        (
            "In Berlin sprach Jana Schulz (Grüne) vor dem Landtag in Hamburg.",
            "Bündnis 90/Die Grünen",
        ),
    ],
)
def test_a_party_in_parentheses_after_a_person(text, party) -> None:
    # issue 15: "(Grüne)" after a name is the person's party, not a person
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    assert party in {e.name for e in rec.entities if e.kind == "org"}
    assert "Grüne" not in {e.name for e in rec.entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "ents", "orgs"),
    [
        # issue 15: "Telekom" is a common word too ("telecoms"): a compound of
        # it names the company only before a noun of its people
        (
            "Der Telekom-Betreiber A1 senkt die Preise.",
            {"A1": "ORG"},
            {"A1 Telekom Austria"},
        ),
        ("Der Telekom-Chef sprach in Bonn.", {"Bonn": "LOC"}, {"Deutsche Telekom"}),
    ],
)
def test_a_company_named_by_a_common_word_only_before_its_people(
    blank_nlp, text, ents, orgs
):
    rec = extract(blank_nlp, text, ents)
    assert {e.name for e in rec.entities if e.kind == "org"} == orgs


def test_tech_words_and_products_are_no_organisations() -> None:
    text = "Sie zahlt mit Apple Pay, schickt eine SMS und trägt eine HTC Vive."
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    assert not {e.name for e in rec.entities if e.kind == "org"} & {
        "Apple Pay",
        "SMS",
        "HTC Vive",
    }


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Die Kandidaten der US-Republikaner debattieren.", "Republikanische Partei"),
        ("Die US-Demokraten verloren den Senat.", "Demokratische Partei"),
    ],
)
def test_a_party_named_by_its_members_after_its_countrys_prefix(blank_nlp, text, party):
    # issue 15: the country of the prefix stays a mention of its own
    rec = extract(blank_nlp, text, {})
    assert {e.name for e in rec.entities if e.kind == "org"} == {party}
    assert "USA" in {e.name for e in rec.entities if e.kind == "place"}


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # issue 15: a company's name that is a common noun too, after an
        # inflected adjective, is the noun ("alliance")
        ("Er gab der US-geführten Allianz die Schuld.", set()),
        ("Die neue Allianz der Staaten hält.", set()),
        # after an article or a possessive it stays the company
        ("Die Allianz erhöht die Prämien.", {"Allianz"}),
        ("Seine Allianz zahlt nicht.", {"Allianz"}),
    ],
)
def test_a_company_named_by_a_common_noun_after_an_adjective(blank_nlp, text, orgs):
    rec = extract(blank_nlp, text, {"Allianz": "ORG"})
    assert {e.name for e in rec.entities if e.kind == "org"} == orgs


def test_a_chamber_before_a_members_name_is_the_title() -> None:
    # issue 15: "Bundesrat Gottfried Kneifel" names a member, not the chamber
    text = "Das sagte Bundesrat Josef Berger in Linz. Der Bundesrat stimmte zu."
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    chambers = [e for e in rec.entities if e.kind == "org" and e.name == "Bundesrat"]
    assert len(chambers) == 1 and len(chambers[0].mentions) == 1


def test_silicon_valley_is_a_region() -> None:
    # issue 15: the region, not an organisation (top-200 precision)
    rec = doc_to_records(
        load_nlp()("Viele Firmen im Silicon Valley suchen Geld."),
        article_id="t",
        content_hash="h",
    )
    assert [(e.kind, e.name) for e in rec.entities] == [("place", "Silicon Valley")]


def test_a_club_named_by_its_town_after_its_league_is_no_place() -> None:
    # issue 15, part 3: kg_orgs names the club; the town stays a place elsewhere
    text = "Er kam vom Zweitligisten St. Pölten nach Graz."
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    orgs = {e.name for e in rec.entities if e.kind == "org"}
    places = {e.name for e in rec.entities if e.kind == "place"}
    assert "St. Pölten" in orgs
    assert "St. Pölten" not in places and "Graz" in places


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a news site in lower case after a press noun is an organisation
        ("Das berichtet das Branchenportal medienblick.de heute.", {"medienblick.de"}),
        # a site as a tool is none
        ("Auf der Website passwortcheck.net kann man das prüfen.", set()),
        # the domain of a newspaper the gazetteer knows is that newspaper
        ("Die meisten Zugriffe hatte krone.at im Mai.", {"Kronen Zeitung"}),
    ],
)
def test_news_sites_by_their_domain(text, orgs) -> None:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    assert {e.name for e in rec.entities if e.kind == "org"} == orgs
