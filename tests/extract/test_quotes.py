"""Quotations, their speakers and verbal interactions on hand-built Docs (no model):
each test names the German pattern it covers (kg/extract/quotes.py,
kg/extract/interactions.py)."""

from __future__ import annotations

import pytest

from kg.extract.quotes import marked_spans
from kg.lang.de.speech import reporting_verbs, speech_acts
from tests.conftest import LOC, ORG, PER, acts, said


def test_marked_spans_need_three_words_and_a_closing_mark() -> None:
    text = 'Er glaubt nicht an "Durchbrüche". „Wir sehen das anders“, sagte er. "Offen'
    assert [text[a:b] for a, b in marked_spans(text)] == ["Wir sehen das anders"]
    multi = "»Erstens das. Zweitens jenes.« Ende."
    assert [multi[a:b] for a, b in marked_spans(multi)] == [
        "Erstens das. Zweitens jenes."
    ]


def test_trailing_reporter_with_medium_and_continuation(records) -> None:
    text = (
        "Es sei schwierig, so voranzukommen, sagte Antony Blinken im Sender CNN. "
        "Dann werde man sehen, was geschehe. Das Wetter war gut."
    )
    rec = records(text, {"Antony Blinken": PER, "CNN": ORG})
    assert said(rec) == {
        (
            "indirect",
            "person/Antony Blinken",
            "org/CNN",
            "Es sei schwierig, so voranzukommen",
        ),
        (
            "indirect",
            "person/Antony Blinken",
            "org/CNN",
            "Dann werde man sehen, was geschehe",
        ),
    }
    q = rec.quotes[0]
    assert text[q.start : q.end] == q.text and q.sentence == 0


def test_leading_reporter_pronoun_and_outlet(records) -> None:
    text = (
        "Die Gespräche leitet Sergej Rjabkow. "
        "Der sagte laut RIA im Vorfeld, es sei durchaus möglich, dass alles ende."
    )
    rec = records(text, {"Sergej Rjabkow": PER, "RIA": ORG})
    assert said(rec) == {
        (
            "indirect",
            "person/Sergej Rjabkow",
            "org/RIA",
            "es sei durchaus möglich, dass alles ende",
        )
    }


def test_the_minister_is_the_person_named_before_not_one_in_a_quote(records) -> None:
    text = (
        "Antony Blinken dämpfte die Erwartungen. "
        '"Ich glaube nicht, dass Wladimir Putin nachgibt", sagte der Minister.'
    )
    rec = records(text, {"Antony Blinken": PER, "Wladimir Putin": PER})
    (q,) = rec.quotes
    assert (q.kind, q.speaker) == ("direct", "person/Antony Blinken")
    assert q.text == "Ich glaube nicht, dass Wladimir Putin nachgibt"
    assert q.mentions == ("person/Wladimir Putin",)


def test_unnamed_official_speaks_for_his_state(records) -> None:
    text = (
        '"Wir gehen mit Realismus in diese Gespräche", hatte ein '
        "US-Regierungsvertreter in einer Telefonschalte gesagt."
    )
    rec = records(text, {"US-Regierungsvertreter": LOC})
    (q,) = rec.quotes
    assert q.speaker is not None and q.speaker.startswith("place/")
    assert not [e for e in rec.entities if e.kind == "person"]


def test_unnamed_institution_keeps_its_noun(records) -> None:
    rec = records(
        "Die Kriminalpolizei sagte in einer Pressekonferenz, "
        "dass man eine Soko gebildet habe.",
        {},
    )
    (q,) = rec.quotes
    assert (q.speaker, q.speaker_label) == (None, "Kriminalpolizei")
    assert q.text == "dass man eine Soko gebildet habe"


def test_laut_and_zufolge_open_a_report_but_not_a_document(records) -> None:
    text = (
        "Dem afghanischen Verteidigungsministerium zufolge waren zwei Ausländer "
        "unter den Geiseln. Laut Verfassung sollen alle Parteien beteiligt sein."
    )
    rec = records(text, {"afghanischen Verteidigungsministerium": ORG})
    assert said(rec) == {
        (
            "indirect",
            # named in the nominative (kg.lang.de.cases)
            "org/afghanisches Verteidigungsministerium",
            None,
            "Dem afghanischen Verteidigungsministerium zufolge waren zwei Ausländer "
            "unter den Geiseln",
        )
    }


