"""Speaker attribution rules written against ``bench/quote_dev_pan.jsonl``
(Panorama, Wirtschaft), each on invented sentences of its own, no model
(kg/extract/speakers.py, kg/extract/quotes_reported.py)."""

from __future__ import annotations

from tests.conftest import ORG, PER, said


def who(rec) -> set[tuple[str | None, str]]:
    return said(rec, "who", "text")


def test_the_name_in_apposition_to_the_speaker_noun_speaks(records) -> None:
    # not the person named before, nor the one inside the noun phrase
    text = (
        "Die Ministerin Eva Huber kam am Montag. "
        "Ein Neubau sei nötig, sagte der Leiter der Abteilung Hochbau im Amt der "
        "Landesregierung, Karl Brunner. "
        "Das Verbot gelte weiter, sagte der Sprecher von Präsident Igor Petrow, "
        "Oleg Sokolow."
    )
    rec = records(
        text,
        {
            "Eva Huber": PER,
            "Karl Brunner": PER,
            "Igor Petrow": PER,
            "Oleg Sokolow": PER,
        },
    )
    assert who(rec) == {
        ("person/Karl Brunner", "Ein Neubau sei nötig"),
        ("person/Oleg Sokolow", "Das Verbot gelte weiter"),
    }


def test_the_title_without_apposition_is_still_the_person_before(records) -> None:
    text = (
        "Die Lage sei ernst, sagte Eva Huber. Es gebe Hoffnung, sagte die Ministerin."
    )
    rec = records(text, {"Eva Huber": PER})
    assert who(rec) == {
        ("person/Eva Huber", "Die Lage sei ernst"),
        ("person/Eva Huber", "Es gebe Hoffnung"),
    }


def test_a_name_in_apposition_before_the_verb_is_the_subject(records) -> None:
    text = "Der Vizechef der Fraktion, Jan Moser, sagte, die Reform komme zu spät."
    rec = records(text, {"Jan Moser": PER})
    assert who(rec) == {("person/Jan Moser", "die Reform komme zu spät")}


def test_an_outlet_citing_a_source_gives_the_floor_to_the_source(records) -> None:
    text = (
        "Der Bus stürzte in einen Fluss, wie die Nachrichtenagentur PTI unter "
        "Berufung auf die Polizei berichtete. "
        "Die Firma habe Steuern vermieden, berichtete der Guardian unter Berufung "
        "auf Dokumente der Kanzlei Mossack Fonseca."
    )
    rec = records(
        text, {"PTI": ORG, "Polizei": ORG, "Guardian": ORG, "Mossack Fonseca": ORG}
    )
    assert {(q.speaker, q.speaker_label, q.medium) for q in rec.quotes} == {
        ("org/Polizei", None, "org/PTI"),
        ("org/The Guardian", None, "org/The Guardian"),
    }


def test_an_unnamed_cited_source_is_the_label(records) -> None:
    text = (
        "Wie die Agentur Xinhua unter Berufung auf die Feuerwehr berichtete, "
        "wurden zwölf Menschen verletzt."
    )
    rec = records(text, {"Xinhua": ORG})
    assert [(q.speaker, q.speaker_label, q.medium) for q in rec.quotes] == [
        (None, "Feuerwehr", "org/Xinhua")
    ]


def test_die_kommission_opening_the_sentence_is_the_commission_named(records) -> None:
    text = (
        "Die EU-Kommission prüft den Fall. "
        "Die Kommission räumte ein, dass die Gefahr neuer Routen bestehe."
    )
    rec = records(text, {"EU-Kommission": ORG})
    assert who(rec) == {("org/EU-Kommission", "dass die Gefahr neuer Routen bestehe")}


def test_the_organisation_on_a_platform_is_the_one_named_before(records) -> None:
    text = (
        "Transparency International prüft den Fall. "
        "Der Chef habe den Rücktritt eingereicht, teilte die Organisation auf "
        "Twitter mit."
    )
    rec = records(text, {"Transparency International": ORG, "Twitter": ORG})
    assert {(q.speaker, q.medium) for q in rec.quotes} == {
        ("org/Transparency International", "org/Twitter")
    }


