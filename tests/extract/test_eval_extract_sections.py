"""``bench/eval_extract.py`` reads gold rows of every 10kGNAD section.

The Inland/Wirtschaft gold files carry ``"section"`` and count ``index`` among that
section's rows; a row without ``section`` is International, as in the first gold
files. A tiny hand-made corpus (``tests/data/eval_extract/``: the three
sections interleaved, as in 10kGNAD) checks that each row finds its own article and
that the whole command line scores it, with the model replaced by a system that
returns the gold (so no model is loaded).
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, load_script

DATA = ROOT / "tests" / "data" / "eval_extract"
CSV = DATA / "corpus.csv"
GOLD = DATA / "gold_sections.jsonl"


ev = load_script(ROOT / "bench" / "eval_extract.py")


def _perfect(texts, gold_rows):
    """A stand-in for ``run_pipeline``: the gold of each article as system output."""
    views = {}
    for row in gold_rows:
        key = ev.row_key(row)
        assert texts[key].startswith(row["head"])  # the right article was read
        persons = {n: ev.Actor(f"person/{n}", "person", (n,)) for n in row["persons"]}

        def actor(name, persons=persons):
            return persons.get(name) or ev.Actor(f"org/{name}", "org", (name,))

        v = ev.SystemView(persons=list(persons.values()))
        for r in row["roles"]:
            v.roles.append((actor(r["person"]), r["role"], r["role"], actor(r["org"])))
        for m in row["meetings"]:
            v.meetings.append(
                ([actor(a) for a in m["attendees"]], actor(m["place"]), None)
            )
        v.organisations = [
            ev.Actor(f"org/{o}", "org", (o.split("|")[-1],))
            for o in row["organisations"]
        ]
        views[key] = v
    return views, 0.0


def test_rows_default_to_international_and_index_within_their_section() -> None:
    rows = ev.load_gold(GOLD)
    keys = [ev.row_key(r) for r in rows]
    assert keys == [
        ("International", 0),
        ("Inland", 1),
        ("Wirtschaft", 1),
        ("Wirtschaft", 0),
    ]
    texts = ev.load_articles(CSV, set(keys))
    assert texts[("Inland", 1)].startswith("Koalition verhandelt.")
    assert texts[("Wirtschaft", 0)].startswith("Bank erhöht Zinsen.")
    assert texts[("Wirtschaft", 1)].startswith("Voestalpine baut Werk.")


def test_the_command_line_scores_a_gold_file_of_several_sections(
    monkeypatch, capsys
) -> None:
    rows = ev.load_gold(GOLD)
    monkeypatch.setattr(ev, "run_pipeline", lambda texts: _perfect(texts, rows))
    assert ev.main([str(GOLD), "--csv", str(CSV), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == out["organisation_articles"] == 4
    assert out["organisations"]["gold"] == 7
    for kind in ("persons", "roles", "meetings", "organisations"):
        assert (out[kind]["precision"], out[kind]["recall"]) == (1.0, 1.0), kind


def test_errors_name_the_section_of_an_article(monkeypatch) -> None:
    rows = ev.load_gold(GOLD)
    views, _ = _perfect(ev.load_articles(CSV, {ev.row_key(r) for r in rows}), rows)
    views[("Inland", 1)].organisations.pop()
    r = ev.score(rows, views, errors=True)
    assert r["errors"]["organisation_missed"] == ["Inland 1: Kanzleramt"]


def test_a_row_of_the_wrong_section_is_refused(tmp_path) -> None:
    row = {**ev.load_gold(GOLD)[1], "section": "Wirtschaft"}  # Inland's head
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(row, ensure_ascii=False) + "\n")
    with pytest.raises(SystemExit, match="Wirtschaft index 1: expected an article"):
        ev.evaluate(gold, CSV)


def test_an_unknown_section_is_refused(tmp_path) -> None:
    row = {**ev.load_gold(GOLD)[0], "section": "Feuilleton"}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(row, ensure_ascii=False) + "\n")
    with pytest.raises(SystemExit, match=r"gold.jsonl:1: expected 'section' to be one"):
        ev.load_gold(gold)


def test_rows_of_the_other_sections_are_read(tmp_path) -> None:
    # issue 15, part 2: gold of Panorama, Etat, Wissenschaft and Web rows
    csv_path = tmp_path / "corpus.csv"
    csv_path.write_text(
        "Panorama;'Erster Panorama-Artikel.'\n"
        "Web;'Ein Web-Artikel.'\n"
        "Panorama;'Zweiter Panorama-Artikel.'\n"
        "Etat;'Ein Etat-Artikel.'\n",
        encoding="utf-8",
    )
    keys = {("Panorama", 1), ("Web", 0), ("Etat", 0)}
    got = ev.load_articles(csv_path, keys)
    assert got == {
        ("Panorama", 1): "Zweiter Panorama-Artikel.",
        ("Web", 0): "Ein Web-Artikel.",
        ("Etat", 0): "Ein Etat-Artikel.",
    }
    row = {"section": "Wissenschaft", "index": 0, "head": "x", "persons": []}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({**row, "roles": [], "meetings": []}) + "\n")
    assert ev.load_gold(gold)[0]["section"] == "Wissenschaft"
