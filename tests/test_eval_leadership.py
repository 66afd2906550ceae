"""``bench/eval_leadership.py``: SmartData's leadership relations read and
matched to kg's persons and organisations (issue 15), on hand-made documents."""

from __future__ import annotations

from tests.conftest import ROOT, load_script

el = load_script(ROOT / "bench" / "eval_leadership.py")


def _mention(text: str, part: str, kind: str, norm: str | None = None) -> dict:
    start = text.index(part)
    return {
        "span": {"start": start, "end": start + len(part)},
        "type": kind,
        "normalizedValue": {"string": norm or part},
    }


def test_relations_read_person_organisation_and_position() -> None:
    text = "Der Chef der Hansen Gruppe, Bernd Hansen, sagte das. Der Regen fiel."
    doc = {
        "text": {"string": text},
        "relationMentions": {
            "array": [
                {
                    "name": "OrganizationLeadership",
                    "span": {"start": 0, "end": 40},
                    "args": {
                        "array": [
                            {
                                "role": "person",
                                "conceptMention": _mention(
                                    text, "Bernd Hansen", "person"
                                ),
                            },
                            {
                                "role": "organization",
                                "conceptMention": _mention(
                                    text, "Hansen Gruppe", "organization-company"
                                ),
                            },
                            {
                                "role": "position",
                                "conceptMention": _mention(
                                    text, "Chef", "org-position"
                                ),
                            },
                        ]
                    },
                },
                {
                    "name": "Accident",
                    "span": {"start": 0, "end": 5},
                    "args": {"array": []},
                },
            ]
        },
    }
    [rel] = el.relations(doc)
    assert rel["person"] == ("Bernd Hansen", "Bernd Hansen")
    assert rel["organization"][0] == "Hansen Gruppe"
    assert rel["position"][0] == "Chef"


def test_names_match_by_last_words_and_organisations_by_containment() -> None:
    assert el._same_person(
        ("Dr. Christoph Runde", "Dr. Christoph Runde"), {"Christoph Runde"}
    )
    assert not el._same_person(
        ("Christoph Runde", "Christoph Runde"), {"Christoph Rund"}
    )
    assert el._same_org(("TeDaPro GmbH", "TeDaPro GmbH"), {"TeDaPro"})
    assert el._same_org(("DB-International", "DB International"), {"DB International"})
    assert not el._same_org(("Yahoo", "Yahoo"), {"Euronews"})