def test_no_quote_without_a_verb_of_saying(records) -> None:
    text = (
        "Die Opposition würde gern mitregieren. "
        "Ich habe keine Pläne, meinen Posten aufzugeben."
    )
    assert records(text, {}).quotes == ()


def test_a_second_predicate_after_a_comma_is_no_reporting_clause(records) -> None:
    # "X begrüßte zwar …, forderte aber …": X's two acts, no quote
    ents = {"Ida Roth": PER, "Nordland": LOC}
    text = "Ida Roth begrüßte zwar den Plan, forderte aber mehr Hilfe für Nordland."
    assert records(text, ents).quotes == ()
    text = "Ida Roth lobte den Plan, kritisierte jedoch die Kosten."
    assert records(text, ents).quotes == ()
    # a quote before a reporting clause with "aber" stays one
    text = "Das ist ein guter Plan, sagte aber Ida Roth."
    assert said(records(text, ents)) == {
        ("direct", "person/Ida Roth", None, "Das ist ein guter Plan")
    }


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "US-Außenminister Antony Blinken hat Russland zur Deeskalation "
            "aufgefordert.",
            {"US-Außenminister": LOC, "Antony Blinken": PER, "Russland": LOC},
            (
                "DEMAND",
                "person/Antony Blinken",
                "place/Russland",
                "Deeskalation",
                "auffordern",
            ),
        ),
        (
            "Vor dem Treffen mit Russland fordern die USA vom Gesprächspartner "
            "Deeskalation.",
            {"Russland": LOC, "USA": LOC},
            ("DEMAND", "place/USA", "place/Russland", "Deeskalation", "fordern"),
        ),
        (
            "Die russische Regierung bestreitet aggressive Absichten, "
            "hat aber Forderungen gestellt.",
            {"russische": LOC},
            ("DENY", "place/Russland", None, "aggressive Absichten", "bestreiten"),
        ),
        (
            "Im Jahr 2008 warf Lech Kaczyński Lech Wałęsa persönlich Spionage vor.",
            {"Lech Kaczyński": PER, "Lech Wałęsa": PER},
            (
                "ACCUSE",
                "person/Lech Kaczyński",
                "person/Lech Wałęsa",
                "Spionage",
                "vorwerfen",
            ),
        ),
        (
            "Syriens Führung weist den Vorwurf zurück.",
            {"Syriens": LOC},
            ("REJECT", "place/Syrien", None, "Vorwurf", "zurückweisen"),
        ),
    ],
)
def test_interactions(records, text, ents, expected) -> None:
    assert acts(records(text, ents)) == {expected}


def test_no_interaction_without_its_particle_or_inside_a_quote(records) -> None:
    text = (
        "Der Minister weist den Weg. "
        "Lawrow sagte, Russland werde nichts von Sergej Lawrow verlangen."
    )
    rec = records(text, {"Lawrow": PER, "Russland": LOC, "Sergej Lawrow": PER})
    assert rec.interactions == ()


def test_word_lists() -> None:
    verbs = reporting_verbs()
    assert verbs["sagte"].infinitive == "sagen" and verbs["mitgeteilt"].participle
    assert {a.form.infinitive for a in speech_acts()["weist"]} == {"zurückweisen"}
    assert speech_acts()["weist"][0].form.particle == "zurück"
    assert {a.type for a in speech_acts()["bestritt"]} == {"DENY"}


def test_a_title_with_a_country_is_a_person_not_the_country(records) -> None:
    text = (
        "Ahmet Davutoğlu sprach in Ankara. "
        "Mit Vergeltung drohte der türkische Regierungschef den Kurden."
    )
    rec = records(text, {"Ahmet Davutoğlu": PER, "türkische": LOC})
    assert {(i.type, i.source, i.target) for i in rec.interactions} == {
        ("THREATEN", "person/Ahmet Davutoğlu", None)
    }


