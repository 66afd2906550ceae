"""Quote boundaries (issue 17, span5): a subordinate clause that opens the
narrator's sentence before a verb of saying is no quote ("Weil …, verlangt die
Verordnung …"); hand-built Docs, sentences of their own."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, said


@pytest.mark.parametrize(
    "text",
    [
        "Weil das Eis auf den Scheiben gefährlich ist, verlangt die Verordnung "
        "freie Sicht.",
        "Falls das Urteil nicht aufgehoben wird, drohen den Vereinen hohe Kosten.",
        "Um die Versorgung auch künftig sichern zu können, forderte der "
        "Wasserverband einen neuen Plan.",
        "Wenn Eva Huber über ihre Bücher spricht, betont sie den Fleiß.",
    ],
)
def test_a_fronted_subordinate_clause_is_no_quote(records, text: str) -> None:
    rec = records(text, {"Eva Huber": PER, "Wasserverband": ORG})
    assert not said(rec, "text")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Wenn es regnet, bleiben wir zu Hause, sagte Eva Huber.",
            "Wenn es regnet, bleiben wir zu Hause",
        ),
        (
            "Eva Huber sagte, weil das Wetter schlecht sei, bleibe sie daheim.",
            "weil das Wetter schlecht sei, bleibe sie daheim",
        ),
    ],
)
def test_a_subordinate_clause_with_its_main_clause_stays(
    records, text: str, quote: str
) -> None:
    rec = records(text, {"Eva Huber": PER})
    assert quote in {t for (t,) in said(rec, "text")}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Eva Huber kritisierte, der Vorschlag für neue Regeln gefährde die "
            "Einigung.",
            "der Vorschlag für neue Regeln gefährde die Einigung",
        ),
        (
            "Eva Huber sagte, die Lage der kleinen Bauern verschlechtere sich.",
            "die Lage der kleinen Bauern verschlechtere sich",
        ),
        (
            "Eva Huber sagte, der Antrag von Max Berger für „sichere Wege“ "
            "blockiere die Gespräche.",
            "der Antrag von Max Berger für „sichere Wege“ blockiere die Gespräche",
        ),
    ],
)
def test_konjunktiv_after_a_subject_with_an_attribute(
    records, text: str, quote: str
) -> None:
    rec = records(text, {"Eva Huber": PER, "Max Berger": PER})
    assert (quote, "person/Eva Huber") in said(rec, "text", "speaker")


def test_indicative_after_a_subject_with_an_attribute_is_no_report(records) -> None:
    rec = records(
        "Eva Huber sagte, der Besuch bei der Familie war schön.", {"Eva Huber": PER}
    )
    assert not said(rec, "text")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Eva Huber blieb am Ende hart: Wir schaffen das. Die Regierung sprach "
            "danach von einem schwierigen Jahr.",
            "Wir schaffen das",
        ),
        (
            "Eva Huber blieb am Ende hart: Wir schaffen das. Über die Kosten gab es "
            "am Abend keine Debatte.",
            "Wir schaffen das",
        ),
    ],
)
def test_a_narrated_past_ends_a_quote_after_a_colon(
    records, text: str, quote: str
) -> None:
    rec = records(text, {"Eva Huber": PER})
    assert quote in {t for (t,) in said(rec, "text")}


def test_a_speakers_past_with_a_present_clause_goes_on(records) -> None:
    text = (
        "Eva Huber blieb am Ende hart: Wir schaffen das. Die Vögel lagen im Feld, "
        "da sieht man nicht hinein."
    )
    rec = records(text, {"Eva Huber": PER})
    assert "Wir schaffen das. Die Vögel lagen im Feld, da sieht man nicht hinein" in {
        t for (t,) in said(rec, "text")
    }


@pytest.mark.parametrize(
    ("text", "quote", "who"),
    [
        (
            "Konzernchef Max Huber verteidigte am Montag seine Strategie. Dabei "
            "müsse es darum gehen, die Sparten enger zu verbinden.",
            "Dabei müsse es darum gehen, die Sparten enger zu verbinden",
            "person/Max Huber",
        ),
        (
            "Die Gewerkschaft Aerolex macht die Airline für den Streik verantwortlich. "
            "Seit Donnerstag habe die Airline jeden Kontakt abgebrochen.",
            "Seit Donnerstag habe die Airline jeden Kontakt abgebrochen",
            "org/Aerolex",
        ),
    ],
)
def test_konjunktiv_after_a_sentence_a_name_opens(
    records, text: str, quote: str, who: str
) -> None:
    rec = records(text, {"Max Huber": PER, "Aerolex": ORG})
    assert (quote, who) in said(rec, "text", "speaker")


def test_konjunktiv_after_a_comma_is_no_report_of_the_sentence_before(
    records,
) -> None:
    text = (
        "Max Huber gewann am Sonntag das Rennen. Zwar schrieb die Presse danach, "
        "er sei ein Glückspilz, doch das stimmt nicht."
    )
    rec = records(text, {"Max Huber": PER})
    assert ("er sei ein Glückspilz", "person/Max Huber") not in said(
        rec, "text", "speaker"
    )


def test_a_continued_report_begins_after_the_narrators_colon(records) -> None:
    text = (
        "Eva Huber sagte, die Lage sei ernst. In ihrer Rede am Abend sprach sie "
        "über die Kosten: Jeder habe seinen Teil zu tragen."
    )
    rec = records(text, {"Eva Huber": PER})
    assert ("Jeder habe seinen Teil zu tragen", "person/Eva Huber") in said(
        rec, "text", "speaker"
    )


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Im Handel machen die Portale den Maklern zunehmend Konkurrenz: Allein "
            "die Xorbix AG hat nach eigenen Angaben 7.000 Verträge vermittelt.",
            "Allein die Xorbix AG hat nach eigenen Angaben 7.000 Verträge vermittelt",
        ),
        (
            "Der Verein sucht schon lange einen neuen Stürmer: Laut der Xorbix AG "
            "ist man sich mit einem Spieler aus Spanien bereits einig.",
            "Laut der Xorbix AG ist man sich mit einem Spieler aus Spanien bereits "
            "einig",
        ),
    ],
)
def test_an_attributed_clause_begins_after_the_narrators_colon(
    records, text: str, quote: str
) -> None:
    rec = records(text, {"Xorbix AG": ORG})
    assert quote in {t for (t,) in said(rec, "text")}


def test_a_subordinate_clause_before_the_colon_stays_in_the_quote(records) -> None:
    text = (
        "Auch wenn das Wasser sauberer geworden ist: Zum Baden ist der Fluss laut "
        "der Xorbix AG noch nicht geeignet."
    )
    rec = records(text, {"Xorbix AG": ORG})
    assert text.rstrip(".") in {t for (t,) in said(rec, "text")}


def test_laut_an_unnamed_spokesperson_of_a_firm_named_before(records) -> None:
    text = (
        "Die Xorbix AG baut in Linz ein neues Werk. Die Produktion beginnt laut "
        "einem Sprecher des Unternehmens im Mai."
    )
    rec = records(text, {"Xorbix AG": ORG})
    assert (
        "Die Produktion beginnt laut einem Sprecher des Unternehmens im Mai",
        "org/Xorbix AG",
    ) in said(rec, "text", "speaker")


def test_laut_an_unnamed_spokesperson_of_a_body(records) -> None:
    text = "Die Straße bleibt laut einer Polizeisprecherin bis Montag gesperrt."
    rec = records(text, {})
    assert (text.rstrip("."), "Polizei") in said(rec, "text", "who")


@pytest.mark.parametrize(
    "clause",
    [
        "Die Produktion beginnt laut eines Sprechers im Mai",
        "Einem Sprecher zufolge beginnt die Produktion im Mai",
    ],
)
def test_other_forms_of_an_unnamed_spokesperson(records, clause: str) -> None:
    text = f"Die Xorbix AG baut in Linz ein neues Werk. {clause}."
    rec = records(text, {"Xorbix AG": ORG})
    assert (clause, "org/Xorbix AG") in said(rec, "text", "speaker")
