"""Speakers of ministries and unnamed circles (issue 17), invented sentences,
no model:

- "das Ministerium", "eine Sprecherin des Ministeriums" when the article's
  ministers all head one ministry: that ministry of their country, as the
  gazetteer mints it ("Bundesumweltministerin X" -> "Umweltministerium
  (Deutschland)"); of several ministers, the one federal minister's; none
  where they head different ministries
  (kg/extract/quotes_bodies._ministry_of_minister);
- "ein Sprecher des Finanzministers": the ministry, not the minister's title
  (kg/extract/speaker_labels.label_of);
- "aus Justizkreisen vom Montag": the day is no part of the source's name
  (kg/extract/sources._institution);
- "…, denn laut Ministeriumsangaben …, hieß es": the source "laut" names,
  as "hieß es" names none (kg/extract/quotes_reported.reported_clause).
"""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, extract, said

CASES = [
    (
        "Bundesumweltministerin Anna Roth lobte die Einigung der Länder. Sie werde "
        "sich am Montag mit den Vertretern der Länder beraten, kündigte eine "
        "Sprecherin des Ministeriums an.",
        {"Anna Roth": PER},
        "org/Umweltministerium (Deutschland)",
        "Sie werde sich am Montag",
    ),
    (
        "Bundesinnenminister Karl Berg hat am Samstag mit dem französischen "
        "Innenminister Paul Dubois telefoniert. Beide hätten sich für mehr "
        "Grenzkontrollen ausgesprochen, hieß es aus dem Ministerium.",
        {"Karl Berg": PER, "Paul Dubois": PER},
        "org/Innenministerium (Deutschland)",
        "Beide hätten sich",
    ),
    (
        "Die Pläne des Bundesjustizministers Karl Berg stoßen auf Kritik. Der "
        "Entwurf werde überarbeitet, hieß es am Montag aus dem Ministerium.",
        {"Karl Berg": PER},
        "org/Justizministerium (Deutschland)",
        "Der Entwurf werde",
    ),
    (
        "Die Regierung streitet über den Haushalt. Man prüfe alle Optionen, sagte "
        "ein Sprecher des Finanzministers am Montag.",
        {},
        "Finanzministerium",
        "Man prüfe alle Optionen",
    ),
    (
        "Das Innenministerium hat im Herbst viel Geld für Werbung ausgegeben. Die "
        "Kampagne wirke, denn laut Ministeriumsangaben wurden im vergangenen Jahr "
        "900 Bewerbungen gezählt, hieß es.",
        {"Innenministerium": ORG},
        "org/Innenministerium",
        "Die Kampagne wirke",
    ),
]


@pytest.mark.parametrize("text, ents, who, words", CASES)
def test_ministry_speaks(gazetteer_nlp, text, ents, who, words) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    found = {w for w, t in said(rec, "who", "text") if words in t}
    assert found == {who}, said(rec, "who", "text")


def test_ministers_of_two_ministries_name_none(gazetteer_nlp) -> None:
    text = (
        "Bundesumweltministerin Anna Roth und Bundesfinanzminister Karl Berg "
        "stritten am Montag. Eine Einigung sei nicht in Sicht, hieß es aus dem "
        "Ministerium."
    )
    rec = extract(gazetteer_nlp, text, {"Anna Roth": PER, "Karl Berg": PER})
    found = {w for w, t in said(rec, "who", "text") if "Einigung" in t}
    assert found and not any(w and w.startswith("org/") for w in found), found


def test_date_is_no_part_of_a_source(gazetteer_nlp) -> None:
    text = "Nach Angaben aus Justizkreisen vom Montag soll der Prozess im Mai beginnen."
    rec = extract(gazetteer_nlp, text, {})
    labels = {q.speaker_label for q in rec.quotes}
    assert not any(x and "Montag" in x for x in labels), labels