def test_a_name_the_model_missed_in_apposition_is_the_label(records) -> None:
    text = (
        "Eine Mission ohne Zustimmung sei unvorstellbar, sagte der "
        "AU-Sondergesandte für Burundi, Ibrahima Fall, am Sonntag. "
        "Es habe eine Fehlkommunikation gegeben."
    )
    rec = records(text, {"Burundi": LOC})
    assert [(q.speaker, q.speaker_label) for q in rec.quotes] == [
        (None, "Ibrahima Fall"),
        (None, "Ibrahima Fall"),
    ]


def test_a_subject_with_a_relative_clause_is_no_quote(records) -> None:
    text = (
        "Lech Wałęsa, der sich derzeit im Ausland aufhält, teilte mit: "
        "Es können keine von mir stammenden Dokumente vorliegen."
    )
    rec = records(text, {"Lech Wałęsa": PER})
    assert said(rec) == {
        (
            "direct",
            "person/Lech Wałęsa",
            None,
            "Es können keine von mir stammenden Dokumente vorliegen",
        )
    }


def test_a_titled_subject_with_a_relative_clause_is_no_quote(records) -> None:
    # a title before the name: the phrase before the verb is still its subject
    text = (
        "Finanzminister Olaf Berg, der an dem Treffen nicht teilnahm, forderte "
        "die Regierung erneut zu Reformen auf."
    )
    assert not records(text, {"Olaf Berg": PER}).quotes


def test_the_named_subject_of_the_sentence_speaks_marked_words(records) -> None:
    # the person opening the sentence, not the one who spoke in the sentence before
    text = (
        "Landeshauptmann Olaf Berg verlangte mehr Geld. „Das reicht nicht“, sagte "
        "Berg. Sein Kärntner Amtskollege Jan Kühne warnte vor einem „Schritt in die "
        "falsche Richtung“."
    )
    rec = records(text, {"Olaf Berg": PER, "Berg": PER, "Jan Kühne": PER})
    assert (
        "direct",
        "person/Jan Kühne",
        None,
        "Schritt in die falsche Richtung",
    ) in said(rec)


def test_a_marked_term_named_by_the_verb_is_no_quote(records) -> None:
    # "sprach von „…“", "nannte es „…“", "bezeichnete … als „…“": a cited term,
    # whatever its length (bench/quote_gold.md); a marked sentence stays a quote
    text = (
        "Jan Kühne sprach von „ernsthaften Fortschritten“. Olaf Berg sprach von "
        "einem „Schritt in die richtige Richtung“. Berg nannte es „einen schweren "
        "Fehler der Regierung“. Kühne bezeichnete den Plan als „völlig überzogenen "
        "Angriff auf die Gemeinden“. Berg sagte: „Das ist ein Schritt in die "
        "richtige Richtung.“"
    )
    ents = {"Olaf Berg": PER, "Berg": PER, "Jan Kühne": PER, "Kühne": PER}
    assert [q[3] for q in said(records(text, ents))] == [
        "Das ist ein Schritt in die richtige Richtung."
    ]


def test_attribution_inside_an_indicative_clause_and_demnach(records) -> None:
    # "nach Angaben X" in mid-clause, "nach X-Angaben", "demnach" keeps the source
    text = (
        "Kairo – Bei einem Angriff ist nach Angaben der Weltgesundheitsorganisation "
        "ein Arzt getötet worden. Das Gebäude wurde demnach völlig zerstört. "
        "Das Wetter war gut. Im Mai hatten Soldaten nach Armeeangaben zwei Lager "
        "geräumt. Der Statistik zufolge stieg die Zahl der Fälle deutlich an. "
        "Auch schließen sich Beobachtern zufolge viele Menschen der Gruppe an."
    )
    rec = records(text, {"Weltgesundheitsorganisation": ORG})
    who = "org/Weltgesundheitsorganisation"
    assert said(rec) == {
        (
            "indirect",
            who,
            None,
            "Bei einem Angriff ist nach Angaben der Weltgesundheitsorganisation "
            "ein Arzt getötet worden",
        ),
        ("indirect", who, None, "Das Gebäude wurde demnach völlig zerstört"),
        (
            "indirect",
            None,
            None,
            "Im Mai hatten Soldaten nach Armeeangaben zwei Lager geräumt",
        ),
        (
            "indirect",
            None,
            None,
            "Auch schließen sich Beobachtern zufolge viele Menschen der Gruppe an",
        ),
    }
    army = next(q for q in rec.quotes if "Armeeangaben" in q.text)
    assert army.speaker_label == "Armee"


