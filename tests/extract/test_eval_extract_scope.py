"""``bench/eval_extract.py``: a gold row with ``"scope": ["meetings"]`` is scored
for meetings and meeting attendees only (the UD GSD meeting gold annotates
nothing else). Hand-made rows and system views; no model is loaded."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, load_script

ev = load_script(ROOT / "bench" / "eval_extract.py")


def _row(scope: list[str] | None) -> dict:
    row = {
        "section": "GSD",
        "index": 0,
        "head": "Anna Berg traf Karl Stein in Linz.",
        "persons": ["Anna Berg"],
        "roles": [{"person": "Anna Berg", "role": "Ministerin", "org": None}],
        "meetings": [
            {"attendees": ["Anna Berg", "Karl Stein"], "place": "Linz", "date": None}
        ],
    }
    if scope is not None:
        row["scope"] = scope
    return row


def _view() -> object:
    berg = ev.Actor("person/Anna Berg", "person", ("Anna Berg",))
    stein = ev.Actor("person/Karl Stein", "person", ("Karl Stein",))
    linz = ev.Actor("place/Linz", "place", ("Linz",))
    club = ev.Actor("org/Sportclub Linz", "org", ("Sportclub Linz",))
    v = ev.SystemView(persons=[berg, stein], organisations=[club])
    v.roles.append((stein, "Bürgermeister", "Bürgermeister", None))
    v.meetings.append(([berg, stein], linz, None))
    return v


def test_a_meetings_scope_scores_meetings_only() -> None:
    r = ev.score([_row(["meetings"])], {("GSD", 0): _view()}, errors=True)
    assert r["meetings"]["f1"] == r["attendees"]["f1"] == 1.0
    for kind in ("persons", "roles", "roles_org", "organisations"):
        assert (r[kind]["gold"], r[kind]["system"]) == (0, 0), kind
    assert r["organisation_articles"] == 0
    assert not r["errors"]["person_extra"] and not r["errors"]["role_extra"]
    assert not r["errors"]["role_missed"]


def test_a_row_without_scope_scores_everything() -> None:
    r = ev.score([_row(None)], {("GSD", 0): _view()})
    assert (r["persons"]["gold"], r["persons"]["system"]) == (1, 2)
    assert (r["roles"]["gold"], r["roles"]["system"]) == (1, 1)


def test_a_system_meeting_in_a_meeting_free_scoped_row_is_an_extra() -> None:
    row = {**_row(["meetings"]), "persons": [], "roles": [], "meetings": []}
    r = ev.score([row], {("GSD", 0): _view()})
    assert (r["meetings"]["gold"], r["meetings"]["system"]) == (0, 1)
    assert r["meetings"]["precision"] == 0.0


def test_an_unknown_scope_is_refused(tmp_path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_row(["persons"])) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"gold.jsonl:1: expected 'scope'"):
        ev.load_gold(gold)