def test_a_participle_verb_takes_the_subject_opening_the_sentence(records) -> None:
    text = (
        "Die OECD habe die Finanzminister der G20 vor Wochen gewarnt, dass Panama "
        "einen Rückzieher gemacht habe."
    )
    rec = records(text, {"OECD": ORG, "G20": ORG})
    assert who(rec) == {("org/OECD", "dass Panama einen Rückzieher gemacht habe")}


def test_a_government_speaks_for_its_state() -> None:
    """The gazetteer makes "die ungarische Regierung" the organisation
    "Regierung (Ungarn)"; as a speaker it is the state (the agent of an
    interaction stays the government: tests/test_seed.py)."""
    from types import SimpleNamespace

    from kg.extract.records import Entity
    from kg.extract.speakers import as_state

    ents = {
        "org/Regierung (Ungarn)": Entity(kind="org", name="Regierung (Ungarn)"),
        "org/Innenministerium (Ungarn)": Entity(
            kind="org", name="Innenministerium (Ungarn)"
        ),
        "org/Regierung (Polen)": Entity(kind="org", name="Regierung (Polen)"),
        "place/Ungarn": Entity(kind="place", name="Ungarn", place_kind="country"),
    }
    view = SimpleNamespace(entities=ents)
    assert as_state("org/Regierung (Ungarn)", view) == "place/Ungarn"
    # a ministry stays itself; a state the article does not name is not made up
    assert as_state("org/Innenministerium (Ungarn)", view) == (
        "org/Innenministerium (Ungarn)"
    )
    assert as_state("org/Regierung (Polen)", view) == "org/Regierung (Polen)"
    assert as_state(None, view) is None


def test_a_bare_spokeswoman_speaks_for_the_organisation_quoted_before(records) -> None:
    text = (
        "Aus der EU-Kommission hieß es, dass dies in Ordnung sei. "
        "Die Maßnahmen seien rechtens, sagte eine Sprecherin."
    )
    rec = records(text, {"EU-Kommission": ORG})
    assert who(rec) == {
        ("org/EU-Kommission", "dass dies in Ordnung sei"),
        ("org/EU-Kommission", "Die Maßnahmen seien rechtens"),
    }


def test_a_bare_spokeswoman_with_nobody_quoted_before_keeps_her_label(records) -> None:
    rec = records("Die Maßnahmen seien rechtens, sagte eine Sprecherin.", {})
    assert who(rec) == {("Sprecherin", "Die Maßnahmen seien rechtens")}


def test_die_zeitung_is_the_outlet_quoted_before(records) -> None:
    text = (
        "Nach Informationen des Guardian zahlte die Firma keine Steuern. "
        "In 30 Jahren hat sie keinen Penny gezahlt, schrieb die Zeitung."
    )
    rec = records(text, {"Guardian": ORG})
    assert {(q.speaker, q.medium) for q in rec.quotes} == {
        ("org/The Guardian", "org/The Guardian")
    }


def test_a_noun_for_an_unnamed_institution_before(records) -> None:
    # "das Krankenhaus" is the "Kinderkrankenhaus" (genitive "-es" dropped) of the
    # sentence before; "die Exekutive" is the police; "demnach" the source just named
    text = (
        "Nach Angaben des Kinderkrankenhauses war es eine Premiere. "
        "Der Bub könne bald werfen, teilte das Krankenhaus mit. "
        "Ein Verdächtiger sei gefasst, berichtete die Exekutive. "
        "Demnach war er allein unterwegs."
    )
    rec = records(text, {})
    assert [q.speaker_label for q in rec.quotes] == [
        "Kinderkrankenhaus",
        "Kinderkrankenhaus",
        "Polizei",
        "Polizei",
    ]