def test_demnach_without_a_source_before_is_no_quote(records) -> None:
    text = "Die Zahl der Fälle stieg demnach von sechs auf 92."
    assert records(text, {}).quotes == ()


def test_nach_eigenen_angaben_is_the_subject_speaking(records) -> None:
    text = (
        "Die Angeklagte Anna Berger ist nach eigenen Angaben von ihrem Komplizen "
        "geschlagen worden. Die Beobachtungsstelle, die nach eigenen Angaben über "
        "Informanten verfügt, ist kaum zu prüfen."
    )
    rec = records(text, {"Anna Berger": PER, "Beobachtungsstelle": ORG})
    assert said(rec) == {
        (
            "indirect",
            "person/Anna Berger",
            None,
            "Die Angeklagte Anna Berger ist nach eigenen Angaben von ihrem Komplizen "
            "geschlagen worden",
        ),
        (
            "indirect",
            "org/Beobachtungsstelle",
            None,
            "die nach eigenen Angaben über Informanten verfügt",
        ),
    }


def test_first_person_sentence_continues_a_quote(records) -> None:
    # unmarked direct speech: a first-person sentence after "…, erklärte X."
    text = (
        "Ich bleibe bis Ende der Amtszeit, erklärte Paolo Rossi. "
        "Die Bürger meiner Koalition unterstützen mich. "
        "Wir haben viel erreicht. Die Stadt liegt am Meer."
    )
    rec = records(text, {"Paolo Rossi": PER})
    assert said(rec) == {
        ("direct", "person/Paolo Rossi", None, "Ich bleibe bis Ende der Amtszeit"),
        # one quoted stretch over two sentences is one quote
        (
            "direct",
            "person/Paolo Rossi",
            None,
            "Die Bürger meiner Koalition unterstützen mich. Wir haben viel erreicht",
        ),
    }


def test_interview_answers_are_one_quote_each(records) -> None:
    text = (
        "Der Gouverneur Pavel Novak will Reformen. STANDARD: Warum geht es so "
        "langsam? Novak: Der Krieg verhindert viel. Aber das ist nicht alles, "
        "sagte ein Freund. STANDARD: Und jetzt? Novak: Ich habe keine Pläne."
    )
    rec = records(text, {"Pavel Novak": PER})
    assert said(rec) == {
        (
            "direct",
            "person/Pavel Novak",
            None,
            "Der Krieg verhindert viel. Aber das ist nicht alles, sagte ein Freund.",
        ),
        ("direct", "person/Pavel Novak", None, "Ich habe keine Pläne."),
    }


def test_labels_without_an_interviewer_are_no_answers(records) -> None:
    # no answer running to the next label: "Novak: …" is a quote of one sentence
    # (the held-out rules' "X: …"), as in a headline
    text = "Novak: Der Krieg verhindert viel. Pavel Novak ist Gouverneur."
    rec = records(text, {"Pavel Novak": PER})
    assert said(rec) == {
        ("direct", "person/Pavel Novak", None, "Der Krieg verhindert viel")
    }


def test_spokesperson_speaks_for_the_organisation_named(records) -> None:
    # "eine Kommissionssprecherin" -> the Commission (linking "s" of the compound)
    text = (
        "Die EU-Kommission legt ein Papier vor. "
        "Es gebe keinen geheimen Plan, erklärte eine Kommissionssprecherin."
    )
    rec = records(text, {"EU-Kommission": ORG})
    assert said(rec) == {
        ("indirect", "org/EU-Kommission", None, "Es gebe keinen geheimen Plan")
    }


def test_die_organisation_is_the_organisation_quoted_before(records) -> None:
    text = (
        "Nach Angaben der Beobachtungsstelle ist ein Kommandant der Miliz Al-Nusra "
        "getötet worden. Er sei erst am Vortag eingetroffen, teilte die "
        "Organisation am Donnerstag mit."
    )
    rec = records(text, {"Beobachtungsstelle": ORG, "Al-Nusra": ORG})
    q = next(q for q in rec.quotes if q.text.startswith("Er sei"))
    assert q.speaker == "org/Beobachtungsstelle"


def test_name_after_a_speaker_noun_the_model_missed(records) -> None:
    text = "Der Anschlag ist feige, erklärte sein Vorsitzender Romani Rose."
    rec = records(text, {})
    assert [(q.speaker, q.speaker_label) for q in rec.quotes] == [(None, "Romani Rose")]


def test_passive_interaction_takes_the_agent_as_source(records) -> None:
    text = (
        "Der Antrag von Paolo Rossi wurde von der Regierung abgelehnt. "
        "Später wurde der Plan abgelehnt."
    )
    rec = records(text, {"Paolo Rossi": PER, "Regierung": ORG})
    assert {(i.type, i.source, i.target) for i in rec.interactions} == {
        ("REJECT", "org/Regierung", "person/Paolo Rossi")
    }


def test_first_person_lead_in_joins_the_quote_after_it(records) -> None:
    # one unmarked stretch: "Die Bürger … mich. Wir werden …, versicherte X."
    text = (
        "Paolo Rossi steht unter Druck. "
        "Die Bürger meiner Koalition unterstützen mich. "
        "Wir werden unsere Arbeit fortsetzen, versicherte Rossi."
    )
    rec = records(text, {"Paolo Rossi": PER})
    assert said(rec) == {
        (
            "direct",
            "person/Paolo Rossi",
            None,
            "Die Bürger meiner Koalition unterstützen mich. "
            "Wir werden unsere Arbeit fortsetzen",
        )
    }


def test_first_person_sentence_with_its_own_unnamed_saying_continues(
    records,
) -> None:
    # "Lasst uns … sagen, dass …" names no speaker: it goes on quoting Fico
    text = (
        "Der Islam hat keinen Platz hier, sagte Robert Fico. "
        "Lasst uns ehrlich sein und sagen, dass das nicht passieren darf."
    )
    rec = records(text, {"Robert Fico": PER})
    assert said(rec) == {
        ("direct", "person/Robert Fico", None, "Der Islam hat keinen Platz hier"),
        (
            "direct",
            "person/Robert Fico",
            None,
            "Lasst uns ehrlich sein und sagen, dass das nicht passieren darf",
        ),
    }


def test_drohen_with_a_zu_infinitive_is_no_threat(records) -> None:
    text = (
        "Die Waffenruhe hielt bisher, doch droht sie nun zu scheitern. "
        "Paolo Rossi drohte der Regierung mit Konsequenzen."
    )
    rec = records(text, {"Paolo Rossi": PER, "Regierung": ORG})
    assert {(i.type, i.source, i.target) for i in rec.interactions} == {
        ("THREATEN", "person/Paolo Rossi", "org/Regierung")
    }


def test_der_72_jaehrige_is_the_person_named_before(records) -> None:
    text = (
        "Lech Wałęsa bestritt die Existenz der Akten. Im Dezember warnte der "
        "72-Jährige vor einem Bürgerkrieg."
    )
    rec = records(text, {"Lech Wałęsa": PER})
    assert {(i.type, i.source) for i in rec.interactions} == {
        ("DENY", "person/Lech Wałęsa"),
        ("WARN", "person/Lech Wałęsa"),
    }


def test_untagged_source_after_nach_angaben_is_named_in_the_nominative(
    records,
) -> None:
    # the model tagged only the place adjective: the source is the whole name
    text = (
        "Bei einem Angriff ist nach Angaben der Syrischen Beobachtungsstelle für "
        "Menschenrechte ein Kommandant getötet worden."
    )
    rec = records(text, {"Syrischen": LOC})
    [q] = rec.quotes
    assert (q.speaker, q.speaker_label) == (
        None,
        "Syrische Beobachtungsstelle für Menschenrechte",
    )