def test_a_sentence_adverb_is_no_label_and_der_jurist_the_person_before(
    records,
) -> None:
    text = (
        "Der Anwalt Gerd Moser legte Beschwerde ein. "
        "Gleichzeitig führte der Jurist aus, dass alle Dateien geschützt seien."
    )
    rec = records(text, {"Gerd Moser": PER})
    assert who(rec) == {("person/Gerd Moser", "dass alle Dateien geschützt seien")}


def test_a_title_of_an_organisation_is_a_person(records) -> None:
    # "Der OeNB-Gouverneur": the governor (here the one the article names),
    # not the bank his title names
    text = (
        "Der OeNB-Gouverneur warnt, die Abgaben seien ein hoher Betrag. "
        "Alpbach – OeNB-Gouverneur und EZB-Rat Ewald Nowak sprach am Montag."
    )
    rec = records(text, {"OeNB-Gouverneur": ORG, "Ewald Nowak": PER})
    assert who(rec) == {("person/Ewald Nowak", "die Abgaben seien ein hoher Betrag")}


def test_a_spokesman_of_the_ministry_opening_the_sentence(records) -> None:
    text = (
        "Das Innenministerium antwortete auf eine Anfrage. "
        "Ein Ministeriumssprecher hatte damals argumentiert, dass die Klage "
        "veraltet sei."
    )
    rec = records(text, {"Innenministerium": ORG})
    assert who(rec) == {("org/Innenministerium", "dass die Klage veraltet sei")}


def test_fuer_x_opening_the_quote_is_whose_view_it_is(records) -> None:
    text = (
        "Johann Berger kam mit Hans Lotter. "
        "Lotter widersprach heftig. "
        "Für Berger ein Ding der Unmöglichkeit, wie er am Montag versicherte."
    )
    rec = records(text, {"Johann Berger": PER, "Hans Lotter": PER})
    assert who(rec) == {
        ("person/Johann Berger", "Für Berger ein Ding der Unmöglichkeit")
    }


def test_laut_an_unnamed_public_body_is_its_label(records) -> None:
    text = (
        "Die Polizei rückte aus. "
        "Laut Entschärfungsdienst handelte es sich um eine Granate. "
        "Allerdings habe es sich um einen Blindgänger gehandelt. "
        "Laut Verfassung ist das verboten."
    )
    rec = records(text, {})
    assert who(rec) == {
        (
            "Entschärfungsdienst",
            "Laut Entschärfungsdienst handelte es sich um eine Granate",
        ),
        (
            "Entschärfungsdienst",
            "Allerdings habe es sich um einen Blindgänger gehandelt",
        ),
    }


def test_a_state_adjective_before_a_title_is_the_person(records) -> None:
    text = (
        "Russischer Außenminister glaubt, dass Terrorgruppen Zugang bekommen könnten. "
        "Moskau – Der russische Außenminister Sergej Lawrow sprach am Montag."
    )
    rec = records(
        text, {"Russischer": "MISC", "russische": "MISC", "Sergej Lawrow": PER}
    )
    assert who(rec) == {
        ("person/Sergej Lawrow", "dass Terrorgruppen Zugang bekommen könnten")
    }


def test_a_spokeswoman_of_an_unnamed_minister_speaks_for_the_ministry(
    records,
) -> None:
    text = (
        "Das wird sich dann zeigen, sagte eine Sprecherin des deutschen "
        "Finanzministers. "
        "Nach ihren Worten geht es um ein neues Programm."
    )
    rec = records(text, {"deutschen": "MISC"})
    assert who(rec) == {
        ("Finanzministerium", "Das wird sich dann zeigen"),
        ("Finanzministerium", "Nach ihren Worten geht es um ein neues Programm"),
    }


def test_er_after_a_speaker_the_model_missed_is_that_speaker(records) -> None:
    # "Ibrahima Fall" is no entity (the model missed it): "Fall" and "Er" are him,
    # not the president the article names
    text = (
        "Präsident Pierre Nkurunziza lehnt die Mission ab. "
        "Eine Mission sei unvorstellbar, sagte der Sondergesandte, Ibrahima Fall, "
        "am Sonntag. "
        "Das ist ausgeschlossen, sagte Fall. "
        "Er betonte zugleich, dass die Entscheidung bei den Staaten liege."
    )
    rec = records(text, {"Pierre Nkurunziza": PER})
    assert who(rec) == {
        ("Ibrahima Fall", "Eine Mission sei unvorstellbar"),
        ("Ibrahima Fall", "Das ist ausgeschlossen"),
        ("Ibrahima Fall", "dass die Entscheidung bei den Staaten liege"),
    }


def test_the_next_sentence_names_the_source(records) -> None:
    text = (
        "Im Jahr gab es nach einem Bericht von Spiegel Online tausend Angriffe. "
        "Das geht aus einer Erhebung des Bundeskriminalamts hervor. "
        "Rund 200.000 Menschen passierten im Monat das Land. "
        "Diese Angabe kommt aus dem Innenministerium. "
        "Das Wetter war schlecht. Das geht aus dem Zusammenhang hervor."
    )
    rec = records(
        text,
        {"Spiegel Online": ORG, "Bundeskriminalamts": ORG, "Innenministerium": ORG},
    )
    assert {(q.speaker, q.medium, q.text[:12]) for q in rec.quotes} == {
        ("org/Bundeskriminalamt", "org/Spiegel Online", "Im Jahr gab "),
        ("org/Innenministerium", None, "Rund 200.000"),
    }


def test_a_title_in_apposition_after_the_name_is_the_subject(records) -> None:
    # the dative after the verb is whom he accuses, not a speaker; no quote
    text = (
        "Der Minister Jan Moser ist verärgert. "
        "Moser, zugleich Chef der Partei der Freien Bauern, warf der Slowakei vor, "
        "das Abkommen nicht einzuhalten. Er habe Belege dafür, dass die Behörden "
        "untätig blieben."
    )
    rec = records(text, {"Jan Moser": PER, "Moser": PER, "Slowakei": "LOC"})
    assert all(q.speaker != "place/Slowakei" for q in rec.quotes)
    assert not any(q.text.startswith("Moser") for q in rec.quotes)


def test_a_name_the_model_missed_after_a_title_is_the_subject(records) -> None:
    text = (
        "Die Chefin des Vereins Grünes Tal, Ida Nowak, warnte erneut vor einem "
        "Rat, in dem Beamte aus den USA mitreden sollen."
    )
    rec = records(text, {"USA": "LOC"})
    assert rec.quotes == () or all(
        not q.text.startswith("Die Chefin") and q.speaker != "place/USA"
        for q in rec.quotes
    )


def test_a_passive_after_the_comma_is_no_verb_of_a_report(records) -> None:
    # "gefordert sei … die Regierung": the government is demanded of, not speaking
    text = (
        "Der Sprecher der Kommission sagte, es sei eine schlimme Lage, gefordert "
        "sei ganz klar die slowakische Regierung."
    )
    rec = records(text, {"Kommission": ORG})
    assert {q.speaker for q in rec.quotes} == {"org/Kommission"}
    assert all(not q.text.startswith("Der Sprecher") for q in rec.quotes)


def test_a_present_that_looks_like_a_participle_names_the_next_speaker(
    records,
) -> None:
    # "bezweifelt", "kritisiert": present forms that are also participles
    text = (
        "Die slowakische Regierung erklärte, sie sei bald fertig. "
        "Die Ministerin Ida Roth bezweifelt das. "
        "Bratislava müsse noch viele Bedingungen erfüllen."
    )
    rec = records(text, {"Ida Roth": PER, "Bratislava": "LOC"})
    assert ("person/Ida Roth", "Bratislava müsse noch viele Bedingungen erfüllen") in {
        (q.speaker, q.text) for q in rec.quotes
    }