@pytest.mark.parametrize(
    ("ents", "expected"),
    [
        (
            {"Verteidigungsministerium": ORG, "Kabul": LOC},
            ("org/Verteidigungsministerium", None),
        ),
        ({"Afghanistan": LOC}, (None, "Verteidigungsministerium")),
    ],
)
def test_institution_before_its_place_speaks_not_the_place(
    records, ents, expected
) -> None:
    place = next(k for k, v in ents.items() if v == LOC)
    text = (
        f"Wie das Verteidigungsministerium in {place} mitteilte, musste der "
        "Hubschrauber notlanden."
    )
    [q] = records(text, ents).quotes
    assert (q.speaker, q.speaker_label) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (  # an unnamed spokesperson of an institution the model did not tag
            "Die Lage sei ernst, sagte ein Sprecher des Gesundheitsministeriums.",
            {},
            (None, "Gesundheitsministerium", "Die Lage sei ernst"),
        ),
        (  # a person's spokesperson speaks for the person
            "Hillary Clinton reist ab. Die Lage sei ernst, sagte ein Clinton-Sprecher.",
            {"Hillary Clinton": PER},
            ("person/Hillary Clinton", None, "Die Lage sei ernst"),
        ),
        (  # "…, wie X mitteilte, …" inside the quote, which runs to the end
            "Die Regierung plant, wie das Innenministerium mitteilte, neue Gesetze.",
            {"Innenministerium": ORG},
            (
                "org/Innenministerium",
                None,
                "Die Regierung plant, wie das Innenministerium mitteilte, neue Gesetze",
            ),
        ),
        (  # "hieß es aus X"
            "Die Lage sei ernst, hieß es aus dem Innenministerium.",
            {"Innenministerium": ORG},
            ("org/Innenministerium", None, "Die Lage sei ernst"),
        ),
    ],
)
def test_spokespersons_and_mid_sentence_reporting_clauses(
    records, text, ents, expected
) -> None:
    q = next(q for q in records(text, ents).quotes)
    assert (q.speaker, q.speaker_label, q.text) == expected


def test_target_before_gegenueber(records) -> None:
    text = "Der Regierung gegenüber lehnte Hans Meier den Plan ab."
    rec = records(text, {"Hans Meier": PER, "Regierung": ORG})
    assert {(i.type, i.source, i.target) for i in rec.interactions} == {
        ("REJECT", "person/Hans Meier", "org/Regierung")
    }


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Anna Berger sagte aus. Nach Bergers Darstellung war ihr Komplize "
            "gewalttätig.",
            {"Anna Berger": PER},
            ("person/Anna Berger", None),
        ),
        (
            "Der Zeitung Haaretz zufolge fand das letzte Telefonat im Juni statt.",
            {},
            (None, "Haaretz"),
        ),
    ],
)
def test_genitive_source_and_untagged_outlet(records, text, ents, expected) -> None:
    q = next(
        q
        for q in records(text, ents).quotes
        if "Telefonat" in q.text or "Darstellung" in q.text
    )
    assert (q.speaker, q.speaker_label) == expected


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Dass die Schulen schließen müssten, stellte Hans Meier in Abrede.",
            "in Abrede stellen",
        ),
        ("Hans Meier stritt ab, dass die Schulen schließen müssten.", "abstreiten"),
    ],
)
def test_deny_by_abstreiten_and_in_abrede_stellen(records, text, verb) -> None:
    rec = records(text, {"Hans Meier": PER})
    assert [(q.speaker, q.text) for q in rec.quotes] == [
        ("person/Hans Meier", "dass die Schulen schließen müssten")
        if text.startswith("Hans")
        else ("person/Hans Meier", "Dass die Schulen schließen müssten")
    ]
    assert {(i.type, i.source, i.verb) for i in rec.interactions} == {
        ("DENY", "person/Hans Meier", verb)
    }


def test_verbs_of_thinking_and_angeben_report(records) -> None:
    text = (
        "Die Polizei gab an, der Mann sei geflohen. "
        "Anna Berger glaubt, die Lage werde schlimmer."
    )
    rec = records(text, {"Polizei": ORG, "Anna Berger": PER})
    assert {(q.speaker, q.text) for q in rec.quotes} == {
        ("org/Polizei", "der Mann sei geflohen"),
        ("person/Anna Berger", "die Lage werde schlimmer"),
    }


def test_zufolge_takes_the_noun_phrase_before_it_only(records) -> None:
    text = (
        "Bei einem Anschlag in Nigeria sind örtlichen Medienberichten zufolge "
        "Dutzende Menschen gestorben."
    )
    [q] = records(text, {"Nigeria": LOC}).quotes
    assert (q.speaker, q.speaker_label) == (None, None)
    assert q.text.startswith("Bei einem Anschlag")


def test_interview_label_the_model_missed_names_the_speaker(records) -> None:
    text = (
        "STANDARD: Warum? Monedero: Weil wir gewinnen wollen. "
        "STANDARD: Und dann? Monedero: Dann regieren wir."
    )
    rec = records(text, {})
    assert [(q.speaker, q.speaker_label, q.text) for q in rec.quotes] == [
        (None, "Monedero", "Weil wir gewinnen wollen."),
        (None, "Monedero", "Dann regieren wir."),
    ]


def test_first_person_after_a_colon_without_a_verb_of_saying(records) -> None:
    text = (
        "Hans Meier kam spät. Davon ist er überzeugt: Wir brauchen mehr Polizei. "
        # narration that names him ends the words after the colon (a plain
        # sentence would go on with them: one quoted stretch)
        "Meier ging danach. Die Bilanz: Wir haben 20 Fälle."
    )
    rec = records(text, {"Hans Meier": PER})
    assert said(rec) == {
        ("direct", "person/Hans Meier", None, "Wir brauchen mehr Polizei")
    }


def test_source_phrase_ends_before_the_verb(records) -> None:
    # "Laut … Regierungskreisen will Belgrad …": the source is Serbia's circles
    text = (
        "Laut früheren Ankündigungen aus serbischen Regierungskreisen will Belgrad "
        "keinen Kandidaten unterstützen."
    )
    [q] = records(text, {"serbischen": LOC, "Belgrad": LOC}).quotes
    assert q.speaker_label is None and q.speaker is not None
    assert q.speaker.startswith("place/") and "Belgrad" not in q.speaker


def test_an_outlet_after_adjectives_speaks_not_the_next_sentences_person(
    records,
) -> None:
    # "meldete der staatliche TV-Sender X": the station, not the person the next
    # sentence names ("der" opens a noun phrase, it is no pronoun)
    text = (
        "Am Sonntag wurden zahlreiche Messer beschlagnahmt, meldete der staatliche "
        "polnische TV-Sender Kanal Neun am Montag. Der Innenminister Karl Huber "
        "rief unterdessen zur Ruhe auf."
    )
    rec = records(text, {"Kanal Neun": ORG, "Karl Huber": PER})
    assert {q[0] for q in said(rec, "speaker")} == {"org/Kanal Neun"}


def test_the_first_of_two_bodies_that_confirm_is_the_firm_named_before(
    records,
) -> None:
    # "wie der Konzern und das Ministerium bestätigten": the company named
    # before, not the ministry named after it
    text = (
        "Der Autobauer Nordwerk will in Sachsen ein neues Werk bauen. Die Anlage "
        "soll 2028 in Betrieb gehen, wie der Konzern und das Wirtschaftsministerium "
        "bestätigten."
    )
    rec = records(text, {"Nordwerk": ORG, "Wirtschaftsministerium": ORG})
    assert {q[0] for q in said(rec, "speaker")} == {"org/Nordwerk"}


def test_a_title_with_a_hyphen_after_adjectives_is_the_person_named_before(
    records,
) -> None:
    # "meinte der ehemalige Linz-Coach": the coach named before, not a name in
    # the sentences around (only a medium or a body ends such a noun phrase)
    text = (
        "Die Mannschaft trainiert der erfahrene Trainer Jan Kühne. Wir holen den "
        "Rückstand auf, meinte der ehemalige Linz-Coach. Für Tore soll Olaf Berg "
        "sorgen."
    )
    rec = records(text, {"Jan Kühne": PER, "Olaf Berg": PER})
    assert {q[0] for q in said(rec, "speaker")} == {"person/Jan Kühne"}
